//! "Embed this chart": the two snippets a council pastes into its own page, an iframe (sized
//! to its content by `embed.js`) and the `mount.js` form, each showing one chart alone
//! (`chart=NAME`) with the reader's view, period, comparator group and language. Pure, so it is
//! tested natively; `main.rs` reads where the dashboard is from the page.

use scorecard_app::route::Route;

/// Where the dashboard runs and what it shows.
pub struct Shown<'a> {
    /// The dashboard's page as the reader has it, without its hash
    /// (`https://…/performance/index.html?src=data/2024.json`); `None` when it is mounted in
    /// another site's page.
    pub page: Option<&'a str>,
    /// The dashboard's own folder (`https://…/performance/`): `mount.js` and `embed.js` are there.
    pub base: &'a str,
    /// The view, as the route writes it (`#/indicator/rent?period=2023/24-Q2&peers=nearest`).
    pub hash: &'a str,
    /// The scorecard's address, as the dashboard loaded it.
    pub src: &'a str,
    /// The chart's name in the view (`route::charts`) and the reader's language.
    pub chart: &'a str,
    pub lang: &'a str,
    /// What the frame is, for screen readers ("Indicators by status, Wexcombe Borough Council").
    pub title: &'a str,
}

/// A frame's height before `embed.js` hears the chart's: about a chart and its table.
const FIRST_HEIGHT: u32 = 480;

/// The iframe snippet and the `mount.js` snippet.
pub fn snippets(s: &Shown) -> (String, String) {
    // The reader's view, with the chart alone and the language set, written as the dashboard
    // writes any route (its settings in order, percent-encoded as the browser does).
    let hash = Route::parse(s.hash).with("chart", s.chart).with("lang", s.lang).to_hash();
    let page = match s.page {
        // The page's own address keeps its data file; a frame's `parent=` is the frame's.
        Some(page) => without(page, "parent"),
        None => format!("{}?src={}", s.base, encode(s.src)),
    };
    let frame = format!(
        "<iframe src=\"{}\" title=\"{}\" style=\"width:100%;height:{FIRST_HEIGHT}px;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{}\"></script>",
        attr(&format!("{page}{hash}")),
        attr(s.title),
        attr(&format!("{}embed.js", s.base)),
    );
    // The host page allows the data file's site: that is where the figures are.
    let mount = format!(
        "<div data-scorecard-src=\"{}\" data-allowed-origins=\"{}\" data-scorecard-view=\"{}\" data-lang=\"{}\"></div>\n<script type=\"module\" src=\"{}\"></script>",
        attr(s.src),
        attr(origin(s.src)),
        attr(hash.trim_start_matches("#/")),
        attr(s.lang),
        attr(&format!("{}mount.js", s.base)),
    );
    (frame, mount)
}

/// The folder of a page's address (`https://…/performance/` of `…/performance/x.html?y`).
pub fn folder(page: &str) -> &str {
    let path = page.split(['?', '#']).next().unwrap_or(page);
    path.rfind('/').map_or(path, |i| &path[..=i])
}

/// An absolute address's origin (`https://x.gov.uk` of `https://x.gov.uk/data/a.json`).
fn origin(address: &str) -> &str {
    let rest = address.find("://").map_or(0, |i| i + 3);
    address[rest..].find('/').map_or(address, |i| &address[..rest + i])
}

/// An address without the query setting `key`.
fn without(address: &str, key: &str) -> String {
    let Some((path, query)) = address.split_once('?') else { return address.to_string() };
    let kept: Vec<&str> =
        query.split('&').filter(|kv| !kv.is_empty() && kv.split('=').next() != Some(key)).collect();
    match kept.is_empty() {
        true => path.to_string(),
        false => format!("{path}?{}", kept.join("&")),
    }
}

/// `encodeURIComponent`, keeping `/` and `:` readable.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' | b':' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Text for an HTML attribute in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown<'a>(page: Option<&'a str>, hash: &'a str) -> Shown<'a> {
        Shown {
            page,
            base: "https://scorecard.wexcombe.gov.uk/performance/",
            hash,
            src: "https://scorecard.wexcombe.gov.uk/performance/data/scorecard.json",
            chart: "history",
            lang: "cy",
            title: "Rent collected, \"Wexcombe\" & Co",
        }
    }

    #[test]
    fn the_frame_shows_the_readers_view_with_the_chart_and_language_and_no_parent() {
        let page = "https://scorecard.wexcombe.gov.uk/performance/index.html?parent=https://www.wexcombe.gov.uk&src=data/x.json";
        let (frame, _) =
            snippets(&shown(Some(page), "#/indicator/rent?lang=en&period=2023/24-Q2&peers=nearest"));
        assert!(frame.starts_with("<iframe src=\"https://scorecard.wexcombe.gov.uk/performance/index.html?src=data/x.json#/indicator/rent?chart=history&amp;lang=cy&amp;peers=nearest&amp;period=2023/24-Q2\""), "{frame}");
        assert!(frame.contains("title=\"Rent collected, &quot;Wexcombe&quot; &amp; Co\""), "{frame}");
        assert!(
            frame.ends_with(
                "<script src=\"https://scorecard.wexcombe.gov.uk/performance/embed.js\"></script>"
            ),
            "{frame}"
        );
    }

    #[test]
    fn a_mounted_dashboards_frame_names_its_data_file_and_the_mount_form_its_view() {
        let (frame, mount) = snippets(&shown(None, "#/overview"));
        assert!(frame.contains("src=\"https://scorecard.wexcombe.gov.uk/performance/?src=https://scorecard.wexcombe.gov.uk/performance/data/scorecard.json#/overview?chart=history&amp;lang=cy\""), "{frame}");
        assert_eq!(
            mount,
            "<div data-scorecard-src=\"https://scorecard.wexcombe.gov.uk/performance/data/scorecard.json\" data-allowed-origins=\"https://scorecard.wexcombe.gov.uk\" data-scorecard-view=\"overview?chart=history&amp;lang=cy\" data-lang=\"cy\"></div>\n<script type=\"module\" src=\"https://scorecard.wexcombe.gov.uk/performance/mount.js\"></script>"
        );
    }

    #[test]
    fn a_pages_folder_is_up_to_its_last_slash() {
        assert_eq!(
            folder("https://x.gov.uk/performance/indicator-rent.html?a=b/c#/x"),
            "https://x.gov.uk/performance/"
        );
        assert_eq!(folder("https://x.gov.uk/"), "https://x.gov.uk/");
    }
}

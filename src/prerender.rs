//! The first view written as HTML when the scorecard is published (`scorecard page`), by the
//! dashboard's own components rendered natively. A phone then paints the figures with the
//! page, before the app's wasm has arrived; the app, once it has drawn the same view, takes its
//! place (`first_view.rs`). No backend: the page is a static file beside the scorecard.

use crate::app::App;
use crate::embed::{Embed, Mode};
use crate::i18n;
use crate::language;
use crate::load::Dataset;
use leptos::prelude::*;
use std::sync::Arc;

pub use crate::first_view::{ID, MARK};
use crate::first_view::{WRITTEN_PAGE, WRITTEN_SRC, WRITTEN_VERSION};
pub use scorecard_core::site::Page;

/// A scorecard as the dashboard reads it (`scorecard_core::read_to_show`), and its version.
pub struct Read {
    pub scorecard: scorecard_core::Scorecard,
    pub diagnostics: Vec<scorecard_core::Diagnostic>,
    pub left_out: scorecard_core::LeftOut,
    /// `scorecard_core::site::version` of the file's bytes.
    pub version: String,
}

impl Read {
    /// The file's bytes read as the dashboard reads them; its problems where it cannot be shown.
    pub fn of(bytes: &[u8]) -> Result<Read, Vec<scorecard_core::Diagnostic>> {
        let loaded = scorecard_core::read_to_show(bytes);
        match loaded.scorecard {
            Some(scorecard) => Ok(Read {
                scorecard,
                diagnostics: loaded.diagnostics,
                left_out: loaded.left_out,
                version: scorecard_core::site::version(bytes),
            }),
            None => Err(loaded.diagnostics),
        }
    }
}

/// The page, and the language its view is in.
pub struct Written {
    pub html: String,
    pub lang: &'static str,
}

/// Ends a written view, so that a page can be written again for a newly published file.
const END: &str = "<!-- /scorecard:first-view -->";

/// Where a page's settings go: after its charset, before its first script (which reads them).
const CHARSET: &str = "<meta charset=\"utf-8\">";

/// Whether `shell` is a page of this version's build, with room for the view (or a view
/// written before, which is replaced) and a place for its settings: a page that differs is
/// refused, never written without them.
pub fn has_room(shell: &str) -> bool {
    shell.contains(CHARSET) && (shell.contains(MARK) || written_before(shell).is_some())
}

fn written_before(html: &str) -> Option<std::ops::Range<usize>> {
    let start = html.find(&format!("<div id=\"{ID}\""))?;
    let end = html[start..].find(END)? + start + END.len();
    Some(start..end)
}

/// `html` with no written view: the build's page as it was, to write another view into.
pub fn shell_of(html: &str) -> String {
    let mut html = html.to_string();
    if let Some(before) = written_before(&html) {
        html.replace_range(before, MARK);
    }
    html
}

/// A file read once, to write its pages: in `lang` where the file offers it (else in the
/// file's main language), loaded by the pages from `src`.
pub struct Book {
    data: Arc<Dataset>,
    lang: i18n::Lang,
    offered: Vec<i18n::Lang>,
}

impl Book {
    pub fn new(read: Read, src: &str, lang: Option<&str>) -> Book {
        let offered = language::offered(&read.scorecard);
        let asked = language::Asked { page: lang.map(str::to_string), ..Default::default() };
        let chosen = language::choose(&asked, Some(&offered));
        let data = Arc::new(Dataset {
            url: src.to_string(),
            saved: None,
            scorecard: read.scorecard,
            diagnostics: read.diagnostics,
            left_out: read.left_out,
            lang: chosen,
            version: read.version,
            stale_page: false,
        });
        Book { data, lang: chosen, offered }
    }

    pub fn scorecard(&self) -> &scorecard_core::Scorecard {
        &self.data.scorecard
    }

    /// The language the pages are written in.
    pub fn lang(&self) -> i18n::Lang {
        self.lang
    }
}

/// A page of a published site (`scorecard publish`): every view has one, so links are to
/// them; `url` is the site's own address, where known, for the canonical link.
pub struct Site<'a> {
    pub url: Option<&'a str>,
}

/// Writes `shell` (the build's `index.html`) with the overview of `read`, which the page will
/// load from `src`, in `lang` where the file offers it (else in the file's main language).
pub fn page(shell: &str, read: Read, src: &str, lang: Option<&str>) -> Written {
    let book = Book::new(read, src, lang);
    Written { html: write(shell, &book, &Page::Overview, None), lang: book.lang.code() }
}

/// Writes `shell` with `book`'s view `page` written in: the view's title, description and
/// what the page's first script needs to know of it.
pub fn write(shell: &str, book: &Book, page: &Page, site: Option<&Site>) -> String {
    // The interface's language is the caller's again afterwards.
    let before = i18n::lang();
    i18n::set_lang(book.lang);
    let sc = &book.data.scorecard;
    let code = book.lang.code();
    let (view, id) = page.view();
    let route = crate::route::Route::parse(&format!("#/{view}/{}", id.unwrap_or("")));
    let title = i18n::t().page_title(sc.title.get(code), sc.organisation.name.get(code));
    let title = match heading(sc, page, code) {
        Some(what) => format!("{what} – {title}"),
        None => title,
    };
    let what = heading(sc, page, code).unwrap_or_else(|| sc.title.get(code).to_string());
    let period = i18n::t().period_long(sc.current_period, sc.calendar);
    let description = i18n::publish().page_description(&what, sc.organisation.name.get(code), &period);
    let embed = Embed {
        mode: Mode::Page,
        src: Some(book.data.url.clone()),
        allowed_origins: Vec::new(),
        brand: meta(shell, "scorecard-brand").and_then(|b| crate::embed::hex_colour(&b)),
        logo: meta(shell, "scorecard-logo"),
        view: Some(route.to_hash()),
        lang: Some(code.to_string()),
        pack: None,
        site: site.is_some(),
    };
    // Set on the root by the app through the CSS object model; written here as the style
    // attribute the page's policy allows.
    let colours = crate::theme::properties(embed.brand.as_deref())
        .iter()
        .map(|(k, v)| format!("{k}:{v}"))
        .collect::<Vec<_>>()
        .join(";");
    // What the page would do once it runs (effects, fetches, timers) is left to the app.
    let _ = any_spawner::Executor::init_custom_executor(Nowhere);
    let owner = Owner::new();
    // Written once: that the components read signals nothing will ever track is expected here
    // (debug builds would warn of each).
    let _once = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    let data = book.data.clone();
    let drawn = owner.with(|| view! { <App embed=embed written=data /> }.to_html());
    let src = &book.data.url;
    let written =
        format!("<div id=\"{ID}\" data-src=\"{}\" style=\"{colours}\">{drawn}</div>{END}", attribute(src));
    let mut html = shell_of(shell);
    html = html.replacen(MARK, &written, 1);
    html = replace_between(&html, "<title>", "</title>", &text(&title));
    html = replace_between(&html, "<html lang=\"", "\"", code);
    html = set_meta(&html, "description", &description);
    html = set_meta(&html, "scorecard-first-view", code);
    html = set_meta(&html, WRITTEN_SRC, src);
    html = set_meta(&html, WRITTEN_VERSION, &book.data.version);
    html = set_meta(&html, WRITTEN_PAGE, &page.file());
    // For the page's first script, which sets the view aside for a reader whose language it
    // is not (as `language::choose` would choose).
    let codes: Vec<&str> = book.offered.iter().map(|l| l.code()).collect();
    html = set_meta(&html, "scorecard-languages", &codes.join(" "));
    if let Some(site) = site {
        html = set_meta(&html, "scorecard-site", "pages");
        html = set_link(&html, "canonical", &page.at(site.url));
    }
    i18n::set_lang(before);
    html
}

/// The page's own heading where it is not the scorecard's: the view's or item's name.
fn heading(sc: &scorecard_core::Scorecard, page: &Page, lang: &str) -> Option<String> {
    let t = i18n::t();
    let group = |list: &[scorecard_core::Group], id: &str| {
        list.iter().find(|g| g.id == id).map(|g| g.name.get(lang).to_string())
    };
    match page {
        Page::Overview => None,
        Page::Exceptions => Some(t.exceptions_title().to_string()),
        Page::Indicators => Some(t.nav_indicators().to_string()),
        Page::Actions => Some(t.nav_actions().to_string()),
        Page::Indicator(id) => {
            sc.indicators.iter().find(|i| &i.id == id).map(|i| i.title.get(lang).to_string())
        }
        Page::Service(id) => group(&sc.services, id),
        Page::Priority(id) => group(&sc.priorities, id),
    }
}

pub use crate::published::setting;

/// Sets the page's setting `name` (a `<meta>`): `scorecard page --src` and `publish` set where
/// the page loads its file from. The build never changes a deployment's settings.
pub fn set_setting(html: &str, name: &str, value: &str) -> String {
    set_meta(html, name, value)
}

/// Drops what the components schedule: nothing runs after the HTML is written.
struct Nowhere;

impl any_spawner::CustomExecutor for Nowhere {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// A meta tag's content in the page, where it has one.
fn meta(html: &str, name: &str) -> Option<String> {
    crate::published::setting(html, name)
}

fn set_meta(html: &str, name: &str, value: &str) -> String {
    set_tag(html, &format!("<meta name=\"{name}\" content=\""), value)
}

/// Sets (or adds) `<link rel="{rel}" href="…">`.
fn set_link(html: &str, rel: &str, href: &str) -> String {
    set_tag(html, &format!("<link rel=\"{rel}\" href=\""), href)
}

/// Sets the value of the tag that starts `open` (up to its value's opening quote), or adds the
/// tag after the charset, before the page's first script, which reads them.
fn set_tag(html: &str, open: &str, value: &str) -> String {
    if html.contains(open) {
        replace_between(html, open, "\"", &attribute(value))
    } else {
        html.replacen(CHARSET, &format!("{CHARSET}\n    {open}{}\">", attribute(value)), 1)
    }
}

fn replace_between(html: &str, open: &str, close: &str, with: &str) -> String {
    let Some(start) = html.find(open).map(|i| i + open.len()) else { return html.to_string() };
    let Some(len) = html[start..].find(close) else { return html.to_string() };
    format!("{}{with}{}", &html[..start], &html[start + len..])
}

fn text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn attribute(s: &str) -> String {
    text(s).replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use scorecard_core::{report, Status};

    const SHELL: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n    <meta charset=\"utf-8\">\n    <title>Scorecard</title>\n    <meta name=\"scorecard-src\" content=\"\">\n    <meta name=\"scorecard-brand\" content=\"#ffdd00\">\n</head>\n<body>\n    <!-- scorecard:first-view -->\n</body>\n</html>";

    fn read(bytes: &[u8]) -> Read {
        Read::of(bytes).unwrap()
    }

    fn sample() -> Read {
        read(include_bytes!("../public/data/sample.json"))
    }

    /// The text of the table with `id`, tags dropped.
    fn table_text(html: &str, id: &str) -> String {
        let start = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no table {id}"));
        let end = html[start..].find("</table>").unwrap() + start;
        let mut out = String::new();
        let mut in_tag = false;
        for c in html[start..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    out.push(' ');
                }
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn the_overview_is_written_with_the_figures_the_core_reports() {
        let sc = sample().scorecard;
        let r = report(&sc, sc.current_period);
        let page = page(SHELL, sample(), "data/sample.json", None);
        assert_eq!(page.lang, "en");
        let counts = table_text(&page.html, "status-counts-table");
        for s in Status::ALL {
            let row =
                format!("{} {}", i18n::catalogue(i18n::Lang::En).status_label(s), r.summary.overall.of(s));
            assert!(counts.contains(&row), "{row:?} not in {counts:?}");
        }
        // The first screen only: the app draws what is below it.
        assert!(page.html.contains("id=\"action-counts-table\""));
        assert!(!page.html.contains("id=\"priority-table\""));
        assert!(
            page.html.contains("<title>Strategic Performance Dashboard – "),
            "the tab names the scorecard"
        );
        // What it was written from, for the page's first script and the app; the page's own
        // setting of which file it loads is the deployment's, untouched.
        assert!(page.html.contains("<meta name=\"scorecard-written-src\" content=\"data/sample.json\">"));
        let version = scorecard_core::site::version(include_bytes!("../public/data/sample.json"));
        assert!(page
            .html
            .contains(&format!("<meta name=\"scorecard-written-version\" content=\"{version}\">")));
        assert!(page.html.contains("<meta name=\"scorecard-written-page\" content=\"index.html\">"));
        assert!(page.html.contains("<meta name=\"scorecard-src\" content=\"\">"));
        assert!(!page.html.contains("scorecard-site"), "not a whole site: its links stay in the page");
        assert!(page.html.contains("<meta name=\"scorecard-first-view\" content=\"en\">"));
        // The status colours and the brand, darkened to read on white, as the app sets them.
        assert!(page.html.contains(&format!("--brand:{}", crate::theme::accessible_brand("#ffdd00"))));
        assert!(page.html.contains("--red:"));
        assert!(!page.html.contains(MARK));
    }

    #[test]
    fn a_bilingual_file_is_written_in_the_language_asked_for() {
        let bytes = include_bytes!("../public/data/sample-bilingual.json");
        let english = page(SHELL, read(bytes), "en.json", Some("en"));
        assert_eq!(english.lang, "en");
        assert!(english.html.contains("<html lang=\"en\">"));
        assert!(english.html.contains(i18n::catalogue(i18n::Lang::En).indicators_by_status()));
        assert!(english
            .html
            .contains("<title>Strategic Performance Dashboard – Wexcombe Borough Council</title>"));
        // Unasked, in the file's main language (this one's is Welsh).
        let main = page(SHELL, read(bytes), "cy.json", None);
        assert_eq!(main.lang, "cy");
        assert!(main.html.contains("<html lang=\"cy\">"));
        assert!(main.html.contains(i18n::catalogue(i18n::Lang::Cy).indicators_by_status()));
        assert!(main.html.contains("Cyngor Bwrdeistref Wexcombe"));
        // A language the file does not offer falls back to its main one.
        assert_eq!(page(SHELL, sample(), "s.json", Some("cy")).lang, "en");
    }

    #[test]
    fn a_page_is_written_again_for_a_newly_published_file() {
        let once = page(SHELL, sample(), "data/sample.json", None).html;
        assert!(has_room(&once));
        let bilingual = read(include_bytes!("../public/data/sample-bilingual.json"));
        let twice = page(&once, bilingual, "other.json", Some("en")).html;
        assert_eq!(twice.matches(&format!("id=\"{ID}\"")).count(), 1, "one written view, the new one");
        assert!(twice.contains("<meta name=\"scorecard-first-view\" content=\"en\">"));
        assert!(twice.contains("<meta name=\"scorecard-written-src\" content=\"other.json\">"));
        assert!(!has_room("<html><body></body></html>"), "a page not of this build");
        assert!(!has_room(&SHELL.replace(CHARSET, "<meta charset=\"UTF-8\">")), "no place for its settings");
    }

    #[test]
    fn what_a_file_says_is_escaped_in_the_page() {
        let page = page(SHELL, sample(), "a\"b<c>.json", None).html;
        assert!(page.contains("data-src=\"a&quot;b&lt;c&gt;.json\""));
        assert!(!page.contains("a\"b<c>"));
    }

    #[test]
    fn a_sites_indicator_page_reads_without_javascript() {
        let book = Book::new(sample(), "data/sample.json", None);
        let sc = book.scorecard();
        let ind = &sc.indicators[0];
        let page = Page::Indicator(ind.id.clone());
        let html =
            write(SHELL, &book, &page, Some(&Site { url: Some("https://www.wexcombe.gov.uk/performance/") }));
        let title = ind.title.get("en");
        assert!(html.contains(&format!("<title>{} – Strategic", text(title))), "its own title");
        assert!(html.contains(&format!(
            "<link rel=\"canonical\" href=\"https://www.wexcombe.gov.uk/performance/indicator-{}.html\">",
            ind.id
        )));
        assert!(html.contains("<meta name=\"description\" content=\""));
        assert!(html.contains("<meta name=\"scorecard-site\" content=\"pages\">"));
        assert!(html.contains(&format!(
            "<meta name=\"scorecard-written-page\" content=\"indicator-{}.html\">",
            ind.id
        )));
        // The figures, the status in words, the history as a table, and plain links to the
        // site's other pages.
        let r = report(sc, sc.current_period);
        let status = i18n::catalogue(i18n::Lang::En).status_label(r.indicators[0].status);
        assert!(html.contains(status), "{status}");
        assert!(html.contains("<table"), "the history as a table");
        assert!(html.contains("href=\"exceptions.html\""), "links are the site's pages");
        assert!(!html.contains("href=\"#/"), "no link needs the app");
    }
}

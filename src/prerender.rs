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

/// A scorecard as the dashboard reads it (`scorecard_core::read_to_show`).
pub struct Read {
    pub scorecard: scorecard_core::Scorecard,
    pub diagnostics: Vec<scorecard_core::Diagnostic>,
    pub left_out: scorecard_core::LeftOut,
}

/// The page, and the language its view is in.
pub struct Written {
    pub html: String,
    pub lang: &'static str,
}

/// Ends a written view, so that a page can be written again for a newly published file.
const END: &str = "<!-- /scorecard:first-view -->";

/// Whether `shell` is a page of this version's build, with room for the view (or a view
/// written before, which is replaced).
pub fn has_room(shell: &str) -> bool {
    shell.contains(MARK) || written_before(shell).is_some()
}

fn written_before(html: &str) -> Option<std::ops::Range<usize>> {
    let start = html.find(&format!("<div id=\"{ID}\""))?;
    let end = html[start..].find(END)? + start + END.len();
    Some(start..end)
}

/// Writes `shell` (the build's `index.html`) with the overview of `read`, which the page will
/// load from `src`, in `lang` where the file offers it (else in the file's main language).
pub fn page(shell: &str, read: Read, src: &str, lang: Option<&str>) -> Written {
    let offered = language::offered(&read.scorecard);
    let asked = language::Asked { page: lang.map(str::to_string), ..Default::default() };
    let chosen = language::choose(&asked, Some(&offered));
    // The interface's language is the caller's again afterwards.
    let before = i18n::lang();
    i18n::set_lang(chosen);
    let sc = &read.scorecard;
    let title = i18n::t().page_title(sc.title.get(chosen.code()), sc.organisation.name.get(chosen.code()));
    let embed = Embed {
        mode: Mode::Page,
        src: Some(src.to_string()),
        allowed_origins: Vec::new(),
        brand: meta(shell, "scorecard-brand").and_then(|b| crate::embed::hex_colour(&b)),
        logo: meta(shell, "scorecard-logo"),
        view: None,
        lang: Some(chosen.code().to_string()),
        pack: None,
    };
    // Set on the root by the app through the CSS object model; written here as the style
    // attribute the page's policy allows.
    let colours = crate::theme::properties(embed.brand.as_deref())
        .iter()
        .map(|(k, v)| format!("{k}:{v}"))
        .collect::<Vec<_>>()
        .join(";");
    let data = Arc::new(Dataset {
        url: src.to_string(),
        saved: None,
        scorecard: read.scorecard,
        diagnostics: read.diagnostics,
        left_out: read.left_out,
        lang: chosen,
    });
    // What the page would do once it runs (effects, fetches, timers) is left to the app.
    let _ = any_spawner::Executor::init_custom_executor(Nowhere);
    let owner = Owner::new();
    // Written once: that the components read signals nothing will ever track is expected here
    // (debug builds would warn of each).
    let _once = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    let view = owner.with(|| view! { <App embed=embed written=data /> }.to_html());
    let written =
        format!("<div id=\"{ID}\" data-src=\"{}\" style=\"{colours}\">{view}</div>{END}", attribute(src));
    let mut html = shell.to_string();
    if let Some(before) = written_before(&html) {
        html.replace_range(before, MARK);
    }
    html = html.replacen(MARK, &written, 1);
    html = replace_between(&html, "<title>", "</title>", &text(&title));
    html = replace_between(&html, "<html lang=\"", "\"", chosen.code());
    html = set_meta(&html, "scorecard-src", src);
    html = set_meta(&html, "scorecard-first-view", chosen.code());
    // For the page's first script, which sets the view aside for a reader whose language it
    // is not (as `language::choose` would choose).
    let codes: Vec<&str> = offered.iter().map(|l| l.code()).collect();
    html = set_meta(&html, "scorecard-languages", &codes.join(" "));
    i18n::set_lang(before);
    Written { html, lang: chosen.code() }
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
    let tag = format!("<meta name=\"{name}\" content=\"");
    let start = html.find(&tag)? + tag.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string()).filter(|s| !s.trim().is_empty())
}

fn set_meta(html: &str, name: &str, value: &str) -> String {
    let tag = format!("<meta name=\"{name}\" content=\"");
    if html.contains(&tag) {
        replace_between(html, &tag, "\"", &attribute(value))
    } else {
        // Before the page's first script, which reads it.
        let charset = "<meta charset=\"utf-8\">";
        html.replacen(charset, &format!("{charset}\n    {tag}{}\">", attribute(value)), 1)
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
        let loaded = scorecard_core::read_to_show(bytes);
        Read {
            scorecard: loaded.scorecard.unwrap(),
            diagnostics: loaded.diagnostics,
            left_out: loaded.left_out,
        }
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
        assert!(page.html.contains("<meta name=\"scorecard-src\" content=\"data/sample.json\">"));
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
        assert!(twice.contains("content=\"other.json\""));
        assert!(!has_room("<html><body></body></html>"), "a page not of this build");
    }

    #[test]
    fn what_a_file_says_is_escaped_in_the_page() {
        let page = page(SHELL, sample(), "a\"b<c>.json", None).html;
        assert!(page.contains("data-src=\"a&quot;b&lt;c&gt;.json\""));
        assert!(!page.contains("a\"b<c>"));
    }
}

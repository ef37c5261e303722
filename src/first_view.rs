//! The overview written with the page when the scorecard was published (`scorecard page`,
//! `prerender.rs`). It is on screen before the app has arrived; the app draws its own view
//! hidden behind it, then takes its place, so nothing moves (`style/main.css` hides the app's
//! root while the written view is there). `index.html`'s first script sets it aside at once
//! when the address asks for another file, view or language.

/// Where the build's `index.html` leaves room for the written view.
pub const MARK: &str = "<!-- scorecard:first-view -->";
/// The element that holds the written view.
pub const ID: &str = "scorecard-first-view";
/// The class `index.html`'s first script puts on `<html>` when the written view is not the one
/// to show (`style/main.css` then hides it, and trunk's loader, patched by `tools/postbuild.mjs`,
/// does not wait for it to be painted). Those files spell it too: a test holds them to this.
pub const ELSEWHERE: &str = "first-view-elsewhere";

/// The app is drawing its own first screen: the written one goes in the frame that shows it,
/// before what the app draws below it (in later tasks, below the screen, as on any page), so
/// the swap lays out one screen, not the whole view.
pub fn give_way_in_next_frame() {
    crate::tasks::run(crate::tasks::Phase::NextFrame, give_way);
}

fn give_way() {
    if let Some(written) = leptos::prelude::document().get_element_by_id(ID) {
        written.remove();
    }
}

/// As the app starts: a written view set aside for another address goes at once, so the page
/// never holds two copies of a view's elements where only one is shown.
pub fn starting() {
    let doc = leptos::prelude::document();
    let aside = doc
        .document_element()
        .and_then(|html| html.get_attribute("class"))
        .is_some_and(|c| c.split_whitespace().any(|w| w == ELSEWHERE));
    if aside {
        give_way();
    }
}

/// What the page's written view was written from (`prerender.rs` writes them; `index.html`'s
/// first script reads them): the file's address and version, and the page's own file.
pub const WRITTEN_SRC: &str = "scorecard-written-src";
pub const WRITTEN_VERSION: &str = "scorecard-written-version";
pub const WRITTEN_PAGE: &str = "scorecard-written-page";
/// Where the version last read of a file is kept (with the file's address after it).
const LAST_READ: &str = "scorecard:version:";

/// Once the dashboard's own page has read its file (at `url`, of `version`): a view written
/// from another version of the same file goes at once, and the site's owner is told in the
/// console. `true` if so: the dashboard then says so in a line on the page. The version read
/// is kept, so a later visit's first script shows a written view only when it is of it.
pub fn check(url: &str, version: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    if let Ok(Some(store)) = window.local_storage() {
        let _ = store.set_item(&format!("{LAST_READ}{url}"), version);
    }
    let (Some(src), Some(written)) = (crate::embed::meta(WRITTEN_SRC), crate::embed::meta(WRITTEN_VERSION))
    else {
        return false;
    };
    let page = window.location().href().unwrap_or_default();
    let same_file = web_sys::Url::new_with_base(&src, &page).is_ok_and(|u| u.href() == url);
    if !same_file || written == version {
        return false;
    }
    give_way();
    web_sys::console::warn_1(&crate::i18n::t().stale_page_console(&src, &written, version).into());
    true
}

/// Puts a copy of the written view's drawing of a chart (an indicator's history, the only
/// chart a written page draws) into `el`, the app's own chart element: `true` if there was
/// one. Only while the written view is there, which is only while it is current (`starting`,
/// `check`). A copy, because the written view stays on screen until the app's is drawn.
pub fn drawing_into(el: &web_sys::Element) -> bool {
    let drawing = leptos::prelude::document()
        .get_element_by_id(ID)
        .and_then(|written| written.query_selector(".still").ok().flatten())
        .and_then(|d| d.clone_node_with_deep(true).ok());
    drawing.is_some_and(|d| el.append_child(&d).is_ok())
}

#[cfg(test)]
mod tests {
    use super::{ELSEWHERE, ID};

    /// The page, its stylesheet and the build step that patches trunk's loader name the written
    /// view and its class as this module does.
    #[test]
    fn the_page_and_its_build_name_the_written_view_as_the_app_does() {
        let page = include_str!("../index.html");
        let style = include_str!("../style/main.css");
        let build = include_str!("../tools/postbuild.mjs");
        assert!(page.contains(&format!("classList.add('{ELSEWHERE}')")), "index.html's first script");
        assert!(style.contains(&format!("html:not(.{ELSEWHERE}) #{ID} ~ .scorecard-root")), "main.css");
        assert!(style.contains(&format!(".{ELSEWHERE} #{ID} {{ display: none; }}")), "main.css");
        assert!(build.contains(&format!("classList.contains('{ELSEWHERE}')")), "postbuild.mjs");
    }

    /// `index.html`'s first script decides ahead of the wasm what the app will decide; the
    /// table it is tested against (`tests/schema/first-script.test.mjs`) holds the app's own
    /// rules to the same answers.
    #[test]
    fn the_first_scripts_table_is_what_the_app_decides() {
        use crate::language::{choose, Asked};
        use crate::route::{Route, View};
        use scorecard_core::site::Page;
        use serde_json::Value;
        let table: Value = serde_json::from_str(include_str!("../tests/fixtures/first-script.json")).unwrap();
        let text = |c: &Value, k: &str| c[k].as_str().map(str::to_string);
        let list = |c: &Value, k: &str| -> Vec<String> {
            c[k].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
        };
        let cases = |k: &str| table[k].as_array().unwrap().clone();
        for c in cases("language") {
            let asked = Asked {
                link: None,
                page: text(&c, "lang"),
                stored: text(&c, "stored"),
                browser: list(&c, "browser"),
            };
            let offered: Vec<_> =
                list(&c, "offered").iter().map(|l| crate::i18n::Lang::parse(l).unwrap()).collect();
            assert_eq!(choose(&asked, Some(&offered)).code(), c["shown"], "{c}");
        }
        for c in cases("page") {
            let file = c["path"].as_str().unwrap().rsplit('/').next().unwrap();
            assert_eq!(Page::from_file(file).file(), c["page"].as_str().unwrap(), "{c}");
        }
        // The page's settings as `Embed::from_page` reads them.
        let embed = |c: &Value| crate::embed::Embed {
            src: text(c, "src"),
            pack: text(c, "pack").map(|p| (p, String::new())),
            ..crate::embed::Embed::for_module(Vec::new(), false)
        };
        for c in cases("file") {
            // What the app fetches first: a pack on its own's index, else its scorecard.
            let e = embed(&c);
            let file = e.pack_alone().map_or_else(|| e.scorecard_file(|| text(&c, "setting")), |(p, _)| p);
            assert_eq!(file, c["file"].as_str().unwrap(), "{c}");
        }
        for c in cases("comparison") {
            // A pack on its own, or the compare view as the dashboard's own page reads its address.
            let route = Route::from_address("", c["hash"].as_str().unwrap());
            let drawn = embed(&c).pack_alone().is_some() || route.view == View::Compare;
            assert_eq!(drawn, c["drawn"], "{c}");
        }
    }
}

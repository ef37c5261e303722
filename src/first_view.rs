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
}

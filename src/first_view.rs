//! The overview written with the page when the scorecard was published (`scorecard page`,
//! `prerender.rs`). It is on screen before the app has arrived; the app draws its own view
//! hidden behind it, then takes its place, so nothing moves (`style/main.css` hides the app's
//! root while the written view is there). `index.html`'s first script sets it aside at once
//! when the address asks for another file, view or language.

/// Where the build's `index.html` leaves room for the written view.
pub const MARK: &str = "<!-- scorecard:first-view -->";
/// The element that holds the written view.
pub const ID: &str = "scorecard-first-view";

/// The app is drawing its own first screen: the written one goes in the frame that shows it,
/// before what the app draws below it (in later tasks, below the screen, as on any page), so
/// the swap lays out one screen, not the whole view.
pub fn give_way_in_next_frame() {
    if crate::tasks::in_browser() {
        leptos::prelude::request_animation_frame(give_way);
    }
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
        .is_some_and(|c| c.split_whitespace().any(|w| w == "first-view-elsewhere"));
    if aside {
        give_way();
    }
}

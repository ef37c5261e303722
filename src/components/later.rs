//! What is further down a view than the first screen: drawn once the first screen has been
//! painted, one part per painted frame, each in a task of its own (see `tasks.rs`), so that
//! no one task lays out all of them. Nothing above a part moves when it arrives.
//! A page's written overview (`prerender.rs`) holds the first screen only: the app draws the
//! rest, as it does on any page.

use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::VecDeque;

thread_local! {
    /// The parts waiting, in page order; the first is drawn once the page has been painted.
    static WAITING: RefCell<VecDeque<RwSignal<bool>>> = const { RefCell::new(VecDeque::new()) };
}

/// Draws the next waiting part, then (once that has been painted) the one after it.
fn draw_next() {
    let Some(next) = WAITING.with(|w| w.borrow_mut().pop_front()) else { return };
    // The view may have gone while this waited.
    let _ = next.try_set(true);
    if WAITING.with(|w| !w.borrow().is_empty()) {
        crate::tasks::after_paint(draw_next);
    }
}

#[component]
pub fn Later(children: Children) -> impl IntoView {
    let shown = RwSignal::new(false);
    if crate::tasks::in_browser() {
        let first = WAITING.with(|w| {
            let mut w = w.borrow_mut();
            w.push_back(shown);
            w.len() == 1
        });
        if first {
            crate::tasks::after_paint(draw_next);
        }
    }
    // Drawn once: `shown` only ever turns true.
    let children = StoredValue::new_local(Some(children));
    move || shown.get().then(|| children.try_update_value(Option::take).flatten().map(|c| c()))
}

//! What is further down a view than the first screen: drawn once the first screen has been
//! painted, in a task of its own (see `tasks.rs`). Nothing above it moves when it arrives.

use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    /// How many `Later` parts are waiting to be drawn.
    static WAITING: Cell<usize> = const { Cell::new(0) };
}

/// Whether every part below the first screen asked for so far has been drawn: the page's
/// written overview gives way only then (`first_view.rs`), or what is below a part drawn
/// after it would move.
pub fn all_drawn() -> bool {
    WAITING.with(Cell::get) == 0
}

#[component]
pub fn Later(children: Children) -> impl IntoView {
    // Written ahead as HTML (`prerender.rs`), the whole view is there at once.
    let shown = RwSignal::new(!crate::tasks::in_browser());
    if crate::tasks::in_browser() {
        WAITING.with(|w| w.set(w.get() + 1));
        crate::tasks::after_paint(move || {
            // The view may have gone while this waited.
            let _ = shown.try_set(true);
            WAITING.with(|w| w.set(w.get().saturating_sub(1)));
        });
    }
    // Drawn once: `shown` only ever turns true.
    let children = StoredValue::new_local(Some(children));
    move || shown.get().then(|| children.try_update_value(Option::take).flatten().map(|c| c()))
}

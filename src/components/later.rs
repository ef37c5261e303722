//! What is further down a view than the first screen: drawn once the first screen has been
//! painted, in a task of its own (see `tasks.rs`). Nothing above it moves when it arrives.

use leptos::prelude::*;

#[component]
pub fn Later(children: Children) -> impl IntoView {
    let shown = RwSignal::new(false);
    crate::tasks::after_paint(move || {
        // The view may have gone while this waited.
        let _ = shown.try_set(true);
    });
    // Drawn once: `shown` only ever turns true.
    let children = StoredValue::new_local(Some(children));
    move || shown.get().then(|| children.try_update_value(Option::take).flatten().map(|c| c()))
}

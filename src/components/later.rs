//! What is further down a view than the first screen: drawn once the first screen has been
//! painted, one part per painted frame (`tasks::Phase::BelowFold`), so that
//! no one task lays out all of them. Nothing above a part moves when it arrives.
//! A page's written overview (`prerender.rs`) holds the first screen only: the app draws the
//! rest, as it does on any page.

use crate::tasks::{run, Phase};
use leptos::prelude::*;

#[component]
pub fn Later(children: Children) -> impl IntoView {
    let shown = RwSignal::new(false);
    // The view may have gone while this waited.
    run(Phase::BelowFold, move || {
        let _ = shown.try_set(true);
    });
    // Drawn once: `shown` only ever turns true.
    let children = StoredValue::new_local(Some(children));
    move || shown.get().then(|| children.try_update_value(Option::take).flatten().map(|c| c()))
}

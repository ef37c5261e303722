//! The real dashboard on the imported scorecard, in memory: its views are kept in a signal,
//! never in the publish page's address, and its links change only the preview.

use leptos::prelude::*;
use scorecard_app::app::Dashboard;
use scorecard_app::load::Dataset;
use scorecard_app::route::Route;
use std::sync::Arc;

#[component]
pub fn Preview(document: String) -> impl IntoView {
    let loaded = scorecard_core::read_to_show(document.as_bytes());
    let Some(scorecard) = loaded.scorecard else {
        return view! { <p class="notice">{scorecard_app::i18n::publish().publish_no_preview()}</p> }
            .into_any();
    };
    let data = Arc::new(Dataset {
        // No address: a preview fetches nothing, benchmark packs included.
        url: String::new(),
        saved: None,
        scorecard,
        diagnostics: loaded.diagnostics,
        left_out: loaded.left_out,
        lang: scorecard_app::i18n::lang(),
        version: scorecard_core::site::version(document.as_bytes()),
        stale_page: false,
    });
    let route = RwSignal::new(Route::default());
    let root = NodeRef::<leptos::html::Div>::new();
    root.on_load(|el| scorecard_app::theme::apply(&el, None));
    let follow = move |e: leptos::ev::MouseEvent| scorecard_app::app::follow_own_link(&e, route);
    view! {
        <div class="scorecard-root preview-frame" node_ref=root on:click=follow>
            // Drawn at once: the preview is not a first view on a phone.
            <Dashboard data=data route=route mounted=true framed=RwSignal::new(true) />
        </div>
    }
    .into_any()
}

//! The Scorecard dashboard: a Leptos client-side app. It loads a published scorecard file,
//! asks `scorecard-core` for every status, trend and roll-up, and shows them. It owns no
//! rule of its own. A library, so that the publish page (`crates/scorecard-publish`) shows
//! its preview with the dashboard's own components; `main.rs` only calls [`start`].

#![recursion_limit = "256"]

pub mod app;
pub mod casefold;
pub mod charts;
pub mod comparing;
pub mod components;
pub mod csv;
pub mod echarts;
pub mod embed;
pub mod filter;
pub mod first_view;
pub mod format;
pub mod i18n;
pub mod language;
pub mod load;
pub mod module;
pub mod offline;
#[cfg(any(not(target_arch = "wasm32"), feature = "report"))]
pub mod paper;
// Natively (the command line, tests), and in the site writer's own wasm (feature
// `prerender`, `crates/scorecard-site`); never in the dashboard's.
#[cfg(any(not(target_arch = "wasm32"), feature = "prerender"))]
mod brotli;
#[cfg(any(not(target_arch = "wasm32"), feature = "prerender"))]
pub mod prerender;
pub mod published;
pub mod report;
pub mod route;
#[cfg(any(not(target_arch = "wasm32"), feature = "prerender"))]
pub mod site;
pub mod state;
pub mod tasks;
pub mod theme;

#[cfg(test)]
mod testing;

/// Mounts the dashboard on its page, or into each host element `mount.js` asked for.
pub fn start() {
    set_panic_hook();
    // In a task after the one that compiled and instantiated the wasm: together they were the
    // longest task of a phone's first view. (Leptos's own executor starts with the mount.)
    wasm_bindgen_futures::spawn_local(async {
        tasks::next_task().await;
        mount();
    });
}

fn mount() {
    let targets = embed::mount_targets();
    if targets.is_empty() {
        first_view::starting();
        leptos::mount::mount_to_body(
            || leptos::prelude::view! { <app::App embed=embed::Embed::from_page() /> },
        );
    } else {
        for host in targets {
            embed::mount_into(&host, |embed| {
                leptos::prelude::IntoAny::into_any(leptos::prelude::view! { <app::App embed=embed /> })
            });
        }
    }
}

/// A panic must never leave a blank page: say so in words.
pub fn set_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            if let Some(p) = body
                .owner_document()
                .and_then(|d| d.create_element("p").ok())
                .and_then(|p| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(p).ok())
            {
                // Its colours too, since it may sit in a host page outside the dashboard's root.
                theme::apply(&p, None);
                p.set_class_name("fatal");
                p.set_attribute("role", "alert").ok();
                p.set_text_content(Some(i18n::t().unexpected()));
                let _ = body.prepend_with_node_1(&p);
            }
        }
    }));
}

//! The Scorecard dashboard: a Leptos client-side app. It loads a published scorecard file,
//! asks `scorecard-core` for every status, trend and roll-up, and shows them. It owns no
//! rule of its own.

mod app;
mod casefold;
mod charts;
mod components;
mod csv;
mod echarts;
mod embed;
mod filter;
mod format;
mod i18n;
mod load;
mod offline;
mod route;
mod state;
mod theme;

#[cfg(test)]
mod testing;

fn main() {
    // A panic must never leave a blank page: say so in words.
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
                p.set_text_content(Some(i18n::UNEXPECTED));
                let _ = body.prepend_with_node_1(&p);
            }
        }
    }));
    let targets = embed::mount_targets();
    if targets.is_empty() {
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

//! Working offline: registering the service worker (`sw.js`, generated at build time), and
//! telling the user when a new version has been installed and is waiting for a reload.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The page's service worker container, where the browser offers one: not on plain http, in
/// some private windows, or where a policy blocks workers. The dashboard then works online only.
fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let c = js_sys::Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    c.is_object().then(|| c.unchecked_into())
}

/// Whether the offline worker controls this page.
pub fn controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// What a registration promise resolved to, if it is a registration (it may be `undefined`).
async fn registration(promise: js_sys::Promise) -> Option<web_sys::ServiceWorkerRegistration> {
    let v = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    v.is_object().then(|| v.unchecked_into())
}

/// Registers the service worker; `ready` becomes true when a new version is waiting.
pub fn register(ready: RwSignal<bool>) {
    let Some(container) = container() else { return };
    leptos::task::spawn_local(async move {
        let Some(reg) = registration(container.register("sw.js")).await else { return };
        let controlled = {
            let c = container.clone();
            move || c.controller().is_some()
        };
        // Already waiting from an earlier visit.
        if reg.waiting().is_some() && controlled() {
            ready.set(true);
        }
        let reg2 = reg.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = reg2.installing() else { return };
            let w2 = worker.clone();
            let controlled = controlled.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                // "Installed" with a page already controlled: an update, not the first install.
                if w2.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                    ready.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

/// Asks the service worker to keep a copy of the data file for offline use. The first
/// load fetched it before the worker was in control, so it would not have been kept.
pub fn keep_data(url: String) {
    let Some(container) = container() else { return };
    leptos::task::spawn_local(async move {
        let Ok(ready) = container.ready() else { return };
        let Some(reg) = registration(ready).await else { return };
        if let Some(active) = reg.active() {
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &"scorecard:keep-data".into());
            let _ = js_sys::Reflect::set(&msg, &"url".into(), &url.into());
            let _ = active.post_message(&msg);
        }
    });
}

/// Lets the waiting version take over, then reloads the page under it.
pub fn apply_update() {
    let (Some(window), Some(container)) = (web_sys::window(), container()) else { return };
    let reload = Closure::<dyn Fn()>::new(move || {
        let _ = window.location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    leptos::task::spawn_local(async move {
        let Some(reg) = registration(container.get_registration()).await else { return };
        if let Some(waiting) = reg.waiting() {
            let _ = waiting.post_message(&JsValue::from_str("scorecard:skip-waiting"));
        }
    });
}

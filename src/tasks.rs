//! Start-up work cut into tasks. A phone's browser paints, and answers a tap, only between
//! tasks: one long task that reads the file and draws the whole first view holds both back
//! (Lighthouse counts each such task over 50 ms as blocking time). So the app starts, reads
//! the scorecard, and draws what is on the first screen each in a task of its own, and what
//! is further down once that has been painted.

use leptos::prelude::*;
use std::time::Duration;

/// Resolves in a later task, so the browser can paint and handle input in between.
pub async fn next_task() {
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |r, _| resolve = Some(r));
    if let Some(r) = resolve {
        set_timeout(move || drop(r.call0(&wasm_bindgen::JsValue::NULL)), Duration::ZERO);
    }
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `f` once the current frame has been painted.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

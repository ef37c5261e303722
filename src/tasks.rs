//! Start-up work cut into tasks. A phone's browser paints, and answers a tap, only between
//! tasks: one long task that reads the file and draws the whole first view holds both back
//! (Lighthouse counts each such task over 50 ms as blocking time). So the app starts, reads
//! the scorecard, and draws what is on the first screen each in a task of its own, and what
//! is further down once that has been painted.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Whether this runs in a browser. Natively the dashboard only writes its first view as HTML
/// (`prerender.rs`), where there is nothing to wait for and no page to change.
pub const fn in_browser() -> bool {
    cfg!(target_arch = "wasm32")
}

/// Resolves in a later task, so the browser can paint and handle input in between.
pub async fn next_task() {
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |r, _| resolve = Some(r));
    if let Some(r) = resolve {
        set_timeout(move || drop(r.call0(&wasm_bindgen::JsValue::NULL)), Duration::ZERO);
    }
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `f` once the current frame has been painted: a frame's callbacks run before it is
/// drawn, so the next frame's mean this one is on screen.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || request_animation_frame(move || set_timeout(f, Duration::ZERO)));
}

/// Runs `f` once the page's first contents are on screen (the browser's own first contentful
/// paint entry, which it records only once the frame has been presented), checking once a frame.
pub fn after_first_paint(f: impl FnOnce() + 'static) {
    if first_paint_done() {
        f();
    } else {
        request_animation_frame(move || after_first_paint(f));
    }
}

fn first_paint_done() -> bool {
    let Some(window) = web_sys::window() else { return true };
    let entries = js_sys::Reflect::get(&window, &"performance".into())
        .and_then(|p| {
            let by_name = js_sys::Reflect::get(&p, &"getEntriesByName".into())?;
            by_name.unchecked_into::<js_sys::Function>().call1(&p, &"first-contentful-paint".into())
        })
        .ok();
    // A browser without paint timing cannot say: carry on.
    entries
        .is_none_or(|e| js_sys::Reflect::get(&e, &"length".into()).ok().and_then(|n| n.as_f64()) != Some(0.0))
}

/// Runs `then` once when `el` comes within a screen's height of the viewport (at once where
/// the browser has no IntersectionObserver): what lies far below waits until it is wanted.
pub fn when_near_screen(el: &web_sys::Element, then: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let then = std::rc::Rc::new(std::cell::RefCell::new(Some(then)));
    let later = then.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries
                .iter()
                .any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
            if near {
                observer.disconnect();
                if let Some(f) = later.borrow_mut().take() {
                    f();
                }
            }
        },
    );
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin("100% 0px");
    match web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init) {
        Ok(observer) => {
            observer.observe(el);
            callback.forget();
        }
        Err(_) => {
            if let Some(f) = then.borrow_mut().take() {
                f();
            }
        }
    }
}

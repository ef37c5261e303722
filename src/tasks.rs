//! The one start-up scheduler. A phone's browser paints, and answers a tap, only between
//! tasks: one long task that reads the file and draws the whole first view holds both back
//! (Lighthouse counts each such task over 50 ms as blocking time). So every part of the
//! dashboard that waits (and the comparison module's) says here which [`Phase`] it waits for,
//! and nothing else keeps a queue or a timer of its own. A first load runs, in order:
//!
//! 0. before the wasm: trunk's loader waits for a written view to be painted (the one wait in
//!    JavaScript, added by `tools/postbuild.mjs`: there is no wasm yet to ask);
//! 1. [`next_task`]: the mount, reading the file, the header, the navigation and the view's
//!    first screen, each in a task of its own (`lib.rs`, `app.rs`);
//! 2. [`Phase::BelowFold`]: what lies below the first screen (`Later`), one part per painted
//!    frame, in page order;
//! 3. [`Phase::AfterPaint`]: what follows a painted screen once (the offline worker, ECharts
//!    fetched ahead by a list);
//! 4. [`Phase::FirstPaint`]: once the browser has recorded its first contentful paint (ECharts
//!    asked for by a chart), and then [`Phase::Idle`], one piece per task in the order asked
//!    (each chart's start, once ECharts has arrived);
//! 5. [`when_near_screen`]: what waits to be scrolled towards (a comparison's place);
//!
//! and [`Phase::NextFrame`] runs what must land in the frame that shows it (a written view
//! giving way), [`Phase::Gathered`] what arrives in bursts, together, in a task of its own (a
//! pack's shards put in place).

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

/// When a piece of work waits to run (see the module's comment for the order).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Phase {
    /// Below the first screen: once the page has been painted, one piece per painted frame.
    BelowFold,
    /// Once the current frame has been painted, everything asked for by then.
    AfterPaint,
    /// Once the page's first contents are on screen, everything asked for by then.
    FirstPaint,
    /// Once the page's first contents are on screen, one piece per task.
    Idle,
    /// In the next frame, everything asked for by then.
    NextFrame,
    /// In a task of its own a frame's time later, everything asked for by then: what arrives in
    /// bursts is put in place together, outside the frame's own rendering (a task that updates
    /// and then lays out would be one long task, not two short ones).
    Gathered,
}

impl Phase {
    /// Whether what waits runs together, once the wait is over, or one piece per wait.
    fn together(self) -> bool {
        matches!(self, Phase::AfterPaint | Phase::FirstPaint | Phase::NextFrame | Phase::Gathered)
    }

    fn wait(self, then: impl FnOnce() + 'static) {
        match self {
            Phase::BelowFold | Phase::AfterPaint => after_paint(then),
            Phase::FirstPaint => after_first_paint(then),
            Phase::Idle => after_first_paint(move || set_timeout(then, Duration::ZERO)),
            Phase::NextFrame => request_animation_frame(then),
            Phase::Gathered => set_timeout(then, Duration::from_millis(16)),
        }
    }
}

type Pieces = std::collections::VecDeque<Box<dyn FnOnce()>>;

/// What waits in a phase, in the order asked, and whether its wait has begun.
#[derive(Default)]
struct Waiting {
    pieces: Pieces,
    waiting: bool,
}

thread_local! {
    static WAITING: std::cell::RefCell<[Waiting; 6]> = Default::default();
}

/// Runs `f` in `phase`, after what already waits in it. (Natively, where the dashboard only
/// writes its view as HTML, nothing waits and nothing runs.)
pub fn run(phase: Phase, f: impl FnOnce() + 'static) {
    if !in_browser() {
        return;
    }
    let begin = WAITING.with_borrow_mut(|w| {
        let w = &mut w[phase as usize];
        w.pieces.push_back(Box::new(f));
        !std::mem::replace(&mut w.waiting, true)
    });
    if begin {
        phase.wait(move || step(phase));
    }
}

/// The wait is over: runs what `phase` says may run now, and waits again for the rest.
fn step(phase: Phase) {
    let now: Pieces = WAITING.with_borrow_mut(|w| {
        let pieces = &mut w[phase as usize].pieces;
        if phase.together() {
            std::mem::take(pieces)
        } else {
            pieces.pop_front().into_iter().collect()
        }
    });
    // Run outside the borrow: a piece may ask for more (it joins this phase's wait).
    for f in now {
        f();
    }
    let more = WAITING.with_borrow_mut(|w| {
        let w = &mut w[phase as usize];
        w.waiting = !w.pieces.is_empty();
        w.waiting
    });
    if more {
        phase.wait(move || step(phase));
    }
}

/// Runs `f` once the current frame has been painted: a frame's callbacks run before it is
/// drawn, so the next frame's mean this one is on screen.
fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || request_animation_frame(move || set_timeout(f, Duration::ZERO)));
}

/// Runs `f` once the page's first contents are on screen (the browser's own first contentful
/// paint entry, which it records only once the frame has been presented), checking once a frame.
fn after_first_paint(f: impl FnOnce() + 'static) {
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

//! The few ECharts calls charming does not offer: init on an element (not by id), setOption
//! with `notMerge`, click events, resize and dispose. Every call is guarded, so a missing or
//! failed ECharts leaves the data table in place instead of breaking the page.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance.
    pub type Instance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn init(el: &web_sys::HtmlElement, theme: JsValue, opts: &JsValue) -> Result<Instance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option(this: &Instance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn on(this: &Instance, event: &str, handler: &js_sys::Function) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn resize(this: &Instance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method)]
    fn dispose(this: &Instance) -> Result<(), JsValue>;

    #[wasm_bindgen(catch, method, js_name = dispatchAction)]
    fn dispatch_action(this: &Instance, action: &JsValue) -> Result<(), JsValue>;
}

/// Where the dashboard's page finds the ECharts bundle, unless the page names it and the
/// chunks it imports (`<meta name="scorecard-echarts">`, written by tools/postbuild.mjs). A
/// host page's `mount.js` and the publish page load it themselves, before the app starts.
const BUNDLE: &str = "echarts/echarts.js";

enum Loading {
    NotAsked,
    /// Being fetched (a module preload), not yet run.
    Fetched,
    /// Asked to run, with what waits for it.
    Waiting(Vec<Box<dyn FnOnce()>>),
    Done,
}

thread_local! {
    static LOADING: std::cell::RefCell<Loading> = const { std::cell::RefCell::new(Loading::NotAsked) };
}

fn present() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w, &"echarts".into()).unwrap_or(false))
}

/// The bundle and the chunks it imports, as the page names them.
fn files(doc: &web_sys::Document) -> Vec<String> {
    let named = doc
        .query_selector("meta[name=scorecard-echarts]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    let files: Vec<String> = named.split_whitespace().map(str::to_string).collect();
    if files.is_empty() {
        vec![BUNDLE.to_string()]
    } else {
        files
    }
}

/// Starts fetching ECharts, if the page does not have it yet, without running it. Called once
/// the app has started, not from the page's head: on a slow connection the app's own code then
/// arrives without sharing the line with the charts' (as many bytes again), so the figures are
/// drawn sooner. It runs only when the first chart asks ([`when_loaded`]), so that running it
/// (a third of a second on a slow phone) does not hold back the figures either.
pub fn prefetch() {
    let ask = LOADING.with_borrow_mut(|l| match l {
        Loading::NotAsked if present() => {
            *l = Loading::Done;
            false
        }
        Loading::NotAsked => {
            *l = Loading::Fetched;
            true
        }
        _ => false,
    });
    let head = web_sys::window().and_then(|w| w.document()).and_then(|d| d.head().map(|h| (d, h)));
    if let (true, Some((doc, head))) = (ask, head) {
        for file in files(&doc) {
            if let Ok(link) = doc.create_element("link") {
                let _ = link.set_attribute("rel", "modulepreload");
                let _ = link.set_attribute("href", &file);
                let _ = head.append_child(&link);
            }
        }
    }
}

/// Runs `f` once ECharts has arrived and run, or has failed to (then each chart says it is
/// unavailable).
pub fn when_loaded(f: impl FnOnce() + 'static) {
    prefetch();
    enum Then {
        RunNow(Box<dyn FnOnce()>),
        Wait,
        RunScript,
    }
    let then = LOADING.with_borrow_mut(|l| match l {
        Loading::Done => Then::RunNow(Box::new(f)),
        Loading::Waiting(waiting) => {
            waiting.push(Box::new(f));
            Then::Wait
        }
        Loading::Fetched | Loading::NotAsked => {
            *l = Loading::Waiting(vec![Box::new(f)]);
            Then::RunScript
        }
    });
    match then {
        Then::RunNow(f) => f(),
        Then::Wait => {}
        Then::RunScript if run_script() => {}
        Then::RunScript => arrived(),
    }
}

fn arrived() {
    let waiting = LOADING.with_borrow_mut(|l| match std::mem::replace(l, Loading::Done) {
        Loading::Waiting(waiting) => waiting,
        _ => Vec::new(),
    });
    for f in waiting {
        f();
    }
}

fn run_script() -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Some(head) = doc.head() else { return false };
    let Ok(script) = doc.create_element("script") else { return false };
    let _ = script.set_attribute("type", "module");
    let _ = script.set_attribute("src", &files(&doc)[0]);
    // A module script's load event comes after it has run, so `echarts` is then defined.
    let done = Closure::<dyn Fn()>::new(arrived);
    let _ = script.add_event_listener_with_callback("load", done.as_ref().unchecked_ref());
    let _ = script.add_event_listener_with_callback("error", done.as_ref().unchecked_ref());
    done.forget(); // once per page
    head.append_child(&script).is_ok()
}

/// Starts a chart in `el` with the SVG renderer (crisp when printed, and searchable).
pub fn start(el: &web_sys::HtmlElement) -> Option<Instance> {
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &"renderer".into(), &"svg".into()).ok()?;
    init(el, JsValue::NULL, &opts).ok()
}

/// Replaces the whole option: series that disappeared must not linger.
pub fn show(chart: &Instance, option: &str) -> bool {
    let Ok(js) = js_sys::JSON::parse(option) else { return false };
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"notMerge".into(), &JsValue::TRUE);
    chart
        .set_option(&js, &opts)
        .map_err(|e| web_sys::console::warn_2(&"ECharts refused the option:".into(), &e))
        .is_ok()
}

/// Calls `handler` with the clicked item's `dataIndex` and `seriesIndex`.
pub fn on_click(chart: &Instance, handler: impl Fn(u32, u32) + 'static) -> Closure<dyn Fn(JsValue)> {
    let closure = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
        let get = |k: &str| {
            js_sys::Reflect::get(&event, &k.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0) as u32
        };
        handler(get("dataIndex"), get("seriesIndex"));
    });
    let _ = chart.on("click", closure.as_ref().unchecked_ref());
    closure
}

pub fn refit(chart: &Instance) {
    let _ = chart.resize();
}

/// Closes an open tooltip (Escape, or a tap elsewhere on the page).
pub fn hide_tip(chart: &Instance) {
    let action = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&action, &"type".into(), &"hideTip".into());
    let _ = chart.dispatch_action(&action);
}

pub fn stop(chart: &Instance) {
    let _ = chart.dispose();
}

/// True when the user asked the system for less motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

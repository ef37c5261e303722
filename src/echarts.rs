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

/// The ECharts bundle, relative to the dashboard's page, or to `mount.js`'s base address when
/// the dashboard is mounted in another site's page.
const BUNDLE: &str = "echarts/echarts.js";

enum Loading {
    NotAsked,
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

/// Runs `f` once ECharts has arrived and run, or has failed to (then each chart says it is
/// unavailable). Nothing fetches ECharts before a chart asks for it: the first view (the
/// overview) draws its charts itself, so a reader who never opens a history never downloads
/// it; a repeat visit gets it from the offline worker's cache.
pub fn when_loaded(f: impl FnOnce() + 'static) {
    enum Then {
        RunNow(Box<dyn FnOnce()>),
        Wait,
        RunScript,
    }
    let then = LOADING.with_borrow_mut(|l| match l {
        Loading::Done => Then::RunNow(Box::new(f)),
        Loading::NotAsked if present() => {
            *l = Loading::Done;
            Then::RunNow(Box::new(f))
        }
        Loading::Waiting(waiting) => {
            waiting.push(Box::new(f));
            Then::Wait
        }
        Loading::NotAsked => {
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

/// Fetches ECharts now if nothing has yet, for a view whose reader is likely to open a
/// history next (a list of indicators): that history then draws with its page.
pub fn fetch_ahead() {
    when_loaded(|| {});
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
    let _ = script.set_attribute("src", &format!("{}{BUNDLE}", crate::embed::base().unwrap_or_default()));
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

/// Opens the tooltip for what lies under (x, y) in the chart: where the reader's pointer
/// woke a chart shown as its written drawing, so the first hover or tap is answered.
pub fn show_tip(chart: &Instance, x: i32, y: i32) {
    tip(chart, "showTip", Some((x, y)));
}

/// Closes an open tooltip (Escape, or a tap elsewhere on the page).
pub fn hide_tip(chart: &Instance) {
    tip(chart, "hideTip", None);
}

fn tip(chart: &Instance, kind: &str, at: Option<(i32, i32)>) {
    let action = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&action, &"type".into(), &kind.into());
    if let Some((x, y)) = at {
        let _ = js_sys::Reflect::set(&action, &"x".into(), &x.into());
        let _ = js_sys::Reflect::set(&action, &"y".into(), &y.into());
    }
    let _ = chart.dispatch_action(&action);
}

pub fn stop(chart: &Instance) {
    let _ = chart.dispose();
}

/// True when the user asked the system for less motion.
pub fn reduced_motion() -> bool {
    // A page written ahead of time draws no chart: there is no motion to reduce.
    crate::tasks::in_browser()
        && web_sys::window()
            .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
            .is_some_and(|m| m.matches())
}

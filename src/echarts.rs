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

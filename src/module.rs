//! A wasm module of our own fetched when a view or a reader first needs it (the comparison
//! views, `components/lazy.rs`; the committee report; the publish page's site writer):
//! imported by its address, started, and its exported functions looked up by name.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn import_module(url: &str) -> Result<js_sys::Promise, JsValue>;
}

/// What went wrong, as the browser said it.
pub fn reason(e: JsValue) -> String {
    e.as_string().or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string())).unwrap_or_default()
}

/// The module at `url`, imported and started (its wasm fetched and instantiated).
pub async fn start(url: &str) -> Result<JsValue, String> {
    // The import written out, not `import(url).await`: one future less in the dashboard's wasm.
    let module =
        wasm_bindgen_futures::JsFuture::from(import_module(url).map_err(reason)?).await.map_err(reason)?;
    let init = function(&module, "default").ok_or_else(String::new)?;
    let started = init.call0(&JsValue::NULL).map_err(reason)?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(started)).await.map_err(reason)?;
    Ok(module)
}

/// The module's exported function `name`.
pub fn function(module: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(module, &name.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
}

/// The address of this build's module `name` ("compare", "report"): named in the page by the
/// build (`<meta name="scorecard-NAME">`), or by `mount.js` beside its base address when the
/// dashboard is mounted in a host page.
pub fn address(name: &str) -> Option<String> {
    let window = web_sys::window()?;
    let mount = js_sys::Reflect::get(&window, &"__scorecardMount".into()).ok().filter(|m| m.is_object());
    if let Some(m) = mount {
        let get = |k: &str| js_sys::Reflect::get(&m, &k.into()).ok().and_then(|v| v.as_string());
        return Some(format!("{}{}", get("base")?, get(name)?));
    }
    let path = crate::embed::meta(&format!("scorecard-{name}"))?;
    web_sys::Url::new_with_base(&path, &window.location().href().ok()?).ok().map(|u| u.href())
}

/// Starts the module at `url` and calls its `function` with one request (JSON), and `with`
/// where the function takes what the request is about (a chart's panel on the page); gives
/// what it returns (or promises), or why not.
pub async fn call(url: &str, function_name: &str, request: &str, with: &JsValue) -> Result<JsValue, String> {
    let module = start(url).await?;
    let f = function(&module, function_name).ok_or_else(String::new)?;
    let out = f.call2(&JsValue::NULL, &request.into(), with).map_err(reason)?;
    // An async function of the module gives a promise.
    match out.dyn_ref::<js_sys::Promise>() {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise.clone()).await.map_err(reason),
        None => Ok(out),
    }
}

/// [`call`], for a function that gives bytes.
pub async fn call_for_bytes(url: &str, function_name: &str, request: &str) -> Result<Vec<u8>, String> {
    Ok(js_sys::Uint8Array::new(&call(url, function_name, request, &JsValue::UNDEFINED).await?).to_vec())
}

/// In a task of its own, asks this build's module `name` ("report", "export") to run
/// `function_name` on one request (JSON) and `with` ([`call`]), then tells `done` what it
/// gave, or why not (a page without the module: the publish page's preview).
pub fn ask(
    name: &'static str,
    function_name: &'static str,
    request: String,
    with: JsValue,
    done: impl FnOnce(Result<JsValue, String>) + 'static,
) {
    leptos::task::spawn_local(async move {
        done(match address(name) {
            Some(url) => call(&url, function_name, &request, &with).await,
            None => Err(crate::i18n::t().report_unavailable().to_string()),
        })
    });
}

/// The JavaScript module at `url`, imported (a file of ours, such as ECharts for images).
pub async fn import(url: &str) -> Result<JsValue, String> {
    wasm_bindgen_futures::JsFuture::from(import_module(url).map_err(reason)?).await.map_err(reason)
}

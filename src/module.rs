//! A wasm module of our own fetched when a view or an officer first needs it (the comparison
//! views, `components/lazy.rs`; the publish page's site writer): imported by its address,
//! started, and its exported functions looked up by name.

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

//! Lower case for matching and sorting, done by the browser: Rust's `to_lowercase` brings
//! Unicode's case tables into the wasm (about 12 KB), which the browser already has.

/// `s` in lower case by the full Unicode rules ("ŴYL" → "ŵyl").
pub fn lower(s: &str) -> String {
    String::from(js_sys::JsString::from(s).to_lower_case())
}

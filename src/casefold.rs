//! Lower case for matching and sorting, done by the browser: Rust's `to_lowercase` brings
//! Unicode's case tables into the wasm (about 12 KB), which the browser already has. Native
//! builds (the crate's own tests) use Rust's, which follows the same Unicode rules.

/// `s` in lower case by the full Unicode rules ("ŴYL" → "ŵyl").
#[cfg(target_arch = "wasm32")]
pub fn lower(s: &str) -> String {
    String::from(js_sys::JsString::from(s).to_lower_case())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

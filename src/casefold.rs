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

/// Many texts lower-cased in one call into the browser, not one call each: the search keys
/// of thousands of indicators cost one crossing. The separator has no case.
pub fn lower_all(texts: &[String]) -> Vec<String> {
    const SEPARATOR: char = '\u{1E}';
    lower(&texts.join(&SEPARATOR.to_string())).split(SEPARATOR).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn many_texts_are_lowered_together_and_come_back_apart() {
        let texts = vec!["ŴYL Ddewi".to_string(), String::new(), "Council TAX\u{1F}BV 9".to_string()];
        assert_eq!(super::lower_all(&texts), ["ŵyl ddewi", "", "council tax\u{1F}bv 9"]);
    }
}

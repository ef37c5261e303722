//! A CSV field as Scorecard writes it, for every CSV it writes (the dashboard's "Download CSV"
//! and the officer's template): quoted where needed, and text that a spreadsheet would run as
//! a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, a tab or carriage return first) defused with a
//! leading apostrophe, which the importer takes off again ([`undefused`]). Numbers are
//! written as they are: `-5` is a figure, not a formula.

/// Characters that make a spreadsheet read a cell as a formula (OWASP's list).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `s` as a CSV field; `text` says it is text (defused), not a number.
pub fn field(s: &str, text: bool) -> String {
    let s = if text && s.starts_with(FORMULA_START) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// A cell read back from a CSV: the apostrophe [`field`] put before formula-like text removed.
pub fn undefused(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_a_spreadsheet_would_run_is_defused_and_read_back() {
        assert_eq!(field("=HYPERLINK(\"x\")", true), "\"'=HYPERLINK(\"\"x\"\")\"");
        for s in ["=1+1", "+44 1234", "-5", "@SUM(A1)", "\tx"] {
            let written = field(s, true);
            assert!(written.trim_start_matches('"').starts_with('\''), "{s:?} → {written:?}");
            assert_eq!(undefused(&format!("'{s}")), s);
        }
        assert_eq!(field("-5", false), "-5");
        assert_eq!(undefused("'twas"), "'twas");
        assert_eq!(field("a,b", true), "\"a,b\"");
        assert_eq!(field("line\nbreak", true), "\"line\nbreak\"");
        assert_eq!(field("plain", true), "plain");
    }
}

//! Every sentence the core says to a person, in one place (a Welsh version will follow).

use crate::read::json::Json as Value;
use crate::text::clip;

/// "the string \"96.2%\"", "the number 5", "an object": how a found value is described.
pub fn describe(v: &Value<'_>) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the string \"{}\"", clip(s, 40)),
        Value::Array(_) => "a list [...]".into(),
        Value::Object(_) => "an object {...}".into(),
    }
}

pub fn expected(what: &str, found: &Value<'_>) -> String {
    format!("expected {what}, found {}", describe(found))
}

pub fn missing(field: &str) -> String {
    format!("the required field \"{field}\" is missing")
}

pub fn one_of(allowed: &[&str], found: &Value<'_>) -> String {
    let list = allowed.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>().join(", ");
    format!("expected one of {list}, found {}", describe(found))
}

pub fn repeated_field(name: &str) -> String {
    format!("the field \"{}\" is given more than once; the last one is used", clip(name, 40))
}

pub fn unknown_field(name: &str) -> String {
    format!("unknown field \"{}\" is ignored", clip(name, 40))
}

pub fn too_large(bytes: usize, limit: usize) -> String {
    format!(
        "the file is {} MB; a scorecard may be at most {} MB",
        crate::decimal::format_fixed(bytes as f64 / 1_048_576.0, 1),
        limit / 1_048_576
    )
}

pub fn not_utf8(offset: usize, line: usize) -> String {
    format!("the file is not UTF-8 text (an invalid byte at line {line}, byte {offset}); save it as \"CSV UTF-8\" or \"UTF-8\" from your spreadsheet or editor")
}

pub fn too_deep(limit: usize, line: usize) -> String {
    format!("the data is nested deeper than {limit} levels (at line {line})")
}

pub fn not_json(err: &str) -> String {
    format!("the file is not valid JSON: {err}")
}

pub fn top_level_not_object(found: &Value<'_>) -> String {
    format!("the top level of a scorecard must be an object {{...}}, found {}", describe(found))
}

pub fn format_missing() -> String {
    "the field \"format\" is missing: a scorecard starts with \"format\": \"scorecard/1\"".into()
}

pub fn wrong_format(found: &Value<'_>) -> String {
    format!(
        "this file is in format {}; this version of Scorecard reads \"scorecard/1\"",
        describe(found).trim_start_matches("the string ")
    )
}

pub fn bad_slug(found: &str) -> String {
    format!("\"{}\" is not a valid id: use lower-case letters, digits and hyphens, starting with a letter or digit", clip(found, 40))
}

pub fn duplicate_id(id: &str, first: &str) -> String {
    format!("the id \"{id}\" is already used at {first}")
}

pub fn duplicate_period(period: &str, first: &str) -> String {
    format!("{period} is already given at {first}")
}

pub fn unknown_ref(kind: &str, id: &str) -> String {
    format!("there is no {kind} with the id \"{}\"", clip(id, 40))
}

pub fn frequency_mismatch(period: &str, form: &str, frequency: &str, example: &str) -> String {
    format!("{period} is a {form}, but this indicator is {frequency}: use periods such as \"{example}\"")
}

pub fn suppressed_with_value() -> String {
    "a suppressed entry must not carry a value: the number would be public in the file; remove it or set it to null".into()
}

pub fn sensitive_count(value: f64, below: u32) -> String {
    format!(
        "a sensitive count of {} is below {below} and must be published as suppressed (\"suppressed\": true, no value)",
        crate::decimal::shortest(value)
    )
}

pub fn bad_date(found: &str) -> String {
    format!("\"{}\" is not a date: use YYYY-MM-DD, such as \"2023-11-20\"", clip(found, 40))
}

pub fn out_of_range(what: &str, lo: i64, hi: i64, found: &Value<'_>) -> String {
    format!("{what} must be a whole number from {lo} to {hi}, found {}", describe(found))
}

pub fn not_https(found: &str) -> String {
    format!("\"{}\" is not an https:// address", clip(found, 60))
}

pub fn bad_gss_code(found: &str) -> String {
    format!("\"{}\" is not an ONS GSS code such as \"E07000062\"", clip(found, 20))
}

pub fn bad_currency(found: &str) -> String {
    format!("\"{}\" is not a three-letter currency code such as \"GBP\"", clip(found, 20))
}

pub fn tolerance_shape() -> String {
    "a tolerance is {\"percent\": p} or {\"absolute\": a}, with one non-negative number".into()
}

pub fn empty_text() -> String {
    "the text is empty".into()
}

pub fn unknown_language(lang: &str) -> String {
    format!("the language \"{}\" is not listed in \"languages\"", clip(lang, 20))
}

pub fn no_explanation(status: &str, period: &str) -> String {
    format!("{status} in {period} with no explanation")
}

pub fn status_differs(reported: &str, calculated: &str, period: &str) -> String {
    format!("the reported status {reported} in {period} differs from the calculated status {calculated}")
}

pub fn current_period_empty(period: &str) -> String {
    format!("the current period {period} has no observations")
}

pub fn not_finite() -> String {
    "expected a finite number".into()
}

mod import;
pub use import::*;

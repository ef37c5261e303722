//! Typed access to JSON values that records a diagnostic, with its pointer, for every
//! value of the wrong kind. Each getter returns `None` after reporting.

use super::json::{get, Fields, Json as Value};
use crate::diag::{Diagnostic, Path, Severity};
use crate::messages as msg;
use crate::model::{Date, Tolerance};
use crate::period::Period;
use crate::text::Text;

pub type Object<'a> = Fields<'a>;

#[derive(Default)]
pub struct Reporter {
    pub diagnostics: Vec<Diagnostic>,
    pub errors: usize,
    /// Languages the file declares; Text in any other is warned about.
    pub languages: Vec<String>,
}

impl Reporter {
    pub fn error(&mut self, at: &Path, message: String) {
        self.errors += 1;
        self.diagnostics.push(Diagnostic { severity: Severity::Error, pointer: at.pointer(), message });
    }

    pub fn warn(&mut self, at: &Path, message: String) {
        self.diagnostics.push(Diagnostic { severity: Severity::Warning, pointer: at.pointer(), message });
    }

    /// Warns about every field of `obj` that the format does not define.
    /// Also warns about a field given twice (the last one counts).
    pub fn unknown_fields(&mut self, obj: &Object, at: &Path, known: &[&str]) {
        for (i, (key, _)) in obj.iter().enumerate() {
            if !known.contains(&key.as_ref()) {
                self.warn(&at.key(key), msg::t().unknown_field(key));
            }
            if obj[..i].iter().any(|(k, _)| k == key) {
                self.warn(&at.key(key), msg::t().repeated_field(key));
            }
        }
    }

    pub fn object<'v, 'a>(&mut self, v: &'v Value<'a>, at: &Path) -> Option<&'v Object<'a>> {
        match v {
            Value::Object(m) => Some(m),
            other => {
                self.error(at, msg::t().expected(msg::Expected::Object, other));
                None
            }
        }
    }

    pub fn array<'v, 'a>(&mut self, v: &'v Value<'a>, at: &Path) -> Option<&'v Vec<Value<'a>>> {
        match v {
            Value::Array(a) => Some(a),
            other => {
                self.error(at, msg::t().expected(msg::Expected::List, other));
                None
            }
        }
    }

    /// A field that must be present.
    pub fn required<'v, 'a>(&mut self, obj: &'v Object<'a>, key: &str, at: &Path) -> Option<&'v Value<'a>> {
        let v = get(obj, key);
        if v.is_none() {
            self.error(at, msg::t().missing(key));
        }
        v
    }

    pub fn string<'v>(&mut self, v: &'v Value<'_>, at: &Path) -> Option<&'v str> {
        match v {
            Value::String(s) => Some(s),
            other => {
                self.error(at, msg::t().expected(msg::Expected::Text, other));
                None
            }
        }
    }

    pub fn boolean(&mut self, v: &Value<'_>, at: &Path) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(*b),
            other => {
                self.error(at, msg::t().expected(msg::Expected::Boolean, other));
                None
            }
        }
    }

    pub fn number(&mut self, v: &Value<'_>, at: &Path) -> Option<f64> {
        match v {
            Value::Number(n) => match n.as_f64() {
                x if x.is_finite() => Some(x),
                _ => {
                    self.error(at, msg::t().not_finite());
                    None
                }
            },
            other => {
                self.error(at, msg::t().expected(msg::Expected::Number, other));
                None
            }
        }
    }

    /// A number or `null` ("no data"). `Err(())` after reporting a value of another kind.
    pub fn nullable_number(&mut self, v: Option<&Value<'_>>, at: &Path) -> Result<Option<f64>, ()> {
        match v {
            None | Some(Value::Null) => Ok(None),
            Some(v) => self.number(v, at).map(Some).ok_or(()),
        }
    }

    pub fn integer(&mut self, v: &Value<'_>, at: &Path, what: &str, lo: i64, hi: i64) -> Option<i64> {
        match v.as_i64() {
            Some(n) if (lo..=hi).contains(&n) => Some(n),
            _ => {
                self.error(at, msg::t().out_of_range(what, lo, hi, v));
                None
            }
        }
    }

    pub fn slug(&mut self, v: &Value<'_>, at: &Path) -> Option<String> {
        let s = self.string(v, at)?;
        if is_slug(s) {
            Some(s.to_string())
        } else {
            self.error(at, msg::t().bad_slug(s));
            None
        }
    }

    pub fn text(&mut self, v: &Value<'_>, at: &Path) -> Option<Text> {
        match v {
            Value::String(s) => Some(Text::plain(s.to_string())),
            Value::Object(m) if !m.is_empty() => {
                let mut versions = Vec::with_capacity(m.len());
                for (lang, s) in m {
                    let here = at.key(lang);
                    let s = self.string(s, &here)?;
                    if !self.languages.iter().any(|l| l == lang) {
                        self.warn(&here, msg::t().unknown_language(lang));
                    }
                    versions.push((lang.to_string(), s.to_string()));
                }
                // Put the file's first language first, so it is the fallback.
                let rank = |l: &str| self.languages.iter().position(|x| x == l).unwrap_or(usize::MAX);
                crate::order::sort_by(&mut versions, &|(a, _), (b, _)| rank(a).cmp(&rank(b)));
                Some(Text { versions })
            }
            other => {
                self.error(at, msg::t().expected(msg::Expected::TextOrVersions, other));
                None
            }
        }
    }

    pub fn period(&mut self, v: &Value<'_>, at: &Path) -> Option<Period> {
        let s = self.string(v, at)?;
        match Period::parse(s) {
            Ok(p) => Some(p),
            Err(e) => {
                self.error(at, e.0);
                None
            }
        }
    }

    pub fn date(&mut self, v: &Value<'_>, at: &Path) -> Option<Date> {
        let s = self.string(v, at)?;
        match parse_date(s) {
            Some(d) => Some(d),
            None => {
                self.error(at, msg::t().bad_date(s));
                None
            }
        }
    }

    /// One of a fixed set of words.
    pub fn word<T: Copy>(&mut self, v: &Value<'_>, at: &Path, words: &[(&str, T)]) -> Option<T> {
        if let Some(found) = v.as_str().and_then(|s| words.iter().find(|(w, _)| *w == s)) {
            return Some(found.1);
        }
        let allowed: Vec<&str> = words.iter().map(|(w, _)| *w).collect();
        self.error(at, msg::t().one_of(&allowed, v));
        None
    }

    pub fn tolerance(&mut self, v: &Value<'_>, at: &Path) -> Option<Tolerance> {
        let obj = self.object(v, at)?;
        let (key, make): (&str, fn(f64) -> Tolerance) = match (get(obj, "percent"), get(obj, "absolute")) {
            (Some(_), None) if obj.len() == 1 => ("percent", Tolerance::Percent),
            (None, Some(_)) if obj.len() == 1 => ("absolute", Tolerance::Absolute),
            _ => {
                self.error(at, msg::t().tolerance_shape());
                return None;
            }
        };
        let here = at.key(key);
        let x = self.number(get(obj, key)?, &here)?;
        if x < 0.0 {
            self.error(&here, msg::t().tolerance_shape());
            return None;
        }
        Some(make(x))
    }

    /// A list of slugs, each checked by `check` (which reports its own errors).
    pub fn slug_list(
        &mut self,
        v: &Value<'_>,
        at: &Path,
        mut check: impl FnMut(&mut Self, &str, &Path) -> bool,
    ) -> Option<Vec<String>> {
        let items = self.array(v, at)?;
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let here = at.index(i);
            match self.slug(item, &here) {
                Some(s) if check(self, &s, &here) => out.push(s),
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }
}

pub fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
}

pub fn parse_date(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
    };
    let (year, month, day) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&day).then_some(Date { year, month: month as u8, day: day as u8 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_real_days() {
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2023-02-29").is_none());
        assert!(parse_date("2023-11-31").is_none());
        assert!(parse_date("20/11/2023").is_none());
    }

    #[test]
    fn slugs() {
        assert!(is_slug("waste-and-recycling"));
        assert!(is_slug("2b"));
        assert!(!is_slug("-a") && !is_slug("A") && !is_slug("a_b") && !is_slug(""));
    }
}

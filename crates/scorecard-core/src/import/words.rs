//! What the words in a spreadsheet's cells mean: missing and suppressed markers, numbers as
//! officers type them, statuses, polarities, units, action statuses, frequencies, trend
//! comparisons and tolerances. The defaults are
//! `import.md`'s; a mapping file adds its own.

use crate::model::{ActionStatus, Polarity, Rag, Unit};
use crate::period::PeriodKind;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Folds a cell or header for comparison: lower case, punctuation to spaces, spaces folded.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '%' || c == '£' {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// Government tables' marks for a figure that is not there: `x` not available, `z` not
/// applicable, `:` not available (Ofsted), `low` rounds to zero (DfE), each also in brackets.
const MISSING: &[&str] = &[
    "", "n/a", "na", "#n/a", "-", "–", "—", "..", "tbc", "dna", "not available", "n a", "nan", "null", "x",
    "[x]", "z", "[z]", ":", "[:]", "low", "[low]",
];
const SUPPRESSED: &[&str] = &["*", "c", "[c]", "suppressed", "<5"];

/// A cell's meaning as a figure.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    Missing,
    Suppressed,
    /// The number, and whether the cell said it was a percentage or money.
    Number {
        value: f64,
        percent: bool,
        currency: bool,
    },
    /// Text that is none of those.
    Unreadable,
}

/// The words a scorecard's cells use, the defaults plus what a mapping adds.
#[derive(Clone, Debug, Default)]
pub struct Words {
    /// Folded status word → status (None: "no status", such as "for information").
    pub statuses: BTreeMap<String, Option<Rag>>,
    pub polarities: BTreeMap<String, Polarity>,
    pub missing: Vec<String>,
    pub suppressed: Vec<String>,
}

impl Words {
    fn is_missing(&self, raw: &str) -> bool {
        let t = raw.trim().to_lowercase();
        MISSING.contains(&t.as_str()) || self.missing.iter().any(|m| m.trim().to_lowercase() == t)
    }

    fn is_suppressed(&self, raw: &str) -> bool {
        let t = raw.trim().to_lowercase();
        SUPPRESSED.contains(&t.as_str()) || self.suppressed.iter().any(|m| m.trim().to_lowercase() == t)
    }

    /// A text cell as a figure: `1,234`, `£1,234.50`, `92.5%`, `(12)`, `−3`, with spaces.
    pub fn figure(&self, raw: &str) -> Figure {
        // Most cells are plain numbers: read them without the word lists.
        let t = raw.trim();
        if t.starts_with(|c: char| c.is_ascii_digit()) || (t.starts_with('-') && t.len() > 1) {
            if let Ok(value) = t.parse::<f64>() {
                if value.is_finite() {
                    return Figure::Number { value, percent: false, currency: false };
                }
            }
        }
        if self.is_missing(raw) {
            return Figure::Missing;
        }
        if self.is_suppressed(raw) {
            return Figure::Suppressed;
        }
        match number(raw) {
            Some((value, percent, currency)) => Figure::Number { value, percent, currency },
            None => Figure::Unreadable,
        }
    }

    /// A status word: `Some(Some(rag))`, `Some(None)` for a word that means "no status",
    /// `None` for a word that is not a status.
    pub fn status(&self, raw: &str) -> Option<Option<Rag>> {
        let f = fold(raw);
        if let Some(s) = self.statuses.get(&f) {
            return Some(*s);
        }
        let rag = match f.as_str() {
            // A Welsh council's sheet says coch, oren (or ambr) and gwyrdd.
            "r" | "red" | "off target" | "below target" | "alert" | "coch" => Some(Rag::Red),
            "a"
            | "amber"
            | "close to target"
            | "slightly below target"
            | "within tolerance"
            | "warning"
            | "oren"
            | "ambr" => Some(Rag::Amber),
            "g" | "green" | "on target" | "above target" | "achieved" | "met" | "ok" | "gwyrdd" => {
                Some(Rag::Green)
            }
            "data only" | "for information" | "unknown" | "for info" | "for info only" | "info only"
            | "data yn unig" | "" => None,
            _ => return None,
        };
        Some(rag)
    }

    pub fn polarity(&self, raw: &str) -> Option<Polarity> {
        // Open data's polarity as a sign (ONS: 1 higher is better, -1 lower), before folding
        // takes the minus away.
        match raw.trim() {
            "1" | "+1" => return Some(Polarity::Higher),
            "-1" => return Some(Polarity::Lower),
            _ => {}
        }
        let f = fold(raw);
        if let Some(p) = self.polarities.get(&f) {
            return Some(*p);
        }
        polarity(&f)
    }
}

/// Open data's status codes (ONS Explore Local Statistics, ONS's own tables): `x` not
/// available, `c` confidential (withheld: the observation is suppressed), `z` not applicable,
/// `u` low reliability. The code, and whether it suppresses the figure.
pub fn open_data_status(raw: &str) -> Option<(char, bool)> {
    match raw.trim() {
        "x" | "X" => Some(('x', false)),
        "c" | "C" => Some(('c', true)),
        "z" | "Z" => Some(('z', false)),
        "u" | "U" => Some(('u', false)),
        _ => None,
    }
}

fn polarity(f: &str) -> Option<Polarity> {
    Some(match f {
        "higher is better" | "bigger is better" | "high" | "up" | "aim to maximise" | "maximise"
        | "increase" | "descending" | "desc" | "higher" => Polarity::Higher,
        "lower is better" | "smaller is better" | "low" | "down" | "aim to minimise" | "minimise"
        | "reduce" | "ascending" | "asc" | "lower" => Polarity::Lower,
        "goldilocks" | "on target is best" | "aim to maintain" | "target" => Polarity::Target,
        "gorau po uchaf" => Polarity::Higher,
        "gorau po isaf" => Polarity::Lower,
        "agosaf at y targed" => Polarity::Target,
        "data yn unig" | "niwtral" => Polarity::Neutral,
        "data only" | "none" | "neutral" => Polarity::Neutral,
        _ => return None,
    })
}

/// A unit word (`%`, `Percentage`, `£`, `Days`…); the file format's own words too.
pub fn unit(raw: &str) -> Option<Unit> {
    let t = raw.trim();
    if t == "%" {
        return Some(Unit::Percent);
    }
    if t == "£" {
        return Some(Unit::Currency);
    }
    let f = fold(t);
    Some(match f.as_str() {
        "percentage" | "percent" | "%" | "canran" => Unit::Percent,
        "money" | "cost" | "currency" | "£" | "gbp" | "arian" | "cost ariannol" => Unit::Currency,
        "days" | "day" | "diwrnod" | "diwrnodau" => Unit::Days,
        "number" | "count" | "numeric" | "nifer" | "rhif" => Unit::Number,
        "ratio" | "cymhareb" => Unit::Ratio,
        "rate" | "cyfradd" => Unit::Rate,
        _ => return Unit::parse(&f),
    })
}

/// An action status in the words officers use (`Not Started`, `On Track`, `at-risk`…).
pub fn action_status(raw: &str) -> Option<ActionStatus> {
    Some(match fold(raw).as_str() {
        "not started" | "heb ddechrau" => ActionStatus::NotStarted,
        "on track" | "ar y trywydd iawn" => ActionStatus::OnTrack,
        "at risk" | "mewn perygl" => ActionStatus::AtRisk,
        "off track" | "ddim ar y trywydd iawn" => ActionStatus::OffTrack,
        "complete" | "completed" | "wedi cwblhau" | "cwblhawyd" => ActionStatus::Complete,
        "cancelled" | "canceled" | "wedi i ganslo" | "canslwyd" => ActionStatus::Cancelled,
        _ => return None,
    })
}

/// A comment cell that says there is no comment (`No notes`, `n/a`, `-`).
pub fn no_comment(raw: &str) -> bool {
    let t = raw.trim().to_lowercase();
    MISSING.contains(&t.as_str()) || matches!(t.as_str(), "no notes" | "no comment" | "no comments" | "none")
}

/// A yes/no cell (the template's "Suppressed" and "Sensitive" columns).
pub fn yes(raw: &str) -> bool {
    matches!(fold(raw).as_str(), "yes" | "y" | "true" | "1" | "x")
}

/// A number as typed: `1,234`, `£1,234.50`, `92.5%`, `(12)` as −12, `−3` with a minus sign,
/// surrounded by spaces or no-break spaces. Returns (value, was a percentage, was money).
pub fn number(raw: &str) -> Option<(f64, bool, bool)> {
    let mut s: String =
        raw.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}').collect();
    let mut negative = false;
    if s.starts_with('(') && s.ends_with(')') && s.len() > 2 {
        negative = true;
        s = s[1..s.len() - 1].to_string();
    }
    let s = s.replace(['−', '–'], "-");
    let (s, percent) = match s.strip_suffix('%') {
        Some(rest) => (rest.to_string(), true),
        None => (s, false),
    };
    let (s, currency) = if let Some(rest) = s.strip_prefix('£') {
        (rest.to_string(), true)
    } else if let Some(rest) = s.strip_prefix("-£") {
        (format!("-{rest}"), true)
    } else {
        (s, false)
    };
    if s.is_empty()
        || !s.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '+' | 'e' | 'E'))
    {
        return None;
    }
    // Thousands separators: commas between groups of three digits only.
    let plain = if s.contains(',') {
        let int_part = s.split('.').next().unwrap_or("");
        let groups: Vec<&str> = int_part.trim_start_matches(['-', '+']).split(',').collect();
        let grouped = groups.len() > 1
            && !groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3);
        if !grouped {
            return None;
        }
        s.replace(',', "")
    } else {
        s
    };
    let v: f64 = plain.parse().ok()?;
    v.is_finite().then_some((if negative { -v } else { v }, percent, currency))
}

/// A frequency as a sheet may write it: `Quarterly`, `quarter`, `Annual`, `yearly`.
pub fn frequency_word(w: &str) -> Option<PeriodKind> {
    match fold(w).as_str() {
        "monthly" | "month" | "months" => Some(PeriodKind::Month),
        "quarterly" | "quarter" | "quarters" => Some(PeriodKind::Quarter),
        "annual" | "annually" | "yearly" | "year" | "years" => Some(PeriodKind::Year),
        _ => None,
    }
}

/// The trend's comparison in words: `previous`, `last year`, `auto`.
pub fn compare_word(w: &str) -> Option<&'static str> {
    match fold(w).as_str() {
        "previous" | "previous period" => Some("previous"),
        "last year" | "same period last year" => Some("last-year"),
        "auto" => Some("auto"),
        _ => None,
    }
}

/// `5%` → `{"percent": 5}`, `2.5` or `2.5 absolute` → `{"absolute": 2.5}`.
pub fn tolerance(s: &str) -> Option<Value> {
    let t = s.trim();
    if let Some(p) = t.strip_suffix('%') {
        return p.trim().parse::<f64>().ok().filter(|x| *x >= 0.0).map(|x| json!({"percent": x}));
    }
    let n = t.trim_end_matches(|c: char| c.is_alphabetic() || c == ' ');
    n.trim().parse::<f64>().ok().filter(|x| *x >= 0.0).map(|x| json!({"absolute": x}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_officers_type_them() {
        assert_eq!(number("1,234"), Some((1234.0, false, false)));
        assert_eq!(number(" £1,234.50 "), Some((1234.5, false, true)));
        assert_eq!(number("92.5%"), Some((92.5, true, false)));
        assert_eq!(number("(12)"), Some((-12.0, false, false)));
        assert_eq!(number("−3"), Some((-3.0, false, false)));
        assert_eq!(number("\u{a0}7\u{a0}"), Some((7.0, false, false)));
        assert_eq!(number("-28"), Some((-28.0, false, false)));
        assert_eq!(number("1,23"), None, "a decimal comma is not a thousands separator");
        assert_eq!(number("12 days"), None);
        assert_eq!(number("inf"), None);
    }

    #[test]
    fn a_welsh_councils_words_are_read() {
        let w = Words::default();
        assert_eq!(w.status("Coch"), Some(Some(Rag::Red)));
        assert_eq!(w.status("Oren"), Some(Some(Rag::Amber)));
        assert_eq!(w.status("Gwyrdd"), Some(Some(Rag::Green)));
        assert_eq!(action_status("Ar y trywydd iawn"), Some(ActionStatus::OnTrack));
        assert_eq!(action_status("Wedi'i ganslo"), Some(ActionStatus::Cancelled));
        assert_eq!(w.polarity("Gorau po isaf"), Some(Polarity::Lower));
        assert_eq!(w.polarity("Agosaf at y targed"), Some(Polarity::Target));
        assert_eq!(w.polarity("Data yn unig"), Some(Polarity::Neutral));
        assert_eq!(unit("Canran"), Some(Unit::Percent));
        assert_eq!(unit("Diwrnodau"), Some(Unit::Days));
    }

    #[test]
    fn missing_suppressed_and_unreadable_differ() {
        let w = Words::default();
        for m in ["", " ", "n/a", "N/A", "NA", "#N/A", "-", "–", "—", "..", "TBC", "dna", "not available"]
        {
            assert_eq!(w.figure(m), Figure::Missing, "{m:?}");
        }
        for s in ["*", "c", "[c]", "suppressed", "<5"] {
            assert_eq!(w.figure(s), Figure::Suppressed, "{s:?}");
        }
        assert_eq!(w.figure("lots"), Figure::Unreadable);
        let mut w = Words::default();
        w.missing.push("0 (not agreed)".into());
        w.suppressed.push("<3".into());
        assert_eq!(w.figure("0 (not agreed)"), Figure::Missing);
        assert_eq!(w.figure("<3"), Figure::Suppressed);
    }

    #[test]
    fn status_words() {
        let w = Words::default();
        assert_eq!(w.status("R"), Some(Some(Rag::Red)));
        assert_eq!(w.status("Close to target"), Some(Some(Rag::Amber)));
        assert_eq!(w.status("Achieved"), Some(Some(Rag::Green)));
        assert_eq!(w.status("Alert"), Some(Some(Rag::Red)));
        assert_eq!(w.status("OK"), Some(Some(Rag::Green)));
        assert_eq!(w.status("Data only"), Some(None));
        assert_eq!(w.status("purple"), None);
        let mut w = Words::default();
        w.statuses.insert(fold("for info only"), None);
        assert_eq!(w.status("For info only"), Some(None));
    }

    #[test]
    fn polarity_and_unit_words() {
        let w = Words::default();
        assert_eq!(w.polarity("Aim to Minimise"), Some(Polarity::Lower));
        assert_eq!(w.polarity("Descending"), Some(Polarity::Higher));
        assert_eq!(w.polarity("DESC"), Some(Polarity::Higher));
        assert_eq!(w.polarity("Goldilocks"), Some(Polarity::Target));
        assert_eq!(w.polarity("None"), Some(Polarity::Neutral));
        assert_eq!(w.polarity("sideways"), None);
        assert_eq!(w.polarity("1"), Some(Polarity::Higher));
        assert_eq!(w.polarity(" -1"), Some(Polarity::Lower));
        assert_eq!(unit("%"), Some(Unit::Percent));
        assert_eq!(unit("Money"), Some(Unit::Currency));
        assert_eq!(unit("tonnes"), Some(Unit::Tonnes));
        assert_eq!(unit("furlongs"), None);
        assert_eq!(action_status("At Risk"), Some(ActionStatus::AtRisk));
        assert_eq!(action_status("at-risk"), Some(ActionStatus::AtRisk));
        assert_eq!(action_status("Completed"), Some(ActionStatus::Complete));
    }

    #[test]
    fn tolerances() {
        assert_eq!(tolerance("5%"), Some(json!({"percent": 5.0})));
        assert_eq!(tolerance("1.5 absolute"), Some(json!({"absolute": 1.5})));
        assert_eq!(tolerance("lots"), None);
    }
}

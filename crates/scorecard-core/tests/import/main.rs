//! Spreadsheets in: every layout, the words and spellings of `import.md`, bad input
//! (`sheets`), workbooks' formats, dates, formulas and errors (`workbooks`), and the real
//! council files in `../shared/data/real/` (`real`; skipped, saying so, where that folder is
//! absent). This file holds what they share.
#![cfg(all(feature = "import", feature = "template"))]

mod real;
mod sheets;
mod workbooks;

use scorecard_core::import::{import, Imported, Level, Mapping, Options};
use scorecard_core::Period;
use serde_json::Value;

pub fn opts() -> Options {
    Options {
        organisation: Some("Test Council".into()),
        today: Some("2024-11-01".into()),
        ..Options::default()
    }
}

pub fn with_period(p: &str) -> Options {
    Options { period: Some(Period::parse(p).unwrap()), ..opts() }
}

pub fn doc(i: &Imported) -> Value {
    i.document().unwrap_or_else(|| panic!("fatal: {:?}; problems {:?}", i.fatal, i.problems))
}

pub fn indicator(i: &Imported, code: &str) -> Value {
    doc(i)["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == code || x["id"] == code)
        .cloned()
        .unwrap_or_else(|| panic!("no {code} in {}", doc(i)))
}

/// (period, value, target, reported status) of an observation.
pub type Figures = (String, Option<f64>, Option<f64>, Option<String>);

pub fn figures(i: &Imported, code: &str) -> Vec<Figures> {
    indicator(i, code)["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["period"].as_str().unwrap().to_string(),
                v["value"].as_f64(),
                v["target"].as_f64(),
                v["reported_status"].as_str().map(str::to_string),
            )
        })
        .collect()
}

pub fn problems(i: &Imported, level: Level) -> Vec<String> {
    i.problems.iter().filter(|p| p.severity == level).map(|p| format!("{}: {}", p.cell, p.message)).collect()
}

/// The imported document passes the core's own reader with no error.
pub fn checks_clean(i: &Imported) {
    let text = serde_json::to_string(&doc(i)).unwrap();
    let loaded = scorecard_core::read(text.as_bytes());
    let errors: Vec<_> =
        loaded.diagnostics.iter().filter(|d| d.severity == scorecard_core::Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

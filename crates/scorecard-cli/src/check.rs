//! `scorecard check FILE...`

use crate::{args, read_input};
use scorecard_core::messages as msg;
use scorecard_core::{read, Diagnostic, Loaded, Severity};
use serde::Serialize;

#[derive(Serialize)]
struct FileReport<'a> {
    file: &'a str,
    fatal: bool,
    diagnostics: &'a [Diagnostic],
    indicators: usize,
    actions: usize,
    left_out: usize,
}

pub fn run(argv: &[String]) -> Result<u8, String> {
    let a = args::parse(argv, &[])?;
    if a.positional.is_empty() {
        return Err(msg::t().check_needs_file());
    }
    let mut worst = 0;
    for file in &a.positional {
        let loaded = match read_input(file) {
            Ok(bytes) => read(&bytes),
            Err(message) => Loaded {
                diagnostics: vec![Diagnostic { severity: Severity::Error, pointer: String::new(), message }],
                ..Loaded::default()
            },
        };
        let (indicators, actions) =
            loaded.scorecard.as_ref().map_or((0, 0), |s| (s.indicators.len(), s.actions.len()));
        if a.json {
            let report = FileReport {
                file,
                fatal: loaded.is_fatal(),
                diagnostics: &loaded.diagnostics,
                indicators,
                actions,
                left_out: loaded.left_out.total(),
            };
            outln!("{}", serde_json::to_string(&report).map_err(|e| e.to_string())?);
        } else {
            for d in &loaded.diagnostics {
                outln!("{file}: {} {}: {}", msg::t().severity(d.severity), d.pointer, d.message);
            }
            outln!("{file}: {}", summary(&loaded, indicators, actions));
        }
        worst = worst.max(loaded.exit_code());
    }
    Ok(worst as u8)
}

fn summary(loaded: &Loaded, indicators: usize, actions: usize) -> String {
    if loaded.is_fatal() {
        return msg::t().nothing_read();
    }
    msg::t().check_summary(indicators, actions, loaded.left_out.total(), loaded.warnings().count())
}

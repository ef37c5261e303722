//! `scorecard check FILE...`: the file's problems, and where its figures differ from the
//! benchmark packs it names.

use crate::{args, read_input, Failure};
use scorecard_core::messages as msg;
use scorecard_core::model::Scorecard;
use scorecard_core::pack::{linked, read as pack_read};
use scorecard_core::{read, Diagnostic, Loaded, Severity};
use serde::Serialize;
use std::path::Path;

#[derive(Serialize)]
struct FileReport<'a> {
    file: &'a str,
    fatal: bool,
    diagnostics: &'a [Diagnostic],
    indicators: usize,
    actions: usize,
    left_out: usize,
}

pub fn run(argv: &[String]) -> Result<u8, Failure> {
    let a = args::parse(argv, &["site"])?;
    if let Some(dir) = a.option("site") {
        return crate::site_check::run(dir, a.json);
    }
    if a.positional.is_empty() {
        return Err(Failure::Usage(msg::t().check_needs_file()));
    }
    let mut worst = 0;
    for file in &a.positional {
        let mut loaded = match read_input(file) {
            Ok(bytes) => read(&bytes),
            Err(message) => Loaded {
                diagnostics: vec![Diagnostic { severity: Severity::Error, pointer: String::new(), message }],
                ..Loaded::default()
            },
        };
        if let Some(sc) = &loaded.scorecard {
            let found = beside_packs(file, sc);
            loaded.diagnostics.extend(found);
        }
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
            outln!("{}", serde_json::to_string(&report).map_err(|e| Failure::Fatal(e.to_string()))?);
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

/// Warnings from the packs the scorecard names, read beside the file as the dashboard reads
/// them beside the page: where the council's figure differs from the pack's, and a pack that
/// could not be opened (compare spec §2).
fn beside_packs(file: &str, sc: &Scorecard) -> Vec<Diagnostic> {
    let folder = Path::new(file).parent().unwrap_or(Path::new("."));
    let mut out = Vec::new();
    for (i, url) in sc.packs.iter().enumerate() {
        let not_checked = |reason: String| Diagnostic {
            severity: Severity::Warning,
            pointer: format!("/packs/{i}"),
            message: msg::p().pack_not_checked(url, &reason),
        };
        if !pack_read::is_beside(url) {
            out.push(not_checked(msg::t().pack_elsewhere(url)));
            continue;
        }
        let mut opened = match crate::pack::open(&folder.join(url).display().to_string()) {
            Ok(o) => o,
            Err(Failure::Fatal(m) | Failure::Usage(m)) => {
                out.push(not_checked(m));
                continue;
            }
        };
        let links: Vec<(usize, String)> =
            linked::linked(sc, &opened.pack).into_iter().map(|(i, m)| (i, m.id.clone())).collect();
        for (at, measure) in links {
            match opened.shard(&measure) {
                Ok(shard) => {
                    let m = opened.pack.measure(&measure).expect("a linked measure is in its pack");
                    out.extend(linked::differences(sc, &sc.indicators[at], m, &shard));
                }
                Err(reason) => out.push(not_checked(reason)),
            }
        }
    }
    out
}

fn summary(loaded: &Loaded, indicators: usize, actions: usize) -> String {
    if loaded.is_fatal() {
        return msg::t().nothing_read();
    }
    msg::t().check_summary(indicators, actions, loaded.left_out.total(), loaded.warnings().count())
}

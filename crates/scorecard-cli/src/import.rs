//! `scorecard import FILE …`: a spreadsheet to a `scorecard/1` file, as `import.md` says.
//! Problems are named by cell; on a fatal problem nothing is written.

use crate::{args, read_input, Failure};
use scorecard_core::import::{self, merge, Imported, Level, Mapping, Options, Problem};
use scorecard_core::messages as msg;
use scorecard_core::Period;
use serde::Serialize;

#[derive(Serialize)]
struct Report<'a> {
    file: &'a str,
    fatal: bool,
    layout: Option<&'a str>,
    mapping: &'a Mapping,
    diagnostics: &'a [Problem],
    indicators: usize,
    observations: usize,
    actions: usize,
    left_out: usize,
}

/// Today as `YYYY-MM-DD` (UTC), for the scorecard's `published` and a pack's `retrieved`.
pub(crate) fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

pub fn run(argv: &[String]) -> Result<u8, Failure> {
    let a = args::parse(
        argv,
        &["mapping", "sheet", "period", "into", "organisation", "title", "output", "o", "write-mapping"],
    )?;
    let [file] = a.positional.as_slice() else {
        return Err(Failure::Usage(msg::t().import_needs_file()));
    };
    let fatal = |reason: String| Failure::Fatal(reason);
    let mapping = match a.option("mapping") {
        Some(path) => Mapping::from_json(&read_input(path).map_err(fatal)?).map_err(fatal)?,
        None => Mapping::default(),
    };
    let period = match a.option("period") {
        Some(p) => Some(Period::parse(p).map_err(|e| Failure::Usage(format!("--period: {}", e.0)))?),
        None => None,
    };
    let output = a.option("output").or(a.option("o"));
    if a.json && output.is_none() {
        return Err(Failure::Usage(msg::t().json_needs_output()));
    }
    let opts = Options {
        mapping,
        sheet: a.option("sheet").map(str::to_string),
        period,
        organisation: a.option("organisation").map(str::to_string),
        title: a.option("title").map(str::to_string),
        today: Some(today()),
    };
    let bytes = read_input(file).map_err(fatal)?;
    let mut imported = import::import(&bytes, &opts);
    if let Some(reason) = imported.fatal.clone() {
        if a.json {
            print_json(file, &imported);
        } else {
            print_problems(file, &imported.problems, true);
        }
        return Err(Failure::Fatal(reason));
    }
    if let Some(old_path) = a.option("into") {
        let earlier = merge::Earlier::read(&read_input(old_path).map_err(fatal)?)
            .map_err(|why| fatal(format!("--into {old_path}: {why}")))?;
        merge::into(&mut imported, &earlier);
    }
    let text = imported.text.take().unwrap_or_default();
    match output {
        Some(path) => {
            std::fs::write(path, &text).map_err(|e| fatal(msg::t().cannot_write(path, &e.to_string())))?
        }
        None => {
            outln!("{}", text.trim_end());
        }
    }
    if let Some(path) = a.option("write-mapping") {
        std::fs::write(path, imported.mapping.to_json() + "\n")
            .map_err(|e| fatal(msg::t().cannot_write(path, &e.to_string())))?;
    }
    if a.json {
        print_json(file, &imported);
    } else {
        // With the scorecard on standard output, the report goes to standard error.
        print_problems(file, &imported.problems, output.is_some());
        let summary = msg::t().import_summary(
            file,
            (imported.indicators, imported.observations, imported.actions),
            imported.layout().map(|l| l.as_str()),
            imported.left_out,
            imported.problems.iter().filter(|p| p.severity == Level::Warning).count(),
        );
        if output.is_some() {
            outln!("{summary}");
        } else {
            eprintln!("{summary}");
        }
    }
    Ok(imported.exit_code())
}

fn print_problems(file: &str, problems: &[Problem], to_stdout: bool) {
    for p in problems {
        let line = if p.cell.is_empty() {
            format!("{file}: {}: {}", msg::t().import_severity(p.severity.as_str()), p.message)
        } else {
            format!("{file}: {} {}: {}", msg::t().import_severity(p.severity.as_str()), p.cell, p.message)
        };
        if to_stdout {
            outln!("{line}");
        } else {
            eprintln!("{line}");
        }
    }
}

fn print_json(file: &str, imported: &Imported) {
    let report = Report {
        file,
        fatal: imported.fatal.is_some(),
        layout: imported.layout().map(|l| l.as_str()),
        mapping: &imported.mapping,
        diagnostics: &imported.problems,
        indicators: imported.indicators,
        observations: imported.observations,
        actions: imported.actions,
        left_out: imported.left_out,
    };
    outln!("{}", serde_json::to_string(&report).unwrap_or_default());
}

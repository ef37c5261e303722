//! `scorecard export FILE.json (--xlsx OUT.xlsx | --ods OUT.ods | --csv OUT.csv)`: the officer's template,
//! filled in from a scorecard, which `scorecard import` reads back to the same scorecard.

use crate::{args, read_input, Failure};
use scorecard_core::import::template;
use scorecard_core::messages as msg;

pub fn run(argv: &[String]) -> Result<u8, Failure> {
    let a = args::parse(argv, &["xlsx", "ods", "csv"])?;
    let [file] = a.positional.as_slice() else {
        return Err(Failure::Usage(msg::t().export_needs_file()));
    };
    let loaded = scorecard_core::read(&read_input(file).map_err(Failure::Fatal)?);
    let Some(sc) = loaded.scorecard.as_ref() else {
        return Err(crate::unshowable(file, &loaded.diagnostics));
    };
    let (path, bytes) = match (a.option("xlsx"), a.option("ods"), a.option("csv")) {
        (Some(p), None, None) => (p, template::xlsx(sc).map_err(Failure::Fatal)?),
        (None, Some(p), None) => (p, template::ods(sc).map_err(Failure::Fatal)?),
        (None, None, Some(p)) => (p, template::csv(sc).into_bytes()),
        _ => return Err(Failure::Usage(msg::t().export_needs_one_of())),
    };
    std::fs::write(path, bytes).map_err(|e| Failure::Fatal(msg::t().cannot_write(path, &e.to_string())))?;
    outln!("{}", msg::t().export_summary(file, sc.indicators.len(), sc.actions.len(), path));
    Ok(if loaded.left_out.total() > 0 { 1 } else { 0 })
}

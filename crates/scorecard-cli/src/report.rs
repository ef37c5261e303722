//! `scorecard report FILE --docx OUT.docx [--period P] [--lang L]`: the committee paper's
//! performance appendix as a Word document, written by the dashboard crate's `paper` (which
//! the dashboard's "Download the committee report" runs too, so both give the same bytes).

use crate::{args, read_input, Failure};
use scorecard_app::paper;
use scorecard_core::messages as msg;
use scorecard_core::Period;

pub fn run(argv: &[String]) -> Result<u8, Failure> {
    let a = args::parse(argv, &["docx", "period"])?;
    let ([file], Some(out)) = (a.positional.as_slice(), a.option("docx")) else {
        return Err(Failure::Usage(msg::t().report_needs_docx()));
    };
    let loaded = scorecard_core::read_to_show(&read_input(file).map_err(Failure::Fatal)?);
    let Some(sc) = &loaded.scorecard else {
        return Err(crate::unshowable(file, &loaded.diagnostics));
    };
    let period = match a.option("period") {
        Some(p) => Period::parse(p).map_err(|e| Failure::Usage(e.0))?,
        None => sc.current_period,
    };
    if !sc.periods().contains(&period) {
        return Err(Failure::Fatal(msg::t().report_no_period(&period.to_string())));
    }
    let written = paper::written(sc, period, crate::asked_lang());
    std::fs::write(out, &written.bytes)
        .map_err(|e| Failure::Fatal(msg::t().cannot_write(out, &e.to_string())))?;
    outln!("{}", msg::t().report_summary(file, &period.to_string(), written.lang.code(), out));
    Ok(if loaded.left_out.total() > 0 { 1 } else { 0 })
}

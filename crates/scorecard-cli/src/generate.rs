//! `scorecard generate --indicators N --periods M`: benchmark data anyone can reproduce.

use crate::args;
use scorecard_core::messages as msg;

pub fn run(argv: &[String]) -> Result<u8, String> {
    let a = args::parse(argv, &["indicators", "periods", "output"])?;
    if let Some(extra) = a.positional.first() {
        return Err(msg::t().unexpected_argument(extra));
    }
    let (n, m) = (a.number("indicators")?, a.number("periods")?);
    if m == 0 || m > 400 {
        return Err(msg::t().periods_out_of_range());
    }
    let text =
        serde_json::to_string(&scorecard_core::generate::scorecard(n, m)).map_err(|e| e.to_string())?;
    match a.option("output") {
        Some(path) => std::fs::write(path, text).map_err(|e| msg::t().cannot_write(path, &e.to_string()))?,
        None => outln!("{text}"),
    }
    Ok(0)
}

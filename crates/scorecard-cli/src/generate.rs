//! `scorecard generate --indicators N --periods M`: benchmark data anyone can reproduce.

use crate::args;

pub fn run(argv: &[String]) -> Result<u8, String> {
    let a = args::parse(argv, &["indicators", "periods", "output"])?;
    if let Some(extra) = a.positional.first() {
        return Err(format!("unexpected argument \"{extra}\""));
    }
    let (n, m) = (a.number("indicators")?, a.number("periods")?);
    if m == 0 || m > 400 {
        return Err("--periods must be from 1 to 400".into());
    }
    let text =
        serde_json::to_string(&scorecard_core::generate::scorecard(n, m)).map_err(|e| e.to_string())?;
    match a.option("output") {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("cannot write {path}: {e}"))?,
        None => outln!("{text}"),
    }
    Ok(0)
}

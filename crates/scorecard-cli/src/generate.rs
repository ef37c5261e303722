//! `scorecard generate`: benchmark data anyone can reproduce. `--indicators N --periods M`
//! writes a scorecard; `--pack DIR --areas A --measures M --periods P` writes a benchmark
//! pack into DIR and, beside it, `scorecard.json`: the first area's scorecard linked to it.

use crate::args::{self, Args};
use crate::pack::{write_file, write_pack};
use scorecard_core::generate;
use scorecard_core::messages as msg;
use std::path::Path;

/// Every generated file covers at most this many quarters (a century).
const MAX_PERIODS: usize = 400;
/// A pack's areas: the UK has about 400 councils, and 10,000 is every ward of a region.
const MAX_AREAS: usize = 10_000;
const MAX_MEASURES: usize = 10_000;
/// A generated pack's scorecard links at most this many of its measures.
const MAX_LINKED: usize = 40;

pub fn run(argv: &[String]) -> Result<u8, String> {
    let a = args::parse(argv, &["indicators", "periods", "output", "pack", "areas", "measures"])?;
    if let Some(extra) = a.positional.first() {
        return Err(msg::t().unexpected_argument(extra));
    }
    let periods = within(&a, "periods", 1, MAX_PERIODS)?;
    if let Some(dir) = a.option("pack") {
        return pack(&a, Path::new(dir), periods);
    }
    let n = a.number("indicators")?;
    let text = serde_json::to_string(&generate::scorecard(n, periods)).map_err(|e| e.to_string())?;
    match a.option("output") {
        Some(path) => write_file(Path::new(path), &text)?,
        None => outln!("{text}"),
    }
    Ok(0)
}

fn within(a: &Args, name: &str, min: usize, max: usize) -> Result<usize, String> {
    let n = a.number(name)?;
    if (min..=max).contains(&n) {
        Ok(n)
    } else {
        Err(msg::t().option_out_of_range(name, min, max))
    }
}

fn pack(a: &Args, dir: &Path, periods: usize) -> Result<u8, String> {
    let areas = within(a, "areas", 1, MAX_AREAS)?;
    let measures = within(a, "measures", 1, MAX_MEASURES)?;
    let (pack, shards) = generate::pack(areas, measures, periods);
    let index = dir.join("index.json");
    write_pack(&index, &pack, &shards, &[])?;
    let scorecard = generate::linked_scorecard(&pack, &shards, "index.json", measures.min(MAX_LINKED));
    let text = serde_json::to_string(&scorecard).map_err(|e| e.to_string())?;
    write_file(&dir.join("scorecard.json"), &text)?;
    eprintln!("{}", msg::p().pack_built(&index.display().to_string(), measures, areas, pack.groups.len()));
    Ok(0)
}

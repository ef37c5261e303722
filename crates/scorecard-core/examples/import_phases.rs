//! Where an import's time goes, phase by phase: `cargo run --release --features
//! import,template -p scorecard-core --example import_phases -- FILE`. A benchmark aid
//! (docs/benchmarks.md), not a test.

use scorecard_core::import::{decode, import, Options};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: import_phases FILE");
    let bytes = std::fs::read(&path).expect("readable file");
    let t = Instant::now();
    let sheets = decode::read(&bytes).expect("a spreadsheet");
    let decoded = t.elapsed();
    drop(sheets);
    let t = Instant::now();
    let opts =
        Options { organisation: Some("X".into()), today: Some("2024-01-01".into()), ..Options::default() };
    let imported = import(&bytes, &opts);
    let whole = t.elapsed();
    let text = imported.text.as_deref().unwrap_or_default();
    let t = Instant::now();
    let loaded = scorecard_core::read(text.as_bytes());
    let read = t.elapsed();
    println!(
        "decode {decoded:?}; whole import {whole:?} (of which reading the result back ≈ {read:?}); {} indicators, {} problems, {} bytes",
        loaded.scorecard.map_or(0, |s| s.indicators.len()),
        imported.problems.len(),
        text.len()
    );
}

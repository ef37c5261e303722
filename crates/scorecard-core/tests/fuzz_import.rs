//! A mutation fuzzer for the import path (CSV text and a small workbook → scorecard), run
//! briefly with every test run like `fuzz_reader.rs`. Mutated sheets must never panic, a
//! fatal import must say why, and any document produced must pass the core's reader with no
//! error (or the import must report one). FUZZ_CASES sets the length.
#![cfg(all(feature = "import", feature = "template"))]

mod common;

use common::{apply, Edit};
use proptest::prelude::*;
use scorecard_core::import::{import, Level, Options};

const SEEDS: &[&str] = &[
    "Title row\n\nPI Ref,Indicator,Service,Quarter,Actual,Target,RAG,Comments\nCT1,Council tax,Revenues,Q1 2023/24,28.1%,28%,G,\nCT1,Council tax,Revenues,2023/24 Q2,55.2%,56%,A,Behind\nHB2,Benefit days,Benefits,Jul-Sep 2023,19.2,20,Green,\n",
    "Code,Title,Q1 2024/25,Q2 2024/25,Annual Target,Status,Polarity\nW1,Missed bins,52,61,60,Amber,Lower is better\nW2,Recycling,40.1,41.5,45,,Higher is better\n",
    "KPI ref,Description,Previous quarter,This quarter,Target,Status (page legend),Unit suffix,Notes\nCS01,Calls,79.6,78.5,80,close to target,%,No notes\nRB07,Time taken,10,9,12,above target,,\n",
    "Ref,Action,Status,Lead Officer,Due Date,Period,Update\nC2,SEND plan,At Risk,Head of SEND,2024-03-31,2023/24-Q2,Locums\n",
    "Code,Measure,Financial year,Local authority name,Value,rank_order\nA1,Alpha,2022-23,Hart,5,desc\nA1,Alpha,2021-22,Hart,(4),DESC\n",
];

fn edit() -> impl Strategy<Value = Edit> {
    common::edit(vec![
        ",", ";", "\t", "\"", "\n", "\r\n", "%", "£", "(", ")", "-", "n/a", "*", "#DIV/0!", "2014-17",
        "Q5 2023/24", "1e999", "\u{feff}", "\u{a0}", "Status", "Period", "Value", "Code", "\u{0}",
    ])
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(600)
}

fn opts() -> Options {
    Options {
        organisation: Some("Hart".into()),
        period: scorecard_core::Period::parse("2014/15-Q2").ok(),
        today: Some("2024-11-01".into()),
        ..Options::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_sheets_never_panic_and_report_consistently(seed in 0usize..100, edits in prop::collection::vec(edit(), 1..6)) {
        let bytes = apply(SEEDS[seed % SEEDS.len()].as_bytes().to_vec(), &edits);
        let (i, held) = common::peak(|| import(&bytes, &opts()));
        prop_assert!(held < common::MOST_HELD, "held {held} bytes at once for a sheet of {}", bytes.len());
        match (&i.fatal, &i.document()) {
            (Some(reason), None) => prop_assert!(!reason.is_empty() && !reason.contains('\n')),
            (None, Some(doc)) => {
                let text = serde_json::to_string(doc).unwrap();
                let loaded = scorecard_core::read(text.as_bytes());
                let read_errors = loaded.diagnostics.iter().any(|d| d.severity == scorecard_core::Severity::Error);
                let reported = i.problems.iter().any(|p| p.severity == Level::Error);
                prop_assert!(!read_errors || reported, "an error in the document is reported: {:?}", loaded.diagnostics);
                prop_assert!(loaded.scorecard.is_some(), "the document is never unreadable: {}", text);
            }
            _ => prop_assert!(false, "exactly one of a reason and a document"),
        }
    }

    /// The small hostile workbooks (`tests/fixtures/hostile/`), cut and edited: whatever is left of
    /// them ends with a reason or a document, never a panic and never a layout of what the
    /// damaged file claims.
    #[test]
    fn mutated_hostile_workbooks_never_panic(which in 0usize..4, edits in prop::collection::vec(edit(), 0..3), cut in 0usize..4000) {
        let name = ["far-cell.xlsx", "repeated.ods", "far-cell.xls", "looped.xls"][which];
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hostile").join(name);
        let mut bytes = std::fs::read(path).unwrap();
        if cut > 0 && cut < bytes.len() {
            bytes.truncate(bytes.len() - cut);
        }
        let bytes = apply(bytes, &edits);
        let (i, held) = common::peak(|| import(&bytes, &opts()));
        prop_assert!(held < common::MOST_HELD, "{name}: held {held} bytes at once for {} bytes", bytes.len());
        named(&i)?;
    }
}

/// Ends with a reason, in one line, or a document.
fn named(i: &scorecard_core::import::Imported) -> Result<(), TestCaseError> {
    match (&i.fatal, i.text.is_some()) {
        (Some(reason), false) => {
            prop_assert!(!reason.trim().is_empty() && !reason.contains('\n'), "{reason:?}")
        }
        (None, true) => {}
        _ => prop_assert!(false, "exactly one of a reason and a document"),
    }
    Ok(())
}

/// Mutated workbooks (a real zip with damaged bytes) are refused with a reason or read, never a
/// panic, never more held than a small file warrants.
#[test]
fn damaged_workbooks_never_panic() {
    let sc = scorecard_core::read(include_bytes!("../../../public/data/sample.json")).scorecard.unwrap();
    let book = scorecard_core::import::template::xlsx(&sc).unwrap();
    let mut rng = scorecard_core::generate::Rng::new(7);
    for _ in 0..60 {
        let mut b = book.clone();
        let n = 1 + (rng.unit() * 20.0) as usize;
        for _ in 0..n {
            let at = (rng.unit() * b.len() as f64) as usize % b.len();
            b[at] = (rng.unit() * 256.0) as u8;
        }
        let cut = (rng.unit() * b.len() as f64) as usize;
        for bytes in [&b[..], &b[..cut]] {
            let (i, held) = common::peak(|| import(bytes, &opts()));
            assert!(held < common::MOST_HELD, "held {held} bytes at once for {} bytes", bytes.len());
            named(&i).unwrap();
        }
    }
}

/// Old Excel files (an officer's XLS, written by xlwt) with damaged bytes, cut short, or with
/// a record's claims changed: refused with a reason or read, never a panic, never a layout of a
/// claim (what is held at once stays small).
#[test]
fn damaged_old_excel_files_never_panic() {
    let book = include_bytes!("../../../tests/fixtures/xls/indicators.xls");
    let mut rng = scorecard_core::generate::Rng::new(11);
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse::<usize>().ok()).unwrap_or(600);
    for _ in 0..cases {
        let mut b = book.to_vec();
        let n = 1 + (rng.unit() * 12.0) as usize;
        for _ in 0..n {
            // Most of the file is its workbook stream's records, from byte 512.
            let at = (rng.unit() * b.len() as f64) as usize % b.len();
            b[at] = if rng.unit() < 0.5 { 0xFF } else { (rng.unit() * 256.0) as u8 };
        }
        let cut = (rng.unit() * b.len() as f64) as usize;
        for bytes in [&b[..], &b[..cut]] {
            let (i, held) = common::peak(|| import(bytes, &opts()));
            assert!(held < common::MOST_HELD, "held {held} bytes at once for {} bytes", bytes.len());
            named(&i).unwrap();
        }
    }
}

/// Found by `mutated_hostile_workbooks_never_panic`: the far-cell XLS cut short and a comma
/// put into its directory. The container's directory gave the workbook's name a length that
/// hid it from this reader but not from calamine's, which then laid out the sheet's whole
/// claimed block (1.3 GB). Both now read names alike, and calamine never reads a container
/// this reader could not measure.
#[test]
fn a_workbook_hidden_by_its_directory_entry_is_never_read_unmeasured() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hostile/far-cell.xls");
    let mut bytes = std::fs::read(path).unwrap();
    bytes.truncate(bytes.len() - 234);
    let at = 3_129_781_126_867_263_118 % bytes.len();
    bytes.insert(at, b',');
    let (i, held) = common::peak(|| import(&bytes, &opts()));
    assert!(held < 1 << 20, "held {held} bytes at once");
    assert!(i.fatal.as_deref().is_some_and(|r| r.contains(".xls")), "{:?}", i.fatal);
}

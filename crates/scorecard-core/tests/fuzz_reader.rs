//! A mutation fuzzer for the reader, run briefly with every test run (cargo-fuzz needs a
//! nightly compiler, which this project's machines do not have). Starting from the sample
//! and the bad-file corpus, it flips, deletes, duplicates and splices bytes and asserts that
//! reading never panics and that what it reports is consistent. FUZZ_CASES sets the length.

mod common;

use common::{apply, Edit};
use proptest::prelude::*;
use scorecard_core::{read, Severity};

fn seeds() -> Vec<Vec<u8>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = vec![std::fs::read(root.join("public/data/sample.json")).unwrap()];
    let mut bad: Vec<_> =
        std::fs::read_dir(root.join("tests/bad")).unwrap().map(|e| e.unwrap().path()).collect();
    bad.sort();
    out.extend(bad.iter().map(|p| std::fs::read(p).unwrap()));
    out
}

fn edit() -> impl Strategy<Value = Edit> {
    common::edit(vec![
        "{",
        "}",
        "[",
        "]",
        "\"",
        ",",
        ":",
        "null",
        "-1e999",
        "\"96.2%\"",
        "\\u0000",
        "\u{feff}",
        "1e308",
        "\"2023/24-Q9\"",
        "true",
        "\"suppressed\": true,",
    ])
}

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1500)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_files_never_panic_and_report_consistently(seed in 0usize..1000, edits in prop::collection::vec(edit(), 1..6)) {
        let all = seeds();
        // Half the cases start from the full sample, the rest from the bad-file corpus.
        let start = if seed % 2 == 0 { &all[0] } else { &all[seed / 2 % all.len()] };
        let bytes = apply(start.clone(), &edits);
        let (loaded, held) = common::peak(|| read(&bytes));
        prop_assert!(held < common::MOST_HELD, "held {held} bytes at once for a file of {}", bytes.len());
        match &loaded.scorecard {
            None => prop_assert!(loaded.diagnostics.iter().any(|d| d.severity == Severity::Error), "a fatal read says why"),
            Some(sc) => {
                let report = scorecard_core::report(sc, sc.current_period);
                prop_assert_eq!(report.indicators.len(), sc.indicators.len());
                if loaded.left_out.total() > 0 {
                    prop_assert!(loaded.errors().next().is_some(), "nothing is left out silently");
                }
            }
        }
        for d in &loaded.diagnostics {
            prop_assert!(d.pointer.is_empty() || d.pointer.starts_with('/'));
            prop_assert!(!d.message.is_empty());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = read(&bytes);
    }
}

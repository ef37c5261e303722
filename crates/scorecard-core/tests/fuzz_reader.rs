//! A mutation fuzzer for the reader, run briefly with every test run (cargo-fuzz needs a
//! nightly compiler, which this project's machines do not have). Starting from the sample
//! and the bad-file corpus, it flips, deletes, duplicates and splices bytes and asserts that
//! reading never panics and that what it reports is consistent. FUZZ_CASES sets the length.

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

#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Insert(usize, &'static str),
}

fn edit() -> impl Strategy<Value = Edit> {
    let tokens = prop::sample::select(vec![
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
    ]);
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::Flip(i, b)),
        (any::<usize>(), 1usize..64).prop_map(|(i, n)| Edit::Delete(i, n)),
        (any::<usize>(), 1usize..256).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        (any::<usize>(), tokens).prop_map(|(i, t)| Edit::Insert(i, t)),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let len = bytes.len().max(1);
        match *e {
            Edit::Flip(i, b) => {
                if !bytes.is_empty() {
                    bytes[i % len] = b
                }
            }
            Edit::Delete(i, n) => {
                let at = (i % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            Edit::Duplicate(i, n) => {
                let at = (i % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                let chunk: Vec<u8> = bytes[at..end].to_vec();
                bytes.splice(at..at, chunk);
            }
            Edit::Insert(i, t) => {
                let at = (i % len).min(bytes.len());
                bytes.splice(at..at, t.bytes());
            }
        }
    }
    bytes
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
        let loaded = read(&bytes);
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

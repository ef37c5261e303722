//! Workbooks made to hurt (`tests/fixtures/hostile/`, written by `examples/make_hostile.rs`):
//! each is refused with exit 2 and a reason naming the limit and where it was crossed, having
//! read only what the file holds. Time and memory are measured in docs/benchmarks.md, not
//! here.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hostile").join(name)
}

/// Exit status and standard error of `scorecard import FILE -o OUT`, and whether OUT was written.
fn import(name: &str) -> (Option<i32>, String, bool) {
    let out = std::env::temp_dir().join(format!("scorecard-hostile-{name}-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&out);
    let run = Command::new(env!("CARGO_BIN_EXE_scorecard"))
        .arg("import")
        .arg(fixture(name))
        .arg("-o")
        .arg(&out)
        .output()
        .expect("the binary runs");
    let written = out.exists();
    let _ = std::fs::remove_file(&out);
    (run.status.code(), String::from_utf8_lossy(&run.stderr).into_owned(), written)
}

#[test]
fn a_far_cell_is_refused_by_the_block_it_spans_not_read() {
    let (code, err, written) = import("far-cell.xlsx");
    assert_eq!(code, Some(2), "{err}");
    assert!(!written);
    assert!(err.contains("\"Data\" has cells from A1 to XFD1048576"), "{err}");
    assert!(err.contains("at most 8,000,000"), "{err}");
}

#[test]
fn a_sheet_that_unpacks_to_300_mb_is_refused_at_the_limit() {
    let (code, err, written) = import("inflated.xlsx");
    assert_eq!(code, Some(2), "{err}");
    assert!(!written);
    assert!(err.contains("unpacks to more than 128 MB"), "{err}");
    assert!(err.contains("xl/worksheets/sheet1.xml"), "{err}");
}

#[test]
fn repeated_ods_rows_and_columns_are_counted_before_they_are_laid_out() {
    let (code, err, written) = import("repeated.ods");
    assert_eq!(code, Some(2), "{err}");
    assert!(!written);
    assert!(err.contains("\"Data\" has cells from A1 to XFD1048576"), "{err}");
}

#[test]
fn a_deeply_nested_cell_ends_with_a_reason_not_a_crash() {
    let (code, err, written) = import("deep-nest.xlsx");
    assert_eq!(code, Some(2), "{err}");
    assert!(!written);
    assert!(err.starts_with("scorecard: "), "{err}");
}

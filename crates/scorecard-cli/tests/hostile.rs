//! Workbooks made to hurt (`tests/fixtures/hostile/`, written by `examples/make_hostile.rs`,
//! the old Excel ones by `tests/fixtures/xls/make.py`):
//! each is refused with exit 2 and a reason naming the limit and where it was crossed, having
//! read only what the file holds. Time and memory are measured in docs/benchmarks.md, not
//! here.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/hostile").join(name)
}

/// Runs `scorecard import FILE -o OUT`, checks it was refused (exit 2, nothing written), and
/// gives its standard error.
fn refused(name: &str) -> String {
    let out = std::env::temp_dir().join(format!("scorecard-hostile-{name}-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&out);
    let run = Command::new(env!("CARGO_BIN_EXE_scorecard"))
        .arg("import")
        .arg(fixture(name))
        .arg("-o")
        .arg(&out)
        .output()
        .expect("the binary runs");
    let err = String::from_utf8_lossy(&run.stderr).into_owned();
    assert_eq!(run.status.code(), Some(2), "{name}: {err}");
    assert!(!out.exists(), "{name}: nothing is written");
    err
}

#[test]
fn a_far_cell_is_refused_by_the_block_it_spans_not_read() {
    let err = refused("far-cell.xlsx");
    assert!(err.contains("\"Data\" has cells from A1 to XFD1048576"), "{err}");
    assert!(err.contains("at most 7,000,000"), "{err}");
}

#[test]
fn a_sheet_that_unpacks_to_300_mb_is_refused_at_the_limit() {
    let err = refused("inflated.xlsx");
    assert!(err.contains("unpacks to more than 128 MB"), "{err}");
    assert!(err.contains("xl/worksheets/sheet1.xml"), "{err}");
}

#[test]
fn repeated_ods_rows_and_columns_are_counted_before_they_are_laid_out() {
    let err = refused("repeated.ods");
    assert!(err.contains("\"Data\" has cells from A1 to XFD1048576"), "{err}");
}

#[test]
fn a_deeply_nested_cell_ends_with_a_reason_not_a_crash() {
    let err = refused("deep-nest.xlsx");
    assert!(err.starts_with("scorecard: "), "{err}");
}

#[test]
fn an_old_excel_far_cell_is_refused_by_the_block_it_spans() {
    let err = refused("far-cell.xls");
    assert!(err.contains("\"Data\" has cells from A1 to IV65536, a block of 16,777,216 cells"), "{err}");
}

#[test]
fn an_old_excel_stream_that_loops_on_itself_is_damage_not_a_4_gb_read() {
    let err = refused("looped.xls");
    assert!(err.contains("(.xls) is damaged"), "{err}");
}

/// calamine alone aborts the process on this file: it reserves room for the four billion
/// rows the sheet claims. Read through the bounded reader it imports as what it holds.
#[test]
fn an_old_excel_file_claiming_four_billion_rows_imports_as_what_it_holds() {
    let run = Command::new(env!("CARGO_BIN_EXE_scorecard"))
        .args(["import", "--organisation", "Wexcombe", "--period", "2023/24-Q2"])
        .arg(fixture("claimed.xls"))
        .output()
        .expect("the binary runs");
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(out.contains("\"Council tax collected\""), "{out}");
}

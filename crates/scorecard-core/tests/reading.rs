//! The dashboard's reading of a file: the same scorecard and errors as `scorecard check`,
//! without the publish-time warnings.

use scorecard_core::{read, read_to_show, Severity};

const SAMPLE: &[u8] = include_bytes!("../../../public/data/sample.json");

#[test]
fn the_dashboard_reads_the_same_scorecard_without_the_publishing_warnings() {
    let full = read(SAMPLE);
    let shown = read_to_show(SAMPLE);
    let warnings =
        |l: &scorecard_core::Loaded| l.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count();
    assert!(warnings(&full) > 0, "the sample has unexplained exceptions to warn about");
    assert_eq!(warnings(&shown), 0);
    // The same scorecard (compared through its full debug form: the model has no `PartialEq`).
    assert_eq!(format!("{:?}", full.scorecard), format!("{:?}", shown.scorecard));
    assert_eq!(errors(&full), errors(&shown));
}

#[test]
fn errors_are_the_same_for_a_damaged_file() {
    let damaged =
        String::from_utf8_lossy(SAMPLE).replacen("\"polarity\": \"higher\"", "\"polarity\": \"upwards\"", 1);
    let full = read(damaged.as_bytes());
    let shown = read_to_show(damaged.as_bytes());
    assert_eq!(errors(&full).len(), 1, "{:?}", errors(&full));
    assert_eq!(errors(&full), errors(&shown));
    assert_eq!(full.left_out, shown.left_out);
}

/// The errors a read reported, by pointer and message.
fn errors(l: &scorecard_core::Loaded) -> Vec<(String, String)> {
    l.diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.pointer.clone(), d.message.clone()))
        .collect()
}

//! `scorecard page`: the dashboard's page with a scorecard's overview written in, run as a
//! process as an officer's publishing script runs it.

mod common;

use common::{repo, run, text};

/// The source index.html: the build's has the same mark where the view goes.
fn shell() -> String {
    repo().join("index.html").to_string_lossy().into_owned()
}

fn path(p: &str) -> String {
    repo().join(p).to_string_lossy().into_owned()
}

#[test]
fn a_page_is_written_with_the_files_overview_and_can_be_written_again() {
    let dir = std::env::temp_dir().join(format!("scorecard-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("index.html").to_string_lossy().into_owned();
    let o = run(&["page", &path("public/data/sample.json"), "--shell", &shell(), "-o", &out]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains(&format!("its overview written into {out}, in the language en")));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("id=\"status-counts-table\""));
    // Written for the file the page loads (its setting, here none: the sample's address),
    // which the command never changes unless --src says where the file is now.
    assert!(html.contains("<meta name=\"scorecard-written-src\" content=\"data/sample.json\">"));
    assert!(html.contains("<meta name=\"scorecard-src\" content=\"\">"));

    // Republished: the same page written again, in Welsh, from a bilingual file.
    let o = run(&[
        "--lang",
        "cy",
        "page",
        &path("public/data/sample-bilingual.json"),
        "--shell",
        &out,
        "--src",
        "data/cy.json",
        "-o",
        &out,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(text(&o.stdout).contains("yn yr iaith cy"), "{}", text(&o.stdout));
    let again = std::fs::read_to_string(&out).unwrap();
    assert_eq!(again.matches("id=\"scorecard-first-view\"").count(), 1);
    assert!(again.contains("<html lang=\"cy\">"));
    assert!(again.contains("content=\"data/cy.json\""));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn without_o_the_page_goes_to_standard_output() {
    let o = run(&["page", &path("public/data/sample.json"), "--shell", &shell()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(text(&o.stdout).starts_with("<!DOCTYPE html>"));
}

#[test]
fn what_cannot_be_written_is_refused_with_a_reason() {
    // No shell: a usage error.
    let o = run(&["page", &path("public/data/sample.json")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("page needs one scorecard FILE and --shell"), "{}", text(&o.stderr));
    // A page that is not this build's dashboard page.
    let o = run(&["page", &path("public/data/sample.json"), "--shell", &path("public/embed.html")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("has no <!-- scorecard:first-view -->"), "{}", text(&o.stderr));
    // A file that is not a scorecard: where it is wrong.
    let o = run(&["page", &path("tests/bad/wrong-format.json"), "--shell", &shell()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("/format"), "{}", text(&o.stderr));
    assert!(o.stdout.is_empty(), "no page is written");
}

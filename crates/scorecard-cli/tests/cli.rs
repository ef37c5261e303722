//! The `scorecard` binary run as a process, as officers and their scripts run it.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sample() -> String {
    repo().join("public/data/sample.json").to_string_lossy().into_owned()
}

fn bad(name: &str) -> String {
    repo().join("tests/bad").join(name).to_string_lossy().into_owned()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scorecard")).args(args).output().expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn the_sample_checks_clean_with_warnings_only() {
    let o = run(&["check", &sample()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let out = stdout(&o);
    let last = out.lines().last().unwrap();
    assert!(last.ends_with("63 indicators and 18 actions read, 0 left out, 6 warnings"), "{last}");
    assert!(out.contains(": warning /indicators/7/values/9: red in 2023/24-Q2 with no explanation"), "{out}");
    assert!(out.lines().all(|l| l.starts_with(&sample())));
}

/// Every error class in the format, with the exit status and the pointer it must name.
#[test]
fn every_bad_file_is_refused_with_its_pointer() {
    #[rustfmt::skip]
    let cases: &[(&str, i32, &str, &str)] = &[
        ("not-json.json", 2, "", "not valid JSON"),
        ("invalid-utf8.json", 2, "", "not UTF-8"),
        ("deep-nesting.json", 2, "", "nested deeper than 64"),
        ("top-level-array.json", 2, "", "must be an object"),
        ("wrong-format.json", 2, "/format", "\"scorecard/2\""),
        ("missing-format.json", 2, "", "\"format\" is missing"),
        ("missing-title.json", 2, "", "\"title\" is missing"),
        ("bad-current-period.json", 2, "/current_period", "\"Q2 2023\" is not a period"),
        ("indicators-not-a-list.json", 2, "/indicators", "expected a list"),
        ("string-for-number.json", 1, "/indicators/0/values/1/value", "expected a number, found the string \"96.2%\""),
        ("not-available-string.json", 1, "/indicators/0/values/0/value", "found the string \"N/A\""),
        ("bad-period.json", 1, "/indicators/0/values/0/period", "\"2023/25-Q2\""),
        ("frequency-mismatch.json", 1, "/indicators/0/values/0/period", "2023-09 is a month, but this indicator is quarterly"),
        ("duplicate-period.json", 1, "/indicators/0/values/1/period", "already given at /indicators/0/values/0"),
        ("duplicate-id.json", 1, "/indicators/1/id", "already used at /indicators/0"),
        ("dangling-service.json", 1, "/indicators/0/service", "no service with the id \"waste\""),
        ("dangling-priority.json", 1, "/indicators/0/priorities/1", "no priority with the id \"jobs\""),
        ("dangling-comment-scope.json", 1, "/commentary/0/scope", "\"planning\""),
        ("suppressed-with-value.json", 1, "/indicators/0/values/0/value", "must not carry a value"),
        ("sensitive-small-count.json", 1, "/indicators/0/values/1/value", "must be published as suppressed"),
        ("bad-unit.json", 1, "/indicators/0/unit", "found the string \"percentage\""),
        ("bad-action-status.json", 1, "/actions/0/updates/0/status", "\"at-risk\""),
        ("bad-id.json", 1, "/indicators/0/id", "not a valid id"),
    ];
    let dir = repo().join("tests/bad");
    let on_disk = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(on_disk, cases.len(), "every file in tests/bad has a case here");
    for (file, code, pointer, message) in cases {
        let o = run(&["check", "--json", &bad(file)]);
        assert_eq!(o.status.code(), Some(*code), "{file}: {}", stdout(&o));
        let report: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        assert_eq!(report["fatal"], *code == 2, "{file}");
        let diags = report["diagnostics"].as_array().unwrap();
        let hit = diags.iter().find(|d| d["severity"] == "error" && d["pointer"] == *pointer);
        let hit = hit.unwrap_or_else(|| panic!("{file}: no error at {pointer:?} in {diags:?}"));
        assert!(hit["message"].as_str().unwrap().contains(message), "{file}: {}", hit["message"]);
        if *code == 1 {
            assert!(report["left_out"].as_u64().unwrap() >= 1, "{file}");
        }
    }
}

#[test]
fn check_json_is_one_object_per_file_and_the_worst_exit_wins() {
    let o = run(&["check", "--json", &sample(), &bad("duplicate-id.json"), &bad("not-json.json")]);
    assert_eq!(o.status.code(), Some(2));
    let lines: Vec<Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["file"], sample());
    assert_eq!(
        (lines[0]["fatal"].as_bool(), lines[0]["indicators"].as_u64(), lines[0]["actions"].as_u64()),
        (Some(false), Some(63), Some(18))
    );
    assert_eq!(lines[0]["left_out"], 0);
    for key in ["file", "fatal", "diagnostics", "indicators", "actions", "left_out"] {
        assert!(lines[1].get(key).is_some(), "{key}");
    }
    assert_eq!(lines[2]["fatal"], true);
    assert_eq!(lines[2]["indicators"], 0);
}

#[test]
fn check_reads_standard_input_and_tolerates_a_byte_order_mark() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(sample()).unwrap());
    let mut child = Command::new(env!("CARGO_BIN_EXE_scorecard"))
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).lines().last().unwrap().starts_with("-: 63 indicators"));
}

#[test]
fn a_file_over_20_mb_is_refused_before_parsing() {
    let path = std::env::temp_dir().join(format!("scorecard-big-{}.json", std::process::id()));
    std::fs::write(&path, vec![b' '; 21 * 1024 * 1024]).unwrap();
    let o = run(&["check", path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("the file is 21.0 MB; a scorecard may be at most 20 MB"), "{}", stdout(&o));
}

#[test]
fn status_json_has_the_documented_shape() {
    let o = run(&["status", &sample(), "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["period"], "2023/24-Q2");
    let inds = v["indicators"].as_array().unwrap();
    assert_eq!(inds.len(), 63);
    let keys = [
        "id", "period", "value", "target", "calculated", "reported", "status", "direction", "compared_with",
        "previous_value", "change", "long_trend",
    ];
    for ind in inds {
        let obj = ind.as_object().unwrap();
        assert_eq!(obj.len(), keys.len());
        keys.iter().for_each(|k| assert!(obj.contains_key(*k), "{k}"));
    }
    // The budget variance: on-target-is-best, 1.8 against 0 with 1 point either way.
    let bv = inds.iter().find(|i| i["id"] == "budget-variance").unwrap();
    assert_eq!(
        (bv["period"].as_str(), bv["status"].as_str(), bv["value"].as_f64()),
        (Some("2023-09"), Some("amber"), Some(1.8))
    );
    // Reported status overrides the calculated one for display.
    let gas = inds.iter().find(|i| i["id"] == "gas-safety-certificates").unwrap();
    assert_eq!(
        (gas["calculated"].as_str(), gas["reported"].as_str(), gas["status"].as_str()),
        (Some("amber"), Some("green"), Some("green"))
    );
    // Suppressed: no value, and no trend can be drawn from it.
    let rough = inds.iter().find(|i| i["id"] == "rough-sleepers").unwrap();
    assert_eq!(
        (rough["value"].is_null(), rough["status"].as_str(), rough["direction"].as_str()),
        (true, Some("suppressed"), Some("unknown"))
    );

    let counts = &v["summary"]["overall"];
    let status_keys: Vec<&str> = counts["status"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(status_keys.len(), 6);
    for k in ["green", "amber", "red", "no-target", "no-data", "suppressed"] {
        assert!(counts["status"][k].is_u64(), "zero counts included: {k}");
    }
    for k in ["improving", "no-change", "worsening", "up", "down", "unknown"] {
        assert!(counts["direction"][k].is_u64(), "{k}");
    }
    for k in ["not-started", "on-track", "at-risk", "off-track", "complete", "cancelled"] {
        assert!(counts["actions"][k].is_u64(), "{k}");
    }
    let total: u64 = counts["status"].as_object().unwrap().values().map(|n| n.as_u64().unwrap()).sum();
    assert_eq!(total, 63);
    assert_eq!(v["summary"]["services"].as_object().unwrap().len(), 11);
    assert_eq!(v["summary"]["priorities"].as_object().unwrap().len(), 3);
    let exceptions = v["exceptions"].as_array().unwrap();
    assert!(exceptions
        .iter()
        .any(|e| e["kind"] == "action" && e["id"] == "c3-local-plan" && e["explained"] == false));
    assert!(exceptions.iter().any(|e| e["kind"] == "indicator"
        && e["id"] == "complaints-stage1-in-time"
        && e["explained"] == false));
    assert!(exceptions
        .iter()
        .any(|e| e["kind"] == "indicator" && e["id"] == "temporary-accommodation" && e["explained"] == true));
}

#[test]
fn status_for_another_period_and_the_plain_table() {
    let o = run(&["status", &sample(), "--period", "2022/23-Q4", "--json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["period"], "2022/23-Q4");
    let ct = v["indicators"].as_array().unwrap().iter().find(|i| i["id"] == "council-tax-collected").unwrap();
    assert_eq!(ct["period"], "2023-03", "a monthly indicator shows the last month of the quarter");

    let o = run(&["status", &sample()]);
    let out = stdout(&o);
    assert!(out.starts_with("Period 2023/24-Q2\nid "), "{out}");
    assert!(out
        .lines()
        .any(|l| l.starts_with("temporary-accommodation") && l.contains("red") && l.contains("worsening")));
}

#[test]
fn bad_arguments_exit_2_with_one_line_reason() {
    for args in [
        &["frobnicate"][..],
        &[],
        &["status"],
        &["status", "a.json", "--period"],
        &["check"],
        &["check", "--colour", "x"],
        &["generate", "--indicators", "ten", "--periods", "4"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.starts_with("scorecard: "), "{args:?}: {err}");
    }
    let o = run(&["status", &sample(), "--period", "2023-Q2"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("\"2023-Q2\" is not a period"));
    let o = run(&["check", "/no/such/file.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("cannot read the file"));
}

#[test]
fn generate_is_deterministic_and_valid() {
    let a = run(&["generate", "--indicators", "30", "--periods", "12"]);
    let b = run(&["generate", "--indicators", "30", "--periods", "12"]);
    assert_eq!(a.stdout, b.stdout);
    let path = std::env::temp_dir().join(format!("scorecard-gen-{}.json", std::process::id()));
    let o = run(&["generate", "--indicators", "30", "--periods", "12", "--output", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let c = run(&["check", "--json", path.to_str().unwrap()]);
    std::fs::remove_file(&path).ok();
    let v: Value = serde_json::from_str(stdout(&c).trim()).unwrap();
    assert_eq!(
        (v["fatal"].as_bool(), v["indicators"].as_u64(), v["left_out"].as_u64()),
        (Some(false), Some(30), Some(0))
    );
}

#[test]
fn a_closed_pipe_is_not_a_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scorecard"))
        .args(["status", &sample()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn lang_cy_speaks_welsh_and_json_stays_the_same() {
    let welsh = run(&["check", &sample(), "--lang", "cy"]);
    let out = stdout(&welsh);
    assert_eq!(welsh.status.code(), Some(0), "{out}");
    assert!(out.contains(": rhybudd /indicators/7/values/9: 2023/24-Q2: coch heb esboniad"), "{out}");
    assert!(
        out.contains("darllenwyd: 63 dangosydd, 18 cam gweithredu; hepgorwyd: 0; rhybuddion: 6"),
        "{out}"
    );
    assert!(!out.contains("warning"), "{out}");
    // The table's words and summary too.
    let table = stdout(&run(&["--lang=cy", "status", &sample()]));
    assert!(table.starts_with("Cyfnod 2023/24-Q2"), "{table}");
    assert!(table.contains("dangosyddion: 63 (28 gwyrdd, 12 oren, 13 coch"), "{table}");
    // Scripts get the same JSON whatever the language.
    assert_eq!(
        stdout(&run(&["check", &sample(), "--json", "--lang", "cy"])),
        stdout(&run(&["check", &sample(), "--json"]))
    );
    // An unknown language is a usage error, said in English (no language was chosen).
    let bad = run(&["check", &sample(), "--lang", "fr"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--lang must be en or cy, not \"fr\""));
    // A Welsh import report names cells in Welsh.
    let csv = std::env::temp_dir().join(format!("scorecard-cy-{}.csv", std::process::id()));
    std::fs::write(
        &csv,
        "Code,Title,Period,Value\nA1,Recycling,2023/24-Q2,lots\nA1,Recycling,2023/24-Q1,40\n",
    )
    .unwrap();
    let imported = run(&["import", csv.to_str().unwrap(), "--lang", "cy", "--organisation", "Cyngor"]);
    let report = String::from_utf8_lossy(&imported.stderr).to_string();
    assert!(report.contains("gwall rhes 2, colofn \"Value\": nid yw \"lots\" yn rhif"), "{report}");
    let _ = std::fs::remove_file(csv);
}

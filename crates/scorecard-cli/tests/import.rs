//! `scorecard import` and `scorecard export` run as processes: the template round trip, the
//! Hart quarters, exit statuses, `--json`, and nothing written on a fatal problem.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sample() -> String {
    repo().join("public/data/sample.json").to_string_lossy().into_owned()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scorecard")).args(args).output().expect("the binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).expect("UTF-8 output")
}

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scorecard-import-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn p(dir: &Path, f: &str) -> String {
    dir.join(f).to_string_lossy().into_owned()
}

fn json(path: &str) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn the_template_imports_back_to_the_same_scorecard() {
    // The XLSX, and the same template as an OpenDocument spreadsheet for LibreOffice.
    for kind in ["xlsx", "ods"] {
        template_round_trip(kind);
    }
}

fn template_round_trip(kind: &str) {
    let dir = scratch(&format!("roundtrip-{kind}"));
    let book = p(&dir, &format!("template.{kind}"));
    let o = run(&["export", &sample(), &format!("--{kind}"), &book]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"));
    let back = p(&dir, "back.json");
    let o = run(&["import", &book, "-o", &back]);
    assert_eq!(o.status.code(), Some(0), "{kind}: {}{}", text(&o.stdout), text(&o.stderr));
    assert!(
        text(&o.stdout).contains("63 indicators, 794 values and 18 actions read"),
        "{kind}: {}",
        text(&o.stdout)
    );
    let a = run(&["status", &sample(), "--json"]);
    let b = run(&["status", &back, "--json"]);
    assert_eq!(text(&a.stdout), text(&b.stdout), "{kind}: status --json identical");
    let (orig, back) = (json(&sample()), json(&back));
    for (x, y) in orig["indicators"].as_array().unwrap().iter().zip(back["indicators"].as_array().unwrap()) {
        for k in [
            "id", "code", "title", "unit", "polarity", "frequency", "service", "priorities", "decimals",
            "description",
        ] {
            assert_eq!(x.get(k), y.get(k), "{kind}: {} {k}", x["id"]);
        }
        assert_eq!(
            x["measure"],
            y.get("measure").cloned().unwrap_or(Value::from("snapshot")),
            "{kind}: {} measure",
            x["id"]
        );
    }
    for k in [
        "services", "priorities", "actions", "commentary", "organisation", "title", "current_period",
        "published",
    ] {
        assert_eq!(orig[k], back[k], "{kind}: {k}");
    }
}

#[test]
fn the_csv_template_keeps_every_status() {
    let dir = scratch("csv");
    let csv = p(&dir, "values.csv");
    assert_eq!(run(&["export", &sample(), "--csv", &csv]).status.code(), Some(0));
    let body = std::fs::read_to_string(&csv).unwrap();
    assert!(body.starts_with("\u{feff}Indicator ID,Code,Title"), "{}", &body[..80]);
    let back = p(&dir, "back.json");
    let o = run(&["import", &csv, "--organisation", "Wexcombe Borough Council", "-o", &back]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    let statuses = |f: &str| -> Vec<(Value, Value, Value)> {
        let v: Value = serde_json::from_slice(&run(&["status", f, "--json"]).stdout).unwrap();
        v["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| (i["id"].clone(), i["status"].clone(), i["direction"].clone()))
            .collect()
    };
    assert_eq!(statuses(&sample()), statuses(&back));
}

fn real(path: &str) -> Option<String> {
    let p = repo().join("../shared/data/real").join(path);
    if p.exists() {
        Some(p.to_string_lossy().into_owned())
    } else {
        // In CI the files must be there: a test that did not run must not pass.
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{} is not here under CI=true (the real council files live in ../shared/data/real/)",
            p.display()
        );
        eprintln!(
            "skipped: {} is not here (the real council files live in ../shared/data/real/)",
            p.display()
        );
        None
    }
}

#[test]
fn hart_two_quarters_import_and_merge_as_published() {
    let (Some(aug), Some(nov), Some(expected)) = (
        real("hart-dc-kpis/hart_kpis_snapshot_2014-08-10.csv"),
        real("hart-dc-kpis/hart_kpis_snapshot_2014-11-07.csv"),
        real("hart-2014-15.json"),
    ) else {
        return;
    };
    let dir = scratch("hart");
    let (q1, q2, mapping) = (p(&dir, "q1.json"), p(&dir, "q2.json"), p(&dir, "mapping.json"));
    let o = run(&[
        "import",
        &aug,
        "--period",
        "2014/15-Q1",
        "--organisation",
        "Hart District Council",
        "-o",
        &q1,
        "--write-mapping",
        &mapping,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    let m = json(&mapping);
    assert_eq!(m["layout"], "report");
    assert_eq!(m["columns"]["Previous quarter"], "value@previous");
    assert_eq!(m["columns"]["Status code"], "ignore");
    let o = run(&["import", &nov, "--mapping", &mapping, "--period", "2014/15-Q2", "--into", &q1, "-o", &q2]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    let out = text(&o.stdout);
    assert!(
        out.contains("FI06 2014/15-Q1 is 97.9 in this sheet's relative column but was published as 97.4"),
        "{out}"
    );
    let (got, want) = (json(&q2), json(&expected));
    let figures = |d: &Value| -> Vec<String> {
        let mut v: Vec<String> = d["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|i| {
                let code = i["code"].to_string();
                i["values"].as_array().unwrap().iter().map(move |o| {
                    // As numbers: 90 and 90.0 are the same figure.
                    format!(
                        "{code} {} {:?} {:?} {}",
                        o["period"],
                        o["value"].as_f64(),
                        o["target"].as_f64(),
                        o["reported_status"]
                    )
                })
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(figures(&got), figures(&want));
    assert_eq!(got["current_period"], "2014/15-Q2");
    assert_eq!(got["organisation"]["name"], "Hart District Council");
    assert_eq!(run(&["check", &q2]).status.code(), Some(0));
}

#[test]
fn json_report_has_the_documented_shape() {
    let dir = scratch("json");
    let csv = p(&dir, "in.csv");
    std::fs::write(&csv, "Code,Title,Period,Value,Target\nA,Alpha,2023/24-Q1,5,6\nA,Alpha,2023/24-Q1,7,6\nB,Beta,2023/24-Q1,1,2\n").unwrap();
    let out = p(&dir, "out.json");
    let o = run(&["import", &csv, "--json", "-o", &out]);
    assert_eq!(o.status.code(), Some(1), "rows left out");
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    for k in [
        "file", "fatal", "layout", "mapping", "diagnostics", "indicators", "observations", "actions",
        "left_out",
    ] {
        assert!(keys.contains(&k), "{k} in {keys:?}");
    }
    assert_eq!(v["fatal"], false);
    assert_eq!(v["layout"], "long");
    assert_eq!(v["left_out"], 2);
    let d = &v["diagnostics"].as_array().unwrap().iter().find(|d| d["severity"] == "error").unwrap();
    assert_eq!(d["cell"], "row 3");
    assert!(json(&out)["indicators"].as_array().unwrap().len() == 2);
}

#[test]
fn fatal_input_writes_nothing_and_says_why_in_one_line() {
    let dir = scratch("fatal");
    let cases: &[(&str, &[u8])] = &[
        ("random.xlsx", b"\x89\x01\x02\x00\xff\xfe\x00random bytes"),
        ("empty.csv", b""),
        ("text.xlsx", b"this is a note saved with the wrong name\n"),
        ("truncated.xlsx", b"PK\x03\x04\x14\x00\x06\x00"),
        ("headers.csv", b"Code,Title,Period,Value\n"),
    ];
    for (name, bytes) in cases {
        let input = p(&dir, name);
        std::fs::write(&input, bytes).unwrap();
        let out = p(&dir, &format!("{name}.json"));
        let o = run(&["import", &input, "-o", &out]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        let err = text(&o.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{name}: {err}");
        assert!(err.starts_with("scorecard: ") && !err.contains("usage"), "{name}: {err}");
        assert!(!Path::new(&out).exists(), "{name}: no output file on a fatal error");
    }
    let locked = repo().join("tests/fixtures/password-protected.xlsx").to_string_lossy().into_owned();
    let o = run(&["import", &locked, "-o", &p(&dir, "locked.json")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("protected with a password"), "{}", text(&o.stderr));
    let o = run(&["import"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("usage"), "bad arguments show the usage");
}

#[test]
fn export_needs_one_target() {
    let o = run(&["export", &sample()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--xlsx"));
}

fn open_data(name: &str) -> String {
    repo().join("tests/fixtures/open-data").join(name).to_string_lossy().into_owned()
}

/// (period, value, suppressed) of each of an imported indicator's values, by title.
fn values_of(doc: &Value, title: &str) -> Vec<(String, Option<f64>, bool)> {
    let found = doc["indicators"].as_array().unwrap().iter().find(|i| i["title"] == title);
    let found = found.unwrap_or_else(|| panic!("no indicator {title:?} in {doc}"));
    found["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["period"].as_str().unwrap().to_string(), v["value"].as_f64(), v["suppressed"] == true))
        .collect()
}

/// DfE's tidy CSV (one row per area per year, a column per measure) for one council, by its
/// name or its code: England's and the region's rows are never its figures.
#[test]
fn a_dfe_table_imports_for_one_council_by_name_or_code() {
    let dir = scratch("dfe");
    let out = p(&dir, "durham.json");
    let o = run(&[
        "import",
        &open_data("dfe-children-looked-after.csv"),
        "--organisation",
        "County Durham",
        "-o",
        &out,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    assert!(text(&o.stdout).contains("3 indicators, 9 values"), "{}", text(&o.stdout));
    let doc = json(&out);
    assert_eq!(doc["organisation"], serde_json::json!({"name": "County Durham", "code": "E06000047"}));
    assert_eq!(
        values_of(&doc, "Number cla"),
        [
            ("2021/22".into(), Some(1010.0), false),
            ("2022/23".into(), Some(1060.0), false),
            ("2023/24".into(), Some(1115.0), false)
        ]
    );
    let far = values_of(&doc, "Percent placed over 20 miles");
    assert_eq!(far[1], ("2022/23".into(), None, true), "c is a suppressed figure");
    let all = serde_json::to_string(&doc).unwrap();
    assert!(!all.contains("82170") && !all.contains("6040"), "no total is the council's");

    let out = p(&dir, "darlington.json");
    let o = run(&[
        "import",
        &open_data("dfe-children-looked-after.csv"),
        "--organisation",
        "E06000005",
        "-o",
        &out,
    ]);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    let doc = json(&out);
    assert_eq!(doc["organisation"]["name"], "Darlington", "named by the file's name for its code");
    let far = values_of(&doc, "Percent placed over 20 miles");
    assert_eq!((far[0].1, far[0].2, far[1].1), (None, false, None), "x and low are no figure, not a zero");
    assert_eq!(far[2].1, Some(14.0));
}

/// An Ofsted-style workbook: title rows above the header, totals and footnotes around the
/// councils, no period column (the period comes from --period).
#[test]
fn an_ofsted_workbook_imports_for_one_council_with_its_period() {
    let book = open_data("ofsted-childrens-homes.xlsx");
    let dir = scratch("ofsted");
    let o = run(&["import", &book, "--organisation", "Darlington", "-o", &p(&dir, "x.json")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("has no period column"), "{}", text(&o.stderr));

    let out = p(&dir, "darlington.json");
    let o = run(&["import", &book, "--organisation", "Darlington", "--period", "2023/24", "-o", &out]);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    let doc = json(&out);
    assert_eq!(doc["organisation"], serde_json::json!({"name": "Darlington", "code": "E06000005"}));
    assert_eq!(values_of(&doc, "Number of children's homes"), [("2023/24".into(), Some(12.0), false)]);
    assert_eq!(values_of(&doc, "Number of places"), [("2023/24".into(), None, false)], ": is no figure");
    let good = doc["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == "Homes judged good or outstanding (%)");
    assert_eq!(good.unwrap()["unit"], "percent");

    let o = run(&[
        "import",
        &book,
        "--organisation",
        "Wexcombe",
        "--period",
        "2023/24",
        "-o",
        &p(&dir, "y.json"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("Hartlepool"),
        "the councils the file has are listed: {}",
        text(&o.stderr)
    );
}

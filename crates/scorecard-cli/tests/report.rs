//! `scorecard report --docx`, run as a process on the sample and on Hart's real scorecard:
//! the document's tables are read back (from the Word file itself, and from LibreOffice's
//! reading of it where LibreOffice is installed) and hold the CLI's figures and every
//! exception's explanation.

mod common;

use common::{repo, run, text};
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};

fn temp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("scorecard-report-{}-{name}", std::process::id()))
}

fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// The document's tables: rows of cells, each cell's text (its paragraphs joined by "\n").
fn tables(docx: &Path) -> Vec<Vec<Vec<String>>> {
    use quick_xml::events::Event;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).expect("a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml").unwrap().read_to_string(&mut xml).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut all, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut in_text, mut in_table) = (false, false);
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) if e.name().as_ref() == "w:tbl" => {
                all.push(Vec::new());
                in_table = true;
            }
            Event::End(e) if e.name().as_ref() == "w:tbl" => in_table = false,
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = in_table,
            Event::End(e) if e.name().as_ref() == "w:t" => in_text = false,
            Event::Text(t) if in_text => cell.push_str(&t),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    cell.push(c);
                    continue;
                }
                cell.push_str(match &*r {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    _ => "'",
                });
            }
            Event::End(e) if e.name().as_ref() == "w:p" && in_table && !cell.is_empty() => cell.push('\n'),
            Event::End(e) if e.name().as_ref() == "w:tc" => {
                row.push(std::mem::take(&mut cell).trim().to_string())
            }
            Event::End(e) if e.name().as_ref() == "w:tr" => {
                let r = std::mem::take(&mut row);
                all.last_mut().expect("a row in a table").push(r);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    all
}

fn status(file: &str, lang: &[&str]) -> Value {
    let o = run(&[&["status", file, "--json"][..], lang].concat());
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// The English status words as the report writes them first in a status cell.
fn status_word(wire: &str) -> &'static str {
    match wire {
        "green" => "Green",
        "amber" => "Amber",
        "red" => "Red",
        "no-target" => "No target",
        "no-data" => "No data",
        _ => "Suppressed",
    }
}

/// Writes FILE's report and checks it against `status --json` and the file's explanations.
fn report_holds_the_clis_figures(file: &str, name: &str) -> PathBuf {
    let out = temp(&format!("{name}.docx"));
    let o = run(&["report", file, "--docx", &s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    assert!(text(&o.stdout).contains(&s(&out)), "{}", text(&o.stdout));
    let st = status(file, &[]);
    let sc: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    let tables = tables(&out);
    let rows: Vec<&Vec<String>> = tables.iter().flatten().collect();
    let title_of = |id: &str| -> String {
        let ind = sc["indicators"].as_array().unwrap().iter().find(|i| i["id"] == id).unwrap();
        match &ind["title"] {
            Value::String(t) => t.clone(),
            other => other["en"].as_str().unwrap_or_default().to_string(),
        }
    };
    for ind in st["indicators"].as_array().unwrap() {
        let id = ind["id"].as_str().unwrap();
        let title = title_of(id);
        // The full scorecard's row: code, title, value, target, status, direction.
        let row = rows
            .iter()
            .find(|r| r.len() == 6 && r[1] == title)
            .unwrap_or_else(|| panic!("{name}: no row for {id} ({title})"));
        let word = status_word(ind["status"].as_str().unwrap());
        assert!(row[4].starts_with(word), "{name} {id}: {:?} is not {word}", row[4]);
        if let (Some(v), false) = (ind["value"].as_f64(), ind["status"] == "suppressed") {
            let digits: String = row[2]
                .split(" (")
                .next()
                .unwrap()
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
                .collect();
            let got: f64 = digits.parse().unwrap_or_else(|_| panic!("{name} {id}: {:?}", row[2]));
            assert!((got - v).abs() <= 0.5, "{name} {id}: {} is not {v}", row[2]);
        }
    }
    // Every red or amber indicator in the exceptions, with the officer's words or a mark.
    for e in st["exceptions"].as_array().unwrap().iter().filter(|e| e["kind"] == "indicator") {
        let id = e["id"].as_str().unwrap();
        let row = rows
            .iter()
            .find(|r| r.len() == 7 && r[1] == title_of(id))
            .unwrap_or_else(|| panic!("{name}: {id} is not among the exceptions"));
        if e["explained"] == true {
            assert!(!row[6].contains("No explanation given") && !row[6].is_empty(), "{name} {id}: {row:?}");
        } else {
            assert!(row[6].contains("No explanation given"), "{name} {id}: {row:?}");
        }
    }
    out
}

#[test]
fn the_samples_report_holds_its_figures_and_explanations() {
    let sample = s(&repo().join("public/data/sample.json"));
    let out = report_holds_the_clis_figures(&sample, "sample");
    read_back_by_libreoffice(&out);
}

#[test]
fn hart_real_scorecards_report_holds_its_figures() {
    let p = repo().join("../shared/data/real/hart-2014-15.json");
    if !p.exists() {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{} is not here under CI=true", p.display());
        return;
    }
    report_holds_the_clis_figures(&s(&p), "hart");
}

#[test]
fn the_welsh_report_has_no_english_status_words() {
    let file = s(&repo().join("public/data/sample-bilingual.json"));
    let out = temp("cy.docx");
    let o = run(&["report", &file, "--docx", &s(&out), "--lang", "cy"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let cells: Vec<String> = tables(&out).into_iter().flatten().flatten().collect();
    assert!(cells.len() > 50);
    let english = [
        "Green", "Amber", "Red", "No target", "No data", "Suppressed", "On track", "At risk", "Off track",
        "Improving", "Worsening",
    ];
    for cell in &cells {
        for w in english {
            assert!(!cell.starts_with(w), "English {w:?} in the Welsh report: {cell:?}");
        }
    }
    assert!(cells.iter().any(|c| c.starts_with("Coch")), "Welsh status words");
}

#[test]
fn a_period_the_file_has_no_figures_for_is_refused() {
    let sample = s(&repo().join("public/data/sample.json"));
    let out = temp("none.docx");
    let o = run(&["report", &sample, "--docx", &s(&out), "--period", "2031/32-Q1"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("2031/32-Q1"), "{}", text(&o.stderr));
    assert!(!out.exists(), "nothing written");
    let o = run(&["report", &sample]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("--docx"), "{}", text(&o.stderr));
}

/// LibreOffice opens the document and finds its tables (skipped where it is not installed,
/// outside CI).
fn read_back_by_libreoffice(docx: &Path) {
    let Ok(found) = std::process::Command::new("soffice").arg("--version").output() else {
        // scripts/setup installs it, so CI always reads the document back.
        assert!(std::env::var("CI").as_deref() != Ok("true"), "LibreOffice is not installed under CI=true");
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    assert!(found.status.success());
    let dir = temp("lo");
    let _ = std::fs::create_dir_all(&dir);
    let o = std::process::Command::new("soffice")
        .args(["--headless", "--norestore", "--convert-to", "html", "--outdir", &s(&dir), &s(docx)])
        .env("HOME", &dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o.stderr));
    let html_path = dir.join(docx.file_stem().unwrap()).with_extension("html");
    let html =
        String::from_utf8_lossy(&std::fs::read(&html_path).expect("LibreOffice wrote HTML")).to_string();
    // LibreOffice wraps its HTML's lines: compare text with its spaces collapsed.
    let html = html.split_whitespace().collect::<Vec<_>>().join(" ");
    let ours = tables(docx).len();
    assert_eq!(html.matches("<table").count(), ours, "LibreOffice reads the {ours} tables");
    assert!(html.contains("No explanation given"), "the unexplained exception");
}

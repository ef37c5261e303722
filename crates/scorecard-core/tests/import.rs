//! Spreadsheets in: every layout, the words and spellings of `import.md`, bad input, and the
//! real council files in `../shared/data/real/` (skipped, saying so, where that folder is absent).
#![cfg(all(feature = "import", feature = "template"))]

use scorecard_core::import::{import, Imported, Level, Mapping, Options};
use scorecard_core::Period;
use serde_json::Value;
use std::path::PathBuf;

fn opts() -> Options {
    Options {
        organisation: Some("Test Council".into()),
        today: Some("2024-11-01".into()),
        ..Options::default()
    }
}

fn with_period(p: &str) -> Options {
    Options { period: Some(Period::parse(p).unwrap()), ..opts() }
}

fn doc(i: &Imported) -> Value {
    i.document().unwrap_or_else(|| panic!("fatal: {:?}; problems {:?}", i.fatal, i.problems))
}

fn indicator(i: &Imported, code: &str) -> Value {
    doc(i)["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == code || x["id"] == code)
        .cloned()
        .unwrap_or_else(|| panic!("no {code} in {}", doc(i)))
}

/// (period, value, target, reported status) of an observation.
type Figures = (String, Option<f64>, Option<f64>, Option<String>);

fn figures(i: &Imported, code: &str) -> Vec<Figures> {
    indicator(i, code)["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            (
                v["period"].as_str().unwrap().to_string(),
                v["value"].as_f64(),
                v["target"].as_f64(),
                v["reported_status"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn problems(i: &Imported, level: Level) -> Vec<String> {
    i.problems.iter().filter(|p| p.severity == level).map(|p| format!("{}: {}", p.cell, p.message)).collect()
}

/// The imported document passes the core's own reader with no error.
fn checks_clean(i: &Imported) {
    let text = serde_json::to_string(&doc(i)).unwrap();
    let loaded = scorecard_core::read(text.as_bytes());
    let errors: Vec<_> =
        loaded.diagnostics.iter().filter(|d| d.severity == scorecard_core::Severity::Error).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn long_layout_with_the_spellings_officers_use() {
    let csv = "Performance report, Q2\n\
               ,\n\
               PI Ref,Indicator,Service,Quarter,Actual,Target,RAG,Comments\n\
               CT1,Council tax collected,Revenues,Q1 2023/24,\"28.1%\",28%,G,\n\
               CT1,Council tax collected,Revenues,2023/24 Q2,55.2%,56%,A,Slightly behind\n\
               HB2,Days to process benefit claims,Benefits,Qtr 1 2023/24,21.5,20,Red,Staff shortage\n\
               HB2,Days to process benefit claims,Benefits,Jul-Sep 2023,19.2,20,Green,\n\
               FT3,Fly-tipping incidents,Streets,2023-24;Q1,n/a,,,\n\
               FT3,Fly-tipping incidents,Streets,2023/24-Q2,*,,,\n";
    let i = import(csv.as_bytes(), &opts());
    checks_clean(&i);
    assert_eq!(i.layout().map(|l| l.as_str()), Some("long"));
    assert_eq!(i.mapping.header_row, Some(3), "title rows above the header are skipped");
    assert_eq!(
        figures(&i, "CT1"),
        [
            ("2023/24-Q1".into(), Some(28.1), Some(28.0), Some("green".into())),
            ("2023/24-Q2".into(), Some(55.2), Some(56.0), Some("amber".into()))
        ]
    );
    assert_eq!(indicator(&i, "CT1")["unit"], "percent", "a % in the cells marks the unit");
    assert_eq!(indicator(&i, "HB2")["polarity"], "lower", "red above target, green below: lower is better");
    assert!(problems(&i, Level::Info).iter().any(|p| p.contains("HB2: polarity \"lower\" inferred from 2")));
    assert_eq!(indicator(&i, "FT3")["values"][0]["value"], Value::Null);
    assert_eq!(indicator(&i, "FT3")["values"][1]["suppressed"], true);
    assert_eq!(doc(&i)["current_period"], "2023/24-Q2");
    assert_eq!(doc(&i)["services"].as_array().unwrap().len(), 3);
    assert_eq!(indicator(&i, "HB2")["values"][0]["comment"], "Staff shortage");
    assert_eq!(i.exit_code(), 0);
}

#[test]
fn wide_layout_with_period_headers_and_an_annual_target() {
    let csv = "Code,Title,Q1 2024/25,Q2 2024/25,Q3 2024/25,Annual Target,Status,Polarity\n\
               W1,Missed bins per 100k,52,61,,60,Amber,Lower is better\n\
               W2,Recycling rate,40.1,41.5,39.9,45,,Higher is better\n";
    let i = import(csv.as_bytes(), &opts());
    checks_clean(&i);
    assert_eq!(i.layout().map(|l| l.as_str()), Some("wide"));
    assert_eq!(
        figures(&i, "W1"),
        [
            ("2024/25-Q1".into(), Some(52.0), Some(60.0), None),
            ("2024/25-Q2".into(), Some(61.0), Some(60.0), Some("amber".into()))
        ],
        "the status belongs to the latest period of the row; the target to every period"
    );
    assert_eq!(indicator(&i, "W2")["polarity"], "higher");
    assert_eq!(figures(&i, "W2").len(), 3);
    assert_eq!(doc(&i)["current_period"], "2024/25-Q3");
}

#[test]
fn wide_layout_with_value_and_target_pairs() {
    let csv = "Code,Title,Q1 2024/25 Value,Q1 2024/25 Target,Q2 2024/25 Value,Q2 2024/25 Target\n\
               P1,Pay within 30 days,95,97,98,97\n";
    let i = import(csv.as_bytes(), &opts());
    assert_eq!(
        figures(&i, "P1"),
        [
            ("2024/25-Q1".into(), Some(95.0), Some(97.0), None),
            ("2024/25-Q2".into(), Some(98.0), Some(97.0), None)
        ]
    );
}

#[test]
fn report_layout_needs_the_period_and_then_reads_relative_columns() {
    let csv = "KPI ref,Description,Previous quarter,This quarter,Target,Status,Notes\n\
               CS01,Calls answered,79.6,78.5,80,close to target,No notes\n";
    let fatal = import(csv.as_bytes(), &opts());
    assert!(fatal.fatal.as_deref().unwrap().contains("--period"), "{:?}", fatal.fatal);
    assert_eq!(fatal.exit_code(), 2);
    let i = import(csv.as_bytes(), &with_period("2014/15-Q2"));
    checks_clean(&i);
    assert_eq!(i.layout().map(|l| l.as_str()), Some("report"));
    assert_eq!(
        figures(&i, "CS01"),
        [
            ("2014/15-Q1".into(), Some(79.6), None, None),
            ("2014/15-Q2".into(), Some(78.5), Some(80.0), Some("amber".into()))
        ]
    );
    assert_eq!(indicator(&i, "CS01")["values"][1].get("comment"), None, "\"No notes\" is no comment");
}

#[test]
fn contradicting_rows_are_all_left_out_and_named() {
    let csv = "Code,Title,Period,Value\nA,Alpha,2023/24-Q1,5\nA,Alpha,2023/24-Q1,6\nA,Alpha,2023/24-Q2,7\nA,Alpha,2023/24-Q2,7\n";
    let i = import(csv.as_bytes(), &opts());
    assert_eq!(figures(&i, "A"), [("2023/24-Q2".into(), Some(7.0), None, None)]);
    let errors = problems(&i, Level::Error);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("row 3: A 2023/24-Q1 is given again with different figures (first at row 2)"),
        "{errors:?}"
    );
    assert!(problems(&i, Level::Warning)
        .iter()
        .any(|w| w.starts_with("row 5: A 2023/24-Q2 is given again with the same figures")));
    assert_eq!(i.left_out, 2);
    assert_eq!(i.exit_code(), 1);
}

#[test]
fn bad_cells_are_named_and_leave_out_only_their_row() {
    let csv = "Code,Title,Period,Value\nA,Alpha,2023/24-Q1,lots\nA,Alpha,2014-17,5\nA,Alpha,2023/24-Q2,6\n";
    let i = import(csv.as_bytes(), &opts());
    let errors = problems(&i, Level::Error);
    assert!(
        errors.iter().any(|e| e.starts_with("row 2, column \"Value\": \"lots\" is not a number")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with("row 3, column \"Period\": \"2014-17\" spans several years")),
        "{errors:?}"
    );
    assert_eq!(figures(&i, "A"), [("2023/24-Q2".into(), Some(6.0), None, None)]);
    assert_eq!(i.left_out, 2);
}

#[test]
fn every_column_without_a_role_is_listed() {
    let csv = "Code,Title,Period,Value,Owner's favourite colour\nA,Alpha,2023/24-Q1,5,blue\n";
    let i = import(csv.as_bytes(), &opts());
    let infos = problems(&i, Level::Info);
    assert!(
        infos.iter().any(|p| p.starts_with("row 1, column \"Owner's favourite colour\": not imported")),
        "{infos:?}"
    );
}

#[test]
fn fatal_inputs_say_why_in_one_line() {
    let cases: &[(&[u8], &str)] = &[
        (b"", "no sheet has a column"),
        (b"Code,Title,Period,Value\n", "no values were found"),
        (b"Colour,Size\nred,5\n", "no sheet has a column"),
        (b"PK\x03\x04 truncated zip", "could not be read"),
        (&[0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3], "could not be read"),
        (b"\x00\x01\x02\xff\xfe\x00garbage", "not a spreadsheet"),
    ];
    for (bytes, want) in cases {
        let i = import(bytes, &opts());
        let reason = i.fatal.clone().unwrap_or_else(|| panic!("{bytes:?} was not fatal"));
        assert!(reason.contains(want), "{bytes:?}: {reason}");
        assert!(!reason.contains('\n'));
        assert!(i.text.is_none());
    }
}

#[test]
fn huge_cells_and_wide_sheets_do_not_break_it() {
    let big = "x".repeat(5 * 1024 * 1024);
    let csv = format!("Code,Title,Period,Value,Comment\nA,Alpha,2023/24-Q1,5,{big}\n");
    let i = import(csv.as_bytes(), &opts());
    assert_eq!(figures(&i, "A").len(), 1);
    let header: Vec<String> = (0..2000).map(|c| format!("Extra {c}")).collect();
    let row: Vec<String> = (0..2000).map(|c| c.to_string()).collect();
    let wide =
        format!("Code,Title,Period,Value,{}\nA,Alpha,2023/24-Q1,5,{}\n", header.join(","), row.join(","));
    let i = import(wide.as_bytes(), &opts());
    assert_eq!(figures(&i, "A").len(), 1);
    assert!(problems(&i, Level::Info).iter().any(|p| p.contains("2000 columns not imported")));
}

#[test]
fn windows_1252_money_is_currency() {
    let csv = b"Code,Title,Period,Value\nS1,Savings delivered,2023/24,\xA31,050,000\n";
    // The comma in the money splits the field unless quoted: officers' CSVs quote it.
    let quoted = b"Code,Title,Period,Value\nS1,Savings delivered,2023/24,\"\xA31,050,000\"\n";
    let misaligned = import(csv, &opts());
    assert!(problems(&misaligned, Level::Error)
        .iter()
        .any(|e| e.starts_with("row 2: this row has 2 more cells")));
    let i = import(quoted, &opts());
    assert_eq!(figures(&i, "S1"), [("2023/24".into(), Some(1_050_000.0), None, None)]);
    assert_eq!(indicator(&i, "S1")["unit"], "currency");
}

#[test]
fn a_mapping_names_roles_scales_and_words() {
    let csv = "Ref,Name,When,Score,Colour\nA1,Alpha,2023/24-Q1,0.925,above target\nA1,Alpha,2023/24-Q2,0.95,for info only\n";
    let mapping = Mapping::from_json(
        br#"{"columns": {"Ref": "code", "Name": "title", "When": "period", "Score": {"role": "value", "multiply": 100},
                          "Colour": "reported_status"},
             "statuses": {"above target": "green", "for info only": null}, "organisation": "Hart District Council"}"#,
    )
    .unwrap();
    let i = import(csv.as_bytes(), &Options { mapping, ..opts() });
    assert_eq!(
        figures(&i, "A1"),
        [
            ("2023/24-Q1".into(), Some(92.5), None, Some("green".into())),
            ("2023/24-Q2".into(), Some(95.0), None, None)
        ]
    );
    assert_eq!(i.mapping.columns.get("Score").map(|c| c.role()), Some("value"));
    let missing = Mapping::from_json(br#"{"columns": {"Actual": "value"}}"#).unwrap();
    let i = import(csv.as_bytes(), &Options { mapping: missing, ..opts() });
    assert!(i.fatal.as_deref().unwrap().contains("\"Actual\""));
}

#[test]
fn the_mapping_used_imports_the_same_again() {
    let csv = "Notes above\nPI Code,PI Name,Period,Outturn,Target,Status\nA,Alpha,2023/24-Q1,5,6,R\n";
    let first = import(csv.as_bytes(), &opts());
    let again = import(csv.as_bytes(), &Options { mapping: first.mapping.clone(), ..opts() });
    assert_eq!(doc(&first), doc(&again));
    assert_eq!(first.mapping.header_row, Some(2));
    assert_eq!(first.mapping.columns.get("Outturn").map(|c| c.role()), Some("value"));
}

#[test]
fn actions_come_from_an_actions_sheet() {
    // Two files are one import only in a workbook; an actions CSV imports alone.
    let csv = "Ref,Action,Status,Lead Officer,Due Date,Period,Update\n\
               C2,SEND recovery plan,At Risk,Head of SEND,2024-03-31,2023/24-Q2,Locum psychologists start in October\n\
               C2,SEND recovery plan,on track,Head of SEND,2024-03-31,2023/24-Q1,\n";
    let i = import(csv.as_bytes(), &opts());
    checks_clean(&i);
    let a = &doc(&i)["actions"][0];
    assert_eq!(a["id"], "c2");
    assert_eq!(a["updates"][0]["period"], "2023/24-Q1");
    assert_eq!(a["updates"][1]["status"], "at-risk");
    assert_eq!(a["due"], "2024-03-31");
}

#[test]
fn many_councils_need_one_chosen() {
    let csv = "Code,Measure,Financial year,Local authority name,Value\nA1,Alpha,2022-23,Hart,5\nA1,Alpha,2022-23,Rushmoor,6\n";
    let i = import(csv.as_bytes(), &Options { organisation: None, ..opts() });
    assert!(i.fatal.as_deref().unwrap().contains("2 organisations"), "{:?}", i.fatal);
    let i = import(csv.as_bytes(), &Options { organisation: Some("rushmoor".into()), ..opts() });
    assert_eq!(figures(&i, "A1"), [("2022/23".into(), Some(6.0), None, None)]);
}

/// A workbook with what real ones carry: title rows, a fraction shown as a percentage, a
/// date cell as the period, an error cell, a formula with its cached value.
fn workbook() -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("PI Report").unwrap();
    ws.write_string(0, 0, "Wexcombe Borough Council: performance report").unwrap();
    for (c, h) in ["PI Code", "PI Name", "Date", "Actual", "Target"].iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    let pct = Format::new().set_num_format("0.0%");
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let d = |m: u8| ExcelDateTime::from_ymd(2023, m, 30).unwrap();
    ws.write_string(3, 0, "CT1").unwrap();
    ws.write_string(3, 1, "Council tax collected").unwrap();
    ws.write_datetime_with_format(3, 2, d(6), &date).unwrap();
    ws.write_number_with_format(3, 3, 0.281, &pct).unwrap();
    ws.write_number_with_format(3, 4, 0.28, &pct).unwrap();
    ws.write_string(4, 0, "CT1").unwrap();
    ws.write_string(4, 1, "Council tax collected").unwrap();
    ws.write_datetime_with_format(4, 2, d(9), &date).unwrap();
    ws.write_formula_with_format(4, 3, Formula::new("=0.5+0.052").set_result("0.552"), &pct).unwrap();
    ws.write_number_with_format(4, 4, 0.56, &pct).unwrap();
    ws.write_string(5, 0, "CT1").unwrap();
    ws.write_string(5, 1, "Council tax collected").unwrap();
    ws.write_string(5, 2, "Q3 2023/24").unwrap();
    ws.write_formula(5, 3, Formula::new("=1/0").set_result("#DIV/0!")).unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn workbooks_keep_formats_dates_formulas_and_errors() {
    let bytes = workbook();
    let mut o = opts();
    o.mapping = Mapping::from_json(br#"{"columns": {"PI Code": "code", "PI Name": "title", "Date": "period", "Actual": "value", "Target": "target"}}"#).unwrap();
    let i = import(&bytes, &o);
    checks_clean(&i);
    assert_eq!(i.mapping.sheet.as_deref(), Some("PI Report"));
    assert_eq!(i.mapping.header_row, Some(3));
    let f = figures(&i, "CT1");
    assert_eq!(
        f[0],
        ("2023/24-Q1".into(), Some(28.1), Some(28.0), None),
        "0.281 shown as 28.1% is 28.1; 30 June ends Q1"
    );
    assert_eq!(
        f[1],
        ("2023/24-Q2".into(), Some(55.2), Some(56.0), None),
        "a formula is read as its cached value"
    );
    assert_eq!(f[2], ("2023/24-Q3".into(), None, None, None));
    assert_eq!(indicator(&i, "CT1")["frequency"], "quarterly");
    assert_eq!(indicator(&i, "CT1")["unit"], "percent");
    let warnings = problems(&i, Level::Warning);
    assert!(
        warnings.iter().any(|w| w.starts_with("PI Report!D6: the cell holds the spreadsheet error #DIV/0!")),
        "{warnings:?}"
    );
}

#[test]
fn a_password_protected_workbook_is_named_as_such() {
    // The officer's template, saved with the password "secret" (tests/fixtures).
    let bytes = include_bytes!("../../../tests/fixtures/password-protected.xlsx");
    let i = import(bytes, &opts());
    assert!(i.fatal.as_deref().unwrap().contains("protected with a password"), "{:?}", i.fatal);
}

#[test]
fn a_text_file_named_xlsx_is_read_as_what_it_is() {
    let i = import(b"this is not a spreadsheet at all, just a note\n", &opts());
    assert!(i.fatal.is_some());
}

fn real(path: &str) -> Option<Vec<u8>> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/real").join(path);
    match std::fs::read(&p) {
        Ok(b) => Some(b),
        Err(_) => {
            eprintln!(
                "skipped: {} is not here (the real council files live in ../shared/data/real/)",
                p.display()
            );
            None
        }
    }
}

#[test]
fn real_hart_quarters_merge_to_the_published_scorecard() {
    let (Some(aug), Some(nov), Some(expected)) = (
        real("hart-dc-kpis/hart_kpis_snapshot_2014-08-10.csv"),
        real("hart-dc-kpis/hart_kpis_snapshot_2014-11-07.csv"),
        real("hart-2014-15.json"),
    ) else {
        return;
    };
    let q1 = import(&aug, &with_period("2014/15-Q1"));
    let q2 = import(&nov, &with_period("2014/15-Q2"));
    assert_eq!((q1.indicators, q2.indicators), (45, 45));
    let (merged, notes) = scorecard_core::import::merge::merge(&doc(&q1), &doc(&q2), &q2.context);
    let restated: Vec<&str> = notes.iter().map(|p| p.message.as_str()).collect();
    assert!(restated.iter().any(|m| m.starts_with("FI06 2014/15-Q1 is 97.9")), "{restated:?}");
    assert!(restated.iter().any(|m| m.starts_with("HR11 2014/15-Q1 is 2.7")), "{restated:?}");
    let expected: Value = serde_json::from_slice(&expected).unwrap();
    let key = |d: &Value| -> Vec<(String, Figures)> {
        let mut out: Vec<_> = d["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|i| {
                let code = i["code"].as_str().unwrap().to_string();
                i["values"].as_array().unwrap().iter().map(move |v| {
                    let f = (
                        v["period"].as_str().unwrap().to_string(),
                        v["value"].as_f64(),
                        v["target"].as_f64(),
                        v["reported_status"].as_str().map(str::to_string),
                    );
                    (code.clone(), f)
                })
            })
            .collect();
        out.sort_by(|a, b| (&a.0, &a.1 .0).cmp(&(&b.0, &b.1 .0)));
        out
    };
    assert_eq!(key(&merged), key(&expected));
    assert_eq!(merged["current_period"], "2014/15-Q2");
}

#[test]
fn real_stirling_lgbf_quarters_for_one_council() {
    let Some(bytes) = real("lgbf-stirling-csv/indicator_data_real_quarterly.csv") else { return };
    let i = import(&bytes, &Options { organisation: Some("Stirling".into()), ..opts() });
    checks_clean(&i);
    let f = figures(&i, "CORP 09");
    assert_eq!(f.len(), 21, "2018-19;Q1 to 2023-24;Q1");
    assert_eq!(f[0].0, "2018/19-Q1");
    assert_eq!(f[20].0, "2023/24-Q1");
    assert_eq!(f[20].1, Some(0.88));
    assert_eq!(doc(&i)["organisation"]["name"], "Stirling");
}

#[test]
fn real_oflog_measures_for_one_council() {
    let Some(bytes) = real("oflog-asc/ASC_data.csv") else { return };
    let i = import(&bytes, &Options { organisation: Some("Hartlepool".into()), ..opts() });
    checks_clean(&i);
    assert_eq!(i.indicators, 7);
    assert_eq!(indicator(&i, "ASC3")["polarity"], "higher", "desc: a higher rank order is better");
    assert_eq!(indicator(&i, "ASC6")["polarity"], "neutral", "None");
    let f = figures(&i, "ASC3");
    assert!(f.contains(&("2022/23".into(), Some(84.5), None, None)), "{f:?}");
    assert_eq!(indicator(&i, "ASC1")["title"], "Outcome, ASC Carer Quality of Life");
}

#[test]
fn real_lgbf_workbook_for_one_council() {
    let Some(bytes) = real("lgbf-improvement-service/new_bnch_data.xlsx") else { return };
    let all = import(&bytes, &Options { organisation: None, ..opts() });
    assert!(all.fatal.as_deref().unwrap().contains("33 organisations"), "{:?}", all.fatal);
    let i = import(&bytes, &Options { organisation: Some("Stirling".into()), ..opts() });
    checks_clean(&i);
    assert!(i.indicators > 100, "{}", i.indicators);
    let chn1 = figures(&i, "CHN1");
    assert_eq!(chn1.len(), 11, "2010-11 to 2020-21");
    assert_eq!(chn1[0].0, "2010/11");
    assert!(chn1[10].1.unwrap() > 1000.0, "cost per primary pupil, read from the cached formula");
}

//! Workbooks: what real ones carry, and files that are not what their name says.

use super::*;

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
    let bytes = include_bytes!("../../../../tests/fixtures/password-protected.xlsx");
    let i = import(bytes, &opts());
    assert!(i.fatal.as_deref().unwrap().contains("protected with a password"), "{:?}", i.fatal);
}

#[test]
fn a_text_file_named_xlsx_is_read_as_what_it_is() {
    let i = import(b"this is not a spreadsheet at all, just a note\n", &opts());
    assert!(i.fatal.is_some());
}

/// The template's CSV defuses text a spreadsheet would run as a formula, and importing it
/// back gives the text as it was.
#[test]
fn formula_like_text_goes_out_defused_and_comes_back_as_written() {
    let mut sc =
        scorecard_core::read(include_bytes!("../../../../public/data/sample.json")).scorecard.unwrap();
    let title = "=HYPERLINK(\"https://example.com\",\"Click\")";
    sc.indicators[0].title = scorecard_core::text::Text::plain(title);
    let csv = scorecard_core::import::template::csv(&sc);
    assert!(csv.contains("\"'=HYPERLINK("), "the CSV carries the formula defused");
    assert!(!csv.contains(",=HYPERLINK("), "never live");
    let back = import(csv.as_bytes(), &opts());
    assert!(back.fatal.is_none(), "{:?}", back.fatal);
    let doc = doc(&back);
    let code = sc.indicators[0].code.clone().unwrap_or_default();
    let found = doc["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == code.as_str())
        .expect("the indicator");
    assert_eq!(found["title"], title);
}

/// An officer's sheet saved as Excel 97-2003 (written by xlwt: `tests/fixtures/xls/make.py`):
/// the percentages, dates and formula read as in the XLSX above, through the bounded reader.
#[test]
fn an_old_excel_file_reads_like_a_new_one() {
    let bytes = include_bytes!("../../../../tests/fixtures/xls/indicators.xls");
    let mut o = opts();
    o.mapping = Mapping::from_json(br#"{"columns": {"PI Code": "code", "PI Name": "title", "Date": "period", "Actual": "value", "Target": "target"}}"#).unwrap();
    let i = import(bytes, &o);
    checks_clean(&i);
    assert_eq!(i.mapping.sheet.as_deref(), Some("PI Report"));
    let f = figures(&i, "CT1");
    assert_eq!(f[0], ("2023/24-Q1".into(), Some(28.1), Some(28.0), None), "0.281 shown as 28.1%");
    assert_eq!(f[1].0, "2023/24-Q2");
    assert_eq!(indicator(&i, "CT1")["unit"], "percent");
    assert_eq!(indicator(&i, "WS1")["title"], "Gwastraff wedi'i ailgylchu");
}

/// A sheet whose DIMENSIONS record claims four billion rows imports as what it holds
/// (calamine alone would reserve room for the claim and abort).
#[test]
fn an_old_excel_files_claimed_size_changes_nothing() {
    let bytes = include_bytes!("../../../../tests/fixtures/hostile/claimed.xls");
    let good = include_bytes!("../../../../tests/fixtures/xls/indicators.xls");
    let mut o = opts();
    o.mapping = Mapping::from_json(br#"{"columns": {"PI Code": "code", "PI Name": "title", "Date": "period", "Actual": "value", "Target": "target"}}"#).unwrap();
    assert_eq!(doc(&import(bytes, &o)), doc(&import(good, &o)));
}

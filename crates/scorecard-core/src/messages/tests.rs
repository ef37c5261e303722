//! Both catalogues say every message; the Welsh one in Welsh.

use super::*;
use crate::read::json::Json;

/// Every message, said with sample arguments, in one language.
fn all(m: &dyn Messages) -> Vec<(&'static str, String)> {
    let v = Json::String("96.2%".into());
    let names = vec!["Stirling".to_string(), "Falkirk".to_string()];
    vec![
        ("describe", m.describe(&v)),
        ("expected", m.expected(Expected::TextOrVersions, &v)),
        ("missing", m.missing("title")),
        ("one_of", m.one_of(&["higher", "lower"], &v)),
        ("repeated_field", m.repeated_field("title")),
        ("unknown_field", m.unknown_field("colour")),
        ("too_large", m.too_large(30_000_000, 20 * 1_048_576)),
        ("not_a_site", m.not_a_site("site")),
        ("report_needs_docx", m.report_needs_docx()),
        ("report_summary", m.report_summary("q3.json", "Quarter 2, 2023/24", "cy", "q3.docx")),
        ("report_no_period", m.report_no_period("2031-Q1")),
        ("publish_summary", m.publish_summary("q3.json", "site/data/scorecard.json", 90, "cy")),
        ("publish_news", m.publish_news("updates.xml", true)),
        ("site_stale", m.site_stale("index.html", "data/scorecard.json")),
        ("site_copy_differs", m.site_copy_differs("index.html.br", "index.html")),
        ("site_summary", m.site_summary("site", 90, 180, 2)),
        ("not_utf8", m.not_utf8(10, 2)),
        ("too_deep", m.too_deep(64, 3)),
        ("not_json", m.not_json("EOF")),
        ("top_level_not_object", m.top_level_not_object(&v)),
        ("format_missing", m.format_missing()),
        ("wrong_format", m.wrong_format(&v)),
        ("bad_slug", m.bad_slug("A B")),
        ("duplicate_id", m.duplicate_id("x", "/indicators/0")),
        ("duplicate_period", m.duplicate_period("2023/24-Q2", "/indicators/0/values/1")),
        ("unknown_ref", m.unknown_ref(RefKind::Service, "x")),
        ("frequency_mismatch", m.frequency_mismatch("2023-09", PeriodKind::Month, PeriodKind::Quarter)),
        ("suppressed_with_value", m.suppressed_with_value()),
        ("sensitive_count", m.sensitive_count(3.0, 5)),
        ("bad_date", m.bad_date("20/11/2023")),
        ("option_needs_value", m.option_needs_value("output")),
        ("out_of_range", m.out_of_range("decimals", 0, 6, &v)),
        ("not_https", m.not_https("http://x")),
        ("bad_gss_code", m.bad_gss_code("X")),
        ("bad_currency", m.bad_currency("X")),
        ("tolerance_shape", m.tolerance_shape()),
        ("empty_text", m.empty_text()),
        ("unknown_language", m.unknown_language("fr")),
        ("no_explanation", m.no_explanation("red", "2023/24-Q2")),
        ("status_differs", m.status_differs("amber", "red", "2023/24-Q2")),
        ("current_period_empty", m.current_period_empty("2023/24-Q2")),
        ("not_finite", m.not_finite()),
        ("not_a_period", m.not_a_period("soon")),
        ("quarter_out_of_range", m.quarter_out_of_range("2023/24-Q5")),
        ("month_out_of_range", m.month_out_of_range("2023-13")),
        ("years_not_consecutive", m.years_not_consecutive("2023/25", "2023/24")),
        ("csv_cell", m.csv_cell(7, "Actual")),
        ("csv_row", m.csv_row(7)),
        ("import_too_large", m.import_too_large(60_000_000, 50 * 1_048_576)),
        ("sheet_unreadable", m.sheet_unreadable("PI", "x")),
        ("open_data_status", m.open_data_status('c')),
        ("period_interval", m.period_interval("2015-11-16/P1Y")),
        ("no_values_because", m.no_values_because("PI!C2", "\"x\"")),
        ("workbook_inflates", m.workbook_inflates("xl/worksheets/sheet1.xml", 128 * 1_048_576)),
        ("sheet_too_large", m.sheet_too_large("PI", "A1", "XFD1048576", 17_179_869_184, 2_000_000)),
        ("csv_too_many_rows", m.csv_too_many_rows(1_048_578, 1_048_576)),
        ("sheet_too_many_rows", m.sheet_too_many_rows("PI", 1, 900_000, 600_000)),
        ("shared_text_too_large", m.shared_text_too_large(64 * 1_048_576)),
        ("csv_too_large", m.csv_too_large(2, 2_000_000)),
        ("password_protected", m.password_protected()),
        ("workbook_unreadable", m.workbook_unreadable("x")),
        ("xls_damaged", m.xls_damaged(Some(4096))),
        ("unknown_area", m.unknown_ref(RefKind::Area, "X1")),
        ("pack_elsewhere", m.pack_elsewhere("https://example.org/pack/index.json")),
        ("unknown_measure", m.unknown_ref(RefKind::Measure, "x")),
        ("xls_damaged_container", m.xls_damaged(None)),
        ("xls_no_workbook", m.xls_no_workbook()),
        ("not_a_spreadsheet", m.not_a_spreadsheet()),
        ("csv_unreadable", m.csv_unreadable("x")),
        ("bad_mapping", m.bad_mapping("x")),
        ("no_such_header_row", m.no_such_header_row(3, "PI")),
        ("mapped_column_missing", m.mapped_column_missing("Actual", "PI")),
        ("unknown_role", m.unknown_role("colour", "Actual")),
        ("unknown_layout", m.unknown_layout("tall")),
        ("no_such_sheet", m.no_such_sheet("PI", &["Values"])),
        ("no_indicator_columns", m.no_indicator_columns()),
        ("measures_need_period", m.measures_need_period("cla_rate", Some("Table 1"))),
        ("report_needs_period", m.report_needs_period("This quarter", Some("PI"))),
        ("column_not_imported", m.column_not_imported("Notes")),
        ("columns_not_imported", m.columns_not_imported(&names)),
        ("date_for_number", m.date_for_number()),
        ("error_cell", m.error_cell("#DIV/0!")),
        ("not_a_number", m.not_a_number("lots")),
        ("unknown_status_word", m.unknown_status_word("purple")),
        ("period_range", m.period_range("2019-2022")),
        ("not_a_period_cell", m.not_a_period_cell("soon")),
        ("row_without_name", m.row_without_name()),
        ("repeated_row", m.repeated_row("BV 9", "2023/24-Q2")),
        ("conflicting_rows", m.conflicting_rows("BV 9", "2023/24-Q2", &m.csv_row(3))),
        ("unknown_action_status", m.unknown_action_status("maybe")),
        ("action_without_period", m.action_without_period("A1")),
        ("action_update_repeated", m.action_update_repeated("A1", "2023/24-Q2")),
        ("no_organisation", m.no_organisation()),
        ("unnamed_organisation", m.unnamed_organisation()),
        ("default_scorecard_title", m.default_scorecard_title()),
        ("no_values_at_all", m.no_values_at_all()),
        ("unknown_frequency", m.unknown_frequency("fortnightly")),
        ("mixed_frequencies", m.mixed_frequencies("BV 9")),
        ("periods_not_of_frequency", m.periods_not_of_frequency("BV 9", "quarterly", "2023-09")),
        ("unknown_unit_word", m.unknown_unit_word("furlongs")),
        ("unknown_polarity_word", m.unknown_polarity_word("sideways")),
        ("polarity_inferred", m.polarity_inferred("BV 9", "higher", 3)),
        ("polarity_unknown", m.polarity_unknown("BV 9")),
        ("imported_file_problem", m.imported_file_problem("/title", "x")),
        ("template_failed", m.template_failed("x")),
        ("no_figure", m.no_figure()),
        ("restated", m.restated("BV 9", "2023/24-Q2", "96.1", "96.4")),
        ("template_readme_title", m.template_readme_title().to_string()),
        ("template_readme", m.template_readme().join(" ")),
        ("reprint_differs", m.reprint_differs("BV 9", "2023/24-Q1", "96.1", "96.4")),
        ("many_organisations", m.many_organisations("Council", &names)),
        ("organisation_not_in_file", m.organisation_not_in_file("Perth", "Council", &names)),
        ("row_too_wide", m.row_too_wide(2)),
        ("usage_word", m.usage_word().to_string()),
        ("severity", m.severity(Severity::Warning).to_string()),
        ("import_severity", m.import_severity("info").to_string()),
        ("unknown_option", m.unknown_option("colour")),
        ("not_whole_number", m.not_whole_number("periods", "x")),
        ("unknown_language_option", m.unknown_language_option("fr")),
        ("option_required", m.option_required("periods")),
        ("lang_option_note", m.lang_option_note().to_string()),
        ("unknown_command", m.unknown_command("launch")),
        ("no_command", m.no_command()),
        ("unexpected_argument", m.unexpected_argument("x")),
        ("cannot_read_stdin", m.cannot_read_stdin("x")),
        ("cannot_read_file", m.cannot_read_file("x")),
        ("cannot_write", m.cannot_write("sgorio.json", "x")),
        ("check_needs_file", m.check_needs_file()),
        ("status_needs_file", m.status_needs_file()),
        ("import_needs_file", m.import_needs_file()),
        ("export_needs_file", m.export_needs_file()),
        ("export_needs_one_of", m.export_needs_one_of()),
        ("json_needs_output", m.json_needs_output()),
        ("option_out_of_range", m.option_out_of_range("periods", 1, 400)),
        ("unreadable", m.unreadable()),
        ("check_summary", m.check_summary(63, 18, 0, 6)),
        ("nothing_read", m.nothing_read()),
        ("status_left_out", m.status_left_out("f.json", 2)),
        ("status_period", m.status_period("2023/24-Q2")),
        ("status_headers", m.status_headers().join(" ")),
        ("action_headers", m.action_headers().join(" ")),
        ("wire_word", m.wire_word("amber").to_string()),
        ("suppressed_cell", m.suppressed_cell().to_string()),
        ("status_summary", m.status_summary(63, "28 green", 32, 2)),
        ("export_summary", m.export_summary("f.json", 63, 18, "t.xlsx")),
        ("import_summary", m.import_summary("f.csv", (63, 2000, 18), Some("long"), 0, 1)),
    ]
}

/// English words that give away an untranslated Welsh message (the file's own words, such as
/// the format's field names and the English headers the importer recognises, are quoted and
/// so left out of the check).
const ENGLISH: &[&str] = &[
    "the", "and", "not", "found", "expected", "field", "missing", "file", "row", "column", "sheet", "with",
    "this", "left", "out", "read", "number", "period", "indicator", "indicators", "actions", "warning",
    "error", "cannot", "must", "given", "unknown",
];

fn unquoted(s: &str) -> String {
    // Leave out "quoted" text and JSON pointers (/indicators/0): they are the file's own words.
    let mut out = String::new();
    let (mut quoted, mut pointer) = (false, false);
    for c in s.chars() {
        if c == '"' {
            quoted = !quoted;
        } else if c == '/' && !quoted {
            pointer = true;
        } else if c.is_whitespace() {
            pointer = false;
            out.push(c);
        } else if !quoted && !pointer {
            out.push(c);
        }
    }
    out
}

#[test]
fn every_message_is_said_in_both_languages() {
    let (en, cy) = (all(Lang::En.messages()), all(Lang::Cy.messages()));
    assert_eq!(en.len(), cy.len());
    let same = ["csv_row_number_only"];
    for ((key, e), (_, c)) in en.iter().zip(&cy) {
        assert!(!e.trim().is_empty() && !c.trim().is_empty(), "{key} is empty");
        if !same.contains(key) {
            assert_ne!(e, c, "{key} is not translated");
        }
        let text = unquoted(c);
        for w in text.split(|ch: char| !ch.is_alphabetic() && ch != '\'').filter(|w| !w.is_empty()) {
            let w = w.to_lowercase();
            // `--period` and the template's sheet names (Values, Indicators…) are the command's
            // and the workbook's own words.
            if text.contains(&format!("--{w}")) || key.starts_with("template_readme") {
                continue;
            }
            assert!(!ENGLISH.contains(&w.as_str()), "{key}: English word {w:?} in the Welsh {c:?}");
        }
    }
}

#[test]
fn the_language_chosen_is_the_one_diagnostics_are_written_in() {
    set_lang(Lang::Cy);
    let loaded = crate::read(br#"{"format": "scorecard/1"}"#);
    set_lang(Lang::En);
    let first = &loaded.diagnostics[0].message;
    assert!(first.contains("mae'r maes gofynnol"), "{first}");
    let loaded = crate::read(br#"{"format": "scorecard/1"}"#);
    assert!(
        loaded.diagnostics[0].message.contains("the required field"),
        "{}",
        loaded.diagnostics[0].message
    );
}

#[test]
fn languages_are_read_from_codes_people_write() {
    assert_eq!(Lang::parse("cy"), Some(Lang::Cy));
    assert_eq!(Lang::parse("cy-GB"), Some(Lang::Cy));
    assert_eq!(Lang::parse("EN_gb"), Some(Lang::En));
    assert_eq!(Lang::parse("fr"), None);
}

/// Every benchmark-pack message, said with sample arguments, in one language.
fn packs(m: &dyn PackMessages) -> Vec<(&'static str, String)> {
    let v = Json::String("96.2%".into());
    vec![
        ("pack_format_missing", m.pack_format_missing("scorecard-pack/1")),
        ("pack_wrong_format", m.pack_wrong_format(&v, "scorecard-pack/1")),
        ("pack_too_large", m.pack_too_large(9_000_000, 8 * 1_048_576)),
        ("not_a_sha256", m.not_a_sha256("abc")),
        ("duplicate_code", m.duplicate_code("E07000089", "/areas/0")),
        ("midpoint_missing", m.midpoint_missing()),
        ("shard_not_beside", m.shard_not_beside("../x.json")),
        ("not_an_interval", m.not_an_interval("2023")),
        ("group_members_shape", m.group_members_shape()),
        ("shard_for_another", m.shard_for_another("chn1")),
        ("period_not_in_measure", m.period_not_in_measure("2023-04-01/P1Y", "chn1")),
        ("column_length", m.column_length(3, 4)),
        ("status_pair", m.status_pair(&v)),
        ("pack_file_empty", m.pack_file_empty("a.csv")),
        ("pack_no_column", m.pack_no_column("a.csv", "Value")),
        ("pack_no_files", m.pack_no_files("x/*.csv")),
        ("pack_unknown_area", m.pack_unknown_area("Narnia")),
        ("pack_not_a_period", m.pack_not_a_period("soon")),
        ("pack_not_a_number", m.pack_not_a_number("lots")),
        ("pack_conflicting_value", m.pack_conflicting_value("chn1", "2023-04-01/P1Y", "S12000030")),
        ("pack_no_polarity", m.pack_no_polarity("gva")),
        ("pack_type_group", m.pack_type_group("district")),
        ("pack_cluster_group", m.pack_cluster_group("Global", "A")),
        ("pack_build_needs_recipe", m.pack_build_needs_recipe()),
        ("custom_group_title", m.custom_group_title(5)),
        ("custom_group_source", m.custom_group_source()),
        ("differs_from_pack", m.differs_from_pack("2023/24-Q2", "41.9", "recycling-rate")),
        ("pack_not_checked", m.pack_not_checked("packs/uk/index.json", "\"index.json\"")),
        ("pack_built", m.pack_built("pecyn/index.json", 3, 32, 9)),
        ("pack_summary", m.pack_summary(3, 32, 9, 0)),
        ("area_not_in_group", m.area_not_in_group("S12000030", "family-1")),
        ("area_in_no_group", m.area_in_no_group("S12000030")),
        ("group_not_for_measure", m.group_not_for_measure("family-1", "chn1")),
        ("compare_heading", m.compare_heading("Stirling", "Family group 2", 8)),
        ("no_value_word", m.no_value_word()),
        ("rank_of", m.rank_of(5, 32, 1, false)),
        ("rank_of_neutral", m.rank_of(5, 32, 1, true)),
        ("too_few_to_rank", m.too_few_to_rank(2)),
        ("no_value_to_rank", m.no_value_to_rank(317, &[crate::pack::compare::Nation::England])),
        ("no_value_to_rank_anywhere", m.no_value_to_rank(12, &[])),
        ("nation_scotland", m.nation(crate::pack::compare::Nation::Scotland).into()),
        ("without_data", m.without_data(2)),
        ("median_gap", m.median_gap("10.5", "-1.2")),
        ("significance", m.significance(crate::pack::stats::Significance::Better)),
        ("rank_change", m.rank_change(9, 5, 32, 4, 0)),
        ("highest_of", m.highest_of(22, 32)),
        ("quartile_name", m.quartile_name(1).into()),
    ]
}

#[test]
fn every_pack_message_is_said_in_both_languages() {
    let en = {
        set_lang(Lang::En);
        packs(p())
    };
    let cy = {
        set_lang(Lang::Cy);
        packs(p())
    };
    set_lang(Lang::En);
    assert_eq!(en.len(), cy.len());
    for ((key, e), (_, c)) in en.iter().zip(&cy) {
        assert!(!e.trim().is_empty() && !c.trim().is_empty(), "{key} is empty");
        assert_ne!(e, c, "{key} is not translated");
        let text = unquoted(c);
        for w in text.split(|ch: char| !ch.is_alphabetic() && ch != '\'').filter(|w| !w.is_empty()) {
            assert!(
                !ENGLISH.contains(&w.to_lowercase().as_str()),
                "{key}: English word {w:?} in the Welsh {c:?}"
            );
        }
    }
}

#[test]
fn welsh_pack_messages_quote_what_was_found_and_count_right() {
    set_lang(Lang::Cy);
    let m = p();
    let found = Json::String("scorecard/1".into());
    let said = m.pack_wrong_format(&found, "scorecard-pack/1");
    assert!(said.starts_with("mae'r ffeil hon yn y fformat \"scorecard/1\";"), "{said}");
    assert_eq!(m.too_few_to_rank(1), "heb ei restru: dim ond 1 gwerth sydd, llai na 3");
    assert_eq!(m.too_few_to_rank(2), "heb ei restru: dim ond 2 werth sydd, llai na 3");
    assert_eq!(m.pack_summary(1, 0, 6, 1), "mesurau: 1, ardaloedd: 0, grwpiau: 6; gwallau: 1");
    assert!(m.rank_change(9, 5, 32, 3, 6).contains("3 chyngor"), "{}", m.rank_change(9, 5, 32, 3, 6));
    assert!(m.status_pair(&found).starts_with("disgwyliwyd pâr"));
    set_lang(Lang::En);
}

#[test]
fn a_problem_with_the_whole_imported_file_names_no_place() {
    for m in [Lang::En.messages(), Lang::Cy.messages()] {
        let said = m.imported_file_problem("", "the file is 26.9 MB");
        assert!(!said.contains(" :") && said.ends_with(": the file is 26.9 MB"), "{said}");
    }
}

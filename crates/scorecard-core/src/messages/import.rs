//! What the spreadsheet importer (`import/`) says to a person. Problems are named by cell,
//! so no message repeats where.

use crate::text::clip;

pub fn csv_cell(row: usize, header: &str) -> String {
    format!("row {row}, column \"{}\"", clip(header, 40))
}

pub fn csv_row(row: usize) -> String {
    format!("row {row}")
}

pub fn import_too_large(bytes: usize, limit: usize) -> String {
    format!(
        "the file is {:.1} MB; a spreadsheet to import may be at most {} MB",
        bytes as f64 / 1_048_576.0,
        limit / 1_048_576
    )
}

pub fn sheet_unreadable(sheet: &str, detail: &str) -> String {
    format!("the sheet \"{}\" could not be read ({detail})", clip(sheet, 40))
}

pub fn password_protected() -> String {
    "the workbook is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook), save a copy and import that".into()
}

pub fn workbook_unreadable(detail: &str) -> String {
    format!("this looks like a workbook but could not be read; save it again from Excel or LibreOffice as .xlsx ({detail})")
}

pub fn not_a_spreadsheet() -> String {
    "this is not a spreadsheet: import reads CSV, XLSX, XLSM, XLS and ODS files".into()
}

pub fn csv_unreadable(detail: &str) -> String {
    format!("the CSV file could not be read ({detail})")
}

pub fn bad_mapping(detail: &str) -> String {
    format!("the mapping file is not valid: {detail}")
}

pub fn no_such_header_row(row: usize, sheet: &str) -> String {
    format!(
        "the mapping says the header is row {row}, but the sheet \"{}\" has no row {row}",
        clip(sheet, 40)
    )
}

pub fn mapped_column_missing(header: &str, sheet: &str) -> String {
    format!(
        "the mapping names the column \"{}\", which the sheet \"{}\" does not have",
        clip(header, 60),
        clip(sheet, 40)
    )
}

pub fn unknown_role(role: &str, header: &str) -> String {
    format!("the mapping gives the column \"{}\" the role \"{}\", which is not a role (for example code, title, value, value@previous, target, reported_status, ignore)", clip(header, 60), clip(role, 40))
}

pub fn unknown_layout(layout: &str) -> String {
    format!("the mapping's layout \"{}\" is not long, wide or report", clip(layout, 40))
}

pub fn no_such_sheet(name: &str, names: &[&str]) -> String {
    format!(
        "there is no sheet \"{}\"; the workbook has {}",
        clip(name, 40),
        names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
    )
}

pub fn no_indicator_columns() -> String {
    "no sheet has a column that could be an indicator's code or title (such as \"Code\", \"PI Ref\", \"Indicator\" or \"Title\"): name the columns with a mapping file".into()
}

pub fn report_needs_period(header: &str, sheet: Option<&str>) -> String {
    format!(
        "the column \"{}\"{} is relative to the report's period: say which period the sheet reports (--period 2024/25-Q2 on the command line, \"Period this report is for\" on the publish page)",
        clip(header, 60),
        sheet.map(|s| format!(" in \"{}\"", clip(s, 40))).unwrap_or_default()
    )
}

pub fn column_not_imported(_header: &str) -> String {
    "not imported: this column has no role (give it one in the mapping to import it)".into()
}

pub fn columns_not_imported(headers: &[String]) -> String {
    let shown: Vec<String> = headers.iter().take(8).map(|h| format!("\"{}\"", clip(h, 40))).collect();
    format!(
        "{} columns not imported (no role; give them one in the mapping to import them): {}{}",
        headers.len(),
        shown.join(", "),
        if headers.len() > 8 { ", …" } else { "" }
    )
}

pub fn date_for_number() -> String {
    "a date where a number was expected".into()
}

pub fn error_cell(error: &str) -> String {
    format!("the cell holds the spreadsheet error {error}: read as no data")
}

pub fn not_a_number(text: &str) -> String {
    format!("\"{}\" is not a number, a missing marker (blank, n/a, -) or a suppressed marker (*, c, <5); this row is left out", clip(text, 40))
}

pub fn unknown_status_word(text: &str) -> String {
    format!("\"{}\" is not a status this importer knows (red, amber, green, on target, off target…): no reported status read; add it to the mapping's \"statuses\"", clip(text, 40))
}

pub fn period_range(text: &str) -> String {
    format!(
        "\"{}\" spans several years, which no single period can hold; this row is left out",
        clip(text, 40)
    )
}

pub fn not_a_period_cell(text: &str) -> String {
    format!(
        "\"{}\" is not a period (for example Q2 2023/24, 2023/24, Sep 2023 or a date); this row is left out",
        clip(text, 40)
    )
}

pub fn row_without_name() -> String {
    "figures with no code or title to say which indicator they belong to; this row is left out".into()
}

pub fn repeated_row(key: &str, period: &str) -> String {
    format!("{} {period} is given again with the same figures: read once", clip(key, 40))
}

pub fn conflicting_rows(key: &str, period: &str, first: &str) -> String {
    format!(
        "{} {period} is given again with different figures (first at {first}): both are left out",
        clip(key, 40)
    )
}

pub fn unknown_action_status(text: &str) -> String {
    format!("\"{}\" is not an action status (Not started, On track, At risk, Off track, Complete, Cancelled); this row is left out", clip(text, 40))
}

pub fn action_without_period(key: &str) -> String {
    format!(
        "the action {} has an update with no period, and no indicator gives one: use --period",
        clip(key, 40)
    )
}

pub fn action_update_repeated(key: &str, period: &str) -> String {
    format!("the action {} has two updates for {period}: the later row is kept", clip(key, 40))
}

pub fn no_organisation() -> String {
    "no council named: give its name (--organisation \"Your Council\" on the command line, \"Council\" on the publish page, or \"organisation\" in the mapping)".into()
}

pub fn unnamed_organisation() -> String {
    "Organisation not named".into()
}

pub fn default_scorecard_title() -> String {
    "Performance scorecard".into()
}

pub fn no_values_at_all() -> String {
    "no values were found in any sheet: check the header row and the columns' roles".into()
}

pub fn unknown_frequency(word: &str) -> String {
    format!(
        "\"{}\" is not a frequency (monthly, quarterly, annual): taken from the periods instead",
        clip(word, 40)
    )
}

pub fn mixed_frequencies(key: &str) -> String {
    format!("{} has periods of more than one kind (months, quarters, years) and no frequency column: it is left out", clip(key, 40))
}

pub fn periods_not_of_frequency(key: &str, frequency: &str, found: &str) -> String {
    format!(
        "{} is {frequency}, but these periods are not: {}; it is left out",
        clip(key, 40),
        clip(found, 200)
    )
}

pub fn unknown_unit_word(word: &str) -> String {
    format!(
        "\"{}\" is not a unit this importer knows (%, £, days, number, ratio, rate…): read as a number",
        clip(word, 40)
    )
}

pub fn unknown_polarity_word(word: &str) -> String {
    format!("\"{}\" does not say which direction is better (higher is better, lower is better, goldilocks, data only): read as neutral, so no RAG is calculated", clip(word, 40))
}

pub fn polarity_inferred(key: &str, polarity: &str, n: usize) -> String {
    format!(
        "{}: polarity \"{polarity}\" inferred from {n} reported status{} against target",
        clip(key, 40),
        if n == 1 { "" } else { "es" }
    )
}

pub fn polarity_unknown(key: &str) -> String {
    format!("{}: nothing says whether higher or lower is better, so it is neutral (no RAG): add a polarity column or set it in the scorecard", clip(key, 40))
}

pub fn imported_file_problem(pointer: &str, message: &str) -> String {
    format!("the imported scorecard has a problem at {pointer}: {message}")
}

pub fn template_failed(detail: &str) -> String {
    format!("the template could not be written ({detail})")
}

pub fn no_figure() -> String {
    "none".into()
}

/// The spec's exact words: `restated CODE PERIOD: OLD → NEW`.
pub fn restated(code: &str, period: &str, old: &str, new: &str) -> String {
    format!("restated {code} {period}: {old} → {new}")
}

pub fn template_readme_title() -> &'static str {
    "How to fill in this workbook"
}

pub fn template_readme() -> Vec<String> {
    [
        "This workbook is your council's scorecard. Fill it in each quarter, then import it: on the publish page (publish.html) choose this file, or run scorecard import this-file.xlsx -o scorecard.json.",
        "Scorecard: the council's name, the scorecard's title, the date it is published (YYYY-MM-DD), the period the dashboard opens on, the month the reporting year starts (4 = April) and the defaults.",
        "Priorities and Services: one row each. ID is a short name in lower case with hyphens (housing-supply); Name is what residents read. A service may belong to a priority (its name or ID).",
        "Indicators: one row per indicator. Unit, Polarity (which direction is better), Frequency and Measure kind have drop-down lists. Tolerance is how close to target counts as amber, such as 5% (of the target) or 1.5 absolute; leave it blank for the scorecard's default.",
        "Values: one row per indicator per period. Indicator ID as on the Indicators sheet; Period as 2024/25-Q1, 2024/25 or 2024-06 (Q1 2024/25 and Jun 2024 work too). Leave Value blank for no data, write yes under Suppressed to withhold a small count. Status is the status the service reports, only where it differs from the calculated one; red and amber need a Comment.",
        "Actions: one row per update of a flagship action: the same Ref on each row, the Period and Status of the update, and a Comment for at risk or off track.",
        "Commentary: the narrative for a period: Scope is overall, or a service or priority (name or ID).",
        "Keep the sheet names and the header row as they are. Columns you add are listed as not imported, never lost silently.",
    ]
    .map(String::from)
    .to_vec()
}

/// A figure reprinted in a relative column (`Previous quarter`) that differs from the one
/// published: the published figure is kept.
pub fn reprint_differs(code: &str, period: &str, published: &str, reprinted: &str) -> String {
    format!(
        "{code} {period} is {reprinted} in this sheet's relative column but was published as {published}: the published figure is kept (to restate it, import a sheet that gives {period} as its own period)"
    )
}

fn some_names(names: &[String]) -> String {
    let shown: Vec<String> = names.iter().take(5).map(|n| format!("\"{}\"", clip(n, 40))).collect();
    if names.len() > 5 {
        format!("{}…", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

pub fn many_organisations(column: &str, names: &[String]) -> String {
    format!(
        "this file holds figures for {} organisations (column \"{}\": {}): choose yours (--organisation \"NAME\" on the command line, \"Council\" on the publish page, or \"organisation\" in the mapping)",
        names.len(),
        clip(column, 40),
        some_names(names)
    )
}

pub fn organisation_not_in_file(want: &str, column: &str, names: &[String]) -> String {
    format!(
        "no rows for \"{}\" in the column \"{}\", which holds {}",
        clip(want, 40),
        clip(column, 40),
        some_names(names)
    )
}

pub fn row_too_wide(extra: usize) -> String {
    format!(
        "this row has {extra} more cell{} than the header has columns, so its figures would fall under the wrong headers (a number such as 1,234 needs quotes in a CSV); it is left out",
        if extra == 1 { "" } else { "s" }
    )
}

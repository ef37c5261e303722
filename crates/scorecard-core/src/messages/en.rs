//! The English messages.

use super::{example, some_names, Expected, Messages, RefKind};
use crate::read::json::Json as Value;
use crate::text::clip;
use crate::{PeriodKind, Severity};

pub struct English;

impl Messages for English {
    fn describe(&self, v: &Value<'_>) -> String {
        match v {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("the boolean {b}"),
            Value::Number(n) => format!("the number {n}"),
            Value::String(s) => format!("the string \"{}\"", clip(s, 40)),
            Value::Array(_) => "a list [...]".into(),
            Value::Object(_) => "an object {...}".into(),
        }
    }
    fn expected(&self, what: Expected, found: &Value<'_>) -> String {
        format!("expected {}, found {}", self.expected_what(what), self.describe(found))
    }
    fn expected_what(&self, what: Expected) -> &'static str {
        match what {
            Expected::List => "a list [...]",
            Expected::Number => "a number",
            Expected::Object => "an object {...}",
            Expected::LanguageTags => "at least one language tag",
            Expected::Text => "text in quotes",
            Expected::TextOrVersions => "text, or an object of language to text",
            Expected::Boolean => "true or false",
        }
    }
    fn missing(&self, field: &str) -> String {
        format!("the required field \"{field}\" is missing")
    }
    fn one_of(&self, allowed: &[&str], found: &Value<'_>) -> String {
        let list = allowed.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>().join(", ");
        format!("expected one of {list}, found {}", self.describe(found))
    }
    fn repeated_field(&self, name: &str) -> String {
        format!("the field \"{}\" is given more than once; the last one is used", clip(name, 40))
    }
    fn unknown_field(&self, name: &str) -> String {
        format!("unknown field \"{}\" is ignored", clip(name, 40))
    }
    fn too_large(&self, bytes: usize, limit: usize) -> String {
        format!(
            "the file is {} MB; a scorecard may be at most {} MB",
            crate::decimal::format_fixed(bytes as f64 / 1_048_576.0, 1),
            limit / 1_048_576
        )
    }
    fn not_utf8(&self, offset: usize, line: usize) -> String {
        format!("the file is not UTF-8 text (an invalid byte at line {line}, byte {offset}); save it as \"CSV UTF-8\" or \"UTF-8\" from your spreadsheet or editor")
    }
    fn too_deep(&self, limit: usize, line: usize) -> String {
        format!("the data is nested deeper than {limit} levels (at line {line})")
    }
    fn not_json(&self, err: &str) -> String {
        format!("the file is not valid JSON: {err}")
    }
    fn top_level_not_object(&self, found: &Value<'_>) -> String {
        format!("the top level of a scorecard must be an object {{...}}, found {}", self.describe(found))
    }
    fn format_missing(&self) -> String {
        "the field \"format\" is missing: a scorecard starts with \"format\": \"scorecard/1\"".into()
    }
    fn wrong_format(&self, found: &Value<'_>) -> String {
        format!(
            "this file is in format {}; this version of Scorecard reads \"scorecard/1\"",
            self.describe(found).trim_start_matches("the string ")
        )
    }
    fn bad_slug(&self, found: &str) -> String {
        format!("\"{}\" is not a valid id: use lower-case letters, digits and hyphens, starting with a letter or digit", clip(found, 40))
    }
    fn duplicate_id(&self, id: &str, first: &str) -> String {
        format!("the id \"{id}\" is already used at {first}")
    }
    fn duplicate_period(&self, period: &str, first: &str) -> String {
        format!("{period} is already given at {first}")
    }
    fn unknown_ref(&self, kind: RefKind, id: &str) -> String {
        let kind = match kind {
            RefKind::Service => "service",
            RefKind::Priority => "priority",
            RefKind::ServiceOrPriority => "service or priority",
            RefKind::Area => {
                return format!("there is no area with the code \"{}\" in the pack", clip(id, 40))
            }
            RefKind::Measure => "measure",
            RefKind::Group => "group",
        };
        format!("there is no {kind} with the id \"{}\"", clip(id, 40))
    }
    fn frequency_mismatch(&self, period: &str, kind: PeriodKind, frequency: PeriodKind) -> String {
        let form = match kind {
            PeriodKind::Month => "month",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Year => "reporting year",
        };
        format!(
            "{period} is a {form}, but this indicator is {}: use periods such as \"{}\"",
            frequency.frequency(),
            example(frequency)
        )
    }
    fn suppressed_with_value(&self) -> String {
        "a suppressed entry must not carry a value: the number would be public in the file; remove it or set it to null".into()
    }
    fn sensitive_count(&self, value: f64, below: u32) -> String {
        format!(
        "a sensitive count of {} is below {below} and must be published as suppressed (\"suppressed\": true, no value)",
        crate::decimal::shortest(value)
    )
    }
    fn bad_date(&self, found: &str) -> String {
        format!("\"{}\" is not a date: use YYYY-MM-DD, such as \"2023-11-20\"", clip(found, 40))
    }
    fn out_of_range(&self, what: &str, lo: i64, hi: i64, found: &Value<'_>) -> String {
        format!("{what} must be a whole number from {lo} to {hi}, found {}", self.describe(found))
    }
    fn not_https(&self, found: &str) -> String {
        format!("\"{}\" is not an https:// address", clip(found, 60))
    }
    fn bad_gss_code(&self, found: &str) -> String {
        format!("\"{}\" is not an ONS GSS code such as \"E07000062\"", clip(found, 20))
    }
    fn bad_currency(&self, found: &str) -> String {
        format!("\"{}\" is not a three-letter currency code such as \"GBP\"", clip(found, 20))
    }
    fn tolerance_shape(&self) -> String {
        "a tolerance is {\"percent\": p} or {\"absolute\": a}, with one non-negative number".into()
    }
    fn empty_text(&self) -> String {
        "the text is empty".into()
    }
    fn unknown_language(&self, lang: &str) -> String {
        format!("the language \"{}\" is not listed in \"languages\"", clip(lang, 20))
    }
    fn no_explanation(&self, status: &str, period: &str) -> String {
        format!("{status} in {period} with no explanation")
    }
    fn status_differs(&self, reported: &str, calculated: &str, period: &str) -> String {
        format!("the reported status {reported} in {period} differs from the calculated status {calculated}")
    }
    fn current_period_empty(&self, period: &str) -> String {
        format!("the current period {period} has no observations")
    }
    fn not_finite(&self) -> String {
        "expected a finite number".into()
    }
    fn csv_cell(&self, row: usize, header: &str) -> String {
        format!("row {row}, column \"{}\"", clip(header, 40))
    }
    fn csv_row(&self, row: usize) -> String {
        format!("row {row}")
    }
    fn import_too_large(&self, bytes: usize, limit: usize) -> String {
        format!(
            "the file is {:.1} MB; a spreadsheet to import may be at most {} MB",
            bytes as f64 / 1_048_576.0,
            limit / 1_048_576
        )
    }
    fn workbook_inflates(&self, part: &str, limit: u64) -> String {
        format!(
            "the workbook unpacks to more than {} MB (at its part \"{}\"), more than a spreadsheet to import may hold: save the sheet you need as a new workbook or as CSV and import that",
            limit / 1_048_576,
            clip(part, 60)
        )
    }
    fn sheet_too_large(&self, sheet: &str, first: &str, last: &str, cells: u64, limit: u64) -> String {
        format!(
            "the sheet \"{}\" has cells from {first} to {last}, a block of {} cells; a sheet may span at most {}: delete what lies beyond your table (the cell at {last}) or copy the table to a new sheet",
            clip(sheet, 40),
            crate::decimal::group_thousands(&cells.to_string()),
            crate::decimal::group_thousands(&limit.to_string())
        )
    }
    fn csv_too_many_rows(&self, line: usize, limit: u64) -> String {
        format!(
            "the file has more than {} rows (passed on line {}), more than a spreadsheet can hold: keep the rows you need and import those",
            crate::decimal::group_thousands(&limit.to_string()),
            crate::decimal::group_thousands(&line.to_string())
        )
    }
    fn sheet_too_many_rows(&self, sheet: &str, first: u64, last: u64, limit: u64) -> String {
        format!(
            "the sheet \"{}\" has rows from {} to {}, {} rows; a sheet may have at most {}: delete what lies beyond your table or split it into sheets",
            clip(sheet, 40),
            crate::decimal::group_thousands(&first.to_string()),
            crate::decimal::group_thousands(&last.to_string()),
            crate::decimal::group_thousands(&(last + 1 - first).to_string()),
            crate::decimal::group_thousands(&limit.to_string())
        )
    }
    fn shared_text_too_large(&self, limit: u64) -> String {
        format!(
            "the workbook's text (its part \"xl/sharedStrings.xml\") unpacks to more than {} MB, more than a spreadsheet to import may hold: save the sheet you need as CSV and import that",
            limit / 1_048_576
        )
    }
    fn csv_too_large(&self, line: usize, limit: u64) -> String {
        format!(
            "the file holds more than {} cells (passed on line {}), more than a spreadsheet to import may hold: keep the rows and columns you need and import those",
            crate::decimal::group_thousands(&limit.to_string()),
            crate::decimal::group_thousands(&line.to_string())
        )
    }
    fn sheet_unreadable(&self, sheet: &str, detail: &str) -> String {
        format!("the sheet \"{}\" could not be read ({detail})", clip(sheet, 40))
    }
    fn password_protected(&self) -> String {
        "the workbook is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook), save a copy and import that".into()
    }
    fn xls_damaged(&self, at: Option<usize>) -> String {
        let place = match at {
            Some(at) => {
                format!("at byte {} of its workbook", crate::decimal::group_thousands(&at.to_string()))
            }
            None => "its container's sectors do not hold together".to_string(),
        };
        format!("this old Excel file (.xls) is damaged ({place}): open it in Excel or LibreOffice and save it again as .xlsx")
    }
    fn xls_no_workbook(&self) -> String {
        "this old Excel file (.xls) holds no workbook that can be read: open it in Excel or LibreOffice and save it again as .xlsx".into()
    }
    fn pack_elsewhere(&self, url: &str) -> String {
        format!("\"{}\" is on another site: a benchmark pack is published beside its scorecard (a relative address such as packs/uk/index.json), so that the page works offline and asks no one else", clip(url, 60))
    }
    fn workbook_unreadable(&self, detail: &str) -> String {
        format!("this looks like a workbook but could not be read; save it again from Excel or LibreOffice as .xlsx ({detail})")
    }
    fn not_a_spreadsheet(&self) -> String {
        "this is not a spreadsheet: import reads CSV, XLSX, XLSM, XLS and ODS files".into()
    }
    fn csv_unreadable(&self, detail: &str) -> String {
        format!("the CSV file could not be read ({detail})")
    }
    fn bad_mapping(&self, detail: &str) -> String {
        format!("the mapping file is not valid: {detail}")
    }
    fn no_such_header_row(&self, row: usize, sheet: &str) -> String {
        format!(
            "the mapping says the header is row {row}, but the sheet \"{}\" has no row {row}",
            clip(sheet, 40)
        )
    }
    fn mapped_column_missing(&self, header: &str, sheet: &str) -> String {
        format!(
            "the mapping names the column \"{}\", which the sheet \"{}\" does not have",
            clip(header, 60),
            clip(sheet, 40)
        )
    }
    fn unknown_role(&self, role: &str, header: &str) -> String {
        format!("the mapping gives the column \"{}\" the role \"{}\", which is not a role (for example code, title, value, value@previous, target, reported_status, ignore)", clip(header, 60), clip(role, 40))
    }
    fn unknown_layout(&self, layout: &str) -> String {
        format!("the mapping's layout \"{}\" is not long, wide or report", clip(layout, 40))
    }
    fn no_such_sheet(&self, name: &str, names: &[&str]) -> String {
        format!(
            "there is no sheet \"{}\"; the workbook has {}",
            clip(name, 40),
            names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ")
        )
    }
    fn no_indicator_columns(&self) -> String {
        "no sheet has a column that could be an indicator's code or title (such as \"Code\", \"PI Ref\", \"Indicator\" or \"Title\"): name the columns with a mapping file".into()
    }
    fn measures_need_period(&self, header: &str, sheet: Option<&str>) -> String {
        format!(
            "the column \"{}\"{} is a measure with a figure for each council, and the table has no period column (such as \"time_period\" or \"Year\"): say which period the figures are for (--period 2023/24 on the command line, \"Period this report is for\" on the publish page)",
            clip(header, 60),
            sheet.map(|s| format!(" in \"{}\"", clip(s, 40))).unwrap_or_default()
        )
    }
    fn report_needs_period(&self, header: &str, sheet: Option<&str>) -> String {
        format!(
        "the column \"{}\"{} is relative to the report's period: say which period the sheet reports (--period 2024/25-Q2 on the command line, \"Period this report is for\" on the publish page)",
        clip(header, 60),
        sheet.map(|s| format!(" in \"{}\"", clip(s, 40))).unwrap_or_default()
    )
    }
    fn column_not_imported(&self, _header: &str) -> String {
        "not imported: this column has no role (give it one in the mapping to import it)".into()
    }
    fn columns_not_imported(&self, headers: &[String]) -> String {
        let shown: Vec<String> = headers.iter().take(8).map(|h| format!("\"{}\"", clip(h, 40))).collect();
        format!(
            "{} columns not imported (no role; give them one in the mapping to import them): {}{}",
            headers.len(),
            shown.join(", "),
            if headers.len() > 8 { ", …" } else { "" }
        )
    }
    fn date_for_number(&self) -> String {
        "a date where a number was expected".into()
    }
    fn error_cell(&self, error: &str) -> String {
        format!("the cell holds the spreadsheet error {error}: read as no data")
    }
    fn not_a_number(&self, text: &str) -> String {
        format!("\"{}\" is not a number, a missing marker (blank, n/a, -) or a suppressed marker (*, c, <5); this row is left out", clip(text, 40))
    }
    fn unknown_status_word(&self, text: &str) -> String {
        format!("\"{}\" is not a status this importer knows (red, amber, green, on target, off target…): no reported status read; add it to the mapping's \"statuses\"", clip(text, 40))
    }
    fn period_range(&self, text: &str) -> String {
        format!(
            "\"{}\" spans several years, which no single period can hold; this row is left out",
            clip(text, 40)
        )
    }
    fn not_a_period_cell(&self, text: &str) -> String {
        format!(
        "\"{}\" is not a period (for example Q2 2023/24, 2023/24, Sep 2023 or a date); this row is left out",
        clip(text, 40)
    )
    }
    fn row_without_name(&self) -> String {
        "figures with no code or title to say which indicator they belong to; this row is left out".into()
    }
    fn repeated_row(&self, key: &str, period: &str) -> String {
        format!("{} {period} is given again with the same figures: read once", clip(key, 40))
    }
    fn conflicting_rows(&self, key: &str, period: &str, first: &str) -> String {
        format!(
            "{} {period} is given again with different figures (first at {first}): both are left out",
            clip(key, 40)
        )
    }
    fn unknown_action_status(&self, text: &str) -> String {
        format!("\"{}\" is not an action status (Not started, On track, At risk, Off track, Complete, Cancelled); this row is left out", clip(text, 40))
    }
    fn action_without_period(&self, key: &str) -> String {
        format!(
            "the action {} has an update with no period, and no indicator gives one: use --period",
            clip(key, 40)
        )
    }
    fn action_update_repeated(&self, key: &str, period: &str) -> String {
        format!("the action {} has two updates for {period}: the later row is kept", clip(key, 40))
    }
    fn no_organisation(&self) -> String {
        "no council named: give its name (--organisation \"Your Council\" on the command line, \"Council\" on the publish page, or \"organisation\" in the mapping)".into()
    }
    fn unnamed_organisation(&self) -> String {
        "Organisation not named".into()
    }
    fn default_scorecard_title(&self) -> String {
        "Performance scorecard".into()
    }
    fn open_data_status(&self, code: char) -> String {
        match code {
            'x' => "not available (status x in the source)",
            'c' => "withheld as confidential (status c in the source)",
            'z' => "not applicable (status z in the source)",
            _ => "low reliability (status u in the source)",
        }
        .into()
    }
    fn period_interval(&self, text: &str) -> String {
        format!(
            "\"{}\" is an interval that is not a reporting year, quarter or month of this scorecard (years start in the month set by year_starts; an interval must start where such a period starts and last P1Y, P3M or P1M); this row is left out",
            clip(text, 40)
        )
    }
    fn no_values_because(&self, cell: &str, reason: &str) -> String {
        if cell.is_empty() {
            format!("no values were read; the first reason: {reason}")
        } else {
            format!("no values were read; the first reason, at {cell}: {reason}")
        }
    }
    fn no_values_at_all(&self) -> String {
        "no values were found in any sheet: check the header row and the columns' roles".into()
    }
    fn unknown_frequency(&self, word: &str) -> String {
        format!(
            "\"{}\" is not a frequency (monthly, quarterly, annual): taken from the periods instead",
            clip(word, 40)
        )
    }
    fn mixed_frequencies(&self, key: &str) -> String {
        format!("{} has periods of more than one kind (months, quarters, years) and no frequency column: it is left out", clip(key, 40))
    }
    fn periods_not_of_frequency(&self, key: &str, frequency: &str, found: &str) -> String {
        format!(
            "{} is {frequency}, but these periods are not: {}; it is left out",
            clip(key, 40),
            clip(found, 200)
        )
    }
    fn unknown_unit_word(&self, word: &str) -> String {
        format!(
            "\"{}\" is not a unit this importer knows (%, £, days, number, ratio, rate…): read as a number",
            clip(word, 40)
        )
    }
    fn unknown_polarity_word(&self, word: &str) -> String {
        format!("\"{}\" does not say which direction is better (higher is better, lower is better, goldilocks, data only): read as neutral, so no RAG is calculated", clip(word, 40))
    }
    fn polarity_inferred(&self, key: &str, polarity: &str, n: usize) -> String {
        format!(
            "{}: polarity \"{polarity}\" inferred from {n} reported status{} against target",
            clip(key, 40),
            if n == 1 { "" } else { "es" }
        )
    }
    fn polarity_unknown(&self, key: &str) -> String {
        format!("{}: nothing says whether higher or lower is better, so it is neutral (no RAG): add a polarity column or set it in the scorecard", clip(key, 40))
    }
    fn imported_file_problem(&self, pointer: &str, message: &str) -> String {
        // The whole file (its size) has no place within it to name.
        match pointer {
            "" => format!("the imported scorecard has a problem: {message}"),
            _ => format!("the imported scorecard has a problem at {pointer}: {message}"),
        }
    }
    fn template_failed(&self, detail: &str) -> String {
        format!("the template could not be written ({detail})")
    }
    fn no_figure(&self) -> String {
        "none".into()
    }
    fn restated(&self, code: &str, period: &str, old: &str, new: &str) -> String {
        format!("restated {code} {period}: {old} → {new}")
    }
    fn template_readme_title(&self) -> &'static str {
        "How to fill in this workbook"
    }
    fn template_readme(&self) -> Vec<String> {
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
    fn reprint_differs(&self, code: &str, period: &str, published: &str, reprinted: &str) -> String {
        format!(
        "{code} {period} is {reprinted} in this sheet's relative column but was published as {published}: the published figure is kept (to restate it, import a sheet that gives {period} as its own period)"
    )
    }
    fn many_organisations(&self, column: &str, names: &[String]) -> String {
        format!(
        "this file holds figures for {} organisations (column \"{}\": {}): choose yours (--organisation \"NAME\" on the command line, \"Council\" on the publish page, or \"organisation\" in the mapping)",
        names.len(),
        clip(column, 40),
        some_names(names)
    )
    }
    fn organisation_not_in_file(&self, want: &str, column: &str, names: &[String]) -> String {
        format!(
            "no rows for \"{}\" in the column \"{}\", which holds {}",
            clip(want, 40),
            clip(column, 40),
            some_names(names)
        )
    }
    fn row_too_wide(&self, extra: usize) -> String {
        format!(
        "this row has {extra} more cell{} than the header has columns, so its figures would fall under the wrong headers (a number such as 1,234 needs quotes in a CSV); it is left out",
        if extra == 1 { "" } else { "s" }
    )
    }

    fn not_a_period(&self, text: &str) -> String {
        format!(
            "\"{}\" is not a period: use a reporting year such as \"2023/24\", a quarter such as \"2023/24-Q2\" or a month such as \"2023-09\"",
            clip(text, 40)
        )
    }
    fn quarter_out_of_range(&self, text: &str) -> String {
        format!("\"{}\": a quarter is Q1 to Q4", clip(text, 40))
    }
    fn month_out_of_range(&self, text: &str) -> String {
        format!("\"{}\": a month is 01 to 12", clip(text, 40))
    }
    fn years_not_consecutive(&self, text: &str, expected: &str) -> String {
        format!(
            "\"{}\": the second year of a reporting year must follow the first (\"{expected}\")",
            clip(text, 40)
        )
    }

    // The command line.
    fn usage_word(&self) -> &'static str {
        "usage"
    }
    fn severity(&self, s: Severity) -> &'static str {
        s.as_str()
    }
    fn import_severity(&self, level: &str) -> &'static str {
        match level {
            "error" => "error",
            "warning" => "warning",
            _ => "info",
        }
    }
    fn unknown_option(&self, name: &str) -> String {
        format!("unknown option \"--{name}\"")
    }
    fn not_whole_number(&self, name: &str, value: &str) -> String {
        format!("--{name} must be a whole number, not \"{value}\"")
    }
    fn option_required(&self, name: &str) -> String {
        format!("--{name} is required")
    }
    fn lang_option_note(&self) -> &'static str {
        "--lang cy with any command: human output in Welsh (--json output is the same in every language)"
    }
    fn unknown_language_option(&self, value: &str) -> String {
        format!("--lang must be en or cy, not \"{}\"", clip(value, 20))
    }
    fn unknown_command(&self, name: &str) -> String {
        format!("unknown command \"{}\"", clip(name, 40))
    }
    fn no_command(&self) -> String {
        "no command given".into()
    }
    fn unexpected_argument(&self, arg: &str) -> String {
        format!("unexpected argument \"{}\"", clip(arg, 40))
    }
    fn cannot_read_stdin(&self, detail: &str) -> String {
        format!("cannot read standard input: {detail}")
    }
    fn cannot_read_file(&self, detail: &str) -> String {
        format!("cannot read the file: {detail}")
    }
    fn cannot_write(&self, path: &str, detail: &str) -> String {
        format!("cannot write {path}: {detail}")
    }
    fn check_needs_file(&self) -> String {
        "check needs at least one FILE (or - for standard input)".into()
    }
    fn status_needs_file(&self) -> String {
        "status needs exactly one FILE (or - for standard input)".into()
    }
    fn import_needs_file(&self) -> String {
        "import needs one FILE (a CSV, XLSX, XLS or ODS spreadsheet)".into()
    }
    fn export_needs_file(&self) -> String {
        "export needs one scorecard FILE".into()
    }
    fn page_needs_file(&self) -> String {
        "page needs one scorecard FILE and --shell, the build's index.html".into()
    }
    fn page_without_room(&self, path: &str, mark: &str) -> String {
        format!("{path} has no {mark}: give the index.html of this version's build")
    }
    fn page_summary(&self, file: &str, lang: &str, path: &str) -> String {
        format!("{file}: its overview written into {path}, in the language {lang}")
    }
    fn report_needs_docx(&self) -> String {
        "report needs one scorecard FILE and --docx OUT.docx".into()
    }
    fn report_summary(&self, file: &str, period: &str, lang: &str, path: &str) -> String {
        format!("{file}: the committee report for {period} written to {path}, in the language {lang}")
    }
    fn report_no_period(&self, period: &str) -> String {
        format!("the file has no figures for the period {period}")
    }
    fn publish_needs_site(&self) -> String {
        "publish needs one scorecard FILE and --site DIR, the built site's folder".into()
    }
    fn not_a_site(&self, dir: &str) -> String {
        format!("{dir} is not a Scorecard site: it has no index.html of this version's build")
    }
    fn publish_src_elsewhere(&self, src: &str) -> String {
        format!("the site's page loads its file from {src}, outside the site's folder: set its scorecard-src to an address in the folder")
    }
    fn publish_refused(&self, file: &str) -> String {
        format!("{file}: not published; nothing in the site was changed")
    }
    fn publish_summary(&self, file: &str, at: &str, pages: usize, lang: &str) -> String {
        format!("{file}: published as {at}, with {pages} pages written in the language {lang}")
    }
    fn publish_kept(&self, previous: &str) -> String {
        format!("the file it replaced is kept as {previous}")
    }
    fn publish_news(&self, feed: &str, changed: bool) -> String {
        if changed {
            format!("{feed}: a new entry says what changed")
        } else {
            format!("{feed}: nothing changed since the last publish")
        }
    }
    fn publish_no_url(&self) -> String {
        "give the site's address with --url https://… so that the sitemap, canonical links and feed carry full addresses".into()
    }
    fn site_stale(&self, page: &str, src: &str) -> String {
        format!("{page} was written from another version of {src}: publish again")
    }
    fn site_missing(&self, page: &str, src: &str) -> String {
        format!("{page} loads {src}, which is not in the site")
    }
    fn site_other_file(&self, page: &str, written: &str, loads: &str) -> String {
        format!("{page} was written from {written} but loads {loads}: publish again")
    }
    fn site_copy_differs(&self, copy: &str, file: &str) -> String {
        format!("{copy} does not hold {file} as it is now: a host that serves precompressed copies sends the old bytes; publish again or delete it")
    }
    fn site_summary(&self, dir: &str, pages: usize, copies: usize, warnings: usize) -> String {
        format!("{dir}: written pages checked: {pages}; compressed copies checked: {copies}; warnings: {warnings}")
    }
    fn export_needs_one_of(&self) -> String {
        "export needs exactly one of --xlsx OUT.xlsx, --ods OUT.ods or --csv OUT.csv".into()
    }
    fn json_needs_output(&self) -> String {
        "with --json the report is the output: give -o OUT.json for the scorecard".into()
    }
    fn option_needs_value(&self, name: &str) -> String {
        format!("--{name} needs a value")
    }
    fn option_out_of_range(&self, name: &str, min: usize, max: usize) -> String {
        format!("--{name} must be from {min} to {max}")
    }
    fn unreadable(&self) -> String {
        "unreadable".into()
    }
    fn check_summary(&self, indicators: usize, actions: usize, left_out: usize, warnings: usize) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{} and {} read, {left_out} left out, {}",
            plural(indicators, "indicator", "indicators"),
            plural(actions, "action", "actions"),
            plural(warnings, "warning", "warnings"),
        )
    }
    fn nothing_read(&self) -> String {
        "fatal error: nothing read".into()
    }
    fn status_left_out(&self, file: &str, n: usize) -> String {
        format!("{file}: {n} items left out; run \"scorecard check {file}\" for why")
    }
    fn status_period(&self, period: &str) -> String {
        format!("Period {period}")
    }
    fn status_headers(&self) -> [&'static str; 10] {
        [
            "id", "period", "value", "target", "calculated", "reported", "status", "direction",
            "compared with", "long trend",
        ]
    }
    fn action_headers(&self) -> [&'static str; 2] {
        ["action", "status"]
    }
    fn wire_word(&self, word: &'static str) -> &'static str {
        word
    }
    fn suppressed_cell(&self) -> &'static str {
        "suppressed"
    }
    fn status_summary(&self, indicators: u32, parts: &str, exceptions: usize, unexplained: usize) -> String {
        format!(
            "{indicators} indicators: {parts}; {exceptions} exceptions, {unexplained} without explanation"
        )
    }
    fn export_summary(&self, file: &str, indicators: usize, actions: usize, path: &str) -> String {
        format!("{file}: {indicators} indicators and {actions} actions written to {path}")
    }
    fn import_summary(
        &self,
        file: &str,
        (indicators, values, actions): (usize, usize, usize),
        layout: Option<&str>,
        left_out: usize,
        warnings: usize,
    ) -> String {
        format!(
            "{file}: {indicators} indicators, {values} values and {actions} actions read ({}); {left_out} left out, {warnings} warnings",
            layout.unwrap_or("no layout")
        )
    }
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl super::PackMessages for English {
    fn pack_format_missing(&self, wanted: &str) -> String {
        format!(
            "the field \"format\" is missing: a benchmark pack's file starts with \"format\": \"{wanted}\""
        )
    }
    fn pack_wrong_format(&self, found: &Value<'_>, wanted: &str) -> String {
        format!(
            "this file is in format {}; a benchmark pack's file here is \"{wanted}\"",
            self.describe(found).trim_start_matches("the string ")
        )
    }
    fn pack_too_large(&self, bytes: usize, limit: usize) -> String {
        format!(
            "the pack's file is {} MB; a pack's index or shard may be at most {} MB",
            crate::decimal::format_fixed(bytes as f64 / 1_048_576.0, 1),
            limit / 1_048_576
        )
    }
    fn not_a_sha256(&self, found: &str) -> String {
        format!("\"{}\" is not a SHA-256: 64 hexadecimal digits", clip(found, 70))
    }
    fn duplicate_code(&self, code: &str, first: &str) -> String {
        format!("the area code \"{}\" is already given at {first}", clip(code, 40))
    }
    fn midpoint_missing(&self) -> String {
        "a measure whose polarity is \"target\" needs its \"midpoint\", the value nearest which is best"
            .into()
    }
    fn shard_not_beside(&self, path: &str) -> String {
        format!("\"{}\" is not a path beside the index: a shard is named relative to the index's folder, as measures/id.json", clip(path, 60))
    }
    fn not_an_interval(&self, found: &str) -> String {
        format!("\"{}\" is not a period as a pack writes one: an ISO 8601 interval such as 2023-04-01/P1Y or 2023-07-01/P3M", clip(found, 40))
    }
    fn group_members_shape(&self) -> String {
        "a group gives exactly one of \"members\" (its areas), \"neighbours\" (each area's nearest, in order) or \"shard\" (a file of either)".into()
    }
    fn shard_for_another(&self, expected: &str) -> String {
        format!("this shard is not the one for \"{}\"", clip(expected, 40))
    }
    fn period_not_in_measure(&self, period: &str, measure: &str) -> String {
        format!(
            "the measure \"{}\" has no period {period} (its periods are listed in the index)",
            clip(measure, 40)
        )
    }
    fn column_length(&self, found: usize, expected: usize) -> String {
        format!(
            "{found} values for {expected} areas: a column holds one value (or null) per area of the shard"
        )
    }
    fn status_pair(&self, found: &Value<'_>) -> String {
        format!("expected a pair [area's place, status], found {}", self.describe(found))
    }
    fn pack_file_empty(&self, path: &str) -> String {
        format!("{path}: the file holds no rows")
    }
    fn pack_no_column(&self, path: &str, column: &str) -> String {
        format!("{path}: there is no column \"{}\" (the recipe names it)", clip(column, 40))
    }
    fn pack_no_files(&self, pattern: &str) -> String {
        format!("no file matches \"{}\"", clip(pattern, 80))
    }
    fn pack_unknown_area(&self, raw: &str) -> String {
        format!("\"{}\" is not an area code, nor a name the recipe's \"area_codes\" gives a code: the row is left out", clip(raw, 40))
    }
    fn pack_not_a_period(&self, raw: &str) -> String {
        format!("\"{}\" is not a period: the row is left out", clip(raw, 40))
    }
    fn pack_not_a_number(&self, raw: &str) -> String {
        format!(
            "\"{}\" is not a number nor a word for a missing or withheld value: the row is left out",
            clip(raw, 40)
        )
    }
    fn pack_conflicting_value(&self, measure: &str, period: &str, area: &str) -> String {
        format!("{measure} {period} {area} is given again with another value: the first is kept")
    }
    fn pack_no_polarity(&self, measure: &str) -> String {
        format!("the source states no polarity for \"{measure}\": it is neutral (ranked from the highest, never called best) until the recipe's \"polarity\" gives one")
    }
    fn pack_type_group(&self, kind: &str) -> String {
        let kind = match kind {
            "district" => "District councils",
            "unitary" => "Unitary authorities",
            "metropolitan" => "Metropolitan districts",
            "london-borough" => "London boroughs",
            "county" => "County councils",
            "welsh-principal-area" => "Welsh principal areas",
            "scottish-council" => "Scottish councils",
            "ni-district" => "Northern Ireland districts",
            "region" => "Regions",
            "nation" => "Nations",
            "combined-authority" => "Combined authorities",
            other => return format!("Areas of kind {other}"),
        };
        kind.to_string()
    }
    fn pack_cluster_group(&self, clustering: &str, letter: &str) -> String {
        format!("{clustering} cluster {letter}")
    }
    fn pack_build_needs_recipe(&self) -> String {
        "pack build needs one recipe file (scorecard-pack-recipe/1)".into()
    }
    fn custom_group_title(&self, members: usize) -> String {
        format!("Councils chosen ({members})")
    }
    fn custom_group_source(&self) -> String {
        "Chosen with --group custom:CODE,…".into()
    }
    fn differs_from_pack(&self, period: &str, theirs: &str, measure: &str) -> String {
        format!("{period}: the benchmark pack's measure \"{measure}\" has {theirs} for this council; the dashboard compares the scorecard's figure")
    }
    fn pack_not_checked(&self, pack: &str, reason: &str) -> String {
        format!("the figures were not checked against the benchmark pack \"{pack}\": {reason}")
    }
    fn pack_built(&self, path: &str, measures: usize, areas: usize, groups: usize) -> String {
        format!("{path}: {measures} measures, {areas} areas, {groups} groups")
    }
    fn pack_summary(&self, measures: usize, areas: usize, groups: usize, errors: usize) -> String {
        format!("{measures} measures, {areas} areas, {groups} groups; {errors} errors")
    }
    fn area_not_in_group(&self, area: &str, group: &str) -> String {
        format!("the group \"{}\" does not contain the area \"{}\"", clip(group, 40), clip(area, 40))
    }
    fn area_in_no_group(&self, area: &str) -> String {
        format!("no group of the pack contains the area \"{}\"", clip(area, 40))
    }
    fn group_not_for_measure(&self, group: &str, measure: &str) -> String {
        format!("{measure}: left out, the group \"{group}\" is not for this measure")
    }
    fn compare_heading(&self, area: &str, group: &str, members: usize) -> String {
        format!("{area} among {group} ({members} areas)")
    }
    fn no_value_word(&self) -> String {
        "no value".into()
    }
    fn rank_of(&self, rank: usize, n: usize, quartile: u8, neutral: bool) -> String {
        if neutral {
            return self.highest_of(rank, n);
        }
        format!("rank {rank} of {n} ({})", self.quartile_name(quartile))
    }
    fn too_few_to_rank(&self, n: usize) -> String {
        format!("not ranked: {n} values, fewer than {}", crate::pack::stats::MIN_FIELD)
    }
    fn no_value_to_rank(&self, n: usize, nations: &[crate::pack::compare::Nation]) -> String {
        let names: Vec<&str> = nations.iter().map(|x| self.nation(*x)).collect();
        match names.is_empty() {
            true => format!("not ranked: no value for this area ({n} values)"),
            false => format!("not ranked: no value for this area ({n} values, for {})", names.join(" and ")),
        }
    }
    fn nation(&self, nation: crate::pack::compare::Nation) -> &'static str {
        use crate::pack::compare::Nation::*;
        match nation {
            England => "England",
            Wales => "Wales",
            Scotland => "Scotland",
            NorthernIreland => "Northern Ireland",
        }
    }
    fn without_data(&self, missing: usize) -> String {
        format!("{missing} without data")
    }
    fn median_gap(&self, median: &str, gap: &str) -> String {
        format!("median {median}, gap {gap}")
    }
    fn significance(&self, which: crate::pack::stats::Significance) -> String {
        match which {
            crate::pack::stats::Significance::Better => "significantly better than the median".into(),
            crate::pack::stats::Significance::Worse => "significantly worse than the median".into(),
            crate::pack::stats::Significance::Similar => "not significantly different from the median".into(),
        }
    }
    fn rank_change(&self, was: usize, is: usize, n: usize, overtook: usize, overtaken_by: usize) -> String {
        let ahead = match overtaken_by {
            0 => String::new(),
            1 => "; 1 council that was behind is now ahead".into(),
            n => format!("; {n} councils that were behind are now ahead"),
        };
        let behind = match overtook {
            0 => String::new(),
            1 => "; 1 council that was ahead is now behind".into(),
            n => format!("; {n} councils that were ahead are now behind"),
        };
        format!("rank {was} → {is} of {n}{behind}{ahead}")
    }
    fn highest_of(&self, rank: usize, n: usize) -> String {
        format!("{} highest of {n}", ordinal(rank))
    }
    fn quartile_name(&self, q: u8) -> &'static str {
        match q {
            1 => "top quarter",
            2 => "second quarter",
            3 => "third quarter",
            _ => "bottom quarter",
        }
    }
}

//! The publish page's text (publish.html): a spreadsheet to a scorecard, in the browser.

pub const PUBLISH_TITLE: &str = "Publish a scorecard from a spreadsheet";
pub const PUBLISH_INTRO: &str = "Choose your spreadsheet: it is read here, in your browser, and never uploaded. Check what was found, fix any problems, look at the preview, then download scorecard.json and put it on your website.";
pub const PUBLISH_FILE: &str = "Your files";
pub const PUBLISH_CHOOSE_LABEL: &str = "Spreadsheet to publish";
pub const PUBLISH_CHOOSE_HINT: &str = "CSV, XLSX, XLS or ODS: the officer's template, or your own export from Pentana, InPhase, Power BI or Excel. Choose it, or drop it here.";
pub const PUBLISH_OLD_LABEL: &str = "Start from last quarter's scorecard (optional)";
pub const PUBLISH_OLD_HINT: &str = "The scorecard.json you published last time: this quarter's figures are added to it, and nothing in it is lost.";
pub const PUBLISH_OLD_BAD: &str = "Last quarter's scorecard could not be read:";
pub const PUBLISH_NO_FILE: &str = "No spreadsheet chosen yet.";
pub const PUBLISH_READING: &str = "Reading the spreadsheet…";
pub const PUBLISH_SETTINGS: &str = "What was found";
pub const PUBLISH_SHEET: &str = "Sheet";
pub const PUBLISH_ALL_SHEETS: &str = "Every sheet with indicators or actions";
pub const PUBLISH_HEADER_ROW: &str = "Header row";
pub const PUBLISH_PERIOD: &str = "Period this report is for";
pub const PUBLISH_PERIOD_HINT: &str =
    "Needed for columns such as \"This quarter\" and \"Previous quarter\", for example 2024/25-Q2.";
pub const PUBLISH_ORGANISATION: &str = "Council";
pub const PUBLISH_SCORECARD_TITLE: &str = "Scorecard title";
pub const PUBLISH_DOWNLOAD_SCORECARD: &str = "Download scorecard.json";
pub const PUBLISH_DOWNLOAD_MAPPING: &str = "Download mapping";
pub const PUBLISH_COLUMNS: &str = "Columns";
pub const PUBLISH_COLUMNS_HINT: &str = "Each column's role. Change one and the sheet is read again; the mapping you download keeps your choices for next quarter.";
pub const PUBLISH_HEADER: &str = "Column heading";
pub const PUBLISH_ROLE: &str = "Role";
pub const PUBLISH_NOT_IMPORTED: &str = "(not imported)";
pub const PUBLISH_PROBLEMS: &str = "Problems";
pub const PUBLISH_SEVERITY: &str = "Kind";
pub const PUBLISH_CELL: &str = "Where";
pub const PUBLISH_MESSAGE: &str = "What";
pub const PUBLISH_PREVIEW: &str = "Preview";
pub const PUBLISH_PREVIEW_EMPTY: &str = "The dashboard will appear here once a spreadsheet has been read.";
pub const PUBLISH_NO_PREVIEW: &str = "The scorecard cannot be shown: see the problems above.";

pub fn publish_columns_of(sheet: &str) -> String {
    format!("Columns of {sheet}")
}

pub fn publish_summary(indicators: usize, values: usize, actions: usize, left_out: usize) -> String {
    format!(
        "{indicators} indicator{}, {values} value{} and {actions} action{} read; {left_out} row{} left out",
        if indicators == 1 { "" } else { "s" },
        if values == 1 { "" } else { "s" },
        if actions == 1 { "" } else { "s" },
        if left_out == 1 { "" } else { "s" }
    )
}

pub fn publish_fatal(file: &str, reason: &str) -> String {
    format!("{file} could not be imported: {reason}")
}

pub fn publish_problem_counts(errors: usize, warnings: usize, notes: usize) -> String {
    if errors + warnings + notes == 0 {
        return "No problems.".into();
    }
    format!(
        "{errors} error{}, {warnings} warning{} and {notes} note{}.",
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
        if notes == 1 { "" } else { "s" }
    )
}

pub fn publish_severity(severity: &str) -> &'static str {
    match severity {
        "error" => "Error",
        "warning" => "Warning",
        _ => "Note",
    }
}

pub fn publish_layout(layout: &str) -> String {
    let what = match layout {
        "long" => "long: one row per indicator per period",
        "wide" => "wide: one row per indicator, a column per period",
        "report" => "report: one row per indicator, with this period's and earlier periods' columns",
        "organisations" => "benchmarking: one row per council, a column per indicator and period",
        "actions" => "actions: one row per update of a flagship action",
        _ => "indicator settings only",
    };
    format!("Layout: {what}")
}

/// A role in words: `value@previous` → "Value, previous period".
pub fn publish_role(role: &str) -> String {
    let (base, when) = role.split_once('@').map_or((role, None), |(b, w)| (b, Some(w)));
    let name = match base {
        "ignore" => "Not imported",
        "code" => "Code",
        "id" => "Indicator ID",
        "title" => "Title",
        "description" => "Description",
        "service" => "Service",
        "priority" => "Priority",
        "period" => "Period",
        "value" => "Value",
        "target" => "Target",
        "reported_status" => "Reported status",
        "forecast_status" => "Year-end forecast",
        "comment" => "Comment",
        "unit" => "Unit",
        "decimals" => "Decimal places",
        "polarity" => "Polarity (which way is better)",
        "frequency" => "Frequency",
        "measure" => "Snapshot or cumulative",
        "tolerance" => "Tolerance",
        "compare" => "Trend compares with",
        "stable" => "No change within",
        "sensitive" => "Sensitive",
        "tags" => "Tags",
        "suppressed" => "Suppressed",
        "benchmark" => "Benchmark",
        "organisation" => "Council",
        "action_code" => "Action reference",
        "action_title" => "Action",
        "action_status" => "Action status",
        "due" => "Due date",
        "owner" => "Owner",
        other => other,
    };
    match when {
        None => name.to_string(),
        Some("previous") => format!("{name}, previous period"),
        Some("last-year") => format!("{name}, same period last year"),
        Some(p) => format!("{name}, {p}"),
    }
}

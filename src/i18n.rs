//! Every piece of user-facing text in the dashboard, in one place, so that a Welsh
//! translation is one new module. Text from the scorecard file itself is not here.

use scorecard_core::period::{Calendar, Period};
use scorecard_core::{ActionStatus, Date, Direction, Status};

pub const APP_NAME: &str = "Scorecard";
pub const LOADING: &str = "Loading the scorecard…";
pub const SKIP_TO_CONTENT: &str = "Skip to main content";
pub const DATA_AS_OF: &str = "Data as of";
pub const PERIOD: &str = "Period";
pub const STATUS: &str = "Status";
pub const COUNT: &str = "Number of indicators";
pub const INDICATORS_BY_STATUS: &str = "Indicators by status";
pub const SHOW_TABLE: &str = "Show the data as a table";
pub const CHART_UNAVAILABLE: &str = "The chart could not be drawn; the table below has the same figures.";
pub const ERROR_TITLE: &str = "This scorecard cannot be shown";
pub const ERROR_WHERE: &str = "Where";
pub const ERROR_WHAT: &str = "Problem";
pub const WHOLE_FILE: &str = "the whole file";
pub const LEFT_OUT_TITLE: &str = "Items left out of this scorecard";
pub const UNEXPECTED: &str = "Something went wrong in the dashboard. Please reload the page; if it happens again, tell the council's performance team.";

pub fn left_out_summary(n: usize) -> String {
    match n {
        1 => "1 item in the file has a problem and is not shown:".into(),
        n => format!("{n} items in the file have problems and are not shown:"),
    }
}

pub fn fetch_failed(src: &str, detail: &str) -> String {
    format!("The scorecard file \"{src}\" could not be fetched ({detail}). Check your connection and reload the page.")
}

pub fn http_status(src: &str, status: u16) -> String {
    match status {
        404 => format!("The scorecard file \"{src}\" was not found (HTTP 404). Check the address of the data file."),
        s => format!("The server refused the scorecard file \"{src}\" (HTTP {s})."),
    }
}

pub fn src_refused(src: &str) -> String {
    format!("The data address \"{src}\" is on another website, so it is not loaded: a scorecard is only shown from this site's own files.")
}

pub fn src_invalid(src: &str) -> String {
    format!("\"{src}\" is not a valid address for a data file.")
}

pub fn invalid_file(src: &str) -> String {
    format!("The file \"{src}\" is not a valid scorecard:")
}

/// "Green – on target": the words always go with the colour.
pub fn status_label(s: Status) -> &'static str {
    match s {
        Status::Green => "Green – on target",
        Status::Amber => "Amber – near target",
        Status::Red => "Red – off target",
        Status::NoTarget => "No target – trend only",
        Status::NoData => "No data",
        Status::Suppressed => "Suppressed – withheld to protect individuals",
    }
}

/// The short name used on chart axes.
pub fn status_short(s: Status) -> &'static str {
    match s {
        Status::Green => "Green",
        Status::Amber => "Amber",
        Status::Red => "Red",
        Status::NoTarget => "No target",
        Status::NoData => "No data",
        Status::Suppressed => "Suppressed",
    }
}

pub fn direction_label(d: Direction) -> &'static str {
    match d {
        Direction::Improving => "Improving",
        Direction::NoChange => "No change",
        Direction::Worsening => "Worsening",
        Direction::Up => "Up",
        Direction::Down => "Down",
        Direction::Unknown => "Not known",
    }
}

pub fn action_label(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::NotStarted => "Not started",
        ActionStatus::OnTrack => "On track",
        ActionStatus::AtRisk => "At risk",
        ActionStatus::OffTrack => "Off track",
        ActionStatus::Complete => "Complete",
        ActionStatus::Cancelled => "Cancelled",
    }
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn month_name(abs_month: i64) -> (&'static str, i64) {
    (MONTHS[abs_month.rem_euclid(12) as usize], abs_month.div_euclid(12))
}

/// "Quarter 2, 2023/24 (July to September 2023)".
pub fn period_long(p: Period, cal: Calendar) -> String {
    let (first, y1) = month_name(cal.start(p));
    let (last, y2) = month_name(cal.end(p));
    let range = if y1 == y2 { format!("{first} to {last} {y2}") } else { format!("{first} {y1} to {last} {y2}") };
    match p {
        Period::Year(_) => format!("Year {p} ({range})"),
        Period::Quarter(y, q) => format!("Quarter {q}, {} ({range})", Period::Year(y)),
        Period::Month(..) => format!("{first} {y1}"),
    }
}

/// "20 November 2023".
pub fn date_long(d: Date) -> String {
    format!("{} {} {}", d.day, MONTHS[(d.month as usize).saturating_sub(1).min(11)], d.year)
}

pub fn chart_summary_statuses(period: &str, parts: &[(Status, u32)]) -> String {
    let total: u32 = parts.iter().map(|(_, n)| n).sum();
    let list: Vec<String> = parts.iter().filter(|(_, n)| *n > 0).map(|(s, n)| format!("{n} {}", status_short(*s).to_lowercase())).collect();
    format!("{total} indicators in {period}: {}.", list.join(", "))
}

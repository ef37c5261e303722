//! Every piece of user-facing text in the dashboard, in one place. English only for now:
//! Welsh needs these as a catalogue per language chosen at run time (constants cannot
//! switch), the core's messages likewise, and Welsh dates and plurals (issue "Welsh").
//! Text from the scorecard file itself is not here.

use scorecard_core::period::{Calendar, Period};
use scorecard_core::{ActionStatus, Date, Direction, Measure, PeriodKind, Polarity, Status, Tolerance, Unit};

pub const LOADING: &str = "Loading the scorecard…";
pub const SKIP_TO_CONTENT: &str = "Skip to main content";
pub const DATA_AS_OF: &str = "Data as of";
pub const PERIOD: &str = "Period";
pub const STATUS: &str = "Status";
pub const COUNT: &str = "Number of indicators";
pub const INDICATORS_BY_STATUS: &str = "Indicators by status";
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
        404 => format!(
            "The scorecard file \"{src}\" was not found (HTTP 404). Check the address of the data file."
        ),
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

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];

fn month_name(abs_month: i64) -> (&'static str, i64) {
    (MONTHS[abs_month.rem_euclid(12) as usize], abs_month.div_euclid(12))
}

/// "Quarter 2, 2023/24 (July to September 2023)".
pub fn period_long(p: Period, cal: Calendar) -> String {
    let (first, y1) = month_name(cal.start(p));
    let (last, y2) = month_name(cal.end(p));
    let range =
        if y1 == y2 { format!("{first} to {last} {y2}") } else { format!("{first} {y1} to {last} {y2}") };
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
    let list: Vec<String> = parts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {}", crate::casefold::lower(status_short(*s))))
        .collect();
    format!("{total} indicators in {period}: {}.", list.join(", "))
}

// Navigation and views.
pub const NAV_LABEL: &str = "Scorecard sections";
pub const NAV_OVERVIEW: &str = "Overview";
pub const NAV_EXCEPTIONS: &str = "Exceptions";
pub const NAV_INDICATORS: &str = "Indicators";
pub const NAV_ACTIONS: &str = "Actions";
pub const PERIOD_PICKER: &str = "Period shown";
pub const PERIODS_QUARTERS: &str = "Quarters";
pub const PERIODS_MONTHS: &str = "Months";
pub const PERIODS_YEARS: &str = "Reporting years";
pub const NOT_FOUND: &str = "There is no such page in this scorecard.";
pub const BACK_TO_OVERVIEW: &str = "Go to the overview";
pub const PERIOD_NOT_IN_FILE: &str =
    "The period in the address is not one this scorecard reports, so it shows the current period instead:";

pub fn exceptions_count(n: usize) -> String {
    format!("{NAV_EXCEPTIONS} ({n})")
}

// Overview.
pub const SUMMARY: &str = "Summary";
pub const ACTIONS_BY_STATUS: &str = "Flagship actions by status";
pub const ACTION_COUNT: &str = "Number of actions";
pub const BY_PRIORITY: &str = "Indicators by corporate priority";
pub const BY_SERVICE: &str = "Indicators by service area";
pub const ACTIONS_BY_PRIORITY: &str = "Flagship actions by corporate priority";
pub const PRIORITY: &str = "Priority";
pub const SERVICE: &str = "Service area";
pub const TOTAL: &str = "Total";
pub const OPEN_LIST_HINT: &str = "Select a bar or a number to list those indicators.";

pub fn chart_summary_actions(period: &str, parts: &[(ActionStatus, u32)]) -> String {
    let total: u32 = parts.iter().map(|(_, n)| n).sum();
    let list: Vec<String> = parts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {}", crate::casefold::lower(action_label(*s))))
        .collect();
    format!("{total} flagship actions in {period}: {}.", list.join(", "))
}

pub fn chart_summary_groups(what: &str, period: &str, rows: &[(String, u32, u32, u32)]) -> String {
    let parts: Vec<String> =
        rows.iter().map(|(name, g, a, r)| format!("{name}: {g} green, {a} amber, {r} red")).collect();
    format!("{what} in {period}. {}.", parts.join("; "))
}

// Lists and filters.
pub const FILTERS: &str = "Filter";
pub const SEARCH: &str = "Search titles and codes";
pub const ANY: &str = "Any";
pub const CLEAR_FILTERS: &str = "Clear all filters";
pub const TAG: &str = "Tag";
pub const PORTFOLIO: &str = "Portfolio";
pub const PARTNER: &str = "Delivery partner";
pub const DIRECTION: &str = "Direction of travel";

pub fn unknown_filter(label: &str, value: &str) -> String {
    format!("The address asks for {label} \"{value}\", which this scorecard does not have. Choose another below or clear the filters.")
}

pub fn matches(shown: usize, total: usize, what: &str) -> String {
    if shown == total {
        format!("Showing all {total} {what}")
    } else {
        format!("Showing {shown} of {total} {what}")
    }
}

pub const INDICATORS_WORD: &str = "indicators";
pub const ACTIONS_WORD: &str = "actions";
pub const EXCEPTIONS_WORD: &str = "exceptions";
pub const CODE: &str = "Code";
pub const TITLE: &str = "Indicator";
pub const VALUE: &str = "Value";
pub const TARGET: &str = "Target";
pub const TREND: &str = "Recent trend";
pub const NO_VALUE: &str = "–";
pub const SUPPRESSED_VALUE: &str = "Suppressed";
pub const NO_TARGET: &str = "No target";
pub const NONE_MATCH: &str = "No indicators match these filters.";

pub fn figure_for(period: &str) -> String {
    format!("for {period}")
}

pub fn sparkline_label(values: &[String]) -> String {
    if values.is_empty() {
        "No recent values".into()
    } else {
        format!("Recent values: {}", values.join(", "))
    }
}

// Exceptions.
pub const EXCEPTIONS_TITLE: &str = "Exceptions: red and amber indicators, actions at risk or off track";
pub const NO_EXPLANATION: &str = "No explanation given";
pub const EXPLANATION: &str = "Explanation";
pub const NO_EXCEPTIONS: &str = "There are no exceptions for this period.";
pub const NO_SERVICE: &str = "Not assigned to a service";
pub const ACTION_WORD: &str = "Action";

pub fn exceptions_summary(indicators: usize, actions: usize, unexplained: usize) -> String {
    format!(
        "{indicators} indicators and {actions} actions need attention; {unexplained} have no explanation."
    )
}

// Indicator detail.
pub const DEFINITION: &str = "Definition";
pub const HISTORY: &str = "History";
pub const OBSERVATIONS: &str = "Values by period";
pub const COMMENT: &str = "Comment";
pub const CALCULATED: &str = "Calculated status";
pub const FORECAST: &str = "Year-end forecast";
pub const UNIT: &str = "Unit";
pub const POLARITY: &str = "Which way is better";
pub const FREQUENCY: &str = "Reported";
pub const MEASURE: &str = "Measure";
pub const TOLERANCE: &str = "Tolerance";
pub const DECIMALS: &str = "Precision";
pub const BENCHMARKS: &str = "Benchmarks";
pub const QUARTILE: &str = "Quartile";
pub const LONG_TREND: &str = "Longer trend";
pub const REPORTED_DIFFERS: &str = "The service reported a different status from the one the rules give. Both are shown; the reported one is used in counts.";
pub const TAGS: &str = "Tags";

pub fn decimals_text(d: u32) -> String {
    match d {
        0 => "Whole numbers".into(),
        1 => "1 decimal place".into(),
        d => format!("{d} decimal places"),
    }
}

pub fn unit_name(u: Unit) -> &'static str {
    match u {
        Unit::Percent => "Percentage",
        Unit::Number => "Number",
        Unit::Currency => "Money",
        Unit::Days => "Days",
        Unit::Weeks => "Weeks",
        Unit::Ratio => "Ratio",
        Unit::Tonnes => "Tonnes",
        Unit::Kg => "Kilograms",
        Unit::Rate => "Rate",
    }
}

/// A number with its unit, as shown everywhere.
pub fn with_unit(u: Unit, currency: Option<&str>, n: &str) -> String {
    match u {
        Unit::Percent => format!("{n}%"),
        Unit::Currency => match currency {
            None | Some("GBP") => format!("£{n}"),
            Some(code) => format!("{n} {code}"),
        },
        Unit::Days => format!("{n} days"),
        Unit::Weeks => format!("{n} weeks"),
        Unit::Tonnes => format!("{n} tonnes"),
        Unit::Kg => format!("{n} kg"),
        Unit::Number | Unit::Ratio | Unit::Rate => n.to_string(),
    }
}

pub fn polarity_text(p: Polarity) -> &'static str {
    match p {
        Polarity::Higher => "Higher is better",
        Polarity::Lower => "Lower is better",
        Polarity::Target => "Closest to the target is best",
        Polarity::Neutral => "Neither: shown for context, with no RAG status",
    }
}

pub fn frequency_text(k: PeriodKind) -> &'static str {
    match k {
        PeriodKind::Month => "Monthly",
        PeriodKind::Quarter => "Quarterly",
        PeriodKind::Year => "Annually",
    }
}

pub fn measure_text(m: Measure) -> &'static str {
    match m {
        Measure::Snapshot => "Snapshot: the figure for the period",
        Measure::Cumulative => "Year to date: builds up through the reporting year",
    }
}

/// "Green when on target or better; amber when within 5% of the target; red beyond."
pub fn tolerance_text(p: Polarity, t: Tolerance, unit_of: &dyn Fn(f64) -> String) -> String {
    let band = match t {
        Tolerance::Percent(x) => format!("{}% of the target", scorecard_core::decimal::shortest(x)),
        Tolerance::Absolute(x) => unit_of(x),
    };
    match p {
        Polarity::Target => {
            format!("Green within {band} of the target either way; amber within twice that; red beyond.")
        }
        Polarity::Neutral => "No RAG status: context only.".into(),
        _ => format!(
            "Green when the target is met; amber when short of it by no more than {band}; red beyond."
        ),
    }
}

pub fn percentage_points(n: &str) -> String {
    format!("{n} percentage points")
}

pub fn trend_compare_text(p: Period) -> String {
    format!("Compared with {p}")
}

pub fn benchmark_text(label: &str, period: &str) -> String {
    format!("{label} ({period})")
}

// Groups and actions.
pub const DELIVERED_BY: &str = "Delivered by";
pub const PORTFOLIO_HOLDER: &str = "Portfolio holder";
pub const COMMENTARY: &str = "Commentary";
pub const NO_COMMENTARY: &str = "No commentary for this period.";
pub const ACTIONS_TITLE: &str = "Flagship actions";
pub const DUE: &str = "Due";
pub const OWNER: &str = "Owner";
pub const LATEST_UPDATE: &str = "Latest update";
pub const NO_UPDATE: &str = "No update yet";
pub const NO_ACTIONS: &str = "No actions match.";
pub const SERVICES_LIST: &str = "Service areas";
pub const OTHER: &str = "Other";

pub fn update_for(period: &str) -> String {
    format!("Update for {period}")
}

pub fn status_counts_for(name: &str) -> String {
    format!("Indicators by status: {name}")
}

// CSV export.
pub const DOWNLOAD_CSV: &str = "Download CSV";
pub const CSV_HEADER: [&str; 15] = [
    "Code",
    "Indicator",
    "Service area",
    "Period",
    "Value",
    "Target",
    "Unit",
    "Status",
    "Calculated status",
    "Direction of travel",
    "Compared with",
    "Change",
    "Longer trend",
    "Comment",
    "Year-end forecast",
];

pub fn print_header(org: &str, title: &str, period: &str, as_of: &str) -> String {
    format!("{org} – {title} · {period} · {DATA_AS_OF} {as_of}")
}

// Offline and updates.
pub const UPDATE_READY: &str = "A new version of this dashboard is ready.";
pub const RELOAD: &str = "Reload to update";

pub fn offline_notice(saved: &str, published: &str) -> String {
    format!("You are offline — showing data saved on {saved} (published {published}).")
}

mod publish;
pub use publish::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_and_direction_has_a_distinct_label() {
        let labels: Vec<&str> = Status::ALL.iter().map(|s| status_label(*s)).collect();
        let mut unique = labels.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), labels.len(), "{labels:?}");
        assert!(Direction::ALL.iter().all(|d| !direction_label(*d).is_empty()));
        assert!(ActionStatus::ALL.iter().all(|s| !action_label(*s).is_empty()));
    }

    #[test]
    fn periods_read_as_people_say_them() {
        let cal = Calendar::default();
        assert_eq!(
            period_long(Period::parse("2023/24-Q2").unwrap(), cal),
            "Quarter 2, 2023/24 (July to September 2023)"
        );
        assert_eq!(period_long(Period::parse("2023-09").unwrap(), cal), "September 2023");
        assert_eq!(date_long(Date { year: 2023, month: 11, day: 20 }), "20 November 2023");
    }

    #[test]
    fn counts_say_all_or_some() {
        assert_eq!(matches(63, 63, INDICATORS_WORD), "Showing all 63 indicators");
        assert_eq!(matches(5, 63, INDICATORS_WORD), "Showing 5 of 63 indicators");
    }

    #[test]
    fn chart_summaries_name_each_count() {
        let text = chart_summary_statuses("2023/24-Q2", &[(Status::Red, 3), (Status::Green, 10)]);
        assert!(text.contains('3') && text.contains("10") && text.contains("2023/24-Q2"), "{text}");
    }
}

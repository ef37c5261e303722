//! The English catalogue.

use super::Catalogue;
use scorecard_core::period::Period;
use scorecard_core::{ActionStatus, Direction, Measure, PeriodKind, Polarity, Status, Tolerance, Unit};

pub struct English;

impl Catalogue for English {
    fn language_name(&self) -> &'static str {
        "English"
    }

    fn switch_to(&self) -> &'static str {
        "Change the language to English"
    }

    fn language_label(&self) -> &'static str {
        "Language"
    }

    /// In words, short: "Q2 2023/24", "Sep 2023", "2023/24" (files and addresses keep the
    /// file's own forms).
    fn period_short(&self, p: Period) -> String {
        const MONTHS: [&str; 12] =
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        match p {
            Period::Year(_) => p.to_string(),
            Period::Quarter(y, q) => format!("Q{q} {}", Period::Year(y)),
            Period::Month(y, m) => format!("{} {y}", MONTHS[(m as usize).saturating_sub(1).min(11)]),
        }
    }
    fn loading(&self) -> &'static str {
        "Loading the scorecard…"
    }
    fn skip_to_content(&self) -> &'static str {
        "Skip to main content"
    }
    fn data_as_of(&self) -> &'static str {
        "Data as of"
    }
    fn period(&self) -> &'static str {
        "Period"
    }
    fn status(&self) -> &'static str {
        "Status"
    }
    fn count(&self) -> &'static str {
        "Number of indicators"
    }
    fn indicators_by_status(&self) -> &'static str {
        "Indicators by status"
    }
    fn chart_unavailable(&self) -> &'static str {
        "The chart could not be drawn; the table below has the same figures."
    }
    fn error_title(&self) -> &'static str {
        "This scorecard cannot be shown"
    }
    fn error_where(&self) -> &'static str {
        "Where"
    }
    fn error_what(&self) -> &'static str {
        "Problem"
    }
    fn whole_file(&self) -> &'static str {
        "the whole file"
    }
    fn left_out_title(&self) -> &'static str {
        "Items left out of this scorecard"
    }
    fn unexpected(&self) -> &'static str {
        "Something went wrong in the dashboard. Please reload the page; if it happens again, tell the council's performance team."
    }
    fn left_out_summary(&self, n: usize) -> String {
        match n {
            1 => "1 item in the file has a problem and is not shown:".into(),
            n => format!("{n} items in the file have problems and are not shown:"),
        }
    }
    fn fetch_failed(&self, src: &str, detail: &str) -> String {
        format!("The scorecard file \"{src}\" could not be fetched ({detail}). Check your connection and reload the page.")
    }
    fn http_status(&self, src: &str, status: u16) -> String {
        match status {
            404 => format!(
                "The scorecard file \"{src}\" was not found (HTTP 404). Check the address of the data file."
            ),
            s => format!("The server refused the scorecard file \"{src}\" (HTTP {s})."),
        }
    }
    fn src_refused(&self, src: &str) -> String {
        format!("The data address \"{src}\" is on another website, so it is not loaded: a scorecard is only shown from this site's own files.")
    }
    fn src_invalid(&self, src: &str) -> String {
        format!("\"{src}\" is not a valid address for a data file.")
    }
    fn invalid_file(&self, src: &str) -> String {
        format!("The file \"{src}\" is not a valid scorecard:")
    }
    fn status_label(&self, s: Status) -> &'static str {
        match s {
            Status::Green => "Green – on target",
            Status::Amber => "Amber – near target",
            Status::Red => "Red – off target",
            Status::NoTarget => "No target – trend only",
            Status::NoData => "No data",
            Status::Suppressed => "Suppressed – withheld to protect individuals",
        }
    }
    fn status_short(&self, s: Status) -> &'static str {
        match s {
            Status::Green => "Green",
            Status::Amber => "Amber",
            Status::Red => "Red",
            Status::NoTarget => "No target",
            Status::NoData => "No data",
            Status::Suppressed => "Suppressed",
        }
    }
    fn direction_label(&self, d: Direction) -> &'static str {
        match d {
            Direction::Improving => "Improving",
            Direction::NoChange => "No change",
            Direction::Worsening => "Worsening",
            Direction::Up => "Up",
            Direction::Down => "Down",
            Direction::Unknown => "Not known",
        }
    }
    fn action_label(&self, s: ActionStatus) -> &'static str {
        match s {
            ActionStatus::NotStarted => "Not started",
            ActionStatus::OnTrack => "On track",
            ActionStatus::AtRisk => "At risk",
            ActionStatus::OffTrack => "Off track",
            ActionStatus::Complete => "Complete",
            ActionStatus::Cancelled => "Cancelled",
        }
    }
    fn months(&self) -> [&'static str; 12] {
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
    }

    // Navigation and views.
    fn nav_label(&self) -> &'static str {
        "Scorecard sections"
    }
    fn nav_overview(&self) -> &'static str {
        "Overview"
    }
    fn nav_exceptions(&self) -> &'static str {
        "Exceptions"
    }
    fn nav_indicators(&self) -> &'static str {
        "Indicators"
    }
    fn nav_actions(&self) -> &'static str {
        "Actions"
    }
    fn period_picker(&self) -> &'static str {
        "Period shown"
    }
    fn periods_quarters(&self) -> &'static str {
        "Quarters"
    }
    fn periods_months(&self) -> &'static str {
        "Months"
    }
    fn periods_years(&self) -> &'static str {
        "Reporting years"
    }
    fn not_found(&self) -> &'static str {
        "There is no such page in this scorecard."
    }
    fn back_to_overview(&self) -> &'static str {
        "Go to the overview"
    }
    fn period_not_in_file(&self) -> &'static str {
        "The period in the address is not one this scorecard reports, so it shows the current period instead:"
    }

    // Overview.
    fn summary(&self) -> &'static str {
        "Summary"
    }
    fn actions_by_status(&self) -> &'static str {
        "Flagship actions by status"
    }
    fn action_count(&self) -> &'static str {
        "Number of actions"
    }
    fn by_priority(&self) -> &'static str {
        "Indicators by corporate priority"
    }
    fn by_service(&self) -> &'static str {
        "Indicators by service area"
    }
    fn actions_by_priority(&self) -> &'static str {
        "Flagship actions by corporate priority"
    }
    fn priority(&self) -> &'static str {
        "Priority"
    }
    fn service(&self) -> &'static str {
        "Service area"
    }
    fn total(&self) -> &'static str {
        "Total"
    }
    fn open_list_hint(&self) -> &'static str {
        "Select a bar or a number to list those indicators."
    }
    fn chart_summary_groups(&self, what: &str, period: &str, rows: &[(String, u32, u32, u32)]) -> String {
        let parts: Vec<String> =
            rows.iter().map(|(name, g, a, r)| format!("{name}: {g} green, {a} amber, {r} red")).collect();
        format!("{what} in {period}. {}.", parts.join("; "))
    }

    // Lists and filters.
    fn filters(&self) -> &'static str {
        "Filter"
    }
    fn search(&self) -> &'static str {
        "Search titles and codes"
    }
    fn any(&self) -> &'static str {
        "Any"
    }
    fn clear_filters(&self) -> &'static str {
        "Clear all filters"
    }
    fn tag(&self) -> &'static str {
        "Tag"
    }
    fn portfolio(&self) -> &'static str {
        "Portfolio"
    }
    fn partner(&self) -> &'static str {
        "Delivery partner"
    }
    fn direction(&self) -> &'static str {
        "Direction of travel"
    }
    fn unknown_filter(&self, label: &str, value: &str) -> String {
        format!("The address asks for {label} \"{value}\", which this scorecard does not have. Choose another below or clear the filters.")
    }
    fn matches(&self, shown: usize, total: usize, what: &str) -> String {
        if shown == total {
            format!("Showing all {total} {what}")
        } else {
            format!("Showing {shown} of {total} {what}")
        }
    }
    fn indicators_word(&self) -> &'static str {
        "indicators"
    }
    fn actions_word(&self) -> &'static str {
        "actions"
    }
    fn exceptions_word(&self) -> &'static str {
        "exceptions"
    }
    fn code(&self) -> &'static str {
        "Code"
    }
    fn title(&self) -> &'static str {
        "Indicator"
    }
    fn value(&self) -> &'static str {
        "Value"
    }
    fn target(&self) -> &'static str {
        "Target"
    }
    fn trend(&self) -> &'static str {
        "Recent trend"
    }
    fn no_value(&self) -> &'static str {
        "–"
    }
    fn suppressed_value(&self) -> &'static str {
        "Suppressed"
    }
    fn no_target(&self) -> &'static str {
        "No target"
    }
    fn none_match(&self) -> &'static str {
        "No indicators match these filters."
    }
    fn rows_shown(&self, shown: usize, total: usize) -> String {
        format!("Rows 1 to {shown} of {total} shown.")
    }
    fn show_more(&self, n: usize) -> String {
        format!("Show {n} more")
    }
    fn show_all(&self, n: usize) -> String {
        format!("Show all {n}")
    }
    fn figure_for(&self, period: &str) -> String {
        format!("for {period}")
    }
    fn sparkline_label(&self, values: &[String]) -> String {
        if values.is_empty() {
            "No recent values".into()
        } else {
            format!("Recent values: {}", values.join(", "))
        }
    }

    // Exceptions.
    fn exceptions_title(&self) -> &'static str {
        "Exceptions: red and amber indicators, actions at risk or off track"
    }
    fn no_explanation(&self) -> &'static str {
        "No explanation given"
    }
    fn explanation(&self) -> &'static str {
        "Explanation"
    }
    fn no_exceptions(&self) -> &'static str {
        "There are no exceptions for this period."
    }
    fn no_service(&self) -> &'static str {
        "Not assigned to a service"
    }
    fn action_word(&self) -> &'static str {
        "Action"
    }
    fn exception_figures(&self, value: &str, target: &str, period: &str) -> String {
        format!("Value {value} · Target {target} ({period})")
    }
    fn exceptions_summary(&self, indicators: usize, actions: usize, unexplained: usize) -> String {
        format!(
        "{indicators} indicators and {actions} actions need attention; {unexplained} have no explanation."
    )
    }

    // Indicator detail.
    fn definition(&self) -> &'static str {
        "Definition"
    }
    fn history(&self) -> &'static str {
        "History"
    }
    fn observations(&self) -> &'static str {
        "Values by period"
    }
    fn comment(&self) -> &'static str {
        "Comment"
    }
    fn calculated(&self) -> &'static str {
        "Calculated status"
    }
    fn forecast(&self) -> &'static str {
        "Year-end forecast"
    }
    fn unit(&self) -> &'static str {
        "Unit"
    }
    fn polarity(&self) -> &'static str {
        "Which way is better"
    }
    fn frequency(&self) -> &'static str {
        "Reported"
    }
    fn measure(&self) -> &'static str {
        "Measure"
    }
    fn tolerance(&self) -> &'static str {
        "Tolerance"
    }
    fn decimals(&self) -> &'static str {
        "Precision"
    }
    fn benchmarks(&self) -> &'static str {
        "Benchmarks"
    }
    fn quartile(&self) -> &'static str {
        "Quartile"
    }

    fn nav_compare(&self) -> &'static str {
        "Compare councils"
    }
    fn compare_loading(&self) -> &'static str {
        "Loading other councils' figures…"
    }
    fn compare_failed(&self, detail: &str) -> String {
        format!("Other councils' figures could not be loaded: {detail}")
    }
    fn packs_not_in_preview(&self) -> &'static str {
        "other councils' figures are not fetched in the preview"
    }
    fn long_trend(&self) -> &'static str {
        "Longer trend"
    }
    fn reported_differs(&self) -> &'static str {
        "The service reported a different status from the one the rules give. Both are shown; the reported one is used in counts."
    }
    fn tags(&self) -> &'static str {
        "Tags"
    }
    fn decimals_text(&self, d: u32) -> String {
        match d {
            0 => "Whole numbers".into(),
            1 => "1 decimal place".into(),
            d => format!("{d} decimal places"),
        }
    }
    fn unit_name(&self, u: Unit) -> &'static str {
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
    fn polarity_text(&self, p: Polarity) -> &'static str {
        match p {
            Polarity::Higher => "Higher is better",
            Polarity::Lower => "Lower is better",
            Polarity::Target => "Closest to the target is best",
            Polarity::Neutral => "Neither: shown for context, with no RAG status",
        }
    }
    fn frequency_text(&self, k: PeriodKind) -> &'static str {
        match k {
            PeriodKind::Month => "Monthly",
            PeriodKind::Quarter => "Quarterly",
            PeriodKind::Year => "Annually",
        }
    }
    fn measure_text(&self, m: Measure) -> &'static str {
        match m {
            Measure::Snapshot => "Snapshot: the figure for the period",
            Measure::Cumulative => "Year to date: builds up through the reporting year",
        }
    }
    fn tolerance_text(&self, p: Polarity, t: Tolerance, unit_of: &dyn Fn(f64) -> String) -> String {
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
    fn percentage_points(&self, n: &str) -> String {
        format!("{n} percentage points")
    }
    fn trend_compare_text(&self, p: Period) -> String {
        format!("Compared with {}", self.period_short(p))
    }

    // Groups and actions.
    fn delivered_by(&self) -> &'static str {
        "Delivered by"
    }
    fn portfolio_holder(&self) -> &'static str {
        "Portfolio holder"
    }
    fn commentary(&self) -> &'static str {
        "Commentary"
    }
    fn no_commentary(&self) -> &'static str {
        "No commentary for this period."
    }
    fn actions_title(&self) -> &'static str {
        "Flagship actions"
    }
    fn due(&self) -> &'static str {
        "Due"
    }
    fn owner(&self) -> &'static str {
        "Owner"
    }
    fn latest_update(&self) -> &'static str {
        "Latest update"
    }
    fn no_update(&self) -> &'static str {
        "No update yet"
    }
    fn no_actions(&self) -> &'static str {
        "No actions match."
    }
    fn services_list(&self) -> &'static str {
        "Service areas"
    }
    fn other(&self) -> &'static str {
        "Other"
    }
    fn update_for(&self, period: &str) -> String {
        format!("Update for {period}")
    }
    fn status_counts_for(&self, name: &str) -> String {
        format!("Indicators by status: {name}")
    }

    // CSV export.
    fn download_csv(&self) -> &'static str {
        "Download CSV"
    }
    fn csv_header(&self) -> [&'static str; 15] {
        [
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
        ]
    }

    fn print_page(&self) -> &'static str {
        "Page"
    }
    fn print_of(&self) -> &'static str {
        "of"
    }

    // Offline and updates.
    fn update_ready(&self) -> &'static str {
        "A new version of this dashboard is ready."
    }
    fn reload(&self) -> &'static str {
        "Reload to update"
    }
    fn offline_notice(&self, saved: &str, published: &str) -> String {
        format!("You are offline — showing data saved on {saved} (published {published}).")
    }
    fn stale_page(&self) -> &'static str {
        "This page was written for another version of the scorecard file. It now shows the file as published."
    }
    fn stale_page_console(&self, src: &str, written: &str, read: &str) -> String {
        format!("Scorecard: this page was written from version {written} of {src}, but the file is now version {read}. Publish the file again (scorecard publish, or the publish page) so the page carries its figures.")
    }

    fn month_range(&self, first: &str, y1: i64, last: &str, y2: i64) -> String {
        if y1 == y2 {
            format!("{first} to {last} {y2}")
        } else {
            format!("{first} {y1} to {last} {y2}")
        }
    }
    fn year_long(&self, year: Period, range: &str) -> String {
        format!("Year {year} ({range})")
    }
    fn quarter_long(&self, q: u8, year: Period, range: &str) -> String {
        format!("Quarter {q}, {year} ({range})")
    }
    fn statuses_sentence(&self, period: &str, total: u32, list: &str) -> String {
        format!("{total} indicators in {period}: {list}.")
    }
    fn actions_sentence(&self, period: &str, total: u32, list: &str) -> String {
        format!("{total} flagship actions in {period}: {list}.")
    }
    fn measured(&self, u: Unit, n: &str) -> String {
        match u {
            Unit::Days => format!("{n} days"),
            Unit::Weeks => format!("{n} weeks"),
            Unit::Tonnes => format!("{n} tonnes"),
            _ => format!("{n} kg"),
        }
    }
    fn report_file_word(&self) -> &'static str {
        "committee report"
    }
    fn report_download(&self) -> &'static str {
        "Download the committee report (Word)"
    }
    fn report_writing(&self) -> &'static str {
        "Writing the report…"
    }
    fn saved_as(&self, name: &str) -> String {
        format!("Saved as {name}.")
    }
    fn chart_menu(&self) -> &'static str {
        "Download or embed this chart"
    }
    fn chart_not_in_view(&self) -> &'static str {
        "This view has no chart of the name in the address, so the whole view is shown:"
    }
    fn report_failed(&self, why: &str) -> String {
        format!("The report could not be written: {why}")
    }
    fn report_unavailable(&self) -> &'static str {
        "this page cannot write the report: open the published dashboard"
    }
}

impl super::PublishText for English {
    fn page_description(&self, what: &str, org: &str, period: &str) -> String {
        format!("{what}: {org}'s performance, {period}.")
    }
    fn publish_download_site(&self) -> &'static str {
        "Download the site files"
    }
    fn publish_site_hint(&self) -> &'static str {
        "A zip of this site with the scorecard published in it: every page written, the sitemap and the feed of updates. Unzip it over the site's folder and upload the folder."
    }
    fn publish_site_writing(&self) -> &'static str {
        "Writing the site's pages…"
    }
    fn publish_site_written(&self, name: &str) -> String {
        format!("The site's files are in {name}.")
    }
    fn publish_site_no_page(&self) -> &'static str {
        "This page is not in a built Scorecard site, so the site's files cannot be written here."
    }
    fn publish_site_failed(&self, why: &str) -> String {
        format!("The site's pages could not be written: {why}")
    }
    fn publish_site_other_build(&self) -> &'static str {
        "The site writer is from another version of Scorecard than this page. Reload the page and try again."
    }
    fn publish_site_unwritable(&self, why: &str) -> String {
        format!("The site's files could not be written: {why}")
    }
    fn feed_title(&self, title: &str, org: &str) -> String {
        format!("{title} – {org}: updates")
    }
    fn feed_new_period(&self, period: &str) -> String {
        format!("Figures for {period} published")
    }
    fn feed_updated(&self, period: &str) -> String {
        format!("Figures for {period} updated")
    }
    fn feed_turned_red(&self) -> &'static str {
        "Now Red"
    }
    fn feed_status_changed(&self) -> &'static str {
        "Status changed"
    }
    fn feed_new_indicator(&self) -> &'static str {
        "new indicator"
    }
    fn feed_new_exceptions(&self) -> &'static str {
        "New exceptions"
    }
    fn feed_restated(&self) -> &'static str {
        "Figures restated"
    }
    fn feed_summary(&self, red: usize, changed: usize, restated: usize) -> String {
        format!("Now Red: {red}. Status changed: {changed}. Figures restated: {restated}.")
    }
    // The publish page.
    fn publish_title(&self) -> &'static str {
        "Publish a scorecard from a spreadsheet"
    }
    fn publish_intro(&self) -> &'static str {
        "Choose your spreadsheet: it is read here, in your browser, and never uploaded. Check what was found, fix any problems, look at the preview, then download scorecard.json and put it on your website."
    }
    fn publish_file(&self) -> &'static str {
        "Your files"
    }
    fn publish_choose_label(&self) -> &'static str {
        "Spreadsheet to publish"
    }
    fn publish_choose_hint(&self) -> &'static str {
        "CSV, XLSX, XLS or ODS: the officer's template, or your own export from Pentana, InPhase, Power BI or Excel. Choose it, or drop it here."
    }
    fn publish_old_label(&self) -> &'static str {
        "Start from last quarter's scorecard (optional)"
    }
    fn publish_old_hint(&self) -> &'static str {
        "The scorecard.json you published last time: this quarter's figures are added to it, and nothing in it is lost."
    }
    fn publish_old_bad(&self) -> &'static str {
        "Last quarter's scorecard could not be read:"
    }
    fn publish_no_file(&self) -> &'static str {
        "No spreadsheet chosen yet."
    }
    fn publish_reading(&self) -> &'static str {
        "Reading the spreadsheet…"
    }
    fn publish_settings(&self) -> &'static str {
        "What was found"
    }
    fn publish_sheet(&self) -> &'static str {
        "Sheet"
    }
    fn publish_all_sheets(&self) -> &'static str {
        "Every sheet with indicators or actions"
    }
    fn publish_header_row(&self) -> &'static str {
        "Header row"
    }
    fn publish_period(&self) -> &'static str {
        "Period this report is for"
    }
    fn publish_period_hint(&self) -> &'static str {
        "Needed for columns such as \"This quarter\" and \"Previous quarter\", for example 2024/25-Q2."
    }
    fn publish_organisation(&self) -> &'static str {
        "Council"
    }
    fn publish_scorecard_title(&self) -> &'static str {
        "Scorecard title"
    }
    fn publish_download_scorecard(&self) -> &'static str {
        "Download scorecard.json"
    }
    fn publish_download_mapping(&self) -> &'static str {
        "Download mapping"
    }
    fn publish_columns(&self) -> &'static str {
        "Columns"
    }
    fn publish_columns_hint(&self) -> &'static str {
        "Each column's role. Change one and the sheet is read again; the mapping you download keeps your choices for next quarter."
    }
    fn publish_header(&self) -> &'static str {
        "Column heading"
    }
    fn publish_role_heading(&self) -> &'static str {
        "Role"
    }
    fn publish_not_imported(&self) -> &'static str {
        "(not imported)"
    }
    fn publish_problems(&self) -> &'static str {
        "Problems"
    }
    fn publish_kind_heading(&self) -> &'static str {
        "Kind"
    }
    fn publish_cell(&self) -> &'static str {
        "Where"
    }
    fn publish_message(&self) -> &'static str {
        "What"
    }
    fn publish_preview(&self) -> &'static str {
        "Preview"
    }
    fn publish_preview_empty(&self) -> &'static str {
        "The dashboard will appear here once a spreadsheet has been read."
    }
    fn publish_no_preview(&self) -> &'static str {
        "The scorecard cannot be shown: see the problems above."
    }
    fn publish_columns_of(&self, sheet: &str) -> String {
        format!("Columns of {sheet}")
    }
    fn publish_summary(&self, indicators: usize, values: usize, actions: usize, left_out: usize) -> String {
        format!(
        "{indicators} indicator{}, {values} value{} and {actions} action{} read; {left_out} row{} left out",
        if indicators == 1 { "" } else { "s" },
        if values == 1 { "" } else { "s" },
        if actions == 1 { "" } else { "s" },
        if left_out == 1 { "" } else { "s" }
    )
    }
    fn publish_fatal(&self, file: &str, reason: &str) -> String {
        format!("{file} could not be imported: {reason}")
    }
    fn publish_problem_counts(&self, errors: usize, warnings: usize, notes: usize) -> String {
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
    fn publish_severity(&self, severity: &str) -> &'static str {
        match severity {
            "error" => "Error",
            "warning" => "Warning",
            _ => "Note",
        }
    }
    fn publish_layout(&self, layout: &str) -> String {
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
    fn role_when(&self, name: &str, when: &str) -> String {
        match when {
            "previous" => format!("{name}, previous period"),
            "last-year" => format!("{name}, same period last year"),
            p => format!("{name}, {p}"),
        }
    }
    fn role_name(&self, base: &str) -> Option<&'static str> {
        Some(match base {
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
            "organisation_code" => "Council code",
            "action_code" => "Action reference",
            "action_title" => "Action",
            "action_status" => "Action status",
            "due" => "Due date",
            "owner" => "Owner",
            _ => return None,
        })
    }
}

impl super::PaperText for English {
    fn chart_of(&self, view: &str, chart: &str) -> String {
        format!("{view}: {chart}")
    }
    fn chart_unreadable(&self) -> &'static str {
        "the chart's figures could not be read from the page"
    }
    fn chart_png(&self) -> &'static str {
        "Image (PNG)"
    }
    fn chart_svg(&self) -> &'static str {
        "Image (SVG)"
    }
    fn chart_csv(&self) -> &'static str {
        "Data (CSV)"
    }
    fn chart_embed(&self) -> &'static str {
        "Embed this chart"
    }
    fn embed_frame(&self) -> &'static str {
        "In a frame (it sizes itself to the chart)"
    }
    fn embed_mount(&self) -> &'static str {
        "In an element of your page (mount.js)"
    }
    fn embed_hint(&self) -> &'static str {
        "Paste either into your page's HTML. It shows this chart alone, for this period and in this language, and works offline like the dashboard."
    }
    fn embed_copy(&self) -> &'static str {
        "Copy"
    }
    fn embed_copied(&self) -> &'static str {
        "Copied."
    }
    fn embed_title(&self, chart: &str, org: &str) -> String {
        format!("{chart}, {org}")
    }
    fn paper_as_of(&self, date: &str) -> String {
        format!("Data as of {date}")
    }
    fn paper_full(&self) -> &'static str {
        "The scorecard in full"
    }
    fn paper_notes(&self) -> &'static str {
        "Notes"
    }
    fn paper_partnership(&self) -> &'static str {
        "Delivered in partnership"
    }
    fn paper_partner(&self, group: &str, partner: &str) -> String {
        format!("{group}: delivered with {partner}.")
    }
    fn paper_data_notes(&self) -> &'static str {
        "About the figures"
    }
    fn paper_suppressed(&self) -> String {
        format!("Figures withheld to protect people's privacy are shown as “{}”.", self.suppressed_value())
    }
    fn paper_suppressed_these(&self) -> String {
        "These indicators' figures are withheld for this period:".into()
    }
    fn paper_source(&self, org: &str, title: &str, published: &str) -> String {
        format!("Source: {org}, {title}, published {published}.")
    }
    fn paper_value_for(&self, value: &str, period: &str) -> String {
        format!("{value} ({period})")
    }
    fn report_other_build(&self) -> &'static str {
        "The report writer is from another version of Scorecard than this page. Reload the page and try again."
    }
}

impl super::CompareText for English {
    fn compare_title(&self) -> &'static str {
        "How we compare with similar councils"
    }
    fn compare_among(&self, area: &str, group: &str, members: usize) -> String {
        format!("{area} among {group} ({members} councils)")
    }
    fn compare_with(&self) -> &'static str {
        "Compare with"
    }
    fn compare_no_group(&self) -> &'static str {
        "No comparator group of the pack contains this council for this measure."
    }
    fn compare_no_period(&self) -> &'static str {
        "The pack has no figures for this period yet."
    }
    fn compare_no_area(&self) -> &'static str {
        "This scorecard does not give its council's area code (organisation.code), so it cannot be placed among other councils."
    }
    fn compare_none_linked(&self) -> &'static str {
        "No indicator of this scorecard is linked to a benchmark pack's measure."
    }
    fn rank(&self) -> &'static str {
        "Rank"
    }
    fn rank_of(&self, rank: usize, n: usize, neutral: bool) -> String {
        if neutral {
            return scorecard_core::messages::p_in(super::Lang::En).highest_of(rank, n);
        }
        format!("{rank} of {n}")
    }
    fn median(&self) -> &'static str {
        "Median"
    }
    fn gap_to_median(&self) -> &'static str {
        "Gap to median"
    }
    fn gap_words(&self, gap: &str, better: Option<bool>, above: bool) -> String {
        if gap.trim_start_matches(['0', '.', ',']).is_empty() {
            return "level with the median".into();
        }
        match better {
            Some(true) => format!("{gap} better than the median"),
            Some(false) => format!("{gap} worse than the median"),
            None if above => format!("{gap} above the median"),
            None => format!("{gap} below the median"),
        }
    }
    fn significance(&self) -> &'static str {
        "Significance"
    }
    fn not_ranked(&self, n: usize) -> String {
        format!(
            "not ranked: {n} councils with figures, fewer than {}",
            scorecard_core::pack::stats::MIN_FIELD
        )
    }
    fn no_figure_to_rank(&self, n: usize, nations: &[&str]) -> String {
        match nations.is_empty() {
            true => format!("not ranked: no figure for this council ({n} councils with figures)"),
            false => format!(
                "not ranked: no figure for this council ({n} councils with figures, in {})",
                nations.join(" and ")
            ),
        }
    }
    fn rank_change(
        &self,
        was: usize,
        is: usize,
        n: usize,
        since: &str,
        overtook: usize,
        overtaken_by: usize,
    ) -> String {
        let mut out = format!("Rank {was} → {is} of {n} since {since}");
        let councils = |k: usize| if k == 1 { "1 council".to_string() } else { format!("{k} councils") };
        if overtook > 0 {
            out.push_str(&format!(
                "; {} that {} ahead of us {} now behind",
                councils(overtook),
                if overtook == 1 { "was" } else { "were" },
                if overtook == 1 { "is" } else { "are" }
            ));
        }
        if overtaken_by > 0 {
            out.push_str(&format!(
                "; {} that {} behind us {} now ahead",
                councils(overtaken_by),
                if overtaken_by == 1 { "was" } else { "were" },
                if overtaken_by == 1 { "is" } else { "are" }
            ));
        }
        out.push('.');
        out
    }
    fn compared_period(&self, period: &str) -> String {
        format!("Compared for {period}")
    }
    fn span(&self, from: &str, to: &str) -> String {
        format!("{from} to {to}")
    }
    fn peers_title(&self) -> &'static str {
        "Compared with similar councils"
    }
    fn peers_members(&self) -> &'static str {
        "Councils in the group"
    }
    fn peers_source(&self) -> &'static str {
        "Source"
    }
    fn area(&self) -> &'static str {
        "Council"
    }
    fn this_council(&self) -> &'static str {
        "this council"
    }
    fn quartile_short(&self, q: u8) -> String {
        format!("Q{q}")
    }
    fn in_rank_order(&self) -> &'static str {
        "Councils in rank order, best first"
    }
    fn interval(&self) -> &'static str {
        "95% confidence interval"
    }
    fn field_chart_summary(&self, area: &str, rank: &str, median: &str) -> String {
        format!("Each council's value in rank order, best first: {area} is {rank}; the median is {median}.")
    }
    fn reference_line(&self, label: &str, value: &str) -> String {
        format!("{label}: {value}")
    }
    fn between(&self, lower: &str, upper: &str) -> String {
        format!("{lower} to {upper}")
    }
    fn custom_group_start(&self) -> &'static str {
        "Councils you choose"
    }
    fn custom_group_title(&self, members: usize) -> String {
        format!("Councils you chose ({members})")
    }
    fn custom_group_source(&self) -> &'static str {
        "Chosen by you on this page"
    }
    fn custom_add_label(&self) -> &'static str {
        "Add a council by name"
    }
    fn custom_add(&self) -> &'static str {
        "Add"
    }
    fn custom_remove(&self, name: &str) -> String {
        format!("Remove {name}")
    }
    fn custom_no_such(&self, name: &str) -> String {
        format!("No council called \"{name}\" is in the benchmark data. Choose a name from the list.")
    }
    fn custom_unknown(&self, codes: &str) -> String {
        format!("Left out of your group: {codes} (not in the benchmark data).")
    }
    fn rank_over_time(&self) -> &'static str {
        "Rank over time"
    }
    fn rank_history_summary(&self, first: &str, last: &str) -> String {
        format!("Rank over time, from {first} to {last}.")
    }
    fn rank_at(&self, rank: &str, period: &str) -> String {
        format!("{rank} in {period}")
    }
    fn not_provided(&self, count: usize) -> String {
        if count == 1 {
            "1 council does not provide this service".into()
        } else {
            format!("{count} councils do not provide this service")
        }
    }
    fn quartile_counts(&self, counts: &[(u8, usize)]) -> String {
        let parts: Vec<String> = counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(q, n)| {
                format!("{n} in the {}", scorecard_core::messages::p_in(super::Lang::En).quartile_name(*q))
            })
            .collect();
        format!("Compared with similar councils: {}", parts.join(", "))
    }
    fn see_comparison(&self) -> &'static str {
        "See how we compare"
    }
    fn pack_only_title(&self, area: &str) -> String {
        format!("{area} compared with similar areas")
    }
    fn pack_source(&self, publisher: &str, licence: &str) -> String {
        format!("Figures: {publisher}. Licence: {licence}.")
    }
    fn pack_area_not_in_group(&self, area: &str, group: &str) -> String {
        format!("{area} is not one of the group \"{group}\": choose another group to compare with.")
    }
    fn pack_area_unknown(&self, code: &str) -> String {
        format!("The pack has no area with the code \"{code}\".")
    }
}

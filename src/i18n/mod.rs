//! Every piece of user-facing text in the dashboard and the publish page: one catalogue per
//! language (`en.rs`, `cy.rs`), each a whole implementation of [`Catalogue`], so a key missing
//! from either language does not compile. Text from the scorecard file itself is not here, nor
//! the core's diagnostics (`scorecard_core::messages`, with catalogues of their own).
//!
//! The language is chosen once per render ([`set_lang`]) and read by every component through
//! [`t`]: a switch re-renders the dashboard, and the view and filters live in the URL, so
//! nothing is lost.

use scorecard_core::period::{Calendar, Period};
use scorecard_core::{ActionStatus, Date, Direction, Measure, PeriodKind, Polarity, Status, Tolerance, Unit};

mod cy;
mod en;

/// The interface's languages: the core's, so the dashboard and the core's messages change
/// together.
pub use scorecard_core::messages::Lang;

/// A language's catalogue.
pub fn catalogue(lang: Lang) -> &'static dyn Catalogue {
    match lang {
        Lang::En => &en::English,
        Lang::Cy => &cy::Welsh,
    }
}

/// Chooses the interface's language for what is rendered next. The core keeps it, so its
/// messages (the file's problems) follow too.
pub fn set_lang(lang: Lang) {
    scorecard_core::messages::set_lang(lang);
}

pub fn lang() -> Lang {
    scorecard_core::messages::lang()
}

/// The current language's catalogue.
pub fn t() -> &'static dyn Catalogue {
    catalogue(lang())
}

/// "3 red, 10 green": the non-zero counts, lower-cased.
fn counts_list<S: Copy>(
    parts: &[(S, u32)],
    label: impl Fn(S) -> &'static str,
    counted: impl Fn(u32, &str) -> String,
) -> String {
    let list: Vec<String> = parts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| counted(*n, &crate::casefold::lower(label(*s))))
        .collect();
    list.join(", ")
}

/// Every string a user reads, by key. Both languages implement all of it.
pub trait Catalogue {
    /// This language's own name, as the switch shows it ("Cymraeg", "English").
    fn language_name(&self) -> &'static str;
    /// The switch's hidden words in the target language ("Newid yr iaith i'r Gymraeg").
    fn switch_to(&self) -> &'static str;
    /// The switch's label ("Language", "Iaith").
    fn language_label(&self) -> &'static str;
    /// A period as a label: "2023/24 Q2", "Ch2 2023/24", "Medi 2023".
    fn period_short(&self, p: Period) -> String;
    fn loading(&self) -> &'static str;
    fn skip_to_content(&self) -> &'static str;
    fn data_as_of(&self) -> &'static str;
    fn period(&self) -> &'static str;
    fn status(&self) -> &'static str;
    fn count(&self) -> &'static str;
    fn indicators_by_status(&self) -> &'static str;
    fn chart_unavailable(&self) -> &'static str;
    fn error_title(&self) -> &'static str;
    fn error_where(&self) -> &'static str;
    fn error_what(&self) -> &'static str;
    fn whole_file(&self) -> &'static str;
    fn left_out_title(&self) -> &'static str;
    fn unexpected(&self) -> &'static str;
    fn left_out_summary(&self, n: usize) -> String;
    fn fetch_failed(&self, src: &str, detail: &str) -> String;
    fn http_status(&self, src: &str, status: u16) -> String;
    fn src_refused(&self, src: &str) -> String;
    fn src_invalid(&self, src: &str) -> String;
    fn invalid_file(&self, src: &str) -> String;
    /// "Green – on target": the words always go with the colour.
    fn status_label(&self, s: Status) -> &'static str;
    /// The short name used on chart axes.
    fn status_short(&self, s: Status) -> &'static str;
    fn direction_label(&self, d: Direction) -> &'static str;
    fn action_label(&self, s: ActionStatus) -> &'static str;
    fn months(&self) -> [&'static str; 12];
    /// A month counted from year 0 (`Calendar`'s months): its name and its year.
    fn month_name(&self, abs_month: i64) -> (&'static str, i64) {
        (self.months()[abs_month.rem_euclid(12) as usize], abs_month.div_euclid(12))
    }
    /// "Quarter 2, 2023/24 (July to September 2023)".
    fn period_long(&self, p: Period, cal: Calendar) -> String {
        let (first, y1) = self.month_name(cal.start(p));
        let (last, y2) = self.month_name(cal.end(p));
        match p {
            Period::Year(_) => self.year_long(p, &self.month_range(first, y1, last, y2)),
            Period::Quarter(y, q) => {
                self.quarter_long(q, Period::Year(y), &self.month_range(first, y1, last, y2))
            }
            Period::Month(..) => format!("{first} {y1}"),
        }
    }
    /// The months a period covers: "July to September 2023", "Gorffennaf – Medi 2023".
    fn month_range(&self, first: &str, y1: i64, last: &str, y2: i64) -> String;
    /// "Year 2023/24 (April 2023 to March 2024)".
    fn year_long(&self, year: Period, range: &str) -> String;
    /// "Quarter 2, 2023/24 (July to September 2023)".
    fn quarter_long(&self, q: u8, year: Period, range: &str) -> String;
    /// "20 November 2023".
    /// "20 November 2023", "20 Tachwedd 2023": the same order in both, no ordinal.
    fn date_long(&self, d: Date) -> String {
        format!("{} {} {}", d.day, self.months()[(d.month as usize).saturating_sub(1).min(11)], d.year)
    }
    fn chart_summary_statuses(&self, period: &str, parts: &[(Status, u32)]) -> String {
        let total: u32 = parts.iter().map(|(_, n)| n).sum();
        self.statuses_sentence(
            period,
            total,
            &counts_list(parts, |s| self.status_short(s), |n, w| self.counted(n, w)),
        )
    }
    /// "63 indicators in 2023/24-Q2: 28 green, 12 amber."
    fn statuses_sentence(&self, period: &str, total: u32, list: &str) -> String;
    /// A count of a status in a summary sentence: "3 red", "2 goch".
    fn counted(&self, n: u32, label: &str) -> String {
        format!("{n} {label}")
    }

    // Navigation and views.
    fn nav_label(&self) -> &'static str;
    fn nav_overview(&self) -> &'static str;
    fn nav_exceptions(&self) -> &'static str;
    fn nav_indicators(&self) -> &'static str;
    fn nav_actions(&self) -> &'static str;
    fn period_picker(&self) -> &'static str;
    fn periods_quarters(&self) -> &'static str;
    fn periods_months(&self) -> &'static str;
    fn periods_years(&self) -> &'static str;
    fn not_found(&self) -> &'static str;
    fn back_to_overview(&self) -> &'static str;
    fn period_not_in_file(&self) -> &'static str;
    fn exceptions_count(&self, n: usize) -> String {
        format!("{} ({n})", self.nav_exceptions())
    }

    // Overview.
    fn summary(&self) -> &'static str;
    fn actions_by_status(&self) -> &'static str;
    fn action_count(&self) -> &'static str;
    fn by_priority(&self) -> &'static str;
    fn by_service(&self) -> &'static str;
    fn actions_by_priority(&self) -> &'static str;
    fn priority(&self) -> &'static str;
    fn service(&self) -> &'static str;
    fn total(&self) -> &'static str;
    fn open_list_hint(&self) -> &'static str;
    fn chart_summary_actions(&self, period: &str, parts: &[(ActionStatus, u32)]) -> String {
        let total: u32 = parts.iter().map(|(_, n)| n).sum();
        self.actions_sentence(
            period,
            total,
            &counts_list(parts, |s| self.action_label(s), |n, w| self.counted(n, w)),
        )
    }
    /// "18 flagship actions in 2023/24-Q2: 5 on track, 4 complete."
    fn actions_sentence(&self, period: &str, total: u32, list: &str) -> String;
    fn chart_summary_groups(&self, what: &str, period: &str, rows: &[(String, u32, u32, u32)]) -> String;

    // Lists and filters.
    fn filters(&self) -> &'static str;
    fn search(&self) -> &'static str;
    fn any(&self) -> &'static str;
    fn clear_filters(&self) -> &'static str;
    fn tag(&self) -> &'static str;
    fn portfolio(&self) -> &'static str;
    fn partner(&self) -> &'static str;
    fn direction(&self) -> &'static str;
    fn unknown_filter(&self, label: &str, value: &str) -> String;
    fn matches(&self, shown: usize, total: usize, what: &str) -> String;
    fn indicators_word(&self) -> &'static str;
    fn actions_word(&self) -> &'static str;
    fn exceptions_word(&self) -> &'static str;
    fn code(&self) -> &'static str;
    fn title(&self) -> &'static str;
    fn value(&self) -> &'static str;
    fn target(&self) -> &'static str;
    fn trend(&self) -> &'static str;
    fn no_value(&self) -> &'static str;
    fn suppressed_value(&self) -> &'static str;
    fn no_target(&self) -> &'static str;
    fn none_match(&self) -> &'static str;
    /// A long list drawn a page at a time: "Rows 1 to 200 of 5,000 shown".
    fn rows_shown(&self, shown: usize, total: usize) -> String;
    fn show_more(&self, n: usize) -> String;
    fn show_all(&self, n: usize) -> String;
    fn figure_for(&self, period: &str) -> String;
    fn sparkline_label(&self, values: &[String]) -> String;

    // Exceptions.
    fn exceptions_title(&self) -> &'static str;
    fn no_explanation(&self) -> &'static str;
    fn explanation(&self) -> &'static str;
    fn no_exceptions(&self) -> &'static str;
    fn no_service(&self) -> &'static str;
    fn action_word(&self) -> &'static str;
    /// An exception's figures: "Value 68.2% · Target 85.0% (2023/24-Q2)".
    fn exception_figures(&self, value: &str, target: &str, period: &str) -> String;
    fn exceptions_summary(&self, indicators: usize, actions: usize, unexplained: usize) -> String;

    // Indicator detail.
    fn definition(&self) -> &'static str;
    fn history(&self) -> &'static str;
    fn observations(&self) -> &'static str;
    fn comment(&self) -> &'static str;
    fn calculated(&self) -> &'static str;
    fn forecast(&self) -> &'static str;
    fn unit(&self) -> &'static str;
    fn polarity(&self) -> &'static str;
    fn frequency(&self) -> &'static str;
    fn measure(&self) -> &'static str;
    fn tolerance(&self) -> &'static str;
    fn decimals(&self) -> &'static str;
    fn benchmarks(&self) -> &'static str;
    fn quartile(&self) -> &'static str;
    // Comparing councils: what the dashboard itself says (the rest is `CompareText`).
    fn nav_compare(&self) -> &'static str;
    fn compare_loading(&self) -> &'static str;
    fn compare_failed(&self, detail: &str) -> String;
    fn packs_not_in_preview(&self) -> &'static str;

    fn long_trend(&self) -> &'static str;
    fn reported_differs(&self) -> &'static str;
    fn tags(&self) -> &'static str;
    fn decimals_text(&self, d: u32) -> String;
    fn unit_name(&self, u: Unit) -> &'static str;
    /// A number with its unit, as shown everywhere.
    fn with_unit(&self, u: Unit, currency: Option<&str>, n: &str) -> String {
        match u {
            Unit::Percent => format!("{n}%"),
            Unit::Currency => match currency {
                None | Some("GBP") => format!("£{n}"),
                Some(code) => format!("{n} {code}"),
            },
            Unit::Number | Unit::Ratio | Unit::Rate => n.to_string(),
            Unit::Days | Unit::Weeks | Unit::Tonnes | Unit::Kg => self.measured(u, n),
        }
    }
    /// A number of days, weeks, tonnes or kilograms: "19.2 days", "133 diwrnod".
    fn measured(&self, u: Unit, n: &str) -> String;
    fn polarity_text(&self, p: Polarity) -> &'static str;
    fn frequency_text(&self, k: PeriodKind) -> &'static str;
    fn measure_text(&self, m: Measure) -> &'static str;
    /// "Green when on target or better; amber when within 5% of the target; red beyond."
    fn tolerance_text(&self, p: Polarity, t: Tolerance, unit_of: &dyn Fn(f64) -> String) -> String;
    fn percentage_points(&self, n: &str) -> String;
    fn trend_compare_text(&self, p: Period) -> String;
    fn benchmark_text(&self, label: &str, period: &str) -> String {
        format!("{label} ({period})")
    }

    // Groups and actions.
    fn delivered_by(&self) -> &'static str;
    fn portfolio_holder(&self) -> &'static str;
    fn commentary(&self) -> &'static str;
    fn no_commentary(&self) -> &'static str;
    fn actions_title(&self) -> &'static str;
    fn due(&self) -> &'static str;
    fn owner(&self) -> &'static str;
    fn latest_update(&self) -> &'static str;
    fn no_update(&self) -> &'static str;
    fn no_actions(&self) -> &'static str;
    fn services_list(&self) -> &'static str;
    fn other(&self) -> &'static str;
    fn update_for(&self, period: &str) -> String;
    fn status_counts_for(&self, name: &str) -> String;

    // CSV export.
    fn download_csv(&self) -> &'static str;
    fn csv_header(&self) -> [&'static str; 15];
    /// The printed page's footer: "Page" 3 "of" 12.
    fn print_page(&self) -> &'static str;
    fn print_of(&self) -> &'static str;
    /// The tab's title: whose scorecard it is.
    fn page_title(&self, title: &str, org: &str) -> String {
        format!("{title} – {org}")
    }
    fn print_header(&self, org: &str, title: &str, period: &str, as_of: &str) -> String {
        format!("{org} – {title} · {period} · {} {as_of}", self.data_as_of())
    }

    // Offline and updates.
    fn update_ready(&self) -> &'static str;
    fn reload(&self) -> &'static str;
    fn offline_notice(&self, saved: &str, published: &str) -> String;
    /// The page's written view was of another version of its file: the app shows the file.
    fn stale_page(&self) -> &'static str;
    /// The same, for the site's owner in the browser's console: what to do.
    fn stale_page_console(&self, src: &str, written: &str, read: &str) -> String;
    // The committee paper's appendix (`paper`) and the dashboard's button for it.
    /// A word for the report in its file name.
    fn report_file_word(&self) -> &'static str;
    fn report_download(&self) -> &'static str;
    fn report_writing(&self) -> &'static str;
    /// A file downloaded: "Saved as wexcombe-….docx."
    fn saved_as(&self, name: &str) -> String;
    /// The menu beside each chart (its choices are the export module's: `PaperText`).
    fn chart_menu(&self) -> &'static str;
    /// An embed's `chart=` names no chart of its view: the whole view is shown.
    fn chart_not_in_view(&self) -> &'static str;
    fn report_failed(&self, why: &str) -> String;
    fn report_unavailable(&self) -> &'static str;
}

#[cfg(test)]
mod tests;

/// What the publish page says, and what only a published site's writer says (its feed, its
/// pages' descriptions): a catalogue of its own, so the dashboard's wasm never carries it.
pub trait PublishText {
    /// A written page's `<meta name="description">`: what it shows, whose, and when.
    fn page_description(&self, what: &str, org: &str, period: &str) -> String;

    fn publish_download_site(&self) -> &'static str;
    fn publish_site_hint(&self) -> &'static str;
    fn publish_site_writing(&self) -> &'static str;
    fn publish_site_written(&self, name: &str) -> String;
    /// The site's own page could not be read: the publish page is not in a built site.
    fn publish_site_no_page(&self) -> &'static str;
    fn publish_site_failed(&self, why: &str) -> String;
    /// The publish page's site writer is of another build than the page.
    fn publish_site_other_build(&self) -> &'static str;
    /// The site's files could not be written: the file's first problem, where it is.
    fn publish_site_unwritable(&self, why: &str) -> String;

    // The feed of what each publish changed (updates.xml).
    fn feed_title(&self, title: &str, org: &str) -> String;
    /// An entry's title when the publish brought a new period.
    fn feed_new_period(&self, period: &str) -> String;
    /// An entry's title when it changed the same period's figures.
    fn feed_updated(&self, period: &str) -> String;
    fn feed_turned_red(&self) -> &'static str;
    fn feed_status_changed(&self) -> &'static str;
    /// An indicator's status before it was in the file.
    fn feed_new_indicator(&self) -> &'static str;
    fn feed_new_exceptions(&self) -> &'static str;
    fn feed_restated(&self) -> &'static str;
    /// An entry's summary: how many turned Red, changed status, and had figures restated.
    fn feed_summary(&self, red: usize, changed: usize, restated: usize) -> String;
    fn publish_title(&self) -> &'static str;
    fn publish_intro(&self) -> &'static str;
    fn publish_file(&self) -> &'static str;
    fn publish_choose_label(&self) -> &'static str;
    fn publish_choose_hint(&self) -> &'static str;
    fn publish_old_label(&self) -> &'static str;
    fn publish_old_hint(&self) -> &'static str;
    fn publish_old_bad(&self) -> &'static str;
    fn publish_no_file(&self) -> &'static str;
    fn publish_reading(&self) -> &'static str;
    fn publish_settings(&self) -> &'static str;
    fn publish_sheet(&self) -> &'static str;
    fn publish_all_sheets(&self) -> &'static str;
    fn publish_header_row(&self) -> &'static str;
    fn publish_period(&self) -> &'static str;
    fn publish_period_hint(&self) -> &'static str;
    fn publish_organisation(&self) -> &'static str;
    fn publish_scorecard_title(&self) -> &'static str;
    fn publish_download_scorecard(&self) -> &'static str;
    fn publish_download_mapping(&self) -> &'static str;
    fn publish_columns(&self) -> &'static str;
    fn publish_columns_hint(&self) -> &'static str;
    fn publish_header(&self) -> &'static str;
    fn publish_role_heading(&self) -> &'static str;
    fn publish_not_imported(&self) -> &'static str;
    fn publish_problems(&self) -> &'static str;
    fn publish_kind_heading(&self) -> &'static str;
    fn publish_cell(&self) -> &'static str;
    fn publish_message(&self) -> &'static str;
    fn publish_preview(&self) -> &'static str;
    fn publish_preview_empty(&self) -> &'static str;
    fn publish_no_preview(&self) -> &'static str;
    fn publish_columns_of(&self, sheet: &str) -> String;
    fn publish_summary(&self, indicators: usize, values: usize, actions: usize, left_out: usize) -> String;
    fn publish_fatal(&self, file: &str, reason: &str) -> String;
    fn publish_problem_counts(&self, errors: usize, warnings: usize, notes: usize) -> String;
    fn publish_severity(&self, severity: &str) -> &'static str;
    fn publish_layout(&self, layout: &str) -> String;
    /// A role in words, from the core's reading of its name (`value@previous` → base `value`,
    /// period `previous`): "Value, previous period".
    fn publish_role(&self, base: &str, when: Option<&str>) -> String {
        let name = self.role_name(base).unwrap_or(base);
        match when {
            None => name.to_string(),
            Some(w) => self.role_when(name, w),
        }
    }
    /// A column role's name (`reported_status` → "Reported status"); none for a word the
    /// importer does not have.
    fn role_name(&self, base: &str) -> Option<&'static str>;
    /// A role of another period: "Value, previous period".
    fn role_when(&self, name: &str, when: &str) -> String;
}

/// The current language's words for the publish page and a published site's writer.
pub fn publish() -> &'static dyn PublishText {
    publish_in(lang())
}

/// A language's words for the publish page and a published site's writer.
pub fn publish_in(lang: Lang) -> &'static dyn PublishText {
    match lang {
        Lang::En => &en::English,
        Lang::Cy => &cy::Welsh,
    }
}

/// What the committee paper says (`paper/`: natively, and in the report writer's wasm), and
/// the report writer's own messages: a catalogue of its own, so the dashboard's wasm never
/// carries it.
pub trait PaperText {
    /// An image's title: the view's (an indicator) and the chart's ("BV 12 Sickness: History").
    fn chart_of(&self, view: &str, chart: &str) -> String;
    /// A chart's panel had no heading or table to read (the export module).
    fn chart_unreadable(&self) -> &'static str;
    /// A chart's menu, filled in by the export module: its choices.
    fn chart_png(&self) -> &'static str;
    fn chart_svg(&self) -> &'static str;
    fn chart_csv(&self) -> &'static str;
    fn chart_embed(&self) -> &'static str;
    /// The embed snippets' labels, what they do, and the copy button.
    fn embed_frame(&self) -> &'static str;
    fn embed_mount(&self) -> &'static str;
    fn embed_hint(&self) -> &'static str;
    fn embed_copy(&self) -> &'static str;
    fn embed_copied(&self) -> &'static str;
    /// An embedded chart's frame, for screen readers: "Indicators by status, Wexcombe Borough Council".
    fn embed_title(&self, chart: &str, org: &str) -> String;
    fn paper_as_of(&self, date: &str) -> String;
    fn paper_full(&self) -> &'static str;
    fn paper_notes(&self) -> &'static str;
    fn paper_partnership(&self) -> &'static str;
    fn paper_partner(&self, group: &str, partner: &str) -> String;
    fn paper_data_notes(&self) -> &'static str;
    fn paper_suppressed(&self) -> String;
    fn paper_suppressed_these(&self) -> String;
    fn paper_source(&self, org: &str, title: &str, published: &str) -> String;
    /// A figure for a period other than the paper's: "12 (2022/23)".
    fn paper_value_for(&self, value: &str, period: &str) -> String;
    /// The report module is of another build than the page (a stale copy).
    fn report_other_build(&self) -> &'static str;
}

/// A pack's period in words, where it is not one of a scorecard's (`Interval::as_period`): "Sep
/// 2023", "2024" (a calendar year), "2023/24" (a year from another month), "2016 to 2020",
/// "Jan to Mar 2024" never as the file writes it (`2024-01-01/P1Y`).
pub fn interval_words(i: scorecard_core::pack::Interval) -> String {
    use scorecard_core::Period;
    let month = |y: i32, m: u8| t().period_short(Period::Month(y, m));
    let last = i.month as i32 - 1 + i.months as i32 - 1;
    let (end_year, end_month) = (i.year + last.div_euclid(12), (last.rem_euclid(12) + 1) as u8);
    match i.months {
        1 => month(i.year, i.month),
        12 if i.month == 1 => i.year.to_string(),
        12 => format!("{}/{:02}", i.year, (i.year + 1).rem_euclid(100)),
        n if n % 12 == 0 && i.month == 1 => c().span(&i.year.to_string(), &end_year.to_string()),
        _ => c().span(&month(i.year, i.month), &month(end_year, end_month)),
    }
}

/// The current language's words for the committee paper.
pub fn paper() -> &'static dyn PaperText {
    match lang() {
        Lang::En => &en::English,
        Lang::Cy => &cy::Welsh,
    }
}

/// What the comparison views say (`crates/scorecard-compare`, its own wasm): a catalogue of
/// its own, in the same files as the dashboard's, so the dashboard's wasm never carries it.
pub trait CompareText {
    fn compare_title(&self) -> &'static str;
    /// "Wexcombe among its 15 nearest neighbours": whom the council is compared with.
    fn compare_among(&self, area: &str, group: &str, members: usize) -> String;
    fn compare_with(&self) -> &'static str;
    fn compare_no_group(&self) -> &'static str;
    fn compare_no_period(&self) -> &'static str;
    fn compare_no_area(&self) -> &'static str;
    fn compare_none_linked(&self) -> &'static str;
    fn rank(&self) -> &'static str;
    /// "5 of 32", and for a neutral measure (no better) "5th highest of 32".
    fn rank_of(&self, rank: usize, n: usize, neutral: bool) -> String;
    fn median(&self) -> &'static str;
    fn gap_to_median(&self) -> &'static str;
    /// The gap in words: "4.2 better than the median" (`better`: `Some(true)`), "… worse"
    /// (`Some(false)`), "4.2 above the median" for a neutral measure (`None`); a gap that
    /// shows as 0 is "level with the median".
    fn gap_words(&self, gap: &str, better: Option<bool>, above: bool) -> String;
    fn significance(&self) -> &'static str;
    fn not_ranked(&self, n: usize) -> String;
    /// The council has no figure to rank; `n` councils have, in `nations` (their names, from the
    /// core's catalogue), where their codes say.
    fn no_figure_to_rank(&self, n: usize, nations: &[&str]) -> String;
    /// "Rank 9 → 5 of 32 since 2022/23: 4 councils that were ahead are now behind."
    fn rank_change(
        &self,
        was: usize,
        is: usize,
        n: usize,
        since: &str,
        overtook: usize,
        overtaken_by: usize,
    ) -> String;
    fn compared_period(&self, period: &str) -> String;
    /// A pack's period that is not one of the calendar's: from one month or year to another
    /// ("Jan 2016 to Dec 2020", "2016 to 2020").
    fn span(&self, from: &str, to: &str) -> String;
    fn peers_title(&self) -> &'static str;
    fn peers_members(&self) -> &'static str;
    fn peers_source(&self) -> &'static str;
    fn area(&self) -> &'static str;
    fn this_council(&self) -> &'static str;
    fn not_provided(&self, count: usize) -> String;
    /// A quartile band's label on the chart ("Q1" the best).
    fn quartile_short(&self, q: u8) -> String;
    /// The chart's axis of members: "in rank order, best first".
    fn in_rank_order(&self) -> &'static str;
    /// A member's 95 % confidence interval, as a column and a chart series.
    fn interval(&self) -> &'static str;
    /// The members' chart summarised for screen readers.
    fn field_chart_summary(&self, area: &str, rank: &str, median: &str) -> String;
    fn rank_over_time(&self) -> &'static str;
    /// The group picker's entry for a group of the reader's own, before any is chosen.
    fn custom_group_start(&self) -> &'static str;
    /// A group of the reader's own: "Councils you chose (5)".
    fn custom_group_title(&self, members: usize) -> String;
    fn custom_group_source(&self) -> &'static str;
    fn custom_add_label(&self) -> &'static str;
    fn custom_add(&self) -> &'static str;
    fn custom_remove(&self, name: &str) -> String;
    fn custom_no_such(&self, name: &str) -> String;
    /// Codes in the address that no pack has.
    fn custom_unknown(&self, codes: &str) -> String;
    /// An interval's limits: "38.1% to 43.2%".
    fn between(&self, lower: &str, upper: &str) -> String;
    /// A labelled line on a chart: "Median: 41.0%".
    fn reference_line(&self, label: &str, value: &str) -> String;
    /// The rank-over-time chart summarised: its first and last points, "9 of 40 in 2022/23 Q2".
    fn rank_history_summary(&self, first: &str, last: &str) -> String;
    /// One point of the rank over time, "5 of 40 in 2023/24 Q2".
    fn rank_at(&self, rank: &str, period: &str) -> String;
    /// The overview's line: "Compared with similar councils: 5 in the top quarter, …".
    fn quartile_counts(&self, counts: &[(u8, usize)]) -> String;
    fn see_comparison(&self) -> &'static str;
    fn pack_only_title(&self, area: &str) -> String;
    fn pack_source(&self, publisher: &str, licence: &str) -> String;
    /// A pack on its own: the group chosen does not contain the area.
    fn pack_area_not_in_group(&self, area: &str, group: &str) -> String;
    fn pack_area_unknown(&self, code: &str) -> String;
}

/// The current language's comparison words.
pub fn c() -> &'static dyn CompareText {
    match lang() {
        Lang::En => &en::English,
        Lang::Cy => &cy::Welsh,
    }
}

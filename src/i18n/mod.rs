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
fn counts_list<S: Copy>(parts: &[(S, u32)], label: impl Fn(S) -> &'static str) -> String {
    let list: Vec<String> = parts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} {}", crate::casefold::lower(label(*s))))
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
        self.statuses_sentence(period, total, &counts_list(parts, |s| self.status_short(s)))
    }
    /// "63 indicators in 2023/24-Q2: 28 green, 12 amber."
    fn statuses_sentence(&self, period: &str, total: u32, list: &str) -> String;

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
        self.actions_sentence(period, total, &counts_list(parts, |s| self.action_label(s)))
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
    fn print_header(&self, org: &str, title: &str, period: &str, as_of: &str) -> String {
        format!("{org} – {title} · {period} · {} {as_of}", self.data_as_of())
    }

    // Offline and updates.
    fn update_ready(&self) -> &'static str;
    fn reload(&self) -> &'static str;
    fn offline_notice(&self, saved: &str, published: &str) -> String;
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
    /// A role in words: `value@previous` → "Value, previous period".
    /// A role in words: `value@previous` → "Value, previous period".
    fn publish_role(&self, role: &str) -> String {
        let (base, when) = role.split_once('@').map_or((role, None), |(b, w)| (b, Some(w)));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key without arguments, for the checks below. The compiler makes each language
    /// give every key; these check what it cannot see.
    fn plain(c: &dyn Catalogue) -> Vec<(&'static str, &'static str)> {
        vec![
            ("language_name", c.language_name()),
            ("switch_to", c.switch_to()),
            ("language_label", c.language_label()),
            ("loading", c.loading()),
            ("skip_to_content", c.skip_to_content()),
            ("data_as_of", c.data_as_of()),
            ("period", c.period()),
            ("status", c.status()),
            ("count", c.count()),
            ("indicators_by_status", c.indicators_by_status()),
            ("chart_unavailable", c.chart_unavailable()),
            ("error_title", c.error_title()),
            ("error_where", c.error_where()),
            ("error_what", c.error_what()),
            ("whole_file", c.whole_file()),
            ("left_out_title", c.left_out_title()),
            ("unexpected", c.unexpected()),
            ("nav_label", c.nav_label()),
            ("nav_overview", c.nav_overview()),
            ("nav_exceptions", c.nav_exceptions()),
            ("nav_indicators", c.nav_indicators()),
            ("nav_actions", c.nav_actions()),
            ("period_picker", c.period_picker()),
            ("periods_quarters", c.periods_quarters()),
            ("periods_months", c.periods_months()),
            ("periods_years", c.periods_years()),
            ("not_found", c.not_found()),
            ("back_to_overview", c.back_to_overview()),
            ("period_not_in_file", c.period_not_in_file()),
            ("summary", c.summary()),
            ("actions_by_status", c.actions_by_status()),
            ("action_count", c.action_count()),
            ("by_priority", c.by_priority()),
            ("by_service", c.by_service()),
            ("actions_by_priority", c.actions_by_priority()),
            ("priority", c.priority()),
            ("service", c.service()),
            ("total", c.total()),
            ("open_list_hint", c.open_list_hint()),
            ("filters", c.filters()),
            ("search", c.search()),
            ("any", c.any()),
            ("clear_filters", c.clear_filters()),
            ("tag", c.tag()),
            ("portfolio", c.portfolio()),
            ("partner", c.partner()),
            ("direction", c.direction()),
            ("indicators_word", c.indicators_word()),
            ("actions_word", c.actions_word()),
            ("exceptions_word", c.exceptions_word()),
            ("code", c.code()),
            ("title", c.title()),
            ("value", c.value()),
            ("target", c.target()),
            ("trend", c.trend()),
            ("no_value", c.no_value()),
            ("suppressed_value", c.suppressed_value()),
            ("no_target", c.no_target()),
            ("none_match", c.none_match()),
            ("exceptions_title", c.exceptions_title()),
            ("no_explanation", c.no_explanation()),
            ("explanation", c.explanation()),
            ("no_exceptions", c.no_exceptions()),
            ("no_service", c.no_service()),
            ("action_word", c.action_word()),
            ("definition", c.definition()),
            ("history", c.history()),
            ("observations", c.observations()),
            ("comment", c.comment()),
            ("calculated", c.calculated()),
            ("forecast", c.forecast()),
            ("unit", c.unit()),
            ("polarity", c.polarity()),
            ("frequency", c.frequency()),
            ("measure", c.measure()),
            ("tolerance", c.tolerance()),
            ("decimals", c.decimals()),
            ("benchmarks", c.benchmarks()),
            ("quartile", c.quartile()),
            ("long_trend", c.long_trend()),
            ("reported_differs", c.reported_differs()),
            ("tags", c.tags()),
            ("delivered_by", c.delivered_by()),
            ("portfolio_holder", c.portfolio_holder()),
            ("commentary", c.commentary()),
            ("no_commentary", c.no_commentary()),
            ("actions_title", c.actions_title()),
            ("due", c.due()),
            ("owner", c.owner()),
            ("latest_update", c.latest_update()),
            ("no_update", c.no_update()),
            ("no_actions", c.no_actions()),
            ("services_list", c.services_list()),
            ("other", c.other()),
            ("download_csv", c.download_csv()),
            ("update_ready", c.update_ready()),
            ("reload", c.reload()),
            ("publish_title", c.publish_title()),
            ("publish_intro", c.publish_intro()),
            ("publish_file", c.publish_file()),
            ("publish_choose_label", c.publish_choose_label()),
            ("publish_choose_hint", c.publish_choose_hint()),
            ("publish_old_label", c.publish_old_label()),
            ("publish_old_hint", c.publish_old_hint()),
            ("publish_old_bad", c.publish_old_bad()),
            ("publish_no_file", c.publish_no_file()),
            ("publish_reading", c.publish_reading()),
            ("publish_settings", c.publish_settings()),
            ("publish_sheet", c.publish_sheet()),
            ("publish_all_sheets", c.publish_all_sheets()),
            ("publish_header_row", c.publish_header_row()),
            ("publish_period", c.publish_period()),
            ("publish_period_hint", c.publish_period_hint()),
            ("publish_organisation", c.publish_organisation()),
            ("publish_scorecard_title", c.publish_scorecard_title()),
            ("publish_download_scorecard", c.publish_download_scorecard()),
            ("publish_download_mapping", c.publish_download_mapping()),
            ("publish_columns", c.publish_columns()),
            ("publish_columns_hint", c.publish_columns_hint()),
            ("publish_header", c.publish_header()),
            ("publish_role_heading", c.publish_role_heading()),
            ("publish_not_imported", c.publish_not_imported()),
            ("publish_problems", c.publish_problems()),
            ("publish_kind_heading", c.publish_kind_heading()),
            ("publish_cell", c.publish_cell()),
            ("publish_message", c.publish_message()),
            ("publish_preview", c.publish_preview()),
            ("publish_preview_empty", c.publish_preview_empty()),
            ("publish_no_preview", c.publish_no_preview()),
        ]
    }

    /// English words that would give away an untranslated Welsh entry.
    const ENGLISH: &[&str] = &[
        "the", "and", "of", "to", "is", "are", "with", "for", "this", "no", "not", "all", "indicators",
        "indicator", "status", "target", "value", "period", "actions", "show", "showing", "search", "filter",
        "green", "amber", "red", "year", "quarter", "download", "reload", "overview", "exceptions",
        "comment",
    ];

    fn words(s: &str) -> impl Iterator<Item = String> + '_ {
        s.split(|c: char| !c.is_alphabetic() && c != '\'').filter(|w| !w.is_empty()).map(str::to_lowercase)
    }

    #[test]
    fn every_entry_is_written_in_both_languages() {
        let (en, cy) = (plain(catalogue(Lang::En)), plain(catalogue(Lang::Cy)));
        // The same in both: a dash for "no value", and words Welsh shares.
        let same = ["no_value", "error_what", "tag"];
        for ((key, e), (_, c)) in en.iter().zip(&cy) {
            assert!(!e.trim().is_empty() && !c.trim().is_empty(), "{key} is empty");
            if !same.contains(key) {
                assert_ne!(e, c, "{key} is not translated");
            }
            for w in words(c) {
                assert!(!ENGLISH.contains(&w.as_str()), "{key}: English word {w:?} in the Welsh {c:?}");
            }
        }
    }

    #[test]
    fn every_status_and_direction_has_a_distinct_label_in_each_language() {
        for lang in Lang::ALL {
            let t = catalogue(lang);
            let labels: Vec<&str> = Status::ALL.iter().map(|s| t.status_label(*s)).collect();
            let mut unique = labels.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{labels:?}");
            assert!(Direction::ALL.iter().all(|d| !t.direction_label(*d).is_empty()));
            assert!(ActionStatus::ALL.iter().all(|s| !t.action_label(*s).is_empty()));
        }
        assert_eq!(catalogue(Lang::Cy).status_short(Status::Amber), "Oren");
    }

    #[test]
    fn periods_and_dates_read_as_people_say_them() {
        let cal = Calendar::default();
        let q2 = Period::parse("2023/24-Q2").unwrap();
        let en = catalogue(Lang::En);
        assert_eq!(en.period_long(q2, cal), "Quarter 2, 2023/24 (July to September 2023)");
        assert_eq!(en.period_long(Period::parse("2023-09").unwrap(), cal), "September 2023");
        assert_eq!(en.date_long(Date { year: 2023, month: 11, day: 20 }), "20 November 2023");
        assert_eq!(en.period_short(q2), "2023/24-Q2");
        let cy = catalogue(Lang::Cy);
        assert_eq!(cy.period_long(q2, cal), "Chwarter 2, 2023/24 (Gorffennaf – Medi 2023)");
        assert_eq!(
            cy.period_long(Period::parse("2023/24").unwrap(), cal),
            "Blwyddyn 2023/24 (Ebrill 2023 – Mawrth 2024)"
        );
        assert_eq!(cy.date_long(Date { year: 2023, month: 11, day: 20 }), "20 Tachwedd 2023");
        assert_eq!(cy.date_long(Date { year: 2023, month: 9, day: 30 }), "30 Medi 2023");
        assert_eq!(cy.period_short(q2), "Ch2 2023/24");
        assert_eq!(cy.period_short(Period::parse("2023-09").unwrap()), "Medi 2023");
    }

    #[test]
    fn counts_say_all_or_some() {
        let en = catalogue(Lang::En);
        assert_eq!(en.matches(63, 63, en.indicators_word()), "Showing all 63 indicators");
        assert_eq!(en.matches(5, 63, en.indicators_word()), "Showing 5 of 63 indicators");
        // Welsh puts the singular noun after a numeral.
        let cy = catalogue(Lang::Cy);
        assert_eq!(cy.matches(12, 48, cy.indicators_word()), "Yn dangos 12 o 48 dangosydd");
        assert_eq!(cy.with_unit(Unit::Days, None, "133"), "133 diwrnod");
    }

    #[test]
    fn chart_summaries_name_each_count() {
        for lang in Lang::ALL {
            let text = catalogue(lang)
                .chart_summary_statuses("2023/24-Q2", &[(Status::Red, 3), (Status::Green, 10)]);
            assert!(text.contains('3') && text.contains("10") && text.contains("2023/24-Q2"), "{text}");
        }
    }

    /// Text a person reads, written outside the catalogues: a string literal with words in
    /// it (two words, or a capitalised one) that is not an attribute's value or a CSS class.
    fn stray_text(source: &str) -> Vec<String> {
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        let mut found = Vec::new();
        // Comments, and the browser console's words for developers, are not read by the public.
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//") && !l.contains("console::")) {
            let mut rest = line;
            while let Some(start) = rest.find('"') {
                let before = rest[..start].trim_end();
                let after = &rest[start + 1..];
                let mut end = None;
                let mut escaped = false;
                for (i, c) in after.char_indices() {
                    match c {
                        '\\' if !escaped => escaped = true,
                        '"' if !escaped => {
                            end = Some(i);
                            break;
                        }
                        _ => escaped = false,
                    }
                }
                let Some(end) = end else { break };
                let literal = &after[..end];
                rest = &after[end + 1..];
                if before.ends_with('=') || before.ends_with('\'') {
                    continue;
                }
                // Placeholders out: what is left is what a reader would see of the literal.
                let mut text = String::new();
                let mut depth = 0;
                for c in literal.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        c if depth == 0 => text.push(c),
                        _ => {}
                    }
                }
                let words: Vec<&str> = text.split(' ').collect();
                let two_words = words
                    .windows(2)
                    .any(|w| w.iter().all(|w| w.len() >= 2 && w.chars().all(char::is_alphabetic)));
                let capitalised = text.chars().count() >= 3
                    && text.chars().next().is_some_and(char::is_uppercase)
                    && text.chars().skip(1).take(2).all(char::is_lowercase);
                let class_list =
                    text.split(' ').all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
                if (two_words || capitalised) && !class_list {
                    found.push(literal.to_string());
                }
            }
        }
        found
    }

    #[test]
    fn no_text_a_person_reads_is_written_outside_the_catalogues() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        let dirs = [
            "src",
            "src/components",
            "src/charts",
            "crates/scorecard-publish/src",
            "crates/scorecard-cli/src",
            "crates/scorecard-core/src",
            "crates/scorecard-core/src/read",
            "crates/scorecard-core/src/import",
        ];
        // Not the interface's words: test data, the benchmark generator's made-up council,
        // and serde's name for a JSON value (its own errors are not shown as such).
        let data = ["testing.rs", "generate.rs", "json.rs"];
        for dir in dirs {
            for entry in std::fs::read_dir(root.join(dir)).expect("the sources") {
                let path = entry.expect("an entry").path();
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                if path.extension().is_some_and(|e| e == "rs") && !data.contains(&name) {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 30, "the sources were found: {}", files.len());
        let mut strays = Vec::new();
        for path in files {
            let source = std::fs::read_to_string(&path).expect("readable");
            strays.extend(stray_text(&source).into_iter().map(|s| format!("{}: {s:?}", path.display())));
        }
        assert!(strays.is_empty(), "text outside the catalogues:\n{}", strays.join("\n"));
        // And it finds what it is meant to.
        assert_eq!(stray_text("view! { <p>\"Showing all\"</p> }"), ["Showing all"]);
        assert_eq!(stray_text("view! { <p class=\"tag tag-red\">{x}</p> }"), Vec::<String>::new());
    }
}

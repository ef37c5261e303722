//! The catalogues checked: both languages say every entry, the Welsh in Welsh, and no text a
//! person reads is written outside them.
use super::*;

/// Every key without arguments, for the checks below. The compiler makes each language
/// give every key; these check what it cannot see.
fn plain(c: &dyn Catalogue, p: &dyn PublishText) -> Vec<(&'static str, &'static str)> {
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
        ("stale_page", c.stale_page()),
        ("publish_site_other_build", p.publish_site_other_build()),
        ("publish_download_site", p.publish_download_site()),
        ("publish_site_hint", p.publish_site_hint()),
        ("publish_site_writing", p.publish_site_writing()),
        ("publish_site_no_page", p.publish_site_no_page()),
        ("feed_turned_red", p.feed_turned_red()),
        ("feed_status_changed", p.feed_status_changed()),
        ("feed_new_indicator", p.feed_new_indicator()),
        ("feed_new_exceptions", p.feed_new_exceptions()),
        ("feed_restated", p.feed_restated()),
        ("publish_title", p.publish_title()),
        ("publish_intro", p.publish_intro()),
        ("publish_file", p.publish_file()),
        ("publish_choose_label", p.publish_choose_label()),
        ("publish_choose_hint", p.publish_choose_hint()),
        ("publish_old_label", p.publish_old_label()),
        ("publish_old_hint", p.publish_old_hint()),
        ("publish_old_bad", p.publish_old_bad()),
        ("publish_no_file", p.publish_no_file()),
        ("publish_reading", p.publish_reading()),
        ("publish_settings", p.publish_settings()),
        ("publish_sheet", p.publish_sheet()),
        ("publish_all_sheets", p.publish_all_sheets()),
        ("publish_header_row", p.publish_header_row()),
        ("publish_period", p.publish_period()),
        ("publish_period_hint", p.publish_period_hint()),
        ("publish_organisation", p.publish_organisation()),
        ("publish_scorecard_title", p.publish_scorecard_title()),
        ("publish_download_scorecard", p.publish_download_scorecard()),
        ("publish_download_mapping", p.publish_download_mapping()),
        ("publish_columns", p.publish_columns()),
        ("publish_columns_hint", p.publish_columns_hint()),
        ("publish_header", p.publish_header()),
        ("publish_role_heading", p.publish_role_heading()),
        ("publish_not_imported", p.publish_not_imported()),
        ("publish_problems", p.publish_problems()),
        ("publish_kind_heading", p.publish_kind_heading()),
        ("publish_cell", p.publish_cell()),
        ("publish_message", p.publish_message()),
        ("publish_preview", p.publish_preview()),
        ("publish_preview_empty", p.publish_preview_empty()),
        ("publish_no_preview", p.publish_no_preview()),
        ("report_file_word", c.report_file_word()),
        ("report_download", c.report_download()),
        ("report_writing", c.report_writing()),
        ("chart_menu", c.chart_menu()),
        ("chart_not_in_view", c.chart_not_in_view()),
        ("report_unavailable", c.report_unavailable()),
    ]
}

/// The committee paper's entries, said with sample arguments where they take them.
fn papers(c: &dyn PaperText) -> Vec<(&'static str, String)> {
    vec![
        ("paper_full", c.paper_full().into()),
        ("paper_notes", c.paper_notes().into()),
        ("paper_partnership", c.paper_partnership().into()),
        ("paper_data_notes", c.paper_data_notes().into()),
        ("report_other_build", c.report_other_build().into()),
        ("chart_unreadable", c.chart_unreadable().into()),
        ("chart_png", c.chart_png().into()),
        ("chart_svg", c.chart_svg().into()),
        ("chart_embed", c.chart_embed().into()),
        ("embed_frame", c.embed_frame().into()),
        ("embed_mount", c.embed_mount().into()),
        ("embed_hint", c.embed_hint().into()),
        ("embed_copy", c.embed_copy().into()),
        ("embed_copied", c.embed_copied().into()),
        ("paper_as_of", c.paper_as_of("30 October 2023")),
        ("paper_partner", c.paper_partner("Leisure", "Wexcombe Leisure Trust")),
        ("paper_suppressed", c.paper_suppressed()),
        ("paper_suppressed_these", c.paper_suppressed_these()),
        ("paper_source", c.paper_source("Wexcombe", "Scorecard", "30 October 2023")),
    ]
}

#[test]
fn every_paper_entry_is_written_in_both_languages() {
    let (en, cy) = (papers(&en::English), papers(&cy::Welsh));
    for ((key, e), (_, c)) in en.iter().zip(&cy) {
        assert_ne!(e, c, "{key} is not translated");
        for w in words(c) {
            assert!(!ENGLISH.contains(&w.as_str()), "{key}: English word {w:?} in the Welsh {c:?}");
        }
    }
}

/// English words that would give away an untranslated Welsh entry.
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "is", "are", "with", "for", "this", "no", "not", "all", "indicators",
    "indicator", "status", "target", "value", "period", "actions", "show", "showing", "search", "filter",
    "green", "amber", "red", "year", "quarter", "download", "reload", "overview", "exceptions", "comment",
];

fn words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphabetic() && c != '\'').filter(|w| !w.is_empty()).map(str::to_lowercase)
}

#[test]
fn every_entry_is_written_in_both_languages() {
    let (en, cy) = (plain(catalogue(Lang::En), &en::English), plain(catalogue(Lang::Cy), &cy::Welsh));
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
    assert_eq!(en.period_short(q2), "Q2 2023/24");
    assert_eq!(en.period_short(Period::parse("2023-09").unwrap()), "Sep 2023");
    assert_eq!(en.period_short(Period::parse("2023/24").unwrap()), "2023/24");
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
fn welsh_counts_mutate_after_2_3_and_6() {
    let cy = catalogue(Lang::Cy);
    assert_eq!(cy.matches(2, 2, cy.indicators_word()), "Yn dangos pob un o'r 2 ddangosydd");
    assert_eq!(cy.matches(1, 3, cy.actions_word()), "Yn dangos 1 o 3 cham gweithredu");
    assert_eq!(
        cy.exceptions_summary(2, 6, 0),
        "Angen sylw: 2 ddangosydd a 6 cham gweithredu. Heb esboniad: 0."
    );
    assert_eq!(cy.with_unit(Unit::Days, None, "2"), "2 ddiwrnod");
    assert_eq!(cy.with_unit(Unit::Tonnes, None, "6"), "6 thunnell");
    let summary = cy.chart_summary_statuses(
        "Ch2 2023/24",
        &[(Status::Green, 2), (Status::Red, 2), (Status::NoTarget, 2)],
    );
    assert_eq!(summary, "Ch2 2023/24: 6 dangosydd – 2 wyrdd, 2 goch, 2 dim targed.");
    assert_eq!(
        PublishText::publish_summary(&cy::Welsh, 1, 2, 3, 0),
        "Darllenwyd 1 dangosydd, 2 werth a 3 cham gweithredu; rhesi a hepgorwyd: 0"
    );
}

#[test]
fn chart_summaries_name_each_count() {
    for lang in Lang::ALL {
        let text =
            catalogue(lang).chart_summary_statuses("2023/24-Q2", &[(Status::Red, 3), (Status::Green, 10)]);
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
            // An attribute's value; or what a broken invariant says to a developer (a reader
            // sees the panic hook's words, never these).
            if before.ends_with('=') || before.ends_with('\'') || before.ends_with(".expect(") {
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
            // Lower-case words only: class names, and the words a sheet may hold that the
            // importer reads (Welsh ones carry accents: "cymharu â").
            let class_list = text.split(' ').all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
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
    // Every source folder, and the folders within them.
    let roots = [
        "src",
        "crates/scorecard-publish/src",
        "crates/scorecard-compare/src",
        "crates/scorecard-export/src",
        "crates/scorecard-site/src",
        "crates/scorecard-report/src",
        "crates/scorecard-cli/src",
        "crates/scorecard-core/src",
    ];
    // Not the interface's words: the catalogues themselves, test data, tests kept in a file of
    // their own, the benchmark generator's made-up councils, the officer's template's sheet and
    // column names (a format `import.md` fixes, read back in English and Welsh by the
    // importer's `roles.rs`), serde's name for a JSON value (its own errors are not shown as
    // such), the names an OLE container gives its streams, and Word's names for its styles and
    // fonts.
    let skipped_dirs = ["i18n", "messages", "generate", "template"];
    let data = ["testing.rs", "tests.rs", "json.rs", "ole.rs", "docx.rs"];
    let mut dirs: Vec<std::path::PathBuf> = roots.iter().map(|r| root.join(r)).collect();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("the sources") {
            let path = entry.expect("an entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if path.is_dir() && !skipped_dirs.contains(&name) {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !data.contains(&name) {
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

/// The comparison views' words (`CompareText`) and the dashboard's own comparison entries,
/// said with sample arguments.
fn comparing(lang: Lang) -> Vec<(&'static str, String)> {
    set_lang(lang);
    let (c, t) = (super::c(), catalogue(lang));
    vec![
        ("nav_compare", t.nav_compare().into()),
        ("compare_loading", t.compare_loading().into()),
        ("compare_failed", t.compare_failed("measures/a.json")),
        ("packs_not_in_preview", t.packs_not_in_preview().into()),
        ("compare_title", c.compare_title().into()),
        ("compare_among", c.compare_among("Wexcombe", "Nearest neighbours", 16)),
        ("compare_with", c.compare_with().into()),
        ("compare_no_group", c.compare_no_group().into()),
        ("compare_no_period", c.compare_no_period().into()),
        ("compare_no_area", c.compare_no_area().into()),
        ("compare_none_linked", c.compare_none_linked().into()),
        ("rank", c.rank().into()),
        ("rank_of", c.rank_of(5, 32, false)),
        ("rank_of_neutral", c.rank_of(5, 32, true)),
        ("median", c.median().into()),
        ("gap_to_median", c.gap_to_median().into()),
        ("gap_better", c.gap_words("4.2", Some(true), true)),
        ("gap_neutral", c.gap_words("4.2", None, false)),
        ("gap_level", c.gap_words("0.0", Some(true), false)),
        ("significance", c.significance().into()),
        ("not_ranked", c.not_ranked(2)),
        ("span", c.span("2016", "2020")),
        ("no_figure_to_rank", c.no_figure_to_rank(317, &["England"])),
        ("rank_change", c.rank_change(9, 5, 32, "2022/23", 4, 1)),
        ("compared_period", c.compared_period("2023/24")),
        ("peers_title", c.peers_title().into()),
        ("peers_members", c.peers_members().into()),
        ("peers_source", c.peers_source().into()),
        ("area", c.area().into()),
        ("this_council", c.this_council().into()),
        ("not_provided", c.not_provided(2)),
        ("quartile_short", c.quartile_short(1)),
        ("in_rank_order", c.in_rank_order().into()),
        ("interval", c.interval().into()),
        ("field_chart_summary", c.field_chart_summary("Wexcombe", &c.rank_of(5, 32, false), "41.0%")),
        ("rank_over_time", c.rank_over_time().into()),
        ("custom_group_start", c.custom_group_start().into()),
        ("custom_group_title", c.custom_group_title(5)),
        ("custom_group_source", c.custom_group_source().into()),
        ("custom_add_label", c.custom_add_label().into()),
        ("custom_add", c.custom_add().into()),
        ("custom_remove", c.custom_remove("Ashcombe")),
        ("custom_no_such", c.custom_no_such("Ashcom")),
        ("custom_unknown", c.custom_unknown("E99999999")),
        ("between", c.between("38.1%", "43.2%")),
        ("reference_line", c.reference_line(c.median(), "41.0%")),
        (
            "rank_history_summary",
            c.rank_history_summary(
                &c.rank_at(&c.rank_of(9, 32, false), "2022/23"),
                &c.rank_at(&c.rank_of(5, 32, false), "2023/24"),
            ),
        ),
        ("rank_at", c.rank_at(&c.rank_of(5, 32, false), "2023/24")),
        ("quartile_counts", c.quartile_counts(&[(1, 2), (2, 0), (3, 5)])),
        ("see_comparison", c.see_comparison().into()),
        ("pack_only_title", c.pack_only_title("Wexcombe")),
        ("pack_source", c.pack_source("ONS", "OGL-3.0")),
        ("pack_area_not_in_group", c.pack_area_not_in_group("Cardiff", "Family group 2")),
        ("pack_area_unknown", c.pack_area_unknown("E99999999")),
    ]
}

#[test]
fn every_comparison_entry_is_written_in_both_languages() {
    let (en, cy) = (comparing(Lang::En), comparing(Lang::Cy));
    set_lang(Lang::En);
    for ((key, e), (_, c)) in en.iter().zip(&cy) {
        assert!(!e.trim().is_empty() && !c.trim().is_empty(), "{key} is empty");
        assert_ne!(e, c, "{key} is not translated");
        for w in words(c) {
            assert!(!ENGLISH.contains(&w.as_str()), "{key}: English word {w:?} in the Welsh {c:?}");
        }
    }
    assert_eq!(en.iter().find(|(k, _)| *k == "gap_level").unwrap().1, "level with the median");
}

#[test]
fn welsh_comparison_counts_read_right_for_0_1_2_3_and_6() {
    set_lang(Lang::Cy);
    let c = super::c();
    let among: Vec<String> =
        [0, 1, 2, 3, 6].iter().map(|n| c.compare_among("Caerdydd", "Grŵp", *n)).collect();
    assert_eq!(
        among,
        [
            "Caerdydd ymhlith Grŵp (0 cyngor)",
            "Caerdydd ymhlith Grŵp (1 cyngor)",
            "Caerdydd ymhlith Grŵp (2 gyngor)",
            "Caerdydd ymhlith Grŵp (3 chyngor)",
            "Caerdydd ymhlith Grŵp (6 chyngor)",
        ]
    );
    assert_eq!(c.not_ranked(2), "heb ei restru: dim ond 2 gyngor â ffigurau, llai na 3");
    assert_eq!(c.not_provided(1), "Cynghorau nad ydynt yn darparu'r gwasanaeth hwn: 1");
    assert_eq!(c.quartile_short(2), "Chwartel 2", "not a quarter (Ch2)");
    assert_eq!(c.rank_at("5 o 32", "Medi 2023"), "Medi 2023: 5 o 32");
    assert!(c.field_chart_summary("Caerdydd", "5 o 32", "41.0%").contains("mae Caerdydd yn safle 5 o 32"));
    assert!(
        c.rank_change(9, 5, 32, "2022/23", 3, 6).contains("3 chyngor")
            && c.rank_change(9, 5, 32, "2022/23", 3, 6).contains("6 chyngor")
    );
    assert_eq!(c.pack_only_title("Caerdydd"), "Caerdydd o'i chymharu ag ardaloedd tebyg");
    let cy = catalogue(Lang::Cy);
    assert!(cy
        .chart_summary_groups("Gwasanaethau", "Ch2 2023/24", &[("Tai".into(), 2, 2, 3)])
        .contains("Tai: 2 wyrdd, 2 oren, 3 choch"));
    assert_eq!(cy.decimals_text(2), "2 le degol");
    assert_eq!(cy.percentage_points("2"), "2 bwynt canran");
    assert_eq!(cy.percentage_points("3"), "3 phwynt canran");
    set_lang(Lang::En);
}

#[test]
fn a_packs_periods_read_in_words_never_as_the_file_writes_them() {
    let words = |lang: Lang, i: &str| {
        set_lang(lang);
        interval_words(scorecard_core::pack::Interval::parse(i).unwrap())
    };
    assert_eq!(words(Lang::En, "2024-01-01/P1Y"), "2024");
    assert_eq!(words(Lang::En, "2023-04-01/P1Y"), "2023/24");
    assert_eq!(words(Lang::En, "2023-09-01/P1M"), "Sep 2023");
    assert_eq!(words(Lang::En, "2016-01-01/P5Y"), "2016 to 2020");
    assert_eq!(words(Lang::En, "2023-11-01/P3M"), "Nov 2023 to Jan 2024");
    assert_eq!(words(Lang::Cy, "2023-09-01/P1M"), "Medi 2023");
    assert_eq!(words(Lang::Cy, "2016-01-01/P5Y"), "2016 i 2020");
    set_lang(Lang::En);
}

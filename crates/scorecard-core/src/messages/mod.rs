//! Every sentence the core (and the command line) says to a person: one catalogue per
//! language (`en.rs`, `cy.rs`), each a whole implementation of [`Messages`], so a key missing
//! from either does not compile. The language is chosen once ([`set_lang`]: the CLI's
//! `--lang`, the dashboard's switch); diagnostics are written in it when a file is read.
//! Quoted values (periods, ids, pointers) stay as the file writes them: they are what the
//! officer looks for.

use crate::read::json::Json as Value;
use crate::text::clip;
use crate::{PeriodKind, Severity};
use std::cell::Cell;

mod cy;
mod en;
pub mod numerals;

/// The languages Scorecard speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The BCP 47 code: `<html lang>`, `lang=` in links, a file's text versions.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// `cy`, `cy-GB`, `CY` → Welsh; `en-GB` → English; anything else none.
    pub fn parse(s: &str) -> Option<Lang> {
        let base = s.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(base))
    }

    pub fn messages(self) -> &'static dyn Messages {
        match self {
            Lang::En => &en::English,
            Lang::Cy => &cy::Welsh,
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Chooses the language of what is said from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// The current language's messages.
pub fn t() -> &'static dyn Messages {
    lang().messages()
}

/// The current language's words about benchmark packs (reading, building, comparing).
pub fn p() -> &'static dyn PackMessages {
    p_in(lang())
}

/// The words about benchmark packs in `lang`: what a pack's build writes into a bilingual
/// pack, in each of its languages.
pub fn p_in(lang: Lang) -> &'static dyn PackMessages {
    match lang {
        Lang::En => &en::English,
        Lang::Cy => &cy::Welsh,
    }
}

/// What a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    List,
    Number,
    Object,
    LanguageTags,
    Text,
    TextOrVersions,
    Boolean,
}

/// What an id refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    Service,
    Priority,
    ServiceOrPriority,
    /// A benchmark pack's area, by its code.
    Area,
    Measure,
    Group,
}

/// A period of this kind, as the format writes it: the example a message gives.
fn example(kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Month => "2023-09",
        PeriodKind::Quarter => "2023/24-Q2",
        PeriodKind::Year => "2023/24",
    }
}

/// Up to five names, quoted: `"A", "B"…`.
fn some_names(names: &[String]) -> String {
    let shown: Vec<String> = names.iter().take(5).map(|n| format!("\"{}\"", clip(n, 40))).collect();
    if names.len() > 5 {
        format!("{}…", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// Every sentence, by key.
pub trait Messages {
    /// "the string \"96.2%\"", "the number 5", "an object": how a found value is described.
    fn describe(&self, v: &Value<'_>) -> String;
    fn expected(&self, what: Expected, found: &Value<'_>) -> String;
    /// What a field should have been, for `expected`.
    fn expected_what(&self, what: Expected) -> &'static str;
    fn missing(&self, field: &str) -> String;
    fn one_of(&self, allowed: &[&str], found: &Value<'_>) -> String;
    fn repeated_field(&self, name: &str) -> String;
    fn unknown_field(&self, name: &str) -> String;
    fn too_large(&self, bytes: usize, limit: usize) -> String;
    fn not_utf8(&self, offset: usize, line: usize) -> String;
    fn too_deep(&self, limit: usize, line: usize) -> String;
    fn not_json(&self, err: &str) -> String;
    fn top_level_not_object(&self, found: &Value<'_>) -> String;
    fn format_missing(&self) -> String;
    fn wrong_format(&self, found: &Value<'_>) -> String;
    fn bad_slug(&self, found: &str) -> String;
    fn duplicate_id(&self, id: &str, first: &str) -> String;
    fn duplicate_period(&self, period: &str, first: &str) -> String;
    fn unknown_ref(&self, kind: RefKind, id: &str) -> String;
    fn frequency_mismatch(&self, period: &str, kind: PeriodKind, frequency: PeriodKind) -> String;
    fn suppressed_with_value(&self) -> String;
    fn sensitive_count(&self, value: f64, below: u32) -> String;
    fn bad_date(&self, found: &str) -> String;
    fn out_of_range(&self, what: &str, lo: i64, hi: i64, found: &Value<'_>) -> String;
    fn not_https(&self, found: &str) -> String;
    fn bad_gss_code(&self, found: &str) -> String;
    fn bad_currency(&self, found: &str) -> String;
    fn tolerance_shape(&self) -> String;
    fn empty_text(&self) -> String;
    fn unknown_language(&self, lang: &str) -> String;
    fn no_explanation(&self, status: &str, period: &str) -> String;
    fn status_differs(&self, reported: &str, calculated: &str, period: &str) -> String;
    fn current_period_empty(&self, period: &str) -> String;
    fn not_finite(&self) -> String;
    fn not_a_period(&self, text: &str) -> String;
    fn quarter_out_of_range(&self, text: &str) -> String;
    fn month_out_of_range(&self, text: &str) -> String;
    /// `2023/25`: the second year must follow the first (`expected`: `2023/24`).
    fn years_not_consecutive(&self, text: &str, expected: &str) -> String;
    fn csv_cell(&self, row: usize, header: &str) -> String;
    fn csv_row(&self, row: usize) -> String;
    fn import_too_large(&self, bytes: usize, limit: usize) -> String;
    fn sheet_unreadable(&self, sheet: &str, detail: &str) -> String;
    /// A workbook's part (`xl/worksheets/sheet1.xml`) unpacks to more than `limit` bytes.
    fn workbook_inflates(&self, part: &str, limit: u64) -> String;
    /// A sheet's cells span the block from `first` to `last` (`A1`, `XFD1048576`): `cells`
    /// cells, more than `limit`.
    fn sheet_too_large(&self, sheet: &str, first: &str, last: &str, cells: u64, limit: u64) -> String;
    /// A CSV file holds more than `limit` cells, passed on line `line`.
    /// A CSV with more rows than a spreadsheet can hold.
    fn csv_too_many_rows(&self, line: usize, limit: u64) -> String;
    /// A sheet whose filled block has more rows than the importer lays out.
    fn sheet_too_many_rows(&self, sheet: &str, first: u64, last: u64, limit: u64) -> String;
    /// An XLSX whose shared text alone would cost more than the importer holds.
    fn shared_text_too_large(&self, limit: u64) -> String;
    fn csv_too_large(&self, line: usize, limit: u64) -> String;
    fn password_protected(&self) -> String;
    fn workbook_unreadable(&self, detail: &str) -> String;
    /// An old Excel file whose records are damaged at byte `at` of its workbook stream, or
    /// (`None`) whose container is.
    fn xls_damaged(&self, at: Option<usize>) -> String;
    /// An XLS container in which no workbook stream is found where Excel keeps it.
    fn xls_no_workbook(&self) -> String;

    /// A scorecard's `packs` entry on another site.
    fn pack_elsewhere(&self, url: &str) -> String;
    fn not_a_spreadsheet(&self) -> String;
    fn csv_unreadable(&self, detail: &str) -> String;
    fn bad_mapping(&self, detail: &str) -> String;
    fn no_such_header_row(&self, row: usize, sheet: &str) -> String;
    fn mapped_column_missing(&self, header: &str, sheet: &str) -> String;
    fn unknown_role(&self, role: &str, header: &str) -> String;
    fn unknown_layout(&self, layout: &str) -> String;
    fn no_such_sheet(&self, name: &str, names: &[&str]) -> String;
    fn no_indicator_columns(&self) -> String;
    /// A table of councils with a column per measure and no period column.
    fn measures_need_period(&self, header: &str, sheet: Option<&str>) -> String;
    fn report_needs_period(&self, header: &str, sheet: Option<&str>) -> String;
    fn column_not_imported(&self, _header: &str) -> String;
    fn columns_not_imported(&self, headers: &[String]) -> String;
    fn date_for_number(&self) -> String;
    fn error_cell(&self, error: &str) -> String;
    fn not_a_number(&self, text: &str) -> String;
    fn unknown_status_word(&self, text: &str) -> String;
    fn period_range(&self, text: &str) -> String;
    fn not_a_period_cell(&self, text: &str) -> String;
    fn row_without_name(&self) -> String;
    fn repeated_row(&self, key: &str, period: &str) -> String;
    fn conflicting_rows(&self, key: &str, period: &str, first: &str) -> String;
    fn unknown_action_status(&self, text: &str) -> String;
    fn action_without_period(&self, key: &str) -> String;
    fn action_update_repeated(&self, key: &str, period: &str) -> String;
    fn no_organisation(&self) -> String;
    fn unnamed_organisation(&self) -> String;
    fn default_scorecard_title(&self) -> String;
    fn no_values_at_all(&self) -> String;
    /// Open data's status code (`x`, `c`, `z`, `u`) as an observation's note.
    fn open_data_status(&self, code: char) -> String;
    /// An ISO 8601 interval that is not one of the scorecard's periods.
    fn period_interval(&self, text: &str) -> String;
    /// Nothing was read, and the first error says why: "no values were read: PI!C2: …".
    fn no_values_because(&self, cell: &str, reason: &str) -> String;
    fn unknown_frequency(&self, word: &str) -> String;
    fn mixed_frequencies(&self, key: &str) -> String;
    fn periods_not_of_frequency(&self, key: &str, frequency: &str, found: &str) -> String;
    fn unknown_unit_word(&self, word: &str) -> String;
    fn unknown_polarity_word(&self, word: &str) -> String;
    fn polarity_inferred(&self, key: &str, polarity: &str, n: usize) -> String;
    fn polarity_unknown(&self, key: &str) -> String;
    fn imported_file_problem(&self, pointer: &str, message: &str) -> String;
    fn template_failed(&self, detail: &str) -> String;
    fn no_figure(&self) -> String;
    /// The spec's exact words: `restated CODE PERIOD: OLD → NEW`.
    fn restated(&self, code: &str, period: &str, old: &str, new: &str) -> String;
    fn template_readme_title(&self) -> &'static str;
    fn template_readme(&self) -> Vec<String>;
    /// A figure reprinted in a relative column (`Previous quarter`) that differs from the one
    /// published: the published figure is kept.
    fn reprint_differs(&self, code: &str, period: &str, published: &str, reprinted: &str) -> String;
    fn many_organisations(&self, column: &str, names: &[String]) -> String;
    fn organisation_not_in_file(&self, want: &str, column: &str, names: &[String]) -> String;
    fn row_too_wide(&self, extra: usize) -> String;

    // The command line.
    /// "usage": the word before the commands' synopsis.
    fn usage_word(&self) -> &'static str;
    fn severity(&self, s: Severity) -> &'static str;
    fn import_severity(&self, level: &str) -> &'static str;
    fn unknown_option(&self, name: &str) -> String;
    fn not_whole_number(&self, name: &str, value: &str) -> String;
    fn option_required(&self, name: &str) -> String;
    /// The last line of the usage: what `--lang` does.
    fn lang_option_note(&self) -> &'static str;
    fn unknown_language_option(&self, value: &str) -> String;
    fn unknown_command(&self, name: &str) -> String;
    fn no_command(&self) -> String;
    fn unexpected_argument(&self, arg: &str) -> String;
    fn cannot_read_stdin(&self, detail: &str) -> String;
    fn cannot_read_file(&self, detail: &str) -> String;
    fn cannot_write(&self, path: &str, detail: &str) -> String;
    fn check_needs_file(&self) -> String;
    fn status_needs_file(&self) -> String;
    fn import_needs_file(&self) -> String;
    fn export_needs_file(&self) -> String;
    fn export_needs_one_of(&self) -> String;
    fn page_needs_file(&self) -> String;
    /// The page given to `scorecard page` has no place marked for the first view.
    fn page_without_room(&self, path: &str, mark: &str) -> String;
    /// `scorecard page`'s line once it has written the page.
    fn page_summary(&self, file: &str, lang: &str, path: &str) -> String;
    /// `scorecard report` without a FILE or `--docx OUT`.
    fn report_needs_docx(&self) -> String;
    /// `scorecard report`'s line once it has written the document.
    fn report_summary(&self, file: &str, period: &str, lang: &str, path: &str) -> String;
    /// `--period` names a period the file has no figure for.
    fn report_no_period(&self, period: &str) -> String;
    /// `scorecard publish` without a FILE or `--site DIR`.
    fn publish_needs_site(&self) -> String;
    /// The folder given to `publish` or `check --site` has no page of this build.
    fn not_a_site(&self, dir: &str) -> String;
    /// The site's page loads its file from outside its folder: `publish` cannot put it there.
    fn publish_src_elsewhere(&self, src: &str) -> String;
    /// After `check`'s lines for a file `publish` will not publish.
    fn publish_refused(&self, file: &str) -> String;
    fn publish_summary(&self, file: &str, at: &str, pages: usize, lang: &str) -> String;
    /// Where the file a publish replaced is kept.
    fn publish_kept(&self, previous: &str) -> String;
    /// Whether the feed gained an entry.
    fn publish_news(&self, feed: &str, changed: bool) -> String;
    /// `publish` without the site's address: the sitemap's and feed's addresses are relative.
    fn publish_no_url(&self) -> String;
    /// `check --site`: a page written from another version of its file.
    fn site_stale(&self, page: &str, src: &str) -> String;
    /// `check --site`: a page whose file is not in the site.
    fn site_missing(&self, page: &str, src: &str) -> String;
    /// `check --site`: a page written from one file that loads another.
    fn site_other_file(&self, page: &str, written: &str, loads: &str) -> String;
    /// `check --site`: a `.br` or `.gz` copy that does not hold its file as it is.
    fn site_copy_differs(&self, copy: &str, file: &str) -> String;
    fn site_summary(&self, dir: &str, pages: usize, copies: usize, warnings: usize) -> String;
    fn json_needs_output(&self) -> String;
    fn option_needs_value(&self, name: &str) -> String;
    /// A number option outside what the command accepts.
    fn option_out_of_range(&self, name: &str, min: usize, max: usize) -> String;
    fn unreadable(&self) -> String;
    /// `check`'s last line: "63 indicators and 18 actions read, 0 left out, 6 warnings".
    fn check_summary(&self, indicators: usize, actions: usize, left_out: usize, warnings: usize) -> String;
    fn nothing_read(&self) -> String;
    fn status_left_out(&self, file: &str, n: usize) -> String;
    fn status_period(&self, period: &str) -> String;
    fn status_headers(&self) -> [&'static str; 10];
    fn action_headers(&self) -> [&'static str; 2];
    /// A status, direction or action status word of the file's format, in this language.
    fn wire_word(&self, word: &'static str) -> &'static str;
    fn suppressed_cell(&self) -> &'static str;
    fn status_summary(&self, indicators: u32, parts: &str, exceptions: usize, unexplained: usize) -> String;
    fn export_summary(&self, file: &str, indicators: usize, actions: usize, path: &str) -> String;
    fn import_summary(
        &self,
        file: &str,
        counts: (usize, usize, usize),
        layout: Option<&str>,
        left_out: usize,
        warnings: usize,
    ) -> String;
}

#[cfg(test)]
mod tests;

/// What is said about benchmark packs: a catalogue of its own in the same files, so that the
/// dashboard's first view, which never reads a pack, does not carry it.
pub trait PackMessages {
    /// A pack's file (`wanted`: `scorecard-pack/1` or its shards') has no `format`.
    fn pack_format_missing(&self, wanted: &str) -> String;
    fn pack_wrong_format(&self, found: &Value<'_>, wanted: &str) -> String;
    fn pack_too_large(&self, bytes: usize, limit: usize) -> String;
    fn not_a_sha256(&self, found: &str) -> String;
    /// An area code given twice; `first` is where it was first given.
    fn duplicate_code(&self, code: &str, first: &str) -> String;
    fn midpoint_missing(&self) -> String;
    /// A shard's path that leads out of the pack's folder.
    fn shard_not_beside(&self, path: &str) -> String;
    fn not_an_interval(&self, found: &str) -> String;
    fn group_members_shape(&self) -> String;
    /// A shard that holds another measure's (or group's) values than `expected`.
    fn shard_for_another(&self, expected: &str) -> String;
    fn period_not_in_measure(&self, period: &str, measure: &str) -> String;
    /// A column of `found` values for `expected` areas.
    fn column_length(&self, found: usize, expected: usize) -> String;
    fn status_pair(&self, found: &Value<'_>) -> String;
    fn pack_file_empty(&self, path: &str) -> String;
    fn pack_no_column(&self, path: &str, column: &str) -> String;
    fn pack_no_files(&self, pattern: &str) -> String;
    fn pack_unknown_area(&self, raw: &str) -> String;
    fn pack_not_a_period(&self, raw: &str) -> String;
    fn pack_not_a_number(&self, raw: &str) -> String;
    fn pack_conflicting_value(&self, measure: &str, period: &str, area: &str) -> String;
    fn pack_no_polarity(&self, measure: &str) -> String;
    /// The title of the group of every area of a kind (`district`, `unitary`…).
    fn pack_type_group(&self, kind: &str) -> String;
    /// The title of a cluster group: ONS's `Global` clustering, cluster `A`.
    fn pack_cluster_group(&self, clustering: &str, letter: &str) -> String;
    fn pack_build_needs_recipe(&self) -> String;
    /// `compare --group custom:CODE,…`: a group of the areas named.
    fn custom_group_title(&self, members: usize) -> String;
    fn custom_group_source(&self) -> String;
    /// `check`: the scorecard's figure for its council differs from the pack's (compare spec §2).
    fn differs_from_pack(&self, period: &str, theirs: &str, measure: &str) -> String;
    /// `check`: a pack the scorecard names could not be opened to check its figures.
    fn pack_not_checked(&self, pack: &str, reason: &str) -> String;
    fn pack_built(&self, path: &str, measures: usize, areas: usize, groups: usize) -> String;
    fn pack_summary(&self, measures: usize, areas: usize, groups: usize, errors: usize) -> String;
    fn area_not_in_group(&self, area: &str, group: &str) -> String;
    fn area_in_no_group(&self, area: &str) -> String;
    fn group_not_for_measure(&self, group: &str, measure: &str) -> String;
    fn compare_heading(&self, area: &str, group: &str, members: usize) -> String;
    fn no_value_word(&self) -> String;
    /// Rank `rank` of `n`, in quartile `quartile`; a neutral measure's rank is from the highest.
    fn rank_of(&self, rank: usize, n: usize, quartile: u8, neutral: bool) -> String;
    fn too_few_to_rank(&self, n: usize) -> String;
    /// The area has no value to rank; `n` members have, in `nations` where their codes say.
    fn no_value_to_rank(&self, n: usize, nations: &[crate::pack::compare::Nation]) -> String;
    fn nation(&self, nation: crate::pack::compare::Nation) -> &'static str;
    fn without_data(&self, missing: usize) -> String;
    fn median_gap(&self, median: &str, gap: &str) -> String;
    /// `better`, `worse` or `similar`: what the value's 95 % interval says against the median.
    fn significance(&self, which: crate::pack::stats::Significance) -> String;
    /// Rank `was` → `is` of `n`: `by` members passed the area, it passed `took`.
    /// Its rank then and now of `n`; how many councils it overtook (ahead then, behind now)
    /// and was overtaken by (behind then, ahead now): the same order as the dashboard's.
    fn rank_change(&self, was: usize, is: usize, n: usize, overtook: usize, overtaken_by: usize) -> String;
    /// A neutral measure's rank, counted from the highest ("22nd highest of 32").
    fn highest_of(&self, rank: usize, n: usize) -> String;
    /// A quarter of a field by its number: 1 → "top quarter" … 4 → "bottom quarter".
    fn quartile_name(&self, q: u8) -> &'static str;
}

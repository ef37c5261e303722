//! Spreadsheets in: CSV, XLSX/XLSM, XLS and ODS turned into a `scorecard/1` document, with
//! every problem named by its cell. The same code runs in the CLI and the publish page.
//!
//! bytes → [`decode`] (sheets of cells) → [`table`] (header row, column roles, layout) →
//! [`draft`] (indicators and actions by key, across sheets) → [`assemble`] (ids, groups,
//! units, polarity, current period) → JSON, checked by the core's own reader.

pub mod assemble;
pub mod decode;
pub mod draft;
pub mod grid;
pub mod mapping;
pub mod merge;
pub mod periods;
pub mod roles;
pub mod table;
pub mod template;
pub mod words;

use crate::messages as msg;
use crate::model::Polarity;
use crate::period::{Calendar, Period};
pub use decode::FileKind;
use grid::Sheet;
pub use mapping::Mapping;
use roles::{Role, When};
use serde::Serialize;
use table::{Layout, Table};
use words::{fold, Words};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
        }
    }
}

/// A problem or a note, at its cell (`PI Report!H24`, `row 7, column "Actual"`), or at no
/// cell (the empty string) when it is about the whole file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Problem {
    pub severity: Level,
    pub cell: String,
    pub message: String,
}

#[derive(Default)]
pub struct Found {
    pub problems: Vec<Problem>,
    pub left_out: usize,
}

impl Found {
    pub fn push(&mut self, severity: Level, cell: String, message: String) {
        self.problems.push(Problem { severity, cell: one_line(&cell), message: one_line(&message) });
    }
}

/// Text from a sheet (a header with a line break) kept to one line: the CLI prints a line a
/// problem, and scripts read them so.
pub fn one_line(s: &str) -> String {
    if s.contains(|c: char| c.is_control()) {
        s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
    } else {
        s.to_string()
    }
}

/// What the officer said on the command line or the page.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub mapping: Mapping,
    /// Read this sheet only.
    pub sheet: Option<String>,
    /// The report's period (`--period`).
    pub period: Option<Period>,
    pub organisation: Option<String>,
    pub title: Option<String>,
    /// Today, as `YYYY-MM-DD`: the scorecard's `published` (the core has no clock).
    pub today: Option<String>,
}

/// A sheet's name and each of its columns with its role (`None`: not imported).
pub type SheetColumns = (String, Vec<(String, Option<String>)>);

/// The outcome: the document (unless fatal), and what was found on the way.
#[derive(Debug)]
pub struct Imported {
    pub kind: Option<FileKind>,
    /// The one-line reason, when fatal.
    pub fatal: Option<String>,
    /// Every sheet in the file, by name (a CSV is one).
    pub sheets: Vec<String>,
    /// The layout of each sheet read (the first, for the report).
    pub layouts: Vec<(String, Layout)>,
    /// The mapping used, chosen and detected, in the mapping file's form.
    pub mapping: Mapping,
    /// Every column read and its role (`None`: not imported), by sheet.
    pub columns: Vec<SheetColumns>,
    pub problems: Vec<Problem>,
    /// The scorecard/1 document as JSON text, as it is saved (indented unless large, with a
    /// final line break); `None` when the import was fatal. [`Imported::document`] parses it.
    pub text: Option<String>,
    /// Figures given only by relative columns, as (code or id, period), for `merge`.
    pub context: Vec<(String, String)>,
    pub indicators: usize,
    pub observations: usize,
    pub actions: usize,
    pub left_out: usize,
}

impl Imported {
    fn fatal(kind: Option<FileKind>, reason: String, mapping: Mapping) -> Imported {
        Imported {
            kind,
            fatal: Some(one_line(&reason)),
            sheets: Vec::new(),
            layouts: Vec::new(),
            mapping,
            columns: Vec::new(),
            problems: Vec::new(),
            text: None,
            context: Vec::new(),
            indicators: 0,
            observations: 0,
            actions: 0,
            left_out: 0,
        }
    }

    /// The document as JSON (`--into` merges it; tests look into it).
    pub fn document(&self) -> Option<serde_json::Value> {
        self.text.as_deref().and_then(|t| serde_json::from_str(t).ok())
    }

    /// The CLI's exit status: 0 (warnings allowed), 1 rows left out, 2 fatal.
    pub fn exit_code(&self) -> u8 {
        if self.fatal.is_some() {
            2
        } else if self.left_out > 0 || self.problems.iter().any(|p| p.severity == Level::Error) {
            1
        } else {
            0
        }
    }

    pub fn layout(&self) -> Option<Layout> {
        self.layouts
            .iter()
            .map(|(_, l)| *l)
            .find(|l| *l != Layout::Settings && *l != Layout::Actions)
            .or(self.layouts.first().map(|(_, l)| *l))
    }
}

/// A scorecard as saved: indented for people to read, unless that would make a large file
/// larger still (indentation adds about 80 %); then compact.
pub fn to_text(document: &serde_json::Value) -> String {
    saved(serde_json::to_string(document).unwrap_or_default())
}

/// Compact JSON as saved (see [`to_text`]).
fn saved(compact: String) -> String {
    if compact.len() > LARGE {
        return compact + "\n";
    }
    match serde_json::from_str::<serde_json::Value>(&compact) {
        Ok(v) => serde_json::to_string_pretty(&v).unwrap_or(compact) + "\n",
        Err(_) => compact + "\n",
    }
}

/// Above this, a scorecard is saved compact.
const LARGE: usize = 4 * 1024 * 1024;

/// Each table's columns and their roles, as the report and the publish page list them.
fn columns_of(tables: &[(&Sheet, Table)]) -> Vec<SheetColumns> {
    tables
        .iter()
        .map(|(s, t)| {
            (s.name.clone(), t.columns.iter().map(|c| (c.header.clone(), c.role.map(Role::name))).collect())
        })
        .collect()
}

fn words_of(m: &Mapping) -> Words {
    let mut w = Words::default();
    for (word, status) in &m.statuses {
        let rag = status.as_deref().and_then(crate::model::Rag::parse);
        w.statuses.insert(fold(word), rag);
    }
    for (word, p) in &m.polarities {
        if let Some(p) = Polarity::parse(p) {
            w.polarities.insert(fold(word), p);
        }
    }
    w.missing = m.missing.clone();
    w.suppressed = m.suppressed.clone();
    w
}

/// Imports a spreadsheet.
pub fn import(bytes: &[u8], opts: &Options) -> Imported {
    let mut mapping = opts.mapping.clone();
    if let Some(s) = &opts.sheet {
        mapping.sheet = Some(s.clone());
    }
    let (kind, sheets) = match decode::read(bytes) {
        Ok(x) => x,
        Err(reason) => return Imported::fatal(None, reason, mapping),
    };
    let mut out = import_sheets(kind, &sheets, mapping, opts);
    // Every sheet's name, fatal or not: the publish page offers them to choose from.
    out.sheets = sheets.iter().map(|s| s.name.clone()).collect();
    // The cells are done with: the read-back below reuses their memory instead of asking the
    // system for more (a large import's time went largely to fresh pages).
    drop(sheets);
    if let Some(text) = &out.text {
        // The document must be one `scorecard check` accepts: read it back with the core,
        // from the text as it will be saved. Errors are what matter here (publish-time
        // warnings are `check`'s): the reader without them.
        let loaded = crate::read_to_show(text.as_bytes());
        let mut found = Found::default();
        for d in loaded.diagnostics.iter().filter(|d| d.severity == crate::Severity::Error) {
            found.push(Level::Error, String::new(), msg::t().imported_file_problem(&d.pointer, &d.message));
        }
        out.problems.append(&mut found.problems);
    }
    out
}

fn import_sheets(kind: FileKind, sheets: &[Sheet], mapping: Mapping, opts: &Options) -> Imported {
    let period = match (opts.period, mapping.period.as_deref()) {
        (Some(p), _) => Some(p),
        (None, Some(p)) => match Period::parse(p) {
            Ok(p) => Some(p),
            Err(e) => return Imported::fatal(Some(kind), msg::t().bad_mapping(&e.0), mapping),
        },
        (None, None) => None,
    };
    let template = template::read_meta(sheets);
    let cal = Calendar::new(template.year_starts.unwrap_or(4));
    let words = words_of(&mapping);
    let chosen: Vec<&Sheet> = match &mapping.sheet {
        Some(name) => match sheets.iter().find(|s| s.name == *name) {
            Some(s) => vec![s],
            None => {
                let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
                return Imported::fatal(Some(kind), msg::t().no_such_sheet(name, &names), mapping);
            }
        },
        None => sheets.iter().filter(|s| !template::is_meta_sheet(s)).collect(),
    };
    let mut tables: Vec<(&Sheet, Table)> = Vec::new();
    for sheet in chosen {
        match table::read(sheet, &mapping, cal) {
            Ok(Some(t)) => tables.push((sheet, t)),
            Ok(None) => {}
            Err(reason) => return Imported::fatal(Some(kind), reason, mapping),
        }
    }
    if tables.is_empty() {
        return Imported::fatal(Some(kind), msg::t().no_indicator_columns(), mapping);
    }
    // Relative columns need the report's period.
    if period.is_none() {
        for (sheet, t) in &tables {
            let relative = t
                .columns
                .iter()
                .find(|c| matches!(c.role.and_then(Role::when), Some(When::Previous | When::LastYear)))
                .or_else(|| {
                    (t.layout == Layout::Report).then(|| t.find(|r| r.when() == Some(When::Row))).flatten()
                });
            if let Some(c) = relative {
                return Imported::fatal(
                    Some(kind),
                    msg::t().report_needs_period(&c.header, (!sheet.csv).then_some(sheet.name.as_str())),
                    mapping,
                );
            }
        }
    }
    // A file of many councils: the organisation column chooses the rows (`--organisation`).
    let mut filters = mapping.rows.clone();
    let mut only_organisation = None;
    for (sheet, t) in &tables {
        let Some(col) = t.find(|r| r == Role::Organisation) else { continue };
        let mut names: Vec<String> = Vec::new();
        for row in t.header + 1..sheet.rows.len() {
            let name = sheet.cell(row, col.index).text();
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
        match opts.organisation.as_deref().or(mapping.organisation.as_deref()) {
            Some(want) if names.len() > 1 || !names.iter().any(|n| n.eq_ignore_ascii_case(want.trim())) => {
                if !names.iter().any(|n| n.trim().eq_ignore_ascii_case(want.trim())) {
                    return Imported::fatal(
                        Some(kind),
                        msg::t().organisation_not_in_file(want, &col.header, &names),
                        mapping,
                    );
                }
                filters.entry(col.header.clone()).or_insert_with(|| want.to_string());
            }
            Some(_) => {}
            None if names.len() > 1 => {
                return Imported::fatal(
                    Some(kind),
                    msg::t().many_organisations(&col.header, &names),
                    mapping,
                );
            }
            None => only_organisation = names.into_iter().next(),
        }
    }
    let mut found = Found::default();
    let mut drafts = draft::Drafts::default();
    // Indicator sheets before action sheets: an action's default period is the indicators' latest.
    tables.sort_by_key(|(_, t)| t.layout == Layout::Actions);
    for (sheet, t) in &tables {
        let mut reader = draft::RowReader {
            sheet,
            table: t,
            words: &words,
            cal,
            period,
            filters: &filters,
            found: &mut found,
            hints: (false, false),
        };
        reader.read_into(&mut drafts);
        // Columns with no role are listed, never dropped silently; a wide benchmarking sheet's
        // hundreds in one line.
        let unused: Vec<&table::ColumnRole> = t
            .columns
            .iter()
            .filter(|c| {
                c.role.is_none()
                    || (t.layout == Layout::Organisations
                        && c.series.is_none()
                        && c.role != Some(Role::Organisation))
            })
            .collect();
        if unused.len() > 10 {
            let names: Vec<String> = unused.iter().map(|c| c.header.clone()).collect();
            found.push(Level::Info, sheet.row_at(t.header), msg::t().columns_not_imported(&names));
        } else {
            for c in unused {
                found.push(
                    Level::Info,
                    sheet.at(t.header, c.index, &c.header),
                    msg::t().column_not_imported(&c.header),
                );
            }
        }
    }
    let has_values =
        drafts.indicators.iter().any(|(_, d)| d.obs.values().any(|(o, _)| o.value.is_some() || o.suppressed))
            || drafts.actions.iter().any(|(_, a)| !a.updates.is_empty());
    if !has_values {
        let mut out = Imported::fatal(Some(kind), msg::t().no_values_at_all(), mapping);
        out.problems = found.problems;
        out.columns = columns_of(&tables);
        return out;
    }
    let mut meta = template.clone();
    meta.organisation = opts
        .organisation
        .clone()
        .or(mapping.organisation.clone())
        .or(meta.organisation)
        .or(only_organisation);
    meta.title = opts.title.clone().or(mapping.title.clone()).or(meta.title);
    meta.published = meta.published.or(opts.today.clone());
    meta.current_period = meta.current_period.or(period);
    let indicators_sheets = tables.len();
    let assembled = assemble::assemble(drafts, meta, &words, cal, &mut found);
    if assembled.document.get("current_period").is_none() {
        let mut out = Imported::fatal(Some(kind), msg::t().no_values_at_all(), mapping);
        out.problems = found.problems;
        out.columns = columns_of(&tables);
        return out;
    }
    // Written once, as it will be saved; `import` reads it back from that text.
    let text = saved(assembled.compact());
    // The mapping used, to save for next quarter.
    let mut used = mapping.clone();
    if indicators_sheets == 1 {
        let (sheet, t) = &tables[0];
        if !sheet.csv {
            used.sheet = Some(sheet.name.clone());
        }
        used.header_row = sheet.row_numbers.get(t.header).copied();
        used.layout = Some(t.layout.as_str().to_string());
    }
    used.period = period.map(|p| p.to_string());
    let mut columns = Vec::new();
    for (sheet, t) in &tables {
        let mut cols = Vec::new();
        for c in &t.columns {
            let name = c.role.map(Role::name);
            if !used.columns.contains_key(&c.header) {
                let entry = match c.multiply {
                    Some(m) => mapping::Column::Scaled {
                        role: name.clone().unwrap_or_else(|| "ignore".into()),
                        multiply: Some(m),
                    },
                    None => mapping::Column::Role(name.clone().unwrap_or_else(|| "ignore".into())),
                };
                used.columns.insert(c.header.clone(), entry);
            }
            cols.push((c.header.clone(), name));
        }
        columns.push((sheet.name.clone(), cols));
    }
    Imported {
        kind: Some(kind),
        fatal: None,
        sheets: Vec::new(),
        layouts: tables.iter().map(|(s, t)| (s.name.clone(), t.layout)).collect(),
        mapping: used,
        columns,
        problems: found.problems,
        text: Some(text),
        context: assembled.context,
        indicators: assembled.indicators,
        observations: assembled.observations,
        actions: assembled.actions,
        left_out: found.left_out,
    }
}

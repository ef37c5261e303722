//! Spreadsheets in: CSV, XLSX/XLSM, XLS and ODS turned into a `scorecard/1` document, with
//! every problem named by its cell. The same code runs in the CLI and the publish page.
//!
//! bytes → [`decode`] (sheets of cells) → [`table`] (header row, column roles, layout) →
//! [`draft`] (indicators and actions by key, across sheets) → [`assemble`] (ids, groups,
//! units, polarity, current period) → JSON, checked by the core's own reader.

pub mod assemble;
pub mod biff;
pub mod bounds;
pub mod decode;
pub mod draft;
mod found;
pub mod grid;
pub mod ids;
mod imported;
pub mod mapping;
pub mod merge;
mod ods;
mod ole;
pub mod periods;
pub mod roles;
mod rows;
pub mod table;
pub mod template;
pub mod words;

use crate::messages as msg;
use crate::model::Polarity;
use crate::period::{Calendar, Period};
pub use decode::FileKind;
pub use found::{one_line, Found, Level, Problem};
use grid::Sheet;
use imported::saved;
pub use imported::{to_text, Imported, SheetColumns};
pub use mapping::Mapping;
use roles::{Role, When};
use table::{Layout, Table};
use words::{fold, Words};

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
    found::worst_first(&mut out.problems);
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
    let cal = template.year_starts.map_or_else(Calendar::default, Calendar::new);
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
    if let Some(reason) = period.is_none().then(|| needs_a_period(&tables)).flatten() {
        return Imported::fatal(Some(kind), reason, mapping);
    }
    let chosen = match rows_to_read(&tables, &mapping, opts) {
        Ok(x) => x,
        Err(reason) => return Imported::fatal(Some(kind), reason, mapping),
    };
    let filters = chosen.filters;
    let mut found = Found::default();
    let mut drafts = draft::Drafts::default();
    // Indicator sheets before action sheets: an action's default period is the indicators' latest.
    tables.sort_by_key(|(_, t)| t.layout == Layout::Actions);
    for (sheet, t) in &tables {
        let mut reader = rows::RowReader {
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
        note_unused_columns(sheet, t, &mut found);
    }
    let has_values =
        drafts.indicators.iter().any(|(_, d)| d.obs.values().any(|(o, _)| o.value.is_some() || o.suppressed))
            || drafts.actions.iter().any(|(_, a)| !a.updates.is_empty());
    if !has_values {
        // The first error the rows met says more than "nothing was found".
        let reason = found
            .problems
            .iter()
            .find(|p| p.severity == Level::Error)
            .map_or_else(|| msg::t().no_values_at_all(), |p| msg::t().no_values_because(&p.cell, &p.message));
        return Imported::fatal_after(Some(kind), reason, mapping, found, columns_of(&tables));
    }
    let mut meta = template.clone();
    // A council chosen by its code is named by the file's name for it.
    let (code_name, code) = chosen.by_code.map_or((None, None), |(name, code)| (name, Some(code)));
    meta.organisation = code_name
        .or(opts.organisation.clone())
        .or(mapping.organisation.clone())
        .or(meta.organisation)
        .or(chosen.only);
    meta.organisation_code = meta.organisation_code.or(code).or(chosen.code);
    meta.title = opts.title.clone().or(mapping.title.clone()).or(meta.title);
    meta.published = meta.published.or(opts.today.clone());
    meta.current_period = meta.current_period.or(period);
    let assembled = assemble::assemble(drafts, meta, &words, cal, &mut found);
    if assembled.document.get("current_period").is_none() {
        return Imported::fatal_after(
            Some(kind),
            msg::t().no_values_at_all(),
            mapping,
            found,
            columns_of(&tables),
        );
    }
    // Written once, as it will be saved; `import` reads it back from that text.
    let text = saved(assembled.compact());
    let used = mapping_used(mapping, &tables, period);
    Imported {
        kind: Some(kind),
        fatal: None,
        sheets: Vec::new(),
        layouts: tables.iter().map(|(s, t)| (s.name.clone(), t.layout)).collect(),
        mapping: used,
        columns: columns_of(&tables),
        problems: found.problems,
        text: Some(text),
        context: assembled.context,
        indicators: assembled.indicators,
        observations: assembled.observations,
        actions: assembled.actions,
        left_out: found.left_out,
    }
}

/// The mapping an import used, to save for next quarter: `mapping` with what was found (the
/// sheet, header row and layout, where one sheet was read; each column's role) filled in.
fn mapping_used(mapping: Mapping, tables: &[(&Sheet, Table)], period: Option<Period>) -> Mapping {
    let mut used = mapping;
    if let [(sheet, t)] = tables {
        if !sheet.csv {
            used.sheet = Some(sheet.name.clone());
        }
        used.header_row = sheet.row_numbers.get(t.header).copied();
        used.layout = Some(t.layout.as_str().to_string());
    }
    used.period = period.map(|p| p.to_string());
    for c in tables.iter().flat_map(|(_, t)| &t.columns) {
        if !used.columns.contains_key(&c.header) {
            let role = c.role.map_or_else(|| "ignore".into(), Role::name);
            let entry = match c.multiply {
                Some(m) => mapping::Column::Scaled { role, multiply: Some(m) },
                None => mapping::Column::Role(role),
            };
            used.columns.insert(c.header.clone(), entry);
        }
    }
    used
}

/// Why the sheets cannot be read without the report's period, if they cannot: a column
/// relative to it (`Previous quarter`), or measures in a table with no period column.
fn needs_a_period(tables: &[(&Sheet, Table)]) -> Option<String> {
    for (sheet, t) in tables {
        let in_sheet = (!sheet.csv).then_some(sheet.name.as_str());
        let relative = t
            .columns
            .iter()
            .find(|c| matches!(c.role.and_then(Role::when), Some(When::Previous | When::LastYear)))
            .or_else(|| {
                (t.layout == Layout::Report).then(|| t.find(|r| r.when() == Some(When::Row))).flatten()
            });
        if let Some(c) = relative {
            return Some(msg::t().report_needs_period(&c.header, in_sheet));
        }
        let undated = t.columns.iter().find(|c| c.series.as_ref().is_some_and(|s| s.period.is_none()));
        if let (Some(c), false) = (undated, t.has(|r| r == Role::Period)) {
            return Some(msg::t().measures_need_period(&c.header, in_sheet));
        }
    }
    None
}

/// The rows a file of many councils is read for, and the council it is about.
#[derive(Default)]
struct Chosen {
    /// Header → the text its cells must hold.
    filters: std::collections::BTreeMap<String, String>,
    /// The one council a file names, where it names one.
    only: Option<String>,
    /// The council chosen by its code (`--organisation E06000047`): its name and code.
    by_code: Option<(Option<String>, String)>,
    /// The code of the council chosen by name, where the file gives one.
    code: Option<String>,
}

/// A file of many councils: the organisation column chooses the rows (`--organisation`, by
/// the council's name or, where the file has a code column, its code).
fn rows_to_read(tables: &[(&Sheet, Table)], mapping: &Mapping, opts: &Options) -> Result<Chosen, String> {
    let mut chosen = Chosen { filters: mapping.rows.clone(), ..Chosen::default() };
    for (sheet, t) in tables {
        let name_col = t.find(|r| r == Role::Organisation);
        let code_col = t.find(|r| r == Role::OrganisationCode);
        let Some(col) = name_col.or(code_col) else { continue };
        let distinct = |c: &table::ColumnRole| {
            let mut seen: Vec<String> = Vec::new();
            for row in t.header + 1..sheet.rows.len() {
                let text = sheet.cell(row, c.index).text();
                if !text.is_empty() && !seen.contains(&text) {
                    seen.push(text);
                }
            }
            seen
        };
        let names = distinct(col);
        let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
        match opts.organisation.as_deref().or(mapping.organisation.as_deref()) {
            Some(want) => {
                let by_code =
                    code_col.filter(|c| c.index != col.index && distinct(c).iter().any(|v| same(v, want)));
                if let Some(code) = by_code {
                    chosen.filters.entry(code.header.clone()).or_insert_with(|| want.trim().to_string());
                    let name = name_col.and_then(|n| {
                        (t.header + 1..sheet.rows.len())
                            .find(|&r| same(&sheet.cell(r, code.index).text(), want))
                            .map(|r| sheet.cell(r, n.index).text())
                    });
                    chosen.by_code = Some((name, want.trim().to_string()));
                } else if !names.iter().any(|n| same(n, want)) {
                    return Err(msg::t().organisation_not_in_file(want, &col.header, &names));
                } else {
                    if names.len() > 1 {
                        chosen.filters.entry(col.header.clone()).or_insert_with(|| want.to_string());
                    }
                    // The council's code, where the file gives one beside its name.
                    chosen.code = code_col.filter(|c| c.index != col.index).and_then(|c| {
                        (t.header + 1..sheet.rows.len())
                            .find(|&r| same(&sheet.cell(r, col.index).text(), want))
                            .map(|r| sheet.cell(r, c.index).text())
                            .filter(|code| !code.is_empty())
                    });
                }
            }
            None if names.len() > 1 => return Err(msg::t().many_organisations(&col.header, &names)),
            None => chosen.only = names.into_iter().next(),
        }
    }
    Ok(chosen)
}

/// Columns with no role are listed, never dropped silently; a wide benchmarking sheet's
/// hundreds in one line.
fn note_unused_columns(sheet: &Sheet, t: &Table, found: &mut Found) {
    let unused: Vec<&table::ColumnRole> = t
        .columns
        .iter()
        .filter(|c| {
            c.role.is_none()
                || (t.layout == Layout::Organisations
                    && c.series.is_none()
                    && !matches!(c.role, Some(Role::Organisation | Role::OrganisationCode | Role::Period)))
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

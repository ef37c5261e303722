//! What a source's files are to the build: a sheet with its header row (`Table`), how they
//! name areas (`kind_of_code`), periods (`interval_of`), measures (`code_key`, `is_code`)
//! and files (`matches`), and a file's digest for the pack's list of sources.

use super::Files;
use crate::import::grid::{Cell, Sheet};
use crate::messages as msg;
use crate::pack::Interval;
use crate::period::Calendar;
use std::collections::BTreeMap;

/// A sheet read by the importer's readers, with its header row's columns.
pub(super) struct Table {
    pub(super) path: String,
    pub(super) sheet: Sheet,
    /// The header row's place: the first row, or the first naming the area column where a
    /// workbook puts title rows above its table.
    pub(super) first: usize,
    pub(super) header: Vec<String>,
}

impl Table {
    /// The named sheet, or the first with anything in it.
    pub(super) fn read(
        files: &dyn Files,
        path: &str,
        sheet: Option<&str>,
        anchor: Option<&str>,
    ) -> Result<Table, String> {
        let bytes = files.read(path)?;
        let (_, sheets) = crate::import::decode::read(&bytes).map_err(|e| format!("{path}: {e}"))?;
        let names: Vec<String> = sheets.iter().map(|s| s.name.clone()).collect();
        let sheet = match sheet {
            Some(name) => sheets.into_iter().find(|s| s.name == name).ok_or_else(|| {
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                format!("{path}: {}", msg::t().no_such_sheet(name, &names))
            })?,
            None => sheets
                .into_iter()
                .find(|s| !s.rows.is_empty())
                .ok_or_else(|| msg::p().pack_file_empty(path))?,
        };
        let names = |row: &Vec<Cell>| -> Vec<String> {
            row.iter().map(|c| c.text().trim_start_matches('\u{feff}').to_string()).collect()
        };
        let first = anchor
            .and_then(|a| {
                sheet
                    .rows
                    .iter()
                    .take(40)
                    .position(|r| names(r).iter().any(|h| h.trim().eq_ignore_ascii_case(a.trim())))
            })
            .unwrap_or(0);
        let header = names(&sheet.rows[first]);
        Ok(Table { path: path.to_string(), sheet, first, header })
    }

    /// The column with this header (ignoring case and spaces at the ends).
    pub(super) fn column(&self, name: &str) -> Result<usize, String> {
        self.header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| msg::p().pack_no_column(&self.path, name))
    }

    pub(super) fn role(
        &self,
        columns: &BTreeMap<String, String>,
        role: &str,
    ) -> Result<Option<usize>, String> {
        columns.get(role).map(|name| self.column(name)).transpose()
    }

    pub(super) fn rows(&self) -> impl Iterator<Item = (usize, &Vec<Cell>)> {
        self.sheet.rows.iter().enumerate().skip(self.first + 1)
    }

    /// The measure a row's figures are for: its folder's (with the row's own indicator where
    /// the folder's file holds several), else its measure column's, as a slug; `None` for a
    /// row that names none.
    pub(super) fn measure_of(
        &self,
        row: usize,
        measure: Option<usize>,
        folder: (bool, &str),
        several: bool,
    ) -> Option<String> {
        let (from_folder, folder) = folder;
        if several {
            let own = crate::import::ids::slug(&self.text(row, measure));
            let own = own.strip_prefix(&format!("{folder}-")).unwrap_or(&own).to_string();
            return Some(format!("{folder}-{own}"));
        }
        if from_folder {
            return Some(folder.to_string());
        }
        let raw = self.text(row, measure);
        (!raw.is_empty()).then(|| crate::import::ids::slug(&raw))
    }

    pub(super) fn text(&self, row: usize, col: Option<usize>) -> String {
        col.map(|c| self.sheet.cell(row, c).text()).unwrap_or_default()
    }

    pub(super) fn at(&self, row: usize, col: usize) -> String {
        format!("{}: {}", self.path, self.sheet.at(row, col, self.header.get(col).map_or("", String::as_str)))
    }
}

/// A pack's area kind from its ONS GSS code's entity prefix.
pub fn kind_of_code(code: &str) -> &'static str {
    match code.get(..3).unwrap_or_default() {
        "E06" => "unitary",
        "E07" => "district",
        "E08" => "metropolitan",
        "E09" => "london-borough",
        "E10" => "county",
        "E11" => "metropolitan-county",
        "E12" => "region",
        "E47" => "combined-authority",
        "W06" => "welsh-principal-area",
        "S12" => "scottish-council",
        "N09" => "ni-district",
        "E92" | "W92" | "S92" | "N92" | "K02" | "K03" | "K04" => "nation",
        p if p.starts_with("TL") => "itl-region",
        _ => "other",
    }
}

/// A period as a source writes it, as an interval: an ISO interval; a year, quarter or
/// month the importer reads (`2016-17`, `2018-19;Q1`); a span of years (`2014-17`) as a
/// multi-year aggregate from the calendar's first month. `aggregate` is true for a span.
pub fn interval_of(raw: &str, cal: Calendar) -> Option<(Interval, bool)> {
    if let Some(i) = Interval::parse(raw) {
        return Some((i, i.months > 12));
    }
    match crate::import::periods::parse(raw, None, cal) {
        Ok(p) => Some((Interval::of_period(p, cal), false)),
        Err(crate::import::periods::NotAPeriod::Range) => {
            let t: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
            let (a, b) = t.split_once(['-', '/'])?;
            let start: i32 = a.parse().ok()?;
            let end: i32 = match b.len() {
                2 => (start / 100) * 100 + b.parse::<i32>().ok()?,
                4 => b.parse().ok()?,
                _ => return None,
            };
            let years = u32::try_from(end - start).ok().filter(|y| (2..=10).contains(y))?;
            Some((Interval { year: start, month: cal.year_starts, day: 1, months: years * 12 }, true))
        }
        Err(_) => None,
    }
}

pub(super) fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a file name matches one segment of a pattern, where `*` stands for any run of
/// characters (`*.csv`).
pub fn matches(pattern: &str, name: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == name,
        Some((head, rest)) => {
            let Some(tail) = name.strip_prefix(head) else { return false };
            (0..=tail.len()).filter(|&i| tail.is_char_boundary(i)).any(|i| matches(rest, &tail[i..]))
        }
    }
}

/// A measure's code as the LGBF's files variously write it, for joining them: `CORP 09`,
/// `CORP09`, `corp-9` and `Corp 9` are all `corp9`.
pub fn code_key(code: &str) -> String {
    let mut out = String::new();
    let mut in_number = false;
    for c in code.chars().flat_map(char::to_lowercase).filter(char::is_ascii_alphanumeric) {
        if c == '0' && !in_number {
            continue;
        }
        in_number = c.is_ascii_digit();
        out.push(c);
    }
    out
}

/// A benchmarking code in a header (`CHN1`, `CORP 3b`, `C&L5a`): short, with a digit, a
/// letter first, at most one space. A numerator's name (`No of Pupils Primary`) is not one.
pub(super) fn is_code(s: &str) -> bool {
    s.len() <= 10
        && s.starts_with(|c: char| c.is_ascii_uppercase())
        && s.bytes().any(|b| b.is_ascii_digit())
        && s.matches(' ').count() <= 1
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'&')
}

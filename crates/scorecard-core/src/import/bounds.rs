//! How much a workbook may make the importer do, decided by what the file really holds and
//! never by what it claims. A 5 KB workbook can claim a sheet of seventeen billion cells (one
//! cell at `A1`, one at `XFD1048576`), a 300 KB one can unpack to 300 MB, and an ODS can
//! repeat a row a million times; each is refused before anything is allocated for it, with
//! the limit and the place where it was crossed.

use crate::messages as msg;
use std::io::{Cursor, Read};

/// What a workbook's parts may unpack to, all together, counted while unpacking them (the
/// sizes a zip declares can lie).
pub const MAX_INFLATED: u64 = 128 * 1_048_576;

/// The block of cells a sheet may span (from its first filled row and column to its last:
/// that block is what the importer lays out), and the cells a CSV may hold, by what importing
/// each kind of file costs at most (docs/benchmarks.md, "Import limits"). The importer keeps a
/// cell in 16 bytes whatever the file, and reads CSV, XLSX and ODS as streams; calamine lays
/// an XLS out twice more before that, at 72 bytes a cell, so an XLS may span less. Seven
/// million is 300,000 rows of the template's 23 columns: half as much again as the largest
/// scorecard the product is built for (5,000 indicators × 40 quarters, 8,000 × 25).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Csv,
    Xlsx,
    Ods,
    Xls,
}

impl Limit {
    pub const fn cells(self) -> u64 {
        match self {
            Limit::Csv | Limit::Xlsx | Limit::Ods => 7_000_000,
            Limit::Xls => 2_000_000,
        }
    }
}

/// The most rows a sheet or a CSV may have. Each row of values becomes an observation, which
/// costs more than its cells (at 600,000 a file's import peaks near 290 MB), and a file of
/// empty lines is all rows. Three times the product's largest scorecard (200,000 rows).
pub const MAX_ROWS: u64 = 600_000;

/// What an XLSX's shared text (`xl/sharedStrings.xml`) may unpack to: calamine keeps each
/// string it holds at about 2.5 times its bytes in the part.
pub const MAX_SHARED_TEXT: u64 = 64 * 1_048_576;

/// Unpacks every part of a zip into nothing, counting, and refuses the workbook once the
/// parts pass [`MAX_INFLATED`]. A zip the `zip` crate cannot open is left to the workbook
/// reader, which says what is wrong with it.
pub fn inflates_within(bytes: &[u8]) -> Result<(), String> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    let mut total = 0u64;
    for i in 0..zip.len() {
        let Ok(mut part) = zip.by_index(i) else { continue };
        let name = part.name().map(|n| n.into_owned()).unwrap_or_default();
        let room = MAX_INFLATED - total;
        // A damaged part stops counting; the workbook reader then reports it.
        let n = std::io::copy(&mut (&mut part).take(room + 1), &mut std::io::sink()).unwrap_or(0);
        total += n;
        if name == "xl/sharedStrings.xml" && n > MAX_SHARED_TEXT {
            return Err(msg::t().shared_text_too_large(MAX_SHARED_TEXT));
        }
        if total > MAX_INFLATED {
            return Err(msg::t().workbook_inflates(&name, MAX_INFLATED));
        }
    }
    Ok(())
}

/// Refuses CSV text holding more cells than [`Limit::Csv`] allows, or more rows than
/// [`MAX_ROWS`], counted before the CSV reader keeps a record (one line of fifty million
/// commas would be one record of fifty million fields): a cell ends at each delimiter and
/// line break outside quotes.
pub fn csv_within(text: &str, delimiter: u8) -> Result<(), String> {
    let (mut cells, mut line, mut rows, mut quoted) = (0u64, 1usize, 0u64, false);
    let limit = Limit::Csv.cells();
    for &b in text.as_bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' => {
                line += 1;
                cells += u64::from(!quoted);
                rows += u64::from(!quoted);
            }
            d if d == delimiter && !quoted => cells += 1,
            _ => {}
        }
        if cells > limit {
            return Err(msg::t().csv_too_large(line, limit));
        }
        if rows > MAX_ROWS {
            return Err(msg::t().csv_too_many_rows(line, MAX_ROWS));
        }
    }
    Ok(())
}

/// The filled block of a sheet, as rows and columns counted from 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extent {
    pub(super) first: Option<(u64, u64)>,
    pub(super) last: (u64, u64),
}

impl Extent {
    /// Adds the filled cells from `(row, col)` to `(row_end, col_end)`.
    pub fn add(&mut self, (row, col): (u64, u64), (row_end, col_end): (u64, u64)) {
        let first = self.first.get_or_insert((row, col));
        *first = (first.0.min(row), first.1.min(col));
        self.last = (self.last.0.max(row_end), self.last.1.max(col_end));
    }

    /// `(first row, first column, rows, columns)`, or `None` for a sheet with nothing in it.
    pub fn block(&self) -> Option<(u32, u32, usize, usize)> {
        let (r0, c0) = self.first?;
        Some((r0 as u32, c0 as u32, (self.last.0 - r0 + 1) as usize, (self.last.1 - c0 + 1) as usize))
    }

    fn cells(&self) -> u64 {
        self.first.map_or(0, |(r0, c0)| (self.last.0 - r0 + 1) * (self.last.1 - c0 + 1))
    }

    /// Refuses a block larger than the limit, naming its corners.
    pub fn within(&self, sheet: &str, limit: Limit) -> Result<(), String> {
        let cells = self.cells();
        match self.first {
            Some((r0, c0)) if cells > limit.cells() => Err(msg::t().sheet_too_large(
                sheet,
                &cell_name(r0, c0),
                &cell_name(self.last.0, self.last.1),
                cells,
                limit.cells(),
            )),
            Some((r0, _)) if self.last.0 - r0 + 1 > MAX_ROWS => {
                Err(msg::t().sheet_too_many_rows(sheet, r0 + 1, self.last.0 + 1, MAX_ROWS))
            }
            _ => Ok(()),
        }
    }
}

pub(super) fn cell_name(row: u64, col: u64) -> String {
    format!("{}{}", super::grid::column_letters(col as usize), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_is_counted_by_its_cells_before_it_is_read() {
        assert!(csv_within("a,b\n1,2\n", b',').is_ok());
        let wide = ",".repeat(Limit::Csv.cells() as usize + 5);
        let err = csv_within(&format!("Code,Title\n{wide}\n"), b',').unwrap_err();
        assert!(err.contains("line 2") && err.contains("7,000,000"), "{err}");
        let long = "\n".repeat(MAX_ROWS as usize + 1);
        let err = csv_within(&format!("Code,Title{long}"), b',').unwrap_err();
        assert!(err.contains("600,000 rows") && err.contains("line 600,002"), "{err}");
        // The product's own largest export: 200,001 lines of the template's 23 columns.
        let row = format!("{}\n", ["x"; 23].join(","));
        assert!(csv_within(&row.repeat(200_001), b',').is_ok());
        // Delimiters inside quotes are text, not cells.
        let quoted = format!("Code,Title\nA,\"{wide}\"\n");
        assert!(csv_within(&quoted, b',').is_ok());
    }

    #[test]
    fn a_block_is_measured_from_its_filled_corners() {
        let mut e = Extent::default();
        assert_eq!(e.block(), None);
        assert!(e.within("S", Limit::Xls).is_ok());
        e.add((2, 1), (2, 1));
        e.add((9, 4), (9, 4));
        assert_eq!(e.block(), Some((2, 1, 8, 4)));
        assert!(e.within("S", Limit::Xls).is_ok());
        e.add((1_048_575, 16_383), (1_048_575, 16_383));
        let err = e.within("Data", Limit::Xlsx).unwrap_err();
        assert!(err.contains("B3") && err.contains("XFD1048576"), "{err}");
        assert!(err.contains("7,000,000"), "{err}");
        let mut tall = Extent::default();
        tall.add((2, 0), (700_000, 3));
        let err = tall.within("Data", Limit::Csv).unwrap_err();
        assert!(err.contains("rows from 3 to 700,001") && err.contains("600,000"), "{err}");
        let mut wide = Extent::default();
        wide.add((0, 0), (1999, 3999));
        let err = wide.within("Data", Limit::Ods).unwrap_err();
        assert!(err.contains("A1") && err.contains("EWV2000") && err.contains("7,000,000"), "{err}");
    }
}

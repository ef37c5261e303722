//! How much a workbook may make the importer do, decided by what the file really holds and
//! never by what it claims. A 5 KB workbook can claim a sheet of seventeen billion cells (one
//! cell at `A1`, one at `XFD1048576`), a 300 KB one can unpack to 300 MB, and an ODS can
//! repeat a row a million times; each is refused before anything is allocated for it, with
//! the limit and the place where it was crossed.

use crate::messages as msg;
use quick_xml::events::{BytesStart, Event};
use std::io::{BufReader, Cursor, Read};

/// What a workbook's parts may unpack to, all together, counted while unpacking them (the
/// sizes a zip declares can lie).
pub const MAX_INFLATED: u64 = 128 * 1_048_576;

/// The block of cells a sheet may span: from its first filled row and column to its last
/// (that block is what the importer lays out), and the cells a CSV file may hold. Two million
/// is 65,536 rows of 30 columns, far beyond any council's sheet; at the limit an XLS, which
/// calamine lays out twice over, peaks near 300 MB (docs/benchmarks.md).
pub const MAX_SPAN: u64 = 2_000_000;

/// The most rows and columns a spreadsheet can have (Excel's; ODS uses the same).
const SHEET_ROWS: u64 = 1_048_576;
const SHEET_COLUMNS: u64 = 16_384;

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
        if total > MAX_INFLATED {
            return Err(msg::t().workbook_inflates(&name, MAX_INFLATED));
        }
    }
    Ok(())
}

/// Refuses CSV text holding more than [`MAX_SPAN`] cells, counted before the CSV reader
/// keeps a record (one line of fifty million commas would be one record of fifty million
/// fields): a cell ends at each delimiter and line break outside quotes.
pub fn csv_within(text: &str, delimiter: u8) -> Result<(), String> {
    let (mut cells, mut line, mut quoted) = (0u64, 1usize, false);
    for &b in text.as_bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' => {
                line += 1;
                cells += u64::from(!quoted);
            }
            d if d == delimiter && !quoted => cells += 1,
            _ => {}
        }
        if cells > MAX_SPAN {
            return Err(msg::t().csv_too_large(line, MAX_SPAN));
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

    /// Refuses a block larger than [`MAX_SPAN`], naming its corners.
    pub fn within(&self, sheet: &str) -> Result<(), String> {
        let cells = self.cells();
        match self.first {
            Some((r0, c0)) if cells > MAX_SPAN => Err(msg::t().sheet_too_large(
                sheet,
                &cell_name(r0, c0),
                &cell_name(self.last.0, self.last.1),
                cells,
                MAX_SPAN,
            )),
            _ => Ok(()),
        }
    }
}

pub(super) fn cell_name(row: u64, col: u64) -> String {
    format!("{}{}", super::grid::column_letters(col as usize), row + 1)
}

/// An ODS spreadsheet's sheets, measured from its `content.xml` as calamine would lay them
/// out (a repeated row or cell is as many rows or cells), before calamine reads it: calamine
/// reads every sheet when it opens the file and lays out each sheet's whole block.
pub fn ods_within(bytes: &[u8]) -> Result<(), String> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    let Ok(content) = zip.by_name("content.xml") else { return Ok(()) };
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content.take(MAX_INFLATED)));
    let mut buf = Vec::new();
    let mut sheet = OdsSheet::default();
    loop {
        let event = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break, // calamine reports a damaged file
            Ok(e) => e,
        };
        let opens = matches!(event, Event::Start(_));
        match event {
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                sheet = OdsSheet { name: attr(&e, "table:name").unwrap_or_default(), ..OdsSheet::default() };
            }
            Event::End(e) if e.name().as_ref() == "table:table" => sheet.extent.within(&sheet.name)?,
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                sheet.row_repeats = number(&e, "table:number-rows-repeated");
                sheet.col = 0;
                sheet.row_filled = None;
            }
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                sheet.row += number(&e, "table:number-rows-repeated");
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => sheet.end_row()?,
            Event::Start(e) | Event::Empty(e)
                if matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") =>
            {
                // A cell with content (a value or text) is filled; calamine reads a cell that
                // only opens and closes as empty, and so does this.
                let filled = opens || attr(&e, "office:value-type").is_some();
                let repeats = number(&e, "table:number-columns-repeated");
                if filled {
                    let (first, _) = sheet.row_filled.unwrap_or((sheet.col, 0));
                    sheet.row_filled = Some((first, (sheet.col + repeats - 1).min(SHEET_COLUMNS - 1)));
                }
                sheet.col = (sheet.col + repeats).min(SHEET_COLUMNS);
            }
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

#[derive(Default)]
struct OdsSheet {
    name: String,
    extent: Extent,
    /// The next row's index, and the current row's repeat count.
    row: u64,
    row_repeats: u64,
    /// The next cell's column, and the current row's first and last filled columns.
    col: u64,
    row_filled: Option<(u64, u64)>,
    /// Cells calamine keeps before laying the sheet out: each row element's cells up to its
    /// last filled one, once (its repeats come later, in the block).
    kept: u64,
}

impl OdsSheet {
    fn end_row(&mut self) -> Result<(), String> {
        let repeats = self.row_repeats.min(SHEET_ROWS.saturating_sub(self.row)).max(1);
        if let Some((first, last)) = self.row_filled {
            self.extent.add((self.row, first), ((self.row + repeats - 1).min(SHEET_ROWS - 1), last));
            self.kept += last + 1;
            if self.kept > MAX_SPAN {
                // The row elements' cells alone, before any repeat, pass the limit.
                let first = self.extent.first.map_or((0, 0), |f| f);
                return Err(msg::t().sheet_too_large(
                    &self.name,
                    &cell_name(first.0, first.1),
                    &cell_name(self.row, last),
                    self.kept,
                    MAX_SPAN,
                ));
            }
            self.extent.within(&self.name)?;
        }
        self.row += repeats;
        Ok(())
    }
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.try_get_attribute(name).ok().flatten().map(|a| a.value.into_owned())
}

/// A repeat count; 1 where none is given or it is not a number.
fn number(e: &BytesStart, name: &str) -> u64 {
    attr(e, name).and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_is_counted_by_its_cells_before_it_is_read() {
        assert!(csv_within("a,b\n1,2\n", b',').is_ok());
        let wide = ",".repeat(MAX_SPAN as usize + 5);
        let err = csv_within(&format!("Code,Title\n{wide}\n"), b',').unwrap_err();
        assert!(err.contains("line 2") && err.contains("2,000,000"), "{err}");
        // Delimiters inside quotes are text, not cells.
        let quoted = format!("Code,Title\nA,\"{wide}\"\n");
        assert!(csv_within(&quoted, b',').is_ok());
    }

    #[test]
    fn a_block_is_measured_from_its_filled_corners() {
        let mut e = Extent::default();
        assert_eq!(e.block(), None);
        assert!(e.within("S").is_ok());
        e.add((2, 1), (2, 1));
        e.add((9, 4), (9, 4));
        assert_eq!(e.block(), Some((2, 1, 8, 4)));
        assert!(e.within("S").is_ok());
        e.add((1_048_575, 16_383), (1_048_575, 16_383));
        let err = e.within("Data").unwrap_err();
        assert!(err.contains("B3") && err.contains("XFD1048576"), "{err}");
        assert!(err.contains("2,000,000"), "{err}");
    }
}

//! Bytes → sheets. The kind of file is decided from its bytes, never its name: a zip is a
//! workbook (XLSX, XLSM, ODS), an OLE container is an old Excel file (XLS) or a workbook
//! locked with a password, anything else is CSV text.

use super::bounds;
use super::grid::{Cell, Sheet};
use crate::messages as msg;
use calamine::{Data, DataType, Reader};
use std::io::Cursor;

/// Files up to this size import; larger ones are refused before reading.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// What kind of file it was, for the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Csv,
    Xlsx,
    Xls,
    Ods,
}

pub fn read(bytes: &[u8]) -> Result<(FileKind, Vec<Sheet>), String> {
    if bytes.len() > MAX_BYTES {
        return Err(msg::t().import_too_large(bytes.len(), MAX_BYTES));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        bounds::inflates_within(bytes)?;
        return workbook(bytes);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return old_excel(bytes);
    }
    Ok((FileKind::Csv, vec![csv(bytes)?]))
}

fn workbook(bytes: &[u8]) -> Result<(FileKind, Vec<Sheet>), String> {
    match calamine::open_workbook_from_rs::<calamine::Xlsx<_>, _>(Cursor::new(bytes)) {
        Ok(mut book) => {
            let names = book.sheet_names();
            let sheets = names.iter().map(|name| xlsx_sheet(&mut book, name)).collect::<Result<_, _>>()?;
            Ok((FileKind::Xlsx, sheets))
        }
        Err(calamine::XlsxError::Password) => Err(msg::t().password_protected()),
        Err(xlsx_error) => match super::ods::read(bytes) {
            Some(sheets) => Ok((FileKind::Ods, sheets?)),
            None => Err(msg::t().workbook_unreadable(&xlsx_error.to_string())),
        },
    }
}

/// An XLSX sheet, read cell by cell in two passes: the first finds the block its filled cells
/// span, keeping nothing, so a sheet too large is refused before anything is laid out; the
/// second fills that block. (calamine's `worksheet_range` would lay out the block from the
/// first cell to the last, however far apart, before anything could be checked.)
fn xlsx_sheet<RS: std::io::Read + std::io::Seek>(
    book: &mut calamine::Xlsx<RS>,
    name: &str,
) -> Result<Sheet, String> {
    let unreadable = |e: calamine::XlsxError| msg::t().sheet_unreadable(name, &e.to_string());
    let mut extent = bounds::Extent::default();
    {
        let mut cells = book.worksheet_cells_reader(name).map_err(unreadable)?;
        while let Some(cell) = cells.next_cell().map_err(unreadable)? {
            if !cell.get_value().is_empty() {
                let (r, c) = cell.get_position();
                extent.add((r.into(), c.into()), (r.into(), c.into()));
            }
        }
    }
    extent.within(name, bounds::Limit::Xlsx)?;
    let Some((row0, col0, height, width)) = extent.block() else {
        return Ok(Sheet {
            name: name.to_string(),
            csv: false,
            rows: Vec::new(),
            row_numbers: Vec::new(),
            first_column: 0,
        });
    };
    let styles = book.worksheet_style(name).ok();
    let format = |row: u32, col: u32| {
        styles
            .as_ref()
            .and_then(|s| s.get((row, col)))
            .and_then(|s| s.number_format.as_ref())
            .map(|f| f.format_code.clone())
    };
    let mut rows = vec![vec![Cell::Empty; width]; height];
    let mut cells = book.worksheet_cells_reader(name).map_err(unreadable)?;
    while let Some(cell) = cells.next_cell().map_err(unreadable)? {
        let (r, c) = cell.get_position();
        let slot = r
            .checked_sub(row0)
            .zip(c.checked_sub(col0))
            .and_then(|(i, j)| rows.get_mut(i as usize)?.get_mut(j as usize));
        if let (Some(slot), false) = (slot, cell.get_value().is_empty()) {
            *slot = cell_of(&Data::from(cell.get_value().clone()), || format(r, c));
        }
    }
    let row_numbers = (0..height).map(|i| row0 as usize + i + 1).collect();
    Ok(Sheet { name: name.to_string(), csv: false, rows, row_numbers, first_column: col0 as usize })
}

/// Every sheet of a workbook calamine lays out itself (XLS), with the format code of a cell by
/// the sheet's place in the workbook and the cell's row and column, where known.
fn plain_sheets<RS: std::io::Read + std::io::Seek, R>(
    book: &mut R,
    format: &dyn Fn(usize, u32, u32) -> Option<String>,
) -> Result<Vec<Sheet>, String>
where
    R: Reader<RS>,
    R::Error: std::fmt::Display,
{
    book.sheet_names()
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let range =
                book.worksheet_range(&name).map_err(|e| msg::t().sheet_unreadable(&name, &e.to_string()))?;
            Ok(sheet_of(&name, &range, &|r, c| format(i, r, c)))
        })
        .collect()
}

fn old_excel(bytes: &[u8]) -> Result<(FileKind, Vec<Sheet>), String> {
    // An XLSX saved with a password is an encrypted package inside an OLE container.
    let encrypted: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    if bytes.windows(encrypted.len()).any(|w| w == encrypted.as_slice()) {
        return Err(msg::t().password_protected());
    }
    let (bytes, formats) = super::biff::xls_within(bytes)?;
    match calamine::open_workbook_from_rs::<calamine::Xls<_>, _>(Cursor::new(bytes)) {
        Ok(mut book) => Ok((FileKind::Xls, plain_sheets(&mut book, &|s, r, c| formats.get(s, r, c))?)),
        // An XLSX saved with a password is an encrypted OLE container, not a zip.
        Err(calamine::XlsError::Password) => Err(msg::t().password_protected()),
        Err(e) => {
            let text = e.to_string();
            if text.to_lowercase().contains("encrypt") || text.to_lowercase().contains("password") {
                Err(msg::t().password_protected())
            } else {
                Err(msg::t().workbook_unreadable(&text))
            }
        }
    }
}

fn sheet_of(name: &str, range: &calamine::Range<Data>, format: &dyn Fn(u32, u32) -> Option<String>) -> Sheet {
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::with_capacity(range.height());
    let mut row_numbers = Vec::with_capacity(range.height());
    for (r, row) in range.rows().enumerate() {
        let abs_row = row0 + r as u32;
        rows.push(
            row.iter()
                .enumerate()
                .map(|(c, d)| cell_of(d, || format(abs_row, col0 + c as u32)))
                .collect::<Vec<_>>(),
        );
        row_numbers.push(abs_row as usize + 1);
    }
    Sheet { name: name.to_string(), csv: false, rows, row_numbers, first_column: col0 as usize }
}

fn cell_of(d: &Data, format: impl Fn() -> Option<String>) -> Cell {
    let number = |v: f64| {
        let code = format().unwrap_or_default();
        Cell::number(v, code.contains('%'), code.contains('£') || code.contains("[$£"))
    };
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::text_of(s),
        Data::Int(i) => number(*i as f64),
        Data::Float(f) => number(*f),
        Data::Bool(b) => Cell::text_of(if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(dt) => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Cell::Date { year: y as i32, month: m, day: d }
        }
        Data::DateTimeIso(s) => Cell::iso_date(s),
        Data::DurationIso(s) => Cell::text_of(s),
        Data::Error(e) => Cell::Error(Box::new(e.to_string())),
    }
}

/// CSV text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; the delimiter
/// found from the first lines.
fn csv(bytes: &[u8]) -> Result<Sheet, String> {
    // Borrowed where the bytes are UTF-8 already: a copy of a large file costs fresh memory.
    use std::borrow::Cow;
    let text: Cow<str> = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        match std::str::from_utf8(rest) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) => encoding_rs::WINDOWS_1252.decode(rest).0,
        }
    } else if bytes.starts_with(b"\xFF\xFE") {
        encoding_rs::UTF_16LE.decode_with_bom_removal(&bytes[2..]).0
    } else if bytes.starts_with(b"\xFE\xFF") {
        encoding_rs::UTF_16BE.decode_with_bom_removal(&bytes[2..]).0
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            // A council CSV saved from Excel is often Windows-1252 (£ is byte 0xA3).
            Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0,
        }
    };
    if text.contains('\0') {
        return Err(msg::t().not_a_spreadsheet());
    }
    let delimiter = delimiter(&text);
    bounds::csv_within(&text, delimiter)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut row_numbers = Vec::new();
    let mut record = csv::StringRecord::new();
    // A long sheet repeats an indicator's settings on each of its rows, which are usually
    // together: a cell equal to the one above it shares its text.
    loop {
        let line = reader.position().line() as usize;
        match reader.read_record(&mut record) {
            Ok(true) => {
                let above: &[Cell] = rows.last().map_or(&[], |r: &Vec<Cell>| r.as_slice());
                let mut row = Vec::with_capacity(record.len());
                for (i, s) in record.iter().enumerate() {
                    if s.trim().is_empty() {
                        row.push(Cell::Empty);
                        continue;
                    }
                    // Formula-like text our own CSVs defused with an apostrophe.
                    let s = crate::csv_text::undefused(s);
                    row.push(above.get(i).map_or_else(|| Cell::text_of(s), |a| a.same_text_or(s)));
                }
                rows.push(row);
                row_numbers.push(line);
            }
            Ok(false) => break,
            Err(e) => return Err(msg::t().csv_unreadable(&e.to_string())),
        }
    }
    Ok(Sheet { name: "CSV".into(), csv: true, rows, row_numbers, first_column: 0 })
}

/// The delimiter that splits the first lines most consistently into several fields.
fn delimiter(text: &str) -> u8 {
    // The first 30 lines, within the first 64 KB: a line can be as long as the file.
    let mut end = text.len().min(64 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample: String = text[..end].lines().take(30).collect::<Vec<_>>().join("\n");
    let mut best = (b',', 0usize);
    for d in [b',', b';', b'\t', b'|'] {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(d)
            .from_reader(sample.as_bytes());
        let counts: Vec<usize> = reader.records().filter_map(Result::ok).map(|r| r.len()).collect();
        let Some(&most) = counts.iter().max() else { continue };
        if most < 2 {
            continue;
        }
        // Rows that have the widest count: a header and its data rows agree.
        let agreeing = counts.iter().filter(|&&n| n == most).count();
        let score = agreeing * most;
        if score > best.1 {
            best = (d, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &Sheet) -> Vec<Vec<String>> {
        s.rows.iter().map(|r| r.iter().map(Cell::text).collect()).collect()
    }

    /// An ODS as LibreOffice writes it: a table, then every remaining row and column of the
    /// sheet as repeated empty cells, which must not count as filled.
    fn ods(rows: &str) -> Vec<u8> {
        use std::io::Write;
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="PIs"><table:table-column table:number-columns-repeated="1024"/>{rows}<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#
        );
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored =
            zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
        zip.start_file("META-INF/manifest.xml", zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>"#).unwrap();
        zip.finish().unwrap().into_inner()
    }

    fn cell(v: &str) -> String {
        match v.parse::<f64>() {
            Ok(_) => format!(
                r#"<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>"#
            ),
            Err(_) => format!(
                r#"<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>"#
            ),
        }
    }

    #[test]
    fn an_ods_is_read_by_what_it_holds_and_its_trailing_empty_rows_are_not_cells() {
        let rows: String = [["Code", "Value"], ["A1", "5"], ["B2", "7"]]
            .iter()
            .map(|r| format!("<table:table-row>{}{}<table:table-cell table:number-columns-repeated=\"1022\"/></table:table-row>", cell(r[0]), cell(r[1])))
            .collect();
        let (kind, sheets) = read(&ods(&rows)).unwrap();
        assert_eq!(kind, FileKind::Ods);
        assert_eq!(texts(&sheets[0]), [["Code", "Value"], ["A1", "5"], ["B2", "7"]]);
        // The same table with one value repeated over a whole row, on a million rows.
        let hostile = format!(
            "{rows}<table:table-row table:number-rows-repeated=\"1000000\">{}</table:table-row>",
            cell("1")
                .replace("<table:table-cell ", "<table:table-cell table:number-columns-repeated=\"16384\" ")
        );
        let err = read(&ods(&hostile)).unwrap_err();
        assert!(err.contains("\"PIs\" has cells from A1 to XFD1000003"), "{err}");
    }

    #[test]
    fn delimiters_are_found() {
        for (text, d) in
            [("a,b,c\n1,2,3\n", ","), ("a;b;c\n1;2,5;3\n", ";"), ("a\tb\n1\t2\n", "\t"), ("a|b\n1|2\n", "|")]
        {
            let (_, sheets) = read(text.as_bytes()).unwrap();
            assert_eq!(sheets[0].rows[0].len(), text.lines().next().unwrap().split(d).count(), "{text:?}");
        }
    }

    #[test]
    fn encodings_are_decoded() {
        let cp1252 = b"Code,Cost\nA1,\xA31,234\n";
        let (_, s) = read(cp1252).unwrap();
        assert_eq!(texts(&s[0])[1], ["A1", "£1", "234"]);
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "Code,Value\nA,£5\n".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let (_, s) = read(&utf16).unwrap();
        assert_eq!(texts(&s[0])[1], ["A", "£5"]);
        let (_, s) = read("\u{feff}Code,Value\nA,1\n".as_bytes()).unwrap();
        assert_eq!(texts(&s[0])[0], ["Code", "Value"]);
    }

    #[test]
    fn quoted_line_breaks_keep_the_line_numbers_right() {
        let (_, s) = read(b"Code,Note\nA,\"two\nlines\"\nB,x\n").unwrap();
        assert_eq!(s[0].row_numbers, [1, 2, 4]);
        assert_eq!(s[0].at(2, 1, "Note"), "row 4, column \"Note\"");
    }

    #[test]
    fn too_big_is_refused_before_reading() {
        let big = vec![b'a'; MAX_BYTES + 1];
        assert!(read(&big).unwrap_err().contains("50 MB"));
    }
}

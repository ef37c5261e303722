//! An OpenDocument spreadsheet read by ourselves, streamed from its `content.xml` twice: the
//! first pass measures each sheet's filled block as it would be laid out (a repeated row or
//! cell is as many rows or cells) and refuses one too large before anything is kept; the
//! second fills that block with 16-byte cells. (calamine lays out every sheet as it opens the
//! file, at about 100 bytes a cell with its formulas, so the product's own 200,000-row
//! exports did not fit.) Reading ourselves also keeps what ODS says of a value: a percentage
//! is the percentage people see, and money is money.

use super::bounds::{self, Extent, Limit};
use super::grid::{Cell, Sheet};
use crate::messages as msg;
use quick_xml::events::{BytesStart, Event};
use std::io::{BufRead, BufReader, Cursor, Read};

/// The most rows and columns a spreadsheet can have (Excel's; ODS uses the same).
const SHEET_ROWS: u64 = 1_048_576;
const SHEET_COLUMNS: u64 = 16_384;
/// The most bytes kept of one cell's text (Excel's limit of 32,767 characters, at up to four
/// bytes each): a cell cannot claim more by `<text:s text:c="4000000000"/>`.
const CELL_BYTES: usize = 4 * 32_767;

/// The sheets of an ODS, or `None` when the zip is not one (it has no `content.xml`).
pub fn read(bytes: &[u8]) -> Option<Result<Vec<Sheet>, String>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    zip.by_name("content.xml").ok()?;
    // Streamed each time, never held whole: the part may unpack to 128 MB.
    let mut pass = |visit: &mut dyn FnMut(Step) -> Result<(), String>| {
        let part = zip.by_name("content.xml").map_err(|e| msg::t().workbook_unreadable(&e.to_string()))?;
        walk(BufReader::new(part.take(bounds::MAX_INFLATED)), visit)
    };
    let mut measured = Vec::new();
    let sheets = pass(&mut |step| measure(&mut measured, step)).and_then(|()| {
        let mut sheets: Vec<Sheet> =
            measured.into_iter().map(|(name, extent)| laid_out(name, &extent)).collect();
        let mut at = 0usize;
        pass(&mut |step| fill(&mut sheets, &mut at, step))?;
        Ok(sheets)
    });
    Some(sheets)
}

/// What the walk meets, in order.
enum Step<'a> {
    Table(String),
    TableEnd,
    /// A row element: its first row's index, how many rows it stands for, and its filled
    /// cells as (column, how many columns, content).
    Row {
        index: u64,
        repeats: u64,
        cells: &'a [(u64, u64, Cell)],
    },
}

fn measure(sheets: &mut Vec<(String, Extent)>, step: Step) -> Result<(), String> {
    match step {
        Step::Table(name) => sheets.push((name, Extent::default())),
        Step::TableEnd => {}
        Step::Row { index, repeats, cells } => {
            let Some((name, extent)) = sheets.last_mut() else { return Ok(()) };
            let (Some(first), Some(last)) = (cells.first(), cells.last()) else { return Ok(()) };
            let last_col = (last.0 + last.1 - 1).min(SHEET_COLUMNS - 1);
            extent.add((index, first.0), ((index + repeats - 1).min(SHEET_ROWS - 1), last_col));
            extent.within(name, Limit::Ods)?;
        }
    }
    Ok(())
}

fn laid_out(name: String, extent: &Extent) -> Sheet {
    let (row0, col0, height, width) = extent.block().unwrap_or((0, 0, 0, 0));
    Sheet {
        name,
        csv: false,
        rows: vec![vec![Cell::Empty; width]; height],
        row_numbers: (0..height).map(|i| row0 as usize + i + 1).collect(),
        first_column: col0 as usize,
    }
}

fn fill(sheets: &mut [Sheet], at: &mut usize, step: Step) -> Result<(), String> {
    match step {
        Step::Table(_) => {}
        Step::TableEnd => *at += 1,
        Step::Row { index, repeats, cells } => {
            let Some(sheet) = sheets.get_mut(*at) else { return Ok(()) };
            let (Some(&row0), col0) = (sheet.row_numbers.first(), sheet.first_column as u64) else {
                return Ok(());
            };
            let first = index.saturating_sub(row0 as u64 - 1);
            for r in first..(first + repeats).min(sheet.rows.len() as u64) {
                let row = &mut sheet.rows[r as usize];
                for (col, n, cell) in cells {
                    for c in col.saturating_sub(col0)..(col + n).saturating_sub(col0).min(row.len() as u64) {
                        row[c as usize] = cell.clone();
                    }
                }
            }
        }
    }
    Ok(())
}

/// Reads `content.xml` once, handing each table and row to `visit`. A row's filled cells are
/// kept only until it ends: at most one entry per column, whatever the row repeats.
fn walk(xml: impl BufRead, visit: &mut dyn FnMut(Step) -> Result<(), String>) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let (mut row, mut row_repeats, mut col) = (0u64, 1u64, 0u64);
    let mut cells: Vec<(u64, u64, Cell)> = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(unreadable)?.into_owned();
        buf.clear();
        match event {
            Event::Eof => break,
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                (row, col) = (0, 0);
                visit(Step::Table(attr(&e, "table:name").unwrap_or_default()))?;
            }
            Event::End(e) if e.name().as_ref() == "table:table" => visit(Step::TableEnd)?,
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                row_repeats =
                    number(&e, "table:number-rows-repeated").min(SHEET_ROWS.saturating_sub(row)).max(1);
                col = 0;
                cells.clear();
            }
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                row = row.saturating_add(number(&e, "table:number-rows-repeated"));
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if row < SHEET_ROWS {
                    visit(Step::Row { index: row, repeats: row_repeats, cells: &cells })?;
                }
                row = row.saturating_add(row_repeats);
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") =>
            {
                let text = match event {
                    Event::Start(_) => text_to_end(&mut reader, &mut buf)?,
                    _ => String::new(),
                };
                let repeats =
                    number(e, "table:number-columns-repeated").min(SHEET_COLUMNS.saturating_sub(col));
                let cell = value(e, text);
                if col < SHEET_COLUMNS && !cell.is_empty() {
                    cells.push((col, repeats, cell));
                }
                col = (col + repeats).min(SHEET_COLUMNS);
            }
            _ => {}
        }
    }
    Ok(())
}

fn unreadable(e: quick_xml::Error) -> String {
    msg::t().workbook_unreadable(&e.to_string())
}

/// A cell's text, read up to the cell's end: paragraphs joined by line breaks, `<text:s/>` as
/// its spaces, comments and notes left out.
fn text_to_end<R: BufRead>(reader: &mut quick_xml::Reader<R>, buf: &mut Vec<u8>) -> Result<String, String> {
    let mut text = String::new();
    let (mut depth, mut paragraphs) = (0usize, 0usize);
    // The depth at which a comment or note began; its text is not the cell's.
    let mut aside: Option<usize> = None;
    let push = |text: &mut String, s: &str| {
        let room = CELL_BYTES.saturating_sub(text.len());
        let mut end = s.len().min(room);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        text.push_str(&s[..end]);
    };
    loop {
        let event = reader.read_event_into(buf).map_err(unreadable)?;
        let paragraph = |name: &str| matches!(name, "text:p" | "text:h");
        match &event {
            Event::Eof => break,
            Event::Start(s) => {
                depth += 1;
                if aside.is_none() && matches!(s.name().as_ref(), "office:annotation" | "text:note") {
                    aside = Some(depth);
                } else if aside.is_none() && paragraph(s.name().as_ref()) {
                    push(&mut text, if paragraphs > 0 { "\n" } else { "" });
                    paragraphs += 1;
                }
            }
            Event::End(_) if depth == 0 => break,
            Event::End(_) => {
                if aside == Some(depth) {
                    aside = None;
                }
                depth -= 1;
            }
            _ if aside.is_some() => {}
            Event::Empty(s) => match s.name().as_ref() {
                "text:s" => {
                    let n = (number(s, "text:c") as usize).min(CELL_BYTES.saturating_sub(text.len()));
                    push(&mut text, &" ".repeat(n));
                }
                "text:tab" => push(&mut text, "\t"),
                "text:line-break" => push(&mut text, "\n"),
                name if paragraph(name) => {
                    push(&mut text, if paragraphs > 0 { "\n" } else { "" });
                    paragraphs += 1;
                }
                _ => {}
            },
            Event::Text(t) => push(&mut text, &t.xml10_content()),
            Event::CData(t) => push(&mut text, t),
            Event::GeneralRef(r) => {
                let known = quick_xml::escape::resolve_xml_entity(r);
                match (known, r.resolve_char_ref()) {
                    (Some(s), _) => push(&mut text, s),
                    (None, Ok(Some(c))) => push(&mut text, c.encode_utf8(&mut [0; 4])),
                    _ => {}
                }
            }
            _ => {}
        }
        buf.clear();
    }
    buf.clear();
    Ok(text)
}

/// A cell's content by what ODS says it is (`office:value-type`), else its text.
fn value(e: &BytesStart, text: String) -> Cell {
    let text_cell = |text: &str| if text.is_empty() { Cell::Empty } else { Cell::text_of(text) };
    if attr(e, "calcext:value-type").as_deref() == Some("error") && !text.is_empty() {
        return Cell::Error(Box::new(text));
    }
    match attr(e, "office:value-type").as_deref() {
        Some(kind @ ("float" | "percentage" | "currency")) => {
            match attr(e, "office:value").and_then(|v| v.trim().parse::<f64>().ok()) {
                Some(v) => {
                    let money = kind == "currency" && attr(e, "office:currency").is_none_or(|c| c == "GBP");
                    Cell::number(v, kind == "percentage", money)
                }
                None => text_cell(&text),
            }
        }
        Some("date") => match Cell::iso_date(&attr(e, "office:date-value").unwrap_or_default()) {
            date @ Cell::Date { .. } => date,
            _ => text_cell(&text),
        },
        Some("boolean") => match attr(e, "office:boolean-value").as_deref() {
            Some("true") => Cell::text_of("TRUE"),
            Some("false") => Cell::text_of("FALSE"),
            _ => text_cell(&text),
        },
        _ => text_cell(&text),
    }
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    let a = e.try_get_attribute(name).ok().flatten()?;
    let value = a.normalized_value(quick_xml::XmlVersion::Implicit1_0);
    Some(value.map_or_else(|_| a.value.to_string(), |v| v.into_owned()))
}

/// A repeat count; 1 where none is given or it is not a number.
fn number(e: &BytesStart, name: &str) -> u64 {
    attr(e, name).and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::template::{Out, OutSheet};

    fn book(table: &str) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("content.xml", options).unwrap();
        let xml = format!(
            r#"<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x" xmlns:calcext="c"><office:body><office:spreadsheet>{table}</office:spreadsheet></office:body></office:document-content>"#
        );
        zip.write_all(xml.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn text_comes_back_as_it_was_written() {
        let awkward = ["  two  spaces", "a\nb", "tab\there", "<&>\"'", "Gwasanaethau Ŵyr", "trailing "];
        let sheet = OutSheet {
            name: "Notes & <more>",
            headers: vec!["Text", "Number"],
            rows: awkward
                .iter()
                .map(|t| vec![Out::Text(t.to_string()), Out::Empty, Out::Number(-0.125)])
                .collect(),
            lists: vec![(0, vec!["a", "b"])],
            widths: vec![10.0, 10.0],
        };
        let bytes = crate::import::template::write_ods(&[sheet]);
        let sheets = read(&bytes).unwrap().unwrap();
        assert_eq!(sheets[0].name, "Notes & <more>");
        for (row, want) in sheets[0].rows[1..].iter().zip(awkward) {
            assert_eq!(row[0].as_str(), Some(want));
            assert_eq!(row[1], Cell::Empty);
            assert_eq!(row[2], Cell::Number { value: -0.125, percent: false, currency: false });
        }
    }

    #[test]
    fn values_are_read_by_their_type_and_comments_are_not_text() {
        let table = r#"<table:table table:name="PIs"><table:table-row>
            <table:table-cell office:value-type="percentage" office:value="0.925"><text:p>92.5%</text:p></table:table-cell>
            <table:table-cell office:value-type="currency" office:currency="GBP" office:value="12.5"><text:p>£12.50</text:p></table:table-cell>
            <table:table-cell office:value-type="date" office:date-value="2023-09-30T00:00:00"><text:p>30/09/23</text:p></table:table-cell>
            <table:table-cell office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>
            <table:table-cell office:value-type="string"><office:annotation><text:p>checked by JS</text:p></office:annotation><text:p>Late<text:s text:c="2"/>&amp; <text:span>over</text:span></text:p><text:p>budget</text:p></table:table-cell>
            <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
        </table:table-row></table:table>"#;
        let sheets = read(&book(table)).unwrap().unwrap();
        let row = &sheets[0].rows[0];
        assert_eq!(row[0], Cell::Number { value: 92.5, percent: true, currency: false });
        assert_eq!(row[1], Cell::Number { value: 12.5, percent: false, currency: true });
        assert_eq!(row[2], Cell::Date { year: 2023, month: 9, day: 30 });
        assert_eq!(row[3], Cell::Error(Box::new("#DIV/0!".into())));
        assert_eq!(row[4].as_str(), Some("Late  & over\nbudget"));
        assert_eq!(row[5].as_str(), Some("TRUE"));
    }

    #[test]
    fn repeated_rows_and_cells_are_laid_out_and_a_sheet_starts_at_its_first_filled_cell() {
        let cell = |v: &str| {
            format!(r#"<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>"#)
        };
        let table = format!(
            r#"<table:table table:name="S"><table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/></table:table-row><table:table-row><table:table-cell/>{}{}</table:table-row><table:table-row table:number-rows-repeated="2"><table:table-cell/>{}</table:table-row><table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>"#,
            cell("Code"),
            cell("Value"),
            cell("A1")
                .replace("<table:table-cell ", r#"<table:table-cell table:number-columns-repeated="2" "#)
        );
        let sheets = read(&book(&table)).unwrap().unwrap();
        let texts: Vec<Vec<String>> =
            sheets[0].rows.iter().map(|r| r.iter().map(Cell::text).collect()).collect();
        assert_eq!(texts, [["Code", "Value"], ["A1", "A1"], ["A1", "A1"]]);
        assert_eq!((sheets[0].row_numbers.clone(), sheets[0].first_column), (vec![3, 4, 5], 1));
    }

    #[test]
    fn a_zip_without_content_is_not_an_ods_and_a_damaged_one_says_so() {
        assert!(read(b"not a zip").is_none());
        let err = read(&book("<table:table table:name=\"S\"><table:table-row></table:table>"))
            .unwrap()
            .unwrap_err();
        assert!(!err.is_empty());
    }
}

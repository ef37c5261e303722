//! The template as an OpenDocument spreadsheet, for councils on LibreOffice: the same sheets
//! as the XLSX, header rows bold (and repeated when printed), widths that fit, and the same
//! drop-down lists on the rows written. Written directly: a zip of four small XML parts.

use super::{Out, OutSheet};
use crate::messages as msg;
use std::fmt::Write as _;
use std::io::Write as _;

const NAMESPACES: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2""#;

const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

pub fn write(sheets: &[OutSheet]) -> Result<Vec<u8>, String> {
    let content = content(sheets);
    let styles = format!(r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NAMESPACES}/>"#);
    let fail = |e: &dyn std::fmt::Display| msg::t().template_failed(&e.to_string());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // The media type first and stored, so a reader knows the file by its first bytes.
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let packed =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let parts: [(&str, &[u8], _); 4] = [
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", stored),
        ("META-INF/manifest.xml", MANIFEST.as_bytes(), packed),
        ("styles.xml", styles.as_bytes(), packed),
        ("content.xml", content.as_bytes(), packed),
    ];
    for (name, bytes, options) in parts {
        zip.start_file(name, options).map_err(|e| fail(&e))?;
        zip.write_all(bytes).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}

fn content(sheets: &[OutSheet]) -> String {
    let mut x = format!(r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES}>"#);
    x.push_str(r#"<office:automatic-styles><style:style style:name="head" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>"#);
    for (s, sheet) in sheets.iter().enumerate() {
        for (c, w) in sheet.widths.iter().enumerate() {
            // A width in characters, as the XLSX gives it; about 0.19 cm a character.
            let _ = write!(
                x,
                r#"<style:style style:name="w{s}-{c}" style:family="table-column"><style:table-column-properties style:column-width="{:.2}cm"/></style:style>"#,
                w * 0.19
            );
        }
    }
    x.push_str("</office:automatic-styles><office:body><office:spreadsheet>");
    validations(&mut x, sheets);
    for (s, sheet) in sheets.iter().enumerate() {
        table(&mut x, s, sheet);
    }
    x.push_str("</office:spreadsheet></office:body></office:document-content>");
    x
}

/// One drop-down list per sheet and column, named `v{sheet}-{column}`.
fn validations(x: &mut String, sheets: &[OutSheet]) {
    if sheets.iter().all(|s| s.lists.is_empty()) {
        return;
    }
    x.push_str("<table:content-validations>");
    for (s, sheet) in sheets.iter().enumerate() {
        for (col, list) in &sheet.lists {
            let words: Vec<String> = list.iter().map(|w| format!("&quot;{}&quot;", escape(w))).collect();
            let _ = write!(
                x,
                r#"<table:content-validation table:name="v{s}-{col}" table:condition="of:cell-content-is-in-list({})" table:allow-empty-cell="true" table:display-list="unsorted"/>"#,
                words.join(";")
            );
        }
    }
    x.push_str("</table:content-validations>");
}

fn table(x: &mut String, s: usize, sheet: &OutSheet) {
    let wrap = sheet.name == super::README;
    let _ = write!(x, r#"<table:table table:name="{}">"#, escape(sheet.name));
    for c in 0..sheet.widths.len() {
        let _ = write!(x, r#"<table:table-column table:style-name="w{s}-{c}"/>"#);
    }
    x.push_str("<table:table-header-rows><table:table-row>");
    for h in &sheet.headers {
        x.push_str(r#"<table:table-cell table:style-name="head" office:value-type="string">"#);
        paragraph(x, h);
        x.push_str("</table:table-cell>");
    }
    x.push_str("</table:table-row></table:table-header-rows>");
    for row in &sheet.rows {
        x.push_str("<table:table-row>");
        // Trailing empty cells are not written; a run of empty ones is one element.
        let used = row.iter().rposition(|c| *c != Out::Empty).map_or(0, |i| i + 1);
        let mut empty = 0;
        for (c, cell) in row[..used].iter().enumerate() {
            if *cell == Out::Empty {
                empty += 1;
                continue;
            }
            empty_cells(x, &mut empty);
            x.push_str("<table:table-cell");
            if sheet.lists.iter().any(|(col, _)| *col == c) {
                let _ = write!(x, r#" table:content-validation-name="v{s}-{c}""#);
            }
            if wrap {
                x.push_str(r#" table:style-name="wrap""#);
            }
            match cell {
                Out::Number(n) => {
                    let n = crate::decimal::shortest(*n);
                    let _ = write!(x, r#" office:value-type="float" office:value="{n}">"#);
                    paragraph(x, &n);
                }
                Out::Text(t) => {
                    x.push_str(r#" office:value-type="string">"#);
                    paragraph(x, t);
                }
                Out::Empty => {}
            }
            x.push_str("</table:table-cell>");
        }
        x.push_str("</table:table-row>");
    }
    x.push_str("</table:table>");
}

fn empty_cells(x: &mut String, n: &mut usize) {
    match *n {
        0 => {}
        1 => x.push_str("<table:table-cell/>"),
        n => {
            let _ = write!(x, r#"<table:table-cell table:number-columns-repeated="{n}"/>"#);
        }
    }
    *n = 0;
}

/// Text as ODF keeps it: a paragraph per line, and spaces a reader would otherwise collapse
/// (a second space in a row, one at the start) as `<text:s/>`, tabs as `<text:tab/>`.
fn paragraph(x: &mut String, text: &str) {
    for line in text.split('\n') {
        x.push_str("<text:p>");
        let mut spaces = 0usize;
        let mut at_start = true;
        for ch in line.trim_end_matches('\r').chars() {
            if ch == ' ' {
                spaces += 1;
                continue;
            }
            flush_spaces(x, &mut spaces, at_start);
            at_start = false;
            match ch {
                '\t' => x.push_str("<text:tab/>"),
                '&' => x.push_str("&amp;"),
                '<' => x.push_str("&lt;"),
                '>' => x.push_str("&gt;"),
                // Characters XML 1.0 cannot hold at all.
                c if (c as u32) < 0x20 => {}
                c => x.push(c),
            }
        }
        flush_spaces(x, &mut spaces, at_start);
        x.push_str("</text:p>");
    }
}

fn flush_spaces(x: &mut String, n: &mut usize, at_start: bool) {
    let kept = if at_start { 0 } else { usize::from(*n > 0) };
    if kept == 1 {
        x.push(' ');
    }
    match *n - kept {
        0 => {}
        1 => x.push_str("<text:s/>"),
        more => {
            let _ = write!(x, r#"<text:s text:c="{more}"/>"#);
        }
    }
    *n = 0;
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

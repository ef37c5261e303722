//! The appendix laid out as a Word document with docx-rs (docs/decisions.md says why that
//! crate): Word's built-in Title and Heading 1–3 styles, so a council's template restyles it;
//! real tables with a header row; A4 portrait, with landscape sections for the wide tables.
//!
//! docx-rs writes neither a row's "repeat as header row" (`w:tblHeader`) nor the document's
//! title and author; both are added to the parts it built, before it zips them.

use super::{Block, Cell, Paper, Table};
use docx_rs::{
    AlignmentType, Docx, PageMargin, PageOrientationType, PageSize, Paragraph, Run, RunFonts, Section,
    Shading, ShdType, Style, StyleType, TableCell, TableRow, WidthType,
};

/// A4, in twentieths of a point.
const A4: (u32, u32) = (11906, 16838);
/// Two centimetres all round.
const MARGIN: u32 = 1134;
/// Tables' text, in half-points: 10 point (the body's is 11).
const TABLE_TEXT: usize = 20;

pub fn write(paper: &Paper) -> Vec<u8> {
    let mut ids = Ids::default();
    let mut doc = styles(Docx::new());
    let last = paper.sections.len().saturating_sub(1);
    for (i, section) in paper.sections.iter().enumerate() {
        let (w, h) = page(section.landscape);
        let width = w - 2 * MARGIN;
        if i == last {
            // The document's own settings are its last section's.
            doc = doc.page_size(w, h).page_margin(margin());
            if section.landscape {
                doc = doc.page_orient(PageOrientationType::Landscape);
            }
            doc = fill(doc, &section.blocks, width, &mut ids);
        } else {
            let orient = if section.landscape {
                PageOrientationType::Landscape
            } else {
                PageOrientationType::Portrait
            };
            let s = Section::new().page_size(PageSize::new().size(w, h).orient(orient)).page_margin(margin());
            doc = doc.add_section(fill(s, &section.blocks, width, &mut ids));
        }
    }
    let date = format!("{}T00:00:00Z", paper.date);
    let mut xml = doc.created_at(&date).updated_at(&date).build();
    xml.document = repeat_header_rows(&xml.document);
    xml.doc_props.core = properties(&xml.doc_props.core, paper);
    let mut out = std::io::Cursor::new(Vec::new());
    // Writing to memory fails only if docx-rs built an impossible package.
    let _ = xml.pack(&mut out);
    deflated(&out.into_inner())
}

/// Paragraph ids of our own, numbered from one per document (docx-rs numbers them from a
/// counter shared by every document a thread writes), in a range of their own so they never
/// meet the ids docx-rs gives the paragraphs that close its sections.
#[derive(Default)]
struct Ids(u32);

impl Ids {
    fn paragraph(&mut self) -> Paragraph {
        self.0 += 1;
        Paragraph::new().id(format!("{:08X}", 0x1000_0000 + self.0))
    }
}

/// The package with its parts compressed (docx-rs stores them as they are), in the same
/// order, each dated as zip's first day so the same paper gives the same bytes.
fn deflated(stored: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    use zip::write::SimpleFileOptions;
    let Ok(mut from) = zip::ZipArchive::new(std::io::Cursor::new(stored)) else { return stored.to_vec() };
    let mut to = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for i in 0..from.len() {
        let Ok(mut part) = from.by_index(i) else { return stored.to_vec() };
        let name = part.name().to_string();
        let mut body = Vec::new();
        let copied = if part.is_dir() {
            to.add_directory(name, options).is_ok()
        } else {
            part.read_to_end(&mut body).is_ok()
                && to.start_file(name, options).is_ok()
                && to.write_all(&body).is_ok()
        };
        if !copied {
            return stored.to_vec();
        }
    }
    to.finish().map(|c| c.into_inner()).unwrap_or_else(|_| stored.to_vec())
}

fn page(landscape: bool) -> (u32, u32) {
    if landscape {
        (A4.1, A4.0)
    } else {
        A4
    }
}

fn margin() -> PageMargin {
    let m = MARGIN as i32;
    PageMargin::new().top(m).bottom(m).left(m).right(m).header(m / 2).footer(m / 2)
}

/// Word's built-in paragraph styles, by the names Word knows them by, so a template's own
/// versions take their place.
fn styles(doc: Docx) -> Docx {
    let heading = |level: usize, size: usize| {
        Style::new(format!("Heading{level}"), StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .outline_lvl(level - 1)
            .size(size)
            .bold()
    };
    doc.default_fonts(RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial"))
        .default_size(22)
        .add_style(Style::new("Normal", StyleType::Paragraph).name("Normal").q_format(true))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .q_format(true)
                .size(48)
                .bold(),
        )
        .add_style(heading(1, 36))
        .add_style(heading(2, 28))
        .add_style(heading(3, 24))
}

/// What paragraphs and tables go into: the document (its last section) or a section before it.
trait Body: Sized {
    fn paragraph(self, p: Paragraph) -> Self;
    fn table(self, t: docx_rs::Table) -> Self;
}

impl Body for Docx {
    fn paragraph(self, p: Paragraph) -> Self {
        self.add_paragraph(p)
    }
    fn table(self, t: docx_rs::Table) -> Self {
        self.add_table(t)
    }
}

impl Body for Section {
    fn paragraph(self, p: Paragraph) -> Self {
        self.add_paragraph(p)
    }
    fn table(self, t: docx_rs::Table) -> Self {
        self.add_table(t)
    }
}

/// `blocks` added to `body`, each table followed by an empty paragraph (two tables in a row
/// would otherwise run together).
fn fill<B: Body>(mut body: B, blocks: &[Block], width: u32, ids: &mut Ids) -> B {
    for block in blocks {
        body = match element(block, width, ids) {
            Element::Paragraph(p) => body.paragraph(*p),
            Element::Table(t) => body.table(*t).paragraph(ids.paragraph()),
        };
    }
    body
}

enum Element {
    Paragraph(Box<Paragraph>),
    Table(Box<docx_rs::Table>),
}

fn element(block: &Block, width: u32, ids: &mut Ids) -> Element {
    let mut styled =
        |style: &str, text: &str| ids.paragraph().style(style).add_run(Run::new().add_text(text));
    match block {
        Block::Title(text) => Element::Paragraph(Box::new(styled("Title", text))),
        Block::Heading(level, text) => Element::Paragraph(Box::new(
            styled(&format!("Heading{}", level.clamp(&1, &3)), text).keep_next(true),
        )),
        Block::Text(text) => Element::Paragraph(Box::new(ids.paragraph().add_run(Run::new().add_text(text)))),
        Block::Table(table) => Element::Table(Box::new(table_of(table, width, ids))),
    }
}

fn table_of(table: &Table, width: u32, ids: &mut Ids) -> docx_rs::Table {
    let total: u32 = table.widths.iter().sum::<u32>().max(1);
    let grid: Vec<usize> = table.widths.iter().map(|w| (w * width / total) as usize).collect();
    let header = TableRow::new(
        table
            .header
            .iter()
            .zip(&grid)
            .map(|(h, w)| {
                TableCell::new()
                    .width(*w, WidthType::Dxa)
                    .shading(Shading::new().shd_type(ShdType::Clear).fill("E7E9EA"))
                    .add_paragraph(
                        ids.paragraph().add_run(Run::new().add_text(h).bold().size(TABLE_TEXT - 2)),
                    )
            })
            .collect(),
    )
    // Marks the header row; `repeat_header_rows` makes Word repeat it on every page.
    .cant_split();
    let mut rows = vec![header];
    for row in &table.rows {
        rows.push(TableRow::new(row.iter().zip(&grid).map(|(c, w)| cell(c, *w, ids)).collect()));
    }
    docx_rs::Table::new(rows).set_grid(grid).width(width as usize, WidthType::Dxa)
}

/// A cell's text, a paragraph per line; a status cell shaded in the status's colour with its
/// words in white (each colour has at least 4.5:1 against white); a missing thing marked.
fn cell(c: &Cell, width: usize, ids: &mut Ids) -> TableCell {
    let mut cell = TableCell::new().width(width, WidthType::Dxa);
    if let Some(s) = c.status {
        let fill = crate::theme::status_colour(s).trim_start_matches('#').to_uppercase();
        cell = cell.shading(Shading::new().shd_type(ShdType::Clear).fill(fill));
    }
    for (i, line) in c.text.split('\n').enumerate() {
        let mut run = Run::new().add_text(line.trim_end_matches('\r')).size(TABLE_TEXT);
        if c.status.is_some() {
            run = run.bold().color("FFFFFF");
        }
        let mut p = ids.paragraph();
        if c.warning && i == 0 {
            p = p.add_run(Run::new().add_text("⚠ ").bold().size(TABLE_TEXT));
            run = run.bold();
        }
        cell = cell.add_paragraph(p.add_run(run).align(AlignmentType::Left));
    }
    cell
}

/// Each table's header row (the only rows `table_of` marks "can't split") also repeats at the
/// top of every page the table runs onto.
fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    let xml = String::from_utf8_lossy(document);
    xml.replace("<w:cantSplit />", "<w:cantSplit /><w:tblHeader />").into_bytes()
}

/// The document's properties with its title, author and language, which docx-rs does not set.
fn properties(core: &[u8], paper: &Paper) -> Vec<u8> {
    let xml = String::from_utf8_lossy(core);
    let mut extra = format!("<dc:title>{}</dc:title>", escape(&paper.title));
    extra.push_str(&format!("<dc:language>{}</dc:language>", paper.lang));
    let author = escape(&paper.author);
    xml.replacen("<dc:creator>unknown</dc:creator>", &format!("<dc:creator>{author}</dc:creator>"), 1)
        .replacen(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            &format!("<cp:lastModifiedBy>{author}</cp:lastModifiedBy>"),
            1,
        )
        .replacen("</cp:coreProperties>", &format!("{extra}</cp:coreProperties>"), 1)
        .into_bytes()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

//! The committee paper's performance appendix (`scorecard report --docx`, and the dashboard's
//! "Download the committee report"): what it says, in the reader's language, built from the
//! core's report for one period with the dashboard's own words (`content.rs`), and laid out as
//! a Word document (`docx.rs`). The same code runs natively for the command line and in a wasm
//! of its own (`crates/scorecard-report`) for the dashboard, so both give the same document.

mod content;
mod docx;

use crate::i18n::{self, Lang};
use scorecard_core::{Period, Scorecard, Status};

/// The appendix, as text and tables, before any layout.
#[derive(Clone, Debug, PartialEq)]
pub struct Paper {
    /// The document's title (its properties' too): the scorecard's title.
    pub title: String,
    /// The organisation: the document's author.
    pub author: String,
    /// The language it is written in ("en", "cy").
    pub lang: &'static str,
    /// The file's publication date (ISO): the document's date, so the same file and period
    /// always give the same bytes.
    pub date: String,
    pub sections: Vec<Section>,
}

/// A run of pages with one orientation: wide tables get landscape pages.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub landscape: bool,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// The document's title, in Word's Title style.
    Title(String),
    /// A heading at level 1 to 3 (Word's built-in Heading 1–3).
    Heading(u8, String),
    Text(String),
    Table(Table),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// The header row, repeated on every page the table runs onto.
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Each column's share of the page's width, in any unit.
    pub widths: Vec<u32>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    /// Shaded in this status's colour: beside its words, never instead of them.
    pub status: Option<Status>,
    /// Marked as something missing ("No explanation given"), as the dashboard marks it.
    pub warning: bool,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), status: None, warning: false }
    }

    pub fn status(text: impl Into<String>, status: Status) -> Cell {
        Cell { text: text.into(), status: Some(status), warning: false }
    }
}

/// A written report, and the language it is in.
pub struct Written {
    pub bytes: Vec<u8>,
    pub lang: Lang,
}

/// The appendix for `period` as a Word document, in the language asked for, else in the
/// file's main language. Unlike the dashboard's switch, an officer may ask for a language the
/// file has no text in: the paper's own words are then in it, and the file's text is shown in
/// the language it has.
pub fn written(sc: &Scorecard, period: Period, asked: Option<&str>) -> Written {
    let offered = crate::language::offered(sc);
    let lang = asked.and_then(Lang::parse).unwrap_or(offered[0]);
    Written { bytes: docx(sc, period, lang), lang }
}

/// The appendix for `period` in `lang`, as a Word document's bytes.
pub fn docx(sc: &Scorecard, period: Period, lang: Lang) -> Vec<u8> {
    docx::write(&paper(sc, period, lang))
}

/// The appendix for `period` in `lang`. The interface's language is the caller's again
/// afterwards.
pub fn paper(sc: &Scorecard, period: Period, lang: Lang) -> Paper {
    let before = i18n::lang();
    i18n::set_lang(lang);
    let paper = content::paper(sc, period);
    i18n::set_lang(before);
    paper
}

#[cfg(test)]
mod tests;

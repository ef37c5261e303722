//! The outcome of an import: the document as it is saved, and what was found on the way.

use super::{one_line, FileKind, Found, Layout, Level, Mapping, Problem};

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
    pub(super) fn fatal(kind: Option<FileKind>, reason: String, mapping: Mapping) -> Imported {
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

    /// Fatal after rows were read: what was found so far, and the columns read, go with it.
    pub(super) fn fatal_after(
        kind: Option<FileKind>,
        reason: String,
        mapping: Mapping,
        found: Found,
        columns: Vec<SheetColumns>,
    ) -> Imported {
        Imported { problems: found.problems, columns, ..Imported::fatal(kind, reason, mapping) }
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
pub(super) fn saved(compact: String) -> String {
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

//! What an import finds on the way: problems and notes, each at its cell.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
        }
    }
}

/// A problem or a note, at its cell (`PI Report!H24`, `row 7, column "Actual"`), or at no
/// cell (the empty string) when it is about the whole file.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Problem {
    pub severity: Level,
    pub cell: String,
    pub message: String,
}

#[derive(Default)]
pub struct Found {
    pub problems: Vec<Problem>,
    pub left_out: usize,
}

impl Found {
    pub fn push(&mut self, severity: Level, cell: String, message: String) {
        self.problems.push(Problem { severity, cell: one_line(&cell), message: one_line(&message) });
    }
}

/// Text from a sheet (a header with a line break) kept to one line: the CLI prints a line a
/// problem, and scripts read them so.
pub fn one_line(s: &str) -> String {
    if s.contains(|c: char| c.is_control()) {
        s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
    } else {
        s.to_string()
    }
}

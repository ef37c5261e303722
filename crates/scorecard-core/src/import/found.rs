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

/// The one order problems are shown and printed in, by the CLI and the publish page alike:
/// errors, then warnings, then notes, each in the order the file was read.
pub fn worst_first(problems: &mut [Problem]) {
    problems.sort_by_key(|p| match p.severity {
        Level::Error => 0,
        Level::Warning => 1,
        Level::Info => 2,
    });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_worst_first_and_otherwise_as_found() {
        let p = |severity, cell: &str| Problem { severity, cell: cell.into(), message: String::new() };
        let mut list = vec![
            p(Level::Info, "A1"),
            p(Level::Warning, "B2"),
            p(Level::Error, "C3"),
            p(Level::Warning, "D4"),
            p(Level::Error, "E5"),
        ];
        worst_first(&mut list);
        let cells: Vec<&str> = list.iter().map(|x| x.cell.as_str()).collect();
        assert_eq!(cells, ["C3", "E5", "B2", "D4", "A1"]);
    }
}

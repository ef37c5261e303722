//! A sheet as the importer sees it: rows of cells, whatever file they came from, and how to
//! name a cell to an officer (`PI Report!H24`, or `row 7, column "Actual"` in a CSV).

/// One cell's content. Numbers keep what their format said (a fraction shown as a
/// percentage, money); dates are dates; error cells keep their text (`#DIV/0!`). Text is
/// shared: a long sheet repeats each indicator's title, service and unit on every row, and
/// one copy of each serves them all.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(std::rc::Rc<str>),
    Number { value: f64, percent: bool, currency: bool },
    Date { year: i32, month: u8, day: u8 },
    Error(String),
}

impl Cell {
    /// The cell as text, for headers and words.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.trim().to_string(),
            Cell::Number { value, .. } => crate::decimal::shortest(*value),
            Cell::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
            Cell::Error(e) => e.clone(),
        }
    }

    pub fn text_of(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The sheet's name in a workbook; the file's kind for a CSV.
    pub name: String,
    /// From a CSV: cells are named by line and header, not by column letter.
    pub csv: bool,
    pub rows: Vec<Vec<Cell>>,
    /// For each row, its number as the officer sees it: the line a CSV record starts on, or
    /// the worksheet row (1-based).
    pub row_numbers: Vec<usize>,
    /// The worksheet column (0-based) of each row's first cell.
    pub first_column: usize,
}

impl Sheet {
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows.get(row).and_then(|r| r.get(col)).unwrap_or(&Cell::Empty)
    }

    /// Where a cell is, in the officer's words: `PI Report!H24` or `row 7, column "Actual"`.
    pub fn at(&self, row: usize, col: usize, header: &str) -> String {
        let number = self.row_numbers.get(row).copied().unwrap_or(row + 1);
        if self.csv {
            crate::messages::csv_cell(number, header)
        } else {
            format!("{}!{}{number}", self.name, column_letters(self.first_column + col))
        }
    }

    /// A whole row, for problems that are not one cell's.
    pub fn row_at(&self, row: usize) -> String {
        let number = self.row_numbers.get(row).copied().unwrap_or(row + 1);
        if self.csv {
            crate::messages::csv_row(number)
        } else {
            format!("{}!{number}:{number}", self.name)
        }
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// `0` → `A`, `25` → `Z`, `26` → `AA`.
pub fn column_letters(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(7), "H");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(column_letters(2188), "CFE");
    }

    #[test]
    fn cells_are_named_as_an_officer_finds_them() {
        let sheet = Sheet {
            name: "PI Report".into(),
            csv: false,
            rows: vec![vec![Cell::Empty; 8]],
            row_numbers: vec![24],
            first_column: 0,
        };
        assert_eq!(sheet.at(0, 7, "Actual"), "PI Report!H24");
        let csv = Sheet { csv: true, ..sheet };
        assert_eq!(csv.at(0, 7, "Actual"), "row 24, column \"Actual\"");
    }
}

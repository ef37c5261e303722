//! A sheet as the importer sees it: rows of cells, whatever file they came from, and how to
//! name a cell to an officer (`PI Report!H24`, or `row 7, column "Actual"` in a CSV).

/// Text of up to this many bytes is kept in the cell itself.
const SHORT: usize = 14;

/// One cell's content. Numbers keep what their format said (a fraction shown as a
/// percentage, money); dates are dates; error cells keep their text (`#DIV/0!`).
///
/// A cell is 16 bytes: a long sheet has millions, and its time went largely to fresh memory.
/// So short text (most figures, periods and codes) lives in the cell, and longer text is
/// shared: a long sheet repeats each indicator's title and service on every row, and one copy
/// serves them all. Read text with [`Cell::as_str`].
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Short { len: u8, bytes: [u8; SHORT] },
    Text(std::rc::Rc<Box<str>>),
    Number { value: f64, percent: bool, currency: bool },
    Date { year: i32, month: u8, day: u8 },
    Error(Box<String>),
}

impl Cell {
    /// The cell as text, for headers and words.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Short { .. } | Cell::Text(_) => self.as_str().unwrap_or_default().trim().to_string(),
            Cell::Number { value, .. } => crate::decimal::shortest(*value),
            Cell::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
            Cell::Error(e) => e.to_string(),
        }
    }

    /// A text cell's text, untrimmed; `None` for any other cell.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            // Always whole characters: made from a `&str` by `text_of`.
            Cell::Short { len, bytes } => std::str::from_utf8(&bytes[..*len as usize]).ok(),
            Cell::Text(t) => Some(t),
            _ => None,
        }
    }

    /// A number as its cell's format shows it: a fraction shown as a percentage is the
    /// percentage people see (0.925 → 92.5).
    pub fn number(value: f64, percent: bool, currency: bool) -> Cell {
        let value = if percent { (value * 100.0 * 1e9).round() / 1e9 } else { value };
        Cell::Number { value, percent, currency }
    }

    /// A date written `YYYY-MM-DD…` (ISO 8601, as XLSX and ODS store them), else the text.
    pub fn iso_date(s: &str) -> Cell {
        let parts: Vec<&str> = s.get(..10).unwrap_or("").split('-').collect();
        match parts[..] {
            [y, m, d] => match (y.parse(), m.parse(), d.parse()) {
                (Ok(year), Ok(month), Ok(day)) => Cell::Date { year, month, day },
                _ => Cell::text_of(s),
            },
            _ => Cell::text_of(s),
        }
    }

    pub fn text_of(s: &str) -> Cell {
        if s.len() <= SHORT {
            let mut bytes = [0; SHORT];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            Cell::Short { len: s.len() as u8, bytes }
        } else {
            Cell::Text(std::rc::Rc::new(s.into()))
        }
    }

    /// The text `s`, sharing this cell's copy where it is the same long text.
    pub fn same_text_or(&self, s: &str) -> Cell {
        match self {
            Cell::Text(t) if ***t == *s => Cell::Text(t.clone()),
            _ => Cell::text_of(s),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Short { .. } | Cell::Text(_) => self.as_str().unwrap_or_default().trim().is_empty(),
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
            crate::messages::t().csv_cell(number, header)
        } else {
            format!("{}!{}{number}", self.name, column_letters(self.first_column + col))
        }
    }

    /// A whole row, for problems that are not one cell's.
    pub fn row_at(&self, row: usize) -> String {
        self.row_place(row, (!self.csv).then(|| self.name.as_str().into())).to_string()
    }

    /// A whole row, named only if a problem needs it. `name`: the sheet's, shared by its rows
    /// (none for a CSV).
    pub fn row_place(&self, row: usize, name: Option<std::rc::Rc<str>>) -> Place {
        let number = self.row_numbers.get(row).copied().unwrap_or(row + 1);
        Place::Row { sheet: name, number }
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// Where a figure came from. Every figure keeps its place in case a later check names it; few
/// ever are, so a row's place is written out only then.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// A row: of the named sheet, or of a CSV (no name).
    Row { sheet: Option<std::rc::Rc<str>>, number: usize },
    /// A cell, already named.
    Cell(String),
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Row { sheet: None, number } => f.write_str(&crate::messages::t().csv_row(*number)),
            Place::Row { sheet: Some(name), number } => write!(f, "{name}!{number}:{number}"),
            Place::Cell(at) => f.write_str(at),
        }
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
    fn text_reads_back_whatever_its_length() {
        assert_eq!(std::mem::size_of::<Cell>(), 16);
        for s in
            ["", "67", "2013/14-Q3", "fourteen bytes", "fifteen bytes!!", "Café £12,345.67 and more text"]
        {
            let cell = Cell::text_of(s);
            assert_eq!(cell.as_str(), Some(s));
            assert_eq!(cell.same_text_or(s), cell);
        }
        // Exactly 14 bytes with a two-byte character at the end stays whole.
        assert_eq!(Cell::text_of("twelve bytesé").as_str(), Some("twelve bytesé"));
        let long = Cell::text_of("Generated indicator 0");
        let (Cell::Text(a), Cell::Text(b)) = (&long, &long.same_text_or("Generated indicator 0")) else {
            panic!("long text is shared")
        };
        assert!(std::rc::Rc::ptr_eq(a, b));
    }

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

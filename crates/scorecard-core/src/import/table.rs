//! A sheet's table: which row is the header (title rows, notes and blanks above it are
//! skipped), each column's role (the mapping's, else detected) and the layout.

use super::grid::Sheet;
use super::mapping::Mapping;
use super::roles::{self, Role, When};
use crate::period::Calendar;
use crate::wire::wire_enum;

wire_enum! {
    /// How a sheet lays its figures out.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Layout {
        /// One row per indicator per period (a period column).
        Long = "long",
        /// One row per indicator; period headers carry the values.
        Wide = "wide",
        /// One row per indicator; `This quarter`, `Previous quarter`: periods once the
        /// report's period is known.
        Report = "report",
        /// Indicator settings only (the template's `Indicators` sheet): no figures.
        Settings = "settings",
        /// Flagship actions and their updates.
        Actions = "actions",
        /// One row per organisation; each column an indicator in a period (`CHN1 2010-11`),
        /// as benchmarking workbooks lay them out, or each numeric column a measure whose
        /// period is the row's (`time_period`) or `--period`, as DfE's and Ofsted's tables
        /// are. `--organisation` chooses the rows, by name or code.
        Organisations = "organisations",
    }
}

#[derive(Clone, Debug)]
pub struct ColumnRole {
    pub index: usize,
    pub header: String,
    pub role: Option<Role>,
    pub multiply: Option<f64>,
    /// The mapping named it (rather than detection).
    pub mapped: bool,
    /// In an organisations layout: the indicator the column holds (a code from a
    /// `CHN1 2010-11` header, else the header itself as a measure's title) and its period,
    /// `None` where the row's period is the figure's.
    pub series: Option<Series>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    /// The header named a code (`CHN1`), not a measure's title.
    pub coded: bool,
    pub period: Option<crate::period::Period>,
    /// The header says its figures are percentages (`(%)`, `percent`).
    pub percent: bool,
}

#[derive(Clone, Debug)]
pub struct Table {
    /// Position of the header in `Sheet::rows`.
    pub header: usize,
    pub columns: Vec<ColumnRole>,
    pub layout: Layout,
}

impl Table {
    pub fn find(&self, want: impl Fn(Role) -> bool) -> Option<&ColumnRole> {
        self.columns.iter().find(|c| c.role.is_some_and(&want))
    }

    pub fn has(&self, want: impl Fn(Role) -> bool) -> bool {
        self.find(want).is_some()
    }
}

/// The header row: among the first rows, the one where most cells name a role, with a
/// code or title among them. `None`: nothing in the sheet looks like indicators or actions.
fn header_row(sheet: &Sheet, cal: Calendar) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, row) in sheet.rows.iter().enumerate().take(40) {
        let headers: Vec<String> = row.iter().map(|c| c.text()).collect();
        let actions = roles::is_action_header(&headers);
        let found: Vec<Role> = headers.iter().filter_map(|h| roles::detect(h, actions, cal)).collect();
        let named = found.iter().any(|r| {
            matches!(
                r,
                Role::Code
                    | Role::Title
                    | Role::Description
                    | Role::ActionTitle
                    | Role::ActionCode
                    | Role::Id
            )
        });
        let organisation = found.iter().any(|r| matches!(r, Role::Organisation | Role::OrganisationCode));
        let series = headers.iter().filter(|h| series_header(h, cal).is_some()).count();
        let score = if organisation && series >= 3 { found.len() + series } else { found.len() };
        // A table of councils whose other columns are measures: which columns those are is
        // decided from the figures below (`read`).
        let councils = organisation && (series >= 3 || found.len() >= 2);
        if (named || councils) && score >= 2 && best.is_none_or(|(_, n)| score > n) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// A header naming an indicator code and a period: `CHN1 2010-11`, `CORP 1 2019-20`.
pub fn series_header(h: &str, cal: Calendar) -> Option<(String, crate::period::Period)> {
    let words: Vec<&str> = h.split_whitespace().collect();
    if words.len() < 2 || words.len() > 3 {
        return None;
    }
    let (code, period) = (words[..words.len() - 1].join(" "), words[words.len() - 1]);
    let looks_like_code = code.len() <= 12
        && code.chars().any(|c| c.is_ascii_digit())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '&' || c == '-');
    if !looks_like_code || !period.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    super::periods::parse(period, None, cal).ok().map(|p| (code, p))
}

/// Reads the table of a sheet. `Err` carries a fatal problem (a mapping naming a column the
/// sheet lacks); `Ok(None)` means the sheet has no indicator or action columns.
pub fn read(sheet: &Sheet, mapping: &Mapping, cal: Calendar) -> Result<Option<Table>, String> {
    let chosen = mapping.header_row.filter(|_| mapping.sheet.as_deref().is_none_or(|s| s == sheet.name));
    let header = match chosen {
        Some(n) => match sheet.row_numbers.iter().position(|r| *r == n) {
            Some(i) => i,
            None => return Err(crate::messages::t().no_such_header_row(n, &sheet.name)),
        },
        None => match header_row(sheet, cal) {
            Some(i) => i,
            None if mapping.columns.is_empty() => return Ok(None),
            // The mapping knows the columns: the header is the first row naming one.
            None => {
                match sheet.rows.iter().position(|r| r.iter().any(|c| mapping.column(&c.text()).is_some())) {
                    Some(i) => i,
                    None => return Ok(None),
                }
            }
        },
    };
    let headers: Vec<String> = (0..sheet.width()).map(|c| sheet.cell(header, c).text()).collect();
    let actions =
        roles::is_action_header(&headers) || mapping.columns.values().any(|c| c.role() == "action_title");
    for name in mapping.columns.keys() {
        let present =
            headers.iter().any(|h| h == name || h.trim().to_lowercase() == name.trim().to_lowercase());
        if !present && mapping.sheet.as_deref().is_none_or(|s| s == sheet.name) {
            return Err(crate::messages::t().mapped_column_missing(name, &sheet.name));
        }
    }
    let mut columns = Vec::new();
    for (index, h) in headers.iter().enumerate() {
        if h.is_empty() {
            continue;
        }
        let (role, multiply, mapped) = match mapping.column(h) {
            Some(c) => match Role::parse(c.role()) {
                Some(r) => (Some(r), c.multiply(), true),
                None => return Err(crate::messages::t().unknown_role(c.role(), h)),
            },
            None => (roles::detect(h, actions, cal), None, false),
        };
        columns.push(ColumnRole { index, header: h.clone(), role, multiply, mapped, series: None });
    }
    // Description is the title when nothing else is.
    if !columns.iter().any(|c| c.role == Some(Role::Title)) {
        if let Some(c) = columns.iter_mut().find(|c| c.role == Some(Role::Description) && !c.mapped) {
            c.role = Some(Role::Title);
        }
    }
    // A header used twice keeps its first role; the later ones are reported as not imported.
    let mut seen: Vec<Role> = Vec::new();
    for c in columns.iter_mut() {
        if let Some(r) = c.role {
            if r != Role::Ignore && seen.contains(&r) && !c.mapped {
                c.role = None;
            } else {
                seen.push(r);
            }
        }
    }
    let named = columns.iter().any(|c| {
        matches!(c.role, Some(Role::Code | Role::Title | Role::Id | Role::ActionTitle | Role::ActionCode))
    });
    if !named && columns.iter().any(|c| matches!(c.role, Some(Role::Organisation | Role::OrganisationCode))) {
        for c in columns
            .iter_mut()
            .filter(|c| c.role.is_none() || matches!(c.role, Some(Role::Value(When::At(_)))))
        {
            if let Some((name, period)) = series_header(&c.header, cal) {
                c.role = Some(Role::Value(When::At(period)));
                c.series = Some(Series { name, coded: true, period: Some(period), percent: false });
            }
        }
        if columns.iter().filter(|c| c.series.is_some()).count() >= 3 {
            return Ok(Some(Table { header, columns, layout: Layout::Organisations }));
        }
        measures(sheet, header, &mut columns);
        if columns.iter().any(|c| c.series.is_some()) {
            return Ok(Some(Table { header, columns, layout: Layout::Organisations }));
        }
    }
    let has = |f: &dyn Fn(Role) -> bool| columns.iter().any(|c| c.role.is_some_and(f));
    let detected = if actions {
        Layout::Actions
    } else if has(&|r| r == Role::Period) {
        Layout::Long
    } else if has(&|r| matches!(r.when(), Some(When::At(_)))) {
        Layout::Wide
    } else if has(&|r| r.when().is_some() && r != Role::Ignore) {
        Layout::Report
    } else {
        Layout::Settings
    };
    let layout = match mapping.layout.as_deref() {
        Some(l) => match Layout::parse(l) {
            Some(l) => l,
            None => return Err(crate::messages::t().unknown_layout(l)),
        },
        None => detected,
    };
    if !columns.iter().any(|c| {
        matches!(c.role, Some(Role::Code | Role::Title | Role::Id | Role::ActionTitle | Role::ActionCode))
    }) {
        return Ok(None);
    }
    Ok(Some(Table { header, columns, layout }))
}

/// In a table of councils, the columns that are measures.
fn measures(sheet: &Sheet, header: usize, columns: &mut [ColumnRole]) {
    let free: Vec<(usize, String)> =
        columns.iter().filter(|c| c.role.is_none()).map(|c| (c.index, c.header.clone())).collect();
    for (index, series) in measure_columns(sheet, header, &free) {
        if let Some(c) = columns.iter_mut().find(|c| c.index == index) {
            c.role = Some(Role::Value(When::Row));
            c.series = Some(series);
        }
    }
}

/// Among a table's columns (index, header), those that are measures, each as a series
/// without a period: not an identifier (`old_la_code`, `region_name`, `geographic_level`)
/// and holding figures. A figure is a number or a government table's mark for one withheld
/// or missing (`c`, `x`, `z`, `..`, `:`); a note here and there below the table does not stop
/// a column being one. Shared with `scorecard pack build`'s `measures` layout.
pub fn measure_columns(sheet: &Sheet, header: usize, columns: &[(usize, String)]) -> Vec<(usize, Series)> {
    const NOT_MEASURES: &[&str] =
        &["code", "name", "id", "level", "identifier", "type", "region", "country", "cod", "enw"];
    let words = super::words::Words::default();
    let mut found = Vec::new();
    for (index, h) in columns {
        let folded = super::words::fold(h);
        if folded.is_empty() || folded.split(' ').any(|w| NOT_MEASURES.contains(&w)) {
            continue;
        }
        let (mut numbers, mut other) = (0usize, 0usize);
        for row in (header + 1..sheet.rows.len()).take(2_000) {
            let cell = sheet.cell(row, *index);
            match cell {
                super::grid::Cell::Number { .. } => numbers += 1,
                super::grid::Cell::Empty => {}
                _ => match words.figure(&cell.text()) {
                    super::words::Figure::Number { .. } => numbers += 1,
                    super::words::Figure::Unreadable => other += 1,
                    _ => {}
                },
            }
        }
        if numbers > 0 && other <= numbers / 20 + 1 {
            let percent = h.contains('%')
                || folded
                    .split(' ')
                    .any(|w| w == "pct" || super::words::unit(w) == Some(crate::model::Unit::Percent));
            found.push((*index, Series { name: title_of(h), coded: false, period: None, percent }));
        }
    }
    found
}

/// A measure's title from its header: a data file's `rate_per_10000` reads "Rate per 10000";
/// a header written for people is kept as it is.
pub fn title_of(header: &str) -> String {
    let h = header.trim();
    if !h.contains('_') || h.contains(' ') {
        return h.to_string();
    }
    let spaced = h.replace('_', " ");
    let mut chars = spaced.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::Cell;

    fn sheet(rows: &[&[&str]]) -> Sheet {
        Sheet {
            name: "Table 3".into(),
            csv: false,
            rows: rows.iter().map(|r| r.iter().map(|t| Cell::text_of(t)).collect()).collect(),
            row_numbers: (1..=rows.len()).collect(),
            first_column: 0,
        }
    }

    #[test]
    fn a_table_of_councils_has_a_measure_in_each_column_of_figures() {
        let s = sheet(&[
            &["Children's homes by local authority, 31 March 2024", "", "", "", ""],
            &["LA code", "Local authority", "old_la_code", "Number of places", "good_or_outstanding_pct"],
            &["E92000001", "England", "", "11841", "82"],
            &["E06000005", "Darlington", "841", ":", "75"],
            &["E06000001", "Hartlepool", "805", "31", "[x]"],
            &["Source: Ofsted", "", "", "", ""],
        ]);
        let t = read(&s, &Mapping::default(), Calendar::default()).unwrap().unwrap();
        assert_eq!((t.header, t.layout), (1, Layout::Organisations));
        let roles: Vec<_> = t.columns.iter().map(|c| c.role).collect();
        assert_eq!(
            roles[..3],
            [Some(Role::OrganisationCode), Some(Role::Organisation), None],
            "a code is no measure"
        );
        let series: Vec<_> = t.columns.iter().filter_map(|c| c.series.clone()).collect();
        assert_eq!(
            series.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["Number of places", "Good or outstanding pct"]
        );
        assert_eq!(
            series.iter().map(|s| (s.period, s.percent)).collect::<Vec<_>>(),
            [(None, false), (None, true)]
        );
    }

    #[test]
    fn a_column_of_words_is_not_a_measure() {
        let s = sheet(&[
            &["LA code", "Local authority", "Overall effectiveness"],
            &["E06000005", "Darlington", "Good"],
            &["E06000001", "Hartlepool", "Outstanding"],
        ]);
        assert!(read(&s, &Mapping::default(), Calendar::default()).unwrap().is_none());
    }
}

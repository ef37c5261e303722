//! Reading a sheet's rows into the drafts: each row's key, settings and figures (by the
//! columns' roles and the sheet's layout), and every problem at its cell.

use super::grid::{Cell, Place, Sheet};
use super::periods::{self, NotAPeriod};
use super::roles::{Role, When};
use super::table::{ColumnRole, Layout, Table};
use super::words::{self, Figure, Words};
use super::{Found, Level};
use crate::messages as msg;
use crate::model::Rag;
use crate::period::{Calendar, Period, PeriodKind};
use std::collections::BTreeMap;

use super::draft::{ActionDraft, Drafts, IndicatorDraft, Obs, RowFigures};

/// Reads one sheet's rows into the drafts.
pub struct RowReader<'a> {
    pub sheet: &'a Sheet,
    pub table: &'a Table,
    pub words: &'a Words,
    pub cal: Calendar,
    /// `--period`, or the mapping's.
    pub period: Option<Period>,
    /// Only rows whose columns hold these texts.
    pub filters: &'a BTreeMap<String, String>,
    pub found: &'a mut Found,
    /// A `%` or `£` seen in this row's figures.
    pub hints: (bool, bool),
}

impl<'a> RowReader<'a> {
    fn note(&mut self, level: Level, cell: String, message: String) {
        self.found.push(level, cell, message);
    }

    fn text(&self, row: usize, col: &ColumnRole) -> Option<String> {
        let t = self.sheet.cell(row, col.index).text();
        (!t.is_empty()).then_some(t)
    }

    fn at(&self, row: usize, col: &ColumnRole) -> String {
        self.sheet.at(row, col.index, &col.header)
    }

    /// A figure cell: the number, missing, suppressed, or a problem named at its cell.
    fn figure(&mut self, row: usize, col: &ColumnRole) -> Result<Figure, ()> {
        let sheet: &'a Sheet = self.sheet;
        let cell = sheet.cell(row, col.index);
        let scale = |v: f64| col.multiply.map_or(v, |m| (v * m * 1e9).round() / 1e9);
        match cell {
            Cell::Empty => Ok(Figure::Missing),
            Cell::Number { value, percent, currency } => {
                Ok(Figure::Number { value: scale(*value), percent: *percent, currency: *currency })
            }
            Cell::Date { .. } => {
                let at = self.at(row, col);
                self.note(Level::Error, at, msg::t().date_for_number());
                Err(())
            }
            Cell::Error(e) => {
                let at = self.at(row, col);
                self.note(Level::Warning, at, msg::t().error_cell(e));
                Ok(Figure::Missing)
            }
            Cell::Short { .. } | Cell::Text(_) => {
                match self.words.figure(cell.as_str().unwrap_or_default()) {
                    Figure::Unreadable => {
                        let at = self.at(row, col);
                        self.note(Level::Error, at, msg::t().not_a_number(cell.as_str().unwrap_or_default()));
                        Err(())
                    }
                    Figure::Number { value, percent, currency } => {
                        Ok(Figure::Number { value: scale(value), percent, currency })
                    }
                    f => Ok(f),
                }
            }
        }
    }

    fn status(&mut self, row: usize, col: &ColumnRole) -> Result<Option<Rag>, ()> {
        let Some(t) = self.text(row, col) else { return Ok(None) };
        match self.words.status(&t) {
            Some(s) => Ok(s),
            None => {
                let at = self.at(row, col);
                self.note(Level::Warning, at, msg::t().unknown_status_word(&t));
                Ok(None)
            }
        }
    }

    /// The period a cell names, or a problem at that cell.
    fn period_cell(&mut self, row: usize, col: &ColumnRole, kind: Option<PeriodKind>) -> Result<Period, ()> {
        let cell = self.sheet.cell(row, col.index).clone();
        let parsed = match &cell {
            Cell::Date { year, month, .. } => Ok(periods::from_month(*year, *month, kind, self.cal)),
            other => periods::parse(&other.text(), kind, self.cal),
        };
        parsed.map_err(|why| {
            let at = self.at(row, col);
            let text = cell.text();
            let message = match why {
                NotAPeriod::Range => msg::t().period_range(&text),
                NotAPeriod::Interval => msg::t().period_interval(&text),
                NotAPeriod::Unknown => msg::t().not_a_period_cell(&text),
            };
            self.note(Level::Error, at, message);
        })
    }

    fn relative(&self, when: When, row_period: Option<Period>) -> Option<Period> {
        match when {
            When::Row => row_period.or(self.period),
            When::At(p) => Some(p),
            When::Previous => self.period.map(|p| self.cal.previous(p)),
            When::LastYear => self.period.map(|p| self.cal.last_year(p)),
        }
    }

    fn kept(&self, row: usize) -> bool {
        self.filters.iter().all(|(header, want)| {
            self.table
                .columns
                .iter()
                .find(|c| c.header.trim().eq_ignore_ascii_case(header.trim()))
                .is_some_and(|c| {
                    self.sheet.cell(row, c.index).text().trim().eq_ignore_ascii_case(want.trim())
                })
        })
    }

    pub fn read_into(&mut self, drafts: &mut Drafts) {
        let rows = self.table.header + 1..self.sheet.rows.len();
        let name: Option<std::rc::Rc<str>> = (!self.sheet.csv).then(|| self.sheet.name.as_str().into());
        for row in rows {
            self.hints = (false, false);
            if self.sheet.rows[row].iter().all(Cell::is_empty) || !self.kept(row) {
                continue;
            }
            if self.table.layout == Layout::Actions {
                self.action_row(row, drafts);
            } else if self.table.layout == Layout::Organisations {
                self.organisation_row(row, drafts);
            } else {
                self.indicator_row(row, name.clone(), drafts);
            }
        }
    }

    fn col(&self, role: Role) -> Option<&'a ColumnRole> {
        let table: &'a Table = self.table;
        table.find(|r| r == role)
    }

    fn indicator_row(&mut self, row: usize, sheet_name: Option<std::rc::Rc<str>>, drafts: &mut Drafts) {
        let Some(key) = self.row_key(row) else {
            self.nameless_row(row, drafts);
            return;
        };
        let Ok(row_period) = self.row_period(row) else {
            drafts.left_out += 1;
            return;
        };
        let at = self.sheet.row_place(row, sheet_name);
        if self.too_wide(row, &at) {
            drafts.left_out += 1;
            return;
        }
        let slot =
            drafts.indicator(&key, || IndicatorDraft { at: at.to_string(), ..IndicatorDraft::default() });
        let Ok(figures) = self.columns(row, row_period, &mut drafts.indicators[slot].1) else {
            drafts.left_out += 1;
            return;
        };
        self.record(figures, (&key, &at), slot, drafts);
    }

    /// What names the row's indicator: the template's own id first (its Values sheet names
    /// indicators by id alone), else the code, else the title. Read without copying: the key
    /// is looked up on every row, and kept only when new.
    fn row_key(&self, row: usize) -> Option<std::borrow::Cow<'a, str>> {
        let sheet: &'a Sheet = self.sheet;
        let name = |role: Role| -> Option<std::borrow::Cow<'a, str>> {
            let c = self.col(role)?;
            match sheet.cell(row, c.index) {
                Cell::Empty => None,
                cell @ (Cell::Short { .. } | Cell::Text(_)) => {
                    cell.as_str().map(str::trim).filter(|t| !t.is_empty()).map(std::borrow::Cow::Borrowed)
                }
                other => Some(std::borrow::Cow::Owned(other.text())),
            }
        };
        name(Role::Id).or_else(|| name(Role::Code)).or_else(|| name(Role::Title))
    }

    /// A row with nothing to name it by is left out when it holds figures, and skipped quietly
    /// when it holds only cells no column reads.
    fn nameless_row(&mut self, row: usize, drafts: &mut Drafts) {
        let filled =
            self.table.columns.iter().any(|c| c.role.is_some() && !self.sheet.cell(row, c.index).is_empty());
        if filled {
            let at = self.sheet.row_at(row);
            self.note(Level::Error, at, msg::t().row_without_name());
            drafts.left_out += 1;
        }
    }

    /// A long sheet's row period (none in other layouts); `Err` when the cell names none,
    /// noted at the cell.
    fn row_period(&mut self, row: usize) -> Result<Option<Period>, ()> {
        let sheet: &'a Sheet = self.sheet;
        // The frequency matters only to a date cell (a month, or the quarter it ends).
        let kind = match self.col(Role::Period).map(|c| sheet.cell(row, c.index)) {
            Some(Cell::Date { .. }) => self
                .col(Role::Frequency)
                .and_then(|c| self.text(row, c))
                .as_deref()
                .and_then(super::words::frequency_word),
            _ => None,
        };
        match self.col(Role::Period) {
            Some(c) if self.table.layout == Layout::Long => self.period_cell(row, c, kind).map(Some),
            _ => Ok(None),
        }
    }

    /// A CSV row with more cells than the header has columns is misaligned (a number with a
    /// comma and no quotes, say): reading it would put figures under the wrong headers.
    fn too_wide(&mut self, row: usize, at: &Place) -> bool {
        let width = self.sheet.rows[self.table.header].len();
        let extra = self.sheet.rows[row].iter().skip(width).filter(|c| !c.is_empty()).count();
        if self.sheet.csv && extra > 0 {
            self.note(Level::Error, at.to_string(), msg::t().row_too_wide(extra));
            return true;
        }
        false
    }

    /// The row's settings into its indicator's draft, and its figures by period; `Err` when
    /// a figure cell could not be read (noted at the cell, the row left out).
    fn columns(
        &mut self,
        row: usize,
        row_period: Option<Period>,
        d: &mut IndicatorDraft,
    ) -> Result<RowFigures, ()> {
        let table: &'a Table = self.table;
        let mut figures = RowFigures::default();
        let mut bad = false;
        // Columns with a period of their own first, then the row's: a target with no period
        // in a wide sheet applies to every period of its row.
        let mut unperiod_target = None;
        for c in &table.columns {
            let Some(role) = c.role else { continue };
            match role {
                Role::Target(When::Row) if self.table.layout == Layout::Wide => match self.figure(row, c) {
                    Ok(Figure::Number { value, .. }) => unperiod_target = Some(value),
                    Ok(_) => {}
                    Err(()) => bad = true,
                },
                Role::Value(w)
                | Role::Target(w)
                | Role::ReportedStatus(w)
                | Role::ForecastStatus(w)
                | Role::Comment(w)
                | Role::Suppressed(w) => {
                    let p = match self.relative(w, row_period) {
                        Some(p) => p,
                        // Single status, forecast and comment columns of a wide sheet belong
                        // to the latest period in the row.
                        None if self.table.layout == Layout::Wide => match self.latest_period_of_row(row) {
                            Some(p) => p,
                            None => continue,
                        },
                        None => continue,
                    };
                    bad |= self.fill(row, c, role, p, &mut figures).is_err();
                    figures.mark(p, matches!(w, When::Previous | When::LastYear));
                }
                _ => self.setting(row, c, role, d),
            }
        }
        if let Some(t) = unperiod_target {
            let report = self.period;
            for (p, obs) in figures.iter_mut() {
                if obs.target.is_none() && (obs.value.is_some() || obs.suppressed || p == report.unwrap_or(p))
                {
                    obs.target = Some(t);
                }
            }
        }
        if bad {
            return Err(());
        }
        Ok(figures)
    }

    /// One setting column into the draft. The first sheet that gives a setting wins; later
    /// sheets fill in what is missing, and later rows of the same indicator (a long sheet's
    /// other periods) cost no text.
    fn setting(&self, row: usize, c: &ColumnRole, role: Role, d: &mut IndicatorDraft) {
        let sheet: &'a Sheet = self.sheet;
        let text = || Some(sheet.cell(row, c.index).text()).filter(|t| !t.is_empty());
        let set = |slot: &mut Option<String>| {
            if slot.is_none() {
                *slot = text();
            }
        };
        let located = |slot: &mut Option<(String, String)>| {
            if slot.is_none() {
                *slot = text().map(|t| (t, sheet.at(row, c.index, &c.header)));
            }
        };
        match role {
            Role::Code => set(&mut d.code),
            Role::Id => set(&mut d.id),
            Role::Title => set(&mut d.title),
            Role::Description => set(&mut d.description),
            Role::Service => set(&mut d.service),
            Role::Priority => {
                // Split later, once the priorities' names are known (a name may hold a comma).
                if d.priorities.is_empty() {
                    d.priorities = text().into_iter().collect();
                }
            }
            Role::Tags => {
                if d.tags.is_empty() {
                    d.tags = split_list(text().as_deref());
                }
            }
            Role::Unit => located(&mut d.unit),
            Role::Polarity => located(&mut d.polarity),
            Role::Frequency => located(&mut d.frequency),
            Role::Decimals => {
                if d.decimals.is_none() {
                    d.decimals = text().and_then(|t| t.trim().parse::<u32>().ok()).filter(|n| *n <= 6);
                }
            }
            Role::Measure => set(&mut d.measure),
            Role::Tolerance => set(&mut d.tolerance),
            Role::Compare => set(&mut d.compare),
            Role::Stable => set(&mut d.stable),
            Role::Sensitive if !d.sensitive => d.sensitive = text().as_deref().is_some_and(words::yes),
            Role::Sensitive => {}
            // Figures: read by `columns`.
            Role::Value(_)
            | Role::Target(_)
            | Role::ReportedStatus(_)
            | Role::ForecastStatus(_)
            | Role::Comment(_)
            | Role::Suppressed(_) => {}
            Role::Period | Role::Benchmark | Role::Organisation | Role::OrganisationCode | Role::Ignore => {}
            Role::ActionCode | Role::ActionTitle | Role::ActionStatus | Role::Due | Role::Owner => {}
        }
    }

    /// The row's figures into its indicator's draft (`slot`), row `at` named by `key` in the
    /// problems: a period given twice the same is a warning, differently an error that
    /// leaves out both rows.
    fn record(&mut self, figures: RowFigures, (key, at): (&str, &Place), slot: usize, drafts: &mut Drafts) {
        let d = &mut drafts.indicators[slot].1;
        d.percent_seen |= std::mem::take(&mut self.hints.0);
        d.currency_seen |= std::mem::take(&mut self.hints.1);
        for (p, obs) in figures.into_sorted() {
            // An empty cell in a wide sheet is no observation; a row of a long sheet is one,
            // even with no value (a period reported as "no data").
            if obs == Obs::default() && self.table.layout != Layout::Long {
                continue;
            }
            match d.obs.get(&p) {
                None => {
                    d.obs.insert(p, (obs, at.clone()));
                    drafts.observations += 1;
                }
                Some((old, _)) if *old == obs => {
                    self.found.push(
                        Level::Warning,
                        at.to_string(),
                        msg::t().repeated_row(key, &p.to_string()),
                    );
                }
                Some((_, first)) => {
                    let first = first.to_string();
                    self.found.push(
                        Level::Error,
                        at.to_string(),
                        msg::t().conflicting_rows(key, &p.to_string(), &first),
                    );
                    // Both rows are left out: the first one too, once.
                    drafts.left_out += if d.conflicts.contains(&p) { 1 } else { 2 };
                    if !d.conflicts.contains(&p) {
                        d.conflicts.push(p);
                    }
                }
            }
        }
    }

    /// A benchmarking row: each series column is one indicator's figure in one period; a
    /// cell that is not a figure leaves out that figure only.
    fn organisation_row(&mut self, row: usize, drafts: &mut Drafts) {
        let at = self.sheet.row_at(row);
        let table: &'a Table = self.table;
        // A measure's figure is in the row's period (`time_period`), else the report's; a
        // `CODE PERIOD` column carries its own, and a period column beside it is not read.
        let undated = table.columns.iter().any(|c| c.series.as_ref().is_some_and(|s| s.period.is_none()));
        let row_period = match self.col(Role::Period).filter(|_| undated) {
            Some(col) => match self.period_cell(row, col, None) {
                Ok(p) => Some(p),
                Err(()) => {
                    drafts.left_out += 1;
                    return;
                }
            },
            None => self.period,
        };
        for c in &table.columns {
            let Some(series) = &c.series else { continue };
            let Some(p) = series.period.or(row_period) else { continue };
            let figure = match self.figure(row, c) {
                Ok(f) => f,
                Err(()) => {
                    drafts.left_out += 1;
                    continue;
                }
            };
            let (obs, percent, currency) = match figure {
                Figure::Number { value, percent, currency } => {
                    (Obs { value: Some(value), ..Obs::default() }, percent, currency)
                }
                Figure::Suppressed => (Obs { suppressed: true, ..Obs::default() }, false, false),
                // A measure's missing figure is "no data" for the council in that period; a
                // benchmarking workbook's blank is only a year it does not cover.
                _ if !series.coded => (Obs::default(), false, false),
                _ => continue,
            };
            let slot = drafts.indicator(&series.name, || IndicatorDraft {
                code: series.coded.then(|| series.name.clone()),
                title: (!series.coded).then(|| series.name.clone()),
                at: at.clone(),
                ..IndicatorDraft::default()
            });
            let d = &mut drafts.indicators[slot].1;
            d.percent_seen |= percent || series.percent;
            d.currency_seen |= currency;
            if d.obs.insert(p, (obs, Place::Cell(self.at(row, c)))).is_none() {
                drafts.observations += 1;
            }
        }
    }

    /// The latest period a wide row has figures for.
    fn latest_period_of_row(&self, row: usize) -> Option<Period> {
        if let Some(p) = self.period {
            return Some(p);
        }
        self.table
            .columns
            .iter()
            .filter_map(|c| match c.role.and_then(Role::when) {
                Some(When::At(p)) if !self.sheet.cell(row, c.index).is_empty() => Some(p),
                _ => None,
            })
            .max_by(|a, b| self.cal.cmp(*a, *b))
    }

    fn fill(
        &mut self,
        row: usize,
        c: &ColumnRole,
        role: Role,
        p: Period,
        figures: &mut RowFigures,
    ) -> Result<(), ()> {
        match role {
            Role::Value(_) => match self.figure(row, c)? {
                Figure::Number { value, percent, currency } => {
                    let obs = figures.entry(p);
                    obs.value = Some(value);
                    self.hint(percent, currency);
                }
                Figure::Suppressed => figures.entry(p).suppressed = true,
                // A blank in a wide sheet is no observation; in a row of its own it is "no data".
                _ if self.table.layout == Layout::Wide => {}
                _ => {
                    figures.entry(p);
                }
            },
            Role::Target(_) => {
                if let Figure::Number { value, .. } = self.figure(row, c)? {
                    figures.entry(p).target = Some(value);
                }
            }
            Role::ReportedStatus(_) => {
                let text = self.text(row, c);
                if let Some((code, suppressed)) = text.as_deref().and_then(words::open_data_status) {
                    // Open data's status codes (ONS): the figure is missing or withheld, and
                    // why is kept as the observation's note.
                    let obs = figures.entry(p);
                    obs.suppressed |= suppressed;
                    obs.comment.get_or_insert_with(|| msg::t().open_data_status(code));
                } else if let Some(note) =
                    text.filter(|t| t.split_whitespace().count() > 3 && self.words.status(t).is_none())
                {
                    // A sentence in a status column (open data writes them there) is a note.
                    figures.entry(p).comment.get_or_insert(note);
                } else if let Some(s) = self.status(row, c)? {
                    figures.entry(p).reported = Some(s);
                }
            }
            Role::ForecastStatus(_) => {
                if let Some(s) = self.status(row, c)? {
                    figures.entry(p).forecast = Some(s);
                }
            }
            Role::Comment(_) => {
                if let Some(t) = self.text(row, c).filter(|t| !words::no_comment(t)) {
                    figures.entry(p).comment = Some(t);
                }
            }
            Role::Suppressed(_) if self.text(row, c).as_deref().is_some_and(words::yes) => {
                figures.entry(p).suppressed = true;
            }
            _ => {}
        }
        Ok(())
    }

    /// A percentage or money sign in a figure says what unit the indicator is in.
    fn hint(&mut self, percent: bool, currency: bool) {
        self.hints.0 |= percent;
        self.hints.1 |= currency;
    }

    fn action_row(&mut self, row: usize, drafts: &mut Drafts) {
        let code = self.col(Role::ActionCode).and_then(|c| self.text(row, c));
        let title = self.col(Role::ActionTitle).and_then(|c| self.text(row, c));
        let Some(key) = code.clone().or_else(|| title.clone()) else { return };
        let period = match self.col(Role::Period) {
            Some(c) if !self.sheet.cell(row, c.index).is_empty() => match self.period_cell(row, c, None) {
                Ok(p) => Some(p),
                Err(()) => {
                    drafts.left_out += 1;
                    return;
                }
            },
            _ => self.period,
        };
        let status = match self.col(Role::ActionStatus) {
            Some(c) => match self.text(row, c) {
                Some(t) => match words::action_status(&t) {
                    Some(s) => Some(s),
                    None => {
                        let at = self.at(row, c);
                        self.note(Level::Error, at, msg::t().unknown_action_status(&t));
                        drafts.left_out += 1;
                        return;
                    }
                },
                None => None,
            },
            None => None,
        };
        let at = self.sheet.row_at(row);
        let slot = drafts.action(&key, || ActionDraft { at, ..ActionDraft::default() });
        let text = |role: Role| self.col(role).and_then(|c| self.text(row, c));
        let (service, priorities, due, owner) =
            (text(Role::Service), text(Role::Priority), text(Role::Due), text(Role::Owner));
        let comment = self.table.find(|r| matches!(r, Role::Comment(_))).and_then(|c| self.text(row, c));
        let due = match self.col(Role::Due) {
            Some(c) => match self.sheet.cell(row, c.index) {
                Cell::Date { year, month, day } => Some(format!("{year:04}-{month:02}-{day:02}")),
                _ => due,
            },
            None => due,
        };
        let d = &mut drafts.actions[slot].1;
        d.code = d.code.take().or(code);
        d.title = d.title.take().or(title);
        d.service = d.service.take().or(service);
        if d.priorities.is_empty() {
            d.priorities = priorities.into_iter().collect();
        }
        d.due = d.due.take().or(due);
        d.owner = d.owner.take().or(owner);
        if let Some(s) = status {
            d.updates.push((period, s, comment.filter(|t| !words::no_comment(t))));
        }
    }
}

/// A list in one cell: `housing; waste`, `housing, waste`.
fn split_list(s: Option<&str>) -> Vec<String> {
    s.map(|s| s.split([';', ',']).map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect())
        .unwrap_or_default()
}

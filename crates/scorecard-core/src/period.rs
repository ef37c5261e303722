//! Reporting periods: years (`2023/24`), quarters (`2023/24-Q2`) and months (`2023-09`).
//!
//! A period is kept as written; turning it into calendar months needs the scorecard's
//! `year_starts`, which [`Calendar`] carries.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// A reporting year, by the calendar year it starts in.
    Year(i32),
    /// Quarter 1–4 of a reporting year.
    Quarter(i32, u8),
    /// A calendar month 1–12.
    Month(i32, u8),
}

/// The form of a period, which is also an indicator's frequency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    Month,
    Quarter,
    Year,
}

impl PeriodKind {
    /// An indicator's `frequency` in the file format's words.
    pub const FREQUENCIES: [(&'static str, PeriodKind); 3] =
        [("monthly", PeriodKind::Month), ("quarterly", PeriodKind::Quarter), ("annual", PeriodKind::Year)];

    /// The file format's word for an indicator of this frequency (`quarterly`).
    pub fn frequency(self) -> &'static str {
        Self::FREQUENCIES.iter().find(|(_, k)| *k == self).map_or("", |(w, _)| w)
    }

    pub fn months(self) -> i32 {
        match self {
            PeriodKind::Month => 1,
            PeriodKind::Quarter => 3,
            PeriodKind::Year => 12,
        }
    }

    /// How many periods of this kind make a year.
    pub fn per_year(self) -> i32 {
        12 / self.months()
    }
}

/// Why a period string was refused, in words an officer understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeriodError(pub String);

impl Period {
    pub fn kind(self) -> PeriodKind {
        match self {
            Period::Year(_) => PeriodKind::Year,
            Period::Quarter(..) => PeriodKind::Quarter,
            Period::Month(..) => PeriodKind::Month,
        }
    }

    pub fn parse(text: &str) -> Result<Period, PeriodError> {
        let bad = || PeriodError(crate::messages::t().not_a_period(text));
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<i32> {
            let part = text.get(r)?;
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
        };
        match b.len() {
            7 if b[4] == b'/' => {
                let (y, yy) = (digits(0..4).ok_or_else(bad)?, digits(5..7).ok_or_else(bad)?);
                check_year_pair(text, y, yy)?;
                Ok(Period::Year(y))
            }
            10 if b[4] == b'/' && &b[7..9] == b"-Q" => {
                let (y, yy) = (digits(0..4).ok_or_else(bad)?, digits(5..7).ok_or_else(bad)?);
                check_year_pair(text, y, yy)?;
                match digits(9..10) {
                    Some(q @ 1..=4) => Ok(Period::Quarter(y, q as u8)),
                    Some(_) => Err(PeriodError(crate::messages::t().quarter_out_of_range(text))),
                    None => Err(bad()),
                }
            }
            7 if b[4] == b'-' => {
                let y = digits(0..4).ok_or_else(bad)?;
                match digits(5..7) {
                    Some(m @ 1..=12) => Ok(Period::Month(y, m as u8)),
                    Some(_) => Err(PeriodError(crate::messages::t().month_out_of_range(text))),
                    None => Err(bad()),
                }
            }
            _ => Err(bad()),
        }
    }
}

fn check_year_pair(text: &str, y: i32, yy: i32) -> Result<(), PeriodError> {
    if (y + 1) % 100 == yy {
        Ok(())
    } else {
        Err(PeriodError(
            crate::messages::t().years_not_consecutive(text, &format!("{y}/{:02}", (y + 1) % 100)),
        ))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y:04}/{:02}", (y + 1).rem_euclid(100)),
            Period::Quarter(y, q) => write!(f, "{y:04}/{:02}-Q{q}", (y + 1).rem_euclid(100)),
            Period::Month(y, m) => write!(f, "{y:04}-{m:02}"),
        }
    }
}

impl std::str::FromStr for Period {
    type Err = PeriodError;
    fn from_str(s: &str) -> Result<Period, PeriodError> {
        Period::parse(s)
    }
}

/// Places periods on the calendar of one scorecard (its `year_starts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Calendar {
    pub year_starts: u8,
}

impl Calendar {
    /// April: the UK's financial year, the format's default (`year_starts`).
    pub const DEFAULT_YEAR_START: u8 = 4;
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar { year_starts: Calendar::DEFAULT_YEAR_START }
    }
}

impl Calendar {
    pub fn new(year_starts: u8) -> Calendar {
        Calendar { year_starts: year_starts.clamp(1, 12) }
    }

    fn offset(self) -> i64 {
        self.year_starts as i64 - 1
    }

    /// The first month of the period, counted in months since year 0.
    pub fn start(self, p: Period) -> i64 {
        match p {
            Period::Year(y) => y as i64 * 12 + self.offset(),
            Period::Quarter(y, q) => y as i64 * 12 + self.offset() + (q as i64 - 1) * 3,
            Period::Month(y, m) => y as i64 * 12 + m as i64 - 1,
        }
    }

    /// The last month of the period.
    pub fn end(self, p: Period) -> i64 {
        self.start(p) + p.kind().months() as i64 - 1
    }

    /// The later of two periods, as an import and a merge decide a scorecard's current period:
    /// the one ending later; across frequencies that end in the same month, the quarter, then
    /// the year, then the month (a quarterly report's own period).
    pub fn later(self, a: Period, b: Period) -> Period {
        let rank = |p: Period| match p.kind() {
            PeriodKind::Quarter => 2,
            PeriodKind::Year => 1,
            PeriodKind::Month => 0,
        };
        if (self.end(b), rank(b)) > (self.end(a), rank(a)) {
            b
        } else {
            a
        }
    }

    /// The period of the given kind that contains the month `month` (months since year 0).
    pub fn containing(self, kind: PeriodKind, month: i64) -> Period {
        let in_year = month - self.offset();
        let year = in_year.div_euclid(12) as i32;
        match kind {
            PeriodKind::Month => Period::Month(month.div_euclid(12) as i32, (month.rem_euclid(12) + 1) as u8),
            PeriodKind::Quarter => Period::Quarter(year, (in_year.rem_euclid(12) / 3 + 1) as u8),
            PeriodKind::Year => Period::Year(year),
        }
    }

    /// The period `n` steps after `p` at its own frequency (before it when `n` is negative).
    pub fn step(self, p: Period, n: i64) -> Period {
        self.containing(p.kind(), self.start(p) + n * p.kind().months() as i64)
    }

    pub fn previous(self, p: Period) -> Period {
        self.step(p, -1)
    }

    /// The same period one year earlier.
    pub fn last_year(self, p: Period) -> Period {
        self.containing(p.kind(), self.start(p) - 12)
    }

    /// True when `inner` lies wholly inside `outer`.
    pub fn within(self, inner: Period, outer: Period) -> bool {
        self.start(inner) >= self.start(outer) && self.end(inner) <= self.end(outer)
    }

    pub fn overlaps(self, a: Period, b: Period) -> bool {
        self.start(a) <= self.end(b) && self.start(b) <= self.end(a)
    }

    /// The quarter of the reporting year that a month lies in.
    pub fn quarter_of(self, p: Period) -> Period {
        self.containing(PeriodKind::Quarter, self.start(p))
    }

    /// Every period of `kind` inside `outer`, in order.
    pub fn periods_within(self, kind: PeriodKind, outer: Period) -> impl Iterator<Item = Period> {
        let (start, end) = (self.start(outer), self.end(outer));
        let first = self.containing(kind, start);
        let months = kind.months() as i64;
        (0..)
            .map(move |i| self.containing(kind, self.start(first) + i * months))
            .take_while(move |p| self.start(*p) <= end)
            .filter(move |p| self.start(*p) >= start)
    }

    /// Orders periods by when they start, then by length (a month before its quarter).
    pub fn cmp(self, a: Period, b: Period) -> std::cmp::Ordering {
        (self.start(a), a.kind().months()).cmp(&(self.start(b), b.kind().months()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        Period::parse(s).unwrap()
    }

    #[test]
    fn parses_and_prints_the_three_forms() {
        for s in ["2023/24", "2023/24-Q2", "2023-09", "1999/00", "1999/00-Q4"] {
            assert_eq!(p(s).to_string(), s);
        }
    }

    #[test]
    fn refuses_what_is_not_a_period() {
        for s in [
            "2023/25", "2023-13", "2023/24-Q5", "2023-9", "Q2 2023", "", "2009-10-01", "２０２３/24",
            "2023/24 ",
        ] {
            assert!(Period::parse(s).is_err(), "{s}");
        }
        let e = Period::parse("2023/25").unwrap_err();
        assert!(e.0.contains("2023/24"), "{}", e.0);
    }

    #[test]
    fn a_year_and_a_month_never_mix() {
        assert_eq!(p("2009/10"), Period::Year(2009));
        assert_eq!(p("2009-10"), Period::Month(2009, 10));
    }

    #[test]
    fn months_lie_in_quarters_of_the_reporting_year() {
        let cal = Calendar::default();
        assert_eq!(cal.quarter_of(p("2023-09")), p("2023/24-Q2"));
        assert_eq!(cal.quarter_of(p("2024-03")), p("2023/24-Q4"));
        assert_eq!(cal.quarter_of(p("2023-04")), p("2023/24-Q1"));
        let jan = Calendar::new(1);
        assert_eq!(jan.quarter_of(p("2023-09")), p("2023/24-Q3"));
        assert!(cal.within(p("2023-09"), p("2023/24")));
        assert!(!cal.within(p("2024-04"), p("2023/24")));
    }

    #[test]
    fn previous_and_last_year() {
        let cal = Calendar::default();
        assert_eq!(cal.previous(p("2023/24-Q1")), p("2022/23-Q4"));
        assert_eq!(cal.previous(p("2023/24-Q2")), p("2023/24-Q1"));
        assert_eq!(cal.previous(p("2023-01")), p("2022-12"));
        assert_eq!(cal.previous(p("2023/24")), p("2022/23"));
        assert_eq!(cal.last_year(p("2023/24-Q2")), p("2022/23-Q2"));
        assert_eq!(cal.last_year(p("2023-09")), p("2022-09"));
        assert_eq!(cal.last_year(p("2000/01")), p("1999/00"));
    }

    #[test]
    fn lists_the_periods_inside_another() {
        let cal = Calendar::default();
        let months: Vec<_> =
            cal.periods_within(PeriodKind::Month, p("2023/24-Q2")).map(|m| m.to_string()).collect();
        assert_eq!(months, ["2023-07", "2023-08", "2023-09"]);
        assert_eq!(cal.periods_within(PeriodKind::Quarter, p("2023/24")).count(), 4);
        assert_eq!(cal.periods_within(PeriodKind::Year, p("2023/24-Q2")).count(), 0);
    }
}

//! A pack's periods: ISO 8601 intervals, `START/DURATION` (`2023-04-01/P1Y`, `2023-07-01/P3M`,
//! `2020-04-01/P3Y`), and how each shows beside a scorecard's own periods.

use crate::period::{Calendar, Period, PeriodKind};
use std::fmt;

/// An interval of whole months from the first of a month, or of whole years from any day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Interval {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    /// The length in months (`P1Y` is 12, `P3M` 3).
    pub months: u32,
}

impl Interval {
    /// Reads `YYYY-MM-DD/PnY` or `YYYY-MM-DD/PnM` (a plain `YYYY` is the calendar year).
    pub fn parse(text: &str) -> Option<Interval> {
        let t = text.trim();
        if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Interval { year: t.parse().ok()?, month: 1, day: 1, months: 12 });
        }
        let (start, length) = t.split_once('/')?;
        let length = length.strip_prefix('P')?;
        let mut parts = start.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        if parts.next().is_some()
            || !(1000..=9999).contains(&year)
            || !(1..=12).contains(&month)
            || !(1..=31).contains(&day)
        {
            return None;
        }
        let (n, unit) = length.split_at(length.len().checked_sub(1)?);
        let n: u32 = n.parse().ok().filter(|n| (1..=100).contains(n))?;
        let months = match unit {
            "Y" => n * 12,
            "M" => n,
            _ => return None,
        };
        Some(Interval { year, month, day, months })
    }

    /// The first and last months it covers, counted from year 0 (as `Calendar` counts).
    pub fn start_month(self) -> i64 {
        self.year as i64 * 12 + self.month as i64 - 1
    }

    pub fn last_month(self) -> i64 {
        self.start_month() + self.months as i64 - 1
    }

    /// The interval of the same length that ends where this one starts.
    pub fn before(self) -> Interval {
        let m = self.start_month() - self.months as i64;
        Interval { year: m.div_euclid(12) as i32, month: (m.rem_euclid(12) + 1) as u8, ..self }
    }

    /// Whether the two share any month.
    pub fn overlaps(self, other: Interval) -> bool {
        self.start_month() <= other.last_month() && other.start_month() <= self.last_month()
    }

    /// A scorecard period as an interval.
    pub fn of_period(p: Period, cal: Calendar) -> Interval {
        let start = cal.start(p);
        let months = (cal.end(p) - start + 1) as u32;
        Interval {
            year: start.div_euclid(12) as i32,
            month: (start.rem_euclid(12) + 1) as u8,
            day: 1,
            months,
        }
    }

    /// The scorecard period this interval is, in a calendar whose years start in
    /// `cal.year_starts`: a reporting year, a quarter or a month, starting on the 1st.
    pub fn as_period(self, cal: Calendar) -> Option<Period> {
        if self.day != 1 {
            return None;
        }
        let month = Period::Month(self.year, self.month);
        let kind = match self.months {
            12 => PeriodKind::Year,
            3 => PeriodKind::Quarter,
            1 => return Some(month),
            _ => return None,
        };
        let p = cal.containing(kind, cal.start(month));
        (cal.start(p) == cal.start(month)).then_some(p)
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (n, unit) =
            if self.months.is_multiple_of(12) { (self.months / 12, 'Y') } else { (self.months, 'M') };
        write!(f, "{:04}-{:02}-{:02}/P{n}{unit}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(t: &str) -> Interval {
        Interval::parse(t).unwrap_or_else(|| panic!("{t}"))
    }

    #[test]
    fn intervals_read_and_write_back() {
        for t in ["2023-04-01/P1Y", "2023-07-01/P3M", "2024-01-01/P1M", "2020-04-01/P3Y", "2016-09-01/P1Y"] {
            assert_eq!(i(t).to_string(), t);
        }
        assert_eq!(i("2019"), i("2019-01-01/P1Y"));
        for bad in
            ["2023-04-01", "2023-13-01/P1Y", "2023-04-01/P1D", "2023-04-01/P0Y", "soon", "2023-04-01/PY"]
        {
            assert_eq!(Interval::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_interval_is_a_scorecard_period_only_where_it_is_one() {
        let april = Calendar::new(4);
        assert_eq!(i("2023-04-01/P1Y").as_period(april), Some(Period::parse("2023/24").unwrap()));
        assert_eq!(i("2023-07-01/P3M").as_period(april), Some(Period::parse("2023/24-Q2").unwrap()));
        assert_eq!(i("2024-01-01/P1M").as_period(april), Some(Period::parse("2024-01").unwrap()));
        assert_eq!(i("2016-09-01/P1Y").as_period(april), None, "an academic year");
        assert_eq!(i("2020-04-01/P3Y").as_period(april), None, "an aggregate");
    }

    #[test]
    fn the_period_before_has_the_same_length() {
        assert_eq!(i("2023-04-01/P1Y").before(), i("2022-04-01/P1Y"));
        assert_eq!(i("2024-01-01/P3M").before(), i("2023-10-01/P3M"));
        assert_eq!(i("2020-04-01/P3Y").before(), i("2017-04-01/P3Y"));
        assert!(i("2020-04-01/P3Y").overlaps(i("2021-04-01/P3Y")));
        assert!(!i("2020-04-01/P3Y").overlaps(i("2017-04-01/P3Y")));
    }
}

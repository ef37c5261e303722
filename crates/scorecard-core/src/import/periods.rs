//! Periods as spreadsheets spell them: `Q2 2023/24`, `2023-24;Q2`, `Jul-Sep 2023`, `Sep-23`,
//! `2023/2024`, a date, and the same in Welsh (`Ch2 2023/24`, `Medi 2023`)… turned into the
//! format's periods. A range of several years (`2014-17`) is refused with the reason.

use crate::period::{Calendar, Period, PeriodKind};

const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
];

/// Why a cell is not a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotAPeriod {
    /// `2014-17`, `2014-04-01/P3Y`: several years at once, which no indicator period can hold.
    Range,
    /// An ISO 8601 interval that is not a reporting year, quarter or month of the calendar
    /// (`2015-11-16/P1Y`, a calendar year where years start in April).
    Interval,
    Unknown,
}

/// An ISO 8601 interval as open data writes periods (ONS Explore Local Statistics):
/// `2023-04-01/P1Y` is the reporting year 2023/24 where years start in April, `2023-07-01/P3M`
/// a quarter, `2024-01-01/P1M` a month. `None`: not an interval at all.
fn interval(t: &str, cal: Calendar) -> Option<Result<Period, NotAPeriod>> {
    let (start, length) = t.split_once('/')?;
    let length = length.trim().strip_prefix('P')?;
    let (date, _) = start.trim().split_once('T').unwrap_or((start.trim(), ""));
    let mut parts = date.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next().unwrap_or("01"));
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) else {
        return Some(Err(NotAPeriod::Unknown));
    };
    if y < 1000 || !(1..=12).contains(&m) {
        return Some(Err(NotAPeriod::Unknown));
    }
    let (n, unit) = length.split_at(length.len().saturating_sub(1));
    let n: u32 = n.parse().ok()?;
    let month = Period::Month(y, m);
    let found = match (n, unit, d) {
        (1, "Y", 1) => Some(cal.containing(PeriodKind::Year, cal.start(month))),
        (3, "M", 1) => Some(cal.containing(PeriodKind::Quarter, cal.start(month))),
        (1, "M", 1) => Some(month),
        (n, "Y", _) if n > 1 => return Some(Err(NotAPeriod::Range)),
        _ => None,
    };
    // The interval must be the whole period: it starts where the period starts.
    Some(match found {
        Some(p) if cal.start(p) == cal.start(month) => Ok(p),
        _ => Err(NotAPeriod::Interval),
    })
}

/// Welsh months, and the short forms calendars and sheets use.
const MISOEDD: [(&str, &str); 12] = [
    ("ionawr", "ion"),
    ("chwefror", "chwef"),
    ("mawrth", "maw"),
    ("ebrill", "ebr"),
    ("mai", "mai"),
    ("mehefin", "meh"),
    ("gorffennaf", "gorff"),
    ("awst", "awst"),
    ("medi", "medi"),
    ("hydref", "hyd"),
    ("tachwedd", "tach"),
    ("rhagfyr", "rhag"),
];

fn month_of(word: &str) -> Option<u8> {
    if let Some(i) = MISOEDD.iter().position(|(full, short)| word == *full || word == *short) {
        return Some(i as u8 + 1);
    }
    if word.len() < 3 {
        return None;
    }
    let w = if word == "sept" { "sep" } else { word };
    MONTHS.iter().position(|m| m.starts_with(w) && (w.len() == 3 || *m == w)).map(|i| i as u8 + 1)
}

/// A reporting year: `2023/24`, `2023-24`, `2023/2024`, `23/24`.
fn year(token: &str) -> Result<Option<i32>, NotAPeriod> {
    let Some((a, b)) = token.split_once(['/', '-']) else { return Ok(None) };
    if !a.chars().chain(b.chars()).all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let (Ok(a), Ok(bn)) = (a.parse::<i32>(), b.parse::<i32>()) else { return Ok(None) };
    let start = match token.split_once(['/', '-']).map(|(x, _)| x.len()) {
        Some(4) => a,
        Some(2) => 2000 + a,
        _ => return Ok(None),
    };
    let end = match b.len() {
        2 => start - start.rem_euclid(100) + bn + if bn < start.rem_euclid(100) { 100 } else { 0 },
        4 => bn,
        _ => return Ok(None),
    };
    if end == start + 1 {
        Ok(Some(start))
    } else if end > start + 1 && end <= start + 10 {
        Err(NotAPeriod::Range)
    } else {
        Ok(None)
    }
}

/// A four-digit calendar year, or a two-digit one (`23` → 2023).
fn calendar_year(token: &str) -> Option<i32> {
    if !token.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match token.len() {
        4 => token.parse().ok(),
        2 => token.parse::<i32>().ok().map(|y| 2000 + y),
        _ => None,
    }
}

/// A month as a period, or the quarter it ends where the indicator is quarterly.
pub fn from_month(year: i32, month: u8, kind: Option<PeriodKind>, cal: Calendar) -> Period {
    let m = Period::Month(year, month);
    match kind {
        Some(PeriodKind::Quarter) => cal.quarter_of(m),
        Some(PeriodKind::Year) => cal.containing(PeriodKind::Year, cal.start(m)),
        _ => m,
    }
}

/// Reads a period from a text cell. `kind` is the indicator's frequency where known (a date
/// then means the quarter or year it falls in).
pub fn parse(raw: &str, kind: Option<PeriodKind>, cal: Calendar) -> Result<Period, NotAPeriod> {
    let t = raw.trim();
    if let Some(found) = interval(t, cal) {
        return found;
    }
    // DfE's `time_period` for a financial or academic year: `202324` is 2023/24 (never a
    // month: no month is numbered past 12).
    if let (6, true) = (t.len(), t.bytes().all(|b| b.is_ascii_digit())) {
        let (start, end) = (t[..4].parse::<i32>().unwrap_or(0), t[4..].parse::<i32>().unwrap_or(-1));
        if end == (start + 1).rem_euclid(100) {
            return Ok(Period::Year(start));
        }
    }
    // A year before the format's own forms: in a sheet `2009-10` is 2009/10, not October;
    // spaces around the dash are allowed (`2014 - 16`, as Trafford's open data writes spans).
    let squeezed: String = t.chars().filter(|c| !c.is_whitespace()).collect::<String>().replace('–', "-");
    let span = squeezed.chars().all(|c| c.is_ascii_digit() || c == '-' || c == '/');
    if let Some(y) = year(if span { &squeezed } else { t })? {
        return Ok(Period::Year(y));
    }
    if let Ok(p) = Period::parse(t) {
        return Ok(p);
    }
    let lower = t.to_lowercase().replace(['–', '—'], "-");
    let spaced = lower.replace([';', ','], " ").replace("-q", " q").replace("-ch", " ch");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    // Dates written as text: 30/09/2023, 2023-09-30.
    if tokens.len() == 1 {
        if let Some(p) = text_date(tokens[0], kind, cal) {
            return Ok(p);
        }
    }
    // Quarters: "q2 2023/24", "2023/24 q2", "qtr 2 2023/24", "quarter 2 2023/24".
    let mut quarter = None;
    let mut reporting_year = None;
    let mut other = false;
    let mut i = 0;
    while i < tokens.len() {
        let tk = tokens[i];
        // "Q2", or the Welsh "Ch2" (chwarter).
        if let Some(n) = tk.strip_prefix('q').or_else(|| tk.strip_prefix("ch")).filter(|n| n.len() == 1) {
            quarter = n.parse::<u8>().ok();
        } else if (tk == "qtr" || tk == "quarter" || tk == "chwarter") && i + 1 < tokens.len() {
            quarter = tokens[i + 1].parse::<u8>().ok();
            i += 1;
        } else if let Some(y) = year(tk)? {
            reporting_year = Some(y);
        } else if tk != "-" {
            other = true;
        }
        i += 1;
    }
    if other {
        quarter = None;
    }
    if let (Some(q), Some(y)) = (quarter, reporting_year) {
        if (1..=4).contains(&q) {
            return Ok(Period::Quarter(y, q));
        }
    }
    // Month words: "sep-23", "sep 2023", "september 2023", "jul-sep 2023", "july - september 2023".
    let words: Vec<&str> =
        lower.split(|c: char| c.is_whitespace() || c == '-' || c == '/').filter(|w| !w.is_empty()).collect();
    let months: Vec<u8> = words.iter().filter_map(|w| month_of(w)).collect();
    let years: Vec<i32> = words.iter().filter_map(|w| calendar_year(w)).collect();
    let known = months.len() + years.len() == words.len();
    if known && years.len() == 1 {
        let y = years[0];
        match months[..] {
            [m] => return Ok(from_month(y, m, kind, cal)),
            [first, last] => {
                // A quarter of the reporting year, named by its first and last months; the
                // year is the year the quarter ends in.
                let end = Period::Month(y, last);
                let q = cal.quarter_of(end);
                let first_month = cal.start(q);
                if cal.end(q) == cal.start(end)
                    && first_month == cal.start(Period::Month(if first > last { y - 1 } else { y }, first))
                {
                    return Ok(q);
                }
            }
            _ => {}
        }
    }
    Err(NotAPeriod::Unknown)
}

fn text_date(token: &str, kind: Option<PeriodKind>, cal: Calendar) -> Option<Period> {
    let parts: Vec<&str> = token.split(['/', '-', '.']).collect();
    if parts.len() != 3 || !parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    // ISO (2023-09-30) or UK order (30/09/2023): never the American month-first order.
    let (y, m) = if parts[0].len() == 4 {
        (parts[0].parse::<i32>().ok()?, parts[1].parse::<u8>().ok()?)
    } else if parts[2].len() == 4 {
        (parts[2].parse::<i32>().ok()?, parts[1].parse::<u8>().ok()?)
    } else {
        return None;
    };
    (1..=12).contains(&m).then(|| from_month(y, m, kind, cal))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        Period::parse(s).unwrap()
    }

    fn read(s: &str) -> Result<Period, NotAPeriod> {
        parse(s, None, Calendar::default())
    }

    #[test]
    fn quarters_as_sheets_write_them() {
        for s in [
            "Q2 2023/24",
            "2023/24 Q2",
            "Q2 23/24",
            "2023-24 Q2",
            "2023-24;Q2",
            "Qtr 2 2023/24",
            "Quarter 2 2023/24",
            "Jul-Sep 2023",
            "July - September 2023",
            "2023/24-Q2",
            "2023/24 - Q2",
            "Ch2 2023/24",
            "2023/24 Ch2",
            "2023-24-Ch2",
            "Chwarter 2 2023/24",
            "Gorff-Medi 2023",
            "Gorffennaf - Medi 2023",
        ] {
            assert_eq!(read(s), Ok(p("2023/24-Q2")), "{s}");
        }
        assert_eq!(read("Ion-Maw 2024"), Ok(p("2023/24-Q4")));
        assert_eq!(read("Medi 2023"), Ok(p("2023-09")));
        // Open data's ISO 8601 intervals.
        assert_eq!(read("2023-04-01/P1Y"), Ok(p("2023/24")));
        assert_eq!(read("2023-07-01/P3M"), Ok(p("2023/24-Q2")));
        assert_eq!(read("2024-01-01/P1M"), Ok(p("2024-01")));
        assert_eq!(
            read("2019-01-01/P1Y"),
            Err(NotAPeriod::Interval),
            "a calendar year, years starting in April"
        );
        assert_eq!(read("2015-11-16/P1Y"), Err(NotAPeriod::Interval));
        assert_eq!(read("2014-04-01/P3Y"), Err(NotAPeriod::Range));
        assert_eq!(parse("2019-01-01/P1Y", None, Calendar { year_starts: 1 }), Ok(Period::Year(2019)));
        assert_eq!(read("Mai 2024"), Ok(p("2024-05")));
        assert_eq!(read("Rhag-23"), Ok(p("2023-12")));
        assert_eq!(read("Jan-Mar 2024"), Ok(p("2023/24-Q4")));
        assert_eq!(read("Jun-Aug 2023"), Err(NotAPeriod::Unknown), "not a quarter of the reporting year");
    }

    #[test]
    fn years_and_months() {
        for s in ["2023/24", "2023-24", "2023/2024", "23/24"] {
            assert_eq!(read(s), Ok(p("2023/24")), "{s}");
        }
        assert_eq!(read("2009-10"), Ok(p("2009/10")), "YYYY-YY is a year in a sheet");
        assert_eq!(read("1999/00"), Ok(p("1999/00")));
        // DfE's time_period for a financial or academic year.
        assert_eq!(read("202324"), Ok(p("2023/24")));
        assert_eq!(read("199900"), Ok(p("1999/00")));
        assert_ne!(read("202309"), Ok(p("2023/24")), "not a year: 09 does not follow 23");
        for s in ["Sep-23", "Sep 2023", "September 2023", "sept 2023", "2023-09", "30/09/2023", "2023-09-30"]
        {
            assert_eq!(read(s), Ok(p("2023-09")), "{s}");
        }
        assert_eq!(parse("30/09/2023", Some(PeriodKind::Quarter), Calendar::default()), Ok(p("2023/24-Q2")));
    }

    #[test]
    fn ranges_and_nonsense_are_refused() {
        assert_eq!(read("2014-17"), Err(NotAPeriod::Range));
        assert_eq!(read("2012-15"), Err(NotAPeriod::Range));
        assert_eq!(read("2014 - 16"), Err(NotAPeriod::Range));
        assert_eq!(read("2023 / 24"), Ok(p("2023/24")));
        assert_eq!(read("Q5 2023/24"), Err(NotAPeriod::Unknown));
        assert_eq!(read("soon"), Err(NotAPeriod::Unknown));
        assert_eq!(read("Q2 2023"), Err(NotAPeriod::Unknown), "which reporting year is not said");
    }
}

//! One area's place among its group for one measure and period: the row `scorecard compare`
//! prints and the dashboard shows, from the pack's values alone.

use super::stats::{self, Significance, Standing};
use super::{Figure, Interval, Measure, Polarity, Shard, ValueStatus};
use crate::order::Sort;
use std::cmp::Ordering;

/// The previous period's figures for the change of rank.
#[derive(Clone, Debug, PartialEq)]
pub struct Previous {
    pub period: Interval,
    pub value: Option<f64>,
    pub rank: Option<usize>,
    pub n: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub measure: String,
    pub period: Interval,
    pub polarity: Polarity,
    pub figure: Figure,
    pub standing: Standing,
    /// Members with no value, by reason (`None`: no reason given), most first.
    pub missing: Vec<(Option<ValueStatus>, usize)>,
    /// Members that do not provide the service: in neither the field nor the missing.
    pub not_applicable: Vec<String>,
    pub significance: Option<Significance>,
    pub previous: Option<Previous>,
    /// Members that were not ahead of the area in the previous period and are now.
    pub overtaken_by: Option<usize>,
    /// Members that were ahead and are not.
    pub overtook: Option<usize>,
    /// The members' values, for a chart and its table: `(code, value)`, best first.
    pub field: Vec<(String, f64)>,
}

/// The UK's nations, as the first letter of a GSS area code names them (`E06000001`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Nation {
    England,
    Wales,
    Scotland,
    NorthernIreland,
}

impl Nation {
    /// The nation of a GSS code (a letter and eight digits), if it is one.
    pub fn of(code: &str) -> Option<Nation> {
        let b = code.as_bytes();
        if b.len() != 9 || !b[1..].iter().all(u8::is_ascii_digit) {
            return None;
        }
        match b[0] {
            b'E' => Some(Nation::England),
            b'W' => Some(Nation::Wales),
            b'S' => Some(Nation::Scotland),
            b'N' => Some(Nation::NorthernIreland),
            _ => None,
        }
    }
}

/// The nations of the areas `codes`, where each is a GSS code (none where any is not): for
/// saying why an area has no value (the measure is England's).
pub fn nations<'a>(codes: impl IntoIterator<Item = &'a str>) -> Vec<Nation> {
    let mut out: Vec<Nation> = Vec::new();
    for code in codes {
        match Nation::of(code) {
            Some(n) if !out.contains(&n) => out.push(n),
            Some(_) => {}
            None => return Vec::new(),
        }
    }
    out.sort();
    out
}

impl Row {
    /// The nations the measure's values are for ([`nations`]).
    pub fn nations(&self) -> Vec<Nation> {
        nations(self.field.iter().map(|(code, _)| code.as_str()))
    }

    pub fn missing_count(&self) -> usize {
        self.missing.iter().map(|(_, n)| n).sum()
    }

    /// Every member of the group: the field, those without a value, those not providing it.
    pub fn group_size(&self) -> usize {
        self.standing.n + self.missing_count() + self.not_applicable.len()
    }

    /// The area's quarter; none for a neutral measure, which has no better or worse.
    pub fn quartile(&self) -> Option<u8> {
        self.standing.quartile.filter(|_| self.polarity != Polarity::Neutral)
    }

    /// The quarter a member's rank is in, as [`Row::quartile`] says the area's.
    pub fn quartile_of(&self, rank: usize) -> Option<u8> {
        (self.polarity != Polarity::Neutral).then(|| stats::quartile(rank, self.standing.n))
    }

    /// Each member's rank in `field`, in its order: ties share the best rank, as the area's
    /// own does.
    pub fn ranks(&self) -> Vec<usize> {
        stats::ranks_in_order(&self.field.iter().map(|(_, v)| *v).collect::<Vec<_>>(), self.polarity)
    }
}

/// The period a change of rank is measured from: the last period of the same length that
/// ends by the time `period` starts (the period before at the measure's frequency; for a
/// multi-year aggregate, the previous one that does not overlap it).
pub fn previous_period(measure: &Measure, period: Interval) -> Option<Interval> {
    measure
        .periods
        .iter()
        .filter(|p| p.months == period.months && *p < &period && !p.overlaps(period))
        .max()
        .copied()
}

/// The members' values in one period: the field (with a value, providing the service),
/// those without a value by reason, those not providing it, and every member's figure.
struct Field<'a> {
    values: Vec<(&'a str, f64)>,
    missing: Vec<(Option<ValueStatus>, usize)>,
    not_applicable: Vec<String>,
    figures: std::collections::HashMap<&'a str, Figure>,
}

fn field<'a>(shard: &'a Shard, members: &[&'a str], period: Interval) -> Field<'a> {
    let figures = shard.figures(period);
    let mut values = Vec::new();
    let mut missing: Vec<(Option<ValueStatus>, usize)> = Vec::new();
    let mut not_applicable = Vec::new();
    for &m in members {
        let f = figures.get(m);
        match (f.and_then(|f| f.value), f.and_then(|f| f.status.clone())) {
            (_, Some(ValueStatus::NotApplicable)) => not_applicable.push(m.to_string()),
            (Some(v), _) => values.push((m, v)),
            (None, reason) => match missing.iter_mut().find(|(r, _)| *r == reason) {
                Some((_, n)) => *n += 1,
                None => missing.push((reason, 1)),
            },
        }
    }
    missing.sort_by_key(|m| std::cmp::Reverse(m.1));
    Field { values, missing, not_applicable, figures }
}

/// The row for `area` among `members` (the group as the area sees it) for `measure` in
/// `period`.
pub fn row(measure: &Measure, shard: &Shard, members: &[&str], area: &str, period: Interval) -> Row {
    let polarity = measure.polarity;
    let Field { values, missing, not_applicable, figures } = field(shard, members, period);
    let figure = figures.get(area).cloned().unwrap_or_default();
    let only: Vec<f64> = values.iter().map(|(_, v)| *v).collect();
    let standing = stats::standing(&only, figure.value, polarity);
    let significance = match (figure.lower, figure.upper, standing.median) {
        (Some(lo), Some(up), Some(m)) => stats::significance(lo, up, m, polarity),
        _ => None,
    };
    let previous = previous_period(measure, period).map(|p| {
        let before = field(shard, members, p).values;
        let was: Vec<f64> = before.iter().map(|(_, v)| *v).collect();
        let value = before.iter().find(|(m, _)| *m == area).map(|(_, v)| *v);
        let s = stats::standing(&was, value, polarity);
        (Previous { period: p, value, rank: s.rank, n: s.n }, before)
    });
    let (overtaken_by, overtook) = match (&previous, figure.value) {
        (Some((prev, before)), Some(now)) if prev.rank.is_some() && standing.rank.is_some() => {
            let was = prev.value.unwrap_or_default();
            let (by, took) = stats::overtakes(before, &values, area, (was, now), polarity);
            (Some(by), Some(took))
        }
        _ => (None, None),
    };
    let mut field: Vec<(String, f64)> = values.iter().map(|(m, v)| (m.to_string(), *v)).collect();
    field.sort_by(|a, b| stats::better(polarity, b.1, a.1).then_with(|| a.0.cmp(&b.0)));
    Row {
        measure: measure.id.clone(),
        period,
        polarity,
        figure,
        standing,
        missing,
        not_applicable,
        significance,
        previous: previous.map(|(p, _)| p),
        overtaken_by,
        overtook,
        field,
    }
}

/// How the compare view's rows are ordered (its `sort=`): by where each stands (`rank`, best
/// placed first; `-rank`, worst first), or by one of the indicator list's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    Standing { descending: bool },
    Column(Sort),
}

impl Order {
    pub const STANDING: &'static str = "rank";

    pub fn parse(s: &str) -> Option<Order> {
        match s.strip_prefix('-') {
            _ if s == Self::STANDING => Some(Order::Standing { descending: false }),
            Some(w) if w == Self::STANDING => Some(Order::Standing { descending: true }),
            _ => Sort::parse(s).map(Order::Column),
        }
    }

    /// The order a click on the standing's heading gives: best first, then worst first.
    pub fn next_standing(current: Option<Order>) -> Order {
        Order::Standing { descending: current == Some(Order::Standing { descending: false }) }
    }
}

impl std::fmt::Display for Order {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Order::Standing { descending } => {
                write!(f, "{}{}", if *descending { "-" } else { "" }, Self::STANDING)
            }
            Order::Column(sort) => sort.fmt(f),
        }
    }
}

/// How many of `rows` stand in each quarter, `(quarter, count)` from the top.
pub fn quartile_counts<'a>(rows: impl IntoIterator<Item = &'a Row>) -> [(u8, usize); 4] {
    let mut counts = [(1, 0), (2, 0), (3, 0), (4, 0)];
    for q in rows.into_iter().filter_map(Row::quartile) {
        counts[usize::from(q - 1)].1 += 1;
    }
    counts
}

/// Rows by where each stands: by quartile, then position; a neutral measure (no better or
/// worse) and a row without a rank come after every ranked one, whichever the direction.
pub fn by_standing(a: Option<&Row>, b: Option<&Row>, descending: bool) -> Ordering {
    let key = |r: Option<&Row>| r.and_then(|r| Some((r.quartile()?, r.standing.position?)));
    match (key(a), key(b)) {
        (Some(x), Some(y)) => {
            let o = x.0.cmp(&y.0).then(x.1.total_cmp(&y.1));
            if descending {
                o.reverse()
            } else {
                o
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gss_codes_name_their_nation_and_a_field_its_nations() {
        assert_eq!(Nation::of("W06000015"), Some(Nation::Wales));
        assert_eq!(Nation::of("N09000001"), Some(Nation::NorthernIreland));
        assert_eq!(Nation::of("E0600001"), None);
        assert_eq!(Nation::of("X06000001"), None);
        assert_eq!(nations(["S12000030", "E06000001", "E07000001"]), [Nation::England, Nation::Scotland]);
        assert_eq!(nations(["E06000001", "family-1"]), []);
    }
    use crate::order::SortKey;

    fn ranked(quartile: u8, position: f64, polarity: Polarity) -> Row {
        let standing = Standing {
            n: 10,
            rank: Some(1),
            position: Some(position),
            quartile: Some(quartile),
            median: None,
            gap: None,
            mad: None,
            distance: None,
        };
        Row {
            measure: String::new(),
            period: Interval::parse("2023-04-01/P1Y").unwrap(),
            polarity,
            figure: Figure::default(),
            standing,
            missing: Vec::new(),
            not_applicable: Vec::new(),
            significance: None,
            previous: None,
            overtaken_by: None,
            overtook: None,
            field: Vec::new(),
        }
    }

    #[test]
    fn quartiles_are_counted_where_the_measure_has_a_better() {
        let rows = [
            ranked(1, 0.1, Polarity::Higher),
            ranked(1, 0.2, Polarity::Lower),
            ranked(3, 0.6, Polarity::Higher),
            ranked(2, 0.3, Polarity::Neutral),
        ];
        assert_eq!(quartile_counts(&rows), [(1, 2), (2, 0), (3, 1), (4, 0)]);
        assert_eq!(
            (rows[3].quartile(), rows[3].quartile_of(1), rows[0].quartile_of(9)),
            (None, None, Some(4))
        );
    }

    #[test]
    fn orders_parse_and_print() {
        for s in ["rank", "-rank", "title", "-status"] {
            assert_eq!(Order::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(
            Order::parse("-title"),
            Some(Order::Column(Sort { key: SortKey::Title, descending: true }))
        );
        assert_eq!(Order::parse("ranking"), None);
        assert_eq!(Order::next_standing(None), Order::Standing { descending: false });
        assert_eq!(Order::next_standing(Order::parse("rank")), Order::Standing { descending: true });
    }

    #[test]
    fn the_best_placed_come_first_and_the_unranked_last_either_way() {
        let top = ranked(1, 0.1, Polarity::Higher);
        let second = ranked(1, 0.2, Polarity::Lower);
        let bottom = ranked(4, 0.9, Polarity::Higher);
        let neutral = ranked(1, 0.05, Polarity::Neutral);
        let mut rows = vec![None, Some(&bottom), Some(&neutral), Some(&second), Some(&top)];
        rows.sort_by(|a, b| by_standing(*a, *b, false));
        assert_eq!(rows, vec![Some(&top), Some(&second), Some(&bottom), None, Some(&neutral)]);
        rows.sort_by(|a, b| by_standing(*a, *b, true));
        assert_eq!(rows, vec![Some(&bottom), Some(&second), Some(&top), None, Some(&neutral)]);
    }
}

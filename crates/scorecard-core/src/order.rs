//! How lists of indicators rank: by a column, ascending or descending, statuses and
//! directions worst first. The dashboard's table and any other list use this one order.

use crate::model::Scorecard;
use crate::report::{Assessment, Report};
use crate::wire::wire_enum;
use std::cmp::Ordering;

wire_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum SortKey {
        Code = "code",
        Title = "title",
        Service = "service",
        Value = "value",
        Target = "target",
        Status = "status",
        Direction = "direction",
    }
}

/// A column and a direction, written `value` (ascending) or `-value` (descending).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Sort {
    pub fn parse(s: &str) -> Option<Sort> {
        let (word, descending) = s.strip_prefix('-').map_or((s, false), |k| (k, true));
        SortKey::parse(word).map(|key| Sort { key, descending })
    }

    /// The sort a click on `key`'s heading gives: ascending first, then descending.
    pub fn next(current: Option<Sort>, key: SortKey) -> Sort {
        let descending = current.is_some_and(|s| s.key == key && !s.descending);
        Sort { key, descending }
    }
}

impl std::fmt::Display for Sort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", if self.descending { "-" } else { "" }, self.key.as_str())
    }
}

/// Sorts positions in `r.indicators`. `titles` holds each assessment's title as compared
/// (case-folded by the caller, which may have the browser do it); it is read only for
/// [`SortKey::Title`]. Equal items keep their order, in either direction.
pub fn sort_indicators(sc: &Scorecard, r: &Report, items: &mut [usize], sort: Sort, titles: &[String]) {
    let value = |a: &Assessment| a.observation(&sc.indicators[a.indicator]).and_then(|o| o.present_value());
    let target = |a: &Assessment| a.observation(&sc.indicators[a.indicator]).and_then(|o| o.target);
    let by = |x: usize, y: usize| -> Ordering {
        let (a, b) = (&r.indicators[x], &r.indicators[y]);
        let (ia, ib) = (&sc.indicators[a.indicator], &sc.indicators[b.indicator]);
        match sort.key {
            SortKey::Code => ia.code.cmp(&ib.code),
            SortKey::Title => titles.get(x).cmp(&titles.get(y)),
            SortKey::Service => ia.service.cmp(&ib.service),
            SortKey::Value => value(a).partial_cmp(&value(b)).unwrap_or(Ordering::Equal),
            SortKey::Target => target(a).partial_cmp(&target(b)).unwrap_or(Ordering::Equal),
            SortKey::Status => a.status.rank().cmp(&b.status.rank()),
            SortKey::Direction => a.travel.direction.rank().cmp(&b.travel.direction.rank()),
        }
    };
    sort_indices(items, &|x, y| if sort.descending { by(y, x) } else { by(x, y) });
}

/// Sorts `items` stably by `cmp`, through [`sort_indices`]: every list the core sorts shares
/// one copy of the standard library's sort, where a `sort_by` with a closure of its own is
/// another copy (about 4.5 KB) in the dashboard's wasm.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// The one sort (stable): indices, by a comparison of what they stand for.
pub fn sort_indices(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{figures as indicator, scorecard_with};
    use crate::{report, Period, Status};

    #[test]
    fn sorts_parse_and_print() {
        for s in ["value", "-value", "status", "-title"] {
            assert_eq!(Sort::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(Sort::parse("-nonsense"), None);
        assert_eq!(Sort::parse(""), None);
    }

    #[test]
    fn a_second_click_reverses() {
        let first = Sort::next(None, SortKey::Value);
        assert!(!first.descending);
        let second = Sort::next(Some(first), SortKey::Value);
        assert!(second.descending);
        assert!(!Sort::next(Some(second), SortKey::Value).descending);
        assert!(!Sort::next(Some(second), SortKey::Code).descending);
    }

    #[test]
    fn statuses_sort_worst_first_and_values_both_ways() {
        // value, target: higher is better; 1 red, 2 amber (within 5 %), 3 green.
        let sc = scorecard_with(vec![
            indicator("a", &[("2023/24-Q2", Some(50.0), Some(100.0))]),
            indicator("b", &[("2023/24-Q2", Some(96.0), Some(100.0))]),
            indicator("c", &[("2023/24-Q2", Some(120.0), Some(100.0))]),
            indicator("d", &[("2023/24-Q2", None, Some(100.0))]),
        ]);
        let r = report(&sc, Period::parse("2023/24-Q2").unwrap());
        let statuses: Vec<Status> = r.indicators.iter().map(|a| a.status).collect();
        assert_eq!(statuses, [Status::Red, Status::Amber, Status::Green, Status::NoData]);
        let mut items = vec![3, 2, 1, 0];
        sort_indicators(&sc, &r, &mut items, Sort::parse("status").unwrap(), &[]);
        assert_eq!(items, [0, 1, 2, 3]);
        sort_indicators(&sc, &r, &mut items, Sort::parse("-value").unwrap(), &[]);
        assert_eq!(items, [2, 1, 0, 3], "highest first, no value last");
        sort_indicators(&sc, &r, &mut items, Sort::parse("value").unwrap(), &[]);
        assert_eq!(items, [3, 0, 1, 2]);
    }

    #[test]
    fn titles_sort_by_the_keys_given() {
        let sc = scorecard_with(vec![
            indicator("a", &[("2023/24-Q2", Some(1.0), None)]),
            indicator("b", &[("2023/24-Q2", Some(1.0), None)]),
        ]);
        let r = report(&sc, Period::parse("2023/24-Q2").unwrap());
        let mut items = vec![0, 1];
        sort_indicators(&sc, &r, &mut items, Sort::parse("title").unwrap(), &["zebra".into(), "ant".into()]);
        assert_eq!(items, [1, 0]);
    }
}

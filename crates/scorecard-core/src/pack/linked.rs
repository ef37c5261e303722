//! A scorecard's indicators beside a pack's measures (compare spec §2): which indicator is
//! compared on which measure, the pack period a dashboard period shows, the group the
//! comparison is within, and the council's row, its own figure taking the pack's place.

use super::compare::{self, Row};
use super::{Group, Interval, Measure, Pack, Shard};
use crate::decimal::Dec;
use crate::diag::{Diagnostic, Severity};
use crate::messages as msg;
use crate::model::{Indicator, Scorecard};
use crate::period::Period;
use crate::reference::reference_period;

/// The pack period a dashboard period shows for an indicator: the indicator's reference
/// period (its last quarter, month or year up to the period shown) as an interval, where the
/// measure has it; else the measure's latest period ending by then (a pack a year behind
/// the council's own figures still compares, saying which period it is).
pub fn period_for(sc: &Scorecard, ind: &Indicator, measure: &Measure, shown: Period) -> Option<Interval> {
    let reference = reference_period(ind, sc.calendar, shown);
    let wanted = Interval::of_period(reference, sc.calendar);
    if measure.periods.contains(&wanted) {
        return Some(wanted);
    }
    let end = sc.calendar.end(reference);
    measure.periods.iter().filter(|p| p.last_month() <= end).max().copied()
}

/// The council's own figure for a pack period, where the period is one of the scorecard's
/// and the indicator has a value for it: used in place of the pack's (compare spec §2).
pub fn own_value(sc: &Scorecard, ind: &Indicator, period: Interval) -> Option<f64> {
    let p = period.as_period(sc.calendar)?;
    ind.observation(sc.calendar, p).and_then(|o| o.present_value())
}

/// The council's own target for a pack period, where the period is one of the scorecard's.
pub fn own_target(sc: &Scorecard, ind: &Indicator, period: Interval) -> Option<f64> {
    let p = period.as_period(sc.calendar)?;
    ind.observation(sc.calendar, p).and_then(|o| o.target)
}

/// The group to compare within: the one asked for (in the URL), else the scorecard's
/// `peer_group`, else the pack's first; each only where it contains the area and is for the
/// measure (`Pack::group_for`).
pub fn group_for<'a>(pack: &'a Pack, area: &str, measure: &str, asked: &[Option<&str>]) -> Option<&'a Group> {
    pack.group_for(area, Some(measure), asked)
}

/// The row for the scorecard's council: the pack's figures, with the council's own value for
/// the period where the scorecard has one.
pub fn row(
    sc: &Scorecard,
    ind: &Indicator,
    measure: &Measure,
    shard: &Shard,
    members: &[&str],
    period: Interval,
) -> Option<Row> {
    let area = sc.organisation.code.as_deref()?;
    let own = own_value(sc, ind, period);
    let mut shard = std::borrow::Cow::Borrowed(shard);
    if let Some(v) = own {
        let s = shard.to_mut();
        let col = match s.areas.iter().position(|a| a == area) {
            Some(i) => i,
            None => {
                s.areas.push(area.to_string());
                for series in &mut s.series {
                    series.values.push(None);
                }
                s.areas.len() - 1
            }
        };
        if let Some(series) = s.series.iter_mut().find(|x| x.period == period) {
            series.values[col] = Some(v);
        }
    }
    Some(compare::row(measure, &shard, members, area, period))
}

/// The council's rank in each of the measure's periods, oldest first, among the same
/// members, its own figure taking the pack's place: `(period, rank, N)`, the rank absent
/// where it has no value or the field is too small to rank.
pub fn ranks(
    sc: &Scorecard,
    ind: &Indicator,
    measure: &Measure,
    shard: &Shard,
    members: &[&str],
) -> Vec<(Interval, Option<usize>, usize)> {
    measure
        .periods
        .iter()
        .filter_map(|&p| row(sc, ind, measure, shard, members, p))
        .map(|r| (r.period, r.standing.rank, r.standing.n))
        .collect()
}

/// Where the scorecard's figure for the council differs from the pack's beyond the measure's
/// decimals (the indicator's where the measure gives none): a warning at the scorecard's value
/// for each such period (compare spec §2). `check` says these; the dashboard compares the
/// scorecard's figure.
pub fn differences(sc: &Scorecard, ind: &Indicator, measure: &Measure, shard: &Shard) -> Vec<Diagnostic> {
    let Some(col) = sc.organisation.code.as_deref().and_then(|a| shard.areas.iter().position(|x| x == a))
    else {
        return Vec::new();
    };
    let decimals = measure.decimals.map_or(ind.decimals, u32::from);
    let shown = |x: f64| Dec::rounded(x, decimals);
    ind.values
        .iter()
        .filter_map(|obs| {
            let own = obs.present_value()?;
            let period = Interval::of_period(obs.period, sc.calendar);
            let theirs = shard.series(period)?.values.get(col).copied().flatten()?;
            (shown(own) != shown(theirs)).then(|| Diagnostic {
                severity: Severity::Warning,
                pointer: format!("/indicators/{}/values/{}/value", ind.index, obs.index),
                message: msg::p().differs_from_pack(
                    &obs.period.to_string(),
                    &Dec::rounded(theirs, decimals).map_or_else(|| theirs.to_string(), |d| d.to_string()),
                    &measure.id,
                ),
            })
        })
        .collect()
}

/// The scorecard's indicators that name a measure of `pack`: `(indicator's place, measure)`.
pub fn linked<'a>(sc: &Scorecard, pack: &'a Pack) -> Vec<(usize, &'a Measure)> {
    sc.indicators
        .iter()
        .enumerate()
        .filter_map(|(i, ind)| {
            let peers = ind.peers.as_ref().filter(|p| p.pack == pack.id)?;
            Some((i, pack.measure(&peers.measure)?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::read;

    const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data");

    fn sample() -> (Scorecard, Pack) {
        let sc = crate::read(&std::fs::read(format!("{DIR}/sample.json")).unwrap()).scorecard.unwrap();
        let pack =
            read::index(&std::fs::read(format!("{DIR}/packs/unitaries/index.json")).unwrap()).value.unwrap();
        (sc, pack)
    }

    fn shard(pack: &Pack, m: &Measure) -> Shard {
        let bytes =
            std::fs::read(format!("{DIR}/packs/unitaries/{}", crate::pack::write::file(&m.shard))).unwrap();
        read::shard(&bytes, pack, m).value.unwrap()
    }

    #[test]
    fn the_sample_links_sixteen_indicators_and_compares_each_with_its_own_figure() {
        let (sc, pack) = sample();
        let links = linked(&sc, &pack);
        assert_eq!(links.len(), 16);
        assert_eq!(sc.organisation.code.as_deref(), Some("E06999001"));
        for (i, m) in links {
            let ind = &sc.indicators[i];
            let period = period_for(&sc, ind, m, sc.current_period).expect("a period");
            let group = group_for(&pack, "E06999001", &m.id, &[None, sc.peer_group.as_deref()]).unwrap();
            assert_eq!(group.id, "nearest-neighbours");
            let members = group.members_for("E06999001").unwrap();
            let r = row(&sc, ind, m, &shard(&pack, m), &members, period).unwrap();
            assert_eq!(r.figure.value, own_value(&sc, ind, period), "{}: Wexcombe's own figure", ind.id);
            assert!(r.standing.rank.is_some(), "{}", ind.id);
        }
    }

    #[test]
    fn the_councils_own_figure_takes_the_packs_place() {
        let (sc, pack) = sample();
        let m = pack.measure("recycling-rate").unwrap();
        let ind = sc.indicators.iter().find(|i| i.id == "recycling-rate").unwrap();
        let mut s = shard(&pack, m);
        let period = period_for(&sc, ind, m, sc.current_period).unwrap();
        // The pack says otherwise; the scorecard's figure is the one compared.
        let col = s.areas.iter().position(|a| a == "E06999001").unwrap();
        s.series.iter_mut().find(|x| x.period == period).unwrap().values[col] = Some(1.0);
        let members: Vec<&str> = pack.areas.iter().map(|a| a.code.as_str()).collect();
        let r = row(&sc, ind, m, &s, &members, period).unwrap();
        assert_eq!(r.figure.value, Some(41.8));
    }

    #[test]
    fn a_figure_that_differs_from_the_packs_beyond_its_decimals_is_a_warning_at_its_value() {
        let (sc, pack) = sample();
        let m = pack.measure("recycling-rate").unwrap();
        let ind = sc.indicators.iter().find(|i| i.id == "recycling-rate").unwrap();
        let mut s = shard(&pack, m);
        assert_eq!(differences(&sc, ind, m, &s), vec![], "the sample's pack holds Wexcombe's figures");
        let col = s.areas.iter().position(|a| a == "E06999001").unwrap();
        let last = ind.values.last().unwrap();
        let period = Interval::of_period(last.period, sc.calendar);
        let own = last.present_value().unwrap();
        let set = |s: &mut Shard, v: f64| {
            s.series.iter_mut().find(|x| x.period == period).unwrap().values[col] = Some(v)
        };
        set(&mut s, own + 0.04);
        assert_eq!(differences(&sc, ind, m, &s), vec![], "within the measure's one decimal");
        set(&mut s, own + 0.3);
        let found = differences(&sc, ind, m, &s);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].pointer, format!("/indicators/{}/values/{}/value", ind.index, last.index));
        assert_eq!(found[0].severity, Severity::Warning);
        assert!(found[0].message.contains(&format!("{:.1}", own + 0.3)), "{}", found[0].message);
    }

    #[test]
    fn the_rank_over_time_is_each_periods_rank_among_the_same_members() {
        let (sc, pack) = sample();
        let m = pack.measure("recycling-rate").unwrap();
        let ind = sc.indicators.iter().find(|i| i.id == "recycling-rate").unwrap();
        let s = shard(&pack, m);
        let members = pack.group("nearest-neighbours").unwrap().members_for("E06999001").unwrap();
        let over_time = ranks(&sc, ind, m, &s, &members);
        assert_eq!(over_time.len(), m.periods.len());
        for (period, rank, n) in &over_time {
            let r = row(&sc, ind, m, &s, &members, *period).unwrap();
            assert_eq!((*rank, *n), (r.standing.rank, r.standing.n));
            assert!(*n <= 16);
        }
        let r = row(&sc, ind, m, &s, &members, *m.periods.last().unwrap()).unwrap();
        let ranks = r.ranks();
        let ours = r.field.iter().position(|(c, _)| c == "E06999001").unwrap();
        assert_eq!(Some(ranks[ours]), r.standing.rank);
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]) && ranks[0] == 1);
    }

    #[test]
    fn a_shown_period_the_pack_lacks_falls_back_to_its_latest_before() {
        let (sc, pack) = sample();
        let m = pack.measure("gender-pay-gap").unwrap();
        let ind = sc.indicators.iter().find(|i| i.id == "gender-pay-gap").unwrap();
        let p = period_for(&sc, ind, m, sc.current_period).unwrap();
        assert_eq!(p.to_string(), "2022-04-01/P1Y", "an annual indicator's reference year");
    }
}

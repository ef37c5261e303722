//! Where one area's value stands among its comparator group's (docs/packs.md, §3 of the
//! compare spec): rank, position, quartile, median, gap, MAD distance, significance, and the
//! change of rank between two periods. Pure functions of the values; no league tables.
//!
//! Values are ordered as published: two figures are compared exactly (the `f64` a published
//! decimal reads as keeps its order), and nearness to a midpoint is measured in decimals, so
//! 49.9 and 50.1 are equally near 50. The median, MAD and distance are computed in `f64` as
//! the national bodies compute them, so that Oflog's published figures reproduce to the bit.

use super::Polarity;
use crate::decimal::Dec;
use std::cmp::Ordering;

/// Fewer values than this give no rank, quartile or median.
pub const MIN_FIELD: usize = 3;

/// How `a` compares with `b` as a result: `Greater` when `a` is better. A neutral measure has
/// no better; it is ordered from the highest, and said as "highest", never "best".
pub fn better(polarity: Polarity, a: f64, b: f64) -> Ordering {
    match polarity {
        Polarity::Higher | Polarity::Neutral => a.total_cmp(&b),
        Polarity::Lower => b.total_cmp(&a),
        Polarity::Target(mid) => distance_from(b, mid).cmp_exact(distance_from(a, mid)),
    }
}

/// `|x − mid|` in decimals where both fit, else in `f64`.
fn distance_from(x: f64, mid: f64) -> Near {
    match (Dec::from_f64(x), Dec::from_f64(mid)) {
        (Some(x), Some(m)) => match x.checked_sub(m) {
            Some(d) => Near::Exact(d.abs()),
            None => Near::Float((x.to_f64() - m.to_f64()).abs()),
        },
        _ => Near::Float((x - mid).abs()),
    }
}

#[derive(Clone, Copy)]
enum Near {
    Exact(Dec),
    Float(f64),
}

impl Near {
    fn cmp_exact(self, other: Near) -> Ordering {
        match (self, other) {
            (Near::Exact(a), Near::Exact(b)) => {
                a.checked_cmp(b).unwrap_or_else(|| a.to_f64().total_cmp(&b.to_f64()))
            }
            (a, b) => a.float().total_cmp(&b.float()),
        }
    }

    fn float(self) -> f64 {
        match self {
            Near::Exact(d) => d.to_f64(),
            Near::Float(f) => f,
        }
    }
}

/// Whether a value is better than the median (`Some(true)`), worse (`Some(false)`), or
/// neither: level with it, or a neutral measure, which has no better.
pub fn beats_median(polarity: Polarity, value: f64, median: f64) -> Option<bool> {
    match (polarity, better(polarity, value, median)) {
        (Polarity::Neutral, _) | (_, Ordering::Equal) => None,
        (_, o) => Some(o == Ordering::Greater),
    }
}

/// 1 + the number of values strictly better than `value`: ties share the best rank
/// (1, 2, 2, 4), the LGBF's rule.
pub fn rank(field: &[f64], value: f64, polarity: Polarity) -> usize {
    1 + field.iter().filter(|&&v| better(polarity, v, value) == Ordering::Greater).count()
}

/// Every value's rank in a field already in order, best first: what [`rank`] gives each,
/// in one pass (ties share the best rank).
pub fn ranks_in_order(best_first: &[f64], polarity: Polarity) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(best_first.len());
    for (i, v) in best_first.iter().enumerate() {
        let tied = i > 0 && better(polarity, *v, best_first[i - 1]) == Ordering::Equal;
        out.push(if tied { out[i - 1] } else { i + 1 });
    }
    out
}

/// The quarter a rank is in among `n`: ⌈4 × rank / n⌉, 1 the best.
pub fn quartile(rank: usize, n: usize) -> u8 {
    (4 * rank).div_ceil(n.max(1)).clamp(1, 4) as u8
}

/// The middle value, or the mean of the two middle values.
pub fn median(field: &[f64]) -> Option<f64> {
    let mut sorted = field.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        n if n % 2 == 1 => Some(sorted[n / 2]),
        n => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// The median absolute deviation from the median, unscaled.
pub fn mad(field: &[f64], median: f64) -> Option<f64> {
    let deviations: Vec<f64> = field.iter().map(|v| (v - median).abs()).collect();
    self::median(&deviations)
}

/// Where a value stands in its field (the group's members with a value, the area among them).
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub n: usize,
    pub rank: Option<usize>,
    /// rank / N.
    pub position: Option<f64>,
    /// ⌈4 × rank / N⌉, 1 the best quarter.
    pub quartile: Option<u8>,
    pub median: Option<f64>,
    /// The value − the median.
    pub gap: Option<f64>,
    pub mad: Option<f64>,
    /// (value − median) / MAD; none where the MAD is 0.
    pub distance: Option<f64>,
}

/// The standing of `value` (the area's, absent when it has none) in `field`.
pub fn standing(field: &[f64], value: Option<f64>, polarity: Polarity) -> Standing {
    let n = field.len();
    let enough = n >= MIN_FIELD;
    let median = if enough { median(field) } else { None };
    let mad = median.and_then(|m| mad(field, m));
    let rank = value.filter(|_| enough).map(|v| rank(field, v, polarity));
    Standing {
        n,
        rank,
        position: rank.map(|r| r as f64 / n as f64),
        quartile: rank.map(|r| quartile(r, n)),
        median,
        gap: value.zip(median).map(|(v, m)| exact_difference(v, m)),
        mad,
        distance: value.zip(median).zip(mad).filter(|(_, d)| *d != 0.0).map(|((v, m), d)| (v - m) / d),
    }
}

/// `a − b` as the published decimals give it (52.1 − 45.75 is 6.35, not 6.350000000000001).
fn exact_difference(a: f64, b: f64) -> f64 {
    Dec::from_f64(a).zip(Dec::from_f64(b)).and_then(|(a, b)| a.checked_sub(b)).map_or(a - b, Dec::to_f64)
}

crate::wire::wire_enum! {
    /// What a value's 95 % confidence interval says of it against the median.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Significance {
        Better = "better",
        Worse = "worse",
        /// The interval contains the median: not significantly different.
        Similar = "similar",
    }
}

/// Better when the whole interval is on the better side of the median, worse when on the
/// worse side, similar when it holds the median. No interval, or a neutral measure (which
/// has no better side), makes no claim.
pub fn significance(lower: f64, upper: f64, median: f64, polarity: Polarity) -> Option<Significance> {
    let (lower, upper) = if lower <= upper { (lower, upper) } else { (upper, lower) };
    let side = |x: f64| better(polarity, x, median);
    match polarity {
        Polarity::Neutral => None,
        Polarity::Higher | Polarity::Lower => Some(match (side(lower), side(upper)) {
            (Ordering::Greater, Ordering::Greater) => Significance::Better,
            (Ordering::Less, Ordering::Less) => Significance::Worse,
            _ => Significance::Similar,
        }),
        Polarity::Target(mid) => {
            // The interval's nearest and farthest points from the midpoint.
            let nearest = if lower <= mid && mid <= upper {
                mid
            } else if upper < mid {
                upper
            } else {
                lower
            };
            let farthest = if (mid - lower).abs() >= (upper - mid).abs() { lower } else { upper };
            Some(if side(farthest) == Ordering::Greater {
                Significance::Better
            } else if side(nearest) == Ordering::Less {
                Significance::Worse
            } else {
                Significance::Similar
            })
        }
    }
}

/// Who passed whom between two periods, among members with a value in both: how many that
/// were not ahead of the area are now (`overtaken_by`), and how many that were ahead are not
/// (`overtook`). Each field is `(member, value)`; the area's own value in each is given.
pub fn overtakes<'a>(
    before: &[(&'a str, f64)],
    now: &[(&'a str, f64)],
    area: &str,
    (was, is): (f64, f64),
    polarity: Polarity,
) -> (usize, usize) {
    let ahead = |v: f64, of: f64| better(polarity, v, of) == Ordering::Greater;
    let mut overtaken_by = 0;
    let mut overtook = 0;
    for &(member, v_now) in now {
        if member == area {
            continue;
        }
        let Some(&(_, v_before)) = before.iter().find(|(m, _)| *m == member) else { continue };
        match (ahead(v_before, was), ahead(v_now, is)) {
            (false, true) => overtaken_by += 1,
            (true, false) => overtook += 1,
            _ => {}
        }
    }
    (overtaken_by, overtook)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ties_share_the_best_rank() {
        let field = [10.0, 8.0, 8.0, 5.0];
        let ranks: Vec<usize> = field.iter().map(|&v| rank(&field, v, Polarity::Higher)).collect();
        assert_eq!(ranks, [1, 2, 2, 4]);
        let ranks: Vec<usize> = field.iter().map(|&v| rank(&field, v, Polarity::Lower)).collect();
        assert_eq!(ranks, [4, 2, 2, 1]);
    }

    proptest! {
        #[test]
        fn ranks_in_order_are_each_values_rank(mut field in proptest::collection::vec(0u8..20, 0..40), which in 0usize..4) {
            let polarity = [Polarity::Higher, Polarity::Lower, Polarity::Target(9.5), Polarity::Neutral][which];
            let mut field: Vec<f64> = field.drain(..).map(|v| f64::from(v) / 2.0).collect();
            field.sort_by(|a, b| better(polarity, *b, *a));
            let one_by_one: Vec<usize> = field.iter().map(|&v| rank(&field, v, polarity)).collect();
            prop_assert_eq!(ranks_in_order(&field, polarity), one_by_one);
        }
    }

    #[test]
    fn quartiles_split_the_ranks_into_four() {
        let q: Vec<u8> = (1..=10).map(|r| quartile(r, 10)).collect();
        assert_eq!(q, [1, 1, 2, 2, 2, 3, 3, 4, 4, 4]);
        assert_eq!(quartile(1, 1), 4, "one member is ranked 1 of 1: ⌈4/1⌉ clamps to 4");
    }

    #[test]
    fn nearness_to_a_midpoint_is_measured_in_decimals() {
        // In f64, |49.9 − 50| and |50.1 − 50| differ in the last bits; as published they tie.
        let p = Polarity::Target(50.0);
        assert_eq!(better(p, 49.9, 50.1), Ordering::Equal);
        assert_eq!(rank(&[49.9, 50.1, 51.0], 50.1, p), 1);
        assert_eq!(rank(&[49.9, 50.1, 51.0], 51.0, p), 3);
    }

    #[test]
    fn standing_follows_the_rules_of_section_3() {
        let field = [4.0, 1.0, 3.0, 2.0, 10.0];
        let s = standing(&field, Some(3.0), Polarity::Higher);
        assert_eq!((s.n, s.rank, s.quartile), (5, Some(3), Some(3)));
        assert_eq!(s.position, Some(0.6));
        assert_eq!(s.median, Some(3.0));
        assert_eq!(s.gap, Some(0.0));
        assert_eq!(s.mad, Some(1.0), "deviations 1, 2, 0, 1, 7");
        assert_eq!(s.distance, Some(0.0));
        let even = standing(&[1.0, 2.0, 3.0, 4.0], Some(4.0), Polarity::Lower);
        assert_eq!((even.median, even.rank, even.quartile), (Some(2.5), Some(4), Some(4)));
        let few = standing(&[1.0, 2.0], Some(1.0), Polarity::Higher);
        assert_eq!((few.n, few.rank, few.median), (2, None, None));
        let flat = standing(&[5.0, 5.0, 5.0, 6.0], Some(6.0), Polarity::Higher);
        assert_eq!((flat.mad, flat.distance), (Some(0.0), None), "a MAD of 0 gives no distance");
    }

    #[test]
    fn significance_needs_the_whole_interval_on_one_side() {
        use Significance::*;
        assert_eq!(significance(51.0, 55.0, 50.0, Polarity::Higher), Some(Better));
        assert_eq!(significance(51.0, 55.0, 50.0, Polarity::Lower), Some(Worse));
        assert_eq!(significance(49.0, 55.0, 50.0, Polarity::Higher), Some(Similar));
        assert_eq!(significance(49.0, 55.0, 50.0, Polarity::Neutral), None);
        // Midpoint 50, median 45 (5 away): an interval within 5 of 50 is better.
        assert_eq!(significance(47.0, 52.0, 45.0, Polarity::Target(50.0)), Some(Better));
        assert_eq!(significance(30.0, 40.0, 45.0, Polarity::Target(50.0)), Some(Worse));
        assert_eq!(significance(40.0, 52.0, 45.0, Polarity::Target(50.0)), Some(Similar));
    }

    #[test]
    fn overtaking_counts_members_with_values_in_both_periods() {
        let before = [("a", 10.0), ("b", 8.0), ("us", 7.0), ("c", 6.0)];
        let now = [("a", 10.0), ("b", 7.5), ("us", 9.0), ("c", 9.5), ("d", 12.0)];
        // We passed b; c passed us; d had no value before and is not counted.
        assert_eq!(overtakes(&before, &now, "us", (7.0, 9.0), Polarity::Higher), (1, 1));
    }

    proptest! {
        #[test]
        fn ranks_are_one_to_n_with_ties_and_quartiles_one_to_four(
            values in prop::collection::vec(-1000i32..1000, 3..60),
            target in prop::bool::ANY,
        ) {
            let field: Vec<f64> = values.iter().map(|&v| v as f64 / 10.0).collect();
            let p = if target { Polarity::Target(0.0) } else { Polarity::Lower };
            for &v in &field {
                let s = standing(&field, Some(v), p);
                let r = s.rank.unwrap();
                prop_assert!(r >= 1 && r <= field.len());
                prop_assert!((1..=4).contains(&s.quartile.unwrap()));
                // The number of values at least as good is at least the rank.
                let as_good = field.iter().filter(|&&w| better(p, w, v) != Ordering::Less).count();
                prop_assert!(as_good >= r);
            }
            // Exactly one best rank, and rank 1 exists.
            prop_assert!(field.iter().any(|&v| rank(&field, v, p) == 1));
        }

        #[test]
        fn the_median_splits_the_field(values in prop::collection::vec(-1e6f64..1e6, 1..50)) {
            let m = median(&values).unwrap();
            let below = values.iter().filter(|&&v| v < m).count();
            let above = values.iter().filter(|&&v| v > m).count();
            prop_assert!(below <= values.len() / 2 && above <= values.len() / 2);
        }
    }
}

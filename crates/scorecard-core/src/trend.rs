//! Sections 2 and 3 of the rules: direction of travel and the longer trend.

use crate::decimal::Dec;
use crate::model::{Compare, Indicator, Measure, Polarity, Tolerance};
use crate::period::{Calendar, Period, PeriodKind};
use crate::rag::round_f64;
use crate::wire::wire_enum;
use std::cmp::Ordering;

wire_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Direction {
        Improving = "improving",
        NoChange = "no-change",
        Worsening = "worsening",
        Up = "up",
        Down = "down",
        Unknown = "unknown",
    }
}

impl Direction {
    /// Worst first, as for statuses: worsening leads, unknown comes last.
    pub fn rank(self) -> u8 {
        match self {
            Direction::Worsening => 0,
            Direction::Down => 1,
            Direction::NoChange => 2,
            Direction::Up => 3,
            Direction::Improving => 4,
            Direction::Unknown => 5,
        }
    }
}

/// The direction of travel in a period, with what it was compared with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Travel {
    pub direction: Direction,
    pub compared_with: Period,
    pub previous_value: Option<f64>,
    /// value(P) − value(E), at display precision.
    pub change: Option<f64>,
    pub percent_change: Option<f64>,
}

/// The period E that P is compared with (section 2).
pub fn comparison_period(ind: &Indicator, cal: Calendar, p: Period) -> Period {
    let last_year = match ind.trend.compare {
        _ if ind.frequency == PeriodKind::Year => true,
        Compare::Previous => false,
        Compare::LastYear => true,
        Compare::Auto => ind.measure == Measure::Cumulative,
    };
    if last_year {
        cal.last_year(p)
    } else {
        cal.previous(p)
    }
}

pub fn travel(ind: &Indicator, cal: Calendar, p: Period) -> Travel {
    let e = comparison_period(ind, cal, p);
    let obs_p = ind.observation(cal, p);
    let obs_e = ind.observation(cal, e);
    let value_p = obs_p.and_then(|o| o.present_value());
    let value_e = obs_e.and_then(|o| o.present_value());
    let mut t = Travel {
        direction: Direction::Unknown,
        compared_with: e,
        previous_value: value_e,
        change: None,
        percent_change: None,
    };
    let (Some(vp), Some(ve)) = (value_p, value_e) else { return t };
    let (rp, re) = (round_f64(vp, ind.decimals), round_f64(ve, ind.decimals));
    let change = Dec::rounded(vp, ind.decimals)
        .zip(Dec::rounded(ve, ind.decimals))
        .and_then(|(a, b)| a.checked_sub(b));
    let change_f = change.map_or(rp - re, Dec::to_f64);
    t.change = Some(change_f);
    t.percent_change = (re != 0.0).then(|| change_f / re.abs() * 100.0);
    let target_p = obs_p.and_then(|o| o.target);
    t.direction = match (ind.polarity, target_p) {
        (Polarity::Target, Some(target)) => {
            // Classify the change in distance to P's target: smaller is better.
            let dist = |x: f64| (round_f64(x, ind.decimals) - round_f64(target, ind.decimals)).abs();
            let exact = || -> Option<Dec> {
                let t = Dec::rounded(target, ind.decimals)?;
                let dp = Dec::rounded(vp, ind.decimals)?.checked_sub(t)?.abs();
                let de = Dec::rounded(ve, ind.decimals)?.checked_sub(t)?.abs();
                dp.checked_sub(de)
            };
            classify(Polarity::Lower, exact(), dist(vp) - dist(ve), ind.trend.stable, ve)
        }
        (Polarity::Target, None) => classify(Polarity::Neutral, change, change_f, ind.trend.stable, ve),
        (pol, _) => classify(pol, change, change_f, ind.trend.stable, ve),
    };
    t
}

/// Classifies a change against the stable band around `base` (section 2's table).
fn classify(
    polarity: Polarity,
    exact: Option<Dec>,
    approx: f64,
    stable: Option<Tolerance>,
    base: f64,
) -> Direction {
    let sign = match exact {
        Some(c) => within_band(c, stable, base).map(|inside| if inside { 0 } else { c.signum() }),
        None => None,
    }
    .unwrap_or_else(|| {
        let band = match stable {
            Some(Tolerance::Percent(p)) => p * base.abs() / 100.0,
            Some(Tolerance::Absolute(a)) => a,
            None => 0.0,
        };
        if approx.abs() <= band {
            0
        } else {
            approx.signum() as i32
        }
    });
    match (sign, polarity) {
        (0, _) => Direction::NoChange,
        (s, Polarity::Higher) => {
            if s > 0 {
                Direction::Improving
            } else {
                Direction::Worsening
            }
        }
        (s, Polarity::Lower) => {
            if s < 0 {
                Direction::Improving
            } else {
                Direction::Worsening
            }
        }
        (s, _) => {
            if s > 0 {
                Direction::Up
            } else {
                Direction::Down
            }
        }
    }
}

fn within_band(change: Dec, stable: Option<Tolerance>, base: f64) -> Option<bool> {
    let band = match stable {
        None => return Some(change.is_zero()),
        Some(Tolerance::Percent(p)) => Dec::from_f64(p)?.checked_mul(Dec::from_f64(base)?.abs())?.percent(),
        Some(Tolerance::Absolute(a)) => Dec::from_f64(a)?,
    };
    Some(change.abs().checked_cmp(band)? != Ordering::Greater)
}

/// How many periods the longer trend looks back over, P included.
pub const LONG_TREND_PERIODS: i64 = 8;

/// The periods the longer trend looks at, oldest first, with their present values (none
/// where missing or suppressed): the 8 periods ending at P at the indicator's frequency, or
/// the same period in each of 8 years for cumulative measures (year-to-date figures only
/// compare like with like). The dashboard's sparklines draw exactly this window.
pub fn trend_window(ind: &Indicator, cal: Calendar, p: Period) -> Vec<(Period, Option<f64>)> {
    (0..LONG_TREND_PERIODS)
        .rev()
        .map(|back| {
            let q = if ind.measure == Measure::Cumulative {
                cal.containing(p.kind(), cal.start(p) - 12 * back)
            } else {
                cal.step(p, -back)
            };
            (q, ind.observation(cal, q).and_then(|o| o.present_value()))
        })
        .collect()
}

/// The longer trend (section 3): a least-squares line through up to 8 periods ending at P,
/// or the same period in each of up to 8 years for cumulative measures.
pub fn long_trend(ind: &Indicator, cal: Calendar, p: Period) -> Direction {
    let points: Vec<(f64, f64)> = trend_window(ind, cal, p)
        .iter()
        .enumerate()
        .filter_map(|(x, (_, v))| v.map(|v| (x as f64, round_f64(v, ind.decimals))))
        .collect();
    let has_p = points.last().is_some_and(|(x, _)| *x == (LONG_TREND_PERIODS - 1) as f64);
    if points.len() < 3 || !has_p {
        return Direction::Unknown;
    }
    let n = points.len() as f64;
    let mean_x = points.iter().map(|(x, _)| x).sum::<f64>() / n;
    let mean_y = points.iter().map(|(_, y)| y).sum::<f64>() / n;
    let sxx: f64 = points.iter().map(|(x, _)| (x - mean_x).powi(2)).sum();
    let sxy: f64 = points.iter().map(|(x, y)| (x - mean_x) * (y - mean_y)).sum();
    let slope = sxy / sxx;
    let first_x = points[0].0;
    let spanned = (LONG_TREND_PERIODS - 1) as f64 - first_x + 1.0;
    let fitted_change = slope * (spanned - 1.0);
    let first_fitted = mean_y + slope * (first_x - mean_x);
    if !fitted_change.is_finite() {
        return Direction::Unknown;
    }
    // Compared at display precision, like any other change.
    let polarity = if ind.polarity == Polarity::Target { Polarity::Neutral } else { ind.polarity };
    classify(
        polarity,
        Dec::rounded(fitted_change, ind.decimals),
        round_f64(fitted_change, ind.decimals),
        ind.trend.stable,
        first_fitted,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{indicator, with_values};

    fn p(s: &str) -> Period {
        Period::parse(s).unwrap()
    }

    /// Section 5 of the rules, second table.
    #[test]
    fn worked_examples() {
        let cal = Calendar::default();
        let mut ind =
            with_values(indicator(Polarity::Lower, 0), &[("2022/23-Q4", 12.0), ("2023/24-Q1", 10.0)]);
        let t = travel(&ind, cal, p("2023/24-Q1"));
        assert_eq!(
            (t.direction, t.compared_with, t.change),
            (Direction::Improving, p("2022/23-Q4"), Some(-2.0))
        );

        ind = with_values(
            indicator(Polarity::Higher, 1),
            &[("2022/23-Q2", 57.3), ("2023/24-Q1", 30.0), ("2023/24-Q2", 56.8)],
        );
        ind.measure = Measure::Cumulative;
        let t = travel(&ind, cal, p("2023/24-Q2"));
        assert_eq!((t.direction, t.compared_with), (Direction::Worsening, p("2022/23-Q2")));
        assert!((t.change.unwrap() + 0.5).abs() < 1e-12);

        let mut ind = with_values(indicator(Polarity::Higher, 1), &[("2023-08", 4.0), ("2023-09", 4.0)]);
        ind.frequency = PeriodKind::Month;
        let t = travel(&ind, cal, p("2023-09"));
        assert_eq!((t.direction, t.compared_with), (Direction::NoChange, p("2023-08")));

        let ind =
            with_values(indicator(Polarity::Neutral, 0), &[("2023/24-Q1", 140.0), ("2023/24-Q2", 151.0)]);
        assert_eq!(travel(&ind, cal, p("2023/24-Q2")).direction, Direction::Up);
    }

    #[test]
    fn missing_or_suppressed_is_unknown() {
        let cal = Calendar::default();
        let mut ind =
            with_values(indicator(Polarity::Higher, 1), &[("2023/24-Q1", 1.0), ("2023/24-Q2", 2.0)]);
        ind.values[0].suppressed = true;
        ind.values[0].value = None;
        assert_eq!(travel(&ind, cal, p("2023/24-Q2")).direction, Direction::Unknown);
        assert_eq!(travel(&ind, cal, p("2024/25-Q2")).direction, Direction::Unknown);
    }

    #[test]
    fn stable_band_and_percent_change() {
        let cal = Calendar::default();
        let mut ind =
            with_values(indicator(Polarity::Higher, 1), &[("2023/24-Q1", 80.0), ("2023/24-Q2", 81.0)]);
        ind.trend.stable = Some(Tolerance::Percent(2.0));
        let t = travel(&ind, cal, p("2023/24-Q2"));
        assert_eq!(t.direction, Direction::NoChange);
        assert!((t.percent_change.unwrap() - 1.25).abs() < 1e-9);
        ind.trend.stable = Some(Tolerance::Absolute(0.5));
        assert_eq!(travel(&ind, cal, p("2023/24-Q2")).direction, Direction::Improving);
    }

    #[test]
    fn target_polarity_compares_distance_to_the_target() {
        let cal = Calendar::default();
        let mut ind =
            with_values(indicator(Polarity::Target, 1), &[("2023/24-Q1", -2.0), ("2023/24-Q2", 1.5)]);
        ind.values[1].target = Some(0.0);
        let t = travel(&ind, cal, p("2023/24-Q2"));
        assert_eq!(t.direction, Direction::Improving, "closer to zero though the value rose");
        assert_eq!(t.change, Some(3.5));
        ind.values[1].target = None;
        assert_eq!(travel(&ind, cal, p("2023/24-Q2")).direction, Direction::Up);
    }

    #[test]
    fn annual_indicators_compare_with_the_year_before() {
        let cal = Calendar::default();
        let mut ind = with_values(indicator(Polarity::Lower, 1), &[("2021/22", 5.0), ("2022/23", 4.0)]);
        ind.frequency = PeriodKind::Year;
        ind.trend.compare = Compare::Previous;
        assert_eq!(travel(&ind, cal, p("2022/23")).compared_with, p("2021/22"));
    }

    #[test]
    fn long_trend_fits_a_line() {
        let cal = Calendar::default();
        let rising = [
            ("2022/23-Q1", 50.0),
            ("2022/23-Q2", 52.0),
            ("2022/23-Q3", 51.0),
            ("2022/23-Q4", 55.0),
            ("2023/24-Q1", 56.0),
        ];
        let ind = with_values(indicator(Polarity::Higher, 1), &rising);
        assert_eq!(long_trend(&ind, cal, p("2023/24-Q1")), Direction::Improving);
        let ind = with_values(indicator(Polarity::Lower, 1), &rising);
        assert_eq!(long_trend(&ind, cal, p("2023/24-Q1")), Direction::Worsening);
        let ind = with_values(indicator(Polarity::Target, 1), &rising);
        assert_eq!(long_trend(&ind, cal, p("2023/24-Q1")), Direction::Up);
        // P's own value must be there, and at least three values.
        assert_eq!(long_trend(&ind, cal, p("2023/24-Q2")), Direction::Unknown);
        let two = with_values(indicator(Polarity::Higher, 1), &rising[3..]);
        assert_eq!(long_trend(&two, cal, p("2023/24-Q1")), Direction::Unknown);
        let flat = with_values(
            indicator(Polarity::Higher, 0),
            &[("2022/23-Q4", 5.0), ("2023/24-Q1", 5.0), ("2023/24-Q2", 5.0)],
        );
        assert_eq!(long_trend(&flat, cal, p("2023/24-Q2")), Direction::NoChange);
    }

    #[test]
    fn long_trend_of_cumulative_measures_uses_the_same_quarter_each_year() {
        let cal = Calendar::default();
        // Within each year the YTD figure climbs; across years Q2 falls.
        let mut ind = with_values(
            indicator(Polarity::Higher, 1),
            &[
                ("2021/22-Q2", 58.0),
                ("2022/23-Q1", 29.0),
                ("2022/23-Q2", 57.5),
                ("2023/24-Q1", 29.5),
                ("2023/24-Q2", 56.8),
            ],
        );
        ind.measure = Measure::Cumulative;
        assert_eq!(long_trend(&ind, cal, p("2023/24-Q2")), Direction::Worsening);
    }
}

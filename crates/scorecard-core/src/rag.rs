//! Section 1 of the rules: the RAG status of an indicator in a period.

use crate::decimal::Dec;
use crate::model::{Indicator, Observation, Polarity, Rag, Tolerance};
use crate::wire::wire_enum;
use std::cmp::Ordering;

wire_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum Status {
        Green = "green",
        Amber = "amber",
        Red = "red",
        NoTarget = "no-target",
        NoData = "no-data",
        Suppressed = "suppressed",
    }
}

impl Status {
    /// Worst first: what needs attention leads a list sorted by status.
    pub fn rank(self) -> u8 {
        match self {
            Status::Red => 0,
            Status::Amber => 1,
            Status::Green => 2,
            Status::NoTarget => 3,
            Status::NoData => 4,
            Status::Suppressed => 5,
        }
    }

    pub fn rag(self) -> Option<Rag> {
        match self {
            Status::Green => Some(Rag::Green),
            Status::Amber => Some(Rag::Amber),
            Status::Red => Some(Rag::Red),
            _ => None,
        }
    }

    /// Red and amber need an explanation.
    pub fn is_exception(self) -> bool {
        matches!(self, Status::Red | Status::Amber)
    }
}

impl From<Rag> for Status {
    fn from(r: Rag) -> Status {
        match r {
            Rag::Green => Status::Green,
            Rag::Amber => Status::Amber,
            Rag::Red => Status::Red,
        }
    }
}

/// A reported status that is not what the rules calculate (shown beside it, and warned of).
pub fn differs(reported: Option<Rag>, calculated: Status) -> bool {
    reported.is_some_and(|r| Status::from(r) != calculated)
}

/// The calculated status of an indicator's observation (none: no observation).
pub fn calculated(ind: &Indicator, obs: Option<&Observation>) -> Status {
    let Some(obs) = obs else { return Status::NoData };
    if obs.suppressed {
        return Status::Suppressed;
    }
    let Some(value) = obs.value else { return Status::NoData };
    match obs.target {
        Some(target) => judge(ind.polarity, ind.decimals, ind.tolerance, value, target),
        None => Status::NoTarget,
    }
}

/// The displayed status: the reported one where the service gave it, else the calculated.
pub fn displayed(calculated: Status, obs: Option<&Observation>) -> Status {
    obs.and_then(|o| o.reported_status).map_or(calculated, Status::from)
}

/// Compares a value with its target. Both are rounded to `decimals` first (what is
/// compared is what is shown) and compared exactly; numbers too large for exact decimals
/// fall back to `f64`, which at such sizes has no fraction to lose.
pub fn judge(polarity: Polarity, decimals: u32, tolerance: Tolerance, value: f64, target: f64) -> Status {
    if polarity == Polarity::Neutral {
        return Status::NoTarget;
    }
    judge_exact(polarity, decimals, tolerance, value, target)
        .unwrap_or_else(|| judge_f64(polarity, decimals, tolerance, value, target))
}

fn judge_exact(
    polarity: Polarity,
    decimals: u32,
    tolerance: Tolerance,
    value: f64,
    target: f64,
) -> Option<Status> {
    let v = Dec::rounded(value, decimals)?;
    let t = Dec::rounded(target, decimals)?;
    let tol = match tolerance {
        Tolerance::Percent(p) => Dec::from_f64(p)?.checked_mul(t.abs())?.percent(),
        Tolerance::Absolute(a) => Dec::from_f64(a)?,
    };
    let shortfall = match polarity {
        Polarity::Higher => t.checked_sub(v)?,
        Polarity::Lower => v.checked_sub(t)?,
        Polarity::Target => v.checked_sub(t)?.abs(),
        Polarity::Neutral => return Some(Status::NoTarget),
    };
    let within = |limit: Dec| -> Option<bool> { Some(shortfall.checked_cmp(limit)? != Ordering::Greater) };
    Some(match polarity {
        Polarity::Target if within(tol)? => Status::Green,
        Polarity::Target if within(tol.checked_add(tol)?)? => Status::Amber,
        Polarity::Target => Status::Red,
        _ if shortfall.signum() <= 0 => Status::Green,
        _ if within(tol)? => Status::Amber,
        _ => Status::Red,
    })
}

fn judge_f64(polarity: Polarity, decimals: u32, tolerance: Tolerance, value: f64, target: f64) -> Status {
    let (v, t) = (round_f64(value, decimals), round_f64(target, decimals));
    let tol = match tolerance {
        Tolerance::Percent(p) => p * t.abs() / 100.0,
        Tolerance::Absolute(a) => a,
    };
    let shortfall = match polarity {
        Polarity::Higher => t - v,
        Polarity::Lower => v - t,
        _ => (v - t).abs(),
    };
    match polarity {
        Polarity::Target if shortfall <= tol => Status::Green,
        Polarity::Target if shortfall <= 2.0 * tol => Status::Amber,
        Polarity::Target => Status::Red,
        _ if shortfall <= 0.0 => Status::Green,
        _ if shortfall <= tol => Status::Amber,
        _ => Status::Red,
    }
}

pub(crate) fn round_f64(x: f64, decimals: u32) -> f64 {
    Dec::rounded(x, decimals).map_or(x, Dec::to_f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Polarity::*;

    fn pc(p: f64) -> Tolerance {
        Tolerance::Percent(p)
    }

    /// Section 5 of the rules, first table.
    #[test]
    fn worked_examples() {
        assert_eq!(judge(Higher, 1, pc(5.0), 96.0, 96.0), Status::Green);
        assert_eq!(judge(Higher, 1, pc(5.0), 91.2, 96.0), Status::Amber);
        assert_eq!(judge(Higher, 1, pc(5.0), 91.1, 96.0), Status::Red);
        assert_eq!(judge(Lower, 0, Tolerance::Absolute(2.0), 27.0, 25.0), Status::Amber);
        assert_eq!(judge(Lower, 0, Tolerance::Absolute(2.0), 28.0, 25.0), Status::Red);
        assert_eq!(judge(Higher, 1, pc(5.0), 95.96, 96.0), Status::Green);
        assert_eq!(judge(Neutral, 0, pc(5.0), 412.0, 400.0), Status::NoTarget);
        assert_eq!(judge(Target, 1, Tolerance::Absolute(1.0), 1.8, 0.0), Status::Amber);
        assert_eq!(judge(Target, 1, Tolerance::Absolute(1.0), -0.6, 0.0), Status::Green);
    }

    #[test]
    fn amber_edge_belongs_to_amber() {
        assert_eq!(judge(Higher, 2, pc(5.0), 90.25, 95.0), Status::Amber);
        assert_eq!(judge(Higher, 2, pc(5.0), 90.24, 95.0), Status::Red);
        // The float trap: 52.0 - 49.4 > 2.6 in f64.
        assert_eq!(judge(Higher, 1, pc(5.0), 49.4, 52.0), Status::Amber);
        assert_eq!(judge(Lower, 1, pc(5.0), 54.6, 52.0), Status::Amber);
    }

    #[test]
    fn target_polarity_bands() {
        let t = Tolerance::Absolute(1.0);
        assert_eq!(judge(Target, 1, t, 1.0, 0.0), Status::Green);
        assert_eq!(judge(Target, 1, t, 2.0, 0.0), Status::Amber);
        assert_eq!(judge(Target, 1, t, -2.1, 0.0), Status::Red);
        // Percent of a zero target is zero: only exactly on target is green.
        assert_eq!(judge(Target, 1, pc(5.0), 0.04, 0.0), Status::Green);
        assert_eq!(judge(Target, 1, pc(5.0), 0.1, 0.0), Status::Red);
    }

    #[test]
    fn suppressed_and_missing() {
        let obs = |value, suppressed| Observation {
            index: 0,
            period: crate::period::Period::Year(2023),
            value,
            target: Some(50.0),
            suppressed,
            reported_status: None,
            forecast_status: None,
            comment: None,
        };
        let ind = crate::testing::indicator(Higher, 1);
        assert_eq!(calculated(&ind, Some(&obs(None, true))), Status::Suppressed);
        assert_eq!(calculated(&ind, Some(&obs(None, false))), Status::NoData);
        assert_eq!(calculated(&ind, None), Status::NoData);
        assert_eq!(
            calculated(&ind, Some(&obs(Some(0.0), false))),
            Status::Red,
            "zero is a number, not no data"
        );
    }

    #[test]
    fn huge_values_fall_back_without_panicking() {
        assert_eq!(judge(Higher, 1, pc(5.0), 1e300, 1e300), Status::Green);
        assert_eq!(judge(Lower, 6, pc(5.0), f64::MAX, 1.0), Status::Red);
    }
}

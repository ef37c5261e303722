//! Invariants that must hold for any input, checked on many generated cases.

use proptest::prelude::*;
use scorecard_core::model::{Polarity, Tolerance};
use scorecard_core::period::{Calendar, Period};
use scorecard_core::rag::judge;
use scorecard_core::Status;

/// A number as a performance officer would write it: `units / 10^decimals`.
fn on_grid(units: i64, decimals: u32) -> f64 {
    format!("{}e-{}", units, decimals).parse().unwrap()
}

fn tolerance() -> impl Strategy<Value = Tolerance> {
    prop_oneof![
        (0u32..=200).prop_map(|p| Tolerance::Percent(p as f64 / 10.0)),
        (0i64..=5000, 0u32..=2).prop_map(|(a, d)| Tolerance::Absolute(on_grid(a, d))),
    ]
}

/// Strings shaped like the format's periods: years `2023/24`, quarters `2023/24-Q2`,
/// months `2023-09`, with digits that may be out of range or inconsistent.
fn period_like() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..10000, 0u32..100).prop_map(|(y, yy)| format!("{y:04}/{yy:02}")),
        (0u32..10000, 0u32..100, 0u32..7).prop_map(|(y, yy, q)| format!("{y:04}/{yy:02}-Q{q}")),
        (0u32..10000, 0u32..15).prop_map(|(y, m)| format!("{y:04}-{m:02}")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// The decimal form every RAG comparison starts from: for any finite f64 bit pattern
    /// (subnormals, huge, tiny, negative zero) it reads back as the same number, is as short
    /// as std's shortest form and written out in full like it. The two differ only where the
    /// f64 lies exactly halfway between two 17-digit decimals (zmij picks the even one, std
    /// the upper); numbers officers write are far from that and come out identical.
    #[test]
    fn shortest_round_trips_like_std(bits in any::<u64>(), units in -10_000_000i64..10_000_000, d in 0u32..=6) {
        let significant = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>().trim_start_matches('0').trim_end_matches('0').len();
        let x = f64::from_bits(bits);
        if x.is_finite() {
            let ours = scorecard_core::decimal::shortest(x);
            let std = format!("{x}");
            prop_assert_eq!(ours.parse::<f64>().unwrap().to_bits(), x.to_bits());
            prop_assert!(!ours.contains('e'));
            prop_assert_eq!(significant(&ours), significant(&std));
            prop_assert!(ours == std || significant(&ours) >= 16, "{} against {}", ours, std);
        }
        let y = on_grid(units, d);
        prop_assert_eq!(scorecard_core::decimal::shortest(y), format!("{y}"));
    }

    /// Mirroring the value around the target and flipping the polarity gives the same
    /// status: green stays green, amber's edge stays amber's, red stays red.
    #[test]
    fn polarity_symmetry(v in -1_000_000i64..1_000_000, t in -1_000_000i64..1_000_000, d in 0u32..=3, tol in tolerance()) {
        let value = on_grid(v, d);
        let target = on_grid(t, d);
        let mirrored = on_grid(2 * t - v, d);
        prop_assert_eq!(judge(Polarity::Higher, d, tol, value, target), judge(Polarity::Lower, d, tol, mirrored, target));
    }

    /// On target polarity the side does not matter, only the distance.
    #[test]
    fn target_polarity_is_symmetric(v in -100_000i64..100_000, t in -100_000i64..100_000, d in 0u32..=3, tol in tolerance()) {
        let above = on_grid(v, d);
        let below = on_grid(2 * t - v, d);
        prop_assert_eq!(judge(Polarity::Target, d, tol, above, on_grid(t, d)), judge(Polarity::Target, d, tol, below, on_grid(t, d)));
    }

    /// A value equal to its target is always green, whatever the tolerance.
    #[test]
    fn on_target_is_green(t in -1_000_000i64..1_000_000, d in 0u32..=6, tol in tolerance()) {
        for p in [Polarity::Higher, Polarity::Lower, Polarity::Target] {
            prop_assert_eq!(judge(p, d, tol, on_grid(t, d), on_grid(t, d)), Status::Green);
        }
    }

    /// Doing better never makes the status worse.
    #[test]
    fn better_is_never_worse(v in -100_000i64..100_000, step in 0i64..10_000, t in -100_000i64..100_000, d in 0u32..=2, tol in tolerance()) {
        let rank = |s: Status| match s { Status::Green => 0, Status::Amber => 1, _ => 2 };
        let target = on_grid(t, d);
        let worse = judge(Polarity::Higher, d, tol, on_grid(v, d), target);
        let better = judge(Polarity::Higher, d, tol, on_grid(v + step, d), target);
        prop_assert!(rank(better) <= rank(worse));
    }

    /// What is compared is what is shown: rounding first changes nothing.
    #[test]
    fn status_is_decided_at_display_precision(v in -10_000_000i64..10_000_000, t in -100_000i64..100_000, d in 0u32..=2, tol in tolerance()) {
        let raw = on_grid(v, d + 2);
        let shown: f64 = scorecard_core::decimal::format_fixed(raw, d).parse().unwrap();
        let target = on_grid(t, d);
        prop_assert_eq!(judge(Polarity::Higher, d, tol, raw, target), judge(Polarity::Higher, d, tol, shown, target));
    }

    /// Status never panics on any f64 at all.
    #[test]
    fn status_never_panics(v in any::<f64>(), t in any::<f64>(), d in 0u32..=6, p in 0.0f64..1e6, which in 0usize..4) {
        let pol = [Polarity::Higher, Polarity::Lower, Polarity::Target, Polarity::Neutral][which];
        let _ = judge(pol, d, Tolerance::Percent(p), v, t);
        let _ = judge(pol, d, Tolerance::Absolute(p), v, t);
    }

    /// Any string is a period or a clear refusal; every period prints as it parses. Half the
    /// cases are written as the format writes periods (some of them out of range), so the
    /// round trip is really exercised, not only the refusals.
    #[test]
    fn periods_parse_or_refuse(s in prop_oneof!["\\PC{0,12}", period_like()]) {
        if let Ok(p) = Period::parse(&s) {
            prop_assert_eq!(p.to_string(), s);
        }
    }

    /// Every well-formed period in range parses, and prints as it was written.
    #[test]
    fn well_formed_periods_parse(y in 1000i32..9999, q in 1u8..=4, m in 1u8..=12, form in 0u8..3) {
        let s = match form {
            0 => format!("{y}/{:02}", (y + 1) % 100),
            1 => format!("{y}/{:02}-Q{q}", (y + 1) % 100),
            _ => format!("{y}-{m:02}"),
        };
        let p = Period::parse(&s);
        prop_assert!(p.is_ok(), "{} was refused: {:?}", s, p);
        prop_assert_eq!(p.unwrap().to_string(), s);
    }

    #[test]
    fn period_arithmetic_round_trips(y in 1000i32..9000, q in 1u8..=4, m in 1u8..=12, ys in 1u8..=12, n in -200i64..200) {
        let cal = Calendar::new(ys);
        for p in [Period::Year(y), Period::Quarter(y, q), Period::Month(y, m)] {
            prop_assert_eq!(Period::parse(&p.to_string()).unwrap(), p);
            prop_assert_eq!(cal.step(cal.step(p, n), -n), p);
            prop_assert_eq!(cal.start(cal.last_year(p)) + 12, cal.start(p));
            let q_of = cal.quarter_of(Period::Month(y, m));
            prop_assert!(cal.within(Period::Month(y, m), q_of));
        }
    }
}

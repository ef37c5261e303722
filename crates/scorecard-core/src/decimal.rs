//! Exact decimal numbers for RAG and trend comparisons.
//!
//! JSON numbers arrive as `f64`, whose binary error can move a value across a RAG edge
//! (target 52.0 with 5 % tolerance: 49.4 must be amber, but `52.0 - 49.4 > 2.6` in f64).
//! We take the shortest decimal form of the `f64` (what the file said), round it to the
//! indicator's display precision half away from zero, and compare scaled integers.

use std::cmp::Ordering;

/// `m / 10^s`. Values whose digits do not fit an `i128` are `None` at construction and
/// the callers fall back to `f64`: such magnitudes have no fractional digits left to lose.
#[derive(Clone, Copy, Debug)]
pub struct Dec {
    m: i128,
    s: u32,
}

const MAX_DIGITS: usize = 36;
const MAX_SCALE: usize = 30;

impl Dec {
    pub const ZERO: Dec = Dec { m: 0, s: 0 };

    /// The number as written in its shortest round-trip decimal form.
    pub fn from_f64(x: f64) -> Option<Dec> {
        Self::parse(x, None)
    }

    /// The number rounded to `decimals` places, half away from zero (what is shown).
    pub fn rounded(x: f64, decimals: u32) -> Option<Dec> {
        Self::parse(x, Some(decimals))
    }

    fn parse(x: f64, decimals: Option<u32>) -> Option<Dec> {
        if !x.is_finite() {
            return None;
        }
        let text = shortest(x.abs());
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let keep = decimals.map_or(frac.len(), |d| (d as usize).min(frac.len()));
        if keep > MAX_SCALE {
            return None;
        }
        let round_up = decimals.is_some() && frac.len() > keep && frac.as_bytes()[keep] >= b'5';
        let digits: String = int.chars().chain(frac[..keep].chars()).collect();
        let significant = digits.trim_start_matches('0');
        if significant.len() > MAX_DIGITS {
            return None;
        }
        let mut m: i128 = if significant.is_empty() { 0 } else { significant.parse().ok()? };
        if round_up {
            m += 1;
        }
        if x.is_sign_negative() {
            m = -m;
        }
        Some(Dec { m, s: keep as u32 }.normalised())
    }

    fn normalised(mut self) -> Dec {
        while self.s > 0 && self.m % 10 == 0 {
            self.m /= 10;
            self.s -= 1;
        }
        self
    }

    fn at_scale(self, s: u32) -> Option<i128> {
        debug_assert!(s >= self.s);
        10i128.checked_pow(s - self.s)?.checked_mul(self.m)
    }

    fn aligned(self, other: Dec) -> Option<(i128, i128, u32)> {
        let s = self.s.max(other.s);
        Some((self.at_scale(s)?, other.at_scale(s)?, s))
    }

    pub fn checked_sub(self, other: Dec) -> Option<Dec> {
        let (a, b, s) = self.aligned(other)?;
        Some(Dec { m: a.checked_sub(b)?, s }.normalised())
    }

    pub fn checked_add(self, other: Dec) -> Option<Dec> {
        let (a, b, s) = self.aligned(other)?;
        Some(Dec { m: a.checked_add(b)?, s }.normalised())
    }

    pub fn checked_mul(self, other: Dec) -> Option<Dec> {
        Some(Dec { m: self.m.checked_mul(other.m)?, s: self.s.checked_add(other.s)? }.normalised())
    }

    /// Divides by 100 exactly (percent of something).
    pub fn percent(self) -> Dec {
        Dec { m: self.m, s: self.s + 2 }.normalised()
    }

    pub fn abs(self) -> Dec {
        Dec { m: self.m.abs(), s: self.s }
    }

    pub fn signum(self) -> i32 {
        self.m.signum() as i32
    }

    pub fn is_zero(self) -> bool {
        self.m == 0
    }

    /// Exact comparison; `None` only when aligning the scales overflows.
    pub fn checked_cmp(self, other: Dec) -> Option<Ordering> {
        let (a, b, _) = self.aligned(other)?;
        Some(a.cmp(&b))
    }

    /// The nearest `f64`, for output.
    pub fn to_f64(self) -> f64 {
        self.to_string().parse().unwrap_or(f64::NAN)
    }
}

impl std::fmt::Display for Dec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let digits = self.m.unsigned_abs().to_string();
        let sign = if self.m < 0 { "-" } else { "" };
        let s = self.s as usize;
        if s == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = s + 1);
        let (int, frac) = padded.split_at(padded.len() - s);
        write!(f, "{sign}{int}.{frac}")
    }
}

impl PartialEq for Dec {
    fn eq(&self, other: &Dec) -> bool {
        self.checked_cmp(*other) == Some(Ordering::Equal)
    }
}

/// Formats `x` at `decimals` places the way the dashboard shows it, rounding half away
/// from zero on the decimal the file wrote (so 2.675 shows as 2.68, unlike `{:.2}`).
pub fn format_fixed(x: f64, decimals: u32) -> String {
    match Dec::rounded(x, decimals) {
        Some(d) => {
            let text = d.to_string();
            let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
            if decimals == 0 {
                int.to_string()
            } else {
                format!("{int}.{frac:0<width$}", width = decimals as usize)
            }
        }
        // Too many digits for `Dec`: no fraction is left to round, so pad the digits.
        None => {
            let text = shortest(x);
            match (decimals, text.split_once('.')) {
                (0, _) => text.split('.').next().unwrap_or_default().to_string(),
                (_, Some((int, frac))) => format!("{int}.{frac:0<width$}", width = decimals as usize),
                (_, None) => format!("{text}.{:0<width$}", "", width = decimals as usize),
            }
        }
    }
}

/// The shortest decimal that reads back as `x`, written out in full: "0.0000001", "100",
/// "-2.5". By zmij's algorithm, which serde_json brings anyway; std's float formatting would
/// add about 16 KB to the dashboard's wasm. The same text as `format!("{x}")` except where `x`
/// lies exactly halfway between two 17-digit decimals (zmij takes the even one; a property
/// test checks both). Not for NaN or infinities.
pub fn shortest(x: f64) -> String {
    let mut buffer = zmij::Buffer::new();
    let text = buffer.format(x);
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let Some((mantissa, exponent)) = text.split_once('e') else {
        // The common case, "96.4" or "100.0": already in full; drop a bare ".0".
        let (int, frac) = text.split_once('.').unwrap_or((text, ""));
        let frac = frac.trim_end_matches('0');
        let mut out = String::with_capacity(sign.len() + text.len());
        out.push_str(sign);
        out.push_str(int);
        if !frac.is_empty() {
            out.push('.');
            out.push_str(frac);
        }
        return out;
    };
    let exponent = exponent.parse::<i32>().unwrap_or(0);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    // Where the decimal point falls in `digits`.
    let point = int.len() as i32 + exponent;
    let len = digits.len() as i32;
    let (whole, fraction) = if point <= 0 {
        ("0".to_string(), format!("{}{digits}", "0".repeat((-point) as usize)))
    } else if point >= len {
        (format!("{digits}{}", "0".repeat((point - len) as usize)), String::new())
    } else {
        (digits[..point as usize].to_string(), digits[point as usize..].to_string())
    };
    let whole = whole.trim_start_matches('0');
    let whole = if whole.is_empty() { "0" } else { whole };
    let fraction = fraction.trim_end_matches('0');
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

/// "1,050,000" from "1050000"; keeps the sign and the decimals (UK grouping).
pub fn group_thousands(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_matches_std_at_the_edges() {
        for x in [
            0.0,
            -0.0,
            1.0,
            100.0,
            0.1,
            1e-7,
            1e15,
            1e16,
            1e21,
            1.2345678901234568e20,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            -f64::MAX,
            2.5e-5,
            96.45,
            1050000.0,
        ] {
            assert_eq!(shortest(x), format!("{x}"), "{x:e}");
        }
    }

    #[test]
    fn a_seventeen_digit_tie_goes_to_the_even_digit() {
        // Exactly 1690060720831323.25: both neighbours read back as it; std writes .3.
        let x = f64::from_bits(0x4318_0467_b3a7_ed6d);
        assert_eq!(shortest(x), "1690060720831323.2");
        assert_eq!(format!("{x}"), "1690060720831323.3");
    }

    #[test]
    fn numbers_beyond_exact_decimals_still_show_their_places() {
        assert_eq!(format_fixed(1e40, 1), format!("1{}.0", "0".repeat(40)));
        assert_eq!(format_fixed(-1e40, 0), format!("-1{}", "0".repeat(40)));
        assert_eq!(format_fixed(1.5e38, 2), format!("15{}.00", "0".repeat(37)));
    }

    fn d(x: f64) -> Dec {
        Dec::from_f64(x).unwrap()
    }

    #[test]
    fn reads_the_decimal_the_file_wrote() {
        assert_eq!(d(49.4).to_string(), "49.4");
        assert_eq!(d(0.1).checked_add(d(0.2)).unwrap().to_string(), "0.3");
        assert_eq!(d(-0.6).to_string(), "-0.6");
        assert_eq!(d(1e-7).to_string(), "0.0000001");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(Dec::rounded(2.675, 2).unwrap().to_string(), "2.68");
        assert_eq!(Dec::rounded(-2.5, 0).unwrap().to_string(), "-3");
        assert_eq!(Dec::rounded(95.96, 1).unwrap().to_string(), "96");
        assert_eq!(Dec::rounded(0.04, 1).unwrap().to_string(), "0");
    }

    #[test]
    fn the_float_trap_is_exact() {
        let tol = d(5.0).checked_mul(d(52.0)).unwrap().percent();
        let gap = d(52.0).checked_sub(d(49.4)).unwrap();
        assert_eq!(gap.checked_cmp(tol), Some(Ordering::Equal));
        // The same sum in f64 (kept from constant folding) lands above the tolerance: why Dec exists.
        let (target, value) = (std::hint::black_box(52.0_f64), std::hint::black_box(49.4_f64));
        assert!(target - value > 2.6, "f64 alone gets this wrong");
    }

    #[test]
    fn huge_and_odd_values_do_not_panic() {
        assert!(Dec::from_f64(f64::NAN).is_none());
        assert!(Dec::from_f64(1e300).is_none());
        assert!(Dec::from_f64(f64::MIN_POSITIVE).is_none());
        assert_eq!(Dec::rounded(f64::MIN_POSITIVE, 2).unwrap().to_string(), "0");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands("1050000"), "1,050,000");
        assert_eq!(group_thousands("-1234.56"), "-1,234.56");
        assert_eq!(group_thousands("999"), "999");
        assert_eq!(group_thousands("100000"), "100,000");
    }

    #[test]
    fn formats_for_display() {
        assert_eq!(format_fixed(96.0, 1), "96.0");
        assert_eq!(format_fixed(2.675, 2), "2.68");
        assert_eq!(format_fixed(412.4, 0), "412");
        assert_eq!(format_fixed(-0.04, 1), "0.0");
    }
}

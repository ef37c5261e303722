//! Numbers as people read them. Rounding is the core's (`format_fixed`, half away from zero,
//! the same rounding the RAG rules compare); this adds units and thousands separators.

use scorecard_core::decimal::format_fixed;
use scorecard_core::Indicator;

/// "1,050,000" from "1050000"; keeps a sign and decimals.
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

/// A value with its unit: "96.4%", "£1,050,000", "19.2 days".
pub fn value(ind: &Indicator, x: f64) -> String {
    let n = group_thousands(&format_fixed(x, ind.decimals));
    crate::i18n::with_unit(ind.unit, ind.currency_code.as_deref(), &n)
}

/// The bare number at display precision, for tables and CSV.
pub fn number(ind: &Indicator, x: f64) -> String {
    group_thousands(&format_fixed(x, ind.decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands() {
        assert_eq!(group_thousands("1050000"), "1,050,000");
        assert_eq!(group_thousands("-1234.56"), "-1,234.56");
        assert_eq!(group_thousands("999"), "999");
    }
}

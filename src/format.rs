//! Numbers as people read them. Rounding (`format_fixed`: half away from zero, the rounding
//! the RAG rules compare) and thousands grouping are the core's; this adds the units.

use scorecard_core::decimal::{format_fixed, group_thousands};
use scorecard_core::Indicator;

/// The number at the indicator's display precision, grouped: "1,050,000".
pub fn number(ind: &Indicator, x: f64) -> String {
    group_thousands(&format_fixed(x, ind.decimals))
}

/// A period as a label in the interface's language: "Q2 2023/24", "Sep 2023", "Ch2 2023/24".
pub fn period(p: scorecard_core::Period) -> String {
    crate::i18n::t().period_short(p)
}

/// With its unit: "96.4%", "£1,050,000", "19.2 days".
pub fn value(ind: &Indicator, x: f64) -> String {
    crate::i18n::t().with_unit(ind.unit, ind.currency_code.as_deref(), &number(ind, x))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample;
    use scorecard_core::Unit;

    fn ind(unit: Unit, decimals: u32, currency: Option<&str>) -> Indicator {
        let mut i = sample().indicators[0].clone();
        i.unit = unit;
        i.decimals = decimals;
        i.currency_code = currency.map(str::to_string);
        i
    }

    #[test]
    fn numbers_round_half_away_from_zero_and_group_thousands() {
        let i = ind(Unit::Number, 0, None);
        assert_eq!(number(&i, 1_050_000.0), "1,050,000");
        assert_eq!(number(&i, 2.5), "3");
        assert_eq!(number(&i, -2.5), "-3");
        assert_eq!(number(&ind(Unit::Number, 2, None), 2.675), "2.68");
    }

    #[test]
    fn values_carry_their_unit() {
        assert_eq!(value(&ind(Unit::Percent, 1, None), 96.44), "96.4%");
        assert_eq!(value(&ind(Unit::Currency, 0, Some("GBP")), 1_050_000.0), "£1,050,000");
        assert_eq!(value(&ind(Unit::Days, 1, None), 19.2), "19.2 days");
    }
}

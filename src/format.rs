//! Numbers as people read them. Rounding (`format_fixed`: half away from zero, the rounding
//! the RAG rules compare) and thousands grouping are the core's; this adds the units.

use scorecard_core::decimal::{format_fixed, group_thousands};
use scorecard_core::Indicator;

/// The number at the indicator's display precision, grouped: "1,050,000".
pub fn number(ind: &Indicator, x: f64) -> String {
    group_thousands(&format_fixed(x, ind.decimals))
}

/// With its unit: "96.4%", "£1,050,000", "19.2 days".
pub fn value(ind: &Indicator, x: f64) -> String {
    crate::i18n::with_unit(ind.unit, ind.currency_code.as_deref(), &number(ind, x))
}

//! Small builders for unit tests.

use crate::model::*;
use crate::period::{Period, PeriodKind};
use crate::text::Text;

pub fn indicator(polarity: Polarity, decimals: u32) -> Indicator {
    Indicator {
        index: 0,
        id: "test".into(),
        code: None,
        title: Text::plain("Test"),
        description: None,
        service: None,
        priorities: vec![],
        tags: vec![],
        unit: Unit::Percent,
        currency_code: None,
        decimals,
        polarity,
        frequency: PeriodKind::Quarter,
        measure: Measure::Snapshot,
        tolerance: Tolerance::Percent(5.0),
        trend: TrendSettings::default(),
        sensitive: false,
        values: vec![],
        benchmarks: vec![],
    }
}

pub fn with_values(mut ind: Indicator, values: &[(&str, f64)]) -> Indicator {
    ind.values = values
        .iter()
        .enumerate()
        .map(|(index, (p, v))| Observation {
            index,
            period: Period::parse(p).unwrap(),
            value: Some(*v),
            target: None,
            suppressed: false,
            reported_status: None,
            forecast_status: None,
            comment: None,
        })
        .collect();
    ind
}

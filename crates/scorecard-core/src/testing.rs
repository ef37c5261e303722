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
        peers: None,
    }
}

pub fn with_values(mut ind: Indicator, values: &[(&str, f64)]) -> Indicator {
    let rows: Vec<(&str, Option<f64>, Option<f64>)> =
        values.iter().map(|(p, v)| (*p, Some(*v), None)).collect();
    ind.values = figures(&ind.id, &rows).values;
    ind
}

/// A higher-is-better percentage indicator `id` with (period, value, target) figures.
pub fn figures(id: &str, rows: &[(&str, Option<f64>, Option<f64>)]) -> Indicator {
    let mut ind = indicator(Polarity::Higher, 1);
    ind.id = id.into();
    ind.title = Text::plain(id);
    ind.values = rows
        .iter()
        .enumerate()
        .map(|(index, (p, value, target))| Observation {
            index,
            period: Period::parse(p).unwrap(),
            value: *value,
            target: *target,
            suppressed: false,
            reported_status: None,
            forecast_status: None,
            comment: None,
        })
        .collect();
    ind
}

/// A scorecard of these indicators (positions renumbered), reporting 2023/24 Q2.
pub fn scorecard_with(mut indicators: Vec<Indicator>) -> Scorecard {
    for (i, ind) in indicators.iter_mut().enumerate() {
        ind.index = i;
    }
    Scorecard {
        organisation: Organisation { name: Text::plain("Test Council"), code: None, website: None },
        title: Text::plain("Test"),
        published: Date { year: 2023, month: 10, day: 20 },
        current_period: Period::parse("2023/24-Q2").unwrap(),
        calendar: crate::period::Calendar::default(),
        languages: vec!["en".into()],
        defaults: Defaults::default(),
        priorities: vec![],
        services: vec![],
        indicators,
        actions: vec![],
        commentary: vec![],
        packs: vec![],
        peer_group: None,
    }
}

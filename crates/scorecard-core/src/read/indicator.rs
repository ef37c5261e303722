//! One indicator and its observations. Any error leaves the whole indicator out: showing
//! it with some values missing would draw a false trend.

use super::fields::Reporter;
use super::items::Refs;
use super::json::{get, Json as Value};
use crate::diag::Path;
use crate::messages as msg;
use crate::model::{Benchmark, Indicator, Measure, Observation, Polarity, Rag, Scorecard, Unit};
use crate::period::PeriodKind;
use std::collections::HashMap;

const FIELDS: &[&str] = &[
    "id", "code", "title", "description", "service", "priorities", "tags", "unit", "currency_code",
    "decimals", "polarity", "frequency", "measure", "tolerance", "trend", "sensitive", "values",
    "benchmarks", "peers",
];
const OBS_FIELDS: &[&str] =
    &["period", "value", "target", "suppressed", "reported_status", "forecast_status", "comment"];

pub fn read_indicator(
    r: &mut Reporter,
    v: &Value<'_>,
    at: &Path,
    index: usize,
    sc: &Scorecard,
    refs: &Refs,
    seen: &mut HashMap<String, usize>,
) -> Option<Indicator> {
    let errors_before = r.errors;
    let o = r.object(v, at)?;
    r.unknown_fields(o, at, FIELDS);
    let id = r.required(o, "id", at).and_then(|v| r.slug(v, &at.key("id")));
    if let Some(id) = &id {
        if let Some(first) = seen.get(id) {
            r.error(&at.key("id"), msg::t().duplicate_id(id, &format!("/indicators/{first}")));
        } else {
            seen.insert(id.clone(), index);
        }
    }
    let code = get(o, "code").and_then(|v| r.string(v, &at.key("code")).map(str::to_string));
    let title = r.required(o, "title", at).and_then(|v| r.text(v, &at.key("title")));
    let description = get(o, "description").and_then(|v| r.text(v, &at.key("description")));
    let service = get(o, "service").and_then(|v| {
        let here = at.key("service");
        let s = r.slug(v, &here)?;
        refs.check_service(r, &s, &here).then_some(s)
    });
    let priorities = match get(o, "priorities") {
        Some(v) => r.slug_list(v, &at.key("priorities"), |r, s, here| refs.check_priority(r, s, here)),
        None => Some(Vec::new()),
    };
    let tags = match get(o, "tags") {
        Some(v) => r.slug_list(v, &at.key("tags"), |_, _, _| true),
        None => Some(Vec::new()),
    };
    let unit = r.required(o, "unit", at).and_then(|v| r.word(v, &at.key("unit"), Unit::WORDS));
    let currency_code = get(o, "currency_code").and_then(|v| {
        let here = at.key("currency_code");
        let s = r.string(v, &here)?;
        if s.len() == 3 && s.bytes().all(|c| c.is_ascii_uppercase()) {
            Some(s.to_string())
        } else {
            r.error(&here, msg::t().bad_currency(s));
            None
        }
    });
    let decimals = match get(o, "decimals") {
        Some(v) => r.integer(v, &at.key("decimals"), "decimals", 0, 6).map(|d| d as u32),
        None => unit.map(|u| if u == Unit::Number { 0 } else { 1 }),
    };
    let polarity =
        r.required(o, "polarity", at).and_then(|v| r.word(v, &at.key("polarity"), Polarity::WORDS));
    let frequency = r
        .required(o, "frequency", at)
        .and_then(|v| r.word(v, &at.key("frequency"), &PeriodKind::FREQUENCIES));
    let measure = match get(o, "measure") {
        Some(v) => r.word(v, &at.key("measure"), Measure::WORDS),
        None => Some(Measure::Snapshot),
    };
    let tolerance = match get(o, "tolerance") {
        Some(v) => r.tolerance(v, &at.key("tolerance")),
        None => Some(sc.defaults.tolerance),
    };
    let trend = match get(o, "trend") {
        Some(v) => super::read_trend(r, v, &at.key("trend"), sc.defaults.trend),
        None => Some(sc.defaults.trend),
    };
    let sensitive = match get(o, "sensitive") {
        Some(v) => r.boolean(v, &at.key("sensitive")),
        None => Some(false),
    };
    let values_at = at.key("values");
    let values = r
        .required(o, "values", at)
        .and_then(|v| r.array(v, &values_at))
        .and_then(|items| read_values(r, items, &values_at, sc, frequency?, sensitive.unwrap_or(false)));
    let benchmarks = match get(o, "benchmarks") {
        Some(v) => read_benchmarks(r, v, &at.key("benchmarks")),
        None => Some(Vec::new()),
    };
    let peers = match get(o, "peers") {
        Some(v) => read_peers(r, v, &at.key("peers")).map(Some),
        None => Some(None),
    };
    if r.errors > errors_before {
        return None;
    }
    Some(Indicator {
        index,
        id: id?,
        code,
        title: title?,
        description,
        service,
        priorities: priorities?,
        tags: tags?,
        unit: unit?,
        currency_code,
        decimals: decimals?,
        polarity: polarity?,
        frequency: frequency?,
        measure: measure?,
        tolerance: tolerance?,
        trend: trend?,
        sensitive: sensitive?,
        values: values?,
        benchmarks: benchmarks?,
        peers: peers?,
    })
}

/// `{"pack": ID, "measure": ID}`: the pack by its id (one of the scorecard's `packs`), and
/// its measure.
fn read_peers(r: &mut Reporter, v: &Value<'_>, at: &Path) -> Option<crate::model::Peers> {
    let o = r.object(v, at)?;
    r.unknown_fields(o, at, &["pack", "measure"]);
    let pack = r.required(o, "pack", at).and_then(|v| r.slug(v, &at.key("pack")));
    let measure = r.required(o, "measure", at).and_then(|v| r.slug(v, &at.key("measure")));
    Some(crate::model::Peers { pack: pack?, measure: measure? })
}

fn read_values(
    r: &mut Reporter,
    items: &[Value<'_>],
    at: &Path,
    sc: &Scorecard,
    frequency: PeriodKind,
    sensitive: bool,
) -> Option<Vec<Observation>> {
    let errors_before = r.errors;
    let cal = sc.calendar;
    let mut out: Vec<Observation> = Vec::with_capacity(items.len());
    let mut seen: HashMap<i64, usize> = HashMap::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        let here = at.index(i);
        let Some(o) = r.object(v, &here) else { continue };
        r.unknown_fields(o, &here, OBS_FIELDS);
        let Some(period) = r.required(o, "period", &here).and_then(|v| r.period(v, &here.key("period")))
        else {
            continue;
        };
        if period.kind() != frequency {
            r.error(
                &here.key("period"),
                msg::t().frequency_mismatch(&period.to_string(), period.kind(), frequency),
            );
            continue;
        }
        if let Some(first) = seen.insert(cal.start(period), i) {
            r.error(
                &here.key("period"),
                msg::t().duplicate_period(&period.to_string(), &format!("{}/{first}", at.pointer())),
            );
            continue;
        }
        let value = r.nullable_number(get(o, "value"), &here.key("value"));
        let target = r.nullable_number(get(o, "target"), &here.key("target"));
        let suppressed = match get(o, "suppressed") {
            Some(v) => r.boolean(v, &here.key("suppressed")),
            None => Some(false),
        };
        let status = |r: &mut Reporter, key: &str| match get(o, key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => r.word(v, &here.key(key), Rag::WORDS).map(Some).ok_or(()),
        };
        let reported_status = status(r, "reported_status");
        let forecast_status = status(r, "forecast_status");
        let comment = match get(o, "comment") {
            None | Some(Value::Null) => Ok(None),
            Some(v) => r.text(v, &here.key("comment")).map(Some).ok_or(()),
        };
        let (Ok(value), Ok(target), Some(suppressed), Ok(reported_status), Ok(forecast_status), Ok(comment)) =
            (value, target, suppressed, reported_status, forecast_status, comment)
        else {
            continue;
        };
        if suppressed && value.is_some() {
            r.error(&here.key("value"), msg::t().suppressed_with_value());
            continue;
        }
        if let (true, Some(x)) = (sensitive, value) {
            if x >= 1.0 && x < sc.defaults.suppress_below as f64 {
                r.error(&here.key("value"), msg::t().sensitive_count(x, sc.defaults.suppress_below));
                continue;
            }
        }
        out.push(Observation {
            index: i,
            period,
            value,
            target,
            suppressed,
            reported_status,
            forecast_status,
            comment,
        });
    }
    if r.errors > errors_before {
        return None;
    }
    crate::order::sort_by(&mut out, &|a, b| cal.start(a.period).cmp(&cal.start(b.period)));
    Some(out)
}

fn read_benchmarks(r: &mut Reporter, v: &Value<'_>, at: &Path) -> Option<Vec<Benchmark>> {
    let items = r.array(v, at)?;
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let here = at.index(i);
        let b = r.object(item, &here).and_then(|o| {
            r.unknown_fields(o, &here, &["label", "period", "value", "quartile"]);
            let label = r.required(o, "label", &here).and_then(|v| r.text(v, &here.key("label")));
            let period = r.required(o, "period", &here).and_then(|v| r.period(v, &here.key("period")));
            let value = r.required(o, "value", &here).and_then(|v| r.number(v, &here.key("value")));
            let quartile = match get(o, "quartile") {
                None | Some(Value::Null) => Some(None),
                Some(v) => r.integer(v, &here.key("quartile"), "quartile", 1, 4).map(|q| Some(q as u8)),
            };
            Some(Benchmark { label: label?, period: period?, value: value?, quartile: quartile? })
        });
        match b {
            Some(b) => out.push(b),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

//! Chart option builders: pure functions from figures to an ECharts option, built with
//! charming, plus the settings every chart shares (ARIA, decal patterns, motion).

pub mod status_bar;

use charming::component::{Aria, Decal};
use charming::Chart;
use scorecard_core::Status;
use serde_json::Value;

/// Status colours with at least 3:1 contrast against white for chart marks.
pub fn status_colour(s: Status) -> &'static str {
    match s {
        Status::Green => "#00703c",
        Status::Amber => "#b35c00",
        Status::Red => "#c2261a",
        Status::NoTarget => "#505a5f",
        Status::NoData => "#6f777b",
        Status::Suppressed => "#4c2c92",
    }
}

/// Adds what every chart needs: ECharts' ARIA description, decal patterns so series differ
/// by more than colour, and no animation when the user prefers reduced motion.
/// `description` is the chart's one-sentence summary: ECharts puts it in the container's
/// `aria-label`, replacing its own generated text.
pub fn finish(chart: Chart, description: &str, reduced_motion: bool) -> Value {
    let chart = chart.aria(Aria::new().enabled(true).decal(Decal::new().show(true)));
    let mut v = serde_json::to_value(&chart).unwrap_or(Value::Null);
    prune(&mut v);
    v["aria"]["label"] = serde_json::json!({ "enabled": true, "description": description });
    if reduced_motion {
        v["animation"] = Value::Bool(false);
    }
    v
}

/// Drops object fields that are null or empty lists. charming writes some of these out
/// (`"decals": []`, `"label": null`), and ECharts takes them for settings: an empty decal
/// list makes it throw. Nulls inside lists are kept: in a series they are gaps.
fn prune(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.retain(|_, x| !(x.is_null() || x.as_array().is_some_and(Vec::is_empty)));
            map.values_mut().for_each(prune);
        }
        Value::Array(items) => items.iter_mut().for_each(prune),
        _ => {}
    }
}

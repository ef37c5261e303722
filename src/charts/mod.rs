//! Chart option builders: pure functions from figures to an ECharts option, built with
//! charming, plus what every chart shares (ARIA description, decal patterns, motion).
//! Where charming has no setter (a symbol per data point), the builder patches the JSON.

pub mod count_bar;
pub mod donut;
pub mod history;
pub mod option;
pub mod service_stack;

use charming::component::{Aria, Decal};
use option::EchartsOption;
use scorecard_core::{ActionStatus, Rag, Status};
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

pub fn action_colour(s: ActionStatus) -> &'static str {
    match s.rag() {
        Some(Rag::Green) if s == ActionStatus::Complete => "#005a30",
        Some(r) => status_colour(r.into()),
        None if s == ActionStatus::Cancelled => "#6f777b",
        None => "#505a5f",
    }
}

/// A marker shape per status, so points differ by more than colour.
pub fn status_symbol(s: Status) -> &'static str {
    match s {
        Status::Green => "circle",
        Status::Amber => "triangle",
        Status::Red => "diamond",
        _ => "rect",
    }
}

/// `description` is the chart's one-sentence summary: ECharts puts it in the container's
/// `aria-label`, replacing its own generated text.
pub fn finish(chart: EchartsOption, description: &str, reduced_motion: bool) -> Value {
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

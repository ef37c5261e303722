//! An indicator's history: the value line with each point marked by its status (colour and
//! shape), the target as a dashed line, and benchmarks as labelled reference lines.

use super::{finish, status_colour, status_symbol};
use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{AxisType, ItemStyle, LineStyle, LineStyleType, Tooltip, Trigger};
use charming::series::Line;
use super::option::EchartsOption;
use scorecard_core::Status;
use serde_json::{json, Value};

pub struct Point {
    pub period: String,
    pub value: Option<f64>,
    pub target: Option<f64>,
    pub status: Status,
}

fn value_or_gap(x: Option<f64>) -> CompositeValue {
    match x {
        Some(v) => v.into(),
        None => "-".into(),
    }
}

pub fn option(points: &[Point], benchmarks: &[(String, f64)], names: (&str, &str), description: &str, reduced_motion: bool) -> Value {
    let periods: Vec<String> = points.iter().map(|p| p.period.clone()).collect();
    let values: Vec<DataPointItem> = points
        .iter()
        .map(|p| DataPointItem::new(value_or_gap(p.value)).item_style(ItemStyle::new().color(status_colour(p.status))))
        .collect();
    let has_target = points.iter().any(|p| p.target.is_some());
    let mut chart = EchartsOption::new()
        .grid(Grid::new().left(70).right(30).top(40).bottom(40))
        .legend(Legend::new().top(0))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(Axis::new().type_(AxisType::Category).data(periods))
        .y_axis(Axis::new().type_(AxisType::Value).scale(true))
        .series(Line::new().name(names.0).symbol_size(11).item_style(ItemStyle::new().color("#1d4f91")).line_style(LineStyle::new().color("#1d4f91").width(2)).data(values));
    if has_target {
        let targets: Vec<CompositeValue> = points.iter().map(|p| value_or_gap(p.target)).collect();
        chart = chart.series(
            Line::new()
                .name(names.1)
                .show_symbol(false)
                .item_style(ItemStyle::new().color("#0b0c0c"))
                .line_style(LineStyle::new().color("#0b0c0c").type_(LineStyleType::Dashed).width(2))
                .data(targets),
        );
    }
    let mut v = finish(chart, description, reduced_motion);
    // Shapes per point (charming has no per-item symbol): status is never colour alone.
    if let Some(data) = v["series"][0]["data"].as_array_mut() {
        for (item, p) in data.iter_mut().zip(points) {
            item["symbol"] = json!(status_symbol(p.status));
        }
    }
    if !benchmarks.is_empty() {
        let lines: Vec<Value> = benchmarks.iter().map(|(label, y)| json!({"yAxis": y, "name": label, "label": {"formatter": label, "position": "insideEndTop"}})).collect();
        v["series"][0]["markLine"] = json!({"symbol": "none", "silent": true, "lineStyle": {"type": "dotted", "color": "#505a5f", "width": 2}, "data": lines});
    }
    v
}

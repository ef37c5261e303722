//! An indicator's history: the value line with each point marked by its status (colour and
//! shape), the target as a dashed line, and benchmarks as labelled reference lines.

use super::option::{EchartsOption, MarkedLine, MarkedPoint};
use super::{finish, reference_lines, status_colour, status_symbol};
use crate::theme::{INK, MUTED, SERIES};
use charming::component::{Axis, Grid, Legend};
use charming::datatype::CompositeValue;
use charming::element::{AxisType, ItemStyle, LabelPosition, LineStyle, LineStyleType, Tooltip, Trigger};
use charming::series::Line;
use scorecard_core::Status;

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

pub fn option(
    points: &[Point],
    benchmarks: &[(String, f64)],
    names: (&str, &str),
    description: &str,
    reduced_motion: bool,
) -> String {
    let periods: Vec<String> = points.iter().map(|p| p.period.clone()).collect();
    let marked: Vec<MarkedPoint> = points
        .iter()
        .map(|p| MarkedPoint {
            value: value_or_gap(p.value),
            symbol: status_symbol(p.status),
            item_style: ItemStyle::new().color(status_colour(p.status)),
        })
        .collect();
    let mut line = Line::new()
        .name(names.0)
        .symbol_size(11)
        .item_style(ItemStyle::new().color(SERIES))
        .line_style(LineStyle::new().color(SERIES).width(2));
    if !benchmarks.is_empty() {
        // Labels at the line's start: at its end they would cover the latest value, the one
        // the comparison is about.
        line = line.mark_line(reference_lines(
            benchmarks,
            LabelPosition::InsideStartTop,
            LineStyle::new().type_(LineStyleType::Dotted).color(MUTED).width(2),
        ));
    }
    let mut chart = EchartsOption::new()
        .grid(Grid::new().left(70).right(30).top(40).bottom(40))
        .legend(Legend::new().top(0))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(Axis::new().type_(AxisType::Category).data(periods))
        .y_axis(Axis::new().type_(AxisType::Value).scale(true))
        .series(MarkedLine { line, data: marked });
    if points.iter().any(|p| p.target.is_some()) {
        let targets: Vec<CompositeValue> = points.iter().map(|p| value_or_gap(p.target)).collect();
        chart = chart.series(
            Line::new()
                .name(names.1)
                .show_symbol(false)
                .item_style(ItemStyle::new().color(INK))
                .line_style(LineStyle::new().color(INK).type_(LineStyleType::Dashed).width(2))
                .data(targets),
        );
    }
    finish(chart, description, reduced_motion)
}

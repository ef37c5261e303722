//! A bar per RAG status: the overview's headline chart.

use super::{finish, status_colour};
use crate::i18n;
use charming::component::{Axis, Grid};
use charming::datatype::DataPointItem;
use charming::element::{AxisType, ItemStyle, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;
use scorecard_core::Status;
use serde_json::Value;

pub fn option(counts: &[(Status, u32)], description: &str, reduced_motion: bool) -> Value {
    let names: Vec<String> = counts.iter().map(|(s, _)| i18n::status_short(*s).to_string()).collect();
    let data: Vec<DataPointItem> = counts
        .iter()
        .map(|(s, n)| DataPointItem::new(*n as i64).name(i18n::status_short(*s)).item_style(ItemStyle::new().color(status_colour(*s))))
        .collect();
    let chart = Chart::new()
        .grid(Grid::new().left(90).right(40).top(10).bottom(30))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(Axis::new().type_(AxisType::Value).min_interval(1))
        .y_axis(Axis::new().type_(AxisType::Category).data(names).inverse(true))
        .series(Bar::new().name(i18n::COUNT).data(data).label(Label::new().show(true).position(LabelPosition::Right)));
    finish(chart, description, reduced_motion)
}

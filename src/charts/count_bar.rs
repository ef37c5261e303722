//! One bar per category (statuses of indicators or of actions), each in its colour.

use super::finish;
use super::option::EchartsOption;
use charming::component::{Axis, Grid};
use charming::datatype::DataPointItem;
use charming::element::{AxisType, ItemStyle, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Bar;

/// `bars`: label, count, colour.
pub fn option(
    bars: &[(String, u32, &str)],
    series_name: &str,
    description: &str,
    reduced_motion: bool,
) -> String {
    let names: Vec<String> = bars.iter().map(|(l, _, _)| l.clone()).collect();
    let data: Vec<DataPointItem> = bars
        .iter()
        .map(|(l, n, c)| {
            DataPointItem::new(*n as i64).name(l.as_str()).item_style(ItemStyle::new().color(*c))
        })
        .collect();
    let chart = EchartsOption::new()
        .grid(Grid::new().left(8).right(40).top(10).bottom(24).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(Axis::new().type_(AxisType::Value).min_interval(1))
        .y_axis(Axis::new().type_(AxisType::Category).data(names).inverse(true))
        .series(
            Bar::new()
                .name(series_name)
                .data(data)
                .label(Label::new().show(true).position(LabelPosition::Right)),
        );
    finish(chart, description, reduced_motion)
}

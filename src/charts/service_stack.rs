//! One stacked bar per service area, split by status.

use super::option::EchartsOption;
use super::{finish, status_colour};
use crate::i18n;
use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, ItemStyle, Tooltip, Trigger};
use charming::series::Bar;
use scorecard_core::Status;

/// `rows`: a service's name and its counts in the order of `Status::ALL`.
pub fn option(rows: &[(String, Vec<u32>)], description: &str, reduced_motion: bool) -> String {
    let names: Vec<String> = rows.iter().map(|(n, _)| n.clone()).collect();
    let mut chart = EchartsOption::new()
        .grid(Grid::new().left(8).right(24).top(40).bottom(24).contain_label(true))
        .legend(Legend::new().top(0))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(Axis::new().type_(AxisType::Value).min_interval(1))
        .y_axis(Axis::new().type_(AxisType::Category).data(names).inverse(true));
    for (i, s) in Status::ALL.iter().enumerate() {
        let data: Vec<i64> = rows.iter().map(|(_, c)| c.get(i).copied().unwrap_or(0) as i64).collect();
        chart = chart.series(
            Bar::new()
                .name(i18n::t().status_short(*s))
                .stack("status")
                .item_style(ItemStyle::new().color(status_colour(*s)))
                .data(data),
        );
    }
    finish(chart, description, reduced_motion)
}

//! A donut of indicators by status, for one corporate priority.

use super::option::EchartsOption;
use super::{finish, status_colour};
use crate::i18n;
use charming::datatype::DataPointItem;
use charming::element::{ItemStyle, Tooltip, Trigger};
use charming::series::Pie;
use scorecard_core::Status;

pub fn option(counts: &[(Status, u32)], name: &str, description: &str, reduced_motion: bool) -> String {
    let data: Vec<DataPointItem> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| {
            DataPointItem::new(*n as i64)
                .name(i18n::t().status_short(*s))
                .item_style(ItemStyle::new().color(status_colour(*s)))
        })
        .collect();
    let chart = EchartsOption::new()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .series(Pie::new().name(name).radius(vec!["45%", "75%"]).data(data));
    finish(chart, description, reduced_motion)
}

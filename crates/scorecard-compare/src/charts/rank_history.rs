//! The council's rank among its group over the measure's periods: 1 at the top, so rising
//! means improving, as a league table reads.

use charming::component::{Axis, Grid};
use charming::datatype::CompositeValue;
use charming::element::{AxisType, ItemStyle, LineStyle, Symbol, Tooltip, Trigger};
use charming::series::Line;
use scorecard_app::charts::finish;
use scorecard_app::charts::option::EchartsOption;

/// `points`: `(period, rank)`, oldest first; `most` the largest group size over the periods.
pub fn option(
    points: &[(String, Option<usize>)],
    most: usize,
    name: &str,
    description: &str,
    reduced_motion: bool,
) -> String {
    let periods: Vec<String> = points.iter().map(|(p, _)| p.clone()).collect();
    let ranks: Vec<CompositeValue> = points
        .iter()
        .map(|(_, r)| match r {
            Some(r) => (*r as f64).into(),
            None => "-".into(),
        })
        .collect();
    // Ticks at 1 (the top) and every round step down to the largest group: 1, 6, 11, 16.
    let step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]
        .into_iter()
        .find(|s| s * 4 >= most.saturating_sub(1))
        .unwrap_or(most.div_ceil(4).max(1));
    let steps = most.saturating_sub(1).div_ceil(step).max(1);
    let chart = EchartsOption::new()
        .grid(Grid::new().left(50).right(20).top(20).bottom(40))
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .x_axis(Axis::new().type_(AxisType::Category).data(periods))
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .inverse(true)
                .min(1)
                .max((1 + step * steps) as f64)
                .interval(step as f64),
        )
        .series(
            Line::new()
                .name(name)
                .symbol(Symbol::Diamond)
                .symbol_size(12)
                .item_style(ItemStyle::new().color(scorecard_app::theme::INK))
                .line_style(LineStyle::new().color(scorecard_app::theme::INK).width(2))
                .data(ranks),
        );
    finish(chart, description, reduced_motion)
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    fn axis(most: usize) -> (f64, f64, f64) {
        let v: Value = serde_json::from_str(&super::option(
            &[("Q1".into(), Some(2)), ("Q2".into(), None)],
            most,
            "Rank",
            "s",
            false,
        ))
        .unwrap();
        let y = &v["yAxis"];
        (y["min"].as_f64().unwrap(), y["max"].as_f64().unwrap(), y["interval"].as_f64().unwrap())
    }

    #[test]
    fn rank_one_is_at_the_top_and_the_ticks_are_round() {
        assert_eq!(axis(16), (1.0, 16.0, 5.0));
        assert_eq!(axis(41), (1.0, 41.0, 10.0));
        assert_eq!(axis(5), (1.0, 5.0, 1.0));
        assert_eq!(axis(1), (1.0, 2.0, 1.0));
        let v: Value =
            serde_json::from_str(&super::option(&[("Q1".into(), None)], 3, "Rank", "s", false)).unwrap();
        assert_eq!(v["yAxis"]["inverse"], true);
        assert_eq!(v["series"][0]["data"][0], "-");
    }
}

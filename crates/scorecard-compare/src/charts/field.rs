//! A comparator group's field for one period: every member's value in rank order (best
//! first), the council marked by shape, size and label as well as colour, the median and the
//! council's target as reference lines, the quartiles as shaded bands, and each member's 95 %
//! confidence interval where the pack gives one.

use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPoint};
use charming::element::{
    AxisLabel, AxisTick, AxisType, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType, MarkArea,
    MarkAreaData, NameLocation, Symbol, Tooltip, Trigger,
};
use charming::series::{Line, Scatter};
use scorecard_app::charts::option::EchartsOption;
use scorecard_app::charts::{finish, reference_lines};

pub struct Member {
    pub name: String,
    pub value: f64,
    /// Its rank in the field (for the table beside the chart).
    pub rank: usize,
    pub lower: Option<f64>,
    pub upper: Option<f64>,
    /// The council the page is about.
    pub ours: bool,
    /// Its quarter; none for a neutral measure (no bands are drawn).
    pub quartile: Option<u8>,
}

/// The chart's words, in the reader's language.
pub struct Words<'a> {
    pub members: &'a str,
    pub this_council: &'a str,
    pub interval: &'a str,
    pub axis: &'a str,
    /// A quartile band's label.
    pub quartile: &'a dyn Fn(u8) -> String,
}

const MEMBER: &str = scorecard_app::theme::SERIES;
const OURS: &str = scorecard_app::theme::INK;
const BAND: &str = "rgba(29,79,145,0.08)";
const REFERENCE: &str = scorecard_app::theme::MUTED;

fn point(x: usize, y: f64, name: &str) -> DataPoint {
    DataPoint::from((CompositeValue::from(vec![CompositeValue::from(x as f64), y.into()]), name.to_string()))
}

/// `reference` holds the labelled lines (the median, the council's target), each `(label, y)`.
pub fn option(
    members: &[Member],
    reference: &[(String, f64)],
    words: Words<'_>,
    description: &str,
    reduced_motion: bool,
) -> String {
    let names: Vec<String> = members.iter().map(|m| m.name.clone()).collect();
    let others: Vec<DataPoint> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.ours)
        .map(|(i, m)| point(i, m.value, &m.name))
        .collect();
    let ours: Vec<DataPoint> =
        members.iter().enumerate().filter(|(_, m)| m.ours).map(|(i, m)| point(i, m.value, &m.name)).collect();
    // Each quartile's band spans its first member to its last. charming gives a mark area one
    // style, so the odd quartiles' bands (shaded) go on the field's series and the even ones'
    // (clear, labelled) on the council's.
    let bands = |odd: bool| -> Vec<(MarkAreaData, MarkAreaData)> {
        (1..=4u8)
            .filter(|q| (q % 2 == 1) == odd)
            .filter_map(|q| {
                let first = members.iter().position(|m| m.quartile == Some(q))?;
                let last = members.iter().rposition(|m| m.quartile == Some(q))?;
                Some((
                    MarkAreaData::new().name((words.quartile)(q)).x_axis(names[first].clone()),
                    MarkAreaData::new().x_axis(names[last].clone()),
                ))
            })
            .collect()
    };
    let area = |odd: bool| {
        MarkArea::new()
            .silent(true)
            .item_style(ItemStyle::new().color(if odd { BAND } else { "rgba(0,0,0,0)" }))
            .label(Label::new().position(LabelPosition::InsideTop).color(REFERENCE))
            .data(bands(odd))
    };
    let field = Scatter::new()
        .name(words.members)
        .symbol(Symbol::Circle)
        .symbol_size(8)
        .item_style(ItemStyle::new().color(MEMBER))
        .mark_area(area(true))
        .mark_line(reference_lines(
            reference,
            LabelPosition::InsideEndTop,
            LineStyle::new().type_(LineStyleType::Dashed).color(REFERENCE).width(2),
        ))
        .data(others);
    let council = Scatter::new()
        .name(words.this_council)
        .symbol(Symbol::Diamond)
        .symbol_size(18)
        .item_style(ItemStyle::new().color(OURS).border_color("#ffffff").border_width(2))
        .label(Label::new().show(true).position(LabelPosition::Top).formatter("{b}").color(OURS))
        .mark_area(area(false))
        .data(ours);
    let mut chart = EchartsOption::new()
        .grid(Grid::new().left(60).right(20).top(64).bottom(40))
        // Room for the legend on two lines on a phone, above the bands' labels.
        .legend(Legend::new().top(0))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(names)
                .name(words.axis)
                .name_location(NameLocation::Middle)
                .name_gap(12)
                .axis_label(AxisLabel::new().show(false))
                .axis_tick(AxisTick::new().show(false)),
        )
        .y_axis(Axis::new().type_(AxisType::Value).scale(true))
        .series(field)
        .series(council);
    if members.iter().any(|m| m.lower.is_some() || m.upper.is_some()) {
        // One line broken after each member ("-" is a gap): a vertical bar per interval.
        let segments: Vec<CompositeValue> = members
            .iter()
            .enumerate()
            .filter_map(|(i, m)| Some((i, m.lower?, m.upper?)))
            .flat_map(|(i, lo, hi)| {
                [
                    CompositeValue::from(vec![CompositeValue::from(i as f64), lo.into()]),
                    CompositeValue::from(vec![CompositeValue::from(i as f64), hi.into()]),
                    "-".into(),
                ]
            })
            .collect();
        chart = chart.series(
            Line::new()
                .name(words.interval)
                .show_symbol(false)
                .silent(true)
                .item_style(ItemStyle::new().color(REFERENCE))
                .line_style(LineStyle::new().color(REFERENCE).width(1))
                .data(segments),
        );
    }
    finish(chart, description, reduced_motion)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn member(name: &str, value: f64, quartile: u8, limits: Option<(f64, f64)>) -> Member {
        Member {
            name: name.into(),
            value,
            rank: 0,
            lower: limits.map(|l| l.0),
            upper: limits.map(|l| l.1),
            ours: name == "Wexcombe",
            quartile: Some(quartile),
        }
    }

    fn drawn(members: &[Member]) -> Value {
        let q = |q: u8| format!("Q{q}");
        let words = Words {
            members: "Councils",
            this_council: "Wexcombe",
            interval: "95%",
            axis: "rank",
            quartile: &q,
        };
        serde_json::from_str(&option(members, &[("Median: 40".into(), 40.0)], words, "summary", false))
            .unwrap()
    }

    #[test]
    fn the_council_is_its_own_labelled_series_and_the_quartiles_are_bands() {
        let members = [
            member("Ashcombe", 50.0, 1, None),
            member("Wexcombe", 45.0, 2, None),
            member("Dunmere", 40.0, 3, None),
            member("Eastwick", 30.0, 4, None),
        ];
        let v = drawn(&members);
        let series = v["series"].as_array().unwrap();
        assert_eq!(series.len(), 2, "no interval series without limits");
        assert_eq!(series[0]["data"].as_array().unwrap().len(), 3);
        assert_eq!(series[1]["data"][0]["name"], "Wexcombe");
        assert_eq!(series[1]["data"][0]["value"], serde_json::json!([1.0, 45.0]));
        assert_eq!(series[1]["symbol"], "diamond");
        let bands = |s: &Value| -> Vec<String> {
            s["markArea"]["data"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| b[0]["name"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(
            (bands(&series[0]), bands(&series[1])),
            (vec!["Q1".to_string(), "Q3".into()], vec!["Q2".to_string(), "Q4".into()])
        );
        assert_eq!(series[0]["markLine"]["data"][0]["yAxis"], 40.0);
        assert_eq!(v["aria"]["label"]["description"], "summary");
    }

    #[test]
    fn each_interval_is_a_segment_of_its_own() {
        let members = [
            member("Ashcombe", 50.0, 1, Some((48.0, 52.0))),
            member("Wexcombe", 45.0, 4, Some((44.0, 46.0))),
        ];
        let v = drawn(&members);
        let segments = &v["series"][2]["data"];
        assert_eq!(
            segments,
            &serde_json::json!([[0.0, 48.0], [0.0, 52.0], "-", [1.0, 44.0], [1.0, 46.0], "-"])
        );
    }
}

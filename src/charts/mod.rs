//! Chart option builders: pure functions from figures to an ECharts option, built with
//! charming, plus what every chart shares (ARIA description, decal patterns, motion).

pub mod history;
pub mod option;

pub use crate::theme::status_colour;
use option::EchartsOption;
use scorecard_core::Status;

/// A marker shape per status, so points differ by more than colour.
pub fn status_symbol(s: Status) -> &'static str {
    match s {
        Status::Green => "circle",
        Status::Amber => "triangle",
        Status::Red => "diamond",
        _ => "rect",
    }
}

/// Labelled horizontal lines (benchmarks, a median, a target), each `(label, y)`, the label
/// at `at` along the line, drawn silent and without end symbols in `style`.
pub fn reference_lines(
    lines: &[(String, f64)],
    at: charming::element::LabelPosition,
    style: charming::element::LineStyle,
) -> charming::element::MarkLine {
    use charming::element::{Label, MarkLine, MarkLineData, MarkLineVariant, Symbol};
    let data: Vec<MarkLineVariant> = lines
        .iter()
        .map(|(label, y)| {
            MarkLineData::new()
                .y_axis(*y)
                .name(label.as_str())
                .label(Label::new().formatter(label.as_str()).position(at))
        })
        .map(MarkLineVariant::Simple)
        .collect();
    MarkLine::new().symbol(vec![Symbol::None, Symbol::None]).silent(true).line_style(style).data(data)
}

/// The option as JSON text for ECharts, with its summary for screen readers, decal patterns
/// and, when the user asked for less motion, no animation.
pub fn finish(chart: EchartsOption, description: &str, reduced_motion: bool) -> String {
    serde_json::to_string(&chart.described(description).still(reduced_motion)).unwrap_or_default()
}

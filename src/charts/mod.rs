//! Chart option builders: pure functions from figures to an ECharts option, built with
//! charming, plus what every chart shares (ARIA description, decal patterns, motion).

pub mod field;
pub mod history;
pub mod option;
pub mod rank_history;

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

/// The option as JSON text for ECharts, with its summary for screen readers, decal patterns
/// and, when the user asked for less motion, no animation.
pub fn finish(chart: EchartsOption, description: &str, reduced_motion: bool) -> String {
    serde_json::to_string(&chart.described(description).still(reduced_motion)).unwrap_or_default()
}

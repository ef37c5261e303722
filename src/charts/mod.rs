//! Chart option builders: pure functions from figures to an ECharts option, built with
//! charming, plus what every chart shares (ARIA description, decal patterns, motion).

pub mod count_bar;
pub mod donut;
pub mod history;
pub mod option;
pub mod service_stack;

use option::EchartsOption;
use scorecard_core::{ActionStatus, Rag, Status};

/// Status colours with at least 3:1 contrast against white for chart marks.
pub fn status_colour(s: Status) -> &'static str {
    match s {
        Status::Green => "#00703c",
        Status::Amber => "#b35c00",
        Status::Red => "#c2261a",
        Status::NoTarget => "#505a5f",
        Status::NoData => "#6f777b",
        Status::Suppressed => "#4c2c92",
    }
}

pub fn action_colour(s: ActionStatus) -> &'static str {
    match s.rag() {
        Some(Rag::Green) if s == ActionStatus::Complete => "#005a30",
        Some(r) => status_colour(r.into()),
        None if s == ActionStatus::Cancelled => "#6f777b",
        None => "#505a5f",
    }
}

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

//! A pattern per status, laid over its colour where marks sit side by side without a word
//! each (the donuts' rings and the services' stacked bars), so statuses differ by more than
//! colour, as ECharts' decals did. Defined once per view; marks refer to them by id.

use leptos::prelude::*;
use scorecard_core::Status;

/// The pattern's id: `url(#…)` from any SVG in the same document or shadow root.
pub fn id(s: Status) -> &'static str {
    match s {
        Status::Green => "sc-pattern-green",
        Status::Amber => "sc-pattern-amber",
        Status::Red => "sc-pattern-red",
        Status::NoTarget => "sc-pattern-no-target",
        Status::NoData => "sc-pattern-no-data",
        Status::Suppressed => "sc-pattern-suppressed",
    }
}

pub fn fill(s: Status) -> String {
    format!("url(#{})", id(s))
}

/// A status's colour with its pattern over it, as a legend's key shows it.
#[component]
pub fn Swatch(status: Status) -> impl IntoView {
    view! {
        <svg width="14" height="14" focusable="false">
            <rect width="14" height="14" fill=crate::theme::status_colour(status) />
            <rect width="14" height="14" fill=fill(status) />
        </svg>
    }
}

/// Green stays plain; the others get stripes, dots or a grid in translucent white.
#[component]
pub fn Patterns() -> impl IntoView {
    let white = "#fff";
    view! {
        <svg class="patterns" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                <pattern id=id(Status::Green) width="8" height="8" patternUnits="userSpaceOnUse"></pattern>
                <pattern id=id(Status::Amber) width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="3" height="8" fill=white fill-opacity="0.5" />
                </pattern>
                <pattern id=id(Status::Red) width="7" height="7" patternUnits="userSpaceOnUse">
                    <circle cx="3.5" cy="3.5" r="1.6" fill=white fill-opacity="0.6" />
                </pattern>
                <pattern id=id(Status::NoTarget) width="8" height="6" patternUnits="userSpaceOnUse">
                    <rect width="8" height="2" fill=white fill-opacity="0.5" />
                </pattern>
                <pattern id=id(Status::NoData) width="8" height="8" patternUnits="userSpaceOnUse">
                    <rect width="8" height="1.5" fill=white fill-opacity="0.5" />
                    <rect width="1.5" height="8" fill=white fill-opacity="0.5" />
                </pattern>
                <pattern id=id(Status::Suppressed) width="6" height="8" patternUnits="userSpaceOnUse">
                    <rect width="2" height="8" fill=white fill-opacity="0.5" />
                </pattern>
            </defs>
        </svg>
    }
}

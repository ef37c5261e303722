//! A ring of indicators by status for one corporate priority, its total in the middle and
//! each status's count named below it.

use super::patterns::{self, Swatch};
use crate::i18n;
use crate::theme::status_colour;
use leptos::prelude::*;
use scorecard_core::Status;

/// The ring's radius and width in the SVG's own units; `pathLength` makes its length 100.
const R: &str = "70";
const WIDTH: &str = "34";

#[component]
pub fn Donut(
    /// Counts in the order of `Status::ALL`.
    parts: Vec<(Status, u32)>,
    /// The chart in one sentence, for screen readers.
    label: String,
    /// Called with the clicked status.
    on_select: Callback<Status>,
) -> impl IntoView {
    let total: u32 = parts.iter().map(|(_, n)| n).sum();
    let mut start = 0u32;
    let arcs: Vec<_> = parts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| {
            // Lengths in hundredths of the ring, from twelve o'clock clockwise.
            let (from, len) = (start, *n);
            start += n;
            let dash = format!("{} {}", share(len, total), share(total - len, total));
            let offset = super::tenths(25.0 - from as f64 * 100.0 / total as f64);
            (*s, dash, offset)
        })
        .collect();
    view! {
        <div class="drawn donut-chart" role="img" aria-label=label>
            <svg viewBox="0 0 200 200" width="150" height="150" aria-hidden="true" focusable="false">
                <circle cx="100" cy="100" r=R fill="none" stroke="#dee0e2" stroke-width=WIDTH />
                {arcs.into_iter().map(|(s, dash, offset)| view! {
                    <g class="arc" data-status=s.as_str() on:click=move |_| on_select.run(s)>
                        <circle cx="100" cy="100" r=R fill="none" pathLength="100" stroke=status_colour(s)
                            stroke-width=WIDTH stroke-dasharray=dash.clone() stroke-dashoffset=offset.clone() />
                        <circle cx="100" cy="100" r=R fill="none" pathLength="100" stroke=patterns::fill(s)
                            stroke-width=WIDTH stroke-dasharray=dash stroke-dashoffset=offset />
                    </g>
                }).collect_view()}
                <text x="100" y="112" text-anchor="middle" class="donut-total">{total}</text>
            </svg>
            <ul class="legend">
                {parts.into_iter().filter(|(_, n)| *n > 0).map(|(s, n)| view! {
                    <li data-status=s.as_str() on:click=move |_| on_select.run(s)>
                        <Swatch status=s />
                        {i18n::t().status_short(s)} " " {n}
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}

fn share(part: u32, whole: u32) -> String {
    super::tenths(part as f64 * 100.0 / whole as f64)
}

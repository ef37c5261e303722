//! A small line of an indicator's recent values (the core's trend window), drawn as SVG
//! shapes by the app: one ECharts instance per table row would be far too heavy.

use super::drawn::tenths;
use crate::charts::status_colour;
use crate::i18n;
use leptos::prelude::*;
use scorecard_core::Status;

const W: f64 = 84.0;
const H: f64 = 24.0;

#[component]
pub fn Sparkline(values: Vec<Option<f64>>, labels: Vec<String>, status: Status) -> impl IntoView {
    let present: Vec<f64> = values.iter().flatten().copied().collect();
    let (lo, hi) =
        present.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(*v), b.max(*v)));
    let span = if hi > lo { hi - lo } else { 1.0 };
    let gaps = (values.len().max(2) - 1) as f64;
    let at = |i: usize, v: f64| (3.0 + i as f64 * (W - 6.0) / gaps, H - 3.0 - (v - lo) / span * (H - 6.0));
    // Gaps break the line into segments.
    let mut segments: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => {
                let (x, y) = at(i, *v);
                current.push_str(&format!("{},{} ", tenths(x), tenths(y)));
            }
            None if !current.is_empty() => segments.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        segments.push(current);
    }
    let last = values.iter().enumerate().rev().find_map(|(i, v)| v.map(|v| at(i, v)));
    let label = i18n::t().sparkline_label(&labels);
    view! {
        <svg class="sparkline" width=W as u32 height=H as u32 viewBox=format!("0 0 {} {}", W as u32, H as u32) role="img" aria-label=label>
            {segments.into_iter().map(|pts| view! { <polyline points=pts fill="none" stroke=crate::theme::SERIES stroke-width="1.5" /> }).collect_view()}
            {last.map(|(x, y)| view! { <circle cx=tenths(x) cy=tenths(y) r="3" fill=status_colour(status) /> })}
        </svg>
    }
}

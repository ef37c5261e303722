//! The overview of a period: how many indicators are at each status.

use super::status_counts::StatusCounts;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::Status;

#[component]
pub fn Overview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let counts = Signal::derive(move || {
        state.report.with(|r| Status::ALL.iter().map(|s| (*s, r.summary.overall.of(*s))).collect::<Vec<_>>())
    });
    let period = Signal::derive(move || state.period.get().to_string());
    view! { <StatusCounts counts=counts period=period /> }
}

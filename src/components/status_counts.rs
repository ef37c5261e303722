//! Indicators by status for the period. A bar, or a number in the table (by keyboard),
//! opens the list of exactly those indicators.

use super::counts_panel::CountsPanel;
use super::status_tag::StatusTag;
use crate::state::AppState;
use crate::{charts, echarts, i18n};
use leptos::prelude::*;
use scorecard_core::Status;

fn tag(key: &'static str) -> AnyView {
    let status = Status::ALL.into_iter().find(|s| s.as_str() == key).unwrap_or(Status::NoData);
    view! { <StatusTag status=status /> }.into_any()
}

#[component]
pub fn StatusCounts(
    /// Counts in the order of `Status::ALL`.
    #[prop(into)]
    counts: Signal<Vec<(Status, u32)>>,
    #[prop(into)] title: String,
    /// Filters that select these indicators (e.g. `service=housing`), for the links.
    #[prop(optional)]
    base: Vec<(&'static str, String)>,
    /// Unique id for the table, for links and tests.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let reduced = echarts::reduced_motion();
    let period = Memo::new(move |_| state.period.get().to_string());
    let summary = Memo::new(move |_| i18n::chart_summary_statuses(&period.get(), &counts.get()));
    let option = Memo::new(move |_| {
        let bars: Vec<(String, u32, &str)> = counts
            .get()
            .iter()
            .map(|(s, n)| (i18n::status_short(*s).to_string(), *n, charts::status_colour(*s)))
            .collect();
        charts::count_bar::option(&bars, i18n::COUNT, &summary.get(), reduced)
    });
    let base = StoredValue::new(base);
    let href = move |s: Status| {
        let mut filters: Vec<(&str, String)> = base.get_value();
        filters.push(("status", s.as_str().to_string()));
        state.list_href(&filters.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
    };
    let rows = Memo::new(move |_| {
        counts.get().into_iter().map(|(s, n)| (s.as_str(), n, Some(href(s)))).collect::<Vec<_>>()
    });
    let open = Callback::new(move |(index, _): (u32, u32)| {
        if let Some(s) = Status::ALL.get(index as usize) {
            state.open(&href(*s));
        }
    });
    view! {
        <CountsPanel title=title id=id count_label=i18n::COUNT rows=rows tag=tag summary=summary option=option period=period on_select=open />
    }
}

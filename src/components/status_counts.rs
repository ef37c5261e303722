//! Indicators by status for the period. A bar, or a number in the table (by keyboard),
//! opens the list of exactly those indicators.

use super::counts_panel::CountsPanel;
use super::drawn::bars::Bar;
use super::status_tag::AnyStatus;
use crate::i18n;
use crate::state::AppState;
use crate::theme::status_colour;
use leptos::prelude::*;
use scorecard_core::GroupKind;
use scorecard_core::Status;

#[component]
pub fn StatusCounts(
    /// Counts in the order of `Status::ALL`.
    #[prop(into)]
    counts: Signal<Vec<(Status, u32)>>,
    #[prop(into)] title: String,
    /// The group whose indicators these are (a service or priority page), for the links.
    #[prop(optional)]
    group: Option<(GroupKind, String)>,
    /// Unique id for the table, for links and tests.
    id: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let period = Memo::new(move |_| crate::format::period(state.period.get()));
    let summary = Memo::new(move |_| i18n::t().chart_summary_statuses(&period.get(), &counts.get()));
    let bars = Memo::new(move |_| {
        counts
            .get()
            .iter()
            .map(|(s, n)| Bar { label: i18n::t().status_short(*s), count: *n, colour: status_colour(*s) })
            .collect::<Vec<_>>()
    });
    let group = StoredValue::new(group);
    let href = move |s: Status| {
        group.with_value(|g| match g {
            Some((kind, id)) => state.list_href(&[(kind.as_str(), id.as_str()), ("status", s.as_str())]),
            None => state.list_href(&[("status", s.as_str())]),
        })
    };
    let rows = Memo::new(move |_| {
        counts.get().into_iter().map(|(s, n)| (AnyStatus::Indicator(s), n, Some(href(s)))).collect::<Vec<_>>()
    });
    let open = Callback::new(move |index: u32| {
        if let Some(s) = Status::ALL.get(index as usize) {
            state.open(&href(*s));
        }
    });
    view! {
        <CountsPanel title=title id=id count_label=i18n::t().count() rows=rows summary=summary bars=bars period=period on_select=open />
    }
}

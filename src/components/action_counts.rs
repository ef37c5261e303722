//! Flagship actions by status for the period; a bar or a number opens those actions.

use super::counts_panel::CountsPanel;
use super::drawn::bars::Bar;
use super::status_tag::AnyStatus;
use crate::i18n;
use crate::route::View;
use crate::state::AppState;
use crate::theme::action_colour;
use leptos::prelude::*;
use scorecard_core::ActionStatus;

#[component]
pub fn ActionCounts(#[prop(into)] counts: Signal<Vec<(ActionStatus, u32)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let period = Memo::new(move |_| crate::format::period(state.period.get()));
    let summary = Memo::new(move |_| i18n::t().chart_summary_actions(&period.get(), &counts.get()));
    let bars = Memo::new(move |_| {
        counts
            .get()
            .iter()
            .map(|(s, n)| Bar { label: i18n::t().action_label(*s), count: *n, colour: action_colour(*s) })
            .collect::<Vec<_>>()
    });
    let href = move |s: ActionStatus| {
        state.link(&state.route.with(|r| r.go(View::Actions, None).with("status", s.as_str())))
    };
    let rows = Memo::new(move |_| {
        counts.get().into_iter().map(|(s, n)| (AnyStatus::Action(s), n, Some(href(s)))).collect::<Vec<_>>()
    });
    let open = Callback::new(move |index: u32| {
        if let Some(s) = ActionStatus::ALL.get(index as usize) {
            state.open(&href(*s));
        }
    });
    view! {
        <CountsPanel title=i18n::t().actions_by_status() id="action-counts-table" count_label=i18n::t().action_count() rows=rows summary=summary bars=bars period=period on_select=open />
    }
}

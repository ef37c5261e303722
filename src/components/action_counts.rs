//! Flagship actions by status for the period: chart and table.

use super::chart::Chart;
use super::status_tag::ActionTag;
use crate::state::AppState;
use crate::{charts, echarts, i18n};
use leptos::prelude::*;
use scorecard_core::ActionStatus;

#[component]
pub fn ActionCounts(#[prop(into)] counts: Signal<Vec<(ActionStatus, u32)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let reduced = echarts::reduced_motion();
    let period = Signal::derive(move || state.period.get().to_string());
    let label = Signal::derive(move || i18n::chart_summary_actions(&period.get(), &counts.get()));
    let option = Signal::derive(move || {
        let bars: Vec<(String, u32, &str)> = counts.get().iter().map(|(s, n)| (i18n::action_label(*s).to_string(), *n, charts::action_colour(*s))).collect();
        charts::count_bar::option(&bars, i18n::ACTION_COUNT, &label.get(), reduced)
    });
    let href = move |s: ActionStatus| state.route.with(|r| r.go("actions", None).with("status", s.as_str())).to_hash();
    let open = Callback::new(move |(index, _): (u32, u32)| {
        if let Some(s) = ActionStatus::ALL.get(index as usize) {
            state.open(&href(*s));
        }
    });
    view! {
        <section class="panel" aria-labelledby="action-counts-title">
            <h2 id="action-counts-title">{i18n::ACTIONS_BY_STATUS}</h2>
            <p class="summary">{move || label.get()}</p>
            <Chart option=option label=label height=220 on_select=open />
            <table class="data" id="action-counts-table">
                <caption>{i18n::ACTIONS_BY_STATUS} ", " {move || period.get()}</caption>
                <thead><tr><th scope="col">{i18n::STATUS}</th><th scope="col" class="num">{i18n::ACTION_COUNT}</th></tr></thead>
                <tbody>
                    {move || counts.get().into_iter().map(|(s, n)| view! {
                        <tr data-status=s.as_str()>
                            <th scope="row"><ActionTag status=s /></th>
                            <td class="num">{if n > 0 { view! { <a href=href(s)>{n}</a> }.into_any() } else { n.into_any() }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

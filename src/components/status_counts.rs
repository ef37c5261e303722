//! Indicators by status for a period: a chart and the same figures as a table.

use super::chart::Chart;
use super::status_tag::StatusTag;
use crate::{charts, echarts, i18n};
use leptos::prelude::*;
use scorecard_core::Status;

#[component]
pub fn StatusCounts(
    /// Counts in the order of `Status::ALL`.
    #[prop(into)]
    counts: Signal<Vec<(Status, u32)>>,
    #[prop(into)] period: Signal<String>,
) -> impl IntoView {
    let reduced = echarts::reduced_motion();
    let label = Signal::derive(move || i18n::chart_summary_statuses(&period.get(), &counts.get()));
    let option = Signal::derive(move || charts::status_bar::option(&counts.get(), &label.get(), reduced));
    view! {
        <section class="panel" aria-labelledby="status-counts-title">
            <h2 id="status-counts-title">{i18n::INDICATORS_BY_STATUS}</h2>
            <p class="summary">{move || label.get()}</p>
            <Chart option=option label=label height=230 />
            <table class="data" id="status-counts-table">
                <caption>{i18n::INDICATORS_BY_STATUS} ", " {move || period.get()}</caption>
                <thead><tr><th scope="col">{i18n::STATUS}</th><th scope="col" class="num">{i18n::COUNT}</th></tr></thead>
                <tbody>
                    {move || counts.get().into_iter().map(|(s, n)| view! {
                        <tr data-status=s.as_str()>
                            <th scope="row"><StatusTag status=s /></th>
                            <td class="num">{n}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

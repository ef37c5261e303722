//! Indicators by status for the period: a chart and the same figures as a table. A bar, or a
//! number in the table (by keyboard), opens the list of exactly those indicators.

use super::chart::Chart;
use super::status_tag::StatusTag;
use crate::state::AppState;
use crate::{charts, echarts, i18n};
use leptos::prelude::*;
use scorecard_core::Status;

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
    let period = Signal::derive(move || state.period.get().to_string());
    let label = Signal::derive(move || i18n::chart_summary_statuses(&period.get(), &counts.get()));
    let option = Signal::derive(move || {
        let bars: Vec<(String, u32, &str)> =
            counts.get().iter().map(|(s, n)| (i18n::status_short(*s).to_string(), *n, charts::status_colour(*s))).collect();
        charts::count_bar::option(&bars, i18n::COUNT, &label.get(), reduced)
    });
    let base = StoredValue::new(base);
    let href = move |s: Status| {
        let mut filters: Vec<(&str, String)> = base.get_value();
        filters.push(("status", s.as_str().to_string()));
        state.list_href(&filters.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>())
    };
    let open = Callback::new(move |(index, _): (u32, u32)| {
        if let Some(s) = Status::ALL.get(index as usize) {
            state.open(&href(*s));
        }
    });
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section class="panel" aria-labelledby=labelled_by>
            <h2 id=heading>{title.clone()}</h2>
            <p class="summary">{move || label.get()}</p>
            <Chart option=option label=label height=220 on_select=open />
            <table class="data" id=id>
                <caption>{title} ", " {move || period.get()}</caption>
                <thead><tr><th scope="col">{i18n::STATUS}</th><th scope="col" class="num">{i18n::COUNT}</th></tr></thead>
                <tbody>
                    {move || counts.get().into_iter().map(|(s, n)| view! {
                        <tr data-status=s.as_str()>
                            <th scope="row"><StatusTag status=s /></th>
                            <td class="num">{if n > 0 { view! { <a href=href(s)>{n}</a> }.into_any() } else { n.into_any() }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

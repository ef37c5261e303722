//! A panel of counts by status: a one-sentence summary, the bars, and the same figures as
//! a table whose numbers link to the items counted (the bars' keyboard equivalent).

use super::chart_menu::ChartMenu;
use super::drawn::bars::{Bar, Bars};
use super::status_tag::{AnyStatus, AnyTag};
use crate::i18n;
use leptos::prelude::*;

/// A row: the status, its count, and where its number links.
pub type CountRow = (AnyStatus, u32, Option<String>);

#[component]
pub fn CountsPanel(
    #[prop(into)] title: String,
    /// Unique id for the table (`NAME-table`: NAME is the chart's name in an embed's address).
    id: &'static str,
    /// The column heading for the counts.
    count_label: &'static str,
    #[prop(into)] rows: Signal<Vec<CountRow>>,
    #[prop(into)] summary: Signal<String>,
    #[prop(into)] bars: Signal<Vec<Bar>>,
    #[prop(into)] period: Signal<String>,
    on_select: Callback<u32>,
) -> impl IntoView {
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section class="panel" aria-labelledby=labelled_by>
            <h2 id=heading>{title.clone()}</h2>
            <ChartMenu chart=id.trim_end_matches("-table") />
            <p class="summary">{move || summary.get()}</p>
            <Bars bars=bars label=summary on_select=on_select />
            <table class="data" id=id>
                <caption>{title} ", " {move || period.get()}</caption>
                <thead><tr><th scope="col">{i18n::t().status()}</th><th scope="col" class="num">{count_label}</th></tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(key, n, href)| view! {
                        <tr data-status=key.as_str()>
                            <th scope="row"><AnyTag status=key /></th>
                            <td class="num">{match href {
                                Some(h) if n > 0 => view! { <a href=h>{n}</a> }.into_any(),
                                _ => n.into_any(),
                            }}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

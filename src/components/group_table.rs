//! Indicators by status for each priority or service: the table behind the donuts and the
//! stacked bars, every count a link to those indicators.

use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::Status;

/// A row: group id, group name, counts in the order of `Status::ALL`.
pub type GroupRow = (String, String, [u32; 6]);

#[component]
pub fn GroupTable(
    /// `priority` or `service`: the view and the filter the links use.
    kind: &'static str,
    #[prop(into)] caption: String,
    #[prop(into)] rows: Signal<Vec<GroupRow>>,
    #[prop(into)] id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let group_label = if kind == "priority" { i18n::PRIORITY } else { i18n::SERVICE };
    view! {
        <div class="table-scroll">
            <table class="data groups" id=id>
                <caption>{caption} ", " {move || state.period.get().to_string()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{group_label}</th>
                        {Status::ALL.iter().map(|s| view! { <th scope="col" class="num">{i18n::status_short(*s)}</th> }).collect_view()}
                        <th scope="col" class="num">{i18n::TOTAL}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(gid, name, counts)| {
                        let total: u32 = counts.iter().sum();
                        let page = state.href(kind, Some(&gid));
                        view! {
                            <tr data-group=gid.clone()>
                                <th scope="row"><a href=page>{name}</a></th>
                                {Status::ALL.iter().zip(counts).map(|(s, n)| {
                                    let cell = if n > 0 {
                                        let href = state.list_href(&[(kind, gid.as_str()), ("status", s.as_str())]);
                                        view! { <a href=href>{n}</a> }.into_any()
                                    } else {
                                        n.into_any()
                                    };
                                    view! { <td class="num" data-status=s.as_str()>{cell}</td> }
                                }).collect_view()}
                                <td class="num">{total}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

//! Counts by status for each priority or service: the table behind the donuts and the
//! stacked bars, every count a link to exactly those indicators (or actions).

use super::status_tag::AnyStatus;
use crate::i18n;
use crate::route::View;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::GroupKind;

/// A row: group id, group name (and its language where it is not the interface's), one count
/// per column.
pub type GroupRow = (String, crate::language::Shown, Vec<u32>);

#[component]
pub fn GroupTable(
    /// The group's page and the filter the links use.
    kind: GroupKind,
    /// The list the counts open: indicators or actions.
    #[prop(default = View::Indicators)]
    list: View,
    /// Statuses and their headings, in the order of the counts.
    columns: Vec<(AnyStatus, &'static str)>,
    #[prop(into)] caption: String,
    #[prop(into)] rows: Signal<Vec<GroupRow>>,
    #[prop(into)] id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let group_label = match kind {
        GroupKind::Priority => i18n::t().priority(),
        GroupKind::Service => i18n::t().service(),
    };
    let columns = StoredValue::new(columns);
    view! {
        <div class="table-scroll">
            <table class="data groups" id=id>
                <caption>{caption} ", " {move || crate::format::period(state.period.get())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{group_label}</th>
                        {columns.get_value().into_iter().map(|(key, label)| view! { <th scope="col" class="num" data-status=key.as_str()>{label}</th> }).collect_view()}
                        <th scope="col" class="num">{i18n::t().total()}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(gid, (name, lang), counts)| {
                        let total: u32 = counts.iter().sum();
                        let page = state.href(View::group(kind), Some(&gid));
                        view! {
                            <tr data-group=gid.clone()>
                                <th scope="row"><a href=page lang=lang>{name}</a></th>
                                {columns.get_value().into_iter().zip(counts).map(|((key, _), n)| {
                                    let cell = if n > 0 {
                                        let href = state.link(&state.route.with(|r| r.go(list, None).with(kind.as_str(), &gid).with("status", key.as_str())));
                                        view! { <a href=href>{n}</a> }.into_any()
                                    } else {
                                        n.into_any()
                                    };
                                    view! { <td class="num" data-status=key.as_str()>{cell}</td> }
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

//! A table of flagship actions: status, due date, owner and the latest update.

use super::status_tag::ActionTag;
use super::text_block::TextBlock;
use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ActionList(
    /// Positions in the report's `actions`.
    #[prop(into)]
    items: Signal<Vec<usize>>,
    #[prop(into)] caption: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang();
    view! {
        <div class="table-scroll">
            <table class="data actions">
                <caption>{caption}</caption>
                <thead><tr>
                    <th scope="col">{i18n::ACTION_WORD}</th><th scope="col">{i18n::STATUS}</th><th scope="col">{i18n::DUE}</th>
                    <th scope="col">{i18n::OWNER}</th><th scope="col">{i18n::LATEST_UPDATE}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let list = items.get();
                        state.report.with(|r| state.with_scorecard(|sc| list.into_iter().map(|i| {
                            let st = r.actions[i];
                            let action = &sc.actions[st.action];
                            let update = st.update.map(|u| &action.updates[u]);
                            let when = update.map(|u| i18n::update_for(&u.period.to_string()));
                            let comment = update.and_then(|u| u.comment.as_ref()).map(|c| c.get(&lang).to_string());
                            view! {
                                <tr data-id=action.id.clone() data-status=st.status.as_str()>
                                    <th scope="row">{action.title.get(&lang).to_string()}</th>
                                    <td><ActionTag status=st.status /></td>
                                    <td>{action.due.map(i18n::date_long).unwrap_or_default()}</td>
                                    <td>{action.owner.as_ref().map(|o| o.get(&lang).to_string()).unwrap_or_default()}</td>
                                    <td>{match when {
                                        Some(w) => view! { <p class="update-period">{w}</p> {comment.map(|c| view! { <TextBlock text=c /> })} }.into_any(),
                                        None => view! { <span class="muted">{i18n::NO_UPDATE}</span> }.into_any(),
                                    }}</td>
                                </tr>
                            }
                        }).collect_view()))
                    }}
                </tbody>
            </table>
        </div>
    }
}

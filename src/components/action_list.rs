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
    /// The caption's language, where it is a name the file lacks in the interface's.
    #[prop(default = None)]
    caption_lang: Option<&'static str>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="table-scroll">
            <table class="data actions">
                <caption lang=caption_lang>{caption}</caption>
                <thead><tr>
                    <th scope="col">{i18n::t().action_word()}</th><th scope="col">{i18n::t().status()}</th><th scope="col">{i18n::t().due()}</th>
                    <th scope="col">{i18n::t().owner()}</th><th scope="col">{i18n::t().latest_update()}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let list = items.get();
                        state.report.with(|r| state.with_scorecard(|sc| list.into_iter().map(|i| {
                            let st = r.actions[i];
                            let action = &sc.actions[st.action];
                            let update = st.update.map(|u| &action.updates[u]);
                            let when = update.map(|u| i18n::t().update_for(&crate::format::period(u.period)));
                            let comment = update.and_then(|u| u.comment.as_ref()).map(|c| crate::language::text_in(sc, c));
                            let title = crate::language::text_in(sc, &action.title);
                            view! {
                                <tr data-id=action.id.clone() data-status=st.status.as_str()>
                                    <th scope="row" lang=title.1>{title.0}</th>
                                    <td><ActionTag status=st.status /></td>
                                    <td>{action.due.map(|d| i18n::t().date_long(d)).unwrap_or_default()}</td>
                                    {match action.owner.as_ref().map(|o| crate::language::text_in(sc, o)) {
                                        Some((owner, lang)) => view! { <td lang=lang>{owner}</td> }.into_any(),
                                        None => view! { <td></td> }.into_any(),
                                    }}
                                    <td>{match when {
                                        Some(w) => view! { <p class="update-period">{w}</p> {comment.map(|(c, lang)| view! { <TextBlock text=c lang=lang /> })} }.into_any(),
                                        None => view! { <span class="muted">{i18n::t().no_update()}</span> }.into_any(),
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

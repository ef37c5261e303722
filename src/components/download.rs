//! The "Download CSV" button for the indicators a view shows.

use crate::state::AppState;
use crate::{csv, i18n};
use leptos::prelude::*;

#[component]
pub fn DownloadCsv(#[prop(into)] items: Signal<Vec<usize>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let click = move |_| {
        let lang = state.lang();
        let list = items.get_untracked();
        let (text, name) = state.report.with_untracked(|r| {
            state.with_scorecard(|sc| {
                (
                    csv::indicators(sc, r, &list, &lang),
                    csv::filename(sc.organisation.name.get(&lang), &r.period.to_string()),
                )
            })
        });
        csv::download(&name, &text);
    };
    view! { <button type="button" class="secondary download" on:click=click>{i18n::t().download_csv()}</button> }
}

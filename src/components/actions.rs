//! Flagship actions by corporate priority, with the filter panel.

use super::action_list::ActionList;
use super::filters::Filters;
use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::report::priorities_of;

#[component]
pub fn ActionsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang();
    // Matching actions, grouped by priority; an action with two priorities shows under each.
    let groups = Memo::new(move |_| {
        let filter = state.filter.get();
        state.report.with(|r| {
            state.with_scorecard(|sc| {
                let matching: Vec<usize> =
                    r.actions.iter().enumerate().filter(|(_, st)| filter.matches_action(sc, &sc.actions[st.action], st)).map(|(i, _)| i).collect();
                let of = |i: usize| {
                    let a = &sc.actions[r.actions[i].action];
                    priorities_of(sc, &a.priorities, a.service.as_deref()).into_iter().map(str::to_string).collect::<Vec<_>>()
                };
                let mut out: Vec<(String, Vec<usize>)> = sc
                    .priorities
                    .iter()
                    .map(|p| (p.name.get(&lang).to_string(), matching.iter().copied().filter(|i| of(*i).contains(&p.id)).collect()))
                    .collect();
                out.push((i18n::OTHER.to_string(), matching.iter().copied().filter(|i| of(*i).is_empty()).collect()));
                out.retain(|(_, items)| !items.is_empty());
                (out, matching.len())
            })
        })
    });
    let total = state.with_scorecard(|sc| sc.actions.len());
    let shown = Signal::derive(move || (groups.with(|g| g.1), total));
    view! {
        <h2 class="view-title">{i18n::ACTIONS_TITLE}</h2>
        <Filters shown=shown actions=true />
        {move || {
            let (groups, n) = groups.get();
            if n == 0 {
                return view! { <p class="notice">{i18n::NO_ACTIONS}</p> }.into_any();
            }
            groups.into_iter().map(|(name, items)| view! {
                <section class="panel">
                    <h3>{name.clone()}</h3>
                    <ActionList items=Signal::stored(items) caption=name />
                </section>
            }).collect_view().into_any()
        }}
    }
}

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
    // Matching actions, grouped by priority; an action with two priorities shows under each.
    let groups = Memo::new(move |_| {
        let filter = state.filter.get();
        let keys = state.search_keys();
        state.report.with(|r| {
            state.with_scorecard(|sc| {
                // Each matching action with its priorities, worked out once.
                let matching: Vec<(usize, Vec<&str>)> = filter
                    .actions(sc, r, &keys)
                    .into_iter()
                    .map(|i| {
                        let a = &sc.actions[r.actions[i].action];
                        (i, priorities_of(sc, &a.priorities, a.service.as_deref()))
                    })
                    .collect();
                let under = |keep: &dyn Fn(&[&str]) -> bool| {
                    matching.iter().filter(|(_, ps)| keep(ps)).map(|(i, _)| *i).collect::<Vec<_>>()
                };
                let mut out: Vec<(crate::language::Shown, Vec<usize>)> = sc
                    .priorities
                    .iter()
                    .map(|p| {
                        (crate::language::text_in(sc, &p.name), under(&|ps| ps.contains(&p.id.as_str())))
                    })
                    .collect();
                out.push(((i18n::t().other().to_string(), None), under(&|ps| ps.is_empty())));
                out.retain(|(_, items)| !items.is_empty());
                (out, matching.len())
            })
        })
    });
    let total = state.with_scorecard(|sc| sc.actions.len());
    let shown = Signal::derive(move || (groups.with(|g| g.1), total));
    view! {
        <h2 class="view-title">{i18n::t().actions_title()}</h2>
        <Filters shown=shown actions=true />
        {move || {
            let (groups, n) = groups.get();
            if n == 0 {
                return view! { <p class="notice">{i18n::t().no_actions()}</p> }.into_any();
            }
            groups.into_iter().map(|((name, lang), items)| view! {
                <section class="panel">
                    <h3 lang=lang>{name.clone()}</h3>
                    <ActionList items=Signal::stored(items) caption=name caption_lang=lang />
                </section>
            }).collect_view().into_any()
        }}
    }
}

//! Every red and amber indicator and every action at risk or off track, grouped by service,
//! each with its explanation — or flagged where the officer gave none.

use super::filters::Filters;
use super::report_button::DownloadReport;
use super::status_tag::{AnyStatus, AnyTag};
use super::text_block::TextBlock;
use crate::filter::Filter;
use crate::route::View;
use crate::state::AppState;
use crate::{format, i18n};
use leptos::prelude::*;
use scorecard_core::{ExceptionKind, Scorecard};

/// One exception, ready to show.
#[derive(Clone, PartialEq)]
struct Item {
    kind: ExceptionKind,
    id: String,
    /// With the language each is in where that is not the interface's.
    title: crate::language::Shown,
    status: AnyStatus,
    figures: Option<String>,
    explanation: Option<crate::language::Shown>,
}

fn collect(state: AppState, sc: &Scorecard, filter: &Filter) -> Vec<(Option<String>, Vec<Item>)> {
    let keys = state.search_keys();
    state.report.with(|r| {
        let mut groups: Vec<(Option<String>, Vec<Item>)> =
            sc.services.iter().map(|g| (Some(g.id.clone()), Vec::new())).collect();
        groups.push((None, Vec::new()));
        for e in &r.exceptions {
            let (service, id, title, status, figures, explanation) = match e.kind {
                ExceptionKind::Indicator => {
                    let a = &r.indicators[e.item];
                    let ind = &sc.indicators[a.indicator];
                    if !filter.matches(sc, ind, a, keys.indicator(a.indicator)) {
                        continue;
                    }
                    let obs = a.observation(ind);
                    let figures = obs.and_then(|o| Some((o.value?, o.target?))).map(|(v, t)| {
                        i18n::t().exception_figures(
                            &format::value(ind, v),
                            &format::value(ind, t),
                            &format::period(a.period),
                        )
                    });
                    let explanation = a.explanation(ind);
                    (&ind.service, &ind.id, &ind.title, AnyStatus::Indicator(a.status), figures, explanation)
                }
                ExceptionKind::Action => {
                    let st = &r.actions[e.item];
                    let action = &sc.actions[st.action];
                    if !filter.matches_action(sc, action, st, keys.action(st.action)) {
                        continue;
                    }
                    let explanation = st.explanation(action);
                    (
                        &action.service,
                        &action.id,
                        &action.title,
                        AnyStatus::Action(st.status),
                        None,
                        explanation,
                    )
                }
            };
            let item = Item {
                kind: e.kind,
                id: id.clone(),
                title: crate::language::text_in(sc, title),
                status,
                figures,
                explanation: explanation.map(|c| crate::language::text_in(sc, c)),
            };
            let slot = groups.iter().position(|(g, _)| g == service).unwrap_or(groups.len() - 1);
            groups[slot].1.push(item);
        }
        groups.retain(|(_, items)| !items.is_empty());
        groups
    })
}

#[component]
pub fn ExceptionsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let groups = Memo::new(move |_| {
        let filter = state.filter.get();
        state.with_scorecard(|sc| {
            collect(state, sc, &filter)
                .into_iter()
                .map(|(g, items)| {
                    (
                        g.as_ref()
                            .and_then(|g| sc.service(g))
                            .map(|s| (s.id.clone(), crate::language::text_in(sc, &s.name))),
                        items,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let summary = move || {
        groups.with(|g| {
            let all = || g.iter().flat_map(|(_, items)| items);
            let inds = all().filter(|i| i.kind == ExceptionKind::Indicator).count();
            i18n::t().exceptions_summary(
                inds,
                all().count() - inds,
                all().filter(|i| i.explanation.is_none()).count(),
            )
        })
    };
    let total = Memo::new(move |_| state.report.with(|r| r.exceptions.len()));
    let shown =
        Signal::derive(move || (groups.with(|g| g.iter().map(|(_, items)| items.len()).sum()), total.get()));
    view! {
        <h2 class="view-title">{i18n::t().exceptions_title()}</h2>
        <p class="summary" id="exceptions-summary">{summary}</p>
        <div class="toolbar"><DownloadReport /></div>
        <Filters shown=shown what=i18n::t().exceptions_word() />
        {move || {
            let groups = groups.get();
            if groups.is_empty() {
                return view! { <p class="notice">{i18n::t().no_exceptions()}</p> }.into_any();
            }
            groups.into_iter().map(|(service, items)| {
                let service_id = service.as_ref().map(|(id, _)| id.clone());
                view! {
                <section class="panel exception-group" data-service=service_id>
                    <h3>{match service {
                        Some((id, (name, lang))) => view! { <a href=state.href(View::Service, Some(&id)) lang=lang>{name}</a> }.into_any(),
                        None => i18n::t().no_service().into_any(),
                    }}</h3>
                    <ul class="exceptions">
                        {items.into_iter().map(|item| view! { <ExceptionItem item=item /> }).collect_view()}
                    </ul>
                </section>
            }}).collect_view().into_any()
        }}
    }
}

#[component]
fn ExceptionItem(item: Item) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (kind, href) = match item.kind {
        ExceptionKind::Indicator => ("indicator", Some(state.href(View::Indicator, Some(&item.id)))),
        ExceptionKind::Action => ("action", None),
    };
    let explained = item.explanation.is_some();
    view! {
        <li class="exception" data-kind=kind data-id=item.id.clone() data-explained=explained.to_string()>
            <div class="exception-head">
                <AnyTag status=item.status />
                {match href {
                    Some(h) => view! { <a class="exception-title" href=h lang=item.title.1>{item.title.0}</a> }.into_any(),
                    None => view! { <span class="exception-title">{i18n::t().action_word()} ": " <span lang=item.title.1>{item.title.0}</span></span> }.into_any(),
                }}
            </div>
            {item.figures.map(|f| view! { <p class="figures">{f}</p> })}
            {match item.explanation {
                Some((text, lang)) => view! { <div class="explanation"><span class="visually-hidden">{i18n::t().explanation()} ": "</span><TextBlock text=text lang=lang /></div> }.into_any(),
                None => view! { <p class="unexplained"><span aria-hidden="true">"⚠ "</span>{i18n::t().no_explanation()}</p> }.into_any(),
            }}
        </li>
    }
}

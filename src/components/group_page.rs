//! A service area or a corporate priority: who is responsible, the commentary, its
//! indicators by status, its indicators and its actions.

use super::action_list::ActionList;
use super::commentary::Commentary;
use super::download::DownloadCsv;
use super::indicator_table::IndicatorTable;
use super::not_found::NotFound;
use super::status_counts::StatusCounts;
use crate::filter::Filter;
use crate::i18n;
use crate::route::View;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::{GroupKind, Scope, Status};

#[component]
pub fn GroupPage(kind: GroupKind, id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let group = state.with_scorecard(|sc| sc.group(kind, &id).cloned());
    let Some(group) = group else { return view! { <NotFound /> }.into_any() };
    let filter = Filter::of_group(kind, &id);
    let filter = StoredValue::new(filter);
    let gid = id.clone();
    let counts = Memo::new(move |_| {
        state.report.with(|r| {
            let c = r.summary.group(kind, &gid);
            Status::ALL.iter().map(|s| (*s, c.of(*s))).collect::<Vec<_>>()
        })
    });
    let indicators = Memo::new(move |_| {
        let keys = state.search_keys();
        state.report.with(|r| state.with_scorecard(|sc| filter.with_value(|f| f.indicators(sc, r, &keys))))
    });
    let actions = Memo::new(move |_| {
        let keys = state.search_keys();
        state.report.with(|r| state.with_scorecard(|sc| filter.with_value(|f| f.actions(sc, r, &keys))))
    });
    let (name, name_lang) = state.text(&group.name);
    let scope = Scope::group(kind, &id);
    let services_under: Vec<(String, crate::language::Shown)> = if kind == GroupKind::Priority {
        state.with_scorecard(|sc| {
            sc.services
                .iter()
                .filter(|s| s.priority.as_deref() == Some(id.as_str()))
                .map(|s| (s.id.clone(), crate::language::text_in(sc, &s.name)))
                .collect()
        })
    } else {
        Vec::new()
    };
    view! {
        <article class="group-page" data-kind=kind.as_str() data-id=id.clone()>
            <h2 class="view-title" lang=name_lang>{name.clone()}</h2>
            <dl class="group-facts">
                {group.partner.map(|p| view! { <div><dt>{i18n::t().delivered_by()}</dt><dd class="partner" lang=state.text(&p).1>{state.text(&p).0}</dd></div> })}
                {group.portfolio.map(|p| view! { <div><dt>{i18n::t().portfolio_holder()}</dt><dd lang=state.text(&p).1>{state.text(&p).0}</dd></div> })}
                {(!services_under.is_empty()).then(|| view! {
                    <div><dt>{i18n::t().services_list()}</dt><dd><ul class="inline">
                        {services_under.into_iter().map(|(sid, (sname, lang))| view! { <li><a href=state.href(View::Service, Some(&sid)) lang=lang>{sname}</a></li> }).collect_view()}
                    </ul></dd></div>
                })}
            </dl>
            <Commentary scope=scope title=i18n::t().commentary() />
            <StatusCounts counts=counts title=i18n::t().status_counts_for(&name) group=(kind, id.clone()) id="group-status-table" />
            <section class="panel">
                <h3>{i18n::t().nav_indicators()}</h3>
                <div class="toolbar"><DownloadCsv items=indicators /></div>
                <IndicatorTable items=indicators caption=format!("{} – {name}", i18n::t().nav_indicators()) id="group-indicator-table" />
            </section>
            <Show when=move || actions.with(|a| !a.is_empty())>
                <section class="panel">
                    <h3>{i18n::t().actions_title()}</h3>
                    <ActionList items=actions caption=format!("{} – {}", i18n::t().actions_title(), name.clone()) />
                </section>
            </Show>
        </article>
    }
    .into_any()
}

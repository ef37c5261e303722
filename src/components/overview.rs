//! The overview of a period: commentary, indicators and actions by status, and the same by
//! corporate priority (donuts) and by service area (stacked bars), each with its table. Its
//! charts are drawn by the app (`drawn/`), so the first view needs no chart library.

use super::action_counts::ActionCounts;
use super::chart_menu::ChartMenu;
use super::commentary::Commentary;
use super::drawn::{Donut, Patterns, Stack};
use super::group_table::{GroupRow, GroupTable};
use super::later::Later;
use super::status_counts::StatusCounts;
use super::status_tag::AnyStatus;
use crate::i18n;
use crate::route::View;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::GroupKind;
use scorecard_core::{ActionStatus, Counts, Scope, Status};

/// One row per service or priority, with the counts `pick` takes from its roll-up.
fn rows(state: AppState, kind: GroupKind, pick: fn(&Counts) -> [u32; 6]) -> Signal<Vec<GroupRow>> {
    Memo::new(move |_| {
        state.report.with(|r| {
            state.with_scorecard(|sc| {
                let list: &[(String, Counts)] = r.summary.groups(kind);
                list.iter()
                    .map(|(id, c)| {
                        let group = sc.group(kind, id);
                        (
                            id.clone(),
                            group.map_or((id.clone(), None), |g| crate::language::text_in(sc, &g.name)),
                            pick(c).to_vec(),
                        )
                    })
                    .collect()
            })
        })
    })
    .into()
}

fn status_columns() -> Vec<(AnyStatus, &'static str)> {
    Status::ALL.iter().map(|s| (AnyStatus::Indicator(*s), i18n::t().status_short(*s))).collect()
}

#[component]
pub fn Overview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let overall = Memo::new(move |_| {
        state.report.with(|r| Status::ALL.iter().map(|s| (*s, r.summary.overall.of(*s))).collect::<Vec<_>>())
    });
    let actions = Memo::new(move |_| {
        state
            .report
            .with(|r| ActionStatus::ALL.iter().copied().zip(r.summary.overall.actions).collect::<Vec<_>>())
    });
    let priorities = rows(state, GroupKind::Priority, |c| c.status);
    let priority_actions = rows(state, GroupKind::Priority, |c| c.actions);
    let services = rows(state, GroupKind::Service, |c| c.status);
    let action_columns: Vec<(AnyStatus, &'static str)> =
        ActionStatus::ALL.iter().map(|s| (AnyStatus::Action(*s), i18n::t().action_label(*s))).collect();
    view! {
        <Patterns />
        <Commentary scope=Scope::Overall title=i18n::t().summary() />
        <div class="columns">
            <StatusCounts counts=overall title=i18n::t().indicators_by_status() id="status-counts-table" />
            <ActionCounts counts=actions />
        </div>
        // Each part below the first screen is drawn in a task of its own: together they
        // were one long task, which a phone cannot paint or answer a tap during.
        <Later>
        <section class="panel" aria-labelledby="by-priority-title">
            <h2 id="by-priority-title">{i18n::t().by_priority()}</h2>
            <ChartMenu chart="by-priority" />
            <p class="hint">{i18n::t().open_list_hint()}</p>
            <div class="donuts">
                {move || priorities.get().into_iter().map(|row| view! { <PriorityDonut row=row /> }).collect_view()}
            </div>
            <GroupTable kind=GroupKind::Priority columns=status_columns() caption=i18n::t().by_priority() rows=priorities id="priority-table" />
            <GroupTable kind=GroupKind::Priority list=View::Actions columns=action_columns caption=i18n::t().actions_by_priority() rows=priority_actions id="priority-actions-table" />
        </section>
        </Later>
        <Later><ServiceBars rows=services /></Later>
        <Later>{state.has_packs().then(|| view! { <super::lazy::Lazy what=crate::comparing::Compared::Card near=true /> })}</Later>
    }
}

#[component]
fn PriorityDonut(row: GroupRow) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (id, (name, name_lang), counts) = row;
    let parts: Vec<(Status, u32)> = Status::ALL.iter().copied().zip(counts.iter().copied()).collect();
    let label = i18n::t().chart_summary_statuses(
        &format!("{name}, {}", crate::format::period(state.period.get_untracked())),
        &parts,
    );
    let gid = id.clone();
    let open = Callback::new(move |s: Status| {
        state.open(&state.list_href(&[("priority", gid.as_str()), ("status", s.as_str())]));
    });
    view! {
        <figure class="donut" data-priority=id.clone()>
            <figcaption><a href=state.href(View::Priority, Some(&id)) lang=name_lang>{name}</a></figcaption>
            <Donut parts=parts label=label on_select=open />
        </figure>
    }
}

#[component]
fn ServiceBars(rows: Signal<Vec<GroupRow>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let label = Memo::new(move |_| {
        let summary: Vec<(String, u32, u32, u32)> =
            rows.get().into_iter().map(|(_, (n, _), c)| (n, c[0], c[1], c[2])).collect();
        i18n::t().chart_summary_groups(
            i18n::t().by_service(),
            &crate::format::period(state.period.get()),
            &summary,
        )
    });
    let bars = Memo::new(move |_| rows.get().into_iter().map(|(_, name, c)| (name, c)).collect::<Vec<_>>());
    let open = Callback::new(move |(service, status): (usize, Status)| {
        if let Some(id) = rows.with_untracked(|r| r.get(service).map(|(id, _, _)| id.clone())) {
            state.open(&state.list_href(&[("service", id.as_str()), ("status", status.as_str())]));
        }
    });
    view! {
        <section class="panel" aria-labelledby="by-service-title">
            <h2 id="by-service-title">{i18n::t().by_service()}</h2>
            <ChartMenu chart="by-service" />
            <p class="hint">{i18n::t().open_list_hint()}</p>
            <Stack rows=bars label=label on_select=open />
            <GroupTable kind=GroupKind::Service columns=status_columns() caption=i18n::t().by_service() rows=rows id="service-table" />
        </section>
    }
}

//! The indicators table: code, title, service, value, target, status, direction and a
//! sparkline; sortable by its column buttons (the order is kept in the URL).

use super::sparkline::Sparkline;
use super::status_tag::{DirectionTag, StatusTag};
use crate::state::AppState;
use crate::{casefold, format, i18n};
use leptos::prelude::*;
use scorecard_core::trend::trend_window;
use scorecard_core::{Assessment, Direction, Status};
use std::cmp::Ordering;

/// Worst first, so a sort by status leads with what needs attention.
fn status_rank(s: Status) -> u8 {
    match s {
        Status::Red => 0,
        Status::Amber => 1,
        Status::Green => 2,
        Status::NoTarget => 3,
        Status::NoData => 4,
        Status::Suppressed => 5,
    }
}

fn direction_rank(d: Direction) -> u8 {
    match d {
        Direction::Worsening => 0,
        Direction::Down => 1,
        Direction::NoChange => 2,
        Direction::Up => 3,
        Direction::Improving => 4,
        Direction::Unknown => 5,
    }
}

const COLUMNS: &[(&str, &str)] = &[
    ("code", i18n::CODE),
    ("title", i18n::TITLE),
    ("service", i18n::SERVICE),
    ("value", i18n::VALUE),
    ("target", i18n::TARGET),
    ("status", i18n::STATUS),
    ("direction", i18n::DIRECTION),
];

#[component]
pub fn IndicatorTable(
    /// Positions in the report's `indicators` to show.
    #[prop(into)]
    items: Signal<Vec<usize>>,
    #[prop(into)] caption: String,
    #[prop(into)] id: String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = StoredValue::new(state.lang());
    let sort = Memo::new(move |_| state.route.with(|r| r.param("sort").unwrap_or("").to_string()));
    let rows = Memo::new(move |_| {
        let (key, descending) =
            sort.with(|s| s.strip_prefix('-').map_or((s.clone(), false), |k| (k.to_string(), true)));
        let mut list = items.get();
        state.report.with(|r| {
            state.with_scorecard(|sc| {
                // Lower-cased once per row, not once per comparison: it is a call into the browser.
                let titles: Vec<String> = if key == "title" {
                    r.indicators
                        .iter()
                        .map(|a| casefold::lower(sc.indicators[a.indicator].title.get(&lang.get_value())))
                        .collect()
                } else {
                    Vec::new()
                };
                let value = |a: &Assessment| {
                    a.observation(&sc.indicators[a.indicator]).and_then(|o| o.present_value())
                };
                let target =
                    |a: &Assessment| a.observation(&sc.indicators[a.indicator]).and_then(|o| o.target);
                let by = |x: &usize, y: &usize| -> Ordering {
                    let (a, b) = (&r.indicators[*x], &r.indicators[*y]);
                    let (ia, ib) = (&sc.indicators[a.indicator], &sc.indicators[b.indicator]);
                    match key.as_str() {
                        "code" => ia.code.cmp(&ib.code),
                        "title" => titles[*x].cmp(&titles[*y]),
                        "service" => ia.service.cmp(&ib.service),
                        "value" => value(a).partial_cmp(&value(b)).unwrap_or(Ordering::Equal),
                        "target" => target(a).partial_cmp(&target(b)).unwrap_or(Ordering::Equal),
                        "status" => status_rank(a.status).cmp(&status_rank(b.status)),
                        "direction" => {
                            direction_rank(a.travel.direction).cmp(&direction_rank(b.travel.direction))
                        }
                        _ => Ordering::Equal,
                    }
                };
                list.sort_by(|x, y| if descending { by(y, x) } else { by(x, y) });
            })
        });
        list
    });
    let sort_button = move |key: &'static str, label: &'static str| {
        let aria = move || {
            sort.with(|s| match s.as_str() {
                s if s == key => "ascending",
                s if s.strip_prefix('-') == Some(key) => "descending",
                _ => "none",
            })
        };
        let click = move |_| {
            let next = if sort.get_untracked() == key { format!("-{key}") } else { key.to_string() };
            state.navigate(&state.route.get_untracked().with("sort", &next));
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort" on:click=click>
                    {label}
                    <span class="sort-mark" aria-hidden="true">{move || match aria() { "ascending" => " ▲", "descending" => " ▼", _ => " ⇅" }}</span>
                </button>
            </th>
        }
    };
    view! {
        <div class="table-scroll">
            <table class="data indicators" id=id>
                <caption>{caption} ", " {move || state.period.get().to_string()}</caption>
                <thead>
                    <tr>
                        {COLUMNS.iter().map(|(k, l)| sort_button(k, l)).collect_view()}
                        <th scope="col">{i18n::TREND}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        // The same rows in another period show other figures: redraw them
                        // when the report changes, not only when the list does.
                        state.report.track();
                        rows.get().into_iter().map(|i| view! { <Row index=i lang=lang.get_value() /> }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="notice">{i18n::NONE_MATCH}</p>
        </Show>
    }
}

#[component]
fn Row(index: usize, lang: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown_period = state.period.get_untracked();
    let (a, cal) = state
        .report
        .with_untracked(|r| (r.indicators[index].clone(), state.with_scorecard(|sc| sc.calendar)));
    state.with_scorecard(|sc| {
        let ind = &sc.indicators[a.indicator];
        let obs = a.observation(ind);
        let value = match obs {
            Some(o) if o.suppressed => i18n::SUPPRESSED_VALUE.to_string(),
            Some(o) => o.value.map_or(i18n::NO_VALUE.to_string(), |v| format::value(ind, v)),
            None => i18n::NO_VALUE.to_string(),
        };
        let target = obs.and_then(|o| o.target).map_or(i18n::NO_VALUE.to_string(), |t| format::value(ind, t));
        let window = trend_window(ind, cal, a.period);
        let labels: Vec<String> = window.iter().filter_map(|(p, v)| v.map(|v| format!("{p} {}", format::value(ind, v)))).collect();
        let values: Vec<Option<f64>> = window.iter().map(|(_, v)| *v).collect();
        let service = ind.service.as_ref().and_then(|s| sc.service(s)).map(|g| (g.id.clone(), g.name.get(&lang).to_string()));
        let differs = a.reported.is_some_and(|r| Status::from(r) != a.calculated);
        view! {
            <tr data-id=ind.id.clone() data-status=a.status.as_str()>
                <td class="code">{ind.code.clone().unwrap_or_default()}</td>
                <th scope="row" class="title">
                    <a href=state.href("indicator", Some(&ind.id))>{ind.title.get(&lang).to_string()}</a>
                    {(a.period != shown_period).then(|| view! { <span class="period-note">" (" {i18n::figure_for(&a.period.to_string())} ")"</span> })}
                </th>
                <td>{service.map(|(id, name)| view! { <a href=state.href("service", Some(&id))>{name}</a> })}</td>
                <td class="num value">{value}</td>
                <td class="num">{target}</td>
                <td>
                    <StatusTag status=a.status />
                    {differs.then(|| view! { <span class="differs">" (" {i18n::CALCULATED} ": " {i18n::status_short(a.calculated)} ")"</span> })}
                    {a.forecast.map(|f| view! { <span class="forecast">{i18n::FORECAST} ": " {i18n::status_short(f.into())}</span> })}
                </td>
                <td><DirectionTag direction=a.travel.direction /></td>
                <td><Sparkline values=values labels=labels status=a.status /></td>
            </tr>
        }
    })
}

//! The indicators table: code, title, service, value, target, status, direction and a
//! sparkline; sortable by its column buttons (the order is kept in the URL).

use super::sort_heading::SortHeading;
use super::sparkline::Sparkline;
use super::status_tag::{DirectionTag, StatusTag};
use crate::route::View;
use crate::state::AppState;
use crate::{casefold, format, i18n};
use leptos::prelude::*;
use scorecard_core::order::{sort_indicators, Sort, SortKey};
use scorecard_core::trend::trend_window;

/// Rows drawn at first, and added by "Show more": three or four screens' worth, few enough
/// that a filter, a search keystroke or a sort redraws within 50 ms at 5,000 indicators
/// (docs/benchmarks.md has the figures for 50, 100 and 200).
const PAGE: usize = 50;

/// The sortable columns and their headings, in the current language.
fn columns() -> [(SortKey, &'static str); 7] {
    let t = i18n::t();
    [
        (SortKey::Code, t.code()),
        (SortKey::Title, t.title()),
        (SortKey::Service, t.service()),
        (SortKey::Value, t.value()),
        (SortKey::Target, t.target()),
        (SortKey::Status, t.status()),
        (SortKey::Direction, t.direction()),
    ]
}

/// Sorts positions in the period's report by a column, titles compared in `lang`.
pub fn sort_positions(state: &AppState, list: &mut [usize], sort: Sort, lang: &str) {
    state.report.with(|r| {
        state.with_scorecard(|sc| {
            // Lower-cased once per row, not once per comparison: it is a call into the browser.
            let titles: Vec<String> = if sort.key == SortKey::Title {
                r.indicators
                    .iter()
                    .map(|a| casefold::lower(sc.indicators[a.indicator].title.get(lang)))
                    .collect()
            } else {
                Vec::new()
            };
            sort_indicators(sc, r, list, sort, &titles);
        })
    });
}

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
    let sort = Memo::new(move |_| state.route.with(|r| r.param("sort").and_then(Sort::parse)));
    let rows = Memo::new(move |_| {
        let mut list = items.get();
        if let Some(sort) = sort.get() {
            sort_positions(&state, &mut list, sort, &lang.get_value());
        }
        list
    });
    let sort_button = move |key: SortKey, label: &'static str| {
        let sorted = Signal::derive(move || sort.get().filter(|s| s.key == key).map(|s| s.descending));
        let on_sort = Callback::new(move |()| {
            let next = Sort::next(sort.get_untracked(), key);
            state.navigate(&state.route.get_untracked().with("sort", &next.to_string()));
        });
        view! { <SortHeading label=label sorted=sorted on_sort=on_sort /> }
    };
    // A long list is drawn a page at a time: thousands of rows at once cost seconds on every
    // filter or sort. A new list starts again from its first page.
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        rows.track();
        if shown.get_untracked() != PAGE {
            shown.set(PAGE);
        }
    });
    // A keyboard user who asks for more rows carries on from the first new one, rather than
    // from a button that moves or vanishes below them.
    // (Looked up within the table's body: an embedded dashboard lives in a shadow root.)
    let body = NodeRef::<leptos::html::Tbody>::new();
    let show = move |n: usize| {
        let first_new = shown.get_untracked();
        shown.set(n);
        let selector = format!("tr:nth-child({}) th a", first_new + 1);
        request_animation_frame(move || {
            let link = body.get_untracked().and_then(|b| b.query_selector(&selector).ok().flatten());
            if let Some(link) =
                link.and_then(|l| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(l).ok())
            {
                let _ = link.focus();
            }
        });
    };
    // A reader on a list of indicators is likely to open one: the chart library its history
    // needs is fetched once the list has been painted (never on the overview, the first view).
    if crate::tasks::in_browser() {
        crate::tasks::run(crate::tasks::Phase::AfterPaint, crate::echarts::fetch_ahead);
    }
    // Paper has no "Show more": printing draws every row first. (A page written ahead of time
    // has no window to listen to.)
    if crate::tasks::in_browser() {
        let before_print =
            window_event_listener_untyped("beforeprint", move |_| shown.set(rows.with_untracked(Vec::len)));
        on_cleanup(move || before_print.remove());
    }
    view! {
        <div class="table-scroll">
            // The whole list's size, for screen readers: the header row and every row, drawn or not.
            <table class="data indicators" id=id aria-rowcount=move || rows.with(Vec::len) + 1>
                <caption>{caption} ", " {move || format::period(state.period.get())}</caption>
                <thead>
                    <tr>
                        {columns().iter().map(|(k, l)| sort_button(*k, l)).collect_view()}
                        <th scope="col">{i18n::t().trend()}</th>
                    </tr>
                </thead>
                <tbody node_ref=body>
                    // Keyed by indicator, place and period: a row that stays where it was keeps its
                    // elements (rows added by "Show more", a list that did not change); its place
                    // is its aria-rowindex, and another period shows other figures.
                    <For
                        each=move || {
                            let period = state.period.get();
                            let n = shown.get();
                            rows.with(|r| r.iter().take(n).enumerate().map(|(at, i)| (*i, period, at)).collect::<Vec<_>>())
                        }
                        key=|k| *k
                        let((index, _, at))
                    >
                        <Row index=index at=at />
                    </For>
                </tbody>
            </table>
        </div>
        <Show when=move || rows.with(Vec::is_empty)>
            <p class="notice">{i18n::t().none_match()}</p>
        </Show>
        <Show when=move || shown.get() < rows.with(Vec::len)>
            <p class="more-rows">
                <span role="status">{move || i18n::t().rows_shown(shown.get(), rows.with(Vec::len))}</span>
                " "
                <button type="button" class="secondary" on:click=move |_| show(shown.get_untracked() + PAGE)>
                    {i18n::t().show_more(PAGE)}
                </button>
                " "
                <button type="button" class="secondary" on:click=move |_| show(rows.with_untracked(Vec::len))>
                    {move || i18n::t().show_all(rows.with(Vec::len))}
                </button>
            </p>
        </Show>
    }
}

#[component]
fn Row(index: usize, at: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown_period = state.period.get_untracked();
    let (a, cal) = state
        .report
        .with_untracked(|r| (r.indicators[index].clone(), state.with_scorecard(|sc| sc.calendar)));
    state.with_scorecard(|sc| {
        let ind = &sc.indicators[a.indicator];
        let obs = a.observation(ind);
        let value = match obs {
            Some(o) if o.suppressed => i18n::t().suppressed_value().to_string(),
            Some(o) => o.value.map_or(i18n::t().no_value().to_string(), |v| format::value(ind, v)),
            None => i18n::t().no_value().to_string(),
        };
        let target = obs.and_then(|o| o.target).map_or(i18n::t().no_value().to_string(), |t| format::value(ind, t));
        let window = trend_window(ind, cal, a.period);
        let labels: Vec<String> = window.iter().filter_map(|(p, v)| v.map(|v| format!("{} {}", format::period(*p), format::value(ind, v)))).collect();
        let values: Vec<Option<f64>> = window.iter().map(|(_, v)| *v).collect();
        let service = ind.service.as_ref().and_then(|s| sc.service(s)).map(|g| (g.id.clone(), crate::language::text_in(sc, &g.name)));
        let differs = a.differs();
        let title = crate::language::text_in(sc, &ind.title);
        view! {
            <tr data-id=ind.id.clone() data-status=a.status.as_str() aria-rowindex=at + 2>
                <td class="code">{ind.code.clone().unwrap_or_default()}</td>
                <th scope="row" class="title">
                    <a href=state.href(View::Indicator, Some(&ind.id)) lang=title.1>{title.0}</a>
                    {(a.period != shown_period).then(|| view! { <span class="period-note">" (" {i18n::t().figure_for(&format::period(a.period))} ")"</span> })}
                </th>
                <td>{service.map(|(id, (name, lang))| view! { <a href=state.href(View::Service, Some(&id)) lang=lang>{name}</a> })}</td>
                <td class="num value">{value}</td>
                <td class="num">{target}</td>
                <td>
                    <StatusTag status=a.status />
                    {differs.then(|| view! { <span class="differs">" (" {i18n::t().calculated()} ": " {i18n::t().status_short(a.calculated)} ")"</span> })}
                    {a.forecast.map(|f| view! { <span class="forecast">{i18n::t().forecast()} ": " {i18n::t().status_short(f.into())}</span> })}
                </td>
                <td><DirectionTag direction=a.travel.direction /></td>
                <td><Sparkline values=values labels=labels status=a.status /></td>
            </tr>
        }
    })
}

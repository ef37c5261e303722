//! The compare view: one row per linked indicator — value, target, status, direction, and
//! where it stands among similar councils (rank, quartile, gap to the median, significance) —
//! with the comparator group chosen in the URL (`peers=`). Everything stated is the core's.

use crate::comparison::{self, Line, Outcome};
use crate::packs::Packs;
use leptos::prelude::*;
use scorecard_app::components::filters::Filters;
use scorecard_app::components::sort_heading::SortHeading;
use scorecard_app::components::status_tag::{DirectionTag, StatusTag};
use scorecard_app::i18n;
use scorecard_app::route::View;
use scorecard_app::state::AppState;
use scorecard_core::order::{Sort, SortKey};
use scorecard_core::pack::compare::{by_standing, quartile_counts, Order, Row};
use scorecard_core::pack::stats::beats_median;
use scorecard_core::pack::{custom, Polarity};

#[component]
pub fn CompareView() -> impl IntoView {
    let state = expect_context::<AppState>();
    if !Packs::here().any() {
        return view! { <section class="panel"><h2 class="view-title">{i18n::c().compare_title()}</h2><p>{i18n::c().compare_none_linked()}</p></section> }.into_any();
    }
    if comparison::area(&state).is_none() {
        return view! { <section class="panel"><h2 class="view-title">{i18n::c().compare_title()}</h2><p role="alert">{i18n::c().compare_no_area()}</p></section> }.into_any();
    }
    let order = Memo::new(move |_| state.route.with(|r| r.param("sort").and_then(Order::parse)));
    // The indicators the filters keep, as in the indicator list.
    let kept = Memo::new(move |_| {
        let filter = state.filter.get();
        let keys = state.search_keys();
        state.report.with(|r| {
            state.with_scorecard(|sc| {
                filter
                    .indicators(sc, r, &keys)
                    .into_iter()
                    .map(|p| r.indicators[p].indicator)
                    .collect::<std::collections::HashSet<usize>>()
            })
        })
    });
    let total = RwSignal::new(0usize);
    let shown = RwSignal::new(0usize);
    let counts = Signal::derive(move || (shown.get(), total.get()));
    let heading = move |key: SortKey, label: &'static str| {
        let sorted = Signal::derive(move || match order.get() {
            Some(Order::Column(s)) if s.key == key => Some(s.descending),
            _ => None,
        });
        let on_sort = Callback::new(move |()| {
            let current = match order.get_untracked() {
                Some(Order::Column(s)) => Some(s),
                _ => None,
            };
            let next = Order::Column(Sort::next(current, key));
            state.navigate(&state.route.get_untracked().with("sort", &next.to_string()));
        });
        view! { <SortHeading label=label sorted=sorted on_sort=on_sort /> }
    };
    let by_rank = Signal::derive(move || match order.get() {
        Some(Order::Standing { descending }) => Some(descending),
        _ => None,
    });
    let sort_by_rank = Callback::new(move |()| {
        let next = Order::next_standing(order.get_untracked());
        state.navigate(&state.route.get_untracked().with("sort", &next.to_string()));
    });
    // Each change (a shard arriving, the group, the period, a filter, the order) gathers the
    // lines once; the table's headings stay put, so a sort keeps the keyboard's place.
    let lines = RwSignal::new(Vec::<Line>::new());
    Effect::new(move |_| {
        let all = comparison::lines(&state);
        total.set(all.len());
        let kept: Vec<Line> = kept.with(|k| all.into_iter().filter(|l| k.contains(&l.indicator)).collect());
        shown.set(kept.len());
        lines.set(ordered(&state, kept, order.get()));
    });
    view! {
        <section class="compare" aria-labelledby="compare-title">
            <h2 class="view-title" id="compare-title">{i18n::c().compare_title()}</h2>
            <GroupPicker />
            <Filters shown=counts />
            {move || lines.with(|l| view! { {among(&state, l)} {failures(l)} })}
            <div class="table-scroll">
                <table class="data" id="compare-table">
                    <caption>{i18n::c().compare_title()}</caption>
                    <thead><tr>
                        {heading(SortKey::Title, i18n::t().title())}
                        {heading(SortKey::Value, i18n::t().value())}
                        {heading(SortKey::Target, i18n::t().target())}
                        {heading(SortKey::Status, i18n::t().status())}
                        {heading(SortKey::Direction, i18n::t().direction())}
                        <SortHeading label=i18n::c().rank() sorted=by_rank on_sort=sort_by_rank />
                        <th scope="col">{i18n::t().quartile()}</th>
                        <th scope="col">{i18n::c().gap_to_median()}</th>
                        <th scope="col">{i18n::c().significance()}</th>
                    </tr></thead>
                    // Keyed: a shard arriving draws its own row, not every row again (a new
                    // period draws them all: the scorecard's own columns change).
                    <tbody>
                        <For each=move || lines.get() key=move |l| (l.indicator, drawn(&l.outcome), state.period.get_untracked()) let(l)>
                            <CompareRow line=l />
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

/// What a row shows, for its key: its figures (by address), or which state it is in.
fn drawn(o: &Outcome) -> usize {
    match o {
        Outcome::Row(r) => std::sync::Arc::as_ptr(r) as usize,
        Outcome::Loading => 0,
        Outcome::Failed(_) => 1,
        Outcome::NoGroup => 2,
        Outcome::NoPeriod => 3,
    }
}

/// The rows in the order asked (default: where each stands, best placed first). While
/// figures are still arriving, an order by standing keeps file order, so rows do not move
/// under the reader. The core decides every order.
fn ordered(state: &AppState, mut lines: Vec<Line>, order: Option<Order>) -> Vec<Line> {
    match order.unwrap_or(Order::Standing { descending: false }) {
        Order::Standing { .. } if lines.iter().any(|l| matches!(l.outcome, Outcome::Loading)) => lines,
        Order::Standing { descending } => {
            lines.sort_by(|a, b| by_standing(a.row(), b.row(), descending));
            lines
        }
        Order::Column(sort) => {
            let mut positions: Vec<usize> = state.report.with(|r| {
                lines
                    .iter()
                    .filter_map(|l| r.indicators.iter().position(|a| a.indicator == l.indicator))
                    .collect()
            });
            scorecard_app::components::indicator_table::sort_positions(
                state,
                &mut positions,
                sort,
                &state.lang(),
            );
            let order: Vec<usize> =
                state.report.with(|r| positions.iter().map(|&p| r.indicators[p].indicator).collect());
            lines.sort_by_key(|l| order.iter().position(|&i| i == l.indicator).unwrap_or(usize::MAX));
            lines
        }
    }
}

/// "Wexcombe among Nearest neighbours (16 councils)", from the first line compared.
fn among(state: &AppState, lines: &[Line]) -> Option<impl IntoView> {
    let (line, row) = lines.iter().find_map(|l| Some((l, l.row()?)))?;
    let group = line.group.as_ref()?;
    let name = state.with_scorecard(|sc| sc.organisation.name.get(&state.lang()).to_string());
    let n = row.group_size();
    Some(view! {
        <p class="compare-among" id="compare-among">{i18n::c().compare_among(&name, group.title.get(&state.lang()), n)}</p>
        <p class="hint">{i18n::c().peers_source()} ": " {group.source.get(&state.lang()).to_string()}</p>
    })
}

/// Measures whose figures could not be loaded, each said once.
fn failures(lines: &[Line]) -> Option<impl IntoView> {
    let mut seen: Vec<String> = Vec::new();
    for l in lines {
        if let Outcome::Failed(e) = &l.outcome {
            if !seen.contains(e) {
                seen.push(e.clone());
            }
        }
    }
    (!seen.is_empty()).then(|| view! {
        <div class="notice" role="alert">{seen.into_iter().map(|e| view! { <p>{i18n::t().compare_failed(&e)}</p> }).collect_view()}</div>
    })
}

#[component]
pub fn GroupPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let groups = Signal::derive(move || comparison::groups(&state));
    let chosen = move || {
        state
            .route
            .with(|r| r.param("peers").map(str::to_string))
            .or_else(|| state.with_scorecard(|sc| sc.peer_group.clone()))
            .unwrap_or_default()
    };
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        state.navigate(&state.route.get_untracked().with("peers", &value));
    };
    view! {
        <div class="group-picker">
            <label for="peers-select">{i18n::c().compare_with()}</label>
            <select id="peers-select" on:change=on_change prop:value=chosen>
                {move || groups.get().into_iter().map(|g| {
                    let title = if g.id == custom::PREFIX {
                        i18n::c().custom_group_start().to_string()
                    } else {
                        g.title.get(&state.lang()).to_string()
                    };
                    view! { <option value=g.id.clone()>{title}</option> }
                }).collect_view()}
            </select>
            <Show when=move || custom::is_custom(&chosen())>
                <crate::views::custom_group::CustomGroup
                    areas=Memo::new(move |_| comparison::areas(&state))
                    asked=Signal::derive(chosen)
                    own=comparison::area(&state).unwrap_or_default()
                    unknown=Signal::derive(move || comparison::unknown_in_custom(&state))
                    on_set=Callback::new(move |id: String| state.navigate(&state.route.get_untracked().with("peers", &id))) />
            </Show>
        </div>
    }
}

/// The rank, quartile, gap and significance cells of a row, in words; `size` writes a
/// figure at the measure's precision (the gap's size).
pub fn standing_words(r: &Row, size: &dyn Fn(f64) -> String) -> (String, String, String, String) {
    let s = &r.standing;
    let neutral = r.polarity == Polarity::Neutral;
    // Why there is no rank, truly: the council has no figure (the measure may be another
    // nation's), or too few councils have one.
    let rank = match (r.figure.value, s.rank) {
        (None, _) => {
            let nations: Vec<&str> =
                r.nations().into_iter().map(|n| scorecard_core::messages::p().nation(n)).collect();
            i18n::c().no_figure_to_rank(s.n, &nations)
        }
        (Some(_), Some(k)) => {
            let mut t = i18n::c().rank_of(k, s.n, neutral);
            if r.missing_count() > 0 {
                t = format!("{t} ({})", scorecard_core::messages::p().without_data(r.missing_count()));
            }
            t
        }
        (Some(_), None) => i18n::c().not_ranked(s.n),
    };
    let quartile =
        r.quartile().map(|q| scorecard_core::messages::p().quartile_name(q).to_string()).unwrap_or_default();
    let gap = match (r.figure.value, s.median, s.gap) {
        (Some(v), Some(m), Some(g)) => {
            i18n::c().gap_words(&size(g.abs()), beats_median(r.polarity, v, m), g > 0.0)
        }
        _ => String::new(),
    };
    let sig = r.significance.map(|x| scorecard_core::messages::p().significance(x)).unwrap_or_default();
    (rank, quartile, gap, sig)
}

#[component]
fn CompareRow(line: Line) -> impl IntoView {
    let state = expect_context::<AppState>();
    let assessment =
        state.report.with(|r| r.indicators.iter().find(|a| a.indicator == line.indicator).cloned());
    state.with_scorecard(|sc| {
        let ind = &sc.indicators[line.indicator];
        let (title, lang) = scorecard_app::language::text_in(sc, &ind.title);
        let obs = assessment.as_ref().and_then(|a| a.observation(ind));
        let value = obs.and_then(|o| o.present_value()).map(|v| scorecard_app::format::value(ind, v)).unwrap_or_else(|| i18n::t().no_value().to_string());
        let target = obs.and_then(|o| o.target).map(|v| scorecard_app::format::value(ind, v)).unwrap_or_default();
        let cells = match &line.outcome {
            Outcome::Row(r) => {
                let (rank, quartile, gap, sig) = standing_words(r, &|x| scorecard_app::format::number(ind, x));
                view! { <td>{rank}</td><td>{quartile}</td><td>{gap}</td><td>{sig}</td> }.into_any()
            }
            Outcome::Loading => view! { <td colspan="4" class="hint">{i18n::t().compare_loading()}</td> }.into_any(),
            Outcome::Failed(_) => view! { <td colspan="4" class="hint">{i18n::t().compare_failed("")}</td> }.into_any(),
            Outcome::NoGroup => view! { <td colspan="4" class="hint">{i18n::c().compare_no_group()}</td> }.into_any(),
            Outcome::NoPeriod => view! { <td colspan="4" class="hint">{i18n::c().compare_no_period()}</td> }.into_any(),
        };
        view! {
            <tr data-id=ind.id.clone()>
                <th scope="row"><a href=state.href(View::Indicator, Some(&ind.id)) lang=lang>{title}</a></th>
                <td class="num">{value}</td>
                <td class="num">{target}</td>
                <td>{assessment.as_ref().map(|a| view! { <StatusTag status=a.status /> })}</td>
                <td>{assessment.as_ref().map(|a| view! { <DirectionTag direction=a.travel.direction /> })}</td>
                {cells}
            </tr>
        }
    })
}

/// The overview's count of linked indicators by quartile, linking to the compare view. The
/// dashboard asks for it only once its place nears the screen (`Lazy`'s `near`): the first
/// view fetches none of the packs.
#[component]
pub fn QuartileCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    if !Packs::here().any() || comparison::area(&state).is_none() {
        return ().into_any();
    }
    let counts = Signal::derive(move || {
        let lines = comparison::lines(&state);
        Some(quartile_counts(lines.iter().filter_map(Line::row)))
    });
    view! {
        <section class="panel" id="compare-card" aria-labelledby="compare-card-title">
            <h2 id="compare-card-title">{i18n::c().compare_title()}</h2>
            {move || counts.get().filter(|c| c.iter().any(|(_, n)| *n > 0)).map(|c| view! { <p id="quartile-counts">{i18n::c().quartile_counts(&c)}</p> })}
            <p><a href=state.href(View::Compare, None)>{i18n::c().see_comparison()}</a></p>
        </section>
    }
    .into_any()
}

//! On a linked indicator's page: where the council stands among its comparator group for the
//! period — rank, quartile, gap to the median, significance and the change of rank in words;
//! every member on one chart (the council marked, the median, quartile bands, the council's
//! target, intervals where given) with its table; the council's rank over time with its
//! table; and the group with its source.

use crate::charts::{field, rank_history};
use crate::comparison::{self, Line, Outcome};
use crate::packs::{Loading, Packs};
use crate::views::compare::standing_words;
use leptos::prelude::*;
use scorecard_app::components::chart::Chart;
use scorecard_app::state::AppState;
use scorecard_app::{echarts, i18n};
use scorecard_core::pack::compare::Row;
use scorecard_core::pack::{linked, Polarity, Shard};

#[component]
pub fn Peers(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let linked = state.with_scorecard(|sc| sc.indicators[index].peers.is_some());
    if !linked || !Packs::here().any() {
        return ().into_any();
    }
    let line = Signal::derive(move || comparison::line(&state, index));
    view! {
        <section class="panel peers" aria-labelledby="peers-title">
            <h3 id="peers-title">{i18n::c().peers_title()}</h3>
            <crate::views::compare::GroupPicker />
            {move || match line.get() {
                None => view! { <p class="hint">{i18n::t().compare_loading()}</p> }.into_any(),
                Some(l) => match l.outcome.clone() {
                    Outcome::Loading => view! { <p class="hint" role="status">{i18n::t().compare_loading()}</p> }.into_any(),
                    Outcome::Failed(e) => view! { <p class="notice" role="alert">{i18n::t().compare_failed(&e)}</p> }.into_any(),
                    Outcome::NoGroup => view! { <p>{i18n::c().compare_no_group()}</p> }.into_any(),
                    Outcome::NoPeriod => view! { <p>{i18n::c().compare_no_period()}</p> }.into_any(),
                    Outcome::Row(r) => view! { <Standing line=l row=r index=index /> }.into_any(),
                },
            }}
        </section>
    }
    .into_any()
}

#[component]
fn Standing(line: Line, row: std::sync::Arc<Row>, index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang();
    let group = line.group.clone().expect("a row has its group");
    let area = comparison::area(&state).unwrap_or_default();
    let shard = match Packs::here().shard(&line.url, &line.pack, &line.measure) {
        Loading::Ready(s) => Some(s),
        _ => None,
    };
    let neutral = row.polarity == Polarity::Neutral;
    let members = members_of(&line, &row, shard.as_deref(), &area, &lang);
    state.with_scorecard(|sc| {
        let ind = &sc.indicators[index];
        let measure = line.pack.measure(&line.measure).expect("linked to one of its measures");
        let fmt = |v: f64| scorecard_app::format::value(ind, v);
        let (rank, quartile, gap, sig) = standing_words(&row, &|x| scorecard_app::format::number(ind, x));
        let period_words = |p: scorecard_core::pack::Interval| {
            p.as_period(sc.calendar).map_or_else(|| i18n::interval_words(p), scorecard_app::format::period)
        };
        let period = period_words(row.period);
        let change = match (&row.previous, row.overtaken_by, row.overtook) {
            (Some(p), Some(by), Some(took)) => row.standing.rank.zip(p.rank).map(|(is, was)| {
                i18n::c().rank_change(was, is, row.standing.n, &period_words(p.period), took, by)
            }),
            _ => None,
        };
        let n = row.group_size();
        let target = linked::own_target(sc, ind, row.period);
        let council = sc.organisation.name.get(&lang).to_string();
        let reduced = echarts::reduced_motion();
        let mut reference = Vec::new();
        if let Some(m) = row.standing.median {
            reference.push((i18n::c().reference_line(i18n::c().median(), &fmt(m)), m));
        }
        if let Some(t) = target {
            reference.push((i18n::c().reference_line(i18n::t().target(), &fmt(t)), t));
        }
        let field_label = i18n::c().field_chart_summary(
            &council,
            &rank,
            &row.standing.median.map(fmt).unwrap_or_default(),
        );
        let quartile_label = |q: u8| i18n::c().quartile_short(q);
        let field_option = field::option(
            &members,
            &reference,
            field::Words {
                members: i18n::c().peers_members(),
                this_council: &council,
                interval: i18n::c().interval(),
                axis: i18n::c().in_rank_order(),
                quartile: &quartile_label,
            },
            &field_label,
            reduced,
        );
        let over_time: Vec<(String, Option<usize>, usize)> = shard
            .as_ref()
            .and_then(|s| {
                let members = group.members_for(&area)?;
                Some(linked::ranks(sc, ind, measure, s, &members))
            })
            .unwrap_or_default()
            .into_iter()
            .map(|(p, r, n)| (period_words(p), r, n))
            .collect();
        view! {
            <p id="peers-among">{i18n::c().compare_among(&council, group.title.get(&lang), n)} " · " {i18n::c().compared_period(&period)}</p>
            <dl class="headline peers-headline">
                <div><dt>{i18n::c().rank()}</dt><dd class="big" id="peers-rank">{rank}</dd></div>
                {(!quartile.is_empty()).then(|| view! { <div><dt>{i18n::t().quartile()}</dt><dd>{quartile}</dd></div> })}
                {row.standing.median.map(|m| view! { <div><dt>{i18n::c().median()}</dt><dd>{fmt(m)}</dd></div> })}
                {target.map(|t| view! { <div><dt>{i18n::t().target()}</dt><dd>{fmt(t)}</dd></div> })}
                {(!gap.is_empty()).then(|| view! { <div><dt>{i18n::c().gap_to_median()}</dt><dd id="peers-gap">{gap}</dd></div> })}
                {(!sig.is_empty()).then(|| view! { <div><dt>{i18n::c().significance()}</dt><dd>{sig}</dd></div> })}
            </dl>
            {change.map(|c| view! { <p id="peers-change">{c}</p> })}
            {(!row.not_applicable.is_empty()).then(|| view! { <p class="hint">{i18n::c().not_provided(row.not_applicable.len())}</p> })}
            <div class="chart-set">
            <h4 id="peers-field-title">{i18n::c().peers_members()}</h4>
            <scorecard_app::components::chart_menu::ChartMenu chart="peers-field" />
            <div id="peers-field">
                <Chart option=Signal::stored(field_option) label=Signal::stored(field_label.clone()) height=300 />
            </div>
            {members_table(&members, &fmt, &period, neutral)}
            </div>
            {(over_time.len() > 1).then(|| view! { <RankOverTime over_time=over_time neutral=neutral reduced=reduced /> })}
            <p class="hint">{i18n::c().peers_source()} ": " {group.source.get(&lang).to_string()} " · " {line.pack.title.get(&lang).to_string()}</p>
        }
    })
}

/// Each member of the row's field as the chart and its table show it.
fn members_of(line: &Line, row: &Row, shard: Option<&Shard>, area: &str, lang: &str) -> Vec<field::Member> {
    let name = |code: &str| line.pack.area(code).map_or(code.to_string(), |a| a.name.get(lang).to_string());
    let figures = shard.map(|s| s.figures(row.period)).unwrap_or_default();
    row.field
        .iter()
        .zip(row.ranks())
        .map(|((code, v), rank)| {
            let f = figures.get(code.as_str());
            field::Member {
                name: name(code),
                value: *v,
                rank,
                lower: f.and_then(|f| f.lower),
                upper: f.and_then(|f| f.upper),
                ours: *code == area,
                quartile: row.quartile_of(rank),
            }
        })
        .collect()
}

/// The field chart's table: each member's rank, name, figure, interval (where any member has
/// one) and quartile (unless the measure is neutral), the council's row marked in words too.
fn members_table(
    members: &[field::Member],
    fmt: &dyn Fn(f64) -> String,
    period: &str,
    neutral: bool,
) -> impl IntoView {
    let with_limits = members.iter().any(|m| m.lower.is_some() || m.upper.is_some());
    view! {
        <div class="table-scroll">
            <table class="data" id="peers-table">
                <caption>{i18n::c().peers_members()} " (" {period.to_string()} ")"</caption>
                <thead><tr>
                    <th scope="col" class="num">{i18n::c().rank()}</th>
                    <th scope="col">{i18n::c().area()}</th>
                    <th scope="col" class="num">{i18n::t().value()}</th>
                    {with_limits.then(|| view! { <th scope="col" class="num">{i18n::c().interval()}</th> })}
                    {(!neutral).then(|| view! { <th scope="col">{i18n::t().quartile()}</th> })}
                </tr></thead>
                <tbody>
                    {members.iter().map(|m| {
                        let ours = m.ours;
                        let limits = match (m.lower, m.upper) {
                            (Some(lo), Some(hi)) => i18n::c().between(&fmt(lo), &fmt(hi)),
                            _ => String::new(),
                        };
                        view! {
                            <tr class:ours=ours aria-current=ours.then_some("true")>
                                <td class="num">{m.rank}</td>
                                <th scope="row">{m.name.clone()}{ours.then(|| format!(" ({})", i18n::c().this_council()))}</th>
                                <td class="num">{fmt(m.value)}</td>
                                {with_limits.then(|| view! { <td class="num">{limits}</td> })}
                                {m.quartile.map(|q| view! { <td>{scorecard_core::messages::p().quartile_name(q)}</td> })}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The council's rank in each period the pack has, drawn and as a table.
#[component]
fn RankOverTime(
    over_time: Vec<(String, Option<usize>, usize)>,
    neutral: bool,
    reduced: bool,
) -> impl IntoView {
    let rank_words = move |r: Option<usize>, n: usize| match r {
        Some(r) => i18n::c().rank_of(r, n, neutral),
        None => i18n::c().not_ranked(n),
    };
    let (first, last) = (&over_time[0], &over_time[over_time.len() - 1]);
    let label = i18n::c().rank_history_summary(
        &i18n::c().rank_at(&rank_words(first.1, first.2), &first.0),
        &i18n::c().rank_at(&rank_words(last.1, last.2), &last.0),
    );
    let most = over_time.iter().map(|p| p.2).max().unwrap_or(1);
    let points: Vec<(String, Option<usize>)> = over_time.iter().map(|(p, r, _)| (p.clone(), *r)).collect();
    let option = rank_history::option(&points, most, i18n::c().rank(), &label, reduced);
    view! {
        <div class="chart-set">
            <h4 id="peers-history-title">{i18n::c().rank_over_time()}</h4>
            <scorecard_app::components::chart_menu::ChartMenu chart="peers-history" />
            <div id="peers-history">
                <Chart option=Signal::stored(option) label=Signal::stored(label) height=220 />
            </div>
            <div class="table-scroll">
                <table class="data" id="peers-history-table" aria-labelledby="peers-history-title">
                    <thead><tr>
                        <th scope="col">{i18n::t().period()}</th>
                        <th scope="col">{i18n::c().rank()}</th>
                    </tr></thead>
                    <tbody>
                        {over_time.iter().map(|(p, r, n)| view! {
                            <tr><th scope="row">{p.clone()}</th><td>{rank_words(*r, *n)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
    }
}

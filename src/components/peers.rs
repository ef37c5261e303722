//! On a linked indicator's page: where the council stands among its comparator group for the
//! period — rank, quartile, gap to the median, significance and the change of rank in words,
//! every member's figure in a table (the council marked), and the group with its source.

use super::compare::standing_words;
use crate::comparison::{self, Outcome};
use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn Peers(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let linked = state.with_scorecard(|sc| sc.indicators[index].peers.is_some());
    if !linked || !state.packs.any() {
        return ().into_any();
    }
    let line = Signal::derive(move || comparison::lines(&state).into_iter().find(|l| l.indicator == index));
    view! {
        <section class="panel peers" aria-labelledby="peers-title">
            <h3 id="peers-title">{i18n::c().peers_title()}</h3>
            <super::compare::GroupPicker />
            {move || match line.get() {
                None => view! { <p class="hint">{i18n::t().compare_loading()}</p> }.into_any(),
                Some(l) => match l.outcome.clone() {
                    Outcome::Loading => view! { <p class="hint" role="status">{i18n::t().compare_loading()}</p> }.into_any(),
                    Outcome::Failed(e) => view! { <p class="notice" role="alert">{i18n::t().compare_failed(&e)}</p> }.into_any(),
                    Outcome::NoGroup => view! { <p>{i18n::c().compare_no_group()}</p> }.into_any(),
                    Outcome::NoPeriod => view! { <p>{i18n::c().compare_no_period()}</p> }.into_any(),
                    Outcome::Row(r) => {
                        let lang = state.lang();
                        let group = l.group.clone().expect("a row has its group");
                        let area = comparison::area(&state).unwrap_or_default();
                        state.with_scorecard(|sc| {
                            let ind = &sc.indicators[index];
                            let (rank, quartile, gap, sig) = standing_words(&r, &|x| crate::format::number(ind, x));
                            let name = |code: &str| l.pack.area(code).map_or(code.to_string(), |a| a.name.get(&lang).to_string());
                            let fmt = |v: f64| crate::format::value(ind, v);
                            let period = r.period.as_period(sc.calendar).map_or_else(|| r.period.to_string(), crate::format::period);
                            let change = match (&r.previous, r.overtaken_by, r.overtook) {
                                (Some(p), Some(by), Some(took)) => p.rank.zip(r.standing.rank).map(|(was, is)| {
                                    let since = p.period.as_period(sc.calendar).map_or_else(|| p.period.to_string(), crate::format::period);
                                    i18n::c().rank_change(was, is, r.standing.n, &since, took, by)
                                }),
                                _ => None,
                            };
                            let n = r.standing.n + r.missing_count() + r.not_applicable.len();
                            view! {
                                <p id="peers-among">{i18n::c().compare_among(sc.organisation.name.get(&lang), group.title.get(&lang), n)} " · " {i18n::c().compared_period(&period)}</p>
                                <dl class="headline peers-headline">
                                    <div><dt>{i18n::c().rank()}</dt><dd class="big" id="peers-rank">{rank}</dd></div>
                                    {(!quartile.is_empty()).then(|| view! { <div><dt>{i18n::t().quartile()}</dt><dd>{quartile}</dd></div> })}
                                    {r.standing.median.map(|m| view! { <div><dt>{i18n::c().median()}</dt><dd>{fmt(m)}</dd></div> })}
                                    {(!gap.is_empty()).then(|| view! { <div><dt>{i18n::c().gap_to_median()}</dt><dd id="peers-gap">{gap}</dd></div> })}
                                    {(!sig.is_empty()).then(|| view! { <div><dt>{i18n::c().significance()}</dt><dd>{sig}</dd></div> })}
                                </dl>
                                {change.map(|c| view! { <p id="peers-change">{c}</p> })}
                                {(!r.not_applicable.is_empty()).then(|| view! { <p class="hint">{i18n::c().not_provided(r.not_applicable.len())}</p> })}
                                <div class="table-scroll">
                                    <table class="data" id="peers-table">
                                        <caption>{i18n::c().peers_members()} " (" {period.clone()} ")"</caption>
                                        <thead><tr>
                                            <th scope="col" class="num">{i18n::c().rank()}</th>
                                            <th scope="col">{i18n::c().area()}</th>
                                            <th scope="col" class="num">{i18n::t().value()}</th>
                                        </tr></thead>
                                        <tbody>
                                            {r.field.iter().map(|(code, v)| {
                                                let ours = *code == area;
                                                let place = scorecard_core::pack::stats::rank(&r.field.iter().map(|(_, x)| *x).collect::<Vec<_>>(), *v, r.polarity);
                                                view! {
                                                    <tr class:ours=ours aria-current=ours.then_some("true")>
                                                        <td class="num">{place}</td>
                                                        <th scope="row">{name(code)}{ours.then(|| format!(" ({})", i18n::c().this_council()))}</th>
                                                        <td class="num">{fmt(*v)}</td>
                                                    </tr>
                                                }
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                                <p class="hint">{i18n::c().peers_source()} ": " {group.source.get(&lang).to_string()} " · " {l.pack.title.get(&lang).to_string()}</p>
                            }
                        }).into_any()
                    }
                },
            }}
        </section>
    }
    .into_any()
}

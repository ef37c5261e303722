//! One indicator: its status in the period (reported and calculated where they differ, and
//! the year-end forecast), direction and longer trend, the history chart with its table,
//! every period's comment, benchmarks, and the definition with the rule behind the status.

use super::chart::Chart;
use super::chart_menu::ChartMenu;
use super::status_tag::{DirectionTag, StatusTag};
use super::text_block::TextBlock;
use crate::charts::history::{self, Point};
use crate::route::View;
use crate::state::AppState;
use crate::{echarts, format, i18n};
use leptos::prelude::*;
use scorecard_core::{history, HistoryPoint, Indicator, Status};

#[component]
pub fn IndicatorDetail(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let found = state.with_scorecard(|sc| sc.indicators.iter().position(|i| i.id == id));
    match found {
        Some(index) => view! { <Detail index=index /> }.into_any(),
        None => view! { <super::not_found::NotFound /> }.into_any(),
    }
}

#[component]
fn Detail(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang();
    let ind: Indicator = state.with_scorecard(|sc| sc.indicators[index].clone());
    let ind = StoredValue::new(ind);
    let assessment = Memo::new(move |_| {
        state.report.with(|r| r.indicators.iter().find(|a| a.indicator == index).cloned())
    });
    let cal = state.with_scorecard(|sc| sc.calendar);
    let reduced = echarts::reduced_motion();

    // The history up to the period shown, each point with its displayed status.
    let points = Memo::new(move |_| {
        let upto = assessment.with(|a| a.as_ref().map(|a| a.period));
        ind.with_value(|ind| history(ind, cal, upto))
    });
    let lang2 = lang.clone();
    let (title, title_lang) = ind.with_value(|i| state.text(&i.title));
    let chart_label = Memo::new(move |_| {
        let pts = points.get();
        let parts: Vec<String> = ind.with_value(|i| {
            pts.iter()
                .map(|h| {
                    format!(
                        "{} {} ({})",
                        format::period(h.period),
                        h.value.map_or(i18n::t().no_value().to_string(), |v| format::value(i, v)),
                        i18n::t().status_short(h.status)
                    )
                })
                .collect()
        });
        format!("{}: {}", i18n::t().history(), parts.join(", "))
    });
    let option = Memo::new(move |_| {
        let pts = chart_points(points.get());
        let benchmarks = ind.with_value(|i| benchmark_lines(i, &lang2));
        history::option(
            &pts,
            &benchmarks,
            (i18n::t().value(), i18n::t().target()),
            &chart_label.get(),
            reduced,
        )
    });
    // A written page draws the history (the app keeps that drawing: `Chart`'s `written`).
    #[cfg(any(not(target_arch = "wasm32"), feature = "prerender"))]
    let drawing = Some(ind.with_value(|i| {
        super::drawn::line::svg(
            &chart_points(points.get_untracked()),
            &benchmark_lines(i, &lang),
            &|x| format::number(i, x),
            300,
        )
    }));
    #[cfg(all(target_arch = "wasm32", not(feature = "prerender")))]
    let drawing = None;
    let service = ind.with_value(|i| i.service.clone()).and_then(|s| {
        state.with_scorecard(|sc| {
            sc.service(&s).map(|g| (g.id.clone(), crate::language::text_in(sc, &g.name)))
        })
    });
    let priorities: Vec<(String, crate::language::Shown)> = state.with_scorecard(|sc| {
        ind.with_value(|i| {
            scorecard_core::report::priorities_of(sc, &i.priorities, i.service.as_deref())
                .into_iter()
                .filter_map(|p| sc.priority(p))
                .map(|g| (g.id.clone(), crate::language::text_in(sc, &g.name)))
                .collect()
        })
    });
    let code = ind.with_value(|i| i.code.clone());
    let description = ind.with_value(|i| i.description.as_ref().map(|d| state.text(d)));

    view! {
        <article class="indicator-detail" data-id=ind.with_value(|i| i.id.clone())>
            <h2 class="view-title">{code.map(|c| view! { <span class="code">{c} " "</span> })}<span lang=title_lang>{title}</span></h2>
            <p class="groups">
                {service.map(|(id, (name, lang))| view! { <a href=state.href(View::Service, Some(&id)) lang=lang>{name}</a> })}
                {priorities.into_iter().map(|(id, (name, lang))| view! { " · " <a href=state.href(View::Priority, Some(&id)) lang=lang>{name}</a> }).collect_view()}
            </p>
            {move || assessment.get().map(|a| view! { <Headline a=a index=index /> })}
            <section class="panel" aria-labelledby="history-title">
                <h3 id="history-title">{i18n::t().history()}</h3>
                <ChartMenu chart="history" />
                <Chart option=option label=chart_label height=300 written=true drawing=drawing />
                <ObservationTable index=index points=points />
            </section>
            {(state.has_packs() && state.with_scorecard(|sc| sc.indicators[index].peers.is_some())).then(|| view! { <super::lazy::Lazy what=crate::comparing::Compared::Peers { indicator: index } near=true /> })}
            <section class="panel" aria-labelledby="definition-title">
                <h3 id="definition-title">{i18n::t().definition()}</h3>
                {description.map(|(d, lang)| view! { <TextBlock text=d lang=lang /> })}
                <Definition index=index />
            </section>
        </article>
    }
}

/// The status and trend for the period, and the figures they come from.
#[component]
fn Headline(a: scorecard_core::Assessment, index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    state.with_scorecard(|sc| {
        let ind = &sc.indicators[index];
        let obs = a.observation(ind);
        let value = obs.and_then(|o| o.present_value()).map(|v| format::value(ind, v));
        let target = obs.and_then(|o| o.target).map(|v| format::value(ind, v));
        let differs = a.differs();
        let change = a.travel.change.map(|c| format!("{}{}", if c > 0.0 { "+" } else { "" }, format::number(ind, c)));
        view! {
            <dl class="headline" id="headline">
                <div><dt>{i18n::t().status()} " (" {format::period(a.period)} ")"</dt><dd><StatusTag status=a.status /></dd></div>
                {differs.then(|| view! {
                    <div class="differs-block"><dt>{i18n::t().calculated()}</dt><dd><StatusTag status=a.calculated /><p class="hint">{i18n::t().reported_differs()}</p></dd></div>
                })}
                {a.forecast.map(|f| view! { <div><dt>{i18n::t().forecast()}</dt><dd><StatusTag status=Status::from(f) /></dd></div> })}
                <div><dt>{i18n::t().value()}</dt><dd class="big">{value.unwrap_or_else(|| i18n::t().no_value().to_string())}</dd></div>
                <div><dt>{i18n::t().target()}</dt><dd class="big">{target.unwrap_or_else(|| i18n::t().no_target().to_string())}</dd></div>
                <div>
                    <dt>{i18n::t().direction()}</dt>
                    <dd><DirectionTag direction=a.travel.direction />
                        <span class="hint">" " {i18n::t().trend_compare_text(a.travel.compared_with)} {change.map(|c| format!(" ({c})"))}</span></dd>
                </div>
                <div><dt>{i18n::t().long_trend()}</dt><dd><DirectionTag direction=a.long_trend /></dd></div>
            </dl>
        }
    })
}

#[component]
fn ObservationTable(index: usize, points: Memo<Vec<HistoryPoint>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="table-scroll">
            <table class="data" id="observations-table">
                <caption>{i18n::t().observations()}</caption>
                <thead><tr>
                    <th scope="col">{i18n::t().period()}</th><th scope="col" class="num">{i18n::t().value()}</th><th scope="col" class="num">{i18n::t().target()}</th>
                    <th scope="col">{i18n::t().status()}</th><th scope="col">{i18n::t().comment()}</th>
                </tr></thead>
                <tbody>
                    {move || {
                        let pts = points.get();
                        state.with_scorecard(|sc| {
                            let ind = &sc.indicators[index];
                            pts.into_iter().rev().map(|h| {
                                let HistoryPoint { period: p, value: v, target: t, status: shown, calculated: calc } = h;
                                let obs = ind.observation(sc.calendar, p);
                                let value = match obs {
                                    Some(o) if o.suppressed => i18n::t().suppressed_value().to_string(),
                                    _ => v.map_or(i18n::t().no_value().to_string(), |v| format::value(ind, v)),
                                };
                                let comment = obs.and_then(|o| o.comment.as_ref()).map(|c| crate::language::text_in(sc, c));
                                view! {
                                    <tr data-period=p.to_string()>
                                        <th scope="row">{format::period(p)}</th>
                                        <td class="num">{value}</td>
                                        <td class="num">{t.map_or(i18n::t().no_value().to_string(), |t| format::value(ind, t))}</td>
                                        <td><StatusTag status=shown />{h.differs().then(|| view! { <span class="differs">" (" {i18n::t().calculated()} ": " {i18n::t().status_short(calc)} ")"</span> })}</td>
                                        <td>{comment.map(|(c, lang)| view! { <TextBlock text=c lang=lang /> })}</td>
                                    </tr>
                                }
                            }).collect_view()
                        })
                    }}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Definition(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    state.with_scorecard(|sc| {
        let ind = &sc.indicators[index];
        // An absolute tolerance on a percentage is in percentage points, not a percent of it.
        let unit_of = |x: f64| match ind.unit {
            scorecard_core::Unit::Percent => i18n::t().percentage_points(&format::number(ind, x)),
            _ => format::value(ind, x),
        };
        // Each with its label's language where the file has none in the interface's.
        let benchmarks: Vec<crate::language::Shown> = ind
            .benchmarks
            .iter()
            .map(|b| {
                let q = b.quartile.map(|q| format!(", {} {q}", i18n::t().quartile())).unwrap_or_default();
                let (label, lang) = crate::language::text_in(sc, &b.label);
                (format!("{}: {}{q}", i18n::t().benchmark_text(&label, &format::period(b.period)), format::value(ind, b.value)), lang)
            })
            .collect();
        view! {
            <dl class="definition">
                <div><dt>{i18n::t().unit()}</dt><dd>{i18n::t().unit_name(ind.unit)}</dd></div>
                <div><dt>{i18n::t().polarity()}</dt><dd>{i18n::t().polarity_text(ind.polarity)}</dd></div>
                <div><dt>{i18n::t().frequency()}</dt><dd>{i18n::t().frequency_text(ind.frequency)}</dd></div>
                <div><dt>{i18n::t().measure()}</dt><dd>{i18n::t().measure_text(ind.measure)}</dd></div>
                <div><dt>{i18n::t().tolerance()}</dt><dd id="tolerance-rule">{i18n::t().tolerance_text(ind.polarity, ind.tolerance, &unit_of)}</dd></div>
                <div><dt>{i18n::t().decimals()}</dt><dd>{i18n::t().decimals_text(ind.decimals)}</dd></div>
                {(!ind.tags.is_empty()).then(|| view! { <div><dt>{i18n::t().tags()}</dt><dd>{ind.tags.join(", ")}</dd></div> })}
                {(!benchmarks.is_empty()).then(|| view! {
                    <div><dt>{i18n::t().benchmarks()}</dt><dd><ul class="benchmarks">{benchmarks.into_iter().map(|(b, lang)| view! { <li lang=lang>{b}</li> }).collect_view()}</ul></dd></div>
                })}
            </dl>
        }
    })
}

/// The history's points as its charts draw them: periods in words.
fn chart_points(points: Vec<HistoryPoint>) -> Vec<Point> {
    points
        .into_iter()
        .map(|h| Point {
            period: format::period(h.period),
            value: h.value,
            target: h.target,
            status: h.status,
        })
        .collect()
}

/// The indicator's benchmarks as the history's reference lines: label and value.
fn benchmark_lines(i: &Indicator, lang: &str) -> Vec<(String, f64)> {
    i.benchmarks
        .iter()
        .map(|b| (i18n::t().benchmark_text(b.label.get(lang), &format::period(b.period)), b.value))
        .collect()
}

//! The filter panel: search, priority, service, portfolio, partner, status, direction and tag,
//! all in the URL, with the number of matches announced and a clear-all.

use crate::filter::KEYS;
use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::{ActionStatus, Direction, Status};

/// Distinct values in first-seen order.
/// A choice in a filter's list: its value in the URL, its label, and the label's language
/// where that is not the interface's.
type Choice = (String, String, Option<&'static str>);

fn distinct(values: impl Iterator<Item = crate::language::Shown>) -> Vec<Choice> {
    let mut out: Vec<Choice> = Vec::new();
    for (v, lang) in values {
        if !out.iter().any(|(k, ..)| *k == v) {
            out.push((v.clone(), v, lang));
        }
    }
    out
}

/// Each filter a list offers (its key, label and choices), leaving out those with none: an
/// action list has no direction or tag.
fn choices(sc: &scorecard_core::Scorecard, actions: bool) -> Vec<(&'static str, &'static str, Vec<Choice>)> {
    let text = |t: &scorecard_core::Text| crate::language::text_in(sc, t);
    let names = |gs: &[scorecard_core::Group]| {
        gs.iter()
            .map(|g| {
                let (name, lang) = text(&g.name);
                (g.id.clone(), name, lang)
            })
            .collect::<Vec<_>>()
    };
    let statuses: Vec<Choice> = if actions {
        ActionStatus::ALL
            .iter()
            .map(|s| (s.as_str().to_string(), i18n::t().action_label(*s).to_string(), None))
            .collect()
    } else {
        Status::ALL
            .iter()
            .map(|s| (s.as_str().to_string(), i18n::t().status_label(*s).to_string(), None))
            .collect()
    };
    let mut out = vec![
        ("priority", i18n::t().priority(), names(&sc.priorities)),
        ("service", i18n::t().service(), names(&sc.services)),
        (
            "portfolio",
            i18n::t().portfolio(),
            distinct(sc.services.iter().filter_map(|g| g.portfolio.as_ref()).map(text)),
        ),
        (
            "partner",
            i18n::t().partner(),
            distinct(sc.services.iter().filter_map(|g| g.partner.as_ref()).map(text)),
        ),
        ("status", i18n::t().status(), statuses),
    ];
    if !actions {
        out.push((
            "direction",
            i18n::t().direction(),
            Direction::ALL
                .iter()
                .map(|d| (d.as_str().to_string(), i18n::t().direction_label(*d).to_string(), None))
                .collect(),
        ));
        out.push((
            "tag",
            i18n::t().tag(),
            distinct(sc.indicators.iter().flat_map(|i| i.tags.iter().map(|t| (t.clone(), None)))),
        ));
    }
    out.retain(|(_, _, opts)| !opts.is_empty());
    out
}

#[component]
pub fn Filters(
    /// Matches shown and total, for the count.
    #[prop(into)]
    shown: Signal<(usize, usize)>,
    /// The list filtered: indicators (all filters) or actions (no direction or tag).
    #[prop(default = false)]
    actions: bool,
    /// What the count counts, when not indicators or actions.
    #[prop(optional)]
    what: Option<&'static str>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let options = state.with_scorecard(|sc| choices(sc, actions));
    // A link may name a filter value this scorecard does not have: say so, rather than show
    // an empty list with no reason.
    let known: Vec<(&'static str, &'static str, Vec<String>)> =
        options.iter().map(|(k, l, opts)| (*k, *l, opts.iter().map(|(v, ..)| v.clone()).collect())).collect();
    let unknown = move || {
        state.route.with(|r| {
            known
                .iter()
                .filter_map(|(k, label, values)| {
                    r.param(k)
                        .filter(|v| !values.iter().any(|x| x == v))
                        .map(|v| i18n::t().unknown_filter(label, v))
                })
                .collect::<Vec<_>>()
        })
    };
    let set = move |key: &str, value: String| state.navigate(&state.route.get_untracked().with(key, &value));
    let clear = move |_| {
        let mut r = state.route.get_untracked();
        KEYS.iter().for_each(|k| {
            r.params.remove(*k);
        });
        state.navigate(&r);
    };
    let what = what.unwrap_or(if actions { i18n::t().actions_word() } else { i18n::t().indicators_word() });
    let any_set = move || state.route.with(|r| KEYS.iter().any(|k| r.param(k).is_some()));
    view! {
        <section class="filters" aria-labelledby="filters-title">
            <h2 id="filters-title">{i18n::t().filters()}</h2>
            <div class="filter-grid">
                <div class="field search">
                    <label for="filter-q">{i18n::t().search()}</label>
                    <input id="filter-q" type="search" autocomplete="off"
                        prop:value=move || state.route.with(|r| r.param("q").unwrap_or("").to_string())
                        on:input=move |ev| { let v = event_target_value(&ev); state.replace(&state.route.get_untracked().with("q", &v)); } />
                </div>
                {options.into_iter().map(|(key, label, opts)| {
                    let id = format!("filter-{key}");
                    view! {
                        <div class="field">
                            <label for=id.clone()>{label}</label>
                            <select id=id on:change=move |ev| set(key, event_target_value(&ev))
                                prop:value=move || state.route.with(|r| r.param(key).unwrap_or("").to_string())>
                                <option value="">{i18n::t().any()}</option>
                                {opts.into_iter().map(|(v, l, lang)| view! { <option value=v lang=lang>{l}</option> }).collect_view()}
                            </select>
                        </div>
                    }
                }).collect_view()}
            </div>
            {move || {
                let problems = unknown();
                (!problems.is_empty()).then(|| view! {
                    <div class="notice" role="alert">{problems.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}</div>
                })
            }}
            <div class="filter-footer">
                <p class="count" role="status" aria-live="polite" id="match-count">
                    {move || { let (n, total) = shown.get(); i18n::t().matches(n, total, what) }}
                </p>
                <button type="button" class="secondary" on:click=clear disabled=move || !any_set()>{i18n::t().clear_filters()}</button>
            </div>
        </section>
    }
}

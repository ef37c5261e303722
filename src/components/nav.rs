//! The bar at the top of every view: sections, the exceptions count, and the period picker.

use crate::i18n;
use crate::route::View;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::{Period, PeriodKind};

#[component]
pub fn Nav() -> impl IntoView {
    let state = expect_context::<AppState>();
    let exceptions = Memo::new(move |_| state.report.with(|r| r.exceptions.len()));
    let view = Memo::new(move |_| state.route.with(|r| r.view));
    let link = move |target: View, label: Signal<String>| {
        let current = move || (view.get() == target).then_some("page");
        view! {
            <li><a href=move || state.href(target, None) aria-current=current>{move || label.get()}</a></li>
        }
    };
    view! {
        <nav class="sections" aria-label=i18n::t().nav_label()>
            <ul>
                {link(View::Overview, Signal::derive(|| i18n::t().nav_overview().to_string()))}
                {link(View::Exceptions, Signal::derive(move || i18n::t().exceptions_count(exceptions.get())))}
                {link(View::Indicators, Signal::derive(|| i18n::t().nav_indicators().to_string()))}
                {link(View::Actions, Signal::derive(|| i18n::t().nav_actions().to_string()))}
                {state.has_packs().then(|| link(View::Compare, Signal::derive(|| i18n::t().nav_compare().to_string())))}
            </ul>
            <PeriodPicker />
        </nav>
    }
}

#[component]
fn PeriodPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let periods = state.with_scorecard(|sc| sc.periods());
    let cal = state.with_scorecard(|sc| sc.calendar);
    let group = |kind: PeriodKind, label: &'static str, periods: &[Period]| {
        let options: Vec<Period> = periods.iter().copied().filter(|p| p.kind() == kind).rev().collect();
        (!options.is_empty()).then(|| {
            view! {
                <optgroup label=label>
                    {options.into_iter().map(|p| view! { <option value=p.to_string()>{i18n::t().period_long(p, cal)}</option> }).collect_view()}
                </optgroup>
            }
        })
    };
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let route = state.route.get_untracked().with("period", &value);
        state.navigate(&route);
    };
    view! {
        <div class="period-picker">
            <label for="period-select">{i18n::t().period_picker()}</label>
            <select id="period-select" on:change=on_change prop:value=move || state.period.get().to_string()>
                {group(PeriodKind::Quarter, i18n::t().periods_quarters(), &periods)}
                {group(PeriodKind::Month, i18n::t().periods_months(), &periods)}
                {group(PeriodKind::Year, i18n::t().periods_years(), &periods)}
            </select>
        </div>
    }
}

//! The council's name, the scorecard's title, the period shown and when the data was published.

use crate::i18n;
use leptos::prelude::*;
use scorecard_core::{Period, Scorecard};

#[component]
pub fn Header(
    org: String,
    title: String,
    period: Signal<Period>,
    published: String,
    calendar: scorecard_core::Calendar,
) -> impl IntoView {
    view! {
        <header class="masthead">
            <p class="org">{org}</p>
            <h1>{title}</h1>
            <p class="meta">
                <span class="period">{move || i18n::period_long(period.get(), calendar)}</span>
                " · "
                <span class="as-of">{i18n::DATA_AS_OF} " " <time>{published}</time></span>
            </p>
        </header>
    }
}

pub fn header_for(sc: &Scorecard, period: Signal<Period>) -> impl IntoView {
    let lang = sc.language().to_string();
    view! {
        <Header
            org=sc.organisation.name.get(&lang).to_string()
            title=sc.title.get(&lang).to_string()
            period=period
            published=i18n::date_long(sc.published)
            calendar=sc.calendar
        />
    }
}

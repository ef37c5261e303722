//! The council's name, the scorecard's title, the period shown and when the data was published.

use super::language_switch::LanguageSwitch;
use crate::i18n;
use leptos::prelude::*;
use scorecard_core::{Period, Scorecard};

#[component]
pub fn Header(
    /// Each with the language it is in where that is not the interface's.
    org: crate::language::Shown,
    title: crate::language::Shown,
    period: Signal<Period>,
    published: String,
    calendar: scorecard_core::Calendar,
) -> impl IntoView {
    view! {
        <header class="masthead">
            <LanguageSwitch />
            <p class="org" lang=org.1>{org.0}</p>
            <h1 lang=title.1>{title.0}</h1>
            <p class="meta">
                <span class="period">{move || i18n::t().period_long(period.get(), calendar)}</span>
                " · "
                <span class="as-of">{i18n::t().data_as_of()} " " <time>{published}</time></span>
            </p>
        </header>
    }
}

pub fn header_for(sc: &Scorecard, period: Signal<Period>) -> impl IntoView {
    use crate::language::text_in;
    view! {
        <Header
            org=text_in(sc, &sc.organisation.name)
            title=text_in(sc, &sc.title)
            period=period
            published=i18n::t().date_long(sc.published)
            calendar=sc.calendar
        />
    }
}

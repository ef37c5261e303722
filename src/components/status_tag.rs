//! A status in words and an icon as well as a colour (GOV.UK-style tag).

use crate::i18n;
use leptos::prelude::*;
use scorecard_core::Status;

fn icon(s: Status) -> &'static str {
    match s {
        Status::Green => "✓",
        Status::Amber => "!",
        Status::Red => "✕",
        Status::NoTarget => "~",
        Status::NoData => "–",
        Status::Suppressed => "◌",
    }
}

#[component]
pub fn StatusTag(status: Status) -> impl IntoView {
    view! {
        <span class=format!("tag tag-{}", status.as_str())>
            <span class="tag-icon" aria-hidden="true">{icon(status)}</span>
            {i18n::status_label(status)}
        </span>
    }
}

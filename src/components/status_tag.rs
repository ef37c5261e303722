//! A status in words and an icon as well as a colour (GOV.UK-style tag).

use crate::i18n;
use leptos::prelude::*;
use scorecard_core::{ActionStatus, Direction, Status};

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
            {i18n::t().status_label(status)}
        </span>
    }
}

#[component]
pub fn ActionTag(status: ActionStatus) -> impl IntoView {
    let colour = status.rag().map_or("no-target", |r| r.as_str());
    let icon = status.rag().map_or("–", |r| icon(r.into()));
    view! {
        <span class=format!("tag tag-{colour}") data-action-status=status.as_str()>
            <span class="tag-icon" aria-hidden="true">{icon}</span>
            {i18n::t().action_label(status)}
        </span>
    }
}

/// An indicator's or an action's status, where a panel or list shows either.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnyStatus {
    Indicator(Status),
    Action(ActionStatus),
}

impl AnyStatus {
    /// The file format's word (`red`, `at-risk`), for `data-status` and filter links.
    pub fn as_str(self) -> &'static str {
        match self {
            AnyStatus::Indicator(s) => s.as_str(),
            AnyStatus::Action(s) => s.as_str(),
        }
    }
}

#[component]
pub fn AnyTag(status: AnyStatus) -> impl IntoView {
    match status {
        AnyStatus::Indicator(s) => view! { <StatusTag status=s /> }.into_any(),
        AnyStatus::Action(s) => view! { <ActionTag status=s /> }.into_any(),
    }
}

/// Direction of travel in words with an arrow.
#[component]
pub fn DirectionTag(direction: Direction) -> impl IntoView {
    // Triangles say better or worse (whichever way the number moved); plain arrows say up
    // or down for indicators where neither is better.
    let arrow = match direction {
        Direction::Improving => "▲",
        Direction::Worsening => "▼",
        Direction::Up => "↑",
        Direction::Down => "↓",
        Direction::NoChange => "→",
        Direction::Unknown => "",
    };
    let class = match direction {
        Direction::Improving => "dir dir-better",
        Direction::Worsening => "dir dir-worse",
        _ => "dir",
    };
    view! {
        <span class=class data-direction=direction.as_str()>
            <span aria-hidden="true">{arrow} " "</span>
            {i18n::t().direction_label(direction)}
        </span>
    }
}

//! One stacked bar per service area, split by status, with a key of the statuses above.

use super::patterns::{self, Swatch};
use crate::i18n;
use crate::theme::status_colour;
use leptos::prelude::*;
use scorecard_core::Status;

/// A segment's count is written inside it when it is at least this share of the longest bar.
const ROOM_FOR_A_NUMBER: u32 = 8;

#[component]
pub fn Stack(
    /// Each service's name (and its language where it is not the interface's) and counts in
    /// the order of `Status::ALL`.
    #[prop(into)]
    rows: Signal<Vec<(crate::language::Shown, Vec<u32>)>>,
    /// The chart in one sentence, for screen readers.
    #[prop(into)]
    label: Signal<String>,
    /// Called with the clicked row and status.
    on_select: Callback<(usize, Status)>,
) -> impl IntoView {
    view! {
        <div class="drawn stack" role="img" aria-label=move || label.get()>
            <ul class="legend">
                {Status::ALL.iter().map(|s| view! {
                    <li data-status=s.as_str()>
                        <Swatch status=*s />
                        {i18n::t().status_short(*s)}
                    </li>
                }).collect_view()}
            </ul>
            {move || {
                let rows = rows.get();
                let most = rows.iter().map(|(_, c)| c.iter().sum::<u32>()).max().unwrap_or(0);
                rows.into_iter().enumerate().map(|(row, ((name, lang), counts))| {
                    let total: u32 = counts.iter().sum();
                    let mut at = 0u32;
                    let segments: Vec<_> = Status::ALL.iter().zip(counts).filter(|(_, n)| *n > 0).map(|(s, n)| {
                        let x = at;
                        at += n;
                        (*s, x, n)
                    }).collect();
                    view! {
                        <div class="stack-row">
                            <span class="stack-name" lang=lang>{name}</span>
                            <span class="stack-total">{total}</span>
                            <svg class="bar-track" width="100%" height="22" aria-hidden="true" focusable="false">
                                {segments.into_iter().map(|(s, x, n)| {
                                    let (left, width) = (super::percent(x, most), super::percent(n, most));
                                    let middle = super::percent(2 * x + n, 2 * most);
                                    let room = n * 100 >= most * ROOM_FOR_A_NUMBER;
                                    view! {
                                        <g data-status=s.as_str() on:click=move |_| on_select.run((row, s))>
                                            <rect x=left.clone() width=width.clone() height="22" fill=status_colour(s) />
                                            <rect x=left width=width height="22" fill=patterns::fill(s) />
                                            {room.then(|| view! { <text x=middle y="15" text-anchor="middle" stroke=status_colour(s) stroke-width="3" paint-order="stroke">{n}</text> })}
                                        </g>
                                    }
                                }).collect_view()}
                            </svg>
                        </div>
                    }
                }).collect_view()
            }}
        </div>
    }
}

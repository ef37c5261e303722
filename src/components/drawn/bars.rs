//! One bar per status with its name and count beside it: indicators or actions by status.

use leptos::prelude::*;

/// A bar: its label (the status's short name), count and colour.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub label: &'static str,
    pub count: u32,
    pub colour: &'static str,
}

#[component]
pub fn Bars(
    #[prop(into)] bars: Signal<Vec<Bar>>,
    /// The chart in one sentence, for screen readers.
    #[prop(into)]
    label: Signal<String>,
    /// Called with the clicked bar's index.
    on_select: Callback<u32>,
) -> impl IntoView {
    view! {
        <div class="drawn bars" role="img" aria-label=move || label.get()>
            {move || {
                let bars = bars.get();
                let most = bars.iter().map(|b| b.count).max().unwrap_or(0);
                bars.into_iter().enumerate().map(|(i, b)| view! {
                    <div class="bar-row" class:empty=b.count == 0 on:click=move |_| on_select.run(i as u32)>
                        <span class="bar-label">{b.label}</span>
                        <svg class="bar-track" width="100%" height="20" aria-hidden="true" focusable="false">
                            <rect width=super::percent(b.count, most) height="20" fill=b.colour />
                        </svg>
                        <span class="bar-count">{b.count}</span>
                    </div>
                }).collect_view()
            }}
        </div>
    }
}

//! An ECharts chart in a div, kept in step with its option and disposed with its component.

use crate::{echarts, i18n};
use leptos::html::Div;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;

struct Live {
    chart: echarts::Instance,
    _click: Option<Closure<dyn Fn(JsValue)>>,
}

#[component]
pub fn Chart(
    /// The ECharts option, rebuilt when the figures change.
    #[prop(into)]
    option: Signal<Value>,
    /// A one-sentence summary for screen readers.
    #[prop(into)]
    label: Signal<String>,
    #[prop(default = 240)] height: u32,
    /// Called with the clicked item's data index and series index.
    #[prop(optional)]
    on_select: Option<Callback<(u32, u32)>>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let live = StoredValue::new_local(None::<Live>);
    let failed = RwSignal::new(false);
    Effect::new(move |_| {
        let opt = option.get();
        let Some(el) = node.get() else { return };
        live.update_value(|slot| {
            if slot.is_none() {
                let Some(chart) = echarts::start(&el) else {
                    failed.set(true);
                    return;
                };
                let click = on_select.map(|cb| echarts::on_click(&chart, move |d, s| cb.run((d, s))));
                *slot = Some(Live { chart, _click: click });
            }
            if let Some(l) = slot.as_ref() {
                failed.set(!echarts::show(&l.chart, &opt));
            }
        });
    });
    on_cleanup(move || {
        live.try_update_value(|slot| {
            if let Some(l) = slot.take() {
                echarts::stop(&l.chart);
            }
        });
    });
    view! {
        <div class="chart-box">
            <div node_ref=node class="chart" role="img" aria-label=move || label.get() style=format!("height:{height}px")></div>
            <Show when=move || failed.get()>
                <p class="notice">{i18n::CHART_UNAVAILABLE}</p>
            </Show>
        </div>
    }
}

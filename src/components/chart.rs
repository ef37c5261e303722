//! An ECharts chart in a div, kept in step with its option and disposed with its component.

use crate::{echarts, i18n};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Dispatched on a chart's element by the ECharts bundle (`tools/echarts-entry.mjs`).
const FAILED_EVENT: &str = "scorecard-chart-failed";

struct Live {
    chart: echarts::Instance,
    _click: Option<Closure<dyn Fn(JsValue)>>,
    /// Told by the ECharts bundle when a part fetched later (the line chart) did not arrive.
    /// Removed on cleanup: the element may be reused for the next chart.
    on_failure: Option<(web_sys::HtmlElement, Closure<dyn Fn()>)>,
    /// Redraws the chart when its container changes size (window, rotation, layout).
    resize: Option<(web_sys::ResizeObserver, Closure<dyn Fn()>)>,
}

fn watch_size(
    el: &web_sys::HtmlElement,
    chart: &echarts::Instance,
) -> Option<(web_sys::ResizeObserver, Closure<dyn Fn()>)> {
    let handle: echarts::Instance =
        wasm_bindgen::JsCast::unchecked_into(AsRef::<JsValue>::as_ref(chart).clone());
    let closure = Closure::<dyn Fn()>::new(move || echarts::refit(&handle));
    let observer =
        web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(closure.as_ref())).ok()?;
    observer.observe(el);
    Some((observer, closure))
}

thread_local! {
    /// Charts waiting to be started, in the order they were drawn on the page.
    static WAITING: std::cell::RefCell<std::collections::VecDeque<Box<dyn FnOnce()>>> =
        Default::default();
}

/// Runs `start` in a later task, one chart per task, so the browser can paint in between,
/// once ECharts has arrived. ECharts is asked for only after the view has been painted: its
/// download must never stand between a reader and the figures.
fn queue(start: impl FnOnce() + 'static) {
    crate::tasks::after_first_paint(move || {
        echarts::when_loaded(move || {
            let first = WAITING.with_borrow_mut(|q| {
                q.push_back(Box::new(start));
                q.len() == 1
            });
            if first {
                next_chart();
            }
        })
    });
}

fn next_chart() {
    set_timeout(
        || {
            if let Some(start) = WAITING.with_borrow_mut(|q| q.pop_front()) {
                start();
            }
            if WAITING.with_borrow(|q| !q.is_empty()) {
                next_chart();
            }
        },
        std::time::Duration::ZERO,
    );
}

#[component]
pub fn Chart(
    /// The ECharts option as JSON text, rebuilt when the figures change.
    #[prop(into)]
    option: Signal<String>,
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
    let queued = StoredValue::new(false);
    Effect::new(move |_| {
        let opt = option.get();
        let Some(el) = node.get() else { return };
        let started = live.with_value(Option::is_some);
        if started {
            live.with_value(|slot| {
                if let Some(l) = slot.as_ref() {
                    failed.set(!echarts::show(&l.chart, &opt));
                }
            });
        } else if !queued.get_value() {
            // A chart is started in a task of its own, after the figures around it are drawn:
            // the page's numbers and tables paint first, then each chart in turn, instead of
            // every chart holding the first paint back (seconds on a slow phone).
            queued.set_value(true);
            queue(move || {
                // The view may have gone (or the option changed) while this waited.
                let Some(opt) = option.try_get_untracked() else { return };
                live.try_update_value(|slot| {
                    let Some(chart) = echarts::start(&el) else {
                        failed.set(true);
                        return;
                    };
                    let click = on_select.map(|cb| echarts::on_click(&chart, move |d, s| cb.run((d, s))));
                    let resize = watch_size(&el, &chart);
                    let on_failure = Closure::<dyn Fn()>::new(move || failed.set(true));
                    let told = el
                        .add_event_listener_with_callback(FAILED_EVENT, on_failure.as_ref().unchecked_ref())
                        .is_ok();
                    let on_failure = told.then(|| (el.clone().into(), on_failure));
                    failed.set(!echarts::show(&chart, &opt));
                    *slot = Some(Live { chart, _click: click, on_failure, resize });
                });
            });
        }
    });
    // Tooltips open on tap as well as hover; Escape or a tap outside the chart closes them.
    let hide_outside = move |target: Option<web_sys::EventTarget>| {
        let inside = match (
            node.get_untracked(),
            target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok()),
        ) {
            (Some(el), Some(t)) => el.contains(Some(&t)),
            _ => false,
        };
        if !inside {
            live.with_value(|slot| slot.as_ref().map(|l| echarts::hide_tip(&l.chart)));
        }
    };
    // A page written ahead of time has no window: the chart is drawn once the app runs.
    if crate::tasks::in_browser() {
        let keys = window_event_listener(leptos::ev::keydown, move |e| {
            if e.key() == "Escape" {
                live.with_value(|slot| slot.as_ref().map(|l| echarts::hide_tip(&l.chart)));
            }
        });
        let taps = window_event_listener(leptos::ev::pointerdown, move |e| hide_outside(e.target()));
        on_cleanup(move || {
            keys.remove();
            taps.remove();
            live.try_update_value(|slot| {
                if let Some(l) = slot.take() {
                    if let Some((observer, _)) = &l.resize {
                        observer.disconnect();
                    }
                    if let Some((el, closure)) = &l.on_failure {
                        let _ = el.remove_event_listener_with_callback(
                            FAILED_EVENT,
                            closure.as_ref().unchecked_ref(),
                        );
                    }
                    echarts::stop(&l.chart);
                }
            });
        });
    }
    view! {
        <div class="chart-box">
            <div node_ref=node class="chart" role="img" aria-label=move || label.get() style=format!("height:{height}px")></div>
            <Show when=move || failed.get()>
                <p class="notice">{i18n::t().chart_unavailable()}</p>
            </Show>
        </div>
    }
}

//! An ECharts chart in a div, kept in step with its option and disposed with its component.
//!
//! A chart a written page draws (`written`: an indicator's history, `drawn/line.rs`): landing
//! on that page, the app keeps a copy of the drawing and starts ECharts only when the reader
//! reaches for the chart (a pointer over it, which a tap is too), so the page runs no chart
//! library while it loads. Keyboard and screen reader users have the table beside it, as for
//! every chart.

use crate::tasks::{run, Phase};
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

/// Where `e`'s pointer is in `el`, if over it.
fn pointer_in(el: &web_sys::HtmlDivElement, e: &web_sys::PointerEvent) -> Option<(i32, i32)> {
    let target = e.target()?.dyn_into::<web_sys::Node>().ok()?;
    el.contains(Some(&target)).then(|| {
        let r = el.get_bounding_client_rect();
        (e.client_x() - r.left() as i32, e.client_y() - r.top() as i32)
    })
}

impl Live {
    /// ECharts started in `el` showing `opt` (`failed` says whether it could), or `None`
    /// without ECharts.
    fn start(
        el: &web_sys::HtmlDivElement,
        opt: &str,
        on_select: Option<Callback<(u32, u32)>>,
        failed: RwSignal<bool>,
    ) -> Option<Live> {
        let chart = echarts::start(el)?;
        let click = on_select.map(|cb| echarts::on_click(&chart, move |d, s| cb.run((d, s))));
        let resize = watch_size(el, &chart);
        let on_failure = Closure::<dyn Fn()>::new(move || failed.set(true));
        let told =
            el.add_event_listener_with_callback(FAILED_EVENT, on_failure.as_ref().unchecked_ref()).is_ok();
        let on_failure = told.then(|| (el.clone().into(), on_failure));
        failed.set(!echarts::show(&chart, opt));
        Some(Live { chart, _click: click, on_failure, resize })
    }

    fn stop(self) {
        if let Some((observer, _)) = &self.resize {
            observer.disconnect();
        }
        if let Some((el, closure)) = &self.on_failure {
            let _ = el.remove_event_listener_with_callback(FAILED_EVENT, closure.as_ref().unchecked_ref());
        }
        echarts::stop(&self.chart);
    }
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

/// Runs `start` in a later task, one chart per task in page order (`Phase::Idle`), so the
/// browser can paint in between, once ECharts has arrived. ECharts is asked for only after the
/// view has been painted: its download must never stand between a reader and the figures.
fn queue(start: impl FnOnce() + 'static) {
    run(Phase::FirstPaint, move || echarts::when_loaded(move || run(Phase::Idle, start)));
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
    /// A chart a written page draws (an indicator's history): see the module's comment.
    #[prop(optional)]
    written: bool,
    /// The drawing, in a page written ahead of time (natively, or in the site writer's wasm).
    #[prop(default = None)]
    drawing: Option<AnyView>,
) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let live = StoredValue::new_local(None::<Live>);
    let failed = RwSignal::new(false);
    let queued = StoredValue::new(false);
    // Showing the written page's drawing, and where the reader's pointer reached it: ECharts'
    // tooltip opens there once started, so the first hover or tap is answered.
    let still = StoredValue::new(false);
    let woken_at = StoredValue::new(None::<(i32, i32)>);
    let begin = move |el: web_sys::HtmlDivElement| {
        // A chart is started in a task of its own, after the figures around it are drawn:
        // the page's numbers and tables paint first, then each chart in turn, instead of
        // every chart holding the first paint back (seconds on a slow phone).
        queued.set_value(true);
        queue(move || {
            // The view may have gone (or the option changed) while this waited.
            let Some(opt) = option.try_get_untracked() else { return };
            live.try_update_value(|slot| {
                // Without ECharts a drawing stays as it is (only its tooltips are missing);
                // any other chart says it could not be drawn.
                let Some(started) = Live::start(&el, &opt, on_select, failed) else {
                    failed.set(!still.get_value());
                    return;
                };
                // ECharts draws beside what the element holds: the drawing (its first child)
                // goes before the browser paints again.
                if let Some(drawing) = el.first_element_child().filter(|_| still.get_value()) {
                    drawing.remove();
                }
                if let Some((x, y)) = woken_at.get_value() {
                    echarts::show_tip(&started.chart, x, y);
                }
                *slot = Some(started);
            });
        });
    };
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
            if !still.get_value() && written && crate::first_view::drawing_into(&el) {
                // The chart's menu draws an image from the option meanwhile.
                still.set_value(true);
                let _ = el.set_attribute("data-option", &opt);
            } else {
                // Not drawn ahead, or the drawing no longer shows these figures (another
                // period or language).
                begin(el);
            }
        }
    });
    // A pointer reaching a chart shown as its drawing (hover, or a tap) starts ECharts, its
    // tooltip open where the pointer is. Tooltips open on tap as well as hover; Escape or a
    // pointer elsewhere on the page closes them.
    let hide = move || live.with_value(|slot| slot.as_ref().map(|l| echarts::hide_tip(&l.chart)));
    let reach = move |e: web_sys::PointerEvent| match node
        .get_untracked()
        .and_then(|el| Some((pointer_in(&el, &e)?, el)))
    {
        Some((at, el)) if still.get_value() && !queued.get_value() => {
            woken_at.set_value(Some(at));
            begin(el);
        }
        Some(_) => {}
        None => _ = hide(),
    };
    // A page written ahead of time has no window: the chart is drawn once the app runs.
    if crate::tasks::in_browser() {
        let keys = window_event_listener(leptos::ev::keydown, move |e| {
            if e.key() == "Escape" {
                hide();
            }
        });
        let taps = window_event_listener(leptos::ev::pointerdown, reach);
        let hovers = window_event_listener(leptos::ev::pointerover, reach);
        on_cleanup(move || {
            keys.remove();
            taps.remove();
            hovers.remove();
            live.try_update_value(|slot| slot.take().map(Live::stop));
        });
    }
    view! {
        <div class="chart-box">
            <div node_ref=node class="chart" role="img" aria-label=move || label.get() style=format!("height:{height}px")>
                {written_drawing(drawing)}
            </div>
            <Show when=move || failed.get()>
                <p class="notice">{i18n::t().chart_unavailable()}</p>
            </Show>
        </div>
    }
}

/// The drawing a written page carries (`drawn/line.rs`), as the chart element's content.
#[cfg(any(not(target_arch = "wasm32"), feature = "prerender"))]
fn written_drawing(drawing: Option<AnyView>) -> impl IntoView {
    drawing.map(|d| view! { <div class="still" aria-hidden="true">{d}</div> })
}

/// The dashboard's own wasm never writes a drawing: it keeps the written page's.
#[cfg(all(target_arch = "wasm32", not(feature = "prerender")))]
fn written_drawing(_: Option<AnyView>) {}

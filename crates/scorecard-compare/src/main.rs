//! The comparison: its views, its benchmark packs' loading and its charts, in a wasm of their
//! own. The dashboard fetches it the first time a view compares councils
//! (`scorecard_app::components::lazy`) and calls [`mount`] with one request
//! (`scorecard_app::comparing::CompareRequest`) and the element to draw in; it gets back a
//! [`Comparison`], which moves the drawn view to another route or unmounts it. The module
//! reads the scorecard itself (from the browser's cache: the dashboard has just fetched it)
//! and draws with the dashboard's own components and state; nothing of it is in the
//! dashboard's first view, by the crate graph.

mod charts;
mod comparison;
mod packs;
mod views;

use leptos::prelude::*;
use scorecard_app::comparing::{CompareRequest, Compared, COMPARE_REQUEST};
use scorecard_app::route::Route;
use scorecard_app::state::AppState;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

fn main() {
    scorecard_app::set_panic_hook();
    // Reading the scorecard spawns tasks before anything is mounted (mounting would start it).
    let _ = any_spawner::Executor::init_wasm_bindgen();
}

type Handle = leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>;

/// What a comparison holds once drawn. Dropped, it is released: the view unmounted (its
/// reactive state and its packs' data with it) and its listener removed.
struct Drawn {
    _handle: Handle,
    listener: Option<WindowListenerHandle>,
}

impl Drop for Drawn {
    fn drop(&mut self) {
        if let Some(listener) = self.listener.take() {
            listener.remove();
        }
    }
}

/// A comparison drawn into an element, as the dashboard holds it.
#[wasm_bindgen]
pub struct Comparison {
    route: RwSignal<Route>,
    drawn: Rc<RefCell<Option<Drawn>>>,
    /// Unmounted before the scorecard was read: nothing is drawn when it arrives.
    gone: Rc<Cell<bool>>,
}

#[wasm_bindgen]
impl Comparison {
    /// Moves the drawn view to the route `hash` (another group, period or filter): the
    /// reader's focus and scroll stay where they are.
    pub fn route(&self, hash: String) {
        self.route.set(Route::parse(&hash));
    }

    /// Releases what was drawn: the view, its packs' data, its listeners.
    pub fn unmount(self) {
        self.gone.set(true);
        self.route.dispose();
        // Taken out before it is dropped: an unmount may run code that asks what is drawn.
        let drawn = self.drawn.borrow_mut().take();
        drop(drawn);
    }
}

/// Draws what `request` (a [`CompareRequest`] as JSON) asks into `el`. Refuses a request from
/// another build, naming it, rather than drawing something else.
#[wasm_bindgen]
pub fn mount(request: String, el: web_sys::HtmlElement) -> Result<Comparison, String> {
    // The version first: another build's request may have another shape, which is said as
    // another build, not as a field serde misses.
    let version =
        serde_json::from_str::<serde_json::Value>(&request).ok().and_then(|v| v["version"].as_u64());
    if version != Some(COMPARE_REQUEST.into()) {
        return Err(scorecard_app::i18n::paper().report_other_build().to_string());
    }
    let request: CompareRequest = serde_json::from_str(&request).map_err(|e| e.to_string())?;
    if let Some(l) = scorecard_app::i18n::Lang::parse(&request.lang) {
        scorecard_app::i18n::set_lang(l);
    }
    let comparison = Comparison {
        route: RwSignal::new(Route::parse(&request.hash)),
        drawn: Rc::default(),
        gone: Rc::default(),
    };
    let (route, drawn, gone) = (comparison.route, comparison.drawn.clone(), comparison.gone.clone());
    match request.what.clone() {
        Compared::Pack { area } => *drawn.borrow_mut() = Some(pack_alone(request, area, el, route)),
        what => leptos::task::spawn_local(async move {
            let allowed = request.allowed.clone();
            let read = scorecard_app::load::load(request.src.clone(), &allowed).await;
            // Left while the file was read: nothing to draw, and nothing to keep.
            if gone.get() || !el.is_connected() {
                return;
            }
            *drawn.borrow_mut() = Some(match read {
                Ok(data) => with_scorecard(request, what, Arc::new(data), el, route),
                // The dashboard read it a moment ago; if this reading fails, say so in place.
                Err(e) => failed(el, e.message),
            });
        }),
    }
    Ok(comparison)
}

/// A view that compares the scorecard's linked indicators, with the dashboard's state and the
/// packs the scorecard names in context.
fn with_scorecard(
    request: CompareRequest,
    what: Compared,
    data: Arc<scorecard_app::load::Dataset>,
    el: web_sys::HtmlElement,
    route: RwSignal<Route>,
) -> Drawn {
    let mounted = request.mounted;
    let embed = scorecard_app::embed::Embed::for_module(request.allowed.clone(), mounted);
    let handle = leptos::mount::mount_to(el, move || {
        provide_context(embed.clone());
        let packs =
            packs::Packs::new(data.url.clone(), request.allowed.clone(), data.scorecard.packs.clone());
        provide_context(packs);
        provide_context(AppState::new(data.clone(), route, mounted));
        let follow = move |e: leptos::ev::MouseEvent| {
            if mounted {
                scorecard_app::app::follow_own_link(&e, route);
            }
        };
        let inner = match what {
            Compared::Peers { indicator } => view! { <views::peers::Peers index=indicator /> }.into_any(),
            Compared::Card => view! { <views::compare::QuartileCard /> }.into_any(),
            _ => view! { <views::compare::CompareView /> }.into_any(),
        };
        view! { <div class="compare-module" on:click=follow>{inner}</div> }.into_any()
    });
    Drawn { _handle: handle, listener: None }
}

/// What could not be drawn, said where it would have been.
fn failed(el: web_sys::HtmlElement, reason: String) -> Drawn {
    let handle = leptos::mount::mount_to(el, move || {
        let said = scorecard_app::i18n::t().compare_failed(&reason);
        view! { <p class="notice" role="alert">{said}</p> }.into_any()
    });
    Drawn { _handle: handle, listener: None }
}

/// A benchmark pack on its own: every measure for `area`, with no scorecard; it follows the
/// page's address itself (the dashboard has no route of its own to hand it).
fn pack_alone(
    request: CompareRequest,
    area: String,
    el: web_sys::HtmlElement,
    route: RwSignal<Route>,
) -> Drawn {
    let listener =
        window_event_listener(leptos::ev::hashchange, move |_| route.set(scorecard_app::route::current()));
    let (url, allowed) = (request.src, request.allowed);
    let handle = leptos::mount::mount_to(el, move || {
        view! { <views::pack_only::PackOnly url=url.clone() area=area.clone() route=route allowed=allowed.clone() /> }.into_any()
    });
    Drawn { _handle: handle, listener: Some(listener) }
}

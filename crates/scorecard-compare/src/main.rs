//! The comparison views, as a module of their own: the dashboard fetches this wasm the first
//! time a view compares councils (`scorecard_app::components::lazy`), and calls [`mount`]
//! with the element to draw in. It reads the scorecard itself (from the browser's cache: the
//! dashboard has just fetched it) and draws with the dashboard's own components and state.

use leptos::prelude::*;
use scorecard_app::route::Route;
use scorecard_app::state::AppState;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

fn main() {
    scorecard_app::set_panic_hook();
    // Reading the scorecard spawns tasks before anything is mounted (mounting would start it).
    let _ = any_spawner::Executor::init_wasm_bindgen();
}

type Handle = leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>;

/// What is drawn in an element: the view, and what it was drawn for, so that a change of
/// route alone moves the drawn view's route (the reader's focus and scroll stay where they
/// are) and anything else draws it again.
/// Dropped, it is released: the view unmounted (its reactive state with it) and its listener
/// removed.
struct Drawn {
    el: web_sys::HtmlElement,
    _handle: Handle,
    /// What, which scorecard, which language.
    key: (String, String, String),
    route: Option<RwSignal<Route>>,
    listener: Option<WindowListenerHandle>,
}

impl Drop for Drawn {
    fn drop(&mut self) {
        if let Some(listener) = self.listener.take() {
            listener.remove();
        }
    }
}

thread_local! {
    static DRAWN: std::cell::RefCell<Vec<Drawn>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// What is drawn in `el`, taken out of [`DRAWN`] (dropped by the caller, after the borrow: an
/// unmount may run code that asks what is drawn).
fn take(el: &web_sys::HtmlElement) -> Vec<Drawn> {
    DRAWN.with_borrow_mut(|d| {
        let (gone, kept) = std::mem::take(d).into_iter().partition(|x| x.el == *el);
        *d = kept;
        gone
    })
}

/// Keeps what is now drawn in `el`, releasing what was.
fn keep(drawn: Drawn) {
    let gone = take(&drawn.el);
    drop(gone);
    DRAWN.with_borrow_mut(|d| d.push(drawn));
}

/// Releases what is drawn in `el`: the dashboard calls this when the view that placed it is
/// left (`components/lazy.rs`), so a comparison left holds nothing (its view, its packs' data,
/// its listeners).
#[wasm_bindgen]
pub fn unmount(el: web_sys::HtmlElement) {
    drop(take(&el));
}

/// Draws `what` (`compare`, `peers/INDEX` for the indicator at INDEX, `card`) into `el`, for the
/// scorecard at `data_url`, in the language `lang`, at the route `hash`. `allowed` lists the
/// origins data may come from besides the page's (space-separated); `mounted` is true in a
/// host page (links then change the view in memory, not the host's address).
#[wasm_bindgen]
pub fn mount(
    el: web_sys::HtmlElement,
    what: String,
    data_url: String,
    lang: String,
    hash: String,
    allowed: String,
    mounted: bool,
) {
    let key = (what.clone(), data_url.clone(), lang.clone());
    let moved = DRAWN.with_borrow(|d| {
        d.iter()
            .find(|x| x.el == el && x.key == key)
            .and_then(|x| x.route)
            .map(|r| r.set(Route::parse(&hash)))
    });
    if moved.is_some() {
        return;
    }
    let (what, index) = match what.split_once('/') {
        Some((w, i)) => (w.to_string(), i.parse().unwrap_or(0)),
        None => (what, 0),
    };
    if let Some(l) = scorecard_app::i18n::Lang::parse(&lang) {
        scorecard_app::i18n::set_lang(l);
    }
    let allowed: Vec<String> = allowed.split_whitespace().map(str::to_string).collect();
    leptos::task::spawn_local(async move {
        let Ok(data) = scorecard_app::load::load(data_url, &allowed).await else { return };
        // Left while the file was read: nothing to draw, and nothing to keep.
        if !el.is_connected() {
            return;
        }
        let data = Arc::new(data);
        let route = RwSignal::new(Route::parse(&hash));
        let embed = scorecard_app::embed::Embed::for_module(allowed, mounted);
        let handle = leptos::mount::mount_to(el.clone(), move || {
            provide_context(embed.clone());
            let state = AppState::new(data.clone(), route, mounted);
            provide_context(state);
            let follow = move |e: leptos::ev::MouseEvent| {
                if mounted {
                    scorecard_app::app::follow_own_link(&e, route);
                }
            };
            let inner = match what.as_str() {
                "peers" => view! { <scorecard_app::components::peers::Peers index=index /> }.into_any(),
                "card" => view! { <scorecard_app::components::compare::QuartileCard /> }.into_any(),
                _ => view! { <scorecard_app::components::compare::CompareView /> }.into_any(),
            };
            view! { <div class="compare-module" on:click=follow>{inner}</div> }.into_any()
        });
        keep(Drawn { el, _handle: handle, key, route: Some(route), listener: None });
    });
}

/// Draws a benchmark pack on its own (`?pack=URL&area=CODE`) into `el`: every measure for the
/// area, with no scorecard.
#[wasm_bindgen]
pub fn mount_pack(
    el: web_sys::HtmlElement,
    url: String,
    area: String,
    lang: String,
    hash: String,
    allowed: String,
) {
    if let Some(l) = scorecard_app::i18n::Lang::parse(&lang) {
        scorecard_app::i18n::set_lang(l);
    }
    let allowed: Vec<String> = allowed.split_whitespace().map(str::to_string).collect();
    let route = RwSignal::new(Route::parse(&hash));
    let listener = leptos::prelude::window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(scorecard_app::route::current())
    });
    let handle = leptos::mount::mount_to(el.clone(), move || {
        view! { <scorecard_app::components::pack_only::PackOnly url=url.clone() area=area.clone() route=route allowed=allowed.clone() /> }.into_any()
    });
    let key = (String::new(), String::new(), String::new());
    keep(Drawn { el, _handle: handle, key, route: None, listener: Some(listener) });
}

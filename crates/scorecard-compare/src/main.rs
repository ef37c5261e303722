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
struct Drawn {
    el: web_sys::HtmlElement,
    _handle: Handle,
    /// What, which scorecard, which language.
    key: (String, String, String),
    route: Option<RwSignal<Route>>,
}

thread_local! {
    static DRAWN: std::cell::RefCell<Vec<Drawn>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps what is now drawn in `el`, replacing what was.
fn keep(drawn: Drawn) {
    DRAWN.with_borrow_mut(|d| {
        d.retain(|x| x.el != drawn.el);
        d.push(drawn);
    });
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
        keep(Drawn { el, _handle: handle, key, route: Some(route) });
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
    std::mem::forget(listener);
    let handle = leptos::mount::mount_to(el.clone(), move || {
        view! { <scorecard_app::components::pack_only::PackOnly url=url.clone() area=area.clone() route=route allowed=allowed.clone() /> }.into_any()
    });
    keep(Drawn { el, _handle: handle, key: (String::new(), String::new(), String::new()), route: None });
}

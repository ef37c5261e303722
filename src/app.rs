//! The page: loading, the error page, or the dashboard.

use crate::components::error_page::{ErrorPage, LeftOutPanel};
use crate::components::header::header_for;
use crate::components::actions::ActionsView;
use crate::components::exceptions::ExceptionsView;
use crate::components::group_page::GroupPage;
use crate::components::indicator_detail::IndicatorDetail;
use crate::components::indicators::IndicatorsView;
use crate::components::nav::Nav;
use crate::components::not_found::NotFound;
use crate::components::overview::Overview;
use crate::i18n;
use crate::load::{load, Dataset, LoadError, DEFAULT_SRC};
use crate::route;
use crate::state::AppState;
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;

type Loaded = Option<Result<Arc<Dataset>, LoadError>>;

#[component]
pub fn App() -> impl IntoView {
    let loaded: RwSignal<Loaded> = RwSignal::new(None);
    let update_ready = RwSignal::new(false);
    crate::offline::register(update_ready);
    let src = route::page_src().unwrap_or_else(|| DEFAULT_SRC.to_string());
    leptos::task::spawn_local(async move {
        let result = load(src).await.map(Arc::new);
        loaded.set(Some(result));
    });
    let skip = |e: ev::MouseEvent| {
        // A plain href="#main" would change the hash, which holds the view.
        e.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&main).focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{i18n::SKIP_TO_CONTENT}</a>
        <Show when=move || update_ready.get()>
            <div class="update-banner" role="status">
                <p>{i18n::UPDATE_READY}</p>
                <button type="button" on:click=|_| crate::offline::apply_update()>{i18n::RELOAD}</button>
            </div>
        </Show>
        <main id="main" tabindex="-1" aria-busy=move || loaded.with(Option::is_none).to_string()>
            {move || match loaded.get() {
                None => view! { <p class="loading" role="status">{i18n::LOADING}</p> }.into_any(),
                Some(Err(error)) => view! { <ErrorPage error=error /> }.into_any(),
                Some(Ok(data)) => view! { <Dashboard data=data /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn Dashboard(data: Arc<Dataset>) -> impl IntoView {
    let route = RwSignal::new(route::current());
    let _listener = window_event_listener(ev::hashchange, move |_| route.set(route::current()));
    let state = AppState::new(data.clone(), route);
    provide_context(state);
    let period = Signal::derive(move || state.period.get());
    // Only a change of view or item re-renders the view; filters and the period update the
    // parts that show them, so typing in the search box keeps its focus.
    let page = Memo::new(move |_| route.with(|r| (r.view.clone(), r.id.clone())));
    // The running header of printed pages names the council, the period and the data date.
    let print_header = {
        let sc = &data.scorecard;
        let lang = crate::filter::lang(sc).to_string();
        let (org, title, published, cal) = (sc.organisation.name.get(&lang).to_string(), sc.title.get(&lang).to_string(), sc.published, sc.calendar);
        move |p| i18n::print_header(&org, &title, &i18n::period_long(p, cal), &i18n::date_long(published))
    };
    Effect::new(move |_| {
        let text = print_header(state.period.get());
        if let Some(root) = document().document_element() {
            let quoted = format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""));
            let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&root).style().set_property("--print-header", &quoted);
        }
    });
    view! {
        {header_for(&data.scorecard, period)}
        {data.saved.map(|saved| view! {
            <p class="offline-notice" role="status">{i18n::offline_notice(&i18n::date_long(saved), &i18n::date_long(data.scorecard.published))}</p>
        })}
        <Nav />
        {move || state.bad_period.get().map(|p| view! { <p class="notice" role="alert">{i18n::PERIOD_NOT_IN_FILE} " " <code>{p}</code></p> })}
        <LeftOutPanel diagnostics=data.diagnostics.clone() count=data.left_out.total() />
        <div id="view">
            {move || {
                let (view, id) = page.get();
                match (view.as_str(), id) {
                    ("overview", _) => view! { <Overview /> }.into_any(),
                    ("exceptions", _) => view! { <ExceptionsView /> }.into_any(),
                    ("indicators", _) => view! { <IndicatorsView /> }.into_any(),
                    ("actions", _) => view! { <ActionsView /> }.into_any(),
                    ("indicator", Some(id)) => view! { <IndicatorDetail id=id /> }.into_any(),
                    ("service", Some(id)) => view! { <GroupPage kind="service" id=id /> }.into_any(),
                    ("priority", Some(id)) => view! { <GroupPage kind="priority" id=id /> }.into_any(),
                    _ => view! { <NotFound /> }.into_any(),
                }
            }}
        </div>
    }
}

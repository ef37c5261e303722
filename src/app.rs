//! The page: loading, the error page, or the dashboard; and what differs between the
//! dashboard's own page, an iframe, and a mount in a host page.

use crate::components::actions::ActionsView;
use crate::components::error_page::{ErrorPage, LeftOutPanel};
use crate::components::exceptions::ExceptionsView;
use crate::components::group_page::GroupPage;
use crate::components::header::header_for;
use crate::components::indicator_detail::IndicatorDetail;
use crate::components::indicators::IndicatorsView;
use crate::components::nav::Nav;
use crate::components::not_found::NotFound;
use crate::components::overview::Overview;
use crate::embed::{Embed, Mode};
use crate::i18n;
use crate::language;
use crate::load::{load, Dataset, LoadError};
use crate::route::{self, Route, View};
use crate::state::AppState;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use scorecard_core::GroupKind;
use std::sync::Arc;
use wasm_bindgen::JsCast;

type Loaded = Option<Result<Arc<Dataset>, LoadError>>;

/// The dashboard. `written` is a scorecard already read, given when the page's first view is
/// written as HTML ahead of time (`prerender.rs`): then nothing is fetched, listened to or
/// scheduled, since no browser is there.
#[component]
pub fn App(embed: Embed, #[prop(optional)] written: Option<Arc<Dataset>>) -> impl IntoView {
    let mounted = embed.mounted();
    let ahead = written.is_some();
    let loaded: RwSignal<Loaded> = RwSignal::new(written.map(Ok));
    let update_ready = RwSignal::new(false);
    // Whether the dashboard's view has been drawn after its header (`Dashboard`): the page is
    // busy until then.
    let framed = RwSignal::new(ahead);
    // The dashboard's own page or iframe, running: it owns the page's address, language and
    // offline worker.
    let own_page = !mounted && !ahead;
    let route = RwSignal::new(if mounted || ahead {
        Route::parse(embed.view.as_deref().unwrap_or(""))
    } else {
        route::current()
    });
    if own_page {
        // A host page's URL is the host's: only the dashboard's own page (or iframe) uses it.
        follow_address(route);
    }
    let src = embed.scorecard_file(|| crate::embed::meta("scorecard-src"));
    let allowed = embed.allowed_origins.clone();
    // A pack on its own (`?pack=URL&area=CODE`): no scorecard is loaded.
    let pack_only = embed.pack_alone();
    let for_pack = allowed.clone();
    // A pack on its own is never busy loading a scorecard: its own view says what it waits for.
    let alone = pack_only.is_some();
    // Until the first view is drawn: the figures, an error, or a pack's own view.
    let busy = move || {
        !alone
            && loaded.with(|l| match l {
                None => true,
                Some(Ok(_)) => !framed.get(),
                Some(Err(_)) => false,
            })
    };
    // In an iframe: the parent is told the dashboard's height whenever it changes.
    let report = match &embed.mode {
        Mode::Frame { parent_origin: Some(origin) } if !ahead => report_height(origin.clone()),
        _ => None,
    };
    if own_page {
        once_drawn(busy, report, update_ready);
    }
    if pack_only.is_none() && !ahead {
        read_into(loaded, src, allowed, own_page);
    }
    let root = NodeRef::<Div>::new();
    // Links inside a mounted dashboard change its own view, never the host page's URL; in a
    // published site, a link to another view's page draws that view without loading the page.
    let site = embed.site && own_page;
    let intercept = move |e: ev::MouseEvent| {
        if mounted {
            follow_own_link(&e, route);
        } else if site {
            follow_site_link(&e, route);
        }
    };
    let skip = move |e: ev::MouseEvent| {
        // A plain href="#main" would change the hash, which holds the view.
        e.prevent_default();
        if let Some(main) = root.get_untracked().and_then(|r| r.query_selector("main").ok().flatten()) {
            let _ = main.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    };
    let brand = embed.brand.clone();
    root.on_load(move |el| crate::theme::apply(&el, brand.as_deref()));
    let logo = embed.logo.clone();
    let lang = interface_language(&embed, ahead, route, loaded);
    if own_page {
        // A host page's `<html lang>` is the host's; the root element says it there instead.
        Effect::new(move |_| {
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", lang.get().code());
            }
        });
    }
    provide_context(embed);
    view! {
        <div class="scorecard-root" node_ref=root on:click=intercept lang=move || lang.get().code()>
            // Everything is drawn again in the new language on a switch: the view and its
            // filters are in the route, which outlives this.
            {move || {
                i18n::set_lang(lang.get());
                let logo = logo.clone();
                let (pack_only, for_pack) = (pack_only.clone(), for_pack.clone());
                view! {
                    {(!mounted).then(|| view! { <a class="skip-link" href="#main" on:click=skip>{i18n::t().skip_to_content()}</a> })}
                    <Show when=move || update_ready.get()>
                        <div class="update-banner" role="status">
                            <p>{i18n::t().update_ready()}</p>
                            <button type="button" on:click=|_| crate::offline::apply_update()>{i18n::t().reload()}</button>
                        </div>
                    </Show>
                    <main id="main" tabindex="-1" aria-busy=move || busy().to_string()>
                        {logo.map(|src| view! { <img class="logo" src=src alt="" /> })}
                        {move || match (loaded.get(), pack_only.clone()) {
                            (_, Some((url, area))) => view! { <crate::components::lazy::LazyPack url=url area=area allowed=for_pack.clone() /> }.into_any(),
                            (None, None) => view! { <p class="loading" role="status">{i18n::t().loading()}</p> }.into_any(),
                            (Some(Err(error)), None) => view! { <ErrorPage error=error /> }.into_any(),
                            (Some(Ok(data)), None) => view! { <Dashboard data=data route=route mounted=mounted framed=framed /> }.into_any(),
                        }}
                    </main>
                }
            }}
        </div>
    }
}

/// Once the first view is on screen, an iframe's parent is told its height and the offline
/// worker is registered: installing it fetches the whole app again, which must not compete
/// with the figures on a slow line.
fn once_drawn(
    busy: impl Fn() -> bool + 'static,
    report: Option<std::rc::Rc<dyn Fn()>>,
    update_ready: RwSignal<bool>,
) {
    let registered = StoredValue::new(false);
    Effect::new(move |_| {
        if !busy() && !registered.get_value() {
            registered.set_value(true);
            let report = report.clone();
            crate::tasks::run(crate::tasks::Phase::AfterPaint, move || {
                // Once, now: taking the written overview's place changes no size, so the
                // frame's observer would not say.
                if let Some(send) = report {
                    send();
                }
                crate::offline::register(update_ready);
            });
        }
    });
}

/// Reads the scorecard at `src` into `loaded`, in a task of its own, and drawing it in the
/// next (`tasks.rs`). On the dashboard's own page, a page written from another version of the
/// file gives way at once.
fn read_into(loaded: RwSignal<Loaded>, src: String, allowed: Vec<String>, own_page: bool) {
    leptos::task::spawn_local(async move {
        let result = load(src, &allowed).await.map(|mut data| {
            if own_page {
                data.stale_page = crate::first_view::check(&data.url, &data.version);
            }
            Arc::new(data)
        });
        crate::tasks::next_task().await;
        loaded.set(Some(result));
    });
}

/// The interface's language: asked for by the link, the page, the reader's last choice or the
/// browser, among those the file offers once it has loaded. (A page written ahead of time
/// speaks the language it was written in.)
fn interface_language(
    embed: &Embed,
    ahead: bool,
    route: RwSignal<Route>,
    loaded: RwSignal<Loaded>,
) -> Memo<i18n::Lang> {
    let asked = if ahead {
        language::Asked { page: embed.lang.clone(), ..Default::default() }
    } else {
        language::asked(None, embed.lang.clone())
    };
    Memo::new(move |_| {
        let link = route.with(|r| r.param("lang").map(str::to_string));
        let offered = loaded.with(|l| match l {
            Some(Ok(d)) => Some(language::offered(&d.scorecard)),
            _ => None,
        });
        language::choose(&language::Asked { link, ..asked.clone() }, offered.as_deref())
    })
}

/// The page's address is the route: a published site's pages change the path (Back and
/// Forward: popstate), other links the hash.
fn follow_address(route: RwSignal<Route>) {
    let hash = window_event_listener(ev::hashchange, move |_| route.set(route::current()));
    let history = window_event_listener(ev::popstate, move |_| route.set(route::current()));
    on_cleanup(move || {
        hash.remove();
        history.remove();
    });
}

/// A click on one of the dashboard's own links (`#/…`) changes `route` instead of the page's
/// address: for a dashboard mounted in a host page, and the publish page's preview.
pub fn follow_own_link(e: &ev::MouseEvent, route: RwSignal<Route>) {
    let link = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href^='#/']").ok().flatten());
    if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
        e.prevent_default();
        route.set(Route::parse(&href));
    }
}

/// A click on a link to one of a published site's pages (`indicator-rent.html`, `./`): the
/// address becomes that page's, as if it had been loaded, and the app draws its view. A click
/// meant for a new tab or window is left to the browser.
fn follow_site_link(e: &ev::MouseEvent, route: RwSignal<Route>) {
    // Handled already (the skip link), or meant for a new tab or window.
    if e.default_prevented()
        || e.button() != 0
        || e.ctrl_key()
        || e.meta_key()
        || e.shift_key()
        || e.alt_key()
    {
        return;
    }
    let link = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .filter(|a| a.get_attribute("target").is_none());
    let Some(href) = link.and_then(|a| a.get_attribute("href")) else { return };
    let (file, hash) = href.split_once('#').unwrap_or((&href, ""));
    let file = file.trim_start_matches("./");
    let page = scorecard_core::site::Page::from_file(file);
    let ours = file.is_empty() || file == "index.html" || page.file() == file;
    // A page, with no more than a view's settings after it (`#?…`): `#main` and `#/compare`
    // are the browser's to follow.
    if !ours || !(hash.is_empty() || hash.starts_with('?')) {
        return;
    }
    e.prevent_default();
    let next = Route::from_address(file, hash);
    route::push(&next, false);
    route.set(next);
}

/// In an iframe: tells the parent page (at the configured origin only) how tall the
/// dashboard is, whenever that changes, so the host can size the frame. Gives the telling, to
/// call when the app knows of a change the observer cannot see.
fn report_height(origin: String) -> Option<std::rc::Rc<dyn Fn()>> {
    let window = web_sys::window()?;
    let body = window.document().and_then(|d| d.body())?;
    let measured = body.clone();
    let send = move || {
        // Not while loading: the frame would shrink to the loading line and then grow again,
        // moving the host page's content twice (layout shift). The host keeps its first
        // height until the figures are there.
        if measured.query_selector("main[aria-busy='true']").ok().flatten().is_some() {
            return;
        }
        let Ok(Some(parent)) = window.parent() else { return };
        // The body's own height, not the document's: that is never less than the frame, so
        // the frame could grow but never shrink.
        let height = measured.offset_height();
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"scorecard:height".into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
        let _ = parent.post_message(&msg, &origin);
    };
    let send: std::rc::Rc<dyn Fn()> = std::rc::Rc::new(send);
    let observed = send.clone();
    let closure = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || observed());
    if let Ok(observer) = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    closure.forget();
    Some(send)
}

#[component]
pub fn Dashboard(
    data: Arc<Dataset>,
    route: RwSignal<Route>,
    mounted: bool,
    framed: RwSignal<bool>,
) -> impl IntoView {
    let state = AppState::new(data.clone(), route, mounted);
    provide_context(state);
    let period = Signal::derive(move || state.period.get());
    // Only a change of view or item re-renders the view; filters and the period update the
    // parts that show them, so typing in the search box keeps its focus.
    let page = Memo::new(move |_| route.with(|r| (r.view, r.id.clone())));
    if !mounted && crate::tasks::in_browser() {
        // The running header of printed pages names the council, the period and the data date.
        let sc = &data.scorecard;
        let lang = i18n::lang().code();
        let (org, title, published, cal) = (
            sc.organisation.name.get(lang).to_string(),
            sc.title.get(lang).to_string(),
            sc.published,
            sc.calendar,
        );
        // The tab and the bookmark say whose scorecard it is, in the reader's language.
        document().set_title(&i18n::t().page_title(&title, &org));
        Effect::new(move |_| {
            let text = i18n::t().print_header(
                &org,
                &title,
                &i18n::t().period_long(state.period.get(), cal),
                &i18n::t().date_long(published),
            );
            if let Some(root) = document().document_element() {
                let quoted = |t: &str| format!("\"{}\"", t.replace('\\', "\\\\").replace('"', "\\\""));
                let style = root.unchecked_ref::<web_sys::HtmlElement>().style();
                let _ = style.set_property("--print-header", &quoted(&text));
                // The footer's "Page 3 of 12" in the reader's language.
                let _ = style.set_property("--print-page", &quoted(i18n::t().print_page()));
                let _ = style.set_property("--print-of", &quoted(i18n::t().print_of()));
            }
        });
    }
    // The navigation is drawn a task after the page's header, and the view a task after that:
    // one task drawing them together was long enough to hold a phone's taps back.
    let navigable = RwSignal::new(framed.get_untracked());
    if !framed.get_untracked() {
        leptos::task::spawn_local(async move {
            crate::tasks::next_task().await;
            let _ = navigable.try_set(true);
            crate::tasks::next_task().await;
            let _ = framed.try_set(true);
        });
    }
    view! {
        {header_for(&data.scorecard, period)}
        {data.stale_page.then(|| view! { <p class="notice" role="status">{i18n::t().stale_page()}</p> })}
        {data.saved.map(|saved| view! {
            <p class="offline-notice" role="status">{i18n::t().offline_notice(&i18n::t().date_long(saved), &i18n::t().date_long(data.scorecard.published))}</p>
        })}
        {move || navigable.get().then(|| view! { <Nav /> })}
        {move || state.bad_period.get().map(|p| view! { <p class="notice" role="alert">{i18n::t().period_not_in_file()} " " <code>{p}</code></p> })}
        {move || route.with(|r| r.param("chart").filter(|c| !crate::route::charts(r.view).contains(c)).map(|c| view! { <p class="notice" role="alert">{i18n::t().chart_not_in_view()} " " <code>{c.to_string()}</code></p> }))}
        <LeftOutPanel diagnostics=data.diagnostics.clone() count=data.left_out.total() written=data.lang />
        <div id="view">
            {move || {
                if !framed.get() {
                    return ().into_any();
                }
                crate::first_view::give_way_in_next_frame();
                let (view, id) = page.get();
                match (view, id) {
                    (View::Overview, _) => view! { <Overview /> }.into_any(),
                    (View::Exceptions, _) => view! { <ExceptionsView /> }.into_any(),
                    (View::Indicators, _) => view! { <IndicatorsView /> }.into_any(),
                    (View::Actions, _) => view! { <ActionsView /> }.into_any(),
                    (View::Indicator, Some(id)) => view! { <IndicatorDetail id=id /> }.into_any(),
                    (View::Service, Some(id)) => view! { <GroupPage kind=GroupKind::Service id=id /> }.into_any(),
                    (View::Priority, Some(id)) => view! { <GroupPage kind=GroupKind::Priority id=id /> }.into_any(),
                    (View::Compare, _) => view! { <crate::components::lazy::Lazy what=crate::comparing::Compared::View /> }.into_any(),
                    _ => view! { <NotFound /> }.into_any(),
                }
            }}
        </div>
    }
}

//! Where the dashboard shows what the comparison module draws (`crates/scorecard-compare`):
//! the compare view, a linked indicator's comparison and the overview's quartile count. The
//! module's wasm is fetched the first time one of them is shown — never for the first view
//! of a scorecard with no packs, and for the overview's count only once it nears the screen.
//! A change of route is handed to what the module drew (focus and scroll stay put); a change
//! of language or scorecard draws it again.

use crate::comparing::{CompareRequest, Compared, COMPARE_REQUEST};
use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The module, once it has been fetched and started.
    static MODULE: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
    /// What the module drew in each place.
    static DRAWN: std::cell::RefCell<Vec<Drawn>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The place and the module's handle (`Comparison`). A place is drawn for one scorecard in
/// one language: a switch of either draws the dashboard, and so its places, again.
type Drawn = (web_sys::Element, JsValue);

/// The module's `mount`, fetching and starting the module the first time.
async fn load() -> Result<js_sys::Function, String> {
    let function = |m: &JsValue| crate::module::function(m, "mount").ok_or_else(String::new);
    if let Some(m) = MODULE.with_borrow(Clone::clone) {
        return function(&m);
    }
    let url =
        crate::module::address("compare").ok_or_else(|| i18n::t().packs_not_in_preview().to_string())?;
    let module = crate::module::start(&url).await?;
    MODULE.with_borrow_mut(|m| *m = Some(module.clone()));
    function(&module)
}

/// Calls the handle's method `name` (`route`, `unmount`) with `args`.
fn tell(handle: &JsValue, name: &str, args: &js_sys::Array) {
    if let Some(f) = crate::module::function(handle, name) {
        let _ = f.apply(handle, args);
    }
}

/// Releases what the module drew in `el`, if anything.
fn release(el: &web_sys::Element) {
    let gone: Vec<_> = DRAWN.with_borrow_mut(|d| {
        let (gone, kept) = std::mem::take(d).into_iter().partition(|(at, ..)| at == el);
        *d = kept;
        gone
    });
    for (_, handle) in gone {
        tell(&handle, "unmount", &js_sys::Array::new());
    }
}

/// Asks the module to draw `request` in `el`, releasing what it drew there before: a place
/// holds one comparison. A place gone while the module was fetched is drawn nothing, and one
/// gone while it mounted is released at once. Gives the handle, or why not in words.
async fn draw(el: web_sys::HtmlElement, request: CompareRequest) -> Result<Option<JsValue>, String> {
    let mount = load().await?;
    if !el.is_connected() {
        return Ok(None);
    }
    let json = serde_json::to_string(&request).map_err(|e| e.to_string())?;
    let handle = mount.call2(&JsValue::NULL, &json.into(), &el).map_err(crate::module::reason)?;
    release(&el);
    if !el.is_connected() {
        tell(&handle, "unmount", &js_sys::Array::new());
        return Ok(None);
    }
    DRAWN.with_borrow_mut(|d| d.push((el.into(), handle.clone())));
    Ok(Some(handle))
}

/// A place for the module's `what` (the compare view, a linked indicator's comparison, the
/// overview's count). `near`: wait until the place nears the screen before fetching anything.
#[component]
pub fn Lazy(what: Compared, #[prop(default = false)] near: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let node = NodeRef::<leptos::html::Div>::new();
    // One chart alone (an embed) hides the place, which would then never near the screen.
    let wanted = RwSignal::new(!near || state.route.with_untracked(|r| r.param("chart").is_some()));
    let failed = RwSignal::new(None::<String>);
    let ready = RwSignal::new(false);
    node.on_load(move |el| {
        if near {
            crate::tasks::when_near_screen(&el, move || wanted.set(true));
        }
    });
    // Left: what the module drew here is released.
    on_cleanup(move || {
        if let Some(el) = node.get_untracked() {
            release(&el);
        }
    });
    let allowed = use_context::<crate::embed::Embed>().map(|e| e.allowed_origins).unwrap_or_default();
    // A draw on its way (the module fetched, the file read): a change of route meanwhile is
    // handed to what it draws once it is there, not drawn again.
    let drawing = StoredValue::new(false);
    Effect::new(move |_| {
        if !wanted.get() {
            return;
        }
        let hash = state.route.with(|r| r.to_hash());
        if drawing.get_value() {
            return;
        }
        let Some(el) = node.get() else { return };
        let el: web_sys::HtmlElement = el.unchecked_into();
        // Drawn already: the drawn view only moves to the route.
        let drawn = DRAWN.with_borrow(|d| d.iter().find(|(at, _)| *at == *el).map(|(_, h)| h.clone()));
        if let Some(handle) = drawn {
            tell(&handle, "route", &js_sys::Array::of1(&hash.into()));
            return;
        }
        let request = CompareRequest {
            version: COMPARE_REQUEST,
            what: what.clone(),
            src: state.data.with_value(|d| d.url.clone()),
            lang: i18n::lang().code().to_string(),
            hash,
            allowed: allowed.clone(),
            mounted: state.mounted,
        };
        drawing.set_value(true);
        leptos::task::spawn_local(async move {
            let drawn = draw(el, request).await;
            let _ = drawing.try_set_value(false);
            match drawn {
                Ok(Some(handle)) => {
                    // The route as it is now: it may have moved while this was drawn.
                    if let Some(hash) = state.route.try_with_untracked(|r| r.to_hash()) {
                        tell(&handle, "route", &js_sys::Array::of1(&hash.into()));
                    }
                    let _ = ready.try_set(true);
                }
                Ok(None) => {}
                Err(e) => {
                    let _ = failed.try_set(Some(e));
                }
            }
        });
    });
    view! {
        <div class="compare-place" node_ref=node>
            {move || failed.get().map(|e| view! { <p class="notice" role="alert">{i18n::t().compare_failed(&e)}</p> })}
            {move || (wanted.get() && !ready.get() && failed.get().is_none()).then(|| view! { <p class="hint" role="status">{i18n::t().compare_loading()}</p> })}
        </div>
    }
}

/// A benchmark pack on its own (`?pack=URL&area=CODE`), drawn by the module.
#[component]
pub fn LazyPack(url: String, area: String, allowed: Vec<String>) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let failed = RwSignal::new(None::<String>);
    node.on_load(move |el| {
        let el: web_sys::HtmlElement = el.unchecked_into();
        let request = CompareRequest {
            version: COMPARE_REQUEST,
            what: Compared::Pack { area },
            src: url,
            lang: i18n::lang().code().to_string(),
            hash: web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default(),
            allowed,
            mounted: false,
        };
        leptos::task::spawn_local(async move {
            if let Err(e) = draw(el, request).await {
                let _ = failed.try_set(Some(e));
            }
        });
    });
    on_cleanup(move || {
        if let Some(el) = node.get_untracked() {
            release(&el);
        }
    });
    view! {
        <div class="compare-place" node_ref=node>
            {move || failed.get().map(|e| view! { <p class="notice" role="alert">{i18n::t().compare_failed(&e)}</p> })}
        </div>
    }
}

//! Where the dashboard shows what the comparison module draws (`crates/scorecard-compare`):
//! the compare view, a linked indicator's comparison and the overview's quartile count. The
//! module's wasm is fetched the first time one of them is shown — never for the first view
//! of a scorecard with no packs, and for the overview's count only once it nears the screen.
//! A change of route is handed to what the module drew (focus and scroll stay put); a change
//! of language or scorecard draws it again.

use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The module, once it has been fetched and started.
    static MODULE: std::cell::RefCell<Option<JsValue>> = const { std::cell::RefCell::new(None) };
}

/// The module's function `name` (`mount`, `mount_pack`), fetching and starting the module
/// the first time.
async fn load(name: &str) -> Result<js_sys::Function, String> {
    let function = |m: &JsValue| crate::module::function(m, name).ok_or_else(String::new);
    if let Some(m) = MODULE.with_borrow(Clone::clone) {
        return function(&m);
    }
    let url =
        crate::module::address("compare").ok_or_else(|| i18n::t().packs_not_in_preview().to_string())?;
    let module = crate::module::start(&url).await?;
    MODULE.with_borrow_mut(|m| *m = Some(module.clone()));
    function(&module)
}

/// A place for the module's `what` (`compare`, `peers` of the indicator at `index`, `card`).
/// `near`: wait until the place nears the screen before fetching anything.
#[component]
pub fn Lazy(
    what: &'static str,
    #[prop(default = 0)] index: usize,
    #[prop(default = false)] near: bool,
) -> impl IntoView {
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
        let module = MODULE.with_borrow(Clone::clone);
        let unmount = module.as_ref().and_then(|m| crate::module::function(m, "unmount"));
        if let (Some(unmount), Some(el)) = (unmount, node.get_untracked()) {
            let _ = unmount.call1(&JsValue::NULL, &el);
        }
    });
    let allowed =
        use_context::<crate::embed::Embed>().map(|e| e.allowed_origins.join(" ")).unwrap_or_default();
    Effect::new(move |_| {
        if !wanted.get() {
            return;
        }
        let hash = state.route.with(|r| r.to_hash());
        let lang = i18n::lang().code().to_string();
        let (data, allowed) = (state.data.with_value(|d| d.url.clone()), allowed.clone());
        let Some(el) = node.get() else { return };
        let el: web_sys::HtmlElement = el.unchecked_into();
        leptos::task::spawn_local(async move {
            match load("mount").await {
                Ok(mount) => {
                    let what = if what == "peers" { format!("{what}/{index}") } else { what.to_string() };
                    let args =
                        js_sys::Array::of5(&el, &what.into(), &data.into(), &lang.into(), &hash.into());
                    args.push(&allowed.into());
                    args.push(&state.mounted.into());
                    if let Err(e) = mount.apply(&JsValue::NULL, &args) {
                        failed.set(Some(e.as_string().unwrap_or_default()));
                    }
                    ready.set(true);
                }
                Err(e) => failed.set(Some(e)),
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
        let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        let lang = i18n::lang().code().to_string();
        let allowed = allowed.join(" ");
        leptos::task::spawn_local(async move {
            match load("mount_pack").await {
                Ok(mount) => {
                    let args = js_sys::Array::of5(&el, &url.into(), &area.into(), &lang.into(), &hash.into());
                    args.push(&allowed.into());
                    if let Err(e) = mount.apply(&JsValue::NULL, &args) {
                        failed.set(Some(e.as_string().unwrap_or_default()));
                    }
                }
                Err(e) => failed.set(Some(e)),
            }
        });
    });
    view! {
        <div class="compare-place" node_ref=node>
            {move || failed.get().map(|e| view! { <p class="notice" role="alert">{i18n::t().compare_failed(&e)}</p> })}
        </div>
    }
}

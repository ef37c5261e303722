//! Fetching the scorecard file and handing it to the core's reader.

use crate::i18n;
use scorecard_core::{read_to_show, Diagnostic, LeftOut, Scorecard};

/// The default data file, relative to the page.
pub const DEFAULT_SRC: &str = "data/sample.json";

/// The page's setting where it names a file (a blank one does not), else the bundled sample.
/// (`index.html`'s first script reads the same: `tests/fixtures/first-script.json`.)
pub fn setting_or_sample(setting: Option<String>) -> String {
    setting.filter(|s| !s.trim().is_empty()).unwrap_or_else(|| DEFAULT_SRC.to_string())
}

/// A scorecard as loaded: the validated file and what the validator said about it.
pub struct Dataset {
    /// The file's address, which the benchmark packs it names are resolved against.
    pub url: String,
    /// Set when the network failed and the service worker answered with the copy it saved:
    /// the day that copy was saved.
    pub saved: Option<scorecard_core::Date>,
    pub scorecard: Scorecard,
    pub diagnostics: Vec<Diagnostic>,
    pub left_out: LeftOut,
    /// The language the diagnostics were written in (the interface's when the file was read).
    pub lang: i18n::Lang,
    /// The file's version (`scorecard_core::site::version` of its bytes): a page written from
    /// another version gives way to the app at once (`first_view::check`).
    pub version: String,
    /// The page's written view was of another version of this file (`first_view::check`).
    pub stale_page: bool,
}

/// Why nothing can be shown: a sentence, and the validator's problems where there are any.
#[derive(Clone, Debug)]
pub struct LoadError {
    pub message: String,
    pub diagnostics: Vec<Diagnostic>,
    /// The language they were written in.
    pub lang: i18n::Lang,
}

impl LoadError {
    fn plain(message: String) -> LoadError {
        LoadError { message, diagnostics: Vec::new(), lang: i18n::lang() }
    }
}

/// Resolves `src` against the page and refuses any origin but the page's own and those the
/// deployment or host page allowed: a link must never show figures from elsewhere under the
/// council's name.
pub fn resolve_src(src: &str, allowed: &[String]) -> Result<String, LoadError> {
    let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    resolve_against(src, &page, allowed).map_err(LoadError::plain)
}

/// `src` resolved against `base` (a benchmark pack against its scorecard), refused unless it
/// is on the page's own origin or one allowed.
pub fn resolve_against(src: &str, base: &str, allowed: &[String]) -> Result<String, String> {
    let location = web_sys::window().map(|w| w.location()).ok_or_else(|| i18n::t().src_invalid(src))?;
    let url = web_sys::Url::new_with_base(src, base).map_err(|_| i18n::t().src_invalid(src))?;
    let origin = url.origin();
    if origin != location.origin().unwrap_or_default() && !allowed.contains(&origin) {
        return Err(i18n::t().src_refused(src));
    }
    Ok(url.href())
}

/// Whether the offline worker answered (from its cache, or from the network and keeping a
/// copy): only an answer that came past it (the first visit, before it was in control) needs
/// the worker asked to keep the file.
fn came_through_worker(response: &gloo_net::http::Response) -> bool {
    let h = response.headers();
    h.get("x-scorecard-saved").is_some() || h.get("x-scorecard-kept").is_some()
}

/// A GET of `url` as written. gloo-net rebuilds a URL that has a query with a trailing `&`
/// (`x.json?v=1&`), which is another address to a cache, so the query is handed to it as
/// pairs instead.
fn get(url: &str) -> gloo_net::http::RequestBuilder {
    let Ok(parsed) = web_sys::Url::new(url) else { return gloo_net::http::Request::get(url) };
    let pairs: Vec<(String, String)> = js_sys::Array::from(&parsed.search_params().into())
        .iter()
        .filter_map(|pair| {
            let pair = js_sys::Array::from(&pair);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
    parsed.set_search("");
    gloo_net::http::Request::get(&parsed.href()).query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The offline worker's cache of data files (`DATA` in `tools/sw.template.js`).
const DATA_CACHE: &str = "scorecard-data";

thread_local! {
    /// The data cache being opened, or opened: one promise for every file that asks.
    static OPENED: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

/// A versioned data file (`?v=`, a pack's shard: its address changes whenever its content
/// does) the offline worker has already kept, read from its cache by the page itself. Asked
/// through the worker, a pack's 89 shards each waited their turn on the worker's one thread
/// (180–370 ms in all on a reload). `None` for any other file, or where there is no such
/// cache (plain http, a host page's own origin, a first visit).
async fn kept_copy(url: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    // Only under the worker: before it controls the page (a first visit) the cache holds
    // nothing of use, and asking it would queue behind the worker storing what this visit
    // fetches (400 ms later for a pack's 89 shards).
    if scorecard_core::pack::write::version(url).is_none() || !crate::offline::controlled() {
        return None;
    }
    let window = web_sys::window()?;
    // Absent, not throwing, where the browser offers no caches to this page.
    let caches = js_sys::Reflect::get(&window, &"caches".into()).ok().filter(|c| c.is_object())?;
    // Opened once and shared: opening it for each of 89 shards took twice as long in all.
    let opening = OPENED.with_borrow_mut(|o| {
        o.get_or_insert_with(|| caches.unchecked_into::<web_sys::CacheStorage>().open(DATA_CACHE)).clone()
    });
    let cache: web_sys::Cache = JsFuture::from(opening).await.ok()?.dyn_into().ok()?;
    let kept = JsFuture::from(cache.match_with_str(url)).await.ok()?;
    let response: web_sys::Response = kept.dyn_into().ok()?;
    let body = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&body).to_vec())
}

/// The bytes at `url` (already resolved), refused before reading when the server says they
/// are more than `limit` (and the reader refuses them after, where it did not say).
pub async fn fetch_bytes(url: &str, shown: &str, limit: usize) -> Result<Vec<u8>, String> {
    if let Some(bytes) = kept_copy(url).await {
        return match bytes.len() {
            n if n > limit => Err(scorecard_core::messages::p().pack_too_large(n, limit)),
            _ => Ok(bytes),
        };
    }
    let response = get(url).send().await.map_err(|e| i18n::t().fetch_failed(shown, &e.to_string()))?;
    if !response.ok() {
        return Err(i18n::t().http_status(shown, response.status()));
    }
    let declared = response.headers().get("content-length").and_then(|n| n.parse::<usize>().ok());
    if let Some(n) = declared.filter(|n| *n > limit) {
        return Err(scorecard_core::messages::p().pack_too_large(n, limit));
    }
    if !came_through_worker(&response) {
        crate::offline::keep_data(url.to_string());
    }
    response.binary().await.map_err(|e| i18n::t().fetch_failed(shown, &e.to_string()))
}

pub async fn load(src: String, allowed: &[String]) -> Result<Dataset, LoadError> {
    let url = resolve_src(&src, allowed)?;
    let response =
        get(&url).send().await.map_err(|e| LoadError::plain(i18n::t().fetch_failed(&src, &e.to_string())))?;
    if !response.ok() {
        return Err(LoadError::plain(i18n::t().http_status(&src, response.status())));
    }
    let saved = response
        .headers()
        .get("x-scorecard-saved")
        .and_then(|iso| iso.get(..10).and_then(scorecard_core::read::parse_date));
    if !came_through_worker(&response) {
        crate::offline::keep_data(url.clone());
    }
    let bytes = response
        .binary()
        .await
        .map_err(|e| LoadError::plain(i18n::t().fetch_failed(&src, &e.to_string())))?;
    let loaded = read_to_show(&bytes);
    match loaded.scorecard {
        Some(scorecard) => Ok(Dataset {
            url: url.clone(),
            saved,
            scorecard,
            diagnostics: loaded.diagnostics,
            left_out: loaded.left_out,
            lang: i18n::lang(),
            version: scorecard_core::site::version(&bytes),
            stale_page: false,
        }),
        None => Err(LoadError {
            message: i18n::t().invalid_file(&src),
            diagnostics: loaded.diagnostics,
            lang: i18n::lang(),
        }),
    }
}

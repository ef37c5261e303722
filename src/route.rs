//! The view and its settings live in the URL's hash (`#/overview?period=2023/24-Q2`), never
//! in History API paths, so a link in a committee report opens the same view and an
//! embedding page keeps its own URL.

use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    pub view: String,
    pub params: BTreeMap<String, String>,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#').trim_start_matches('/');
        let (view, query) = hash.split_once('?').unwrap_or((hash, ""));
        let params = query
            .split('&')
            .filter(|kv| !kv.is_empty())
            .filter_map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                Some((decode(k)?, decode(v)?))
            })
            .collect();
        Route { view: if view.is_empty() { "overview".into() } else { view.to_string() }, params }
    }

    pub fn param(&self, key: &str) -> Option<&str> {
        self.params.get(key).map(String::as_str).filter(|v| !v.is_empty())
    }

    pub fn to_hash(&self) -> String {
        let query: Vec<String> = self.params.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
        if query.is_empty() {
            format!("#/{}", self.view)
        } else {
            format!("#/{}?{}", self.view, query.join("&"))
        }
    }
}

fn decode(s: &str) -> Option<String> {
    js_sys::decode_uri_component(&s.replace('+', " ")).ok().and_then(|v| v.as_string())
}

fn encode(s: &str) -> String {
    // Keep the slash of "2023/24" readable in shared links.
    String::from(js_sys::encode_uri_component(s)).replace("%2F", "/")
}

pub fn current() -> Route {
    Route::parse(&web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default())
}

/// The `?src=` of the page itself (not of the hash): which data file to show.
pub fn page_src() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get("src").filter(|s| !s.is_empty())
}

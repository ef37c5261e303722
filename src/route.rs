//! The view and its settings live in the URL's hash (`#/indicators?period=2023/24-Q2&status=red`),
//! never in History API paths, so a link in a committee report opens the same view, Back and
//! Forward work, and an embedding page keeps its own URL and links.

use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    /// `overview`, `exceptions`, `indicators`, `indicator`, `service`, `priority`, `actions`.
    pub view: String,
    /// The item a detail view is about (`#/indicator/council-tax`).
    pub id: Option<String>,
    pub params: BTreeMap<String, String>,
}

/// Settings that follow the user from view to view.
pub const KEPT: &[&str] = &["period"];

impl Route {
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let (view, id) = match path.split_once('/') {
            Some((v, id)) => (v, decode(id).filter(|s| !s.is_empty())),
            None => (path, None),
        };
        let params = query
            .split('&')
            .filter(|kv| !kv.is_empty())
            .filter_map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                Some((decode(k)?, decode(v)?))
            })
            .filter(|(_, v)| !v.is_empty())
            .collect();
        Route { view: if view.is_empty() { "overview".into() } else { view.to_string() }, id, params }
    }

    pub fn param(&self, key: &str) -> Option<&str> {
        self.params.get(key).map(String::as_str).filter(|v| !v.is_empty())
    }

    pub fn to_hash(&self) -> String {
        let mut out = format!("#/{}", self.view);
        if let Some(id) = &self.id {
            out.push('/');
            out.push_str(&encode(id));
        }
        let query: Vec<String> = self
            .params
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        if !query.is_empty() {
            out.push('?');
            out.push_str(&query.join("&"));
        }
        out
    }

    /// A route to another view that keeps the settings in `KEPT` (the period).
    pub fn go(&self, view: &str, id: Option<&str>) -> Route {
        let params = self
            .params
            .iter()
            .filter(|(k, _)| KEPT.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Route { view: view.into(), id: id.map(str::to_string), params }
    }

    pub fn with(mut self, key: &str, value: &str) -> Route {
        if value.is_empty() {
            self.params.remove(key);
        } else {
            self.params.insert(key.into(), value.into());
        }
        self
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

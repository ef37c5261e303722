//! The view and its settings live in the URL's hash (`#/indicators?period=2023/24-Q2&status=red`),
//! never in History API paths, so a link in a committee report opens the same view, Back and
//! Forward work, and an embedding page keeps its own URL and links.

use scorecard_core::GroupKind;
use std::collections::BTreeMap;

/// The dashboard's views, by the name they have in links.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Overview,
    Exceptions,
    Indicators,
    Actions,
    /// One indicator (`#/indicator/ID`).
    Indicator,
    /// A service area's page (`#/service/ID`).
    Service,
    /// A corporate priority's page (`#/priority/ID`).
    Priority,
    /// The linked indicators beside similar councils' (`#/compare?peers=GROUP`).
    Compare,
    /// A view name the dashboard does not have.
    NotFound,
}

impl View {
    const NAMES: [(&'static str, View); 9] = [
        ("overview", View::Overview),
        ("exceptions", View::Exceptions),
        ("indicators", View::Indicators),
        ("actions", View::Actions),
        ("indicator", View::Indicator),
        ("service", View::Service),
        ("priority", View::Priority),
        ("compare", View::Compare),
        ("not-found", View::NotFound),
    ];

    pub fn as_str(self) -> &'static str {
        Self::NAMES.iter().find(|(_, v)| *v == self).map_or("not-found", |(n, _)| n)
    }

    /// A group's page.
    pub fn group(kind: GroupKind) -> View {
        match kind {
            GroupKind::Service => View::Service,
            GroupKind::Priority => View::Priority,
        }
    }

    /// An empty name is the overview; an unknown one is `NotFound`.
    pub fn parse(name: &str) -> View {
        if name.is_empty() {
            return View::Overview;
        }
        Self::NAMES.iter().find(|(n, _)| *n == name).map_or(View::NotFound, |(_, v)| *v)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Route {
    pub view: View,
    /// The item a detail view is about (`#/indicator/council-tax`).
    pub id: Option<String>,
    pub params: BTreeMap<String, String>,
}

/// Settings that follow the user from view to view.
pub const KEPT: &[&str] = &["period", "lang", "peers"];

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
        Route { view: View::parse(view), id, params }
    }

    pub fn param(&self, key: &str) -> Option<&str> {
        self.params.get(key).map(String::as_str).filter(|v| !v.is_empty())
    }

    pub fn to_hash(&self) -> String {
        let mut out = format!("#/{}", self.view.as_str());
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
    pub fn go(&self, view: View, id: Option<&str>) -> Route {
        let params = self
            .params
            .iter()
            .filter(|(k, _)| KEPT.contains(&k.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Route { view, id: id.map(str::to_string), params }
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

/// `decodeURIComponent`, with `+` as a space (as forms write it); `None` where the escapes
/// are not UTF-8 or are cut short.
fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// `encodeURIComponent`, but keeping the slash of "2023/24" readable in shared links.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub fn current() -> Route {
    Route::parse(&web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_hash_is_the_overview() {
        for h in ["", "#", "#/", "#/?"] {
            assert_eq!(Route::parse(h), Route::default(), "{h:?}");
        }
    }

    #[test]
    fn views_ids_and_params_round_trip() {
        for h in [
            "#/overview",
            "#/indicators?period=2023/24-Q2&status=red",
            "#/indicator/council-tax?period=2023/24-Q1",
            "#/service/housing",
            "#/priority/green%20places",
            "#/indicators?q=%C5%B5yl%20%26%20caf%C3%A9",
        ] {
            assert_eq!(Route::parse(h).to_hash(), h);
        }
    }

    #[test]
    fn every_view_name_parses_back() {
        for (name, view) in View::NAMES {
            assert_eq!(View::parse(name), view);
            assert_eq!(view.as_str(), name);
        }
        assert_eq!(Route::parse("#/nonsense/x").view, View::NotFound);
    }

    #[test]
    fn text_is_decoded_and_encoded_as_the_browser_does() {
        let r = Route::parse("#/indicators?q=rent+arrears&tag=caf%C3%A9");
        assert_eq!(r.param("q"), Some("rent arrears"));
        assert_eq!(r.param("tag"), Some("café"));
        let out = Route::default().with("q", "a&b=c #1 ŵ").to_hash();
        assert_eq!(out, "#/overview?q=a%26b%3Dc%20%231%20%C5%B5");
        assert_eq!(Route::parse(&out).param("q"), Some("a&b=c #1 ŵ"));
    }

    #[test]
    fn broken_escapes_drop_only_that_setting() {
        let r = Route::parse("#/indicators?q=%E2%82&status=red&x=%zz");
        assert_eq!(r.param("q"), None);
        assert_eq!(r.param("x"), None);
        assert_eq!(r.param("status"), Some("red"));
        assert_eq!(Route::parse("#/indicator/%FF").id, None);
    }

    #[test]
    fn going_elsewhere_keeps_the_period_and_the_comparator_group() {
        let r = Route::parse("#/indicators?period=2023/24-Q1&status=red&sort=-value&peers=family-2");
        let next = r.go(View::Indicator, Some("rent"));
        assert_eq!(next.to_hash(), "#/indicator/rent?peers=family-2&period=2023/24-Q1");
    }

    #[test]
    fn an_empty_value_removes_the_setting() {
        let r = Route::parse("#/indicators?status=red").with("status", "");
        assert_eq!(r.to_hash(), "#/indicators");
    }

    #[test]
    fn group_kinds_name_their_view_and_filter() {
        for kind in GroupKind::ALL {
            assert_eq!(View::group(kind).as_str(), kind.as_str());
        }
    }
}

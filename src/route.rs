//! The view and its settings live in the URL's hash (`#/indicators?period=2023/24-Q2&status=red`),
//! so a link in a committee report opens the same view, Back and Forward work, and an
//! embedding page keeps its own URL and links. In a published site (`scorecard publish`),
//! where every view a reader lands on has a page of its own, a view's address is its page
//! (`indicator-rent.html`, the core's `site::Page`) and only its settings are in the hash
//! (`indicator-rent.html#?period=2023/24-Q1`), so a link copied from the app opens the
//! written page.

use scorecard_core::site::Page;
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

/// The charts a view draws, by their names in an embed's address (`chart=by-service`): the
/// embed shows that one alone (`components/chart_menu.rs`).
pub fn charts(view: View) -> &'static [&'static str] {
    match view {
        View::Overview => &["status-counts", "action-counts", "by-priority", "by-service"],
        View::Indicator => &["history", "peers-field", "peers-history"],
        View::Service | View::Priority => &["group-status"],
        _ => &[],
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
        // Inserted one by one, not collected: a map collected from an iterator sorts it first,
        // and each such sort is a copy of the standard library's in the wasm.
        let mut params = BTreeMap::new();
        for kv in query.split('&').filter(|kv| !kv.is_empty()) {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            if let (Some(k), Some(v)) = (decode(k), decode(v).filter(|v| !v.is_empty())) {
                params.insert(k, v);
            }
        }
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
        let query = self.query();
        if !query.is_empty() {
            out.push('?');
            out.push_str(&query);
        }
        out
    }

    fn query(&self) -> String {
        let pairs: Vec<String> = self
            .params
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        pairs.join("&")
    }

    /// The page of a published site that shows this route's view, where it has one.
    pub fn page(&self) -> Option<Page> {
        Page::of(self.view.as_str(), self.id.as_deref())
    }

    /// The route's address: in a published site (`site`), its view's page with the settings
    /// after `#?`; elsewhere, or for a view with no page (the comparison), the hash alone.
    pub fn link(&self, site: bool) -> String {
        match self.page().filter(|_| site) {
            Some(page) => {
                let query = self.query();
                if query.is_empty() {
                    page.href()
                } else {
                    format!("{}#?{query}", page.href())
                }
            }
            None if site => format!("./{}", self.to_hash()),
            None => self.to_hash(),
        }
    }

    /// The route of an address: its hash where that names a view (`#/indicator/rent`: every
    /// link before sites had pages, and views with no page), else the page's own view (its
    /// file, the last part of the path) with the settings after `#?`.
    pub fn from_address(file: &str, hash: &str) -> Route {
        let hash = hash.trim_start_matches('#');
        let mut route = Route::parse(hash);
        if hash.starts_with('/') {
            return route;
        }
        let page = Page::from_file(file);
        let (view, id) = page.view();
        route.view = View::parse(view);
        route.id = id.map(str::to_string);
        route
    }

    /// A route to another view that keeps the settings in `KEPT` (the period).
    pub fn go(&self, view: View, id: Option<&str>) -> Route {
        let mut params = self.params.clone();
        params.retain(|k, _| KEPT.contains(&k.as_str()));
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

/// A published site's page for `route` becomes the address, as a new history entry or in
/// place (`replace`), without loading it: the app draws the view itself.
pub fn push(route: &Route, replace: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    let link = route.link(true);
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(&link))
    } else {
        history.push_state_with_url(&state, "", Some(&link))
    };
}

/// The route of the page's own address.
pub fn current() -> Route {
    let location = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        location.as_ref().and_then(|l| f(l).ok()).unwrap_or_default()
    };
    let path = part(web_sys::Location::pathname);
    Route::from_address(path.rsplit('/').next().unwrap_or(""), &part(web_sys::Location::hash))
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
    fn a_published_sites_links_are_its_pages() {
        let r = Route::parse("#/indicators?period=2023/24-Q1&status=red");
        assert_eq!(r.link(true), "indicators.html#?period=2023/24-Q1&status=red");
        assert_eq!(r.link(false), "#/indicators?period=2023/24-Q1&status=red");
        assert_eq!(r.go(View::Indicator, Some("rent")).link(true), "indicator-rent.html#?period=2023/24-Q1");
        assert_eq!(Route::default().link(true), "./");
        assert_eq!(Route::parse("#/compare?peers=x").link(true), "./#/compare?peers=x", "no page of its own");
        for r in
            [r.clone(), r.go(View::Service, Some("housing")), Route::default(), Route::parse("#/compare")]
        {
            let link = r.link(true);
            let (file, hash) = link.split_once('#').unwrap_or((&link, ""));
            assert_eq!(Route::from_address(file.trim_start_matches("./"), hash), r, "{link}");
        }
    }

    #[test]
    fn a_hash_naming_a_view_wins_over_the_page() {
        assert_eq!(Route::from_address("indicator-rent.html", "#/exceptions").view, View::Exceptions);
        let r = Route::from_address("indicator-rent.html", "");
        assert_eq!((r.view, r.id.as_deref()), (View::Indicator, Some("rent")));
        assert_eq!(
            Route::from_address("performance.html", "#?period=2023/24-Q1").param("period"),
            Some("2023/24-Q1")
        );
        assert_eq!(Route::from_address("", "").view, View::Overview);
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

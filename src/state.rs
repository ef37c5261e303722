//! The dashboard's state, shared through context: the loaded file, the route in the URL,
//! and what is derived from it — the period, the filter, and the period's report (computed
//! once per period, not per render).

use crate::filter::{Filter, SearchKeys};
use crate::load::Dataset;
use crate::route::{Route, View};
use leptos::prelude::*;
use scorecard_core::{report, Period, Report, Scorecard};
use std::ops::Deref;
use std::sync::Arc;

/// An `Arc` compared by identity, so a memo of it changes exactly when it is recomputed.
#[derive(Clone)]
pub struct Shared<T>(pub Arc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub data: StoredValue<Arc<Dataset>>,
    pub route: RwSignal<Route>,
    pub period: Memo<Period>,
    /// A `period=` in the URL that this scorecard does not report.
    pub bad_period: Memo<Option<String>>,
    pub filter: Memo<Filter>,
    pub report: Memo<Shared<Report>>,
    /// Mounted in a host page: the view is kept in memory, never in the host's URL.
    pub mounted: bool,
    /// A published site's own page: each view has a page, and links are to it (`route.rs`).
    pub site: bool,
    /// What search looks in, built on the first search or list (see `SearchKeys`).
    search: StoredValue<Option<Arc<SearchKeys>>>,
}

impl AppState {
    pub fn new(data: Arc<Dataset>, route: RwSignal<Route>, mounted: bool) -> AppState {
        let current = data.scorecard.current_period;
        let known = data.scorecard.periods();
        let asked = Memo::new(move |_| route.with(|r| r.param("period").map(str::to_string)));
        let period = Memo::new(move |_| {
            asked.get().and_then(|p| Period::parse(&p).ok()).filter(|p| known.contains(p)).unwrap_or(current)
        });
        // Asked for, but not the period shown: the file does not report it.
        let bad_period =
            Memo::new(move |_| asked.get().filter(|p| Period::parse(p).ok() != Some(period.get())));
        let filter = Memo::new(move |_| route.with(Filter::from_route));
        let embed = use_context::<crate::embed::Embed>();
        let site = embed.as_ref().is_some_and(|e| e.site && !mounted);
        let for_report = data.clone();
        let report = Memo::new(move |_| Shared(Arc::new(report(&for_report.scorecard, period.get()))));
        AppState {
            data: StoredValue::new(data),
            route,
            period,
            bad_period,
            filter,
            report,
            mounted,
            site,
            search: StoredValue::new(None),
        }
    }

    /// The scorecard names benchmark packs: the comparison module draws what compares.
    pub fn has_packs(&self) -> bool {
        self.with_scorecard(|sc| !sc.packs.is_empty())
    }

    pub fn with_scorecard<R>(&self, f: impl FnOnce(&Scorecard) -> R) -> R {
        self.data.with_value(|d| f(&d.scorecard))
    }

    /// Each item's search key, lower-cased once per scorecard.
    pub fn search_keys(&self) -> Arc<SearchKeys> {
        if let Some(keys) = self.search.get_value() {
            return keys;
        }
        let keys = Arc::new(self.with_scorecard(SearchKeys::of));
        self.search.set_value(Some(keys.clone()));
        keys
    }

    /// The language of the file's text shown: the interface's (a version the file lacks
    /// falls back to its first; see [`AppState::text`]).
    pub fn lang(&self) -> String {
        crate::i18n::lang().code().to_string()
    }

    /// A file's text in the interface's language, and the language it is in where that
    /// differs, for the element's `lang` attribute (a screen reader then reads it right).
    pub fn text(&self, t: &scorecard_core::Text) -> crate::language::Shown {
        self.with_scorecard(|sc| crate::language::text_in(sc, t))
    }

    /// A route's address as a link of this page (its page in a published site).
    pub fn link(&self, route: &Route) -> String {
        route.link(self.site)
    }

    /// A link to `view` (and `id`), keeping the period.
    pub fn href(&self, view: View, id: Option<&str>) -> String {
        self.link(&self.route.with(|r| r.go(view, id)))
    }

    /// A link to the indicators list with these filters.
    pub fn list_href(&self, filters: &[(&str, &str)]) -> String {
        let mut r = self.route.with(|r| r.go(View::Indicators, None));
        for (k, v) in filters {
            r = r.with(k, v);
        }
        self.link(&r)
    }

    /// Goes to a route, adding a history entry (Back returns here).
    pub fn navigate(&self, route: &Route) {
        if self.mounted {
            self.route.set(route.clone());
        } else if self.site {
            crate::route::push(route, false);
            self.route.set(route.clone());
        } else if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&route.to_hash());
        }
    }

    /// Goes to a link of ours (`#/indicators?status=red`, `indicators.html#?status=red`).
    pub fn open(&self, link: &str) {
        let (file, hash) = link.split_once('#').unwrap_or((link, ""));
        self.navigate(&Route::from_address(file.trim_start_matches("./"), hash));
    }

    /// Changes the URL without a history entry: for typing in the search box.
    pub fn replace(&self, route: &Route) {
        if self.mounted {
            self.route.set(route.clone());
        } else if self.site {
            crate::route::push(route, true);
            self.route.set(route.clone());
        } else if let Some(w) = web_sys::window() {
            let loc = w.location();
            let base = format!("{}{}", loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default());
            let _ = loc.replace(&format!("{base}{}", route.to_hash()));
        }
    }
}

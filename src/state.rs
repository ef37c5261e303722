//! The dashboard's state, shared through context: the loaded file, the route in the URL,
//! and the report for the period shown, computed once per period (not per render).

use crate::load::Dataset;
use crate::route::Route;
use leptos::prelude::*;
use scorecard_core::{report, Period, Report};
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
    pub report: Memo<Shared<Report>>,
}

impl AppState {
    pub fn new(data: Arc<Dataset>, route: RwSignal<Route>) -> AppState {
        let current = data.scorecard.current_period;
        let period = Memo::new(move |_| route.with(|r| r.param("period").and_then(|p| Period::parse(p).ok())).unwrap_or(current));
        let for_report = data.clone();
        let report = Memo::new(move |_| Shared(Arc::new(report(&for_report.scorecard, period.get()))));
        AppState { data: StoredValue::new(data), route, period, report }
    }

    /// Changes the URL; the hashchange event then updates `route`.
    pub fn navigate(&self, route: Route) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&route.to_hash());
        }
    }
}

//! The indicators view: the filter panel and the table of matching indicators.

use super::download::DownloadCsv;
use super::filters::Filters;
use super::indicator_table::IndicatorTable;
use super::report_button::DownloadReport;
use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn IndicatorsView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let items = Memo::new(move |_| {
        let filter = state.filter.get();
        let keys = state.search_keys();
        state.report.with(|r| state.with_scorecard(|sc| filter.indicators(sc, r, &keys)))
    });
    let total = state.with_scorecard(|sc| sc.indicators.len());
    let shown = Signal::derive(move || (items.with(Vec::len), total));
    view! {
        <h2 class="view-title">{i18n::t().nav_indicators()}</h2>
        <Filters shown=shown />
        <div class="toolbar"><DownloadCsv items=items /><DownloadReport /></div>
        <IndicatorTable items=items caption=i18n::t().nav_indicators() id="indicator-table" />
    }
}

//! Beside each chart, a small menu to take it out: an image (PNG at twice the size, or SVG)
//! with its title, period, council and source drawn in, its figures as CSV, or a snippet that
//! embeds that one chart in another page. The first view carries only the disclosure: the
//! export module (`crates/scorecard-export`), fetched the first time a reader opens a menu,
//! fills it in and does the work from the chart's box as it is on the page.
//!
//! A page showing one chart alone (`chart=NAME`, an embed) draws, in place of that chart's
//! menu, a line naming whose figures they are and linking to the whole dashboard; the
//! stylesheet then hides everything but the chart's box (`.only-here`).

use crate::i18n;
use crate::report::{ExportRequest, EXPORT_REQUEST};
use crate::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ChartMenu(
    /// The chart's name in an embed's address (`route::charts`).
    chart: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let only = state.route.with_untracked(|r| r.param("chart") == Some(chart)).then_some(state);
    view! {
        <details class="chart-menu" on:click=move |e| fill(e, chart, state)>
            <summary>{i18n::t().chart_menu()}</summary>
        </details>
        {only.map(source)}
    }
}

/// An embedded chart's line: the dashboard (a link to all of it, in a new tab) and the period.
fn source(state: AppState) -> impl IntoView {
    let full = state.link(&state.route.get_untracked().with("chart", ""));
    let name = state.with_scorecard(|sc| {
        let lang = i18n::lang().code();
        i18n::t().page_title(sc.title.get(lang), sc.organisation.name.get(lang))
    });
    view! {
        <p class="only-here hint">
            <a href=full target="_blank">{name}</a>
            " · " {move || crate::format::period(state.period.get())}
        </p>
    }
}

/// A click on the menu: one that opens it asks the module to fill it in (a keyboard's Enter on
/// the summary is a click too; the module fills it once). What stopped it is said in the menu.
fn fill(e: leptos::ev::MouseEvent, chart: &'static str, state: AppState) {
    let Some(menu) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    if menu.has_attribute("open") {
        return;
    }
    let hash = state.route.get_untracked().to_hash();
    let src = state.data.with_value(|d| d.url.clone());
    let lang = i18n::lang().code().to_string();
    let request = ExportRequest { version: EXPORT_REQUEST, chart: chart.to_string(), lang, hash, src };
    let json = serde_json::to_string(&request).unwrap_or_default();
    crate::module::ask("export", "chart_menu", json, menu.clone().into(), move |done| {
        if let Err(why) = done {
            let _ = menu.insert_adjacent_text("beforeend", &i18n::t().report_failed(&why));
        }
    });
}

//! Beside each chart, a small menu to take it out: an image (PNG at twice the size, or SVG)
//! with its title, period, council and source drawn in, or its figures as CSV. The export
//! module (`crates/scorecard-export`), fetched the first time a reader asks, does the work from
//! the chart's panel as it is on the page; the first view carries only this markup and one
//! plain function.

use crate::i18n;
use crate::report::{ExportRequest, EXPORT_REQUEST};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ChartMenu() -> impl IntoView {
    view! {
        <details class="chart-menu">
            <summary>{i18n::t().chart_menu()}</summary>
            <div class="toolbar" on:click=take_out>
                <button type="button" class="secondary" data-kind="png">{i18n::t().chart_png()}</button>
                <button type="button" class="secondary" data-kind="svg">{i18n::t().chart_svg()}</button>
                <button type="button" class="secondary" data-kind="csv">{i18n::t().chart_csv()}</button>
            </div>
            <p class="hint" role="status"></p>
        </details>
    }
}

/// A choice made: the module is asked to make it of the panel the menu is in. It says what it
/// saved in the menu's status line; what stopped it is said here.
fn take_out(e: leptos::ev::MouseEvent) {
    let Some(button) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let (Some(kind), Ok(Some(panel))) = (button.get_attribute("data-kind"), button.closest(".panel")) else {
        return;
    };
    let request = ExportRequest { version: EXPORT_REQUEST, kind, lang: i18n::lang().code().to_string() };
    let json = serde_json::to_string(&request).unwrap_or_default();
    let status = button
        .closest(".chart-menu")
        .ok()
        .flatten()
        .and_then(|m| m.query_selector("[role=status]").ok().flatten());
    crate::module::ask("export", "export_chart", json, panel.into(), move |done| {
        if let (Err(why), Some(status)) = (done, status) {
            status.set_text_content(Some(&i18n::t().report_failed(&why)));
        }
    });
}

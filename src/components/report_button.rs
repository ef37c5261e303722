//! "Download the committee report (Word)": the quarter's performance appendix for the period
//! and language shown, written by the report module (`crates/scorecard-report`), fetched only
//! when a reader asks. The module fetches the file itself, so this button is all the first
//! view's wasm carries of it.

use crate::report::{self, ReportRequest, REPORT_REQUEST};
use crate::state::AppState;
use crate::{csv, i18n};
use leptos::prelude::*;

#[component]
pub fn DownloadReport() -> impl IntoView {
    let state = expect_context::<AppState>();
    let said = RwSignal::new(String::new());
    let click = move |_| {
        let lang = i18n::lang().code().to_string();
        let period = state.period.get_untracked();
        let name = state.with_scorecard(|sc| report::filename(sc.organisation.name.get(&lang), period));
        let request = ReportRequest {
            version: REPORT_REQUEST,
            url: state.data.with_value(|d| d.url.clone()),
            period: period.to_string(),
            lang,
        };
        said.set(i18n::t().report_writing().to_string());
        let json = serde_json::to_string(&request).unwrap_or_default();
        crate::module::ask(
            "report",
            "write_report",
            json,
            wasm_bindgen::JsValue::UNDEFINED,
            move |written| {
                said.set(match written {
                    Ok(bytes) => {
                        csv::download_data(&name, &bytes, report::DOCX);
                        i18n::t().saved_as(&name)
                    }
                    Err(why) => i18n::t().report_failed(&why),
                })
            },
        );
    };
    view! {
        <button type="button" class="secondary" id="download-report" on:click=click>{i18n::t().report_download()}</button>
        <p class="hint" id="report-status" role="status">{move || said.get()}</p>
    }
}

//! The committee report writer, as a module of its own: the dashboard fetches this wasm when a
//! reader asks for the report, and calls [`write_report`] with one request. It fetches the
//! scorecard (the worker's copy offline, as the dashboard's own loading does) and writes the
//! document `scorecard report --docx` writes for the same file, period and language
//! (`scorecard_app::paper`, the same code).

use scorecard_app::report::{ReportRequest, REPORT_REQUEST};
use wasm_bindgen::prelude::*;

/// The most a scorecard may be (the reader refuses larger ones anyway).
const LIMIT: usize = 64 * 1024 * 1024;

fn main() {
    scorecard_app::set_panic_hook();
    // Fetching the file may ask the offline worker to keep it, in a task of its own.
    let _ = any_spawner::Executor::init_wasm_bindgen();
}

/// `request` is a [`ReportRequest`] as JSON. Gives the document's bytes, or a sentence saying
/// why not.
#[wasm_bindgen]
pub async fn write_report(request: String) -> Result<Vec<u8>, String> {
    let request = parse(&request)?;
    let file = scorecard_app::load::fetch_bytes(&request.url, &request.url, LIMIT).await?;
    written(&file, &request.period, &request.lang)
}

fn parse(request: &str) -> Result<ReportRequest, String> {
    let request: ReportRequest = serde_json::from_str(request).map_err(|e| e.to_string())?;
    if request.version != REPORT_REQUEST {
        return Err(scorecard_app::i18n::paper().report_other_build().to_string());
    }
    Ok(request)
}

/// The report of `file` for `period` in `lang`, as the command line writes it.
fn written(file: &[u8], period: &str, lang: &str) -> Result<Vec<u8>, String> {
    let loaded = scorecard_core::read_to_show(file);
    let Some(sc) = &loaded.scorecard else {
        let first =
            loaded.diagnostics.first().map(|d| format!("{} {}", d.pointer, d.message)).unwrap_or_default();
        return Err(first.trim().to_string());
    };
    let period = scorecard_core::Period::parse(period).map_err(|e| e.0)?;
    Ok(scorecard_app::paper::written(sc, period, Some(lang)).bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_module_writes_what_the_command_line_writes() {
        let file = include_bytes!("../../../public/data/sample.json");
        let bytes = written(file, "2023/24-Q2", "en").unwrap();
        let sc = scorecard_core::read_to_show(file).scorecard.unwrap();
        assert!(bytes == scorecard_app::paper::written(&sc, sc.current_period, Some("en")).bytes);
        let request = ReportRequest { version: REPORT_REQUEST + 1, ..Default::default() };
        assert!(parse(&serde_json::to_string(&request).unwrap()).is_err(), "another build's request");
        assert!(written(b"{}", "2023/24-Q2", "en").is_err(), "a file that cannot be shown");
    }
}

//! The dashboard's side of the committee report: the one request the report module
//! (`crates/scorecard-report`, fetched when a reader asks) takes, and the file's name. The
//! document itself is written by `paper`, which the command line's `scorecard report` runs too.

use scorecard_core::Period;
use serde::{Deserialize, Serialize};

/// The version of [`ReportRequest`] this build speaks: a module of another build refuses it.
pub const REPORT_REQUEST: u32 = 1;

/// A Word document's media type.
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// Everything the report module needs: serialised once (JSON) by the dashboard, read once by
/// the module.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportRequest {
    /// [`REPORT_REQUEST`].
    pub version: u32,
    /// The scorecard's address (resolved): the module fetches it (the worker's copy offline),
    /// so the dashboard's first view carries none of that code.
    pub url: String,
    /// The period the reader is looking at ("2023/24-Q2").
    pub period: String,
    /// The reader's language ("cy").
    pub lang: String,
}

/// "wexcombe-borough-council-committee-report-2023-24-q2.docx"
pub fn filename(org: &str, period: Period) -> String {
    crate::csv::named(&[org, crate::i18n::t().report_file_word(), &period.to_string()], "docx")
}

/// The version of [`ExportRequest`] this build speaks.
pub const EXPORT_REQUEST: u32 = 2;

/// A chart's menu opened for the first time (`components/chart_menu.rs` →
/// `crates/scorecard-export`): the module fills it in and does what the reader picks. It is
/// handed the menu and reads the rest from the page as it is on screen (the chart's box, its
/// heading and table, its chart's option, the council, the period), so the first view carries
/// no more of it than the disclosure.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExportRequest {
    /// [`EXPORT_REQUEST`].
    pub version: u32,
    /// The chart's name in an embed's address (`route::charts`).
    pub chart: String,
    /// The reader's language ("cy").
    pub lang: String,
    /// The view as the dashboard's route writes it (`#/indicator/rent?period=2023/24-Q2`): an
    /// embed snippet shows the chart in it.
    pub hash: String,
    /// The scorecard's address, as the dashboard loaded it.
    pub src: String,
}

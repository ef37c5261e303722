//! The scorecard format and its rules, shared by the dashboard (compiled to wasm) and the
//! `scorecard` command line. Pure Rust: no I/O, no browser APIs.
//!
//! - [`read()`] turns bytes into a validated [`Scorecard`] with diagnostics by JSON Pointer.
//! - [`report()`] computes, for one period, every status, trend, roll-up and exception.

pub mod checks;
pub mod csv_text;
pub mod decimal;
pub mod diag;
pub mod generate;
#[cfg(feature = "import")]
pub mod import;
pub mod messages;
pub mod model;
pub mod order;
pub mod pack;
pub mod period;
pub mod rag;
pub mod read;
pub mod reference;
pub mod report;
pub mod site;
pub mod text;
pub mod trend;
mod wire;

#[cfg(test)]
mod testing;

pub use diag::{Diagnostic, Severity};
pub use model::*;
pub use period::{Calendar, Period, PeriodKind};
pub use rag::Status;
pub use read::{read, read_to_show, LeftOut, Loaded};
pub use report::{
    history, report, Assessment, Counts, Exception, ExceptionKind, HistoryPoint, Report, Summary,
};
pub use text::Text;
pub use trend::{Direction, Travel};

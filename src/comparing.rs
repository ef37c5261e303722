//! What the dashboard asks the comparison module (`crates/scorecard-compare`) to draw: one
//! request, serialised once and versioned, so the two wasms of one build agree on it and a
//! module from another build says so instead of drawing something else. The module gives
//! back a handle that moves the drawn view to another route or unmounts it
//! (`components/lazy.rs` keeps it).

use serde::{Deserialize, Serialize};

/// The version of [`CompareRequest`] this build speaks.
pub const COMPARE_REQUEST: u32 = 1;

/// What the module draws.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compared {
    /// The compare view: every linked indicator among similar councils.
    View,
    /// One linked indicator's comparison, on its page: the indicator's place in the file.
    Peers { indicator: usize },
    /// The overview's count of linked indicators by quartile.
    Card,
    /// A benchmark pack on its own (`?pack=URL&area=CODE`): `src` is the pack's index.
    Pack { area: String },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CompareRequest {
    /// [`COMPARE_REQUEST`].
    pub version: u32,
    pub what: Compared,
    /// The scorecard's address as the dashboard loaded it (the module reads it again, from
    /// the browser's cache), or the pack's for [`Compared::Pack`].
    pub src: String,
    /// The reader's language ("cy").
    pub lang: String,
    /// The view as the dashboard's route writes it (`#/compare?peers=…`).
    pub hash: String,
    /// The origins data may come from besides the page's.
    pub allowed: Vec<String>,
    /// Mounted in a host page: links change the view in memory, not the host's address.
    pub mounted: bool,
}

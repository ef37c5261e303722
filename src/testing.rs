//! What the dashboard crate's native tests share: the bundled sample, read by the core.

use scorecard_core::{report, Report, Scorecard};

/// The bundled Wexcombe sample, as the dashboard reads it.
pub fn sample() -> Scorecard {
    let loaded = scorecard_core::read_to_show(include_bytes!("../public/data/sample.json"));
    loaded.scorecard.expect("the bundled sample reads")
}

/// The sample and its report for its current period.
pub fn sample_report() -> (Scorecard, Report) {
    let sc = sample();
    let r = report(&sc, sc.current_period);
    (sc, r)
}

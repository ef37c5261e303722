//! Charts the app draws itself, as HTML and SVG: the overview's and the group pages' counts
//! by status. They paint with the figures, from the wasm alone, so the first view never
//! waits for ECharts (which only the indicator history, a line chart, still uses). Each is
//! one `role="img"` with the same sentence an ECharts chart had, beside a table with the same
//! figures whose links are its keyboard equivalent; a click or tap on a mark opens the same
//! list the table's number does.

pub mod bars;
pub mod donut;
// An indicator's history, drawn into a page written ahead of time (natively, and in the site
// writer's wasm); never in the dashboard's, which keeps the written drawing instead.
#[cfg(any(not(target_arch = "wasm32"), feature = "prerender"))]
pub mod line;
pub mod patterns;
pub mod stack;

pub use bars::Bars;
pub use donut::Donut;
pub use patterns::Patterns;
pub use stack::Stack;

/// `part` of `whole` as an SVG length in per cent, to one decimal ("37.5%"), without std's
/// float formatting (which nothing else in the dashboard needs).
pub fn percent(part: u32, whole: u32) -> String {
    if whole == 0 {
        return "0%".to_string();
    }
    format!("{}%", tenths(part as f64 * 100.0 / whole as f64))
}

/// A number to one decimal place ("12.3", "-0.5").
pub fn tenths(x: f64) -> String {
    let t = (x * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    format!("{sign}{}.{}", (t / 10).abs(), (t % 10).abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_to_one_decimal_and_never_divides_by_zero() {
        assert_eq!(percent(3, 8), "37.5%");
        assert_eq!(percent(1, 3), "33.3%");
        assert_eq!(percent(2, 3), "66.7%");
        assert_eq!(percent(5, 5), "100.0%");
        assert_eq!(percent(0, 0), "0%");
        assert_eq!(tenths(-0.54), "-0.5");
    }
}

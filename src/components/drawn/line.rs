//! An indicator's history drawn as SVG into its written page (`scorecard publish`): the value
//! line with each point's status as colour and shape, the target dashed, benchmarks dotted.
//! A reader without JavaScript sees it; the app, landing on the page, keeps a copy of it until
//! the reader reaches for the chart (`Chart`'s `written`), so a history's page costs no chart
//! library while it loads. Across, each period's place is the middle of its share of the
//! width, as ECharts' category axis has it, so nothing moves when ECharts takes over.

use crate::charts::history::Point;
use crate::charts::{status_colour, status_symbol};
use crate::theme::{INK, MUTED, SERIES};
use leptos::prelude::*;

const TOP: f64 = 40.0;
const BOTTOM: f64 = 40.0;

/// A marker's outline about (0, 0), as ECharts draws each symbol.
fn shape(symbol: &str) -> &'static str {
    match symbol {
        "circle" => "M-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0z",
        "triangle" => "M0-6L6 5H-6z",
        "diamond" => "M0-6.5L5 0L0 6.5L-5 0z",
        _ => "M-5-5H5V5H-5z",
    }
}

/// How each kind of line is drawn, as presentation attributes (stroke, width, dashes): the
/// page's stylesheet (the first view's) carries nothing for a drawing only written pages have.
fn look(class: &str) -> (&'static str, Option<&'static str>, Option<&'static str>) {
    match class {
        "value" => (SERIES, Some("2"), None),
        "target" => (INK, Some("2"), Some("6 4")),
        "benchmark" => (MUTED, Some("2"), Some("2 3")),
        _ => ("#e0e0e0", None, None),
    }
}

/// One line of the drawing, of a kind `look` knows.
fn line(class: &'static str, (x1, y1): (String, String), (x2, y2): (String, String)) -> impl IntoView {
    let (stroke, width, dash) = look(class);
    view! {
        <line class=class stroke=stroke stroke-width=width stroke-dasharray=dash x1=x1 x2=x2 y1=y1 y2=y2 />
    }
}

/// Round steps for an axis spanning `lo` to `hi`: 1, 2 or 5 times a power of ten, about
/// four of them.
fn ticks(lo: f64, hi: f64) -> Vec<f64> {
    // A flat history still gets an axis around its figure.
    let (lo, hi) = if hi - lo < 1e-9 { (lo - 1.0, hi + 1.0) } else { (lo, hi) };
    let span = hi - lo;
    let mut unit = 1.0;
    while span / unit >= 10.0 {
        unit *= 10.0;
    }
    while span / unit < 1.0 {
        unit /= 10.0;
    }
    let step = [0.1, 0.2, 0.5, 1.0, 2.0, 5.0]
        .into_iter()
        .map(|m| m * unit)
        .find(|s| span / s <= 5.0)
        .unwrap_or(unit * 10.0);
    let first = (lo / step).floor() * step;
    (0..8).map(|i| first + step * i as f64).take_while(|t| *t <= hi + step * 0.999).collect()
}

/// The drawing, the chart element's content in the written page. Built as views, so every
/// text in it (a benchmark's label comes from the file) is escaped as any view's is.
pub fn svg(
    points: &[Point],
    benchmarks: &[(String, f64)],
    label: &dyn Fn(f64) -> String,
    height: u32,
) -> AnyView {
    let all = points.iter().flat_map(|p| [p.value, p.target]).flatten().chain(benchmarks.iter().map(|b| b.1));
    let (lo, hi) = all.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let steps = if lo <= hi { ticks(lo, hi) } else { Vec::new() };
    let (min, max) = (steps.first().copied().unwrap_or(0.0), steps.last().copied().unwrap_or(1.0));
    let plot = height as f64 - TOP - BOTTOM;
    let y = |v: f64| super::tenths(TOP + (max - v) / (max - min).max(1e-9) * plot);
    let n = points.len().max(1) as u32;
    let x = |i: usize| super::percent(2 * i as u32 + 1, 2 * n);
    let across = |class: &'static str, at: String| line(class, ("0".into(), at.clone()), ("100%".into(), at));
    // A gap in the figures is a gap in the line, as ECharts draws it.
    let mut segments = Vec::new();
    for (class, pick) in
        [("target", (|p: &Point| p.target) as fn(&Point) -> Option<f64>), ("value", |p: &Point| p.value)]
    {
        for (i, w) in points.windows(2).enumerate() {
            if let (Some(a), Some(b)) = (pick(&w[0]), pick(&w[1])) {
                segments.push(line(class, (x(i), y(a)), (x(i + 1), y(b))));
            }
        }
    }
    let every = points.len().div_ceil(6).max(1);
    let below = (height - 14).to_string();
    let marks = points.iter().enumerate().map(|(i, p)| {
        let mark = p.value.map(|v| {
            let d = shape(status_symbol(p.status));
            view! { <svg overflow="visible" x=x(i) y=y(v)><path d=d fill=status_colour(p.status) /></svg> }
        });
        let period = (i % every == 0).then(|| {
            view! { <text text-anchor="middle" x=x(i) y=below.clone()>{p.period.clone()}</text> }
        });
        (mark, period)
    });
    // The axis's labels beside the plot, as ECharts' grid has them (70 px left, 30 px right).
    view! {
        <svg class="axis" width="70" font-size="12" fill=MUTED height=height focusable="false">
            {steps.iter().map(|t| view! {
                <text x="62" y=y(*t) text-anchor="end" dominant-baseline="middle">{label(*t)}</text>
            }).collect_view()}
        </svg>
        <svg class="plot" overflow="visible" font-size="12" fill=MUTED height=height focusable="false">
            {steps.iter().map(|t| across("grid", y(*t))).collect_view()}
            {benchmarks.iter().map(|(name, v)| view! {
                {across("benchmark", y(*v))}
                <text x="4" dy="-4" y=y(*v)>{name.clone()}</text>
            }).collect_view()}
            {segments.collect_view()}
            {marks.collect_view()}
        </svg>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_axis_has_round_steps_around_its_figures() {
        assert_eq!(ticks(12.0, 87.0), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(ticks(96.1, 97.4), [96.0, 96.5, 97.0, 97.5]);
        assert_eq!(ticks(5.0, 5.0), [4.0, 4.5, 5.0, 5.5, 6.0]);
    }
}

//! An indicator's history drawn as SVG into its written page (`scorecard publish`): the value
//! line with each point's status as colour and shape, the target dashed, benchmarks dotted.
//! A reader without JavaScript sees it; the app, landing on the page, keeps a copy of it until
//! the reader reaches for the chart (`Chart`'s `written`), so a history's page costs no chart
//! library while it loads. Across, each period's place is the middle of its share of the
//! width, as ECharts' category axis has it, so nothing moves when ECharts takes over.

use crate::charts::history::Point;
use crate::charts::{status_colour, status_symbol};

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

/// How each kind of line is drawn, as presentation attributes: the page's stylesheet (the
/// first view's) carries nothing for a drawing only written pages have.
fn look(class: &str) -> &'static str {
    match class {
        "value" => r##"stroke="#1d4f91" stroke-width="2""##,
        "target" => r##"stroke="#0b0c0c" stroke-width="2" stroke-dasharray="6 4""##,
        "benchmark" => r##"stroke="#505a5f" stroke-width="2" stroke-dasharray="2 3""##,
        _ => r##"stroke="#e0e0e0""##,
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

/// Appends markup made of `parts`, each text part already escaped.
fn put(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
}

/// Appends text, escaped for SVG markup.
fn text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            _ => out.push(c),
        }
    }
}

/// The drawing as markup, the chart element's content in the written page.
pub fn svg(
    points: &[Point],
    benchmarks: &[(String, f64)],
    label: &dyn Fn(f64) -> String,
    height: u32,
) -> String {
    let all = points.iter().flat_map(|p| [p.value, p.target]).flatten().chain(benchmarks.iter().map(|b| b.1));
    let (lo, hi) = all.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let steps = if lo <= hi { ticks(lo, hi) } else { Vec::new() };
    let (min, max) = (steps.first().copied().unwrap_or(0.0), steps.last().copied().unwrap_or(1.0));
    let plot = height as f64 - TOP - BOTTOM;
    let y = |v: f64| super::tenths(TOP + (max - v) / (max - min).max(1e-9) * plot);
    let n = points.len().max(1) as u32;
    let x = |i: usize| super::percent(2 * i as u32 + 1, 2 * n);
    let h = height.to_string();
    // The axis's labels beside the plot, as ECharts' grid has them (70 px left, 30 px right).
    let mut out = String::new();
    put(
        &mut out,
        &[
            r##"<svg class="axis" width="70" font-size="12" fill="#505a5f" height=""##,
            &h,
            r#"" focusable="false">"#,
        ],
    );
    for t in &steps {
        put(&mut out, &[r#"<text x="62" y=""#, &y(*t), r#"" text-anchor="end" dominant-baseline="middle">"#]);
        text(&mut out, &label(*t));
        out.push_str("</text>");
    }
    put(
        &mut out,
        &[
            r##"</svg><svg class="plot" overflow="visible" font-size="12" fill="#505a5f" height=""##,
            &h,
            r#"" focusable="false">"#,
        ],
    );
    let across = |out: &mut String, class: &str, at: &str| {
        put(
            out,
            &[
                r#"<line class=""#,
                class,
                r#"" "#,
                look(class),
                r#" x1="0" x2="100%" y1=""#,
                at,
                r#"" y2=""#,
                at,
                r#""/>"#,
            ],
        );
    };
    for t in &steps {
        across(&mut out, "grid", &y(*t));
    }
    for (name, v) in benchmarks {
        let at = y(*v);
        across(&mut out, "benchmark", &at);
        put(&mut out, &[r#"<text x="4" dy="-4" y=""#, &at, r#"">"#]);
        text(&mut out, name);
        out.push_str("</text>");
    }
    // A gap in the figures is a gap in the line, as ECharts draws it.
    for (class, pick) in
        [("target", (|p: &Point| p.target) as fn(&Point) -> Option<f64>), ("value", |p: &Point| p.value)]
    {
        for (i, w) in points.windows(2).enumerate() {
            if let (Some(a), Some(b)) = (pick(&w[0]), pick(&w[1])) {
                put(
                    &mut out,
                    &[
                        r#"<line class=""#,
                        class,
                        r#"" "#,
                        look(class),
                        r#" x1=""#,
                        &x(i),
                        r#"" y1=""#,
                        &y(a),
                        r#"" x2=""#,
                        &x(i + 1),
                        r#"" y2=""#,
                        &y(b),
                        r#""/>"#,
                    ],
                );
            }
        }
    }
    let every = points.len().div_ceil(6).max(1);
    let below = (height - 14).to_string();
    for (i, p) in points.iter().enumerate() {
        if let Some(v) = p.value {
            let shape = shape(status_symbol(p.status));
            put(
                &mut out,
                &[
                    r#"<svg overflow="visible" x=""#,
                    &x(i),
                    r#"" y=""#,
                    &y(v),
                    r#""><path d=""#,
                    shape,
                    r#"" fill=""#,
                    status_colour(p.status),
                    r#""/></svg>"#,
                ],
            );
        }
        if i % every == 0 {
            put(&mut out, &[r#"<text text-anchor="middle" x=""#, &x(i), r#"" y=""#, &below, r#"">"#]);
            text(&mut out, &p.period);
            out.push_str("</text>");
        }
    }
    out.push_str("</svg>");
    out
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

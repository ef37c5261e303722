//! Colours: the one table of status colours, which both the charts and the stylesheet use
//! (the stylesheet through custom properties that `apply` sets on the dashboard's root), and
//! the council's brand colour made accessible.

use scorecard_core::{ActionStatus, Rag, Status};

/// Status colours, each with at least 3:1 contrast against white (chart marks) and 4.5:1
/// where the stylesheet uses them as text.
const GREEN: &str = "#00703c";
const AMBER: &str = "#b35c00";
const RED: &str = "#c2261a";
const GREY: &str = "#505a5f";
const LIGHT_GREY: &str = "#6f777b";
const PURPLE: &str = "#4c2c92";
const DARK_GREEN: &str = "#005a30";

/// What every chart draws its lines and words in: a series (an indicator's values, a group's
/// members), ink (a target, the council's own mark) and grey (benchmarks, reference lines, an
/// axis's words). The written page's drawing and ECharts' option share them, so nothing
/// changes colour when ECharts takes over.
pub const SERIES: &str = "#1d4f91";
pub const INK: &str = "#0b0c0c";
pub const MUTED: &str = GREY;

/// The stylesheet's names for them (`var(--red)`).
pub const PROPERTIES: [(&str, &str); 5] =
    [("--green", GREEN), ("--amber", AMBER), ("--red", RED), ("--grey", GREY), ("--purple", PURPLE)];

pub fn status_colour(s: Status) -> &'static str {
    match s {
        Status::Green => GREEN,
        Status::Amber => AMBER,
        Status::Red => RED,
        Status::NoTarget => GREY,
        Status::NoData => LIGHT_GREY,
        Status::Suppressed => PURPLE,
    }
}

pub fn action_colour(s: ActionStatus) -> &'static str {
    match s.rag() {
        Some(Rag::Green) if s == ActionStatus::Complete => DARK_GREEN,
        Some(r) => status_colour(r.into()),
        None if s == ActionStatus::Cancelled => LIGHT_GREY,
        None => GREY,
    }
}

/// Sets the status colours, and the brand colour when a council gave one, on `el` through
/// the CSS object model (which a Content-Security-Policy without `'unsafe-inline'` allows,
/// unlike a `style` attribute).
pub fn apply(el: &web_sys::HtmlElement, brand: Option<&str>) {
    let style = el.style();
    for (name, value) in properties(brand) {
        let _ = style.set_property(name, &value);
    }
}

/// The custom properties `apply` sets: the status colours, and the brand's where there is one.
pub fn properties(brand: Option<&str>) -> Vec<(&'static str, String)> {
    let mut all: Vec<_> = PROPERTIES.iter().map(|(k, v)| (*k, v.to_string())).collect();
    if let Some(b) = brand {
        all.push(("--brand", accessible_brand(b)));
    }
    all
}

/// Relative luminance (WCAG 2.2) of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0) as f64 / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            let c = (c + 0.055) / 1.055;
            c * c * fifth_root(c * c)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// `a`^(1/5) for `a` in (0, 1], by Newton's method: with `c`² it makes `c`^2.4 above, where
/// `powf` would bring the maths library's `pow` (2 KB) into the first view's wasm for one
/// brand colour.
fn fifth_root(a: f64) -> f64 {
    let mut y = 1.0;
    for _ in 0..40 {
        y = (4.0 * y + a / (y * y * y * y)) / 5.0;
    }
    y
}

pub fn contrast_with_white(hex: &str) -> f64 {
    1.05 / (luminance(hex) + 0.05)
}

/// The brand colour, darkened where needed so white text on it (and it as text on white)
/// keeps 4.5:1. RAG colours never change.
pub fn accessible_brand(hex: &str) -> String {
    let mut rgb = [1, 3, 5].map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0) as f64);
    let mut out = hex.to_string();
    for _ in 0..100 {
        if contrast_with_white(&out) >= 4.5 {
            break;
        }
        rgb = rgb.map(|c| c * 0.95);
        out = format!("#{:02x}{:02x}{:02x}", rgb[0] as u8, rgb[1] as u8, rgb[2] as u8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luminance_is_wcags() {
        for c in 0..=255u8 {
            let x = c as f64 / 255.0;
            let exact = if x <= 0.03928 { x / 12.92 } else { ((x + 0.055) / 1.055).powf(2.4) };
            let hex = format!("#{c:02x}{c:02x}{c:02x}");
            assert!((luminance(&hex) - exact).abs() < 1e-12, "{hex}");
        }
    }

    #[test]
    fn every_status_colour_is_visible_on_white() {
        for s in Status::ALL {
            assert!(contrast_with_white(status_colour(s)) >= 3.0, "{s:?}");
        }
        for s in ActionStatus::ALL {
            assert!(contrast_with_white(action_colour(s)) >= 3.0, "{s:?}");
        }
    }

    #[test]
    fn colours_used_as_text_reach_4_5_to_1() {
        for (name, value) in PROPERTIES {
            assert!(contrast_with_white(value) >= 4.5, "{name} {value}");
        }
    }

    #[test]
    fn red_amber_and_green_differ() {
        let rag = [Status::Red, Status::Amber, Status::Green].map(status_colour);
        assert!(rag[0] != rag[1] && rag[1] != rag[2] && rag[0] != rag[2]);
    }

    #[test]
    fn a_pale_brand_is_darkened_until_white_text_reads_on_it() {
        let out = accessible_brand("#ffdd00");
        assert!(contrast_with_white(&out) >= 4.5, "{out}");
        assert_eq!(accessible_brand("#1d4f91"), "#1d4f91", "a dark enough colour is kept");
    }
}

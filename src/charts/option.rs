//! The ECharts option these charts need, assembled from charming's components and written
//! straight to JSON text.
//!
//! Serialising charming's whole `Chart` compiles in the serialiser of every component and
//! series ECharts has (22 series kinds, 3D axes, maps, toolboxes…), which cost about 23 KB
//! gzip of wasm for charts that use a bar, a line and a pie (since then, only the history's
//! line is drawn by ECharts: the counts are drawn by the app, `components/drawn/`); going through
//! `serde_json::Value` cost a further few. This holds only what we draw; each part is still
//! charming's typed builder, plus the two things charming has no setter for (below).

use charming::component::{Axis, Grid, Legend};
use charming::datatype::CompositeValue;
use charming::element::{ItemStyle, Tooltip};
use charming::series::{Line, Scatter};
use serde::Serialize;

#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct EchartsOption {
    #[serde(skip_serializing_if = "Option::is_none")]
    grid: Option<Grid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    legend: Option<Legend>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tooltip: Option<Tooltip>,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_axis: Option<Axis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    y_axis: Option<Axis>,
    series: Vec<Series>,
    #[serde(skip_serializing_if = "Option::is_none")]
    aria: Option<AriaOption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    animation: Option<bool>,
}

/// Each kind serialises its own `"type"`, so the enum adds nothing to the JSON.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Series {
    Line(Line),
    MarkedLine(MarkedLine),
    Scatter(Scatter),
}

/// A line whose points each carry their own marker shape (charming's data items have no
/// `symbol`), so a point's status is told by shape as well as colour.
#[derive(Serialize)]
pub struct MarkedLine {
    #[serde(flatten)]
    pub line: Line,
    pub data: Vec<MarkedPoint>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MarkedPoint {
    /// A number, or "-" for a gap.
    pub value: CompositeValue,
    pub symbol: &'static str,
    pub item_style: ItemStyle,
}

/// ECharts' ARIA settings with our own description: charming's `Aria` label has no
/// `description`, and ECharts' generated one reads poorly.
#[derive(Serialize)]
struct AriaOption {
    enabled: bool,
    decal: Toggle,
    label: AriaLabel,
}

#[derive(Serialize)]
struct Toggle {
    show: bool,
}

#[derive(Serialize)]
struct AriaLabel {
    enabled: bool,
    description: String,
}

macro_rules! series_from {
    ($($kind:ident),*) => {$(
        impl From<$kind> for Series {
            fn from(s: $kind) -> Self {
                Series::$kind(s)
            }
        }
    )*};
}

series_from!(Line, MarkedLine, Scatter);

/// Setters in charming's style: each takes the part and returns the option.
macro_rules! setters {
    ($($field:ident: $part:ty),*) => {$(
        pub fn $field(mut self, part: $part) -> Self {
            self.$field = Some(part);
            self
        }
    )*};
}

impl EchartsOption {
    pub fn new() -> Self {
        Self::default()
    }

    setters!(grid: Grid, legend: Legend, tooltip: Tooltip, x_axis: Axis, y_axis: Axis);

    pub fn series(mut self, series: impl Into<Series>) -> Self {
        self.series.push(series.into());
        self
    }

    /// ARIA on, decal patterns on, and `description` as the chart's one-sentence summary:
    /// ECharts puts it in the container's `aria-label`.
    pub fn described(mut self, description: &str) -> Self {
        self.aria = Some(AriaOption {
            enabled: true,
            decal: Toggle { show: true },
            label: AriaLabel { enabled: true, description: description.to_string() },
        });
        self
    }

    pub fn still(mut self, reduced_motion: bool) -> Self {
        if reduced_motion {
            self.animation = Some(false);
        }
        self
    }
}

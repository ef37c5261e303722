//! The ECharts option these charts need, assembled from charming's components and written
//! straight to JSON text.
//!
//! Serialising charming's whole `Chart` compiles in the serialiser of every component and
//! series ECharts has (22 series kinds, 3D axes, maps, toolboxes…), which cost about 23 KB
//! gzip of wasm for charts that use a bar, a line and a pie; going through
//! `serde_json::Value` cost a further few. This holds only what we draw; each part is still
//! charming's typed builder, plus the two things charming has no setter for (below).

use charming::component::{Axis, Grid, Legend};
use charming::datatype::CompositeValue;
use charming::element::{ItemStyle, Tooltip};
use charming::series::{Bar, Line, Pie};
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
    Bar(Bar),
    Line(Line),
    Pie(Pie),
    MarkedLine(MarkedLine),
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

impl From<Bar> for Series {
    fn from(s: Bar) -> Self {
        Series::Bar(s)
    }
}

impl From<Line> for Series {
    fn from(s: Line) -> Self {
        Series::Line(s)
    }
}

impl From<Pie> for Series {
    fn from(s: Pie) -> Self {
        Series::Pie(s)
    }
}

impl From<MarkedLine> for Series {
    fn from(s: MarkedLine) -> Self {
        Series::MarkedLine(s)
    }
}

impl EchartsOption {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn grid(mut self, grid: Grid) -> Self {
        self.grid = Some(grid);
        self
    }

    pub fn legend(mut self, legend: Legend) -> Self {
        self.legend = Some(legend);
        self
    }

    pub fn tooltip(mut self, tooltip: Tooltip) -> Self {
        self.tooltip = Some(tooltip);
        self
    }

    pub fn x_axis(mut self, axis: Axis) -> Self {
        self.x_axis = Some(axis);
        self
    }

    pub fn y_axis(mut self, axis: Axis) -> Self {
        self.y_axis = Some(axis);
        self
    }

    pub fn series(mut self, series: impl Into<Series>) -> Self {
        self.series.push(series.into());
        self
    }

    /// ARIA on, decal patterns on, and `description` as the chart's one-sentence summary:
    /// ECharts puts it in the container's `aria-label`.
    pub fn described(mut self, description: &str) -> Self {
        self.aria = Some(AriaOption { enabled: true, decal: Toggle { show: true }, label: AriaLabel { enabled: true, description: description.to_string() } });
        self
    }

    pub fn still(mut self, reduced_motion: bool) -> Self {
        if reduced_motion {
            self.animation = Some(false);
        }
        self
    }
}

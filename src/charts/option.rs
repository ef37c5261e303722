//! The ECharts option these charts need, assembled from charming's components.
//!
//! Serialising charming's whole `Chart` compiles in the serialiser of every component and
//! series ECharts has (22 series kinds, 3D axes, maps, toolboxes…), which cost about 25 KB
//! gzip of wasm for charts that use a bar, a line and a pie. This holds only what we draw;
//! each part is still charming's typed builder.

use charming::component::{Aria, Axis, Grid, Legend};
use charming::element::Tooltip;
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
    aria: Option<Aria>,
}

/// Each kind serialises its own `"type"`, so the enum adds nothing to the JSON.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Series {
    Bar(Bar),
    Line(Line),
    Pie(Pie),
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

    pub fn aria(mut self, aria: Aria) -> Self {
        self.aria = Some(aria);
        self
    }
}

//! A chart's figures as its table holds them, and what is made of them: the CSV, and the chart
//! drawn again by ECharts with its title, period, council and source line, for an image. Pure,
//! so it is tested natively; `main.rs` reads the table from the page and draws.

use scorecard_app::theme;
use scorecard_core::csv_text::field;
use scorecard_core::{ActionStatus, Status};
use serde_json::{json, Value};

/// An image's width, in CSS pixels (a PNG is twice that).
pub const WIDTH: u32 = 1200;

/// One row of a table: its cells' text, and the status it counts where it says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub cells: Vec<String>,
    pub status: Option<String>,
}

/// A chart's panel as read: its heading, its table's header (each with its status where the
/// column counts one) and rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    pub heading: String,
    pub header: Vec<(String, Option<String>)>,
    pub rows: Vec<Row>,
}

/// What is drawn in around the chart.
pub struct Caption<'a> {
    pub title: &'a str,
    /// "Q2 2023/24 · Wexcombe Borough Council"
    pub subtitle: &'a str,
    /// "Source: …"
    pub source: &'a str,
}

/// The table as CSV: UTF-8 with a byte-order mark and CRLF line ends, as the list's download.
pub fn csv(f: &Figures) -> String {
    // A number stays a number ("-3" is not a formula); any other text is defused.
    let cell = |c: &&str| field(c, c.trim().replace(',', "").parse::<f64>().is_err());
    let line = |cells: Vec<&str>| cells.iter().map(cell).collect::<Vec<_>>().join(",") + "\r\n";
    let mut out = String::from("\u{feff}");
    out.push_str(&line(f.header.iter().map(|(h, _)| h.as_str()).collect()));
    for r in &f.rows {
        out.push_str(&line(r.cells.iter().map(String::as_str).collect()));
    }
    out
}

/// A status's colour, by its name in the file's words ("red", "at-risk").
fn colour(status: Option<&str>) -> Option<&'static str> {
    let s = status?;
    Status::parse(s).map(theme::status_colour).or_else(|| ActionStatus::parse(s).map(theme::action_colour))
}

fn number(cell: &str) -> f64 {
    cell.trim().replace(',', "").parse().unwrap_or(0.0)
}

/// A chart the app draws itself, drawn again from its table: one bar per row for a table of
/// counts (a label and a number), else a bar per row stacked by column (the groups' tables;
/// their last column, the total, left out).
pub fn drawn(f: &Figures) -> Value {
    let labels: Vec<&str> = f.rows.iter().map(|r| r.cells.first().map_or("", String::as_str)).collect();
    let axes = json!({
        "xAxis": {"type": "value", "minInterval": 1},
        "yAxis": {"type": "category", "inverse": true, "data": labels, "axisLabel": {"fontSize": 14, "width": 320, "overflow": "break"}},
        "grid": {"left": 24, "right": 48, "containLabel": true},
    });
    let series: Vec<Value> = if f.header.len() <= 2 {
        let data: Vec<Value> = f
            .rows
            .iter()
            .map(|r| json!({"value": number(r.cells.get(1).map_or("", String::as_str)), "itemStyle": {"color": colour(r.status.as_deref()).unwrap_or("#1d70b8")}}))
            .collect();
        vec![
            json!({"type": "bar", "data": data, "label": {"show": true, "position": "right", "fontSize": 14}}),
        ]
    } else {
        let last = f.header.len() - 1;
        (1..last)
            .map(|c| {
                let (name, status) = &f.header[c];
                let data: Vec<f64> =
                    f.rows.iter().map(|r| number(r.cells.get(c).map_or("", String::as_str))).collect();
                let mut s = json!({"type": "bar", "stack": "all", "name": name, "data": data});
                if let Some(c) = colour(status.as_deref()) {
                    s["itemStyle"] = json!({"color": c});
                }
                s
            })
            .collect()
    };
    let mut option = axes;
    option["series"] = Value::Array(series);
    if f.header.len() > 2 {
        option["legend"] = json!({"bottom": 48, "left": 24, "textStyle": {"fontSize": 14}});
    }
    option
}

/// The chart's height for an image: a history keeps the screen's proportions; bars get room
/// for each row.
pub fn height(f: &Figures, own_option: bool) -> u32 {
    if own_option {
        600
    } else {
        (220 + 44 * f.rows.len() as u32).clamp(400, 2400)
    }
}

/// `option` made ready to be an image: its title, period, council and source drawn in, on
/// white, still, without the parts only a screen uses.
pub fn captioned(mut option: Value, caption: &Caption) -> String {
    let Some(o) = option.as_object_mut() else { return "{}".into() };
    for screen_only in ["tooltip", "axisPointer", "dataZoom", "toolbox"] {
        o.remove(screen_only);
    }
    o.insert("animation".into(), json!(false));
    o.insert("backgroundColor".into(), json!("#ffffff"));
    o.insert(
        "title".into(),
        json!({
            "text": caption.title, "subtext": caption.subtitle, "left": 24, "top": 16,
            "textStyle": {"fontSize": 24, "color": scorecard_app::theme::INK}, "subtextStyle": {"fontSize": 16, "color": scorecard_app::theme::MUTED},
        }),
    );
    o.insert(
        "graphic".into(),
        json!([{"type": "text", "left": 24, "bottom": 16, "style": {"text": caption.source, "fontSize": 14, "fill": scorecard_app::theme::MUTED}}]),
    );
    // Room above the plot for the title, and below it for the legend and the source line.
    let bottom = if o.contains_key("legend") { 96 } else { 64 };
    let room = |grid: &mut Value| {
        if let Some(g) = grid.as_object_mut() {
            g.insert("top".into(), json!(96));
            g.insert("bottom".into(), json!(bottom));
        }
    };
    match o.get_mut("grid") {
        Some(Value::Array(grids)) => grids.iter_mut().for_each(room),
        Some(grid) => room(grid),
        None => {
            o.insert(
                "grid".into(),
                json!({"top": 96, "bottom": bottom, "left": 24, "right": 48, "containLabel": true}),
            );
        }
    }
    // Below the plot, above the source line (ECharts gives a drawn chart's legends as a list).
    let place = |legend: &mut Value| {
        if let Some(l) = legend.as_object_mut() {
            l.insert("bottom".into(), json!(44));
            l.remove("top");
        }
    };
    match o.get_mut("legend") {
        Some(Value::Array(legends)) => legends.iter_mut().for_each(place),
        Some(legend) => place(legend),
        None => {}
    }
    option.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts() -> Figures {
        Figures {
            heading: "Indicators by status".into(),
            header: vec![("Status".into(), None), ("Number of indicators".into(), None)],
            rows: vec![
                Row { cells: vec!["Red – off target".into(), "13".into()], status: Some("red".into()) },
                Row { cells: vec!["=cmd|' /C calc'!A0".into(), "1".into()], status: None },
            ],
        }
    }

    #[test]
    fn the_csv_is_the_table_formula_safe() {
        let text = csv(&counts());
        assert!(text.starts_with("\u{feff}Status,Number of indicators\r\n"));
        assert!(text.contains("Red – off target,13\r\n"), "{text}");
        assert!(text.contains("'=cmd"), "a cell Excel would run is defused: {text}");
    }

    #[test]
    fn a_table_of_counts_is_drawn_as_bars_in_the_status_colours() {
        let option = drawn(&counts());
        assert_eq!(option["series"][0]["data"][0]["value"], 13.0);
        assert_eq!(option["series"][0]["data"][0]["itemStyle"]["color"], theme::status_colour(Status::Red));
        assert_eq!(option["yAxis"]["data"][0], "Red – off target");
    }

    #[test]
    fn a_groups_table_is_drawn_as_stacked_bars_without_its_total() {
        let f = Figures {
            heading: "Indicators by service area".into(),
            header: vec![
                ("Service area".into(), None),
                ("Green".into(), Some("green".into())),
                ("Red".into(), Some("red".into())),
                ("Total".into(), None),
            ],
            rows: vec![Row {
                cells: vec!["Housing".into(), "3".into(), "1".into(), "4".into()],
                status: None,
            }],
        };
        let option = drawn(&f);
        let series = option["series"].as_array().unwrap();
        assert_eq!(series.len(), 2, "no series for the total");
        assert_eq!(series[1]["name"], "Red");
        assert_eq!(series[1]["data"][0], 1.0);
        assert_eq!(series[1]["itemStyle"]["color"], theme::status_colour(Status::Red));
    }

    #[test]
    fn an_image_has_its_title_period_council_and_source_and_no_tooltip() {
        let caption =
            Caption { title: "History", subtitle: "Q2 2023/24 · Wexcombe", source: "Source: Wexcombe" };
        let option: Value = serde_json::from_str(&captioned(
            json!({"tooltip": {}, "grid": {"left": 8}, "series": []}),
            &caption,
        ))
        .unwrap();
        assert_eq!(option["title"]["text"], "History");
        assert_eq!(option["title"]["subtext"], "Q2 2023/24 · Wexcombe");
        assert_eq!(option["graphic"][0]["style"]["text"], "Source: Wexcombe");
        assert!(option.get("tooltip").is_none());
        assert_eq!(option["grid"]["top"], 96);
        assert_eq!(option["animation"], false);
    }
}

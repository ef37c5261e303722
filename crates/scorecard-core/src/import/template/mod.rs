//! The officer's template: the workbook `scorecard export` writes and `scorecard import`
//! reads back to the same scorecard. Sheets `Scorecard` (settings), `Priorities`,
//! `Services`, `Indicators` (one row per indicator), `Values` (long: one row per indicator
//! per period), `Actions` (one row per update), `Commentary` and `Read me`.
//!
//! The settings sheets (`Scorecard`, `Priorities`, `Services`, `Commentary`) are read by
//! `read.rs`; `Indicators`, `Values` and `Actions` are ordinary sheets whose headers the
//! importer recognises, so an officer's own sheets work the same way. This module writes it.

mod opendocument;
mod read;

use crate::messages as msg;
use crate::model::{
    ActionStatus, Compare, GroupKind, Measure, Polarity, Rag, Scope, Scorecard, Tolerance, Unit,
};
use crate::period::PeriodKind;
pub use read::{is_meta_sheet, read_meta};

pub const SETTINGS: &str = "Scorecard";
pub const PRIORITIES: &str = "Priorities";
pub const SERVICES: &str = "Services";
pub const COMMENTARY: &str = "Commentary";
pub const README: &str = "Read me";

/// A cell of the template.
#[derive(Clone, Debug, PartialEq)]
pub enum Out {
    Text(String),
    Number(f64),
    Empty,
}

fn t(s: impl Into<String>) -> Out {
    let s = s.into();
    if s.is_empty() {
        Out::Empty
    } else {
        Out::Text(s)
    }
}

fn opt_num(x: Option<f64>) -> Out {
    x.map_or(Out::Empty, Out::Number)
}

/// One sheet of the template: headers, rows, and the drop-down lists of its columns.
pub struct OutSheet {
    pub name: &'static str,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<Out>>,
    pub lists: Vec<(usize, Vec<&'static str>)>,
    pub widths: Vec<f64>,
}

fn tolerance_text(t: Tolerance) -> String {
    match t {
        Tolerance::Percent(p) => format!("{}%", crate::decimal::shortest(p)),
        Tolerance::Absolute(a) => format!("{} absolute", crate::decimal::shortest(a)),
    }
}

/// The words of an enum's drop-down list: the file format's own, from the core.
fn words<T>(table: &[(&'static str, T)]) -> Vec<&'static str> {
    table.iter().map(|(w, _)| *w).collect()
}

/// The template's sheets for a scorecard (text in its first language).
pub fn sheets(sc: &Scorecard) -> Vec<OutSheet> {
    let lang = sc.language();
    vec![
        settings_sheet(sc, lang),
        priorities_sheet(sc, lang),
        services_sheet(sc, lang),
        indicators_sheet(sc, lang),
        values_sheet(sc, lang),
        actions_sheet(sc, lang),
        commentary_sheet(sc, lang),
        readme_sheet(),
    ]
}

fn settings_sheet(sc: &Scorecard, lang: &str) -> OutSheet {
    let text = |x: &crate::Text| x.get(lang).to_string();
    let d = &sc.defaults;
    OutSheet {
        name: SETTINGS,
        headers: vec!["Setting", "Value"],
        rows: vec![
            vec![t("Organisation"), t(text(&sc.organisation.name))],
            vec![t("Organisation code"), t(sc.organisation.code.clone().unwrap_or_default())],
            vec![t("Website"), t(sc.organisation.website.clone().unwrap_or_default())],
            vec![t("Title"), t(text(&sc.title))],
            vec![t("Published"), t(sc.published.to_string())],
            vec![t("Current period"), t(sc.current_period.to_string())],
            vec![t("Year starts (month)"), Out::Number(sc.calendar.year_starts as f64)],
            vec![t("Languages"), t(sc.languages.join(" "))],
            vec![t("Default tolerance"), t(tolerance_text(d.tolerance))],
            vec![t("Default trend compares with"), t(compare_word(d.trend.compare))],
            vec![t("Default no change within"), t(d.trend.stable.map(tolerance_text).unwrap_or_default())],
            vec![t("Suppress below"), Out::Number(d.suppress_below as f64)],
        ],
        lists: vec![],
        widths: vec![30.0, 60.0],
    }
}

fn priorities_sheet(sc: &Scorecard, lang: &str) -> OutSheet {
    OutSheet {
        name: PRIORITIES,
        headers: vec!["ID", "Name", "Portfolio", "Partner"],
        rows: group_rows(sc, lang, GroupKind::Priority),
        lists: vec![],
        widths: vec![24.0, 50.0, 40.0, 30.0],
    }
}

fn services_sheet(sc: &Scorecard, lang: &str) -> OutSheet {
    OutSheet {
        name: SERVICES,
        headers: vec!["ID", "Name", "Priority", "Portfolio", "Partner"],
        rows: group_rows(sc, lang, GroupKind::Service),
        lists: vec![],
        widths: vec![24.0, 40.0, 40.0, 40.0, 30.0],
    }
}

/// A row per priority, or per service (naming its priority).
fn group_rows(sc: &Scorecard, lang: &str, kind: GroupKind) -> Vec<Vec<Out>> {
    let text = |x: &crate::Text| x.get(lang).to_string();
    let services = kind == GroupKind::Service;
    let groups = if services { &sc.services } else { &sc.priorities };
    groups
        .iter()
        .map(|g| {
            let mut row = vec![t(g.id.clone()), t(text(&g.name))];
            if services {
                row.push(t(g
                    .priority
                    .as_deref()
                    .map(|p| group_name(sc, GroupKind::Priority, p))
                    .unwrap_or_default()));
            }
            row.push(t(g.portfolio.as_ref().map(text).unwrap_or_default()));
            row.push(t(g.partner.as_ref().map(text).unwrap_or_default()));
            row
        })
        .collect()
}

fn indicators_sheet(sc: &Scorecard, lang: &str) -> OutSheet {
    OutSheet {
        name: "Indicators",
        headers: INDICATOR_HEADERS.to_vec(),
        rows: sc.indicators.iter().map(|i| indicator_settings(sc, i, lang)).collect(),
        lists: vec![
            (7, words(Unit::WORDS)),
            (9, words(Polarity::WORDS)),
            (10, words(&PeriodKind::FREQUENCIES)),
            (11, words(Measure::WORDS)),
        ],
        widths: vec![
            18.0, 12.0, 50.0, 50.0, 30.0, 30.0, 20.0, 12.0, 9.0, 12.0, 12.0, 14.0, 12.0, 18.0, 16.0, 10.0,
        ],
    }
}

fn values_sheet(sc: &Scorecard, lang: &str) -> OutSheet {
    let text = |x: &crate::Text| x.get(lang).to_string();
    let mut values = Vec::new();
    for ind in &sc.indicators {
        for o in &ind.values {
            values.push(vec![
                t(ind.id.clone()),
                t(o.period.to_string()),
                opt_num(o.value),
                opt_num(o.target),
                t(o.reported_status.map(|r| r.as_str()).unwrap_or("")),
                t(o.forecast_status.map(|r| r.as_str()).unwrap_or("")),
                t(if o.suppressed { "yes" } else { "" }),
                t(o.comment.as_ref().map(text).unwrap_or_default()),
            ]);
        }
    }
    OutSheet {
        name: "Values",
        headers: VALUE_HEADERS.to_vec(),
        rows: values,
        lists: vec![(4, words(Rag::WORDS)), (5, words(Rag::WORDS)), (6, vec!["yes"])],
        widths: vec![30.0, 12.0, 12.0, 12.0, 10.0, 10.0, 11.0, 80.0],
    }
}

/// One row per update of each action (one with no update for an action without any).
fn actions_sheet(sc: &Scorecard, lang: &str) -> OutSheet {
    let text = |x: &crate::Text| x.get(lang).to_string();
    let mut actions = Vec::new();
    for a in &sc.actions {
        let base = |row: &mut Vec<Out>| {
            row.extend([
                t(a.id.clone()),
                t(text(&a.title)),
                t(a.service.as_deref().map(|s| group_name(sc, GroupKind::Service, s)).unwrap_or_default()),
                t(a.priorities
                    .iter()
                    .map(|p| group_name(sc, GroupKind::Priority, p))
                    .collect::<Vec<_>>()
                    .join("; ")),
                t(a.due.map(|d| d.to_string()).unwrap_or_default()),
                t(a.owner.as_ref().map(text).unwrap_or_default()),
            ]);
        };
        if a.updates.is_empty() {
            let mut row = Vec::new();
            base(&mut row);
            row.extend([Out::Empty, Out::Empty, Out::Empty]);
            actions.push(row);
        }
        for u in &a.updates {
            let mut row = Vec::new();
            base(&mut row);
            row.extend([
                t(u.period.to_string()),
                t(u.status.as_str()),
                t(u.comment.as_ref().map(text).unwrap_or_default()),
            ]);
            actions.push(row);
        }
    }
    OutSheet {
        name: "Actions",
        headers: vec![
            "Ref", "Action", "Service", "Priorities", "Due", "Owner", "Period", "Status", "Comment",
        ],
        rows: actions,
        lists: vec![(7, words(ActionStatus::WORDS))],
        widths: vec![24.0, 50.0, 30.0, 30.0, 12.0, 30.0, 12.0, 12.0, 80.0],
    }
}

fn commentary_sheet(sc: &Scorecard, lang: &str) -> OutSheet {
    let text = |x: &crate::Text| x.get(lang).to_string();
    OutSheet {
        name: COMMENTARY,
        headers: vec!["Period", "Scope", "Author", "Text"],
        rows: sc
            .commentary
            .iter()
            .map(|c| {
                let scope = match &c.scope {
                    Scope::Overall => "overall".to_string(),
                    Scope::Service(s) => group_name(sc, GroupKind::Service, s),
                    Scope::Priority(p) => group_name(sc, GroupKind::Priority, p),
                };
                vec![
                    t(c.period.to_string()),
                    t(scope),
                    t(c.author.as_ref().map(text).unwrap_or_default()),
                    t(text(&c.text)),
                ]
            })
            .collect(),
        lists: vec![],
        widths: vec![12.0, 30.0, 30.0, 100.0],
    }
}

fn readme_sheet() -> OutSheet {
    OutSheet {
        name: README,
        headers: vec![msg::t().template_readme_title()],
        rows: msg::t().template_readme().into_iter().map(|l| vec![t(l)]).collect(),
        lists: vec![],
        widths: vec![120.0],
    }
}

const INDICATOR_HEADERS: [&str; 16] = [
    "Indicator ID",
    "Code",
    "Title",
    "Description",
    "Service",
    "Priorities",
    "Tags",
    "Unit",
    "Decimals",
    "Polarity",
    "Frequency",
    "Measure kind",
    "Tolerance",
    "Trend compares with",
    "No change within",
    "Sensitive",
];
const VALUE_HEADERS: [&str; 8] =
    ["Indicator ID", "Period", "Value", "Target", "Status", "Forecast", "Suppressed", "Comment"];

fn compare_word(c: Compare) -> &'static str {
    match c {
        Compare::Previous => "previous",
        Compare::LastYear => "last year",
        Compare::Auto => "auto",
    }
}

/// A group as the template names it: by name (in the scorecard's language), which officers
/// read and the importer resolves back to the id.
fn group_name(sc: &Scorecard, kind: GroupKind, id: &str) -> String {
    sc.group(kind, id).map_or(id.to_string(), |g| g.name.get(sc.language()).to_string())
}

fn indicator_settings(sc: &Scorecard, i: &crate::Indicator, lang: &str) -> Vec<Out> {
    // The tolerance column only where it differs from the scorecard's default.
    let tolerance =
        if i.tolerance != sc.defaults.tolerance { tolerance_text(i.tolerance) } else { String::new() };
    vec![
        t(i.id.clone()),
        t(i.code.clone().unwrap_or_default()),
        t(i.title.get(lang)),
        t(i.description.as_ref().map(|d| d.get(lang).to_string()).unwrap_or_default()),
        t(i.service.as_deref().map(|s| group_name(sc, GroupKind::Service, s)).unwrap_or_default()),
        t(i.priorities.iter().map(|p| group_name(sc, GroupKind::Priority, p)).collect::<Vec<_>>().join("; ")),
        t(i.tags.join("; ")),
        t(i.unit.as_str()),
        Out::Number(i.decimals as f64),
        t(i.polarity.as_str()),
        t(i.frequency.frequency()),
        t(i.measure.as_str()),
        t(tolerance),
        t(if i.trend.compare == sc.defaults.trend.compare { "" } else { compare_word(i.trend.compare) }),
        t(if i.trend.stable == sc.defaults.trend.stable {
            String::new()
        } else {
            i.trend.stable.map(tolerance_text).unwrap_or_default()
        }),
        t(if i.sensitive { "yes" } else { "" }),
    ]
}

/// The `Values` layout with each indicator's settings as columns: one CSV for a script or a
/// spreadsheet that wants a single table.
pub fn csv(sc: &Scorecard) -> String {
    let all = sheets(sc);
    let (settings, values) = (&all[3], &all[4]);
    let mut out = String::from("\u{feff}");
    let headers: Vec<&str> = settings.headers.iter().chain(values.headers.iter().skip(1)).copied().collect();
    out.push_str(&headers.iter().map(|h| field(&Out::Text(h.to_string()))).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    let id = |r: &[Out]| match r.first() {
        Some(Out::Text(s)) => s.clone(),
        _ => String::new(),
    };
    let by_id: std::collections::HashMap<String, &Vec<Out>> =
        settings.rows.iter().map(|r| (id(r), r)).collect();
    for row in &values.rows {
        let Some(set) = by_id.get(&id(row)) else { continue };
        let cells: Vec<String> = set.iter().chain(row.iter().skip(1)).map(field).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn field(c: &Out) -> String {
    match c {
        Out::Empty => String::new(),
        Out::Number(x) => crate::decimal::shortest(*x),
        Out::Text(s) => crate::csv_text::field(s, true),
    }
}

/// The template as an OpenDocument spreadsheet (`.ods`), for councils on LibreOffice.
pub fn ods(sc: &Scorecard) -> Result<Vec<u8>, String> {
    opendocument::write(&sheets(sc))
}

#[cfg(test)]
pub(crate) fn write_ods(sheets: &[OutSheet]) -> Vec<u8> {
    opendocument::write(sheets).unwrap()
}

/// The template as an XLSX workbook: header rows frozen and bold, drop-down lists for
/// statuses, polarity, unit and frequency, widths that fit.
#[cfg(feature = "template")]
pub fn xlsx(sc: &Scorecard) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{DataValidation, Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| msg::t().template_failed(&e.to_string());
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for s in sheets(sc) {
        let ws = book.add_worksheet();
        ws.set_name(s.name).map_err(err)?;
        for (c, h) in s.headers.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, *h, &bold).map_err(err)?;
        }
        for (c, w) in s.widths.iter().enumerate() {
            ws.set_column_width(c as u16, *w).map_err(err)?;
        }
        for (r, row) in s.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match cell {
                    Out::Empty => {}
                    Out::Number(x) => {
                        ws.write_number(r, c, *x).map_err(err)?;
                    }
                    Out::Text(text) if s.name == README => {
                        ws.write_string_with_format(r, c, text, &wrap).map_err(err)?;
                    }
                    Out::Text(text) => {
                        ws.write_string(r, c, text).map_err(err)?;
                    }
                }
            }
        }
        if s.name != README && s.name != SETTINGS {
            ws.set_freeze_panes(1, 0).map_err(err)?;
        }
        for (col, list) in &s.lists {
            let dv = DataValidation::new().allow_list_strings(list).map_err(err)?;
            ws.add_data_validation(1, *col as u16, 1_048_575, *col as u16, &dv).map_err(err)?;
        }
    }
    book.save_to_buffer().map_err(err)
}

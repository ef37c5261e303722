//! Reading the template's settings sheets (`Scorecard`, `Priorities`, `Services`,
//! `Commentary`) into the scorecard's [`Meta`]; its other sheets are read as any sheet is.

use super::{COMMENTARY, PRIORITIES, README, SERVICES, SETTINGS};
use crate::import::assemble::{GroupRow, Meta};
use crate::import::grid::{Cell, Sheet};
use crate::import::ids::slug;
use crate::import::words::{self, fold};
use crate::period::Period;
use serde_json::json;

/// The sheets read as settings, not as indicators.
pub fn is_meta_sheet(s: &Sheet) -> bool {
    [SETTINGS, PRIORITIES, SERVICES, COMMENTARY, README].contains(&s.name.as_str())
}

fn rows_of(sheet: &Sheet) -> Vec<Vec<String>> {
    sheet.rows.iter().map(|r| r.iter().map(Cell::text).collect()).collect()
}

/// Settings from the template's own sheets, where the workbook has them.
pub fn read_meta(sheets: &[Sheet]) -> Meta {
    let mut meta = Meta::default();
    let find = |name: &str| sheets.iter().find(|s| s.name == name);
    if let Some(s) = find(SETTINGS) {
        for row in rows_of(s) {
            let (Some(k), Some(v)) = (row.first(), row.get(1)) else { continue };
            let v = v.trim().to_string();
            if v.is_empty() {
                continue;
            }
            match fold(k).as_str() {
                "organisation" => meta.organisation = Some(v),
                "organisation code" => meta.organisation_code = Some(v),
                "website" => meta.website = Some(v),
                "title" => meta.title = Some(v),
                "published" => meta.published = Some(v.get(..10).unwrap_or(&v).to_string()),
                "current period" => meta.current_period = Period::parse(&v).ok(),
                "year starts month" => meta.year_starts = v.parse().ok().filter(|m| (1..=12).contains(m)),
                "languages" => {
                    meta.languages =
                        v.split([' ', ',', ';']).filter(|l| !l.is_empty()).map(str::to_string).collect()
                }
                "default tolerance" => {
                    let d = meta.defaults.get_or_insert_with(|| json!({}));
                    if let Some(t) = words::tolerance(&v) {
                        d["tolerance"] = t;
                    }
                }
                "suppress below" => {
                    let d = meta.defaults.get_or_insert_with(|| json!({}));
                    if let Ok(n) = v.parse::<u32>() {
                        d["suppress_below"] = json!(n);
                    }
                }
                "default trend compares with" => {
                    let d = meta.defaults.get_or_insert_with(|| json!({}));
                    if let Some(c) = words::compare_word(&v) {
                        d["trend"]["compare"] = json!(c);
                    }
                }
                "default no change within" => {
                    let d = meta.defaults.get_or_insert_with(|| json!({}));
                    if let Some(t) = words::tolerance(&v) {
                        d["trend"]["stable"] = t;
                    }
                }
                _ => {}
            }
        }
    }
    let groups = |s: &Sheet| -> Vec<GroupRow> {
        let rows = rows_of(s);
        let Some(header) = rows.first() else { return Vec::new() };
        let col = |name: &str| header.iter().position(|h| fold(h) == name);
        let (id, name, priority, portfolio, partner) =
            (col("id"), col("name"), col("priority"), col("portfolio"), col("partner"));
        let get = |r: &Vec<String>, c: Option<usize>| {
            c.and_then(|c| r.get(c)).map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
        };
        rows.iter()
            .skip(1)
            .filter_map(|r| {
                let name_text = get(r, name)?;
                Some(GroupRow {
                    id: get(r, id).unwrap_or_else(|| slug(&name_text)),
                    name: name_text,
                    priority: get(r, priority),
                    portfolio: get(r, portfolio),
                    partner: get(r, partner),
                })
            })
            .collect()
    };
    if let Some(s) = find(PRIORITIES) {
        meta.priorities = groups(s);
    }
    if let Some(s) = find(SERVICES) {
        meta.services = groups(s);
        // A service's priority may be written by name.
        for g in meta.services.iter_mut() {
            if let Some(p) = &g.priority {
                if let Some(found) =
                    meta.priorities.iter().find(|x| x.id == *p || x.name.eq_ignore_ascii_case(p))
                {
                    g.priority = Some(found.id.clone());
                }
            }
        }
    }
    if let Some(s) = find(COMMENTARY) {
        let rows = rows_of(s);
        for r in rows.iter().skip(1) {
            let get = |i: usize| r.get(i).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
            let (Some(period), Some(text)) = (get(0), get(3)) else { continue };
            let scope = get(1).unwrap_or_else(|| "overall".into());
            let scope = if fold(&scope) == "overall" {
                "overall".to_string()
            } else {
                meta.services
                    .iter()
                    .chain(meta.priorities.iter())
                    .find(|g| g.id == scope || g.name.eq_ignore_ascii_case(&scope))
                    .map_or(scope.clone(), |g| g.id.clone())
            };
            let mut c = json!({"period": period, "scope": scope, "text": text});
            if let Some(a) = get(2) {
                c["author"] = json!(a);
            }
            meta.commentary.push(c);
        }
    }
    meta
}

//! `--into`: next quarter's sheet added to last quarter's scorecard. Indicators match by code
//! (else id); new ones are added; nothing in the earlier file is lost. Where the sheet
//! restates a value or target, the sheet's figure wins and a warning says
//! `restated CODE PERIOD: OLD → NEW`, one per figure.

use super::{Level, Problem};
use crate::messages as msg;
use crate::period::{Calendar, Period};
use serde_json::{Map, Value};

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(o) => o.values().next().map(text_of).unwrap_or_default(),
        _ => String::new(),
    }
}

fn figure(v: Option<&Value>) -> String {
    match v.and_then(Value::as_f64) {
        Some(x) => crate::decimal::shortest(x),
        None => msg::t().no_figure(),
    }
}

fn list<'a>(doc: &'a mut Value, key: &str) -> &'a mut Vec<Value> {
    if !doc.get(key).is_some_and(Value::is_array) {
        doc[key] = Value::Array(Vec::new());
    }
    doc[key].as_array_mut().expect("just made a list")
}

fn str_field<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// The scorecard published before, which an import is added to (`scorecard import --into`,
/// and the publish page's "Start from last quarter's scorecard").
#[derive(Clone, Debug)]
pub struct Earlier(Value);

impl Earlier {
    /// Reads the file as saved (a byte-order mark is allowed), as `check` would: one that
    /// cannot be shown is refused with its first reason.
    pub fn read(bytes: &[u8]) -> Result<Earlier, String> {
        let loaded = crate::read(bytes);
        if loaded.is_fatal() {
            return Err(loaded.diagnostics.first().map_or(String::new(), |d| d.message.clone()));
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        serde_json::from_slice(bytes).map(Earlier).map_err(|e| e.to_string())
    }
}

/// Adds `imported`'s scorecard to the one published before: figures merged (a restated one
/// named as a warning), and the result read back as the import's own is, any error in it
/// reported, so the file offered is never one `check` refuses. The CLI and the publish page
/// both call this, so the same inputs give the same file.
pub fn into(imported: &mut super::Imported, earlier: &Earlier) {
    let Some(document) = imported.document() else { return };
    let (merged, restated) = merge(&earlier.0, &document, &imported.context);
    imported.problems.extend(restated);
    let text = super::to_text(&merged);
    for d in crate::read(text.as_bytes()).diagnostics.iter().filter(|d| d.severity == crate::Severity::Error)
    {
        imported.problems.push(Problem {
            severity: super::Level::Error,
            cell: String::new(),
            message: crate::messages::t().imported_file_problem(&d.pointer, &d.message),
        });
    }
    imported.text = Some(text);
    super::found::worst_first(&mut imported.problems);
}

/// Merges `new` (just imported) into `old` (last quarter's scorecard). `context`: the
/// (code or id, period) figures the sheet gave only in relative columns (`Previous
/// quarter`), which are reprints for comparison: they fill periods `old` lacks but never
/// restate a published figure (a difference is reported, the published figure kept).
pub fn merge(old: &Value, new: &Value, context: &[(String, String)]) -> (Value, Vec<Problem>) {
    let mut out = old.clone();
    let mut problems = Vec::new();
    let cal = old
        .get("year_starts")
        .and_then(Value::as_u64)
        .map_or_else(Calendar::default, |m| Calendar::new(m as u8));
    // Groups: the new file's slugs may name groups the old file already has by another id.
    let mut renamed: Vec<(String, String)> = Vec::new();
    for key in ["priorities", "services"] {
        let new_groups = new.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
        let groups = list(&mut out, key);
        for g in new_groups {
            let (Some(id), name) = (str_field(&g, "id"), g.get("name").map(text_of).unwrap_or_default())
            else {
                continue;
            };
            match groups.iter().find(|o| {
                str_field(o, "id") == Some(id)
                    || o.get("name").map(text_of).is_some_and(|n| n.eq_ignore_ascii_case(&name))
            }) {
                Some(o) => {
                    let old_id = str_field(o, "id").unwrap_or(id).to_string();
                    if old_id != id {
                        renamed.push((id.to_string(), old_id));
                    }
                }
                None => groups.push(g.clone()),
            }
        }
        if groups.is_empty() {
            out.as_object_mut().map(|o| o.remove(key));
        }
    }
    let rename = |id: &str| renamed.iter().find(|(n, _)| n == id).map_or(id.to_string(), |(_, o)| o.clone());
    let relink = |item: &mut Value| {
        if let Some(s) = item.get("service").and_then(Value::as_str).map(&rename) {
            item["service"] = Value::String(s);
        }
        if let Some(ps) = item.get_mut("priorities").and_then(Value::as_array_mut) {
            for p in ps.iter_mut() {
                if let Some(s) = p.as_str().map(&rename) {
                    *p = Value::String(s);
                }
            }
        }
    };
    let new_inds = new.get("indicators").and_then(Value::as_array).cloned().unwrap_or_default();
    let inds = list(&mut out, "indicators");
    for mut ni in new_inds {
        relink(&mut ni);
        let code = str_field(&ni, "code").map(str::to_string);
        let id = str_field(&ni, "id").unwrap_or_default().to_string();
        let found = inds.iter_mut().find(|o| match (&code, str_field(o, "code")) {
            (Some(c), Some(oc)) => c == oc,
            _ => str_field(o, "id") == Some(id.as_str()),
        });
        let Some(oi) = found else {
            let mut n = 2;
            let mut unique = id.clone();
            while inds_has(inds, &unique) {
                unique = format!("{id}-{n}");
                n += 1;
            }
            ni["id"] = Value::String(unique);
            inds.push(ni);
            continue;
        };
        let name = code.clone().unwrap_or_else(|| str_field(oi, "id").unwrap_or_default().to_string());
        // Settings the earlier file lacks come from the sheet; its own stay.
        if let (Some(o), Some(n)) = (oi.as_object_mut(), ni.as_object()) {
            for (k, v) in n {
                if k != "values" && !o.contains_key(k) {
                    o.insert(k.clone(), v.clone());
                }
            }
        }
        let new_values = ni.get("values").and_then(Value::as_array).cloned().unwrap_or_default();
        let values = list(oi, "values");
        for nv in new_values {
            let Some(p) = str_field(&nv, "period").map(str::to_string) else { continue };
            match values.iter_mut().find(|v| str_field(v, "period") == Some(p.as_str())) {
                Some(ov) if context.iter().any(|(c, q)| *c == name && *q == p) => {
                    for field in ["value", "target"] {
                        let (a, b) =
                            (ov.get(field).and_then(Value::as_f64), nv.get(field).and_then(Value::as_f64));
                        if a.is_some() && b.is_some() && a != b {
                            problems.push(Problem {
                                severity: Level::Warning,
                                cell: String::new(),
                                message: msg::t().reprint_differs(
                                    &name,
                                    &p,
                                    &figure(ov.get(field)),
                                    &figure(nv.get(field)),
                                ),
                            });
                        }
                    }
                    if let (Some(o), Some(n)) = (ov.as_object_mut(), nv.as_object()) {
                        for (k, v) in n {
                            if !o.contains_key(k) {
                                o.insert(k.clone(), v.clone());
                            }
                        }
                    }
                }
                Some(ov) => {
                    for field in ["value", "target"] {
                        let (a, b) =
                            (ov.get(field).and_then(Value::as_f64), nv.get(field).and_then(Value::as_f64));
                        if a.is_some() && a != b {
                            problems.push(Problem {
                                severity: Level::Warning,
                                cell: String::new(),
                                message: msg::t().restated(
                                    &name,
                                    &p,
                                    &figure(ov.get(field)),
                                    &figure(nv.get(field)),
                                ),
                            });
                        }
                    }
                    let mut merged: Map<String, Value> = ov.as_object().cloned().unwrap_or_default();
                    for (k, v) in nv.as_object().cloned().unwrap_or_default() {
                        merged.insert(k, v);
                    }
                    if merged.contains_key("suppressed") {
                        merged.remove("value");
                    }
                    *ov = Value::Object(merged);
                }
                None => values.push(nv),
            }
        }
        values.sort_by_key(|v| {
            str_field(v, "period")
                .and_then(|p| Period::parse(p).ok())
                .map(|p| cal.start(p))
                .unwrap_or(i64::MAX)
        });
    }
    // Actions by id; updates by period.
    let new_actions = new.get("actions").and_then(Value::as_array).cloned().unwrap_or_default();
    if !new_actions.is_empty() {
        let actions = list(&mut out, "actions");
        for mut na in new_actions {
            relink(&mut na);
            let id = str_field(&na, "id").unwrap_or_default().to_string();
            match actions.iter_mut().find(|a| str_field(a, "id") == Some(id.as_str())) {
                None => actions.push(na),
                Some(oa) => {
                    let new_updates =
                        na.get("updates").and_then(Value::as_array).cloned().unwrap_or_default();
                    let updates = list(oa, "updates");
                    for nu in new_updates {
                        let p = str_field(&nu, "period").map(str::to_string);
                        match updates.iter_mut().find(|u| str_field(u, "period").map(str::to_string) == p) {
                            Some(ou) => *ou = nu,
                            None => updates.push(nu),
                        }
                    }
                }
            }
        }
    }
    for c in new.get("commentary").and_then(Value::as_array).cloned().unwrap_or_default() {
        let comments = list(&mut out, "commentary");
        if !comments.contains(&c) {
            comments.push(c);
        }
    }
    // The later current period; the new publication date.
    let later = |a: Option<&str>, b: Option<&str>| -> Option<String> {
        let (pa, pb) = (a.and_then(|x| Period::parse(x).ok()), b.and_then(|x| Period::parse(x).ok()));
        match (pa, pb) {
            (Some(x), Some(y)) => Some(cal.later(x, y).to_string()),
            (x, y) => x.or(y).map(|p| p.to_string()),
        }
    };
    if let Some(p) = later(str_field(old, "current_period"), str_field(new, "current_period")) {
        out["current_period"] = Value::String(p);
    }
    if let Some(p) = new.get("published") {
        out["published"] = p.clone();
    }
    (out, problems)
}

fn inds_has(inds: &[Value], id: &str) -> bool {
    inds.iter().any(|i| str_field(i, "id") == Some(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_earlier_file_is_read_as_check_reads_it() {
        let sample = include_bytes!("../../../../public/data/sample.json");
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(sample);
        assert!(Earlier::read(&with_bom).is_ok(), "a byte-order mark is allowed");
        assert!(Earlier::read(b"{\"format\": \"scorecard/9\"}").is_err());
        assert!(Earlier::read(b"not json").unwrap_err().len() > 5, "with its reason");
    }

    #[test]
    fn restated_figures_are_named_and_replaced() {
        let old = json!({"current_period": "2014/15-Q1", "published": "2014-08-10", "indicators": [
            {"id": "fi06", "code": "FI06", "title": "Invoices", "values": [{"period": "2014/15-Q1", "value": 97.4, "target": 98, "comment": "Kept"}],
             "benchmarks": [{"label": "England", "period": "2013/14", "value": 96}]}]});
        let new = json!({"current_period": "2014/15-Q2", "published": "2014-11-07", "indicators": [
            {"id": "fi06", "code": "FI06", "title": "Invoices", "values": [{"period": "2014/15-Q1", "value": 97.9, "target": 98},
                                                                  {"period": "2014/15-Q2", "value": 98.1, "target": 98}]},
            {"id": "hr11", "code": "HR11", "title": "Sickness", "values": [{"period": "2014/15-Q2", "value": 2.7}]}]});
        let (out, problems) = merge(&old, &new, &[]);
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(messages, ["restated FI06 2014/15-Q1: 97.4 → 97.9"]);
        assert_eq!(out["current_period"], "2014/15-Q2");
        assert_eq!(out["indicators"].as_array().unwrap().len(), 2);
        let fi06 = &out["indicators"][0];
        assert_eq!(fi06["values"][0]["value"], 97.9);
        assert_eq!(fi06["values"][0]["comment"], "Kept", "nothing in the earlier file is lost");
        assert_eq!(fi06["values"].as_array().unwrap().len(), 2);
        assert!(fi06.get("benchmarks").is_some());
    }

    #[test]
    fn a_reprint_in_a_relative_column_keeps_the_published_figure() {
        let old = json!({"current_period": "2014/15-Q1", "indicators": [
            {"id": "fi06", "code": "FI06", "values": [{"period": "2014/15-Q1", "value": 97.4}]}]});
        let new = json!({"current_period": "2014/15-Q2", "indicators": [
            {"id": "fi06", "code": "FI06", "values": [{"period": "2014/15-Q1", "value": 97.9}, {"period": "2014/15-Q2", "value": 98.0}]}]});
        let (out, problems) = merge(&old, &new, &[("FI06".into(), "2014/15-Q1".into())]);
        assert_eq!(out["indicators"][0]["values"][0]["value"], 97.4);
        assert_eq!(out["indicators"][0]["values"][1]["value"], 98.0);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("97.4") && problems[0].message.contains("97.9"));
    }

    #[test]
    fn groups_with_the_same_name_keep_the_earlier_id() {
        let old = json!({"current_period": "2014/15-Q1", "services": [{"id": "cs", "name": "Customer Services"}],
            "indicators": [{"id": "a", "service": "cs", "values": []}]});
        let new = json!({"current_period": "2014/15-Q2", "services": [{"id": "customer-services", "name": "Customer services"}],
            "indicators": [{"id": "b", "service": "customer-services", "values": []}]});
        let (out, _) = merge(&old, &new, &[]);
        assert_eq!(out["services"].as_array().unwrap().len(), 1);
        assert_eq!(out["indicators"][1]["service"], "cs");
    }
}

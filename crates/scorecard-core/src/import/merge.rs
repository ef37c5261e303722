//! `--into`: next quarter's sheet added to last quarter's scorecard. Indicators match by code
//! (else id); new ones are added; nothing in the earlier file is lost. Where the sheet
//! restates a value or target, the sheet's figure wins and a warning says
//! `restated CODE PERIOD: OLD → NEW`, one per figure.

mod file;

use super::{Level, Problem};
use crate::messages as msg;
use crate::period::{Calendar, Period};
use file::{Action, File, Group, Indicator, Links, List, Observation, Part, Update};
use serde_json::{Number, Value};

fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Object(o) => o.values().next().map(text_of).unwrap_or_default(),
        _ => String::new(),
    }
}

fn number(v: &Part<Number>) -> Option<f64> {
    v.get().and_then(Number::as_f64)
}

fn figure(x: Option<f64>) -> String {
    match x {
        Some(x) => crate::decimal::shortest(x),
        None => msg::t().no_figure(),
    }
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
    let (mut out, new) = (File::read(old), File::read(new));
    let mut merging =
        Merging { calendar: out.calendar(), context, renamed: Vec::new(), problems: Vec::new() };
    merging.groups(&mut out.priorities, new.priorities);
    merging.groups(&mut out.services, new.services);
    merging.indicators(&mut out.indicators, new.indicators);
    merging.actions(&mut out.actions, new.actions);
    commentary(&mut out.commentary, new.commentary);
    // The later current period; the new publication date.
    if let Some(p) = merging.later(out.current_period.get(), new.current_period.get()) {
        out.current_period = Part::Fits(p);
    }
    out.published.replace_with(new.published);
    (out.to_value(), merging.problems)
}

/// What one merge carries from step to step.
struct Merging<'a> {
    calendar: Calendar,
    context: &'a [(String, String)],
    /// (the sheet's id, the earlier file's) for groups the earlier file has by another id.
    renamed: Vec<(String, String)>,
    problems: Vec<Problem>,
}

impl Merging<'_> {
    /// The sheet's groups added; the sheet's slugs may name groups the earlier file already
    /// has (by id, or by name in any case) by another id, which is kept.
    fn groups(&mut self, groups: &mut List<Group>, new: List<Group>) {
        let list = groups.list();
        for g in new.into_list() {
            let Part::Fits(g) = g else { continue };
            let Some(id) = g.id.get() else { continue };
            let name = g.name.get().map(text_of).unwrap_or_default();
            match list.iter().filter_map(Part::get).find(|o| {
                o.id.get() == Some(id)
                    || o.name.get().map(text_of).is_some_and(|n| n.eq_ignore_ascii_case(&name))
            }) {
                Some(o) => {
                    let old_id = o.id.get().unwrap_or(id);
                    if old_id != id {
                        self.renamed.push((id.clone(), old_id.clone()));
                    }
                }
                None => list.push(Part::Fits(g)),
            }
        }
        if list.is_empty() {
            *groups = Part::Absent;
        }
    }

    fn rename(&self, id: &str) -> String {
        self.renamed.iter().find(|(n, _)| n == id).map_or(id.to_string(), |(_, o)| o.clone())
    }

    /// The sheet's item linked to the earlier file's ids for its groups.
    fn relink(&self, links: &mut Links) {
        if let Some(s) = links.service.get_mut() {
            *s = self.rename(s);
        }
        for p in links.priorities.get_mut().into_iter().flatten().filter_map(Part::get_mut) {
            *p = self.rename(p);
        }
    }

    /// Indicators match by code (else id); a new one is added under an id of its own.
    fn indicators(&mut self, indicators: &mut List<Indicator>, new: List<Indicator>) {
        let inds = indicators.list();
        for mut ni in new.into_list() {
            if let Some(i) = ni.get_mut() {
                self.relink(&mut i.links);
            }
            let code = ni.get().and_then(|i| i.code.get()).cloned();
            let id = ni.get().and_then(|i| i.id.get()).cloned().unwrap_or_default();
            let found = inds.iter_mut().filter_map(Part::get_mut).find(|o| match (&code, o.code.get()) {
                (Some(c), Some(oc)) => c == oc,
                _ => o.id.get() == Some(&id),
            });
            let Some(oi) = found else {
                if let Some(i) = ni.get_mut() {
                    i.id = Part::Fits(unique_id(inds, &id));
                }
                inds.push(ni);
                continue;
            };
            let name = code.unwrap_or_else(|| oi.id.get().cloned().unwrap_or_default());
            self.indicator(oi, ni, &name);
        }
    }

    /// The sheet's indicator into the earlier file's, `name`d in the warnings; its figures
    /// in period order.
    fn indicator(&mut self, old: &mut Indicator, new: Part<Indicator>, name: &str) {
        let new_values = match new {
            Part::Fits(mut ni) => {
                old.fill_settings(&ni);
                std::mem::take(&mut ni.values)
            }
            _ => Part::Absent,
        };
        let values = old.values.list();
        for nv in new_values.into_list() {
            self.observation(values, nv, name);
        }
        let calendar = self.calendar;
        values.sort_by_key(|v| {
            v.get()
                .and_then(|o| o.period.get())
                .and_then(|p| Period::parse(p).ok())
                .map(|p| calendar.start(p))
                .unwrap_or(i64::MAX)
        });
    }

    /// One period's figures from the sheet: added, or merged with the published ones as a
    /// reprint (context) or a restatement.
    fn observation(&mut self, values: &mut Vec<Part<Observation>>, new: Part<Observation>, name: &str) {
        let Part::Fits(nv) = new else { return };
        let Some(period) = nv.period.get().cloned() else { return };
        match values.iter_mut().filter_map(Part::get_mut).find(|v| v.period.get() == Some(&period)) {
            Some(ov) if self.context.iter().any(|(c, q)| c == name && *q == period) => {
                self.differences(ov, &nv, (name, &period), Reading::Reprint);
                ov.fill_from(&nv);
            }
            Some(ov) => {
                self.differences(ov, &nv, (name, &period), Reading::Restatement);
                ov.restate(nv);
            }
            None => values.push(Part::Fits(nv)),
        }
    }

    /// A warning for each figure (value, then target) the sheet gives otherwise than the
    /// earlier file, for the indicator and period `at`.
    fn differences(&mut self, old: &Observation, new: &Observation, at: (&str, &str), reading: Reading) {
        let (name, period) = at;
        for (a, b) in [(&old.value, &new.value), (&old.target, &new.target)] {
            let (a, b) = (number(a), number(b));
            let message = match reading {
                Reading::Reprint if a.is_some() && b.is_some() && a != b => {
                    msg::t().reprint_differs(name, period, &figure(a), &figure(b))
                }
                Reading::Restatement if a.is_some() && a != b => {
                    msg::t().restated(name, period, &figure(a), &figure(b))
                }
                _ => continue,
            };
            self.problems.push(Problem { severity: Level::Warning, cell: String::new(), message });
        }
    }

    /// Actions by id; their updates by period.
    fn actions(&self, actions: &mut List<Action>, new: List<Action>) {
        let new = new.into_list();
        if new.is_empty() {
            return;
        }
        let actions = actions.list();
        for mut na in new {
            if let Some(a) = na.get_mut() {
                self.relink(&mut a.links);
            }
            let id = na.get().and_then(|a| a.id.get()).cloned().unwrap_or_default();
            match actions.iter_mut().filter_map(Part::get_mut).find(|a| a.id.get() == Some(&id)) {
                None => actions.push(na),
                Some(oa) => {
                    let new_updates = match na {
                        Part::Fits(a) => a.updates.into_list(),
                        _ => Vec::new(),
                    };
                    updates(oa.updates.list(), new_updates);
                }
            }
        }
    }

    /// The later of two current periods (either, if the other is not one).
    fn later(&self, a: Option<&String>, b: Option<&String>) -> Option<String> {
        let (pa, pb) = (a.and_then(|x| Period::parse(x).ok()), b.and_then(|x| Period::parse(x).ok()));
        match (pa, pb) {
            (Some(x), Some(y)) => Some(self.calendar.later(x, y).to_string()),
            (x, y) => x.or(y).map(|p| p.to_string()),
        }
    }
}

/// How a figure the sheet gives for a published period is read.
#[derive(Clone, Copy)]
enum Reading {
    /// In a relative column (`Previous quarter`): the published figure stands.
    Reprint,
    /// As the sheet's own period: the sheet's figure wins.
    Restatement,
}

/// An action's updates: the sheet's replaces the earlier one for the same period.
fn updates(updates: &mut Vec<Part<Update>>, new: Vec<Part<Update>>) {
    let period = |u: &Part<Update>| u.get().and_then(|u| u.period.get()).cloned();
    for nu in new {
        let p = period(&nu);
        match updates.iter_mut().find(|u| period(u) == p) {
            Some(ou) => *ou = nu,
            None => updates.push(nu),
        }
    }
}

/// The sheet's commentary added, each comment once.
fn commentary(comments: &mut Part<Vec<Value>>, new: Part<Vec<Value>>) {
    let new = new.into_list();
    if new.is_empty() {
        return;
    }
    let comments = comments.list();
    for c in new {
        if !comments.contains(&c) {
            comments.push(c);
        }
    }
}

/// `id`, or `id-2`, `id-3`… where the earlier file has an indicator by that id.
fn unique_id(inds: &[Part<Indicator>], id: &str) -> String {
    let has =
        |unique: &str| inds.iter().any(|i| i.get().and_then(|i| i.id.get()).is_some_and(|i| i == unique));
    let mut n = 2;
    let mut unique = id.to_string();
    while has(&unique) {
        unique = format!("{id}-{n}");
        n += 1;
    }
    unique
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

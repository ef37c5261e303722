//! Drafts → a `scorecard/1` document: ids, groups, units, decimals, frequency, polarity
//! (inferred from reported statuses where no column says it), the current period.

use super::draft::{ActionDraft, Drafts, IndicatorDraft, Obs};
use super::ids::{group_id, group_ids, slug, unique};
use super::words::{self, compare_word, fold, frequency_word, tolerance, Words};
use super::{Found, Level};
use crate::messages as msg;
use crate::model::{Polarity, Rag, Unit};
use crate::period::{Calendar, Period, PeriodKind};
use serde_json::{json, Map, Value};

/// A group (service or priority) as the template's sheets give it.
#[derive(Clone, Debug, Default)]
pub struct GroupRow {
    pub id: String,
    pub name: String,
    pub priority: Option<String>,
    pub portfolio: Option<String>,
    pub partner: Option<String>,
}

/// What the scorecard as a whole says: from the options, the mapping, or the template's
/// `Scorecard`, `Services`, `Priorities` and `Commentary` sheets.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub organisation: Option<String>,
    pub organisation_code: Option<String>,
    pub website: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub current_period: Option<Period>,
    pub year_starts: Option<u8>,
    pub languages: Vec<String>,
    pub defaults: Option<Value>,
    pub services: Vec<GroupRow>,
    pub priorities: Vec<GroupRow>,
    pub commentary: Vec<Value>,
}

/// The number of decimals a figure is written with, up to `most`.
fn decimals_of(x: f64, most: u32) -> u32 {
    (0..most)
        .find(|d| {
            let scaled = x * 10f64.powi(*d as i32);
            (scaled - scaled.round()).abs() <= 1e-9 * scaled.abs().max(1.0)
        })
        .unwrap_or(most)
}

/// Polarity from what the service reported: a green below its target or a red above it
/// says lower is better, and the other way round. `None` where nothing or too little says.
fn infer_polarity(obs: &[&Obs]) -> Option<(Polarity, usize)> {
    let (mut higher, mut lower) = (0usize, 0usize);
    for o in obs {
        let (Some(v), Some(t), Some(r)) = (o.value, o.target, o.reported) else { continue };
        if v == t || r == Rag::Amber {
            continue;
        }
        match (r, v > t) {
            (Rag::Green, true) | (Rag::Red, false) => higher += 1,
            (Rag::Green, false) | (Rag::Red, true) => lower += 1,
            _ => {}
        }
    }
    match (higher, lower) {
        (h, 0) if h > 0 => Some((Polarity::Higher, h)),
        (0, l) if l > 0 => Some((Polarity::Lower, l)),
        _ => None,
    }
}

pub struct Assembled {
    /// The document with each indicator's `values` empty: `values` holds their text.
    pub document: Value,
    pub values: Vec<String>,
    /// (code, else id; period) of figures given only by relative columns.
    pub context: Vec<(String, String)>,
    pub indicators: usize,
    pub observations: usize,
    pub actions: usize,
}

pub fn assemble(drafts: Drafts, meta: Meta, words: &Words, cal: Calendar, found: &mut Found) -> Assembled {
    let mut a = Assembly {
        words,
        cal,
        found,
        services: meta.services.clone(),
        priorities: meta.priorities.clone(),
        used_ids: Vec::new(),
        used_action_ids: Vec::new(),
    };
    let read = a.indicators(drafts.indicators);
    // An actions-only sheet: the latest update's period.
    let latest_update = drafts
        .actions
        .iter()
        .flat_map(|(_, a)| a.updates.iter().filter_map(|(p, ..)| *p))
        .max_by(|a, b| cal.cmp(*a, *b));
    let current = meta.current_period.or(read.latest).or(latest_update);
    let actions: Vec<Value> = drafts.actions.into_iter().map(|(key, d)| a.action(&key, d, current)).collect();
    let counts = (read.indicators.len(), actions.len());
    let document = a.document(&meta, current, read.indicators, actions);
    a.found.left_out = drafts.left_out + read.left_out;
    Assembled {
        document,
        values: read.values,
        context: read.context,
        indicators: counts.0,
        observations: read.observations,
        actions: counts.1,
    }
}

/// What assembling carries from indicator to indicator and on to the actions: the groups
/// named so far (a sheet's service or priority not in the template's list is added) and the
/// ids given so far.
struct Assembly<'a> {
    words: &'a Words,
    cal: Calendar,
    found: &'a mut Found,
    services: Vec<GroupRow>,
    priorities: Vec<GroupRow>,
    used_ids: Vec<String>,
    used_action_ids: Vec<String>,
}

/// The indicators as assembled, with what the document and the merge need of them.
struct Indicators {
    /// Each with its `values` empty: `values` holds their text.
    indicators: Vec<Value>,
    values: Vec<String>,
    /// (code, else id; period) of figures given only by relative columns.
    context: Vec<(String, String)>,
    observations: usize,
    /// The latest period an indicator has a figure for.
    latest: Option<Period>,
    left_out: usize,
}

/// An indicator's frequency, unit, polarity and decimals, as found or inferred.
struct Settings {
    frequency: PeriodKind,
    unit: Unit,
    polarity: Polarity,
    decimals: u32,
}

type Observations = Vec<(Period, Obs, super::grid::Place)>;

impl Assembly<'_> {
    fn indicators(&mut self, drafts: Vec<(String, IndicatorDraft)>) -> Indicators {
        let mut read = Indicators {
            indicators: Vec::new(),
            values: Vec::new(),
            context: Vec::new(),
            observations: 0,
            latest: None,
            left_out: 0,
        };
        for (key, d) in drafts {
            let name = d.code.clone();
            let periods: Vec<Period> =
                d.obs.iter().filter(|(_, (o, _))| o.context).map(|(p, _)| *p).collect();
            let Some((value, text, n, last)) = self.indicator(&key, d) else {
                read.left_out += 1;
                continue;
            };
            read.observations += n;
            read.values.push(text);
            if let Some(p) = last {
                read.latest = Some(read.latest.map_or(p, |l| self.cal.later(l, p)));
            }
            let name = name.or_else(|| value["id"].as_str().map(str::to_string)).unwrap_or_default();
            read.context.extend(periods.iter().map(|p| (name.clone(), p.to_string())));
            read.indicators.push(value);
        }
        read
    }

    /// An action with its updates by period: an update without one is the current period's.
    fn action(&mut self, key: &str, a: ActionDraft, current: Option<Period>) -> Value {
        let id = unique(slug(a.code.as_deref().unwrap_or(key)), &mut self.used_action_ids);
        let mut o = Map::new();
        o.insert("id".into(), json!(id));
        o.insert("title".into(), json!(a.title.clone().unwrap_or(key.to_string())));
        self.link(&mut o, a.service.as_deref(), &a.priorities);
        if let Some(due) = a.due.as_deref().and_then(|d| crate::read::parse_date(d.get(..10).unwrap_or(d))) {
            o.insert("due".into(), json!(due.to_string()));
        }
        if let Some(owner) = &a.owner {
            o.insert("owner".into(), json!(owner));
        }
        let mut updates: Vec<(Period, Value)> = Vec::new();
        for (p, status, comment) in &a.updates {
            let Some(p) = p.or(current) else {
                self.found.push(Level::Error, a.at.clone(), msg::t().action_without_period(key));
                continue;
            };
            let mut u = json!({"period": p.to_string(), "status": status.as_str()});
            if let Some(c) = comment {
                u["comment"] = json!(c);
            }
            match updates.iter().position(|(q, _)| *q == p) {
                Some(i) => {
                    self.found.push(
                        Level::Warning,
                        a.at.clone(),
                        msg::t().action_update_repeated(key, &p.to_string()),
                    );
                    updates[i].1 = u;
                }
                None => updates.push((p, u)),
            }
        }
        updates.sort_by(|a, b| self.cal.cmp(a.0, b.0));
        o.insert("updates".into(), Value::Array(updates.into_iter().map(|(_, u)| u).collect()));
        Value::Object(o)
    }

    /// An indicator's or action's `service` and `priorities` by id, from the names or ids the
    /// sheet gives.
    fn link(&mut self, o: &mut Map<String, Value>, service: Option<&str>, priorities: &[String]) {
        if let Some(s) = service {
            o.insert("service".into(), json!(group_id(s, &mut self.services)));
        }
        if !priorities.is_empty() {
            let ids: Vec<String> =
                priorities.iter().flat_map(|p| group_ids(p, &mut self.priorities)).collect();
            o.insert("priorities".into(), json!(ids));
        }
    }

    /// The `scorecard/1` document around the indicators and actions.
    fn document(
        &mut self,
        meta: &Meta,
        current: Option<Period>,
        indicators: Vec<Value>,
        actions: Vec<Value>,
    ) -> Value {
        let organisation = meta.organisation.clone().unwrap_or_else(|| {
            self.found.push(Level::Warning, String::new(), msg::t().no_organisation());
            msg::t().unnamed_organisation()
        });
        let mut org = json!({"name": organisation});
        if let Some(code) = &meta.organisation_code {
            org["code"] = json!(code);
        }
        if let Some(w) = &meta.website {
            org["website"] = json!(w);
        }
        let mut doc = Map::new();
        doc.insert("format".into(), json!("scorecard/1"));
        doc.insert("organisation".into(), org);
        doc.insert(
            "title".into(),
            json!(meta.title.clone().unwrap_or_else(|| msg::t().default_scorecard_title())),
        );
        doc.insert("published".into(), json!(meta.published.clone().unwrap_or_else(|| "1970-01-01".into())));
        // No current period: nothing had a value (all contradicted, say); the caller stops.
        if let Some(current) = current {
            doc.insert("current_period".into(), json!(current.to_string()));
        }
        if self.cal != Calendar::default() {
            doc.insert("year_starts".into(), json!(self.cal.year_starts));
        }
        if !meta.languages.is_empty() {
            doc.insert("languages".into(), json!(meta.languages));
        }
        if let Some(d) = &meta.defaults {
            doc.insert("defaults".into(), d.clone());
        }
        if !self.priorities.is_empty() {
            doc.insert(
                "priorities".into(),
                Value::Array(self.priorities.iter().map(|g| group_json(g, false)).collect()),
            );
        }
        if !self.services.is_empty() {
            doc.insert(
                "services".into(),
                Value::Array(self.services.iter().map(|g| group_json(g, true)).collect()),
            );
        }
        doc.insert("indicators".into(), Value::Array(indicators));
        if !actions.is_empty() {
            doc.insert("actions".into(), Value::Array(actions));
        }
        if !meta.commentary.is_empty() {
            doc.insert("commentary".into(), Value::Array(meta.commentary.clone()));
        }
        Value::Object(doc)
    }
}

fn group_json(g: &GroupRow, with_priority: bool) -> Value {
    let mut o = json!({"id": g.id, "name": g.name});
    if with_priority {
        if let Some(p) = &g.priority {
            o["priority"] = json!(p);
        }
    }
    if let Some(p) = &g.portfolio {
        o["portfolio"] = json!(p);
    }
    if let Some(p) = &g.partner {
        o["partner"] = json!(p);
    }
    o
}

impl Assembled {
    /// The whole document as compact JSON: each indicator's empty `"values":[]` replaced, in
    /// order, by its text. (The sequence cannot occur inside a JSON string, whose quotes are
    /// escaped, and only indicators have a `values` key.)
    pub fn compact(&self) -> String {
        let skeleton = serde_json::to_string(&self.document).unwrap_or_default();
        let mut out =
            String::with_capacity(skeleton.len() + self.values.iter().map(String::len).sum::<usize>());
        let mut rest = skeleton.as_str();
        for v in &self.values {
            let Some(at) = rest.find("\"values\":[]") else { break };
            out.push_str(&rest[..at]);
            out.push_str("\"values\":");
            out.push_str(v);
            rest = &rest[at + "\"values\":[]".len()..];
        }
        out.push_str(rest);
        out
    }
}

impl Assembly<'_> {
    /// One indicator as the document writes it, with its figures' text, how many there are
    /// and the latest period with a figure; `None` (noted) when its periods cannot be one
    /// frequency.
    fn indicator(
        &mut self,
        key: &str,
        mut d: IndicatorDraft,
    ) -> Option<(Value, String, usize, Option<Period>)> {
        let mut obs: Observations = std::mem::take(&mut d.obs)
            .into_iter()
            .filter(|(p, _)| !d.conflicts.contains(p))
            .map(|(p, (o, at))| (p, o, at))
            .collect();
        let frequency = self.frequency(key, &d, &mut obs)?;
        obs.sort_by(|a, b| self.cal.cmp(a.0, b.0));
        let decimals = d.decimals.unwrap_or_else(|| {
            obs.iter()
                .flat_map(|(_, o, _)| [o.value, o.target])
                .flatten()
                .map(|x| decimals_of(x, 2))
                .max()
                .unwrap_or(0)
        });
        let settings =
            Settings { frequency, unit: self.unit(&d), polarity: self.polarity(key, &d, &obs), decimals };
        let mut o = self.indicator_settings(key, &d, &settings);
        let last =
            obs.iter().filter(|(_, o, _)| o.value.is_some() || o.suppressed).map(|(p, ..)| *p).next_back();
        // The observations are written as JSON text at once: at 200,000 of them, building a
        // `Value` for each and serialising it again was a third of an import's time.
        o.insert("values".into(), Value::Array(Vec::new()));
        Some((Value::Object(o), values_text(&obs), obs.len(), last))
    }

    /// The column's frequency word, else the periods' own form; a month given for a quarterly
    /// indicator (a date cell) made the quarter it ends. `None` (noted) when the periods are
    /// of more than one frequency, or not of the one stated.
    fn frequency(&mut self, key: &str, d: &IndicatorDraft, obs: &mut Observations) -> Option<PeriodKind> {
        let cal = self.cal;
        let stated = match &d.frequency {
            Some((w, at)) => match frequency_word(w) {
                Some(k) => Some(k),
                None => {
                    self.found.push(Level::Warning, at.clone(), msg::t().unknown_frequency(w));
                    None
                }
            },
            None => None,
        };
        let kinds: Vec<PeriodKind> = {
            let mut k: Vec<PeriodKind> = obs.iter().map(|(p, ..)| p.kind()).collect();
            k.dedup();
            k.sort_by_key(|k| k.months());
            k.dedup();
            k
        };
        // Dates at quarters' ends beside quarters: a quarterly indicator whose periods were
        // written as the date each quarter ended.
        let quarter_end_months = obs.iter().all(|(p, ..)| match p {
            Period::Month(..) => cal.end(cal.quarter_of(*p)) == cal.start(*p),
            _ => true,
        });
        let frequency = match (stated, kinds.as_slice()) {
            (Some(k), _) => k,
            (None, [k]) => *k,
            (None, [PeriodKind::Month, PeriodKind::Quarter]) if quarter_end_months => PeriodKind::Quarter,
            (None, []) => PeriodKind::Quarter,
            (None, _) => {
                self.found.push(Level::Error, d.at.clone(), msg::t().mixed_frequencies(key));
                return None;
            }
        };
        if frequency == PeriodKind::Quarter {
            for (p, ..) in obs.iter_mut() {
                if let Period::Month(..) = p {
                    let q = cal.quarter_of(*p);
                    if cal.end(q) == cal.end(*p) {
                        *p = q;
                    }
                }
            }
        }
        let wrong: Vec<String> = obs
            .iter()
            .filter(|(p, ..)| p.kind() != frequency)
            .map(|(p, _, at)| format!("{p} ({at})"))
            .collect();
        if !wrong.is_empty() {
            self.found.push(
                Level::Error,
                d.at.clone(),
                msg::t().periods_not_of_frequency(key, frequency.frequency(), &wrong.join(", ")),
            );
            return None;
        }
        Some(frequency)
    }

    /// The column's unit word, else a percentage or currency seen in the figures.
    fn unit(&mut self, d: &IndicatorDraft) -> Unit {
        match &d.unit {
            Some((w, at)) => match words::unit(w) {
                Some(u) => u,
                None => {
                    self.found.push(Level::Warning, at.clone(), msg::t().unknown_unit_word(w));
                    Unit::Number
                }
            },
            None if d.percent_seen => Unit::Percent,
            None if d.currency_seen => Unit::Currency,
            None => Unit::Number,
        }
    }

    /// The column's polarity word, else what the reported statuses say (noted either way).
    fn polarity(&mut self, key: &str, d: &IndicatorDraft, obs: &Observations) -> Polarity {
        if let Some((w, at)) = &d.polarity {
            return self.words.polarity(w).unwrap_or_else(|| {
                self.found.push(Level::Warning, at.clone(), msg::t().unknown_polarity_word(w));
                Polarity::Neutral
            });
        }
        let all: Vec<&Obs> = obs.iter().map(|(_, o, _)| o).collect();
        match infer_polarity(&all) {
            Some((p, n)) => {
                self.found.push(Level::Info, d.at.clone(), msg::t().polarity_inferred(key, p.as_str(), n));
                p
            }
            None => {
                if all.iter().any(|o| o.target.is_some()) {
                    self.found.push(Level::Warning, d.at.clone(), msg::t().polarity_unknown(key));
                }
                Polarity::Neutral
            }
        }
    }

    /// The indicator's fields but its figures, its groups linked by id.
    fn indicator_settings(&mut self, key: &str, d: &IndicatorDraft, s: &Settings) -> Map<String, Value> {
        let id = unique(
            slug(d.id.as_deref().or(d.code.as_deref()).or(d.title.as_deref()).unwrap_or(key)),
            &mut self.used_ids,
        );
        let mut o = Map::new();
        o.insert("id".into(), json!(id));
        if let Some(c) = &d.code {
            o.insert("code".into(), json!(c));
        }
        o.insert("title".into(), json!(d.title.clone().or(d.code.clone()).unwrap_or(key.to_string())));
        if let Some(desc) = &d.description {
            o.insert("description".into(), json!(desc));
        }
        self.link(&mut o, d.service.as_deref(), &d.priorities);
        if !d.tags.is_empty() {
            o.insert("tags".into(), json!(d.tags.iter().map(|t| slug(t)).collect::<Vec<_>>()));
        }
        o.insert("unit".into(), json!(s.unit.as_str()));
        o.insert("decimals".into(), json!(s.decimals));
        o.insert("polarity".into(), json!(s.polarity.as_str()));
        o.insert("frequency".into(), json!(s.frequency.frequency()));
        if let Some(m) = d.measure.as_deref().map(fold) {
            if m == "cumulative" || m == "year to date" || m == "ytd" {
                o.insert("measure".into(), json!("cumulative"));
            }
        }
        if let Some(t) = d.tolerance.as_deref().and_then(tolerance) {
            o.insert("tolerance".into(), t);
        }
        let mut trend = Map::new();
        if let Some(c) = d.compare.as_deref().and_then(compare_word) {
            trend.insert("compare".into(), json!(c));
        }
        if let Some(t) = d.stable.as_deref().and_then(tolerance) {
            trend.insert("stable".into(), t);
        }
        if !trend.is_empty() {
            o.insert("trend".into(), Value::Object(trend));
        }
        if d.sensitive {
            o.insert("sensitive".into(), json!(true));
        }
        o
    }
}

/// An indicator's `values` array as compact JSON.
fn values_text(obs: &[(Period, Obs, super::grid::Place)]) -> String {
    let mut out = String::with_capacity(obs.len() * 48 + 2);
    out.push('[');
    let number = |out: &mut String, x: f64| out.push_str(&crate::decimal::shortest(x));
    for (i, (p, ob, _)) in obs.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"period\":\"");
        out.push_str(&p.to_string());
        out.push('"');
        if ob.suppressed {
            out.push_str(",\"suppressed\":true");
        } else {
            out.push_str(",\"value\":");
            match ob.value {
                Some(x) => number(&mut out, x),
                None => out.push_str("null"),
            }
        }
        if let Some(t) = ob.target {
            out.push_str(",\"target\":");
            number(&mut out, t);
        }
        if let Some(r) = ob.reported {
            out.push_str(",\"reported_status\":\"");
            out.push_str(r.as_str());
            out.push('"');
        }
        if let Some(r) = ob.forecast {
            out.push_str(",\"forecast_status\":\"");
            out.push_str(r.as_str());
            out.push('"');
        }
        if let Some(c) = &ob.comment {
            out.push_str(",\"comment\":");
            out.push_str(&serde_json::to_string(c).unwrap_or_else(|_| "\"\"".into()));
        }
        out.push('}');
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polarity_is_inferred_only_where_reports_agree() {
        let o = |v: f64, t: f64, r: Rag| Obs {
            value: Some(v),
            target: Some(t),
            reported: Some(r),
            ..Obs::default()
        };
        let green_below = o(8.0, 10.0, Rag::Green);
        let red_above = o(12.0, 10.0, Rag::Red);
        assert_eq!(infer_polarity(&[&green_below, &red_above]), Some((Polarity::Lower, 2)));
        let green_above = o(12.0, 10.0, Rag::Green);
        assert_eq!(infer_polarity(&[&green_above]), Some((Polarity::Higher, 1)));
        assert_eq!(infer_polarity(&[&green_above, &green_below]), None, "they disagree");
        assert_eq!(infer_polarity(&[&o(9.0, 10.0, Rag::Amber)]), None);
    }

    #[test]
    fn decimals_as_written() {
        assert_eq!(decimals_of(55.0, 2), 0);
        assert_eq!(decimals_of(55.2, 2), 1);
        assert_eq!(decimals_of(0.925 * 100.0, 2), 1, "92.5 from a percentage format");
        assert_eq!(decimals_of(1.0 / 3.0, 2), 2, "capped");
        assert_eq!(decimals_of(-28.15, 2), 2);
    }
}

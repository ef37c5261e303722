//! Bytes to a validated [`Pack`] index or [`Shard`], every problem by JSON Pointer. As with
//! a scorecard: a problem in the fields nothing can be shown without is fatal; an item with a
//! problem of its own (an area, a group, a measure, a series) is left out and said; warnings
//! never block.

use super::{
    Area, Group, GroupKind, Interval, Measure, Members, Pack, Polarity, Series, Shard, SourceFile,
    ValueStatus,
};
use crate::diag::{Diagnostic, Path, Severity};
use crate::messages::{self as msg, RefKind};
use crate::read::json::{get, Json as Value};
use crate::read::{Object, Reporter};
use crate::text::Text;
use std::collections::{HashMap, HashSet};

/// An index larger than this is refused before it is read (the UK pack's is under 1 MB).
pub const MAX_INDEX_BYTES: usize = 8 * 1_048_576;
/// A shard larger than this is refused before it is read.
pub const MAX_SHARD_BYTES: usize = 32 * 1_048_576;

#[derive(Debug, Default)]
pub struct Loaded<T> {
    pub value: Option<T>,
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Loaded<T> {
    fn fatal(message: String, pointer: &str) -> Self {
        Loaded {
            value: None,
            diagnostics: vec![Diagnostic { severity: Severity::Error, pointer: pointer.into(), message }],
        }
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error)
    }

    /// 0 clean, 1 usable with errors, 2 unreadable: the CLI's exit status.
    pub fn exit_code(&self) -> i32 {
        match (&self.value, self.errors().next()) {
            (None, _) => 2,
            (Some(_), Some(_)) => 1,
            _ => 0,
        }
    }
}

const INDEX_FIELDS: &[&str] = &[
    "format", "id", "title", "publisher", "source", "licence", "retrieved", "published", "languages",
    "files", "areas", "groups", "measures",
];
const AREA_FIELDS: &[&str] = &["code", "name", "kind", "parent"];
const GROUP_FIELDS: &[&str] =
    &["id", "title", "kind", "source", "description", "members", "neighbours", "shard", "areas", "measures"];
const MEASURE_FIELDS: &[&str] = &[
    "id", "title", "code", "unit", "decimals", "polarity", "midpoint", "aggregate", "description", "caveats",
    "source", "periods", "shard",
];

/// The file's top-level object, once it has been read within `limit` and says it is in
/// `format`; else why not, and where.
fn opened<'a>(bytes: &'a [u8], limit: usize, format: &str) -> Result<Object<'a>, (String, &'static str)> {
    let root = crate::read::parse(bytes, limit, |n, l| msg::p().pack_too_large(n, l)).map_err(|m| (m, ""))?;
    let Value::Object(obj) = root else { return Err((msg::t().top_level_not_object(&root), "")) };
    match get(&obj, "format") {
        None => Err((msg::p().pack_format_missing(format), "")),
        Some(Value::String(s)) if s == format => Ok(obj),
        Some(other) => Err((msg::p().pack_wrong_format(other, format), "/format")),
    }
}

/// A shard opened, its fields checked against `fields`: refused whole where it is not the
/// shard of the measure or group it was fetched for (`(key, id)`: `("measure", "rent")`).
fn opened_shard<'a, T>(
    bytes: &'a [u8],
    (key, id): (&str, &str),
    fields: &[&str],
) -> Result<(Object<'a>, Reporter), Loaded<T>> {
    let obj = opened(bytes, MAX_SHARD_BYTES, super::SHARD_FORMAT).map_err(|(m, at)| Loaded::fatal(m, at))?;
    let mut r = Reporter::default();
    r.unknown_fields(&obj, &Path::Root, fields);
    match get(&obj, key).and_then(Value::as_str) {
        Some(found) if found == id => Ok((obj, r)),
        _ => Err(Loaded::fatal(msg::p().shard_for_another(id), &format!("/{key}"))),
    }
}

/// Reads a pack's index.
pub fn index(bytes: &[u8]) -> Loaded<Pack> {
    let obj = match opened(bytes, MAX_INDEX_BYTES, super::FORMAT) {
        Ok(obj) => obj,
        Err((m, at)) => return Loaded::fatal(m, at),
    };
    let obj = &obj;
    let top = Path::Root;
    let mut r = Reporter::default();
    r.unknown_fields(obj, &top, INDEX_FIELDS);
    r.languages = vec!["en".into()];
    if let Some(v) = get(obj, "languages") {
        let at = top.key("languages");
        if let Some(a) = r.array(v, &at) {
            let langs: Vec<String> = a
                .iter()
                .enumerate()
                .filter_map(|(i, l)| r.string(l, &at.index(i)).map(str::to_string))
                .collect();
            if !langs.is_empty() {
                r.languages = langs;
            }
        }
    }
    let id = r.required(obj, "id", &top).and_then(|v| r.slug(v, &top.key("id")));
    let title = r.required(obj, "title", &top).and_then(|v| r.text(v, &top.key("title")));
    let text = |r: &mut Reporter, key: &str| get(obj, key).and_then(|v| r.text(v, &top.key(key)));
    let publisher = text(&mut r, "publisher").unwrap_or_default();
    let string = |r: &mut Reporter, key: &str| {
        get(obj, key).and_then(|v| r.string(v, &top.key(key)).map(str::to_string)).unwrap_or_default()
    };
    let source = string(&mut r, "source");
    let licence = string(&mut r, "licence");
    let dates: Vec<String> = ["retrieved", "published"]
        .iter()
        .map(|key| match get(obj, key) {
            Some(v) => r
                .date(v, &top.key(key))
                .map(|_| v.as_str().unwrap_or_default().to_string())
                .unwrap_or_default(),
            None => String::new(),
        })
        .collect();
    let files = read_files(&mut r, obj, &top);
    let areas = read_areas(&mut r, obj, &top);
    let known: HashSet<&str> = areas.iter().map(|a| a.code.as_str()).collect();
    let measures = read_measures(&mut r, obj, &top);
    let measure_ids: HashSet<&str> = measures.iter().map(|m| m.id.as_str()).collect();
    let groups = read_groups(&mut r, obj, &top, &known, &measure_ids);
    let (Some(id), Some(title)) = (id, title) else {
        return Loaded { value: None, diagnostics: r.diagnostics };
    };
    let [retrieved, published] = <[String; 2]>::try_from(dates).unwrap_or_default();
    let pack = Pack {
        id,
        title,
        publisher,
        source,
        licence,
        retrieved,
        published,
        languages: r.languages.clone(),
        files,
        areas,
        groups,
        measures,
    };
    Loaded { value: Some(pack), diagnostics: r.diagnostics }
}

/// Every element of the array at `key`, with its path; nothing (and an error) when the field
/// is not an array.
fn each<'v, 'a>(r: &mut Reporter, obj: &'v Object<'a>, key: &str, at: &Path) -> Vec<(usize, &'v Object<'a>)> {
    let Some(v) = get(obj, key) else { return Vec::new() };
    let here = at.key(key);
    let Some(items) = r.array(v, &here) else { return Vec::new() };
    items.iter().enumerate().filter_map(|(i, item)| r.object(item, &here.index(i)).map(|o| (i, o))).collect()
}

fn optional_text(r: &mut Reporter, obj: &Object, key: &str, at: &Path) -> Option<Text> {
    get(obj, key).and_then(|v| r.text(v, &at.key(key)))
}

fn optional_string(r: &mut Reporter, obj: &Object, key: &str, at: &Path) -> Option<String> {
    get(obj, key).and_then(|v| r.string(v, &at.key(key)).map(str::to_string))
}

fn read_files(r: &mut Reporter, obj: &Object, top: &Path) -> Vec<SourceFile> {
    let files = top.key("files");
    each(r, obj, "files", top)
        .into_iter()
        .filter_map(|(i, f)| {
            let at = files.index(i);
            let name =
                r.required(f, "name", &at).and_then(|v| r.string(v, &at.key("name")).map(str::to_string));
            let sha =
                r.required(f, "sha256", &at).and_then(|v| r.string(v, &at.key("sha256")).map(str::to_string));
            if let Some(s) = &sha {
                if s.len() != 64 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
                    r.error(&at.key("sha256"), msg::p().not_a_sha256(s));
                    return None;
                }
            }
            Some(SourceFile { name: name?, sha256: sha?.to_ascii_lowercase() })
        })
        .collect()
}

fn read_areas(r: &mut Reporter, obj: &Object, top: &Path) -> Vec<Area> {
    let list = top.key("areas");
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut areas = Vec::new();
    for (i, a) in each(r, obj, "areas", top) {
        let at = list.index(i);
        r.unknown_fields(a, &at, AREA_FIELDS);
        let code = r.required(a, "code", &at).and_then(|v| r.string(v, &at.key("code")).map(str::to_string));
        let name = r.required(a, "name", &at).and_then(|v| r.text(v, &at.key("name")));
        let kind = r.required(a, "kind", &at).and_then(|v| r.string(v, &at.key("kind")).map(str::to_string));
        let parent = optional_string(r, a, "parent", &at);
        let (Some(code), Some(name), Some(kind)) = (code, name, kind) else { continue };
        if code.trim().is_empty() {
            r.error(&at.key("code"), msg::t().empty_text());
            continue;
        }
        if let Some(first) = seen.get(&code) {
            r.error(&at.key("code"), msg::p().duplicate_code(&code, &list.index(*first).pointer()));
            continue;
        }
        seen.insert(code.clone(), i);
        areas.push(Area { code, name, kind, parent });
    }
    areas
}

fn read_measures(r: &mut Reporter, obj: &Object, top: &Path) -> Vec<Measure> {
    let list = top.key("measures");
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut measures = Vec::new();
    for (i, m) in each(r, obj, "measures", top) {
        let at = list.index(i);
        let errors = r.errors;
        r.unknown_fields(m, &at, MEASURE_FIELDS);
        let id = r.required(m, "id", &at).and_then(|v| r.slug(v, &at.key("id")));
        let title = r.required(m, "title", &at).and_then(|v| r.text(v, &at.key("title")));
        let decimals = get(m, "decimals")
            .and_then(|v| r.integer(v, &at.key("decimals"), "decimals", 0, 6))
            .map(|d| d as u8);
        let word = r
            .required(m, "polarity", &at)
            .and_then(|v| r.word(v, &at.key("polarity"), crate::model::Polarity::WORDS));
        let midpoint = get(m, "midpoint").and_then(|v| r.number(v, &at.key("midpoint")));
        let polarity = match (word, midpoint) {
            (Some(crate::model::Polarity::Target), None) => {
                r.error(&at, msg::p().midpoint_missing());
                None
            }
            (w, mid) => w.map(|w| Polarity::of(w, mid.unwrap_or(f64::NAN))),
        };
        let aggregate = get(m, "aggregate").and_then(|v| r.boolean(v, &at.key("aggregate"))).unwrap_or(false);
        let periods = read_periods(r, m, &at);
        let shard =
            r.required(m, "shard", &at).and_then(|v| r.string(v, &at.key("shard")).map(str::to_string));
        if let Some(s) = &shard {
            if !is_beside(s) {
                r.error(&at.key("shard"), msg::p().shard_not_beside(s));
            }
        }
        let measure = Measure {
            id: id.unwrap_or_default(),
            title: title.unwrap_or_default(),
            code: optional_string(r, m, "code", &at),
            unit: optional_string(r, m, "unit", &at),
            decimals,
            polarity: polarity.unwrap_or(Polarity::Neutral),
            aggregate,
            description: optional_text(r, m, "description", &at),
            caveats: optional_text(r, m, "caveats", &at),
            source: optional_string(r, m, "source", &at),
            periods,
            shard: shard.unwrap_or_default(),
        };
        if r.errors > errors {
            continue;
        }
        if let Some(first) = seen.get(&measure.id) {
            r.error(&at.key("id"), msg::t().duplicate_id(&measure.id, &list.index(*first).pointer()));
            continue;
        }
        seen.insert(measure.id.clone(), i);
        measures.push(measure);
    }
    measures
}

fn read_periods(r: &mut Reporter, m: &Object, at: &Path) -> Vec<Interval> {
    let Some(v) = r.required(m, "periods", at) else { return Vec::new() };
    let here = at.key("periods");
    let Some(items) = r.array(v, &here) else { return Vec::new() };
    let mut periods: Vec<Interval> = Vec::new();
    for (i, p) in items.iter().enumerate() {
        if let Some(p) = interval(r, p, &here.index(i)) {
            if periods.contains(&p) {
                r.warn(&here.index(i), msg::t().duplicate_period(&p.to_string(), &here.pointer()));
            } else {
                periods.push(p);
            }
        }
    }
    periods.sort();
    periods
}

fn interval(r: &mut Reporter, v: &Value, at: &Path) -> Option<Interval> {
    let s = r.string(v, at)?;
    let found = Interval::parse(s);
    if found.is_none() {
        r.error(at, msg::p().not_an_interval(s));
    }
    found
}

/// A path beside the index: relative, with no way up or out (`measures/chn1.json`).
pub fn is_beside(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains("..")
        && !path.contains(':')
        && !path.contains('\\')
        && !path.contains("//")
}

fn codes(r: &mut Reporter, v: &Value, at: &Path, known: &HashSet<&str>) -> Vec<String> {
    let Some(items) = r.array(v, at) else { return Vec::new() };
    let mut out = Vec::new();
    for (i, c) in items.iter().enumerate() {
        let here = at.index(i);
        let Some(code) = r.string(c, &here) else { continue };
        if !known.contains(code) {
            r.error(&here, msg::t().unknown_ref(RefKind::Area, code));
        } else if out.iter().any(|o| o == code) {
            r.warn(&here, msg::p().duplicate_code(code, &at.pointer()));
        } else {
            out.push(code.to_string());
        }
    }
    out
}

fn read_groups(
    r: &mut Reporter,
    obj: &Object,
    top: &Path,
    known: &HashSet<&str>,
    measures: &HashSet<&str>,
) -> Vec<Group> {
    let list = top.key("groups");
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut groups = Vec::new();
    for (i, g) in each(r, obj, "groups", top) {
        let at = list.index(i);
        let errors = r.errors;
        r.unknown_fields(g, &at, GROUP_FIELDS);
        let id = r.required(g, "id", &at).and_then(|v| r.slug(v, &at.key("id")));
        let title = r.required(g, "title", &at).and_then(|v| r.text(v, &at.key("title")));
        let kind = r.required(g, "kind", &at).and_then(|v| r.word(v, &at.key("kind"), GroupKind::WORDS));
        let source = r.required(g, "source", &at).and_then(|v| r.text(v, &at.key("source")));
        let members = match (get(g, "members"), get(g, "neighbours"), get(g, "shard")) {
            (Some(v), None, None) => Some(Members::List(codes(r, v, &at.key("members"), known))),
            (None, Some(v), None) => read_neighbours(r, v, &at.key("neighbours"), known),
            (None, None, Some(v)) => r.string(v, &at.key("shard")).and_then(|s| {
                if is_beside(s) {
                    let areas =
                        get(g, "areas").map(|v| codes(r, v, &at.key("areas"), known)).unwrap_or_default();
                    Some(Members::Shard(s.to_string(), areas))
                } else {
                    r.error(&at.key("shard"), msg::p().shard_not_beside(s));
                    None
                }
            }),
            _ => {
                r.error(&at, msg::p().group_members_shape());
                None
            }
        };
        let for_measures = get(g, "measures").map(|v| {
            let here = at.key("measures");
            let ids: Vec<String> = r
                .array(v, &here)
                .map(|a| {
                    a.iter()
                        .enumerate()
                        .filter_map(|(j, m)| r.string(m, &here.index(j)).map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            for (j, m) in ids.iter().enumerate() {
                if !measures.contains(m.as_str()) {
                    r.warn(&here.index(j), msg::t().unknown_ref(RefKind::Measure, m));
                }
            }
            ids
        });
        if r.errors > errors {
            continue;
        }
        let (Some(id), Some(title), Some(kind), Some(source), Some(members)) =
            (id, title, kind, source, members)
        else {
            continue;
        };
        if let Some(first) = seen.get(&id) {
            r.error(&at.key("id"), msg::t().duplicate_id(&id, &list.index(*first).pointer()));
            continue;
        }
        seen.insert(id.clone(), i);
        let description = optional_text(r, g, "description", &at);
        groups.push(Group { id, title, kind, source, description, members, measures: for_measures });
    }
    groups
}

fn read_neighbours(r: &mut Reporter, v: &Value, at: &Path, known: &HashSet<&str>) -> Option<Members> {
    let obj = r.object(v, at)?;
    let mut out = Vec::new();
    for (area, list) in obj {
        let here = at.key(area);
        if !known.contains(area.as_ref()) {
            r.error(&here, msg::t().unknown_ref(RefKind::Area, area));
            continue;
        }
        out.push((area.to_string(), codes(r, list, &here, known)));
    }
    Some(Members::Neighbours(out))
}

/// Reads a group's members kept in a shard of their own: `{"format": "scorecard-pack-shard/1",
/// "group": ID, "members": [...]}` or `"neighbours": {...}`, as in the index.
pub fn group_members(bytes: &[u8], pack: &Pack, group: &str) -> Loaded<Members> {
    let (obj, mut r) =
        match opened_shard(bytes, ("group", group), &["format", "group", "members", "neighbours"]) {
            Ok(opened) => opened,
            Err(fatal) => return fatal,
        };
    let obj = &obj;
    let top = Path::Root;
    let known: HashSet<&str> = pack.areas.iter().map(|a| a.code.as_str()).collect();
    let members = match (get(obj, "members"), get(obj, "neighbours")) {
        (Some(v), None) => Some(Members::List(codes(&mut r, v, &top.key("members"), &known))),
        (None, Some(v)) => read_neighbours(&mut r, v, &top.key("neighbours"), &known),
        _ => {
            r.error(&top, msg::p().group_members_shape());
            None
        }
    };
    Loaded { value: members, diagnostics: r.diagnostics }
}

/// Reads one measure's shard, checked against the pack: its areas must be the pack's, its
/// periods the measure's, and every value a number or absent.
pub fn shard(bytes: &[u8], pack: &Pack, measure: &Measure) -> Loaded<Shard> {
    let (obj, mut r) =
        match opened_shard(bytes, ("measure", &measure.id), &["format", "measure", "areas", "series"]) {
            Ok(opened) => opened,
            Err(fatal) => return fatal,
        };
    let obj = &obj;
    let top = Path::Root;
    let known: HashSet<&str> = pack.areas.iter().map(|a| a.code.as_str()).collect();
    // Areas the pack does not know keep their column (so the columns stay aligned) but their
    // values are never used.
    let areas: Vec<String> = match r.required(obj, "areas", &top).and_then(|v| r.array(v, &top.key("areas")))
    {
        Some(items) => {
            let at = top.key("areas");
            let mut seen: HashSet<&str> = HashSet::new();
            items
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let code = r.string(c, &at.index(i)).unwrap_or_default();
                    if !known.contains(code) {
                        r.error(&at.index(i), msg::t().unknown_ref(RefKind::Area, code));
                        String::new()
                    } else if !seen.insert(code) {
                        r.error(&at.index(i), msg::p().duplicate_code(code, &at.pointer()));
                        String::new()
                    } else {
                        code.to_string()
                    }
                })
                .collect()
        }
        None => return Loaded { value: None, diagnostics: r.diagnostics },
    };
    let list = top.key("series");
    let mut series: Vec<Series> = Vec::new();
    for (i, s) in each(&mut r, obj, "series", &top) {
        let at = list.index(i);
        r.unknown_fields(s, &at, &["period", "values", "status", "lower", "upper"]);
        let Some(period) = r.required(s, "period", &at).and_then(|v| interval(&mut r, v, &at.key("period")))
        else {
            continue;
        };
        if !measure.periods.contains(&period) {
            r.error(&at.key("period"), msg::p().period_not_in_measure(&period.to_string(), &measure.id));
            continue;
        }
        if series.iter().any(|x| x.period == period) {
            r.error(&at.key("period"), msg::t().duplicate_period(&period.to_string(), &list.pointer()));
            continue;
        }
        let Some(values) = column(&mut r, s, "values", &at, areas.len()) else { continue };
        let lower = get(s, "lower").and_then(|_| column(&mut r, s, "lower", &at, areas.len()));
        let upper = get(s, "upper").and_then(|_| column(&mut r, s, "upper", &at, areas.len()));
        let status = read_status(&mut r, s, &at, areas.len());
        series.push(Series { period, values, status, lower, upper });
    }
    series.sort_by_key(|s| s.period);
    Loaded { value: Some(Shard { measure: measure.id.clone(), areas, series }), diagnostics: r.diagnostics }
}

/// A column of numbers or nulls, one per area; text where a number belongs is an error at
/// its place and reads as absent.
fn column(r: &mut Reporter, s: &Object, key: &str, at: &Path, len: usize) -> Option<Vec<Option<f64>>> {
    let here = at.key(key);
    let items = r.required(s, key, at).and_then(|v| r.array(v, &here))?;
    if items.len() != len {
        r.error(&here, msg::p().column_length(items.len(), len));
        return None;
    }
    Some(
        items
            .iter()
            .enumerate()
            .map(|(i, v)| r.nullable_number(Some(v), &here.index(i)).ok().flatten())
            .collect(),
    )
}

fn read_status(r: &mut Reporter, s: &Object, at: &Path, len: usize) -> Vec<(usize, ValueStatus)> {
    let Some(v) = get(s, "status") else { return Vec::new() };
    let here = at.key("status");
    let Some(items) = r.array(v, &here) else { return Vec::new() };
    let mut out = Vec::new();
    for (i, pair) in items.iter().enumerate() {
        let place = here.index(i);
        match pair {
            Value::Array(p) if p.len() == 2 => {
                let index = p[0].as_i64().filter(|&n| n >= 0 && (n as usize) < len);
                match (index, p[1].as_str()) {
                    (Some(n), Some(word)) if !word.trim().is_empty() => {
                        out.push((n as usize, ValueStatus::of(word)))
                    }
                    (None, _) => {
                        r.error(&place.index(0), msg::t().out_of_range("index", 0, len as i64 - 1, &p[0]))
                    }
                    _ => r.error(&place.index(1), msg::t().expected(msg::Expected::Text, &p[1])),
                }
            }
            other => r.error(&place, msg::p().status_pair(other)),
        }
    }
    out
}

#[cfg(test)]
mod tests;

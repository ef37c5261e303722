//! Bytes to a validated [`Scorecard`], with every problem reported by pointer.
//!
//! Fatal problems stop the read; an item with a problem of its own is left out and counted;
//! warnings never block. The caller can always say how many items were read and left out.

pub(crate) mod fields;
mod indicator;
mod items;
pub mod json;

pub use fields::{is_slug, parse_date};

use crate::diag::{Diagnostic, Path, Severity};
use crate::messages as msg;
use crate::model::{Defaults, Organisation, Scorecard, TrendSettings};
use crate::period::Calendar;
pub(crate) use fields::{Object, Reporter};
use json::{get, Json as Value};
use std::collections::HashMap;

/// Files up to 20 MB must load; anything larger is refused before parsing.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
/// Deeper nesting is refused before parsing (a scorecard needs five levels).
pub const MAX_DEPTH: usize = 64;

/// What reading a file gave: the scorecard (absent after a fatal problem), every
/// diagnostic, and how many items of each kind were left out.
#[derive(Debug, Default)]
pub struct Loaded {
    pub scorecard: Option<Scorecard>,
    pub diagnostics: Vec<Diagnostic>,
    pub left_out: LeftOut,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LeftOut {
    pub indicators: usize,
    pub actions: usize,
    pub comments: usize,
    pub groups: usize,
}

impl LeftOut {
    pub fn total(&self) -> usize {
        self.indicators + self.actions + self.comments + self.groups
    }
}

impl Loaded {
    pub fn is_fatal(&self) -> bool {
        self.scorecard.is_none()
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Warning)
    }

    /// 0 clean (warnings allowed), 1 usable with errors, 2 fatal: the CLI's exit status.
    pub fn exit_code(&self) -> i32 {
        if self.is_fatal() {
            2
        } else if self.errors().next().is_some() {
            1
        } else {
            0
        }
    }

    fn fatal(message: String) -> Loaded {
        Loaded {
            diagnostics: vec![Diagnostic { severity: Severity::Error, pointer: String::new(), message }],
            ..Loaded::default()
        }
    }
}

/// Reads and validates a scorecard file, with the publish-time warnings (unexplained
/// exceptions, reported status differing from the rules…): what `scorecard check` reports.
pub fn read(bytes: &[u8]) -> Loaded {
    let mut loaded = read_to_show(bytes);
    if let Some(sc) = &loaded.scorecard {
        loaded.diagnostics.extend(crate::checks::warnings(sc));
    }
    loaded
}

/// The same reading and validation, without the publish-time warnings: they are for the
/// officer publishing the file, and the dashboard shows only errors. Skipping them spares
/// the page assessing every indicator twice, and keeps their code out of its wasm.
pub fn read_to_show(bytes: &[u8]) -> Loaded {
    match parse(bytes, MAX_BYTES, |n, limit| msg::t().too_large(n, limit)) {
        Ok(root) => read_value(&root),
        Err(message) => Loaded::fatal(message),
    }
}

/// Bytes to a JSON tree: a BOM skipped, then refused when larger than `limit` (said by
/// `too_large`), not UTF-8, nested deeper than [`MAX_DEPTH`] or not JSON. Scorecards and
/// benchmark packs alike.
pub fn parse(
    bytes: &[u8],
    limit: usize,
    too_large: impl Fn(usize, usize) -> String,
) -> Result<Value<'_>, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.len() > limit {
        return Err(too_large(bytes.len(), limit));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        msg::t().not_utf8(at, line_of(bytes, at))
    })?;
    if let Some(at) = too_deep(bytes) {
        return Err(msg::t().too_deep(MAX_DEPTH, line_of(bytes, at)));
    }
    serde_json::from_str(text).map_err(|e| msg::t().not_json(&e.to_string()))
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset.min(bytes.len())].iter().filter(|b| **b == b'\n').count()
}

/// The offset of the first bracket that opens level `MAX_DEPTH + 1`, if any.
fn too_deep(bytes: &[u8]) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

const TOP_FIELDS: &[&str] = &[
    "format", "organisation", "title", "published", "current_period", "year_starts", "languages", "defaults",
    "priorities", "services", "indicators", "actions", "commentary", "packs", "peer_group",
];

/// Validates an already parsed document (errors only; `read` adds the warnings).
pub fn read_value(root: &Value<'_>) -> Loaded {
    let top = Path::Root;
    let Value::Object(obj) = root else {
        return Loaded::fatal(msg::t().top_level_not_object(root));
    };
    match get(obj, "format") {
        None => return Loaded::fatal(msg::t().format_missing()),
        Some(Value::String(s)) if s == "scorecard/1" => {}
        Some(other) => {
            let mut l = Loaded::fatal(msg::t().wrong_format(other));
            l.diagnostics[0].pointer = "/format".into();
            return l;
        }
    }
    let mut r = Reporter::default();
    let mut left_out = LeftOut::default();
    r.unknown_fields(obj, &top, TOP_FIELDS);

    // Languages first: Text everywhere else is checked against them.
    read_languages(&mut r, obj, &top);

    // Fields without which nothing can be shown: a problem here is fatal.
    let organisation = read_organisation(&mut r, obj, &top);
    let title = r.required(obj, "title", &top).and_then(|v| r.text(v, &top.key("title")));
    let published = r.required(obj, "published", &top).and_then(|v| r.date(v, &top.key("published")));
    let current_period =
        r.required(obj, "current_period", &top).and_then(|v| r.period(v, &top.key("current_period")));
    let year_starts = match get(obj, "year_starts") {
        None => Some(Calendar::DEFAULT_YEAR_START.into()),
        Some(v) => r.integer(v, &top.key("year_starts"), "year_starts", 1, 12),
    };
    let defaults = read_defaults(&mut r, obj, &top);
    let mut arrays = HashMap::new();
    for key in ["priorities", "services", "indicators", "actions", "commentary"] {
        match get(obj, key) {
            Some(v) => {
                if let Some(a) = r.array(v, &top.key(key)) {
                    arrays.insert(key, a.as_slice());
                }
            }
            None if key == "indicators" => r.error(&top, msg::t().missing(key)),
            None => {
                arrays.insert(key, &[][..]);
            }
        }
    }
    let (
        Some(organisation),
        Some(title),
        Some(published),
        Some(current_period),
        Some(year_starts),
        Some(defaults),
        5,
    ) = (organisation, title, published, current_period, year_starts, defaults, arrays.len())
    else {
        return Loaded { scorecard: None, diagnostics: r.diagnostics, left_out };
    };

    let mut sc = Scorecard {
        organisation,
        title,
        published,
        current_period,
        calendar: Calendar::new(year_starts as u8),
        languages: r.languages.clone(),
        defaults,
        priorities: Vec::new(),
        services: Vec::new(),
        indicators: Vec::new(),
        actions: Vec::new(),
        commentary: Vec::new(),
        packs: read_packs(&mut r, obj, &top),
        peer_group: get(obj, "peer_group").and_then(|v| r.slug(v, &top.key("peer_group"))),
    };
    sc.priorities =
        items::read_groups(&mut r, arrays["priorities"], &top.key("priorities"), &[], &mut left_out.groups);
    let priority_ids: Vec<String> = sc.priorities.iter().map(|g| g.id.clone()).collect();
    sc.services = items::read_groups(
        &mut r,
        arrays["services"],
        &top.key("services"),
        &priority_ids,
        &mut left_out.groups,
    );
    let refs = items::Refs {
        services: sc.services.iter().map(|g| g.id.as_str()).collect(),
        priorities: sc.priorities.iter().map(|g| g.id.as_str()).collect(),
    };
    let at = top.key("indicators");
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, v) in arrays["indicators"].iter().enumerate() {
        let here = at.index(i);
        match indicator::read_indicator(&mut r, v, &here, i, &sc, &refs, &mut seen) {
            Some(ind) => sc.indicators.push(ind),
            None => left_out.indicators += 1,
        }
    }
    sc.actions =
        items::read_actions(&mut r, arrays["actions"], &top.key("actions"), &refs, &mut left_out.actions);
    sc.commentary = items::read_comments(
        &mut r,
        arrays["commentary"],
        &top.key("commentary"),
        &refs,
        &mut left_out.comments,
    );

    Loaded { scorecard: Some(sc), diagnostics: r.diagnostics, left_out }
}

/// The file's languages (English where it names none) into `r`, which checks every text by them.
fn read_languages(r: &mut Reporter, obj: &Object<'_>, top: &Path) {
    r.languages = vec!["en".into()];
    let Some(v) = get(obj, "languages") else { return };
    let at = top.key("languages");
    let langs = r.array(v, &at).and_then(|a| {
        a.iter()
            .enumerate()
            .map(|(i, l)| r.string(l, &at.index(i)).map(str::to_string))
            .collect::<Option<Vec<_>>>()
    });
    match langs {
        Some(l) if !l.is_empty() => r.languages = l,
        Some(_) => r.error(&at, msg::t().expected(msg::Expected::LanguageTags, v)),
        None => {}
    }
}

fn read_organisation(r: &mut Reporter, obj: &Object<'_>, top: &Path) -> Option<Organisation> {
    let at = top.key("organisation");
    let org = r.required(obj, "organisation", top).and_then(|v| r.object(v, &at))?;
    r.unknown_fields(org, &at, &["name", "code", "website"]);
    let name = r.required(org, "name", &at).and_then(|v| r.text(v, &at.key("name")))?;
    // A bad code or website loses that field only; the errors are still reported.
    let code = get(org, "code").and_then(|v| {
        let here = at.key("code");
        let s = r.string(v, &here)?;
        let ok = s.len() == 9
            && s.as_bytes()[0].is_ascii_uppercase()
            && s[1..].bytes().all(|c| c.is_ascii_digit());
        if !ok {
            r.warn(&here, msg::t().bad_gss_code(s));
        }
        ok.then(|| s.to_string())
    });
    let website = get(org, "website").and_then(|v| {
        let here = at.key("website");
        let s = r.string(v, &here)?;
        let ok = s.starts_with("https://") && s.len() > 8 && !s.contains(char::is_whitespace);
        if !ok {
            r.warn(&here, msg::t().not_https(s));
        }
        ok.then(|| s.to_string())
    });
    Some(Organisation { name, code, website })
}

fn read_defaults(r: &mut Reporter, obj: &Object<'_>, top: &Path) -> Option<Defaults> {
    let mut d = Defaults::default();
    let Some(v) = get(obj, "defaults") else { return Some(d) };
    let at = top.key("defaults");
    let o = r.object(v, &at)?;
    r.unknown_fields(o, &at, &["tolerance", "trend", "suppress_below"]);
    if let Some(v) = get(o, "tolerance") {
        d.tolerance = r.tolerance(v, &at.key("tolerance"))?;
    }
    if let Some(v) = get(o, "trend") {
        d.trend = read_trend(r, v, &at.key("trend"), TrendSettings::default())?;
    }
    if let Some(v) = get(o, "suppress_below") {
        d.suppress_below = r.integer(v, &at.key("suppress_below"), "suppress_below", 0, 1_000_000)? as u32;
    }
    Some(d)
}

pub(crate) fn read_trend(
    r: &mut Reporter,
    v: &Value<'_>,
    at: &Path,
    base: TrendSettings,
) -> Option<TrendSettings> {
    use crate::model::Compare;
    let o = r.object(v, at)?;
    r.unknown_fields(o, at, &["compare", "stable"]);
    let mut t = base;
    if let Some(c) = get(o, "compare") {
        t.compare = r.word(
            c,
            &at.key("compare"),
            &[("previous", Compare::Previous), ("last-year", Compare::LastYear), ("auto", Compare::Auto)],
        )?;
    }
    if let Some(s) = get(o, "stable") {
        t.stable = Some(r.tolerance(s, &at.key("stable"))?);
    }
    Some(t)
}

/// `packs`: benchmark packs' index addresses. A link to another site is refused here, as the
/// dashboard would refuse to fetch it: a pack is published beside its scorecard.
fn read_packs(r: &mut Reporter, obj: &Object, top: &Path) -> Vec<String> {
    let Some(v) = get(obj, "packs") else { return Vec::new() };
    let at = top.key("packs");
    let Some(items) = r.array(v, &at) else { return Vec::new() };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(url) = r.string(item, &at.index(i)) else { continue };
        if url.contains("://") || url.starts_with("//") {
            r.error(&at.index(i), msg::t().pack_elsewhere(url));
        } else {
            out.push(url.to_string());
        }
    }
    out
}

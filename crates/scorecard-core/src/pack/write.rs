//! A pack as the JSON it is published as: the index, and one shard per measure (columns of
//! values, compact, since a shard of every UK area is what a view waits for).

use super::{Group, Measure, Members, Pack, Series, Shard};
use crate::text::Text;
use serde_json::{json, Map, Value};

fn text(t: &Text) -> Value {
    match t.versions.as_slice() {
        [(lang, s)] if lang.is_empty() => Value::String(s.clone()),
        versions => {
            Value::Object(versions.iter().map(|(l, s)| (l.clone(), Value::String(s.clone()))).collect())
        }
    }
}

/// A number as published: an integer where it is one, else its shortest decimal form.
fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        json!(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

fn column(values: &[Option<f64>]) -> Value {
    Value::Array(values.iter().map(|v| v.map_or(Value::Null, number)).collect())
}

fn put(o: &mut Map<String, Value>, key: &str, v: Option<Value>) {
    if let Some(v) = v {
        o.insert(key.into(), v);
    }
}

fn members(m: &Members) -> (&'static str, Value) {
    match m {
        Members::List(codes) => ("members", json!(codes)),
        Members::Neighbours(n) => {
            ("neighbours", Value::Object(n.iter().map(|(a, ns)| (a.clone(), json!(ns))).collect()))
        }
        Members::Shard(path, _) => ("shard", json!(path)),
    }
}

fn group(g: &Group) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), json!(g.id));
    o.insert("title".into(), text(&g.title));
    o.insert("kind".into(), json!(g.kind.as_str()));
    o.insert("source".into(), text(&g.source));
    put(&mut o, "description", g.description.as_ref().map(text));
    let (key, value) = members(&g.members);
    o.insert(key.into(), value);
    if let Members::Shard(_, areas) = &g.members {
        put(&mut o, "areas", (!areas.is_empty()).then(|| json!(areas)));
    }
    put(&mut o, "measures", g.measures.as_ref().map(|m| json!(m)));
    Value::Object(o)
}

fn measure(m: &Measure) -> Value {
    let mut o = Map::new();
    o.insert("id".into(), json!(m.id));
    o.insert("title".into(), text(&m.title));
    put(&mut o, "code", m.code.as_ref().map(|c| json!(c)));
    put(&mut o, "unit", m.unit.as_ref().map(|c| json!(c)));
    put(&mut o, "decimals", m.decimals.map(|d| json!(d)));
    o.insert("polarity".into(), json!(m.polarity.as_str()));
    if let super::Polarity::Target(mid) = m.polarity {
        o.insert("midpoint".into(), number(mid));
    }
    if m.aggregate {
        o.insert("aggregate".into(), json!(true));
    }
    put(&mut o, "description", m.description.as_ref().map(text));
    put(&mut o, "caveats", m.caveats.as_ref().map(text));
    put(&mut o, "source", m.source.as_ref().map(|c| json!(c)));
    o.insert("periods".into(), json!(m.periods.iter().map(|p| p.to_string()).collect::<Vec<_>>()));
    o.insert("shard".into(), json!(m.shard));
    Value::Object(o)
}

/// The index, as JSON text.
pub fn index(p: &Pack) -> String {
    let areas: Vec<Value> = p
        .areas
        .iter()
        .map(|a| {
            let mut o = Map::new();
            o.insert("code".into(), json!(a.code));
            o.insert("name".into(), text(&a.name));
            o.insert("kind".into(), json!(a.kind));
            put(&mut o, "parent", a.parent.as_ref().map(|c| json!(c)));
            Value::Object(o)
        })
        .collect();
    let doc = json!({
        "format": super::FORMAT,
        "id": p.id,
        "title": text(&p.title),
        "publisher": text(&p.publisher),
        "source": p.source,
        "licence": p.licence,
        "retrieved": p.retrieved,
        "published": p.published,
        "languages": p.languages,
        "files": p.files.iter().map(|f| json!({"name": f.name, "sha256": f.sha256})).collect::<Vec<_>>(),
        "areas": areas,
        "groups": p.groups.iter().map(group).collect::<Vec<_>>(),
        "measures": p.measures.iter().map(measure).collect::<Vec<_>>(),
    });
    doc.to_string()
}

fn series(s: &Series) -> Value {
    let mut o = Map::new();
    o.insert("period".into(), json!(s.period.to_string()));
    o.insert("values".into(), column(&s.values));
    if !s.status.is_empty() {
        o.insert(
            "status".into(),
            Value::Array(s.status.iter().map(|(i, st)| json!([i, st.as_str()])).collect()),
        );
    }
    put(&mut o, "lower", s.lower.as_deref().map(column));
    put(&mut o, "upper", s.upper.as_deref().map(column));
    Value::Object(o)
}

/// A measure's shard, as JSON text.
pub fn shard(s: &Shard) -> String {
    json!({
        "format": super::SHARD_FORMAT,
        "measure": s.measure,
        "areas": s.areas,
        "series": s.series.iter().map(series).collect::<Vec<_>>(),
    })
    .to_string()
}

/// A pack as files: its index's text, and beside it each measure's shard at the path the
/// index gives and each group shard, as (path, text). The index names each measure's shard
/// with its content's version ([`versioned`]). The one writer of a pack: the command line
/// and the sample's maker only put these where they belong.
pub fn files(
    pack: &Pack,
    shards: &[Shard],
    group_shards: &[(String, String)],
) -> (String, Vec<(String, String)>) {
    let mut pack = pack.clone();
    let mut beside = Vec::with_capacity(shards.len() + group_shards.len());
    for (s, m) in shards.iter().zip(&mut pack.measures) {
        let text = shard(s);
        let path = file(&m.shard).to_string();
        m.shard = versioned(&m.shard, &text);
        beside.push((path, text));
    }
    beside.extend(group_shards.iter().cloned());
    (index(&pack), beside)
}

/// A shard's address with its content's version (`measures/x.json?v=1f2e…`): a new content
/// is a new address, so a reader's cache (the dashboard's offline worker) may keep a shard
/// for good and serve it without asking the network (`site::version`).
pub fn versioned(path: &str, text: &str) -> String {
    format!("{}?v={}", file(path), crate::site::version(text.as_bytes()))
}

/// The file a shard's address names, without its version.
pub fn file(path: &str) -> &str {
    path.split_once('?').map_or(path, |(f, _)| f)
}

/// The version an address carries (`…?v=1f2e…`), if it has one: such an address names one
/// content for good, so a kept copy of it may be read without asking again.
pub fn version(address: &str) -> Option<&str> {
    let (_, query) = address.split_once('?')?;
    query.split('#').next()?.split('&').find_map(|pair| pair.strip_prefix("v=")).filter(|v| !v.is_empty())
}

/// A group's members in a shard of their own, as JSON text.
pub fn group_members(group: &str, m: &Members) -> String {
    let (key, value) = members(m);
    let mut o = Map::new();
    o.insert("format".into(), json!(super::SHARD_FORMAT));
    o.insert("group".into(), json!(group));
    o.insert(key.into(), value);
    Value::Object(o).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_shards_address_changes_with_its_content_and_names_the_same_file() {
        let a = super::versioned("measures/x.json", "{}");
        assert!(a.starts_with("measures/x.json?v=") && a.len() == "measures/x.json?v=".len() + 16, "{a}");
        assert_ne!(a, super::versioned("measures/x.json", "{ }"));
        assert_eq!(super::versioned(&a, "{}"), a, "versioning again replaces the version");
        assert_eq!(super::file(&a), "measures/x.json");
        assert_eq!(super::version(&a), a.split_once("?v=").map(|(_, v)| v));
        assert_eq!(super::version("https://x.example/m/x.json?a=1&v=ab#top"), Some("ab"));
        assert_eq!(super::version("measures/x.json"), None);
        assert_eq!(super::version("measures/x.json?v="), None);
        assert_eq!(super::version("measures/x.json?vv=1"), None);
        assert!(super::super::read::is_beside(&a));
    }
}

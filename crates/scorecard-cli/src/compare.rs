//! `scorecard compare PACK --area CODE [--group ID] [--measure ID]... [--period P] [--json]`
//! (compare spec §5): an area among a group of a pack, measure by measure, from the core's
//! `pack::compare::row`.

use crate::{args, pack::open, Failure};
use scorecard_core::messages as msg;
use scorecard_core::pack::compare::{self, Row};
use scorecard_core::pack::{custom, Interval};
use scorecard_core::text::Text;
use serde_json::{json, Value};

fn number(x: Option<f64>) -> Value {
    x.and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number)
}

/// `scorecard compare PACK --area CODE [--group ID] [--measure ID]... [--period P] [--json]`
pub fn run(argv: &[String]) -> Result<u8, Failure> {
    let a = args::parse(argv, &["area", "group", "measure", "period"])?;
    let [path] = a.positional.as_slice() else { return Err(Failure::Usage(msg::t().check_needs_file())) };
    let area = a.option("area").ok_or_else(|| Failure::Usage(msg::t().option_required("area")))?.to_string();
    let mut opened = open(path)?;
    opened.group_shards().map_err(Failure::Fatal)?;
    if opened.pack.area(&area).is_none() {
        return Err(Failure::Fatal(msg::t().unknown_ref(msg::RefKind::Area, &area)));
    }
    let asked: Vec<String> =
        a.options.iter().filter(|(n, _)| n == "measure").map(|(_, v)| v.clone()).collect();
    for m in &asked {
        if opened.pack.measure(m).is_none() {
            return Err(Failure::Fatal(msg::t().unknown_ref(msg::RefKind::Measure, m)));
        }
    }
    let period = match a.option("period") {
        Some(p) => Some(Interval::parse(p).ok_or_else(|| Failure::Fatal(msg::p().not_an_interval(p)))?),
        None => None,
    };
    let group = match a.option("group") {
        Some(id) if custom::is_custom(id) => {
            let (g, unknown) = custom::group(
                &opened.pack,
                &area,
                id,
                |n| Text::plain(msg::p().custom_group_title(n)),
                Text::plain(msg::p().custom_group_source()),
            );
            if let Some(code) = unknown.first() {
                return Err(Failure::Fatal(msg::t().unknown_ref(msg::RefKind::Area, code)));
            }
            g
        }
        Some(id) => {
            let g = opened
                .pack
                .group(id)
                .ok_or_else(|| Failure::Fatal(msg::t().unknown_ref(msg::RefKind::Group, id)))?;
            if g.members_for(&area).is_none() {
                return Err(Failure::Fatal(msg::p().area_not_in_group(&area, id)));
            }
            g.clone()
        }
        None => opened
            .pack
            .first_group_for(&area, asked.first().map(String::as_str))
            .cloned()
            .ok_or_else(|| Failure::Fatal(msg::p().area_in_no_group(&area)))?,
    };
    let measures: Vec<_> = if asked.is_empty() {
        opened.pack.measures.clone()
    } else {
        asked.iter().filter_map(|m| opened.pack.measure(m).cloned()).collect()
    };
    if let Some(p) = period {
        if !measures.iter().any(|m| m.periods.contains(&p)) {
            return Err(Failure::Fatal(msg::p().period_not_in_measure(
                &p.to_string(),
                &measures.first().map_or(String::new(), |m| m.id.clone()),
            )));
        }
    }
    let members: Vec<&str> = group.members_for(&area).unwrap_or_default();
    let mut rows: Vec<Row> = Vec::new();
    let mut worst = 0;
    for m in &measures {
        if !group.applies_to(&m.id) {
            eprintln!("{}", msg::p().group_not_for_measure(&group.id, &m.id));
            continue;
        }
        let Some(p) = period.or_else(|| m.periods.last().copied()) else { continue };
        if !m.periods.contains(&p) {
            eprintln!("{}", msg::p().period_not_in_measure(&p.to_string(), &m.id));
            continue;
        }
        match opened.shard(&m.id) {
            Ok(shard) => rows.push(compare::row(m, &shard, &members, &area, p)),
            Err(e) => {
                eprintln!("{e}");
                worst = 1;
            }
        }
    }
    let lang = opened.pack.languages.first().map_or("en", String::as_str).to_string();
    if a.json {
        let doc = json!({
            "pack": opened.pack.id,
            "area": area,
            "group": {"id": group.id, "title": group.title.get(&lang), "members": members},
            "measures": rows.iter().map(row_json).collect::<Vec<_>>(),
        });
        outln!("{doc}");
    } else {
        let name =
            opened.pack.area(&area).map_or(area.clone(), |a| a.name.get(msg::lang().code()).to_string());
        outln!("{}", msg::p().compare_heading(&name, group.title.get(msg::lang().code()), members.len()));
        for r in &rows {
            outln!("{}\t{}\t{}", r.measure, r.period, row_words(r));
        }
    }
    Ok(worst)
}

fn row_json(r: &Row) -> Value {
    let s = &r.standing;
    json!({
        "measure": r.measure,
        "period": r.period.to_string(),
        "value": number(r.figure.value),
        "lower": number(r.figure.lower),
        "upper": number(r.figure.upper),
        "polarity": r.polarity.as_str(),
        "n": s.n,
        "missing": r.missing_count(),
        "not_applicable": r.not_applicable,
        "rank": s.rank,
        "position": number(s.position),
        "quartile": s.quartile,
        "median": number(s.median),
        "gap": number(s.gap),
        "mad": number(s.mad),
        "distance": number(s.distance),
        "significance": r.significance.map(|x| x.as_str()),
        "previous": r.previous.as_ref().map(|p| json!({
            "period": p.period.to_string(), "value": number(p.value), "rank": p.rank, "n": p.n,
        })),
        "overtaken_by": r.overtaken_by,
        "overtook": r.overtook,
    })
}

/// A row in words, in the language chosen.
fn row_words(r: &Row) -> String {
    let show = |x: f64| scorecard_core::decimal::shortest((x * 1e6).round() / 1e6);
    let s = &r.standing;
    let mut parts = vec![r.figure.value.map_or_else(|| msg::p().no_value_word(), show)];
    // Why a rank is missing, truly: the area has no value (the measure may be another
    // nation's), or too few have.
    let neutral = r.polarity == scorecard_core::pack::Polarity::Neutral;
    parts.push(match (r.figure.value, s.rank) {
        (None, _) => msg::p().no_value_to_rank(s.n, &r.nations()),
        (Some(_), Some(rank)) => msg::p().rank_of(rank, s.n, s.quartile.unwrap_or_default(), neutral),
        (Some(_), None) => msg::p().too_few_to_rank(s.n),
    });
    if r.missing_count() > 0 {
        parts.push(msg::p().without_data(r.missing_count()));
    }
    if let (Some(m), Some(g)) = (s.median, s.gap) {
        parts.push(msg::p().median_gap(&show(m), &show(g)));
    }
    if let Some(sig) = r.significance {
        parts.push(msg::p().significance(sig));
    }
    if let (Some(p), Some(by), Some(took)) = (&r.previous, r.overtaken_by, r.overtook) {
        parts.push(msg::p().rank_change(
            p.rank.unwrap_or_default(),
            s.rank.unwrap_or_default(),
            s.n,
            took,
            by,
        ));
    }
    parts.join("; ")
}

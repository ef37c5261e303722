//! Synthetic benchmark packs of any size (`scorecard generate --pack`), and a scorecard of
//! the pack's first area linked to it, so a pack's cost can be measured at 40 areas and at
//! 400 by the same steps.

use super::{quarters, Rng};
use crate::pack::{Area, Group, GroupKind, Interval, Measure, Members, Pack, Polarity, Series, Shard};
use crate::period::Calendar;
use crate::text::Text;
use serde_json::{json, Value};

/// How many nearest neighbours each area has (CIPFA's model gives 15).
const NEIGHBOURS: usize = 15;
/// Regions the areas are spread over.
const REGIONS: usize = 9;

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The pack's id, as a linked scorecard names it.
pub const ID: &str = "generated";

/// A pack of `areas` areas (`E06900001`…), `measures` quarterly measures over `periods`
/// quarters ending where [`super::scorecard`]'s do, with the four polarities in turn, a few
/// values missing, confidence limits on every fourth measure, and the groups a real pack
/// has: all, nearest neighbours, families, regions.
pub fn pack(areas: usize, measures: usize, periods: usize) -> (Pack, Vec<Shard>) {
    let mut rng = Rng::new(0x9ac4_5eed_0400);
    let cal = Calendar::default();
    let codes: Vec<String> = (1..=areas).map(|i| format!("E069{i:05}")).collect();
    let quality: Vec<f64> = codes.iter().map(|_| rng.signed()).collect();
    let profile: Vec<(f64, f64)> = codes.iter().map(|_| (rng.unit(), rng.unit())).collect();
    let intervals: Vec<Interval> =
        quarters(periods).into_iter().map(|q| Interval::of_period(q, cal)).collect();
    let polarities = [Polarity::Higher, Polarity::Lower, Polarity::Target(50.0), Polarity::Neutral];
    let mut ms = Vec::with_capacity(measures);
    let mut shards = Vec::with_capacity(measures);
    for j in 0..measures {
        let id = format!("m-{j}");
        let base = 20.0 + 60.0 * rng.unit();
        let with_limits = j % 4 == 3;
        let series = intervals
            .iter()
            .map(|&period| {
                let values: Vec<Option<f64>> = quality
                    .iter()
                    .map(|q| (rng.unit() >= 0.03).then(|| round1(base + 8.0 * q + 4.0 * rng.signed())))
                    .collect();
                let limit = |sign: f64| values.iter().map(|v| v.map(|v| round1(v + sign * 2.5))).collect();
                let (lower, upper) =
                    if with_limits { (Some(limit(-1.0)), Some(limit(1.0))) } else { (None, None) };
                Series { period, values, status: Vec::new(), lower, upper }
            })
            .collect();
        ms.push(Measure {
            id: id.clone(),
            title: Text::plain(format!("Generated measure {j}")),
            code: Some(format!("GEN {j}")),
            unit: Some("percent".into()),
            decimals: Some(1),
            polarity: polarities[j % polarities.len()],
            aggregate: false,
            description: None,
            caveats: None,
            source: None,
            periods: intervals.clone(),
            shard: format!("measures/{id}.json"),
        });
        shards.push(Shard { measure: id, areas: codes.clone(), series });
    }
    let group = |id: String, title: String, kind: GroupKind, members: Members| Group {
        id,
        title: Text::plain(title),
        kind,
        source: Text::plain("Generated for benchmarks"),
        description: None,
        members,
        measures: None,
    };
    let neighbours = nearest(&codes, &profile);
    let mut groups = vec![
        group("all".into(), format!("All {areas} areas"), GroupKind::All, Members::List(codes.clone())),
        group(
            "nearest".into(),
            "Nearest neighbours".into(),
            GroupKind::Neighbours,
            Members::Neighbours(neighbours),
        ),
    ];
    let of = |keep: &dyn Fn(usize) -> bool| -> Vec<String> {
        codes.iter().enumerate().filter(|(i, _)| keep(*i)).map(|(_, c)| c.clone()).collect()
    };
    for band in 0..10 {
        let members = of(&|i| ((profile[i].1 * 10.0) as usize).min(9) == band);
        let title = format!("Family {}", band + 1);
        groups.push(group(format!("family-{}", band + 1), title, GroupKind::Family, Members::List(members)));
    }
    for r in 0..REGIONS {
        let members = of(&|i| i % REGIONS == r);
        groups.push(group(
            format!("region-{}", r + 1),
            format!("Region {}", r + 1),
            GroupKind::Region,
            Members::List(members),
        ));
    }
    let areas = codes
        .iter()
        .enumerate()
        .map(|(i, code)| Area {
            code: code.clone(),
            name: Text::plain(format!("Generated council {}", i + 1)),
            kind: "unitary".into(),
            parent: None,
        })
        .collect();
    let about = ["Generated benchmark pack", "scorecard generate", "https://www.example.org/generated"];
    (made_up(ID, about, areas, groups, ms), shards)
}

/// A pack of made-up figures (generated, or the bundled sample's): its id, its `[title,
/// publisher, source]` and its contents, dated and licensed as every made-up pack is.
pub fn made_up(
    id: &str,
    about: [&str; 3],
    areas: Vec<Area>,
    groups: Vec<Group>,
    measures: Vec<Measure>,
) -> Pack {
    let [title, publisher, source] = about;
    Pack {
        id: id.into(),
        title: Text::plain(title),
        publisher: Text::plain(publisher),
        source: source.into(),
        licence: "OGL-3.0".into(),
        retrieved: "2023-11-20".into(),
        published: "2023-11-20".into(),
        languages: vec!["en".into()],
        files: Vec::new(),
        areas,
        groups,
        measures,
    }
}

/// Each area's [`NEIGHBOURS`] nearest by profile, nearest first.
fn nearest<T: FromIterator<(String, Vec<String>)>>(codes: &[String], profile: &[(f64, f64)]) -> T {
    codes
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let mut others: Vec<(f64, usize)> = (0..codes.len())
                .filter(|&j| j != i)
                .map(|j| ((profile[i].0 - profile[j].0).hypot(profile[i].1 - profile[j].1), j))
                .collect();
            let keep = NEIGHBOURS.min(others.len());
            if keep > 0 {
                others.select_nth_unstable_by(keep - 1, |a, b| a.0.total_cmp(&b.0));
            }
            others.truncate(keep);
            others.sort_by(|a, b| a.0.total_cmp(&b.0));
            (code.clone(), others.iter().map(|&(_, j)| codes[j].clone()).collect())
        })
        .collect()
}

/// A scorecard of the pack's first area (as [`super::scorecard`] makes one, `indicators`
/// long) whose first indicators link to the pack's measures, one each, with the area's own
/// values and polarity, and the pack at `url`.
pub fn linked_scorecard(pack: &Pack, shards: &[Shard], url: &str, indicators: usize) -> Value {
    let periods = shards.first().map_or(1, |s| s.series.len()).max(1);
    let mut doc = super::scorecard(indicators, periods);
    let Some(area) = pack.areas.first() else { return doc };
    doc["organisation"]["code"] = json!(area.code);
    doc["packs"] = json!([url]);
    let inds = doc["indicators"].as_array_mut().expect("a generated scorecard has indicators");
    for ((ind, m), shard) in inds.iter_mut().zip(&pack.measures).zip(shards) {
        ind["peers"] = json!({"pack": pack.id, "measure": m.id});
        ind["polarity"] = json!(match m.polarity {
            Polarity::Target(_) => "target",
            p => p.as_str(),
        });
        let values = ind["values"].as_array_mut().expect("a generated indicator has values");
        for (v, s) in values.iter_mut().zip(&shard.series) {
            v["value"] = json!(s.values.first().copied().flatten());
            if let Polarity::Target(mid) = m.polarity {
                v["target"] = json!(mid);
            }
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::{read, write};

    #[test]
    fn a_generated_pack_reads_back_and_compares() {
        let (p, shards) = pack(40, 8, 4);
        let index = read::index(write::index(&p).as_bytes());
        assert!(
            index.diagnostics.iter().all(|d| d.severity != crate::diag::Severity::Error),
            "{:?}",
            index.diagnostics
        );
        let back = index.value.expect("the index reads back");
        assert_eq!((back.areas.len(), back.measures.len(), back.groups.len()), (40, 8, 2 + 10 + REGIONS));
        for (s, m) in shards.iter().zip(&back.measures) {
            let read = read::shard(write::shard(s).as_bytes(), &back, m);
            assert!(
                read.diagnostics.iter().all(|d| d.severity != crate::diag::Severity::Error),
                "{:?}",
                read.diagnostics
            );
        }
        let neighbours = back.group("nearest").and_then(|g| g.members_for("E06900001")).expect("neighbours");
        assert_eq!(neighbours.len(), 1 + NEIGHBOURS);
    }

    #[test]
    fn the_same_arguments_give_the_same_pack() {
        assert_eq!(write::index(&pack(12, 3, 2).0), write::index(&pack(12, 3, 2).0));
    }

    #[test]
    fn the_linked_scorecard_holds_the_first_areas_values() {
        let (p, shards) = pack(20, 3, 4);
        let doc = linked_scorecard(&p, &shards, "index.json", 5);
        let loaded = crate::read(serde_json::to_string(&doc).unwrap().as_bytes());
        assert!(
            loaded.diagnostics.iter().all(|d| d.severity != crate::diag::Severity::Error),
            "{:?}",
            loaded.diagnostics
        );
        let inds = doc["indicators"].as_array().unwrap();
        assert_eq!(inds[2]["peers"]["measure"], "m-2");
        assert!(inds[3].get("peers").is_none());
        assert_eq!(inds[0]["values"][3]["value"], json!(shards[0].series[3].values[0]));
    }
}

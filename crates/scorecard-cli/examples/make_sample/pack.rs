//! The sample's benchmark pack: Wexcombe and 40 fictional unitary councils like it, with
//! Wexcombe's own figures for the indicators the sample links, a family group, nearest
//! neighbours and a region, so that `scripts/serve` shows councils compared at once.
//! Written with `-- --pack public/data/packs/unitaries`.

use scorecard_core::generate::Rng;
use scorecard_core::pack::{
    Area, Group, GroupKind, Interval, Measure, Members, Pack, Polarity, Series, Shard,
};
use scorecard_core::period::{Calendar, Period};
use scorecard_core::text::Text;
use serde_json::Value;

/// The pack's id, its address beside the sample, and Wexcombe's (fictional) GSS-style code.
pub const ID: &str = "sample-unitaries";
pub const URL: &str = "packs/unitaries/index.json";
pub const WEXCOMBE: &str = "E06999001";

/// The sample's indicators compared with other councils'.
pub const LINKED: &[&str] = &[
    "recycling-rate",
    "residual-waste-per-household",
    "fly-tipping-rate",
    "major-applications-in-time",
    "minor-applications-in-time",
    "other-applications-in-time",
    "householder-decision-weeks",
    "sickness-days-per-fte",
    "staff-turnover",
    "foi-in-time",
    "food-broadly-compliant",
    "rent-collected",
    "complaints-stage1-in-time",
    "online-transactions",
    "gender-pay-gap",
    "direct-payments",
];

/// Wexcombe's neighbours in England's fictional south-west, then 34 more councils.
const NAMES: &[&str] = &[
    "Wexcombe", "Ashcombe", "Bramley Downs", "Castlebridge", "Dunmere", "Eastwick", "Fairhaven", "Greyford",
    "Holmbury", "Ivybridge Vale", "Kingsmead", "Larkhill", "Marlow Heath", "Northam", "Oakhurst", "Penbury",
    "Queensford", "Redcliffe", "Saltash Moor", "Thornbury", "Upton Fields", "Valemouth", "Westerleigh",
    "Yarcombe", "Zennor Bay", "Alderholt", "Brookhampton", "Coldharbour", "Deepdale", "Elmstead", "Foxley",
    "Glenbury", "Hartwell", "Ironbridge Vale", "Juniper Hill", "Kestrel Point", "Lowmoor", "Millbrook",
    "Netherby", "Orchardleigh", "Pinewood",
];

const REGIONS: &[(&str, &str)] =
    &[("south-west", "South West"), ("south-east", "South East"), ("midlands", "Midlands")];

fn round(x: f64, dp: u32) -> f64 {
    let f = 10f64.powi(dp as i32);
    (x * f).round() / f
}

/// The pack and its shards. `indicators` is the sample's indicators, as written.
pub fn pack(indicators: &[Value], cal: Calendar) -> (Pack, Vec<Shard>) {
    let mut rng = Rng::new(0x0bad_5eed_2023);
    let codes: Vec<String> = (1..=NAMES.len()).map(|i| format!("E06999{i:03}")).collect();
    // Each council's standing: a general quality and a profile (how urban, how deprived)
    // that decides its family and its nearest neighbours.
    let quality: Vec<f64> = codes.iter().map(|_| rng.signed()).collect();
    let profile: Vec<(f64, f64)> = codes.iter().map(|_| (rng.unit(), rng.unit())).collect();
    let areas: Vec<Area> = codes
        .iter()
        .zip(NAMES)
        .map(|(code, name)| Area {
            code: code.clone(),
            name: Text::plain(*name),
            kind: "unitary".into(),
            parent: None,
        })
        .collect();
    let mut measures = Vec::new();
    let mut shards = Vec::new();
    for id in LINKED {
        let ind = indicators.iter().find(|i| i["id"] == *id).expect("a linked indicator is in the sample");
        let decimals = ind["decimals"].as_u64().unwrap_or(1) as u32;
        let polarity = match ind["polarity"].as_str() {
            Some("lower") => Polarity::Lower,
            Some("neutral") => Polarity::Neutral,
            _ => Polarity::Higher,
        };
        let percent = ind["unit"].as_str().unwrap_or("percent") == "percent";
        let mut series = Vec::new();
        let mut periods = Vec::new();
        for v in ind["values"].as_array().into_iter().flatten() {
            let (Some(p), Some(own)) =
                (v["period"].as_str().and_then(|p| Period::parse(p).ok()), v["value"].as_f64())
            else {
                continue;
            };
            let period = Interval::of_period(p, cal);
            periods.push(period);
            // Others spread around Wexcombe's level: better councils better, by polarity.
            let sign = if polarity == Polarity::Lower { -1.0 } else { 1.0 };
            let spread = if percent { 6.0 } else { own.abs() * 0.12 };
            let values = codes
                .iter()
                .enumerate()
                .map(|(i, _)| {
                    if i == 0 {
                        return Some(own);
                    }
                    // A few councils do not report every period.
                    if rng.unit() < 0.03 {
                        return None;
                    }
                    let x = own + sign * spread * (0.8 * quality[i] + 0.6 * rng.signed());
                    let x = if percent { x.clamp(0.0, 100.0) } else { x.max(0.0) };
                    Some(round(x, decimals))
                })
                .collect();
            series.push(Series { period, values, status: Vec::new(), lower: None, upper: None });
        }
        measures.push(Measure {
            id: id.to_string(),
            title: Text::plain(ind["title"].as_str().unwrap_or(id)),
            code: ind["code"].as_str().map(str::to_string),
            unit: ind["unit"].as_str().map(str::to_string),
            decimals: Some(decimals as u8),
            polarity,
            aggregate: false,
            description: ind["description"].as_str().map(Text::plain),
            caveats: None,
            source: Some("Fictional figures made for Scorecard's sample".into()),
            periods,
            shard: format!("measures/{id}.json"),
        });
        shards.push(Shard { measure: id.to_string(), areas: codes.clone(), series });
    }
    let all = Group {
        id: "all-unitaries".into(),
        title: Text::plain("All 41 unitary councils"),
        kind: GroupKind::All,
        source: Text::plain("Every council in the sample pack"),
        description: None,
        members: Members::List(codes.clone()),
        measures: None,
    };
    // Nearest neighbours: the 15 councils with the closest profile.
    let neighbours = codes
        .iter()
        .enumerate()
        .map(|(i, code)| {
            let mut others: Vec<(f64, &String)> = codes
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(j, c)| ((profile[i].0 - profile[j].0).hypot(profile[i].1 - profile[j].1), c))
                .collect();
            others.sort_by(|a, b| a.0.total_cmp(&b.0));
            (code.clone(), others.iter().take(15).map(|(_, c)| (*c).clone()).collect())
        })
        .collect();
    let nearest = Group {
        id: "nearest-neighbours".into(),
        title: Text::plain("Nearest neighbours (15 most similar councils)"),
        kind: GroupKind::Neighbours,
        source: Text::plain(
            "Fictional: councils nearest in urban character and deprivation, as CIPFA's model would choose",
        ),
        description: None,
        members: Members::Neighbours(neighbours),
        measures: None,
    };
    let family = |band: usize, name: &str| Group {
        id: format!("family-{band}"),
        title: Text::plain(format!("Family group {band}: {name}")),
        kind: GroupKind::Family,
        source: Text::plain("Fictional: councils banded by deprivation"),
        description: None,
        members: Members::List(
            codes
                .iter()
                .enumerate()
                .filter(|(i, _)| (profile[*i].1 * 3.0) as usize + 1 == band)
                .map(|(_, c)| c.clone())
                .collect(),
        ),
        measures: None,
    };
    let region = |(id, name): (&str, &str), n: usize| Group {
        id: format!("region-{id}"),
        title: Text::plain(name),
        kind: GroupKind::Region,
        source: Text::plain("Fictional regions"),
        description: None,
        members: Members::List(
            codes
                .iter()
                .enumerate()
                .filter(|(i, _)| i % REGIONS.len() == n)
                .map(|(_, c)| c.clone())
                .collect(),
        ),
        measures: None,
    };
    let mut groups = vec![all, nearest];
    groups.extend([family(1, "least deprived"), family(2, "middle"), family(3, "most deprived")]);
    groups.extend(REGIONS.iter().enumerate().map(|(n, r)| region(*r, n)));
    let about = [
        "Sample: Wexcombe and 40 unitary councils like it",
        "Scorecard (fictional figures for the sample)",
        "https://www.example.org/wexcombe",
    ];
    let pack = scorecard_core::generate::made_up(ID, about, areas, groups, measures);
    (pack, shards)
}

/// Writes the pack into `dir`, the index naming each shard with its content's version.
pub fn write(dir: &std::path::Path, pack: &Pack, shards: &[Shard]) {
    std::fs::create_dir_all(dir.join("measures")).expect("the pack's folder");
    let (index, beside) = scorecard_core::pack::write::files(pack, shards, &[]);
    for (path, text) in beside {
        std::fs::write(dir.join(path), text).expect("a shard");
    }
    std::fs::write(dir.join("index.json"), index).expect("the index");
}

//! `scorecard pack build|check|info` and `scorecard compare`, run as a process on a small
//! pack built from `tests/fixtures/pack-source/` (five fictional districts), and on the three
//! real packs from `../shared/data/real` (a test that cannot find them fails under CI=true).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scorecard")).args(args).output().expect("the binary runs")
}

fn text(o: &Output) -> (String, String) {
    (String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Builds the fixture pack into a fresh folder and gives its index's path.
fn fixture_pack(name: &str) -> String {
    let out = std::env::temp_dir().join(format!("scorecard-pack-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let index = out.join("index.json").display().to_string();
    let recipe = root().join("tests/fixtures/pack-source/recipe.json").display().to_string();
    let o = run(&["pack", "build", &recipe, "-o", &index]);
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    index
}

#[test]
fn a_built_pack_checks_clean_and_lists_what_it_holds() {
    let index = fixture_pack("info");
    let o = run(&["pack", "check", &index]);
    let (out, _) = text(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("2 measures, 5 areas, 3 groups; 0 errors"), "{out}");
    let o = run(&["pack", "info", &index, "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["id"], "test-districts");
    assert_eq!(v["measures"][0]["id"], "missed-bins-per-100k");
    assert_eq!(v["measures"][0]["polarity"], "lower");
    assert_eq!(v["measures"][0]["periods"], serde_json::json!(["2022-04-01/P1Y", "2023-04-01/P1Y"]));
    assert_eq!(
        v["groups"][0],
        serde_json::json!({"id": "all", "kind": "all", "title": "All five", "measures": null})
    );
    assert_eq!(
        v["areas"][0],
        serde_json::json!({"code": "E07000001", "name": "Alderbury", "kind": "district"})
    );
}

#[test]
fn compare_gives_every_statistic_of_section_3() {
    let index = fixture_pack("compare");
    let o = run(&["compare", &index, "--area", "E07000001", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["group"]["id"], "all", "the pack's first group with the area");
    let bins = &v["measures"][0];
    // 35, 55, 40, 58, 47, lower is better: first of five; median 47; deviations 12, 8, 7,
    // 11, 0 give a MAD of 8.
    assert_eq!(
        (bins["rank"].as_u64(), bins["n"].as_u64(), bins["quartile"].as_u64()),
        (Some(1), Some(5), Some(1))
    );
    assert_eq!((bins["median"].as_f64(), bins["gap"].as_f64()), (Some(47.0), Some(-12.0)));
    assert_eq!((bins["mad"].as_f64(), bins["distance"].as_f64()), (Some(8.0), Some(-1.5)));
    // A year before, second of four (Eastwick's figure withheld): Castleton is now behind.
    assert_eq!(bins["previous"]["rank"], 2);
    assert_eq!(bins["previous"]["n"], 4);
    assert_eq!((bins["overtook"].as_u64(), bins["overtaken_by"].as_u64()), (Some(1), Some(0)));
    let recycling = &v["measures"][1];
    assert_eq!(recycling["not_applicable"], serde_json::json!(["E07000005"]), "status z: no such service");
    assert_eq!(recycling["n"], 4);
    assert_eq!(recycling["gap"].as_f64(), Some(6.35), "as the decimals give it");
    assert_eq!(recycling["significance"], "better", "50.2 to 54.0 lies above the median 45.75");
    // In words, Welsh too.
    let (out, _) = text(&run(&["compare", &index, "--area", "E07000004", "--group", "region-south"]));
    assert!(out.contains("not ranked: 2 values, fewer than 3"), "{out}");
    let (out, _) = text(&run(&["compare", &index, "--area", "E07000001", "--group", "region-north"]));
    // ⌈4 × 1 / 3⌉ = 2: the spec's quartile, even for the best of three.
    assert!(out.contains("rank 1 of 3 (second quarter)"), "{out}");
    let (out, _) = text(&run(&["--lang", "cy", "compare", &index, "--area", "E07000001"]));
    assert!(out.contains("safle 1 o 5"), "{out}");
}

#[test]
fn compare_refuses_what_the_pack_does_not_hold_in_one_line() {
    let index = fixture_pack("refuse");
    for (args, says) in [
        (vec!["--area", "E99999999"], "no area with the code \"E99999999\""),
        (vec!["--area", "E07000001", "--group", "nowhere"], "no group with the id \"nowhere\""),
        (vec!["--area", "E07000004", "--group", "region-north"], "does not contain the area"),
        (vec!["--area", "E07000001", "--measure", "litter"], "no measure with the id \"litter\""),
        (vec!["--area", "E07000001", "--period", "2019-04-01/P1Y"], "has no period 2019-04-01/P1Y"),
        (vec!["--area", "E07000001", "--period", "soon"], "\"soon\" is not a period"),
    ] {
        let mut all = vec!["compare", index.as_str()];
        all.extend(args);
        let o = run(&all);
        let (_, err) = text(&o);
        assert_eq!(o.status.code(), Some(2), "{all:?}: {err}");
        assert!(err.contains(says), "{all:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    }
    let o = run(&["compare", "/nowhere/index.json", "--area", "E07000001"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_damaged_shard_is_named_by_check_and_by_compare_and_the_rest_still_compares() {
    let index = fixture_pack("damaged");
    let shard = Path::new(&index).parent().unwrap().join("measures/recycling-rate.json");
    let good = std::fs::read_to_string(&shard).unwrap();
    std::fs::write(&shard, good.replace("52.1", "\"52.1\"")).unwrap();
    let (out, _) = text(&run(&["pack", "check", &index]));
    assert!(out.contains("recycling-rate.json: error /series/0/values/0"), "{out}");
    std::fs::write(&shard, &good[..good.len() / 2]).unwrap();
    let o = run(&["compare", &index, "--area", "E07000001", "--json"]);
    let (out, err) = text(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("recycling-rate.json"), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["measures"].as_array().unwrap().len(), 1, "the other measure still compares");
}

fn real_data() -> Option<PathBuf> {
    let p = root().join("../shared/data/real");
    if p.is_dir() {
        return Some(p);
    }
    assert!(std::env::var("CI").as_deref() != Ok("true"), "{} is not here under CI=true", p.display());
    None
}

#[test]
fn the_three_real_packs_build_and_check_clean() {
    let Some(data) = real_data() else { return };
    let data = data.display().to_string();
    for (recipe, area, measures) in [
        ("scotland-lgbf.json", "S12000030", 115),
        ("england-oflog-asc.json", "E10000014", 7),
        ("uk-els.json", "E07000089", 89),
    ] {
        let out = std::env::temp_dir().join(format!("scorecard-real-{recipe}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let index = out.join("index.json").display().to_string();
        let recipe_path = root().join("packs").join(recipe).display().to_string();
        let o = run(&["pack", "build", &recipe_path, "--from", &data, "-o", &index]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{recipe}: {:?}",
            text(&o).1.lines().rev().take(3).collect::<Vec<_>>()
        );
        let (out, _) = text(&run(&["pack", "check", &index]));
        assert!(
            out.contains(&format!("{measures} measures")) && out.contains("; 0 errors"),
            "{recipe}: {out}"
        );
        let o = run(&["compare", &index, "--area", area, "--json"]);
        let v: Value =
            serde_json::from_slice(&o.stdout).unwrap_or_else(|_| panic!("{recipe}: {:?}", text(&o)));
        assert!(v["measures"].as_array().unwrap().iter().any(|m| m["rank"].is_u64()), "{recipe}");
        if recipe == "uk-els.json" {
            // Cardiff has no figure for England's measures: the reason says so, never "fewer than 3".
            let (out, _) = text(&run(&["compare", &index, "--area", "W06000015"]));
            let obesity = out.lines().find(|l| l.starts_with("adult-obesity-prevalence")).unwrap_or_default();
            assert!(
                obesity.contains("not ranked: no value for this area (")
                    && obesity.contains(" values, for England)"),
                "{obesity}"
            );
            // Compared first among ONS's nearest neighbours: the recipe lists them first, and
            // the index names the areas of a group kept in a shard.
            assert!(
                out.starts_with("Cardiff among Nearest neighbours (overall) (21 areas)"),
                "{}",
                out.lines().next().unwrap_or_default()
            );
            // Its groups are named in Welsh too: the recipe's and the build's own.
            let (out_cy, _) = text(&run(&["--lang", "cy", "compare", &index, "--area", "W06000015"]));
            assert!(
                out_cy.starts_with("Caerdydd ymhlith Cymdogion agosaf (cyffredinol)"),
                "{}",
                out_cy.lines().next().unwrap_or_default()
            );
            let index_json: Value = serde_json::from_str(&std::fs::read_to_string(&index).unwrap()).unwrap();
            let title = |id: &str| {
                index_json["groups"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|g| g["id"] == id)
                    .map(|g| g["title"]["cy"].clone())
            };
            assert_eq!(title("global-cluster-b"), Some(Value::from("Clwstwr B (cyffredinol)")));
            assert_eq!(title("uk-local-authorities"), Some(Value::from("Holl awdurdodau lleol y DU")));
            // Decimals and units as ONS's metadata gives them, for a file of several indicators too.
            let measures = index_json["measures"].as_array().unwrap();
            assert!(
                measures.iter().all(|m| m["decimals"].is_u64()),
                "every measure's decimals from its metadata"
            );
            let births = measures.iter().find(|m| m["id"] == "business-demography-business-births").unwrap();
            assert_eq!((births["decimals"].as_u64(), births["unit"].as_str()), (Some(1), Some("percent")));
            assert_eq!(title("type-welsh-principal-area"), Some(Value::from("Prif ardaloedd Cymru")));
            for line in out.lines().filter(|l| l.contains("fewer than 3")) {
                let n: usize = line
                    .split("not ranked: ")
                    .nth(1)
                    .and_then(|t| t.split(' ').next()?.parse().ok())
                    .unwrap_or(0);
                assert!(n < 3, "a reason that is not true: {line}");
            }
        }
    }
}

#[test]
fn a_generated_pack_checks_clean_compares_and_its_scorecard_links_to_it() {
    let out = std::env::temp_dir().join(format!("scorecard-pack-generated-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let dir = out.display().to_string();
    let o = run(&["generate", "--pack", &dir, "--areas", "40", "--measures", "6", "--periods", "5"]);
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    let index = out.join("index.json").display().to_string();
    let (checked, _) = text(&run(&["pack", "check", &index]));
    assert!(checked.contains("6 measures, 40 areas, 21 groups; 0 errors"), "{checked}");
    let o = run(&["compare", &index, "--area", "E06900001", "--group", "nearest", "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).expect("compare --json");
    assert_eq!(v["group"]["members"].as_array().map(Vec::len), Some(16));
    assert_eq!(v["measures"].as_array().map(Vec::len), Some(6));
    assert!(v["measures"][3]["lower"].is_number(), "every fourth measure has limits: {}", v["measures"][3]);
    let scorecard = out.join("scorecard.json").display().to_string();
    let o = run(&["check", "--json", &scorecard]);
    let v: Value = serde_json::from_slice(&o.stdout).expect("check --json");
    assert_eq!((v["fatal"].as_bool(), v["indicators"].as_u64()), (Some(false), Some(6)));
    let again = std::env::temp_dir().join(format!("scorecard-pack-generated-again-{}", std::process::id()));
    let o = run(&[
        "generate",
        "--pack",
        &again.display().to_string(),
        "--areas",
        "40",
        "--measures",
        "6",
        "--periods",
        "5",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let same = |name: &str| std::fs::read(out.join(name)).ok() == std::fs::read(again.join(name)).ok();
    assert!(same("index.json") && same("measures/m-2.json") && same("scorecard.json"), "deterministic");
    for (args, says) in [
        (
            &["generate", "--pack", &dir, "--areas", "0", "--measures", "6", "--periods", "5"][..],
            "--areas must be from 1 to 10000",
        ),
        (&["generate", "--pack", &dir, "--areas", "4", "--periods", "5"][..], "--measures is required"),
        (&["generate", "--indicators", "4", "--periods", "401"][..], "--periods must be from 1 to 400"),
        (&["generate", "--indicators", "4", "--periods"][..], "--periods needs a value"),
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(text(&o).1.contains(says), "{args:?}: {}", text(&o).1);
    }
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(&again);
}

#[test]
fn check_warns_where_the_councils_figure_differs_from_its_packs_and_names_a_pack_it_cannot_open() {
    let out = std::env::temp_dir().join(format!("scorecard-pack-differs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let o = run(&[
        "generate",
        "--pack",
        &out.display().to_string(),
        "--areas",
        "12",
        "--measures",
        "3",
        "--periods",
        "4",
    ]);
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    let scorecard = out.join("scorecard.json").display().to_string();
    let pack_warnings = |o: &Output| -> Vec<(String, String)> {
        let v: Value = serde_json::from_slice(&o.stdout).expect("check --json");
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| {
                d["pointer"].as_str().is_some_and(|p| p.ends_with("/value") || p.starts_with("/packs"))
            })
            .map(|d| (d["pointer"].as_str().unwrap().to_string(), d["message"].as_str().unwrap().to_string()))
            .collect()
    };
    assert_eq!(
        pack_warnings(&run(&["check", "--json", &scorecard])),
        vec![],
        "the pack holds the council's figures"
    );
    // The pack says otherwise for the council's last quarter of the second measure.
    let shard = out.join("measures/m-1.json");
    let mut v: Value = serde_json::from_slice(&std::fs::read(&shard).unwrap()).unwrap();
    let own = v["series"][3]["values"][0].as_f64().unwrap();
    v["series"][3]["values"][0] = serde_json::json!(own + 1.0);
    std::fs::write(&shard, v.to_string()).unwrap();
    let o = run(&["check", "--json", &scorecard]);
    assert_eq!(o.status.code(), Some(0), "a warning, not an error");
    let found = pack_warnings(&o);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "/indicators/1/values/3/value");
    assert!(
        found[0].1.contains(&format!("{:.1}", own + 1.0)) && found[0].1.contains("m-1"),
        "{}",
        found[0].1
    );
    // Without its pack beside it, check says the figures were not checked.
    std::fs::remove_file(out.join("index.json")).unwrap();
    let found = pack_warnings(&run(&["check", "--json", &scorecard]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "/packs/0");
    assert!(found[0].1.contains("not checked") && found[0].1.contains("index.json"), "{}", found[0].1);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_custom_group_is_the_area_and_the_areas_named() {
    let pack = root().join("public/data/packs/unitaries/index.json").display().to_string();
    let args = |group: &str| {
        run(&[
            "compare", &pack, "--area", "E06999001", "--group", group, "--measure", "recycling-rate",
            "--json",
        ])
    };
    let o = args("custom:E06999003,E06999002,E06999003,E06999004,E06999005");
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["group"]["members"],
        serde_json::json!(["E06999001", "E06999003", "E06999002", "E06999004", "E06999005"])
    );
    assert_eq!(v["measures"][0]["n"], 5);
    let o = args("custom:E06999002,E99999999");
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).1.contains("E99999999"), "{}", text(&o).1);
}

/// A national body's tables laid out as DfE's (a row per council per year) and Ofsted's (title
/// rows, a row per council, footnotes) build a pack: a measure per column of figures.
#[test]
fn a_pack_builds_from_tables_with_a_column_per_measure() {
    let out = std::env::temp_dir().join(format!("scorecard-pack-measures-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let index = out.join("index.json").display().to_string();
    let recipe = root().join("tests/fixtures/open-data/recipe.json").display().to_string();
    let o = run(&["pack", "build", &recipe, "-o", &index]);
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    assert!(!text(&o).1.contains("Source"), "footnotes are not areas: {:?}", text(&o));
    let o = run(&["pack", "info", &index, "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> =
        v["measures"].as_array().unwrap().iter().map(|m| m["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "homes-judged-good-or-outstanding",
            "number-cla",
            "number-of-children-s-homes",
            "number-of-places",
            "percent-placed-over-20-miles",
            "rate-per-10000"
        ]
    );
    let cla = &v["measures"][1];
    assert_eq!(cla["periods"], serde_json::json!(["2021-04-01/P1Y", "2022-04-01/P1Y", "2023-04-01/P1Y"]));
    let o =
        run(&["compare", &index, "--area", "E06000005", "--measure", "number-of-children-s-homes", "--json"]);
    assert_eq!(o.status.code(), Some(0), "{:?}", text(&o));
    let c: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        c["group"]["members"],
        serde_json::json!(["E06000001", "E06000005", "E06000047"]),
        "no total is a council"
    );
    assert_eq!(
        (c["measures"][0]["value"].as_f64(), c["measures"][0]["rank"].as_u64()),
        (Some(12.0), Some(2)),
        "{c}"
    );
}

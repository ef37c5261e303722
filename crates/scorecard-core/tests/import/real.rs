//! The real council files in `../shared/data/real/`, byte for byte.

use super::*;
use std::path::PathBuf;

fn real(path: &str) -> Option<Vec<u8>> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/real").join(path);
    match std::fs::read(&p) {
        Ok(b) => Some(b),
        Err(_) => {
            // In CI the files must be there: a test that did not run must not pass.
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{} is not here under CI=true (the real council files live in ../shared/data/real/)",
                p.display()
            );
            eprintln!(
                "skipped: {} is not here (the real council files live in ../shared/data/real/)",
                p.display()
            );
            None
        }
    }
}

#[test]
fn real_hart_quarters_merge_to_the_published_scorecard() {
    let (Some(aug), Some(nov), Some(expected)) = (
        real("hart-dc-kpis/hart_kpis_snapshot_2014-08-10.csv"),
        real("hart-dc-kpis/hart_kpis_snapshot_2014-11-07.csv"),
        real("hart-2014-15.json"),
    ) else {
        return;
    };
    let q1 = import(&aug, &with_period("2014/15-Q1"));
    let q2 = import(&nov, &with_period("2014/15-Q2"));
    assert_eq!((q1.indicators, q2.indicators), (45, 45));
    let (merged, notes) = scorecard_core::import::merge::merge(&doc(&q1), &doc(&q2), &q2.context);
    let restated: Vec<&str> = notes.iter().map(|p| p.message.as_str()).collect();
    assert!(restated.iter().any(|m| m.starts_with("FI06 2014/15-Q1 is 97.9")), "{restated:?}");
    assert!(restated.iter().any(|m| m.starts_with("HR11 2014/15-Q1 is 2.7")), "{restated:?}");
    let expected: Value = serde_json::from_slice(&expected).unwrap();
    let key = |d: &Value| -> Vec<(String, Figures)> {
        let mut out: Vec<_> = d["indicators"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|i| {
                let code = i["code"].as_str().unwrap().to_string();
                i["values"].as_array().unwrap().iter().map(move |v| {
                    let f = (
                        v["period"].as_str().unwrap().to_string(),
                        v["value"].as_f64(),
                        v["target"].as_f64(),
                        v["reported_status"].as_str().map(str::to_string),
                    );
                    (code.clone(), f)
                })
            })
            .collect();
        out.sort_by(|a, b| (&a.0, &a.1 .0).cmp(&(&b.0, &b.1 .0)));
        out
    };
    assert_eq!(key(&merged), key(&expected));
    assert_eq!(merged["current_period"], "2014/15-Q2");
}

#[test]
fn real_stirling_lgbf_quarters_for_one_council() {
    let Some(bytes) = real("lgbf-stirling-csv/indicator_data_real_quarterly.csv") else { return };
    let i = import(&bytes, &Options { organisation: Some("Stirling".into()), ..opts() });
    checks_clean(&i);
    let f = figures(&i, "CORP 09");
    assert_eq!(f.len(), 21, "2018-19;Q1 to 2023-24;Q1");
    assert_eq!(f[0].0, "2018/19-Q1");
    assert_eq!(f[20].0, "2023/24-Q1");
    assert_eq!(f[20].1, Some(0.88));
    assert_eq!(doc(&i)["organisation"]["name"], "Stirling");
}

#[test]
fn real_oflog_measures_for_one_council() {
    let Some(bytes) = real("oflog-asc/ASC_data.csv") else { return };
    let i = import(&bytes, &Options { organisation: Some("Hartlepool".into()), ..opts() });
    checks_clean(&i);
    assert_eq!(i.indicators, 7);
    assert_eq!(indicator(&i, "ASC3")["polarity"], "higher", "desc: a higher rank order is better");
    assert_eq!(indicator(&i, "ASC6")["polarity"], "neutral", "None");
    let f = figures(&i, "ASC3");
    assert!(f.contains(&("2022/23".into(), Some(84.5), None, None)), "{f:?}");
    assert_eq!(indicator(&i, "ASC1")["title"], "Outcome, ASC Carer Quality of Life");
}

#[test]
fn real_lgbf_workbook_for_one_council() {
    let Some(bytes) = real("lgbf-improvement-service/new_bnch_data.xlsx") else { return };
    let all = import(&bytes, &Options { organisation: None, ..opts() });
    assert!(all.fatal.as_deref().unwrap().contains("33 organisations"), "{:?}", all.fatal);
    let i = import(&bytes, &Options { organisation: Some("Stirling".into()), ..opts() });
    checks_clean(&i);
    assert!(i.indicators > 100, "{}", i.indicators);
    let chn1 = figures(&i, "CHN1");
    assert_eq!(chn1.len(), 11, "2010-11 to 2020-21");
    assert_eq!(chn1[0].0, "2010/11");
    assert!(chn1[10].1.unwrap() > 1000.0, "cost per primary pupil, read from the cached formula");
}

/// ONS Explore Local Statistics, as published: one council's rows of a national file, its
/// financial years given as ISO 8601 intervals (`2023-04-01/P1Y`).
#[test]
fn real_ons_explore_local_statistics_for_one_council() {
    let Some(bytes) =
        real("ons-els/indicators/children-in-relative-poverty/children-in-relative-poverty.csv")
    else {
        return;
    };
    let i = import(&bytes, &Options { organisation: Some("Hart".into()), ..opts() });
    checks_clean(&i);
    assert_eq!(doc(&i)["organisation"]["name"], "Hart");
    let periods: Vec<String> =
        figures(&i, "children-in-relative-poverty-before-housing-costs").into_iter().map(|f| f.0).collect();
    assert_eq!(periods, ["2021/22", "2022/23", "2023/24", "2024/25"]);
}

use super::*;

const INDEX: &str = r#"{
  "format": "scorecard-pack/1", "id": "test", "title": "Test pack", "publisher": "Us",
  "source": "https://example.org", "licence": "OGL-3.0", "languages": ["en", "cy"], "retrieved": "2026-12-01", "published": "2026-11-01",
  "files": [{"name": "a.csv", "sha256": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}],
  "areas": [
    {"code": "A1", "name": {"en": "Alpha", "cy": "Alffa"}, "kind": "district"},
    {"code": "B2", "name": "Beta", "kind": "district"},
    {"code": "C3", "name": "Gamma", "kind": "district"},
    {"code": "D4", "name": "Delta", "kind": "district"}
  ],
  "groups": [
    {"id": "all", "title": "All", "kind": "all", "source": "Us", "members": ["A1", "B2", "C3", "D4"]},
    {"id": "near", "title": "Nearest", "kind": "neighbours", "source": "Us", "neighbours": {"A1": ["C3", "B2"]}}
  ],
  "measures": [
    {"id": "m1", "title": "Measure one", "polarity": "higher", "decimals": 1,
     "periods": ["2022-04-01/P1Y", "2023-04-01/P1Y"], "shard": "measures/m1.json"}
  ]
}"#;

fn pack() -> Pack {
    let l = index(INDEX.as_bytes());
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    l.value.unwrap()
}

fn pointers(d: &[Diagnostic]) -> Vec<(&str, &str)> {
    d.iter().map(|d| (d.pointer.as_str(), d.message.as_str())).collect()
}

#[test]
fn an_index_reads_with_its_areas_groups_and_measures() {
    let p = pack();
    assert_eq!(p.areas.len(), 4);
    assert_eq!(p.areas[0].name.get("cy"), "Alffa");
    assert_eq!(p.group("near").unwrap().members_for("A1"), Some(vec!["A1", "C3", "B2"]));
    assert_eq!(p.group("near").unwrap().members_for("B2"), None);
    assert_eq!(p.first_group_for("B2", None).unwrap().id, "all");
    assert_eq!(p.measure("m1").unwrap().periods.len(), 2);
    // What is written reads back the same.
    assert_eq!(index(super::super::write::index(&p).as_bytes()).value.unwrap(), p);
}

#[test]
fn bad_indexes_say_where() {
    let bad = INDEX
        .replace(r#"{"code": "B2", "name": "Beta""#, r#"{"code": "A1", "name": "Beta""#)
        .replace(r#""members": ["A1", "B2", "C3", "D4"]"#, r#""members": ["A1", "Z9"]"#)
        .replace(r#""polarity": "higher""#, r#""polarity": "target""#);
    let l = index(bad.as_bytes());
    let found = pointers(&l.diagnostics);
    assert!(
        found.iter().any(|(p, m)| *p == "/areas/1/code" && m.contains("already given at /areas/0")),
        "{found:?}"
    );
    assert!(found.iter().any(|(p, m)| *p == "/groups/0/members/1" && m.contains("\"Z9\"")), "{found:?}");
    assert!(found.iter().any(|(p, m)| *p == "/measures/0" && m.contains("midpoint")), "{found:?}");
    let p = l.value.unwrap();
    assert_eq!(p.measures.len(), 0, "a measure with an error is left out");
    assert_eq!(p.areas.len(), 3);
    for (bytes, says) in
        [(&br#"{"format": "scorecard/1"}"#[..], "scorecard-pack/1"), (b"[]", "object"), (b"{", "JSON")]
    {
        let l = index(bytes);
        assert!(l.value.is_none());
        assert!(l.diagnostics[0].message.contains(says), "{:?}", l.diagnostics);
    }
    let huge = vec![b' '; MAX_INDEX_BYTES + 1];
    assert!(index(&huge).diagnostics[0].message.contains("at most 8 MB"));
    let outside = INDEX.replace("measures/m1.json", "../../secret.json");
    assert!(pointers(&index(outside.as_bytes()).diagnostics).iter().any(|(p, _)| *p == "/measures/0/shard"));
}

#[test]
fn a_shard_reads_against_its_measure() {
    let p = pack();
    let m = p.measure("m1").unwrap();
    let good = r#"{"format": "scorecard-pack-shard/1", "measure": "m1", "areas": ["A1", "B2", "C3", "D4"],
      "series": [{"period": "2023-04-01/P1Y", "values": [5, 7.5, null, 2], "status": [[2, "suppressed"]],
                  "lower": [4, null, null, null], "upper": [6, null, null, null]}]}"#;
    let l = shard(good.as_bytes(), &p, m);
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    let s = l.value.unwrap();
    let f = s.figures(Interval::parse("2023-04-01/P1Y").unwrap());
    assert_eq!(f["A1"].lower, Some(4.0));
    assert_eq!(f["C3"].status, Some(ValueStatus::Suppressed));
    assert_eq!(shard(super::super::write::shard(&s).as_bytes(), &p, m).value.unwrap(), s);

    let bad = good
        .replace(r#""D4"]"#, r#""Q7"]"#)
        .replace("7.5", "\"7.5\"")
        .replace(r#"{"period": "2023-04-01/P1Y""#, r#"{"period": "2019-04-01/P1Y""#);
    let l = shard(bad.as_bytes(), &p, m);
    let found = pointers(&l.diagnostics);
    assert!(found.iter().any(|(p, m)| *p == "/areas/3" && m.contains("\"Q7\"")), "{found:?}");
    assert!(
        found.iter().any(|(p, m)| *p == "/series/0/period" && m.contains("no period 2019-04-01/P1Y")),
        "{found:?}"
    );
    let text = good.replace("7.5", "\"7.5\"");
    let found = pointers(&shard(text.as_bytes(), &p, m).diagnostics)
        .into_iter()
        .map(|(p, _)| p.to_string())
        .collect::<Vec<_>>();
    assert_eq!(found, ["/series/0/values/1"], "text where a number belongs");
    let other = good.replace(r#""measure": "m1""#, r#""measure": "m2""#);
    assert!(shard(other.as_bytes(), &p, m).value.is_none());
    let short = good.replace("[5, 7.5, null, 2]", "[5, 7.5]");
    assert!(shard(short.as_bytes(), &p, m).diagnostics[0].message.contains("2 values for 4 areas"));
}

#[test]
fn a_group_in_a_shard_is_an_areas_first_group_where_the_index_lists_its_areas() {
    let with = |areas: &str| {
        INDEX.replace(
            r#"{"id": "all","#,
            &format!(r#"{{"id": "family", "title": "Family", "kind": "family", "source": "Us", "shard": "groups/family.json"{areas}}},
    {{"id": "all","#),
        )
    };
    let listed = index(with(r#", "areas": ["A1", "C3"]"#).as_bytes()).value.unwrap();
    assert_eq!(listed.group("family").unwrap().contains("A1"), Some(true));
    assert_eq!(
        listed.first_group_for("A1", None).unwrap().id,
        "family",
        "listed first, and it gives A1 a group"
    );
    assert_eq!(listed.first_group_for("B2", None).unwrap().id, "all", "it does not give B2 one");
    assert_eq!(
        listed.group_for("A1", None, &[Some("near"), None]).unwrap().id,
        "near",
        "the reader's choice first"
    );
    // What is written reads back the same.
    assert_eq!(index(super::super::write::index(&listed).as_bytes()).value.unwrap(), listed);
    // An index that lists none: not known until the shard is read, so never the default.
    let unlisted = index(with("").as_bytes()).value.unwrap();
    assert_eq!(unlisted.group("family").unwrap().contains("A1"), None);
    assert_eq!(unlisted.first_group_for("A1", None).unwrap().id, "all");
}

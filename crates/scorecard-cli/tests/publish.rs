//! `scorecard publish` and `scorecard check --site`, run as processes on a site's folder, as a
//! council's web team runs them: a real council's two quarters (Hart's, imported from the
//! CSVs it published), a refused file, and a file replaced without publishing.

mod common;

use common::{repo, run, text};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A site's folder as the build leaves it: the dashboard's page, with nothing published.
fn site(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scorecard-publish-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::copy(repo().join("index.html"), dir.join("index.html")).unwrap();
    dir
}

fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

fn real(path: &str) -> Option<String> {
    let p = repo().join("../shared/data/real").join(path);
    if p.exists() {
        return Some(s(&p));
    }
    assert!(std::env::var("CI").as_deref() != Ok("true"), "{} is not here under CI=true", p.display());
    eprintln!("skipped: {} is not here (the real council files live in ../shared/data/real/)", p.display());
    None
}

/// An element's text with tags dropped, from the first `marker` on to `end`.
fn text_of(html: &str, marker: &str, end: &str) -> String {
    let start = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let stop = html[start..].find(end).map_or(html.len(), |e| start + e);
    let mut out = String::new();
    let mut tag = false;
    for c in html[start..stop].chars() {
        match c {
            '<' => tag = true,
            '>' => {
                tag = false;
                out.push(' ');
            }
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every file in the folder and its bytes.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.file_type().unwrap().is_dir() {
            out.extend(contents(&e.path()));
        } else {
            out.push((s(&e.path()), std::fs::read(e.path()).unwrap()));
        }
    }
    out.sort();
    out
}

fn status(file: &str) -> Value {
    let o = run(&["status", file, "--json"]);
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn a_real_councils_two_quarters_published_as_a_site() {
    let (Some(aug), Some(nov)) = (
        real("hart-dc-kpis/hart_kpis_snapshot_2014-08-10.csv"),
        real("hart-dc-kpis/hart_kpis_snapshot_2014-11-07.csv"),
    ) else {
        return;
    };
    let dir = site("hart");
    let (q1, q2, mapping) = (s(&dir.join("q1.json")), s(&dir.join("q2.json")), s(&dir.join("m.json")));
    let org = ["--organisation", "Hart District Council"];
    let o =
        run(&[&["import", &aug, "--period", "2014/15-Q1", "-o", &q1, "--write-mapping", &mapping][..], &org]
            .concat());
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    let folder = s(&dir);
    let url = "https://www.hart.gov.uk/performance/";
    let o = run(&["publish", &q1, "--site", &folder, "--url", url]);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    let said = text(&o.stdout);
    assert!(said.contains("published as ") && said.contains("data/scorecard.json"), "{said}");
    assert_eq!(std::fs::read(dir.join("data/scorecard.json")).unwrap(), std::fs::read(&q1).unwrap());

    // Every indicator has a page whose figures, read without JavaScript, are the CLI's.
    let st = status(&q1);
    let indicators = st["indicators"].as_array().unwrap();
    assert!(indicators.len() > 20);
    let sitemap = std::fs::read_to_string(dir.join("sitemap.xml")).unwrap();
    for ind in indicators {
        let id = ind["id"].as_str().unwrap();
        let page = format!("indicator-{id}.html");
        let html = std::fs::read_to_string(dir.join(&page)).unwrap_or_else(|_| panic!("no {page}"));
        assert!(sitemap.contains(&format!("<loc>{url}{page}</loc>")), "{page} not in the sitemap");
        let headline = &html[html.find("id=\"headline\"").expect("a headline")..];
        let tag = format!("tag tag-{}", ind["status"].as_str().unwrap());
        assert!(headline[..headline.find("</dl>").unwrap()].contains(&tag), "{page}: {tag}");
        if let Some(v) = ind["value"].as_f64() {
            let shown = text_of(headline, "class=\"big\"", "</dd>");
            let digits: String =
                shown.chars().filter(|c| c.is_ascii_digit() || *c == '.' || *c == '-').collect();
            let got: f64 = digits.parse().unwrap_or_else(|_| panic!("{page}: {shown:?}"));
            assert!((got - v).abs() <= 0.5, "{page}: {shown} is not {v}");
        }
        assert!(html.contains("id=\"observations-table\""), "{page}: the history as a table");
    }
    assert!(sitemap.contains(&format!("<loc>{url}</loc>")), "the overview");
    let feed = std::fs::read_to_string(dir.join("updates.xml")).unwrap();
    assert_eq!(feed.matches("<entry").count(), 1, "{feed}");

    // The next quarter: imported into the last and published again.
    let o = run(&["import", &nov, "--mapping", &mapping, "--period", "2014/15-Q2", "--into", &q1, "-o", &q2]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    let o = run(&["publish", &q2, "--site", &folder]);
    assert_eq!(o.status.code(), Some(0), "{}{}", text(&o.stdout), text(&o.stderr));
    assert!(text(&o.stdout).contains("scorecard.previous.json"), "{}", text(&o.stdout));
    assert_eq!(std::fs::read(dir.join("data/scorecard.previous.json")).unwrap(), std::fs::read(&q1).unwrap());
    let feed = std::fs::read_to_string(dir.join("updates.xml")).unwrap();
    well_formed_atom(&feed);
    assert_eq!(feed.matches("<entry").count(), 2, "the new entry and the first");
    let newest = &feed[feed.find("<entry").unwrap()..feed.find("</entry>").unwrap()];
    assert!(newest.contains("Quarter 2, 2014/15"), "{newest}");
    // It names every indicator whose status changed, and no other.
    let before = status(&q1);
    let after = status(&q2);
    let was = |id: &str| {
        before["indicators"].as_array().unwrap().iter().find(|i| i["id"] == id).map(|i| i["status"].clone())
    };
    let mut changed = 0;
    for ind in after["indicators"].as_array().unwrap() {
        let id = ind["id"].as_str().unwrap();
        let named = newest.contains(&format!("indicator-{id}.html"));
        let moved = was(id).is_some_and(|s| s != ind["status"]);
        if moved {
            changed += 1;
            assert!(named, "{id} changed status and is not named");
        }
    }
    assert!(changed > 0, "Hart's second quarter moves some statuses");
    // The site as published checks clean; its canonical address was kept from the first publish.
    let o = run(&["check", "--site", &folder]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));
    assert!(std::fs::read_to_string(dir.join("index.html"))
        .unwrap()
        .contains(&format!("<link rel=\"canonical\" href=\"{url}\">")));

    // The file replaced without publishing: every page is stale, and so are its copies.
    std::fs::copy(&q1, dir.join("data/scorecard.json")).unwrap();
    let o = run(&["check", "--site", &folder]);
    assert_eq!(o.status.code(), Some(1));
    let out = text(&o.stdout);
    assert!(
        out.contains("index.html was written from another version of data/scorecard.json: publish again"),
        "{out}"
    );
    assert!(out.contains("data/scorecard.json.br does not hold data/scorecard.json as it is now"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}

/// The feed parses as XML, is an Atom feed, and each entry has what RFC 4287 requires.
fn well_formed_atom(feed: &str) {
    let mut reader = quick_xml::Reader::from_str(feed);
    let mut depth = 0usize;
    let mut root = None;
    loop {
        match reader.read_event().unwrap_or_else(|e| panic!("not XML: {e}\n{feed}")) {
            quick_xml::events::Event::Start(e) => {
                if depth == 0 {
                    root = Some(e.name().as_ref().to_string());
                    let ns = e
                        .attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == "xmlns")
                        .map(|a| a.value.to_string());
                    assert_eq!(ns.as_deref(), Some("http://www.w3.org/2005/Atom"));
                }
                depth += 1;
            }
            quick_xml::events::Event::End(_) => depth -= 1,
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!((root.as_deref(), depth), (Some("feed"), 0));
    for entry in feed.split("<entry").skip(1) {
        for required in ["<id>urn:uuid:", "<title>", "<updated>"] {
            assert!(entry.contains(required), "an entry without {required}");
        }
    }
}

#[test]
fn a_file_check_would_refuse_changes_nothing() {
    let dir = site("refused");
    let o = run(&["publish", &s(&repo().join("public/data/sample.json")), "--site", &s(&dir)]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let before = contents(&dir);
    for bad in ["not-json.json", "wrong-format.json", "missing-title.json"] {
        let o = run(&["publish", &s(&repo().join("tests/bad").join(bad)), "--site", &s(&dir)]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(
            text(&o.stderr).contains("not published; nothing in the site was changed"),
            "{}",
            text(&o.stderr)
        );
        assert!(contents(&dir) == before, "{bad} changed the site");
    }
    // Not a site: a folder without the dashboard's page.
    let o = run(&["publish", &s(&repo().join("public/data/sample.json")), "--site", &s(&dir.join("data"))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("is not a Scorecard site"), "{}", text(&o.stderr));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_page_whose_file_is_missing_or_another_is_named() {
    let dir = site("missing");
    let o = run(&["publish", &s(&repo().join("public/data/sample.json")), "--site", &s(&dir)]);
    assert_eq!(o.status.code(), Some(0));
    std::fs::remove_file(dir.join("data/scorecard.json")).unwrap();
    let o = run(&["check", "--site", &s(&dir), "--json"]);
    assert_eq!(o.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    let warnings = report["warnings"].as_array().unwrap();
    assert!(warnings.iter().any(|w| w["path"] == "index.html"
        && w["message"].as_str().unwrap().contains("loads data/scorecard.json, which is not in the site")));
    assert!(report["pages"].as_u64().unwrap() > 60);
    std::fs::remove_dir_all(&dir).ok();
}

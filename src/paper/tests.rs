use super::*;
use crate::testing::sample_report;
use scorecard_core::{ExceptionKind, Status};
use std::io::Read;

fn tables(p: &Paper) -> Vec<&Table> {
    p.sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn texts(p: &Paper) -> Vec<String> {
    let mut all: Vec<String> = p
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Title(t) | Block::Heading(_, t) | Block::Text(t) => Some(t.clone()),
            Block::Table(_) => None,
        })
        .collect();
    for t in tables(p) {
        all.extend(t.header.iter().cloned());
        all.extend(t.rows.iter().flatten().map(|c| c.text.clone()));
    }
    all
}

#[test]
fn the_full_table_has_every_indicator_once_with_its_status_in_words_and_colour() {
    let (sc, r) = sample_report();
    let p = paper(&sc, r.period, Lang::En);
    assert_eq!(p.title, sc.title.get("en"));
    let full = p
        .sections
        .iter()
        .find(|s| {
            s.landscape
                && s.blocks.iter().any(|b| matches!(b, Block::Heading(1, h) if h == "The scorecard in full"))
        })
        .expect("the full scorecard");
    let rows: Vec<&Vec<Cell>> = full
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t.rows.iter()),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(rows.len(), sc.indicators.len());
    for a in &r.indicators {
        let ind = &sc.indicators[a.indicator];
        let row = rows.iter().find(|row| row[1].text == ind.title.get("en")).expect("a row per indicator");
        assert_eq!(row[4].status, Some(a.status), "{}", ind.id);
        assert_eq!(row[4].text, crate::i18n::t().status_label(a.status));
    }
}

#[test]
fn every_exception_has_its_explanation_or_is_marked_as_having_none() {
    let (sc, r) = sample_report();
    let p = paper(&sc, r.period, Lang::En);
    let cells: Vec<&Cell> = tables(&p).into_iter().flat_map(|t| t.rows.iter().flatten()).collect();
    let mut unexplained = 0;
    for e in r.exceptions.iter().filter(|e| e.kind == ExceptionKind::Indicator) {
        let a = &r.indicators[e.item];
        let ind = &sc.indicators[a.indicator];
        match a.explanation(ind) {
            Some(text) => assert!(cells.iter().any(|c| c.text == text.get("en")), "{}'s explanation", ind.id),
            None => unexplained += 1,
        }
    }
    assert!(unexplained > 0, "the sample has an unexplained exception");
    let marked = cells.iter().filter(|c| c.warning && c.text == "No explanation given").count();
    assert_eq!(marked, r.exceptions.iter().filter(|e| !e.explained).count());
}

#[test]
fn the_counts_table_holds_the_reports_counts() {
    let (sc, r) = sample_report();
    let p = paper(&sc, r.period, Lang::En);
    let counts = tables(&p)[0];
    for (row, s) in counts.rows.iter().zip(Status::ALL) {
        assert_eq!(row[1].text, r.summary.overall.of(s).to_string());
    }
}

#[test]
fn the_welsh_paper_has_no_english_status_words() {
    let (sc, r) = sample_report();
    let english: Vec<String> = {
        let en = crate::i18n::catalogue(Lang::En);
        Status::ALL
            .iter()
            .flat_map(|s| [en.status_label(*s).to_string(), en.status_short(*s).to_string()])
            .collect()
    };
    let p = paper(&sc, r.period, Lang::Cy);
    crate::i18n::set_lang(Lang::En);
    assert_eq!(p.lang, "cy");
    for text in texts(&p) {
        assert!(!english.contains(&text), "English {text:?} in the Welsh paper");
    }
}

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut out = String::new();
    zip.by_name(name).expect(name).read_to_string(&mut out).expect("text");
    out
}

#[test]
fn the_document_uses_words_heading_styles_repeats_header_rows_and_names_its_author() {
    let (sc, r) = sample_report();
    let bytes = docx(&sc, r.period, Lang::En);
    crate::i18n::set_lang(Lang::En);
    let document = part(&bytes, "word/document.xml");
    let tables = document.matches("<w:tbl>").count();
    assert!(tables > 5, "{tables} tables");
    assert_eq!(document.matches("<w:tblHeader />").count(), tables, "a repeated header row per table");
    for style in ["Title", "Heading1", "Heading2"] {
        assert!(document.contains(&format!("<w:pStyle w:val=\"{style}\" />")), "{style} used");
    }
    assert!(document.contains("w:orient=\"landscape\""), "landscape pages for the wide tables");
    let styles = part(&bytes, "word/styles.xml");
    assert!(styles.contains("<w:name w:val=\"heading 1\" />"), "Word's own name for Heading 1");
    let core = part(&bytes, "docProps/core.xml");
    assert!(core.contains(&format!("<dc:title>{}</dc:title>", sc.title.get("en"))), "{core}");
    assert!(core.contains(&format!("<dc:creator>{}</dc:creator>", sc.organisation.name.get("en"))), "{core}");
    assert!(bytes == docx(&sc, r.period, Lang::En), "the same file gives the same document");
}

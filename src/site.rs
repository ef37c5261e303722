//! A published site's files, written from a scorecard in one step (`scorecard publish`, and the
//! publish page's "Download the site files"): the file where the pages load it, a page for
//! every view a reader can land on (the dashboard's own components, `prerender.rs`), the
//! sitemap, the feed of what each publish changed, and precompressed copies. No I/O: the
//! command line writes the files, the publish page zips them, so both give the same bytes.

use crate::i18n;
use crate::prerender::{self, Book, Page, Read};
use scorecard_core::site::{self, Changes};
use scorecard_core::{Diagnostic, Scorecard};

/// What a publish starts from.
pub struct Input<'a> {
    /// The site's page as it is (the build's `index.html`, or one written before).
    pub shell: &'a str,
    /// The scorecard to publish.
    pub file: &'a [u8],
    /// The language to write the pages in (else the file's main one).
    pub lang: Option<&'a str>,
    /// The site's own address (`https://www.council.gov.uk/performance/`), for the sitemap,
    /// the canonical links and the feed; where unknown, the addresses are relative.
    pub url: Option<&'a str>,
    /// The file the site showed until now, if any: what the feed says changed, and the copy
    /// kept beside the new one so the publish can be undone.
    pub before: Option<&'a [u8]>,
    /// The feed as it was (`updates.xml`): its entries are kept after the new one.
    pub feed: Option<&'a str>,
}

/// The files to write, by their path in the site's folder, in the order to write them (the
/// file and the pages' copies before the pages that name them), and what was written.
pub struct Output {
    pub files: Vec<(String, Vec<u8>)>,
    /// Where the pages load the file from ([`address`]).
    pub src: String,
    pub lang: &'static str,
    pub pages: usize,
    /// Whether the feed has a new entry (the publish changed something).
    pub changed: bool,
    pub left_out: usize,
}

/// Where the replaced file is kept (`data/council.json` → `data/council.previous.json`).
pub fn previous(src: &str) -> String {
    match src.rsplit_once('.') {
        Some((stem, ext)) if !ext.contains('/') => format!("{stem}.previous.{ext}"),
        _ => format!("{src}.previous"),
    }
}

pub use crate::published::{address, loaded_address, url_of, PUBLISHED};

/// A precompressed copy's content (`name` ends `.br` or `.gz`); `None` where it is not one.
pub fn expand(name: &str, body: &[u8]) -> Option<Vec<u8>> {
    use std::io::Read as _;
    let mut out = Vec::new();
    if name.ends_with(".br") {
        brotli_decompressor::Decompressor::new(body, 4096).read_to_end(&mut out).ok()?;
    } else {
        flate2::read::GzDecoder::new(body).read_to_end(&mut out).ok()?;
    }
    Some(out)
}

/// The feed's and sitemap's names in the site's folder.
pub const FEED: &str = "updates.xml";
pub const SITEMAP: &str = "sitemap.xml";

/// The files of the site for `input`; the file's problems where it cannot be shown.
pub fn write(input: &Input) -> Result<Output, Vec<Diagnostic>> {
    let read = Read::of(input.file)?;
    let left_out = read.left_out.total();
    let src = address(input.shell);
    let before = input.before.and_then(|b| Read::of(b).ok()).map(|r| r.scorecard);
    let changes = site::changes(before.as_ref(), &read.scorecard);
    let book = Book::new(read, &src, input.lang);
    let shell = prerender::set_setting(&prerender::shell_of(input.shell), "scorecard-src", &src);
    let at = prerender::Site { url: input.url };
    let mut files = Vec::new();
    if let Some(old) = input.before {
        files.push((previous(&src), old.to_vec()));
    }
    files.push((src.clone(), input.file.to_vec()));
    let pages = site::pages(book.scorecard());
    // The overview last: until it is written, a reader arriving sees the last publish's.
    let mut overview = Vec::new();
    for page in &pages {
        let html = prerender::write(&shell, &book, page, Some(&at)).into_bytes();
        let into = if *page == Page::Overview { &mut overview } else { &mut files };
        // The copies first, so no host serves a new page's old compressed copy.
        into.extend(compressed(&page.file(), &html));
        into.push((page.file(), html));
    }
    files.extend(compressed(&src, input.file));
    files.push((SITEMAP.into(), sitemap(input.url, &pages).into_bytes()));
    let feed = feed(&book, &changes, input.url, input.feed);
    let changed = !changes.is_empty();
    files.push((FEED.into(), feed.into_bytes()));
    files.extend(overview);
    Ok(Output { files, src, lang: book.lang().code(), pages: pages.len(), changed, left_out })
}

/// A file's precompressed copies (`.br`, `.gz`) for hosts that serve them: at the build's
/// settings, and deterministic, so a publish's bytes depend only on what it was given.
pub fn compressed(path: &str, body: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gz.write_all(body);
    let gz = gz.finish().unwrap_or_default();
    vec![(format!("{path}.br"), crate::brotli::compress(body)), (format!("{path}.gz"), gz)]
}

/// Every page, for search engines (sitemaps.org): absolute where the site's address is known.
fn sitemap(url: Option<&str>, pages: &[Page]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for p in pages {
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", xml(&p.at(url))));
    }
    out.push_str("</urlset>\n");
    out
}

/// Entries kept from earlier publishes.
const FEED_ENTRIES: usize = 50;

/// The feed (Atom, RFC 4287): a new entry when the publish changed anything, in each of the
/// file's languages, then the entries of the feed as it was.
fn feed(book: &Book, changes: &Changes, url: Option<&str>, old: Option<&str>) -> String {
    let sc = book.scorecard();
    let before = i18n::lang();
    let mut entries: Vec<String> = Vec::new();
    if !changes.is_empty() {
        for lang in languages(book) {
            i18n::set_lang(lang);
            entries.push(entry(sc, changes, lang));
        }
    }
    i18n::set_lang(book.lang());
    let kept = old.map(old_entries).unwrap_or_default();
    let fresh: Vec<&str> = entries.iter().map(String::as_str).collect();
    let all: Vec<&str> = fresh
        .iter()
        .copied()
        .chain(kept.iter().copied().filter(|e| !fresh.contains(e)))
        .take(FEED_ENTRIES)
        .collect();
    let code = book.lang().code();
    let title = i18n::publish().feed_title(sc.title.get(code), sc.organisation.name.get(code));
    let updated = all
        .iter()
        .find_map(|e| between(e, "<updated>", "</updated>"))
        .map_or_else(|| timestamp(sc), str::to_string);
    let base = url.map(|u| format!(" xml:base=\"{}/\"", xml(u.trim_end_matches('/')))).unwrap_or_default();
    let id = uuid(&format!("feed:{}", sc.organisation.name.get("")));
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\"{base}>\n  <title>{}</title>\n  <id>{id}</id>\n  <updated>{updated}</updated>\n  <author><name>{}</name></author>\n  <link rel=\"self\" href=\"{FEED}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"./\"/>\n",
        xml(&title),
        xml(sc.organisation.name.get(code)),
    );
    for e in all {
        out.push_str(e);
        out.push('\n');
    }
    out.push_str("</feed>\n");
    i18n::set_lang(before);
    out
}

fn languages(book: &Book) -> Vec<i18n::Lang> {
    let mut out = vec![book.lang()];
    for l in crate::language::offered(book.scorecard()) {
        if !out.contains(&l) {
            out.push(l);
        }
    }
    out
}

/// One publish's entry, in the current language.
fn entry(sc: &Scorecard, changes: &Changes, lang: i18n::Lang) -> String {
    let (t, f) = (i18n::t(), i18n::publish());
    let code = lang.code();
    let period = t.period_long(sc.current_period, sc.calendar);
    let title = match changes.period {
        Some(_) => f.feed_new_period(&period),
        None => f.feed_updated(&period),
    };
    let name = |at: usize| sc.indicators[at].title.get(code).to_string();
    let link = |at: usize| {
        format!("<a href=\"{}\">{}</a>", Page::Indicator(sc.indicators[at].id.clone()).href(), xml(&name(at)))
    };
    let mut html = String::new();
    let mut list = |heading: &str, items: Vec<String>| {
        if !items.is_empty() {
            html.push_str(&format!("<h2>{}</h2><ul>", xml(heading)));
            for i in items {
                html.push_str(&format!("<li>{i}</li>"));
            }
            html.push_str("</ul>");
        }
    };
    list(f.feed_turned_red(), changes.turned_red().map(link).collect());
    list(
        f.feed_status_changed(),
        changes
            .status
            .iter()
            .map(|c| {
                let from = c
                    .from
                    .map_or_else(|| f.feed_new_indicator().to_string(), |s| t.status_label(s).to_string());
                format!("{}: {} → {}", link(c.indicator), xml(&from), xml(t.status_label(c.to)))
            })
            .collect(),
    );
    list(
        f.feed_new_exceptions(),
        changes
            .new_exceptions
            .iter()
            .map(|(kind, at)| match kind {
                scorecard_core::ExceptionKind::Indicator => link(*at),
                scorecard_core::ExceptionKind::Action => xml(sc.actions[*at].title.get(code)),
            })
            .collect(),
    );
    list(
        f.feed_restated(),
        changes
            .restated
            .iter()
            .map(|r| {
                let ind = &sc.indicators[r.indicator];
                let value = |v: Option<f64>| {
                    v.map_or_else(|| t.no_value().to_string(), |x| crate::format::value(ind, x))
                };
                format!(
                    "{}, {}: {} → {}",
                    link(r.indicator),
                    xml(&t.period_short(r.period)),
                    xml(&value(r.from)),
                    xml(&value(r.to))
                )
            })
            .collect(),
    );
    let summary = f.feed_summary(changes.turned_red().count(), changes.status.len(), changes.restated.len());
    let version = format!("{}:{code}:{}:{period}", sc.published.year, html.len());
    format!(
        "  <entry xml:lang=\"{code}\">\n    <title>{}</title>\n    <id>{}</id>\n    <updated>{}</updated>\n    <link rel=\"alternate\" type=\"text/html\" href=\"./\"/>\n    <summary>{}</summary>\n    <content type=\"html\">{}</content>\n  </entry>",
        xml(&title),
        uuid(&format!("{version}{html}")),
        timestamp(sc),
        xml(&summary),
        xml(&format!("<p>{}</p>{html}", xml(&title))),
    )
}

/// The entries of a feed this module wrote.
fn old_entries(feed: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = feed;
    while let Some(start) = rest.find("  <entry") {
        let Some(len) = rest[start..].find("</entry>") else { break };
        let end = start + len + "</entry>".len();
        out.push(&rest[start..end]);
        rest = &rest[end..];
    }
    out
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = s.find(open)? + open.len();
    Some(&s[start..start + s[start..].find(close)?])
}

/// The file's "data as of" date: a publish's time is the file's, so the same file gives the
/// same feed wherever it is published.
fn timestamp(sc: &Scorecard) -> String {
    let d = sc.published;
    format!("{:04}-{:02}-{:02}T00:00:00Z", d.year, d.month, d.day)
}

/// An Atom id that stays the same for the same content: a name-based `urn:uuid:`.
fn uuid(name: &str) -> String {
    let a = site::version(name.as_bytes());
    let b = site::version(format!("{name}\u{1}").as_bytes());
    let h = format!("{a}{b}");
    format!("urn:uuid:{}-{}-8{}-a{}-{}", &h[..8], &h[8..12], &h[13..16], &h[17..20], &h[20..32])
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n    <meta charset=\"utf-8\">\n    <title>Scorecard</title>\n    <meta name=\"scorecard-src\" content=\"data/council.json\">\n</head>\n<body>\n    <!-- scorecard:first-view -->\n</body>\n</html>";
    const SAMPLE: &[u8] = include_bytes!("../public/data/sample.json");

    fn input<'a>(file: &'a [u8]) -> Input<'a> {
        Input {
            shell: SHELL,
            file,
            lang: None,
            url: Some("https://www.wexcombe.gov.uk/performance"),
            before: None,
            feed: None,
        }
    }

    /// The sample published once, for the tests that read it.
    fn first() -> &'static Output {
        static FIRST: std::sync::OnceLock<Output> = std::sync::OnceLock::new();
        FIRST.get_or_init(|| write(&input(SAMPLE)).unwrap())
    }

    fn file<'a>(out: &'a Output, name: &str) -> &'a str {
        let (_, body) = out.files.iter().find(|(f, _)| f == name).unwrap_or_else(|| panic!("no {name}"));
        std::str::from_utf8(body).unwrap()
    }

    #[test]
    fn a_site_is_the_file_its_pages_the_sitemap_and_the_feed() {
        let out = first();
        assert_eq!(out.src, "data/council.json", "where the page loads it");
        let sc = scorecard_core::read(SAMPLE).scorecard.unwrap();
        assert_eq!(out.pages, site::pages(&sc).len());
        let names: Vec<&str> = out.files.iter().map(|(f, _)| f.as_str()).collect();
        for p in site::pages(&sc) {
            for f in [p.file(), format!("{}.br", p.file()), format!("{}.gz", p.file())] {
                assert!(names.contains(&f.as_str()), "{f}");
            }
        }
        assert_eq!(names.last(), Some(&"index.html"), "the overview last");
        assert_eq!(file(out, "data/council.json").as_bytes(), SAMPLE);
        let sitemap = file(out, SITEMAP);
        assert!(sitemap.contains("<loc>https://www.wexcombe.gov.uk/performance/</loc>"));
        assert!(sitemap.contains(&format!(
            "<loc>https://www.wexcombe.gov.uk/performance/indicator-{}.html</loc>",
            sc.indicators[0].id
        )));
        let feed = file(out, FEED);
        assert_eq!(feed.matches("<entry").count(), 1, "a first publish is news");
        assert!(!names.iter().any(|n| n.contains("previous")), "nothing replaced");
    }

    #[test]
    fn the_same_inputs_give_the_same_bytes() {
        let again = write(&input(SAMPLE)).unwrap().files;
        assert!(first().files == again);
    }

    #[test]
    fn a_compressed_copy_holds_its_file() {
        use std::io::Read as _;
        let body = b"<p>hello hello hello</p>".repeat(100);
        let copies = compressed("index.html", &body);
        let mut gz = Vec::new();
        flate2::read::GzDecoder::new(copies[1].1.as_slice()).read_to_end(&mut gz).unwrap();
        assert_eq!(gz, body);
        let mut br = Vec::new();
        brotli_decompressor::Decompressor::new(copies[0].1.as_slice(), 4096).read_to_end(&mut br).unwrap();
        assert_eq!(br, body);
    }

    #[test]
    fn republishing_keeps_the_old_file_and_adds_news_only_when_something_changed() {
        let feed = file(first(), FEED).to_string();
        let again = Input { before: Some(SAMPLE), feed: Some(&feed), ..input(SAMPLE) };
        let again = write(&again).unwrap();
        assert!(!again.changed);
        assert_eq!(file(&again, FEED), feed, "the same file again is no news");
        assert_eq!(file(&again, "data/council.previous.json").as_bytes(), SAMPLE);
        // A quarter earlier, then the sample's quarter published over it.
        let text = std::str::from_utf8(SAMPLE).unwrap();
        let sc = scorecard_core::read(SAMPLE).scorecard.unwrap();
        let q = sc.current_period;
        let earlier = text.replacen(
            &format!("\"current_period\": \"{q}\""),
            &format!("\"current_period\": \"{}\"", sc.calendar.previous(q)),
            1,
        );
        assert_ne!(earlier, text, "the sample names its current period");
        let first = write(&input(earlier.as_bytes())).unwrap();
        let feed = file(&first, FEED).to_string();
        let later = Input { before: Some(earlier.as_bytes()), feed: Some(&feed), ..input(SAMPLE) };
        let out = write(&later).unwrap();
        assert!(out.changed);
        let feed = file(&out, FEED);
        assert_eq!(feed.matches("<entry").count(), 2, "the new entry before the old");
        let period = i18n::catalogue(i18n::Lang::En).period_long(q, sc.calendar);
        assert!(feed.contains(&xml(&i18n::publish().feed_new_period(&period))), "{feed}");
    }

    #[test]
    fn the_replaced_file_is_kept_beside_its_name() {
        assert_eq!(previous("data/council.json"), "data/council.previous.json");
        assert_eq!(previous("data/council"), "data/council.previous");
        assert_eq!(previous("./x.y/council"), "./x.y/council.previous");
    }
}

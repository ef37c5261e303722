//! `scorecard publish FILE --site DIR [--url URL] [--lang L]`: the file checked, put where the
//! site's page loads it, and every page, the sitemap, the feed and the compressed copies
//! written (the dashboard crate's `site::write`, which the publish page runs too). Each file
//! is written beside its place and renamed over it, so an interrupted publish leaves every
//! file whole; the replaced scorecard is kept beside the new one.

use crate::{args, read_input, Failure};
use scorecard_app::site;
use scorecard_core::messages as msg;
use std::path::{Component, Path};

pub fn run(argv: &[String]) -> Result<u8, Failure> {
    let a = args::parse(argv, &["site", "url"])?;
    let ([file], Some(dir)) = (a.positional.as_slice(), a.option("site")) else {
        return Err(Failure::Usage(msg::t().publish_needs_site()));
    };
    let bytes = read_input(file).map_err(Failure::Fatal)?;
    // What `check` would refuse is never published: its lines, then why nothing changed.
    let checked = scorecard_core::read(&bytes);
    if checked.is_fatal() {
        for d in &checked.diagnostics {
            outln!("{file}: {} {}: {}", msg::t().severity(d.severity), d.pointer, d.message);
        }
        return Err(Failure::Fatal(msg::t().publish_refused(file)));
    }
    let site_dir = Path::new(dir);
    let shell = page_of(site_dir, dir)?;
    let src = site::address(&shell);
    let file_at = inside(&src).ok_or_else(|| Failure::Fatal(msg::t().publish_src_elsewhere(&src)))?;
    let before = std::fs::read(site_dir.join(&file_at)).ok();
    let feed = std::fs::read_to_string(site_dir.join(site::FEED)).ok();
    let url = a.option("url").map(str::to_string).or_else(|| site::url_of(&shell));
    let input = site::Input {
        shell: &shell,
        file: &bytes,
        lang: crate::asked_lang(),
        url: url.as_deref(),
        before: before.as_deref(),
        feed: feed.as_deref(),
    };
    let out = site::write(&input).map_err(|d| crate::unshowable(file, &d))?;
    for (path, body) in &out.files {
        let rel = inside(path).ok_or_else(|| Failure::Fatal(msg::t().publish_src_elsewhere(path)))?;
        write_atomic(&site_dir.join(rel), body)?;
    }
    let at = site_dir.join(&file_at).display().to_string();
    outln!("{}", msg::t().publish_summary(file, &at, out.pages, out.lang));
    if before.is_some() {
        outln!("{}", msg::t().publish_kept(&site_dir.join(site::previous(&src)).display().to_string()));
    }
    outln!("{}", msg::t().publish_news(&site_dir.join(site::FEED).display().to_string(), out.changed));
    if url.is_none() {
        outln!("{}", msg::t().publish_no_url());
    }
    Ok(if out.left_out > 0 { 1 } else { 0 })
}

/// The site's page (`DIR/index.html`), of this version's build.
pub fn page_of(site_dir: &Path, dir: &str) -> Result<String, Failure> {
    let html = std::fs::read_to_string(site_dir.join("index.html"))
        .map_err(|_| Failure::Fatal(msg::t().not_a_site(dir)))?;
    if !scorecard_app::prerender::has_room(&html) {
        return Err(Failure::Fatal(msg::t().not_a_site(dir)));
    }
    Ok(html)
}

/// An address relative to the site's folder and inside it, as a path; `None` for one
/// elsewhere (another origin, the site's root, a parent folder).
pub fn inside(address: &str) -> Option<std::path::PathBuf> {
    let plain = address.split(['?', '#']).next().unwrap_or("");
    let elsewhere = plain.contains(':') || plain.starts_with('/') || plain.is_empty();
    let path = Path::new(plain);
    let up = path.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    (!elsewhere && !up).then(|| path.to_path_buf())
}

/// `body` written beside `path` and renamed over it: a reader (or an interrupted publish) sees
/// the old file or the new one, never part of one.
fn write_atomic(path: &Path, body: &[u8]) -> Result<(), Failure> {
    let failed = |e: std::io::Error| {
        Failure::Fatal(msg::t().cannot_write(&path.display().to_string(), &e.to_string()))
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(failed)?;
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".publishing");
    let temporary = std::path::PathBuf::from(temporary);
    std::fs::write(&temporary, body).map_err(failed)?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        failed(e)
    })
}

//! `scorecard check --site DIR`: every written page against the file it loads, and every
//! precompressed copy against its file. A page written from another version of its file (the
//! file was replaced without publishing), a page whose file is missing, or a `.br`/`.gz` copy
//! that does not hold its file as it is now, is a warning naming it (exit 1).

use crate::publish::{inside, page_of};
use crate::Failure;
use scorecard_app::{prerender, site};
use scorecard_core::messages as msg;
use serde::Serialize;
use std::path::Path;

#[derive(Serialize)]
struct Warning {
    path: String,
    message: String,
}

#[derive(Serialize)]
struct SiteReport<'a> {
    site: &'a str,
    pages: usize,
    copies: usize,
    warnings: &'a [Warning],
}

pub fn run(dir: &str, json: bool) -> Result<u8, Failure> {
    let root = Path::new(dir);
    page_of(root, dir)?;
    let mut files = Vec::new();
    walk(root, "", &mut files);
    files.sort();
    let mut warnings = Vec::new();
    let mut pages = 0;
    for name in files.iter().filter(|f| f.ends_with(".html")) {
        let Ok(html) = std::fs::read_to_string(root.join(name)) else { continue };
        if let Some(message) = page(root, name, &html) {
            warnings.push(Warning { path: name.clone(), message });
        }
        pages += usize::from(prerender::setting(&html, "scorecard-written-src").is_some());
    }
    let mut copies = 0;
    for copy in files.iter().filter(|f| f.ends_with(".br") || f.ends_with(".gz")) {
        copies += 1;
        let original = &copy[..copy.len() - 3];
        let (Ok(body), Ok(compressed)) = (std::fs::read(root.join(original)), std::fs::read(root.join(copy)))
        else {
            warnings
                .push(Warning { path: copy.clone(), message: msg::t().site_copy_differs(copy, original) });
            continue;
        };
        if site::expand(copy, &compressed).as_deref() != Some(body.as_slice()) {
            warnings
                .push(Warning { path: copy.clone(), message: msg::t().site_copy_differs(copy, original) });
        }
    }
    if json {
        let report = SiteReport { site: dir, pages, copies, warnings: &warnings };
        outln!("{}", serde_json::to_string(&report).map_err(|e| Failure::Fatal(e.to_string()))?);
    } else {
        for w in &warnings {
            outln!(
                "{dir}: {} {}: {}",
                msg::t().severity(scorecard_core::Severity::Warning),
                w.path,
                w.message
            );
        }
        outln!("{}", msg::t().site_summary(dir, pages, copies, warnings.len()));
    }
    Ok(u8::from(!warnings.is_empty()))
}

/// What is wrong with a written page, if anything: its file missing, another file, or
/// another version of it.
fn page(root: &Path, name: &str, html: &str) -> Option<String> {
    let written = prerender::setting(html, "scorecard-written-src")?;
    let loads = site::loaded_address(html);
    if loads != written {
        return Some(msg::t().site_other_file(name, &written, &loads));
    }
    let bytes = inside(&loads).and_then(|p| std::fs::read(root.join(p)).ok());
    let Some(bytes) = bytes else { return Some(msg::t().site_missing(name, &loads)) };
    let version = prerender::setting(html, "scorecard-written-version").unwrap_or_default();
    (scorecard_core::site::version(&bytes) != version).then(|| msg::t().site_stale(name, &loads))
}

/// Every file under `dir`, by its path from the site's folder.
fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let name = format!("{prefix}{}", e.file_name().to_string_lossy());
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            walk(&e.path(), &format!("{name}/"), out);
        } else {
            out.push(name);
        }
    }
}

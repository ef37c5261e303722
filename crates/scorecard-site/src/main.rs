//! The site writer, as a module of its own: the publish page fetches this wasm when an officer
//! asks for the site's files, and calls [`write_site`] with one request. The files are the ones
//! `scorecard publish` writes for the same inputs (`scorecard_app::site::write`, the same
//! code), zipped with the folder's paths.

use scorecard_app::published::{SiteRequest, SITE_REQUEST};
use scorecard_app::site;
use std::io::Write;
use wasm_bindgen::prelude::*;

fn main() {
    scorecard_app::set_panic_hook();
}

/// `request` is a [`SiteRequest`] as JSON. Gives the zip's bytes, or a sentence saying why not.
#[wasm_bindgen]
pub fn write_site(request: &str) -> Result<Vec<u8>, String> {
    let request: SiteRequest = serde_json::from_str(request).map_err(|e| e.to_string())?;
    if request.version != SITE_REQUEST {
        return Err(scorecard_app::i18n::publish().publish_site_other_build().to_string());
    }
    Ok(zip(&files(&request)?))
}

/// The site's files for `request`, as `scorecard publish` would write them.
fn files(request: &SiteRequest) -> Result<Vec<(String, Vec<u8>)>, String> {
    let input = site::Input {
        shell: &request.shell,
        file: request.file.as_bytes(),
        lang: request.lang.as_deref(),
        url: request.url.as_deref(),
        before: request.before.as_deref().map(str::as_bytes),
        feed: request.feed.as_deref(),
    };
    let out = site::write(&input).map_err(|d| {
        let first = d.first().map(|d| format!("{} {}", d.pointer, d.message)).unwrap_or_default();
        scorecard_app::i18n::publish().publish_site_unwritable(first.trim())
    })?;
    Ok(out.files)
}

/// The files in a zip, by their paths in the site's folder, each dated the same (1980, zip's
/// first day), so the same files give the same zip.
fn zip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (path, body) in files {
        // Already compressed: stored as they are.
        let method = if path.ends_with(".br") || path.ends_with(".gz") {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644);
        if writer.start_file(path.as_str(), options).is_ok() {
            let _ = writer.write_all(body);
        }
    }
    writer.finish().map(|c| c.into_inner()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn the_zip_holds_the_files_publish_writes() {
        let shell = include_str!("../../../index.html");
        let file = include_str!("../../../public/data/sample.json");
        let request = SiteRequest {
            version: SITE_REQUEST,
            file: file.into(),
            shell: shell.into(),
            ..Default::default()
        };
        let bytes = write_site(&serde_json::to_string(&request).unwrap()).unwrap();
        let expected = files(&request).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), expected.len());
        for (path, body) in &expected {
            let mut got = Vec::new();
            archive.by_name(path).unwrap().read_to_end(&mut got).unwrap();
            assert!(got == *body, "{path}");
        }
        assert!(expected.iter().any(|(p, _)| p == "data/scorecard.json"));
        let old = SiteRequest { version: 0, ..request };
        assert!(write_site(&serde_json::to_string(&old).unwrap()).is_err());
    }
}

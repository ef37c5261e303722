//! What the dashboard, the publish page and the site writer share about a published site,
//! compiled into every wasm: where the page loads its file from once published, reading a
//! page's settings, and the one typed request the publish page sends the site writer's module
//! (`crates/scorecard-site`) to get the site's files as a zip.

use serde::{Deserialize, Serialize};

/// Where a publish puts the file when the site's page names none (it would load the sample).
pub const PUBLISHED: &str = "data/scorecard.json";

/// Where the site's page loads its file from once published: its setting, else
/// [`PUBLISHED`] (which the publish then writes into the page's setting).
pub fn address(shell: &str) -> String {
    setting(shell, "scorecard-src").unwrap_or_else(|| PUBLISHED.into())
}

/// Where a page loads its file from as it is now: its setting, else the bundled sample.
pub fn loaded_address(html: &str) -> String {
    setting(html, "scorecard-src").unwrap_or_else(|| crate::load::DEFAULT_SRC.into())
}

/// The site's own address, as the last publish wrote it in the overview's canonical link.
pub fn url_of(shell: &str) -> Option<String> {
    link(shell, "canonical").filter(|u| u.starts_with("https://") || u.starts_with("http://"))
}

/// A page's setting `name` (`<meta name="…" content="…">`), where it has one.
pub fn setting(html: &str, name: &str) -> Option<String> {
    let tag = format!("<meta name=\"{name}\" content=\"");
    let start = html.find(&tag)? + tag.len();
    let end = html[start..].find('"')?;
    let value = html[start..start + end].replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
    Some(value.replace("&amp;", "&")).filter(|s| !s.trim().is_empty())
}

/// The address of a page's `<link rel="{rel}">`, where it has one.
pub fn link(html: &str, rel: &str) -> Option<String> {
    let tag = format!("<link rel=\"{rel}\" href=\"");
    let start = html.find(&tag)? + tag.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].replace("&amp;", "&")).filter(|s| !s.is_empty())
}

/// The version of [`SiteRequest`] this build speaks: a module of another build refuses it.
pub const SITE_REQUEST: u32 = 1;

/// Everything the site writer needs, as `scorecard publish` reads it from the site's folder:
/// serialised once (JSON) by the publish page, read once by the module.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SiteRequest {
    /// [`SITE_REQUEST`].
    pub version: u32,
    /// The scorecard to publish.
    pub file: String,
    /// The site's page (`index.html`) as it is.
    pub shell: String,
    /// The file the site showed until now, if any.
    pub before: Option<String>,
    /// The feed as it was (`updates.xml`).
    pub feed: Option<String>,
    /// The language to write the pages in.
    pub lang: Option<String>,
    /// The site's own address, where known.
    pub url: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_with_no_setting_is_published_to_the_default() {
        assert_eq!(address("<meta name=\"scorecard-src\" content=\"\">"), PUBLISHED);
        assert_eq!(address("<meta name=\"scorecard-src\" content=\"data/x.json\">"), "data/x.json");
        assert_eq!(
            setting("<meta name=\"a\" content=\"x &amp; &quot;y&quot;\">", "a").as_deref(),
            Some("x & \"y\"")
        );
    }
}

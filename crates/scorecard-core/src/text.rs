//! Text fields: a plain string, or one string per language (`{"en": "...", "cy": "..."}`).

/// Plain text from the file, never HTML. Kept in the order the file gave the languages.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    pub versions: Vec<(String, String)>,
}

impl Text {
    pub fn plain(s: impl Into<String>) -> Text {
        Text { versions: vec![(String::new(), s.into())] }
    }

    /// The text in `lang`, else in the same language written with a region (`cy-GB` for
    /// `cy`), else the first version given.
    pub fn get(&self, lang: &str) -> &str {
        let base = |l: &str| l.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        self.versions
            .iter()
            .find(|(l, _)| l == lang)
            .or_else(|| self.versions.iter().find(|(l, _)| base(l) == base(lang)))
            .or_else(|| self.versions.first())
            .map_or("", |(_, s)| s.as_str())
    }

    pub fn is_blank(&self) -> bool {
        self.versions.iter().all(|(_, s)| s.trim().is_empty())
    }
}

/// Shortens text quoted back in a message, on a character boundary.
pub fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Splits plain text into pieces, marking `https://` links so a view can show them as links
/// while everything else stays text. Other schemes are never links.
pub fn split_links(s: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find("https://") {
        if i > 0 {
            out.push((false, &rest[..i]));
        }
        let tail = &rest[i..];
        let mut end =
            tail.find(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"').unwrap_or(tail.len());
        // A sentence's closing punctuation is not part of the address.
        while end > 8 && tail[..end].ends_with(['.', ',', ')', ';', ':', '!', '?']) {
            end -= 1;
        }
        if end <= "https://".len() {
            out.push((false, &tail[..end.max(1)]));
        } else {
            out.push((true, &tail[..end]));
        }
        rest = &tail[end.max(1)..];
    }
    if !rest.is_empty() {
        out.push((false, rest));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_with_a_region_serves_its_language() {
        let t = Text {
            versions: vec![("en-GB".into(), "Recycling".into()), ("cy-GB".into(), "Ailgylchu".into())],
        };
        assert_eq!(t.get("cy"), "Ailgylchu");
        assert_eq!(t.get("en"), "Recycling");
        assert_eq!(t.get("fr"), "Recycling");
    }

    #[test]
    fn picks_the_language_or_falls_back() {
        let t = Text { versions: vec![("en".into(), "Recycling".into()), ("cy".into(), "Ailgylchu".into())] };
        assert_eq!(t.get("cy"), "Ailgylchu");
        assert_eq!(t.get("fr"), "Recycling");
        assert_eq!(Text::plain("x").get("cy"), "x");
    }

    #[test]
    fn only_https_becomes_a_link() {
        let parts = split_links("See https://example.org/a. Not javascript:alert(1) or http://x.");
        assert_eq!(parts[1], (true, "https://example.org/a"));
        assert!(parts.iter().filter(|(l, _)| *l).count() == 1);
        assert_eq!(
            parts.iter().map(|(_, s)| *s).collect::<String>(),
            "See https://example.org/a. Not javascript:alert(1) or http://x."
        );
    }

    #[test]
    fn clips_on_characters() {
        assert_eq!(clip("héllo wörld", 5), "héllo…");
        assert_eq!(clip("ok", 5), "ok");
    }
}

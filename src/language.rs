//! Which language the interface speaks: the one asked for in the link (`lang=cy` in the hash,
//! then `?lang=cy` on the page or `data-lang` on a host element), else the reader's last
//! choice (kept in local storage), else the browser's languages, else the file's first. Only a
//! language the scorecard offers (its `languages`) is ever chosen, so its text is there.

use crate::i18n::Lang;
use scorecard_core::{Scorecard, Text};

const STORED: &str = "scorecard:lang";

/// What the reader and the file say, in the order they count.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Asked {
    /// `lang=` in the hash's query: a deep link or the switch.
    pub link: Option<String>,
    /// `?lang=` on the page, or the host element's `data-lang`.
    pub page: Option<String>,
    /// The reader's last choice.
    pub stored: Option<String>,
    /// `navigator.languages`, most preferred first.
    pub browser: Vec<String>,
}

/// The languages a scorecard offers the interface in: its own `languages` that the interface
/// speaks, the first being its main one. A file in no language the interface speaks gets English.
pub fn offered(sc: &Scorecard) -> Vec<Lang> {
    let mut langs: Vec<Lang> = sc.languages.iter().filter_map(|l| Lang::parse(l)).collect();
    langs.dedup();
    if langs.is_empty() {
        langs.push(Lang::En);
    }
    langs
}

/// The language to speak. (`index.html`'s first script makes the same choice for a page with
/// its overview written in, to set that aside for a reader it is not in the language of.)
/// `offered`: none before the file has loaded (the loading message
/// follows what was asked).
pub fn choose(asked: &Asked, offered: Option<&[Lang]>) -> Lang {
    let ok = |l: &Lang| offered.is_none_or(|o| o.contains(l));
    let explicit = [&asked.link, &asked.page, &asked.stored];
    explicit
        .into_iter()
        .flatten()
        .filter_map(|s| Lang::parse(s))
        .chain(asked.browser.iter().filter_map(|s| Lang::parse(s)))
        .find(ok)
        .or_else(|| offered.and_then(|o| o.first().copied()))
        .unwrap_or_default()
}

/// A file's text in the interface's language where it has one, and the language it is shown
/// in when that differs (so its element says `lang="en"` and a screen reader reads it right).
/// Text given without a language is in the file's first.
pub fn shown<'a>(text: &'a Text, ui: Lang, file_default: &str) -> (&'a str, Option<&'static str>) {
    let version = text
        .versions
        .iter()
        .find(|(l, _)| Lang::parse(if l.is_empty() { file_default } else { l }) == Some(ui))
        .or_else(|| text.versions.first());
    match version {
        None => ("", None),
        Some((l, s)) => {
            let code = if l.is_empty() { file_default } else { l.as_str() };
            let lang = Lang::parse(code).unwrap_or(Lang::En);
            (s.as_str(), (lang != ui).then(|| lang.code()))
        }
    }
}

/// A file's text as shown, and its language where that is not the interface's.
pub type Shown = (String, Option<&'static str>);

/// [`shown`] for the interface's current language, owned.
pub fn text_in(sc: &Scorecard, t: &Text) -> Shown {
    let (s, lang) = shown(t, crate::i18n::lang(), sc.language());
    (s.to_string(), lang)
}

/// What this browser and page ask for.
pub fn asked(link: Option<String>, page: Option<String>) -> Asked {
    let window = web_sys::window();
    let stored = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORED).ok().flatten());
    let browser = window
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    Asked { link, page, stored, browser }
}

/// Keeps the reader's choice for next time (a private window may refuse: then it is not kept).
pub fn remember(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(STORED, lang.code());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asked(link: Option<&str>, page: Option<&str>, stored: Option<&str>, browser: &[&str]) -> Asked {
        Asked {
            link: link.map(str::to_string),
            page: page.map(str::to_string),
            stored: stored.map(str::to_string),
            browser: browser.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn the_link_then_the_page_then_the_last_choice_then_the_browser() {
        let both = [Lang::En, Lang::Cy];
        let o = Some(&both[..]);
        assert_eq!(choose(&asked(Some("cy"), Some("en"), Some("en"), &["en-GB"]), o), Lang::Cy);
        assert_eq!(choose(&asked(None, Some("cy"), Some("en"), &["en-GB"]), o), Lang::Cy);
        assert_eq!(choose(&asked(None, None, Some("cy"), &["en-GB"]), o), Lang::Cy);
        assert_eq!(choose(&asked(None, None, None, &["fr", "cy-GB", "en"]), o), Lang::Cy);
        assert_eq!(choose(&asked(None, None, None, &["fr"]), o), Lang::En);
        // A Welsh-first file, read by a browser that asks for nothing it speaks.
        assert_eq!(choose(&asked(None, None, None, &["de"]), Some(&[Lang::Cy, Lang::En])), Lang::Cy);
    }

    #[test]
    fn only_a_language_the_file_offers() {
        let english = [Lang::En];
        assert_eq!(choose(&asked(Some("cy"), None, None, &[]), Some(&english)), Lang::En);
        // Before the file loads, the loading message follows the link.
        assert_eq!(choose(&asked(Some("cy"), None, None, &[]), None), Lang::Cy);
        assert_eq!(choose(&asked(Some("xx"), None, None, &[]), None), Lang::En);
    }

    #[test]
    fn text_falls_back_and_says_so() {
        let both =
            Text { versions: vec![("en".into(), "Recycling".into()), ("cy".into(), "Ailgylchu".into())] };
        assert_eq!(shown(&both, Lang::Cy, "en"), ("Ailgylchu", None));
        assert_eq!(shown(&both, Lang::En, "en"), ("Recycling", None));
        let english = Text { versions: vec![("en".into(), "Recycling".into())] };
        assert_eq!(shown(&english, Lang::Cy, "en"), ("Recycling", Some("en")));
        let plain = Text::plain("Ailgylchu");
        assert_eq!(shown(&plain, Lang::Cy, "cy"), ("Ailgylchu", None));
        assert_eq!(shown(&plain, Lang::En, "cy"), ("Ailgylchu", Some("cy")));
    }
}

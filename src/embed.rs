//! The three ways the dashboard runs: its own page, inside a council's iframe, or mounted
//! into an element of a council's page. Each decides where settings come from, which data
//! origins are allowed, and whether the URL may be used for the view.

use wasm_bindgen::JsCast;

#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// The dashboard's own page: the view lives in the URL hash.
    Page,
    /// In an iframe; tells `parent_origin` (and no other) its height.
    Frame { parent_origin: Option<String> },
    /// Mounted into an element of the host page: the host's URL and links are left alone.
    Mounted,
}

#[derive(Clone, Debug)]
pub struct Embed {
    pub mode: Mode,
    /// The data file to show.
    pub src: Option<String>,
    /// Origins other than the page's own from which data may be loaded. Only the deployment
    /// (a meta tag in index.html) or the host page's markup can set these, never a link.
    pub allowed_origins: Vec<String>,
    /// The council's brand colour (`#rrggbb`) and logo.
    pub brand: Option<String>,
    pub logo: Option<String>,
    /// The first view when mounted (`data-scorecard-view`, e.g. `exceptions`).
    pub view: Option<String>,
    /// The interface's language asked for by the page (`?lang=cy`) or host element
    /// (`data-lang`): an embed snippet on a council's Welsh page.
    pub lang: Option<String>,
    /// A benchmark pack shown on its own (`?pack=URL&area=CODE`), with no scorecard.
    pub pack: Option<(String, String)>,
    /// A page of a published site (`scorecard publish` wrote a page for every view: `<meta
    /// name="scorecard-site">`) showing its own file: links are to the views' pages.
    pub site: bool,
}

/// A `<meta>` of the page: a deployment's setting.
pub fn meta(name: &str) -> Option<String> {
    let doc = web_sys::window()?.document()?;
    doc.query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .get_attribute("content")
        .filter(|s| !s.trim().is_empty())
}

fn words(s: Option<String>) -> Vec<String> {
    s.map(|s| s.split_whitespace().map(|o| o.trim_end_matches('/').to_string()).collect()).unwrap_or_default()
}

/// A colour as `#rrggbb`, or nothing.
pub fn hex_colour(s: &str) -> Option<String> {
    let s = s.trim();
    let ok = s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit());
    ok.then(|| s.to_ascii_lowercase())
}

impl Embed {
    /// Settings for the dashboard's own page or an iframe: from the page's query string
    /// (data file, brand colour, parent origin) and the deployment's meta tags.
    pub fn from_page() -> Embed {
        let window = web_sys::window();
        let search = window.as_ref().and_then(|w| w.location().search().ok()).unwrap_or_default();
        let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
        let get = |k: &str| params.as_ref().and_then(|p| p.get(k)).filter(|s| !s.is_empty());
        let framed = window
            .as_ref()
            .and_then(|w| w.parent().ok().flatten())
            .is_some_and(|p| Some(&p) != window.as_ref());
        let mode = if framed {
            // Else the page that framed it (an embed snippet names no parent): a height is
            // told only to whoever shows the frame.
            Mode::Frame {
                parent_origin: get("parent")
                    .or_else(|| {
                        web_sys::Url::new(&window.as_ref()?.document()?.referrer()).ok().map(|u| u.origin())
                    })
                    .filter(|o| o.starts_with("https://") || o.starts_with("http://")),
            }
        } else {
            Mode::Page
        };
        Embed {
            mode,
            src: get("src"),
            allowed_origins: words(meta("scorecard-allowed-origins")),
            brand: get("brand").or_else(|| meta("scorecard-brand")).and_then(|b| hex_colour(&b)),
            logo: meta("scorecard-logo"),
            view: None,
            lang: get("lang"),
            pack: get("pack").map(|p| (p, get("area").unwrap_or_default())),
            site: meta("scorecard-site").is_some() && get("src").is_none() && get("pack").is_none(),
        }
    }

    /// A pack on its own (`?pack=URL&area=CODE`, with no scorecard named): its index and area.
    pub fn pack_alone(&self) -> Option<(String, String)> {
        self.pack.clone().filter(|_| self.src.is_none())
    }

    /// The scorecard this dashboard reads: the one named where it runs, else the page's
    /// setting (`<meta name="scorecard-src">`, read only when needed: a page written ahead of
    /// time has none to read), else the bundled sample.
    pub fn scorecard_file(&self, setting: impl FnOnce() -> Option<String>) -> String {
        self.src.clone().unwrap_or_else(|| crate::load::setting_or_sample(setting()))
    }

    /// Settings for an element of a host page: `data-scorecard-src`, `data-allowed-origins`,
    /// `data-brand`, `data-logo`, `data-scorecard-view`, `data-lang`.
    pub fn from_element(el: &web_sys::Element) -> Embed {
        let attr = |k: &str| el.get_attribute(k).filter(|s| !s.trim().is_empty());
        Embed {
            mode: Mode::Mounted,
            src: attr("data-scorecard-src"),
            allowed_origins: words(attr("data-allowed-origins")),
            brand: attr("data-brand").and_then(|b| hex_colour(&b)),
            logo: attr("data-logo"),
            view: attr("data-scorecard-view"),
            lang: attr("data-lang"),
            pack: None,
            site: false,
        }
    }

    /// Settings for the comparison module (`crates/scorecard-compare`), drawn into an element
    /// of the dashboard: only where data may come from, and whether it is mounted.
    pub fn for_module(allowed_origins: Vec<String>, mounted: bool) -> Embed {
        Embed {
            mode: if mounted { Mode::Mounted } else { Mode::Page },
            src: None,
            allowed_origins,
            brand: None,
            logo: None,
            view: None,
            lang: None,
            pack: None,
            site: false,
        }
    }

    pub fn mounted(&self) -> bool {
        self.mode == Mode::Mounted
    }
}

/// The host page's elements to mount into, when `mount.js` asked for mounting.
pub fn mount_targets() -> Vec<web_sys::HtmlElement> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let asked = js_sys::Reflect::get(&window, &"__scorecardMount".into()).is_ok_and(|v| v.is_object());
    let (true, Some(doc)) = (asked, window.document()) else { return Vec::new() };
    let Ok(list) = doc.query_selector_all("[data-scorecard-src]") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()).collect()
}

fn mount_setting(key: &str) -> Option<String> {
    let window: wasm_bindgen::JsValue = web_sys::window()?.into();
    let config = js_sys::Reflect::get(&window, &"__scorecardMount".into()).ok()?;
    js_sys::Reflect::get(&config, &key.into()).ok()?.as_string()
}

/// The dashboard's own address when `mount.js` mounted it in another site's page: its files
/// (the stylesheet, ECharts) are fetched from there, not from the host page's site.
pub fn base() -> Option<String> {
    mount_setting("base")
}

/// The stylesheet's address, as `mount.js` gave it (for the shadow root).
pub fn stylesheet() -> Option<String> {
    Some(format!("{}{}", base()?, mount_setting("css")?))
}

/// Mounts a dashboard into `host`, inside a shadow root so that the host's styles and ours
/// stay apart.
pub fn mount_into(
    host: &web_sys::HtmlElement,
    view: impl FnOnce(Embed) -> leptos::prelude::AnyView + 'static,
) -> Option<()> {
    let embed = Embed::from_element(host);
    let doc = host.owner_document()?;
    let shadow = host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).ok()?;
    if let Some(href) = stylesheet() {
        let link = doc.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", &href).ok()?;
        shadow.append_child(&link).ok()?;
    }
    let container: web_sys::HtmlElement = doc.create_element("div").ok()?.dyn_into().ok()?;
    shadow.append_child(&container).ok()?;
    leptos::mount::mount_to(container, move || view(embed)).forget();
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brand_colours_must_be_six_digit_hex() {
        assert_eq!(hex_colour(" #005EA5 "), Some("#005ea5".into()));
        for bad in ["005ea5", "#05a", "#00ea5g", "red", "#005ea5; background:url(x)"] {
            assert_eq!(hex_colour(bad), None, "{bad}");
        }
    }

    #[test]
    fn allowed_origins_are_split_on_spaces_without_trailing_slashes() {
        let got = words(Some(" https://a.gov.uk/  https://b.gov.uk ".into()));
        assert_eq!(got, ["https://a.gov.uk", "https://b.gov.uk"]);
        assert!(words(None).is_empty());
    }
}

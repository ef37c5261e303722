//! The chart export module: each chart's menu (`components/chart_menu.rs`) fetches this wasm
//! the first time a reader opens one, and calls [`chart_menu`] with one request and the menu.
//! It fills the menu in and does what the reader picks, reading what it needs from the page as
//! it is on screen (the chart's box, its heading and table, its chart's option, the council,
//! the period, the date of the data): saves the chart as an image (ECharts for images,
//! `echarts/echarts-export.js`, imported on first use) or its figures as CSV, or shows the
//! snippets that embed it (`snippet.rs`), and says so in the menu's status line.

mod figures;
mod snippet;

use figures::{Caption, Figures, Row, WIDTH};
use scorecard_app::report::{ExportRequest, EXPORT_REQUEST};
use scorecard_app::{csv, i18n};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    scorecard_app::set_panic_hook();
}

/// `request` is an [`ExportRequest`] as JSON, `menu` the chart's menu (a `<details>`) on the
/// page, opened for the first time: fills it with its choices, which this module then answers.
#[wasm_bindgen]
pub fn chart_menu(request: String, menu: web_sys::Element) -> Result<(), String> {
    let request: ExportRequest = serde_json::from_str(&request).map_err(|e| e.to_string())?;
    if request.version != EXPORT_REQUEST {
        return Err(i18n::paper().report_other_build().to_string());
    }
    if let Some(lang) = i18n::Lang::parse(&request.lang) {
        i18n::set_lang(lang);
    }
    if menu.query_selector(".toolbar").ok().flatten().is_some() {
        return Ok(());
    }
    let doc = menu.owner_document().ok_or_else(String::new)?;
    let el = |tag: &str, attrs: &[(&str, &str)], text: &str| element(&doc, tag, attrs, text);
    let toolbar = el("div", &[("class", "toolbar")], "")?;
    let t = i18n::paper();
    for (kind, label) in
        [("png", t.chart_png()), ("svg", t.chart_svg()), ("csv", t.chart_csv()), ("embed", t.chart_embed())]
    {
        let b = el("button", &[("type", "button"), ("class", "secondary"), ("data-kind", kind)], label)?;
        toolbar.append_child(&b).map_err(scorecard_app::module::reason)?;
    }
    menu.append_child(&toolbar).map_err(scorecard_app::module::reason)?;
    let status = el("p", &[("class", "hint"), ("role", "status")], "")?;
    menu.append_child(&status).map_err(scorecard_app::module::reason)?;
    let answered = menu.clone();
    let click = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        let Some(button) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten())
        else {
            return;
        };
        let (menu, request, status) = (answered.clone(), request.clone(), status.clone());
        let said = |text: &str| status.set_text_content(Some(text));
        if let Some(id) = button.get_attribute("data-copy") {
            said(&copy(&menu, &id));
        } else if let Some(kind) = button.get_attribute("data-kind") {
            wasm_bindgen_futures::spawn_local(async move {
                let done = match kind.as_str() {
                    "embed" => embed(&menu, &request).map(|()| String::new()),
                    kind => take_out(kind, &menu).await.map(|file| i18n::t().saved_as(&file)),
                };
                status.set_text_content(Some(&done.unwrap_or_else(|why| i18n::t().report_failed(&why))));
            });
        }
    });
    menu.add_event_listener_with_callback("click", click.as_ref().unchecked_ref())
        .map_err(scorecard_app::module::reason)?;
    // The menu lasts as long as its chart; the listener with it.
    click.forget();
    Ok(())
}

/// A new element with its attributes and text.
fn element(
    doc: &web_sys::Document,
    tag: &str,
    attrs: &[(&str, &str)],
    text: &str,
) -> Result<web_sys::Element, String> {
    let e = doc.create_element(tag).map_err(scorecard_app::module::reason)?;
    for (k, v) in attrs {
        e.set_attribute(k, v).map_err(scorecard_app::module::reason)?;
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    Ok(e)
}

/// Shows the snippets that embed the menu's chart (once), and puts the reader in the first.
fn embed(menu: &web_sys::Element, request: &ExportRequest) -> Result<(), String> {
    let focus = |e: Option<web_sys::Element>| {
        if let Some(e) = e.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = e.focus();
        }
    };
    if let Some(shown) = menu.query_selector(".embed textarea").ok().flatten() {
        focus(Some(shown));
        return Ok(());
    }
    let chart = &request.chart;
    let panel = chart_box(menu).ok_or_else(|| i18n::paper().chart_unreadable().to_string())?;
    let page = Page::of(&panel);
    let heading = read(&panel).map(|f| f.heading).unwrap_or_default();
    let title = match &page.view {
        Some(view) => i18n::paper().chart_of(view, &heading),
        None => heading,
    };
    let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let address = here.split('#').next().unwrap_or_default();
    let mounted = scorecard_app::embed::base();
    let base = mounted.clone().unwrap_or_else(|| snippet::folder(address).to_string());
    let (frame, mount) = snippet::snippets(&snippet::Shown {
        page: mounted.is_none().then_some(address),
        base: &base,
        hash: &request.hash,
        src: &request.src,
        chart,
        lang: &request.lang,
        title: &i18n::paper().embed_title(&title, &page.organisation),
    });
    let doc = menu.owner_document().ok_or_else(String::new)?;
    let t = i18n::paper();
    let div = element(&doc, "div", &[("class", "embed")], "")?;
    let add = |e: Result<web_sys::Element, String>| -> Result<(), String> {
        let e = e?;
        div.append_child(&e).map(drop).map_err(scorecard_app::module::reason)
    };
    add(element(&doc, "p", &[("class", "hint")], t.embed_hint()))?;
    for (i, (label, code)) in [(t.embed_frame(), frame), (t.embed_mount(), mount)].into_iter().enumerate() {
        let id = format!("embed-{chart}-{i}");
        add(element(&doc, "label", &[("for", &id)], label))?;
        add(element(
            &doc,
            "textarea",
            &[("id", &id), ("readonly", ""), ("rows", "4"), ("spellcheck", "false")],
            &code,
        ))?;
        add(element(
            &doc,
            "button",
            &[("type", "button"), ("class", "secondary"), ("data-copy", &id)],
            t.embed_copy(),
        ))?;
    }
    let status = menu.query_selector("[role=status]").ok().flatten();
    menu.insert_before(&div, status.as_ref().map(|s| s.unchecked_ref()))
        .map_err(scorecard_app::module::reason)?;
    focus(div.query_selector("textarea").ok().flatten());
    Ok(())
}

/// Copies a snippet (selected, so a keyboard's copy works where the clipboard is refused); says so.
fn copy(menu: &web_sys::Element, id: &str) -> String {
    let Some(area) = menu
        .query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|a| a.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return String::new();
    };
    area.select();
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| c.is_object());
    let write = clipboard.as_ref().and_then(|c| scorecard_app::module::function(c, "writeText"));
    match (clipboard, write) {
        (Some(c), Some(write)) if write.call1(&c, &area.value().into()).is_ok() => {
            i18n::paper().embed_copied().to_string()
        }
        _ => String::new(),
    }
}

/// The chart's box: the element holding its menu, chart and table.
fn chart_box(menu: &web_sys::Element) -> Option<web_sys::Element> {
    menu.closest(".chart-set, .panel").ok().flatten()
}

/// Makes the file `kind` asks for of the menu's chart and offers it to save; gives its name.
async fn take_out(kind: &str, menu: &web_sys::Element) -> Result<String, String> {
    let unreadable = || i18n::paper().chart_unreadable().to_string();
    let panel = chart_box(menu).ok_or_else(unreadable)?;
    let page = Page::of(&panel);
    let f = read(&panel).ok_or_else(unreadable)?;
    save(kind, &page, &f, &panel).await
}

/// What the page says around the chart: whose figures, when, and of what.
struct Page {
    organisation: String,
    title: String,
    /// The period in words, and as the file writes it (for file names).
    period: String,
    period_id: String,
    as_of: String,
    /// The view's own title, where the panel is part of one (an indicator's history).
    view: Option<String>,
}

impl Page {
    fn of(panel: &web_sys::Element) -> Page {
        let root = panel.get_root_node();
        let find = |sel: &str| -> Option<web_sys::Element> {
            match root.dyn_ref::<web_sys::Document>() {
                Some(d) => d.query_selector(sel).ok().flatten(),
                None => root.dyn_ref::<web_sys::DocumentFragment>()?.query_selector(sel).ok().flatten(),
            }
        };
        let text = |sel: &str| find(sel).map(|e| words(&e)).unwrap_or_default();
        let period_id = find("#period-select")
            .and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|s| s.value());
        Page {
            organisation: text(".masthead .org"),
            title: text(".masthead h1"),
            period: text(".masthead .period"),
            period_id: period_id.unwrap_or_default(),
            as_of: text(".masthead .as-of time"),
            view: panel
                .closest("article")
                .ok()
                .flatten()
                .and_then(|a| a.query_selector(".view-title").ok().flatten())
                .map(|h| words(&h)),
        }
    }
}

/// An element's text as a person reads it: its words, single-spaced.
fn words(e: &web_sys::Node) -> String {
    e.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Makes the file `kind` asks for and offers it to save; gives its name.
async fn save(kind: &str, page: &Page, f: &Figures, panel: &web_sys::Element) -> Result<String, String> {
    let name = |ext: &str| csv::named(&[&page.organisation, &f.heading, &page.period_id], ext);
    if kind == "csv" {
        let file = name("csv");
        csv::download(&file, &figures::csv(f));
        return Ok(file);
    }
    let own = panel.query_selector(".chart").ok().flatten().and_then(|el| option_of(&el));
    let drawn_by_echarts = own.is_some();
    let option = own.unwrap_or_else(|| figures::drawn(f));
    let title = match &page.view {
        Some(view) => i18n::paper().chart_of(view, &f.heading),
        None => f.heading.clone(),
    };
    let subtitle = format!("{} · {}", page.period, page.organisation);
    let source = i18n::paper().paper_source(&page.organisation, &page.title, &page.as_of);
    let json = figures::captioned(option, &Caption { title: &title, subtitle: &subtitle, source: &source });
    let height = figures::height(f, drawn_by_echarts);
    let bundle = scorecard_app::module::import(&echarts_for_images()).await?;
    let draw = |name: &str| scorecard_app::module::function(&bundle, name).ok_or_else(String::new);
    let (w, h) = (JsValue::from(WIDTH), JsValue::from(height));
    if kind == "svg" {
        let svg = draw("svg")?
            .call3(&JsValue::NULL, &json.into(), &w, &h)
            .map_err(scorecard_app::module::reason)?;
        let file = name("svg");
        csv::download_as(&file, &svg.as_string().unwrap_or_default(), "image/svg+xml");
        Ok(file)
    } else {
        let args = js_sys::Array::of4(&json.into(), &w, &h, &JsValue::from(2));
        let png = draw("png")?.apply(&JsValue::NULL, &args).map_err(scorecard_app::module::reason)?;
        let file = name("png");
        csv::download_data(&file, &png, "image/png");
        Ok(file)
    }
}

/// The option of the chart ECharts draws in `el`, if it draws one there, or of the chart it
/// will draw there (a history shown as its written page's drawing until the reader reaches
/// for it says its option in `data-option`).
fn option_of(el: &web_sys::Element) -> Option<serde_json::Value> {
    started_option(el).or_else(|| serde_json::from_str(&el.get_attribute("data-option")?).ok())
}

fn started_option(el: &web_sys::Element) -> Option<serde_json::Value> {
    let echarts = js_sys::Reflect::get(&web_sys::window()?.into(), &"echarts".into()).ok()?;
    let get = js_sys::Reflect::get(&echarts, &"getInstanceByDom".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let chart = get.call1(&echarts, el).ok().filter(|c| c.is_object())?;
    let get_option =
        js_sys::Reflect::get(&chart, &"getOption".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let option = get_option.call0(&chart).ok()?;
    serde_json::from_str(&js_sys::JSON::stringify(&option).ok()?.as_string()?).ok()
}

/// This build's ECharts for images (`echarts/echarts-export.js`): beside the dashboard's page,
/// or beside `mount.js` when the dashboard is mounted in another site's page.
fn echarts_for_images() -> String {
    let path = format!("{}echarts/echarts-export.js", scorecard_app::embed::base().unwrap_or_default());
    let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    web_sys::Url::new_with_base(&path, &page).map(|u| u.href()).unwrap_or(path)
}

/// The panel's heading and its (first) table, as a person reads them: what is hidden from
/// screen readers (a status's icon) left out.
fn read(panel: &web_sys::Element) -> Option<Figures> {
    let copy = panel.clone_node_with_deep(true).ok()?.dyn_into::<web_sys::Element>().ok()?;
    let all = |el: &web_sys::Element, sel: &str| -> Vec<web_sys::Element> {
        let list = el.query_selector_all(sel).ok();
        (0..list.as_ref().map_or(0, |l| l.length()))
            .filter_map(|i| list.as_ref()?.item(i)?.dyn_into::<web_sys::Element>().ok())
            .collect()
    };
    all(&copy, "[aria-hidden=\"true\"]").iter().for_each(web_sys::Element::remove);
    let heading = copy.query_selector("h2, h3, h4").ok()??;
    let table = copy.query_selector("table").ok()??;
    let header =
        all(&table, "thead th").iter().map(|th| (words(th), th.get_attribute("data-status"))).collect();
    let rows = all(&table, "tbody tr")
        .iter()
        .map(|tr| Row {
            cells: all(tr, "th, td").iter().map(|c| words(c)).collect(),
            status: tr.get_attribute("data-status"),
        })
        .collect();
    Some(Figures { heading: words(&heading), header, rows })
}

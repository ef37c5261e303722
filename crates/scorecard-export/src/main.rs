//! The chart export module: each chart's menu (`components/chart_menu.rs`) fetches this wasm
//! the first time a reader asks, and calls [`export_chart`] with one request and the chart's
//! panel. It reads what it needs from the page as it is on screen (the panel's heading and
//! table, its chart's option, the council, the period, the date of the data), saves the chart
//! as an image (ECharts for images, `echarts/echarts-export.js`, imported on first use) or its
//! figures as CSV, and says so in the menu's status line.

mod figures;

use figures::{Caption, Figures, Row, WIDTH};
use scorecard_app::report::{ExportRequest, EXPORT_REQUEST};
use scorecard_app::{csv, i18n};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn main() {
    scorecard_app::set_panic_hook();
}

/// `request` is an [`ExportRequest`] as JSON, `panel` the chart's panel on the page. Saves the
/// file; gives its name, or a sentence saying why not.
#[wasm_bindgen]
pub async fn export_chart(request: String, panel: web_sys::Element) -> Result<String, String> {
    let request: ExportRequest = serde_json::from_str(&request).map_err(|e| e.to_string())?;
    if request.version != EXPORT_REQUEST {
        return Err(i18n::paper().report_other_build().to_string());
    }
    if let Some(lang) = i18n::Lang::parse(&request.lang) {
        i18n::set_lang(lang);
    }
    let page = Page::of(&panel);
    let f = read(&panel).ok_or_else(|| i18n::paper().chart_unreadable().to_string())?;
    let file = save(&request.kind, &page, &f, &panel).await?;
    if let Ok(Some(status)) = panel.query_selector(".chart-menu [role=status]") {
        status.set_text_content(Some(&i18n::t().saved_as(&file)));
    }
    Ok(file)
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

/// The option of the chart ECharts draws in `el`, if it draws one there.
fn option_of(el: &web_sys::Element) -> Option<serde_json::Value> {
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
    let heading = copy.query_selector("h2, h3").ok()??;
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

//! "Download CSV": the indicators in the current view, with status and direction in words,
//! as UTF-8 with a byte-order mark and CRLF line ends so Excel opens it cleanly.

use crate::i18n;
use scorecard_core::decimal::format_fixed;
use scorecard_core::{Report, Scorecard};

use scorecard_core::csv_text::field;

pub fn indicators(sc: &Scorecard, report: &Report, items: &[usize], lang: &str) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&i18n::t().csv_header().iter().map(|h| field(h, true)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    for &i in items {
        let a = &report.indicators[i];
        let ind = &sc.indicators[a.indicator];
        let obs = a.observation(ind);
        let num = |x: Option<f64>| x.map(|x| format_fixed(x, ind.decimals)).unwrap_or_default();
        let service = ind
            .service
            .as_ref()
            .and_then(|s| sc.service(s))
            .map(|g| g.name.get(lang).to_string())
            .unwrap_or_default();
        let row = [
            (ind.code.clone().unwrap_or_default(), true),
            (ind.title.get(lang).to_string(), true),
            (service, true),
            (a.period.to_string(), false),
            (num(obs.and_then(|o| o.present_value())), false),
            (num(obs.and_then(|o| o.target)), false),
            (i18n::t().unit_name(ind.unit).to_string(), false),
            (i18n::t().status_label(a.status).to_string(), false),
            (i18n::t().status_label(a.calculated).to_string(), false),
            (i18n::t().direction_label(a.travel.direction).to_string(), false),
            (a.travel.compared_with.to_string(), false),
            (num(a.travel.change), false),
            (i18n::t().direction_label(a.long_trend).to_string(), false),
            (obs.and_then(|o| o.comment.as_ref()).map(|c| c.get(lang).to_string()).unwrap_or_default(), true),
            (a.forecast.map(|f| i18n::t().status_label(f.into()).to_string()).unwrap_or_default(), false),
        ];
        out.push_str(&row.iter().map(|(s, text)| field(s, *text)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// Offers `content` to the user as a CSV file download.
pub fn download(filename: &str, content: &str) {
    download_as(filename, content, "text/csv;charset=utf-8");
}

/// Offers `content` to the user as a file download of the given type.
pub fn download_as(filename: &str, content: &str, mime: &str) {
    download_parts(filename, &js_sys::Array::of1(&content.into()), mime);
}

/// Offers `bytes` as a file to save (a zip of a site's files).
pub fn download_bytes(filename: &str, bytes: &[u8], mime: &str) {
    download_parts(filename, &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)), mime);
}

/// Offers bytes a module of ours gave (a `Uint8Array`) as a file to save, without copying
/// them into this wasm and out again.
pub fn download_data(filename: &str, data: &wasm_bindgen::JsValue, mime: &str) {
    download_parts(filename, &js_sys::Array::of1(data), mime);
}

fn download_parts(filename: &str, parts: &js_sys::Array, mime: &str) {
    use wasm_bindgen::JsCast;
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = leptos::prelude::document();
    if let Some(a) =
        document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(filename);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// "wexcombe-borough-council-indicators-2023-24-q2.csv"
pub fn filename(org: &str, period: &str) -> String {
    named(&[org, i18n::t().indicators_word(), period], "csv")
}

/// A file name from its parts: lower case, letters and digits, words joined by hyphens; a
/// Welsh letter with its accent is the letter ("grŵp" → "grwp", not "gr-p").
pub fn named(parts: &[&str], extension: &str) -> String {
    let slug: String = crate::casefold::lower(&parts.join(" "))
        .chars()
        .map(|c| match c {
            'â' | 'á' | 'à' | 'ä' => 'a',
            'ê' | 'é' | 'è' | 'ë' => 'e',
            'î' | 'í' | 'ì' | 'ï' => 'i',
            'ô' | 'ó' | 'ò' | 'ö' => 'o',
            'û' | 'ú' | 'ù' | 'ü' => 'u',
            'ŵ' | 'ẃ' | 'ẁ' | 'ẅ' => 'w',
            'ŷ' | 'ý' | 'ỳ' | 'ÿ' => 'y',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    let words: Vec<&str> = slug.split('-').filter(|p| !p.is_empty()).collect();
    format!("{}.{extension}", words.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_report;

    #[test]
    fn file_names_keep_welsh_letters_without_their_accents() {
        assert_eq!(
            named(&["Cyngor Bwrdeistref Wexcombe", "Cynghorau yn y grŴp", "2023/24-Q2"], "csv"),
            "cyngor-bwrdeistref-wexcombe-cynghorau-yn-y-grwp-2023-24-q2.csv"
        );
        assert_eq!(named(&["Safle dros amser: Ffïoedd £"], "png"), "safle-dros-amser-ffioedd.png");
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        assert_eq!(field("a, b", true), "\"a, b\"");
        assert_eq!(field("say \"hi\"", true), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines", true), "\"two\nlines\"");
        assert_eq!(field("plain", true), "plain");
    }

    #[test]
    fn the_export_has_a_bom_a_header_and_a_row_per_indicator() {
        let (sc, r) = sample_report();
        let items: Vec<usize> = (0..r.indicators.len()).collect();
        let out = indicators(&sc, &r, &items, "en");
        assert!(out.starts_with('\u{feff}'));
        let lines: Vec<&str> = out.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 1 + sc.indicators.len());
        assert_eq!(lines[0].trim_start_matches('\u{feff}').split(',').count(), i18n::t().csv_header().len());
        let savings = lines.iter().find(|l| l.contains("savings")).expect("the savings row");
        assert!(savings.contains("1050000"), "numbers unformatted for Excel: {savings}");
        assert!(savings.contains(i18n::t().status_label(scorecard_core::Status::Red)));
    }

    #[test]
    fn the_file_name_is_a_slug_of_council_and_period() {
        assert_eq!(
            filename("Wexcombe Borough Council", "2023/24-Q2"),
            "wexcombe-borough-council-indicators-2023-24-q2.csv"
        );
        assert_eq!(filename("  Ynys Môn!! ", "2023-09"), "ynys-mon-indicators-2023-09.csv");
    }
}

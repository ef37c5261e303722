//! Plain text from the file: paragraphs at blank lines, https links as links, and nothing
//! ever interpreted as HTML.

use leptos::prelude::*;
use scorecard_core::text::split_links;

#[component]
pub fn TextBlock(
    #[prop(into)] text: String,
    /// The text's language where it is not the interface's (a version the file lacks).
    #[prop(default = None)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let paragraphs: Vec<String> =
        text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect();
    paragraphs
        .into_iter()
        .map(|p| {
            let parts: Vec<(bool, String)> =
                split_links(&p).into_iter().map(|(link, s)| (link, s.to_string())).collect();
            view! {
                <p lang=lang>
                    {parts.into_iter().map(|(link, s)| if link {
                        let href = s.clone();
                        view! { <a href=href rel="noopener noreferrer">{s}</a> }.into_any()
                    } else {
                        s.into_any()
                    }).collect_view()}
                </p>
            }
        })
        .collect_view()
}

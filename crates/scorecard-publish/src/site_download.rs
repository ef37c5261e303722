//! "Download the site files": the site this page belongs to, published with the scorecard read
//! here, as a zip of the same files `scorecard publish` writes for the same inputs. The pages are
//! written by a module of their own (`crates/scorecard-site`), fetched only when asked: writing
//! pages needs code no interactive page may carry. It reads what `publish` reads in the site's
//! folder: the site's page, the file it replaces, and the feed.

use leptos::prelude::*;
use scorecard_app::i18n;
use scorecard_app::published::{self, SiteRequest, SITE_REQUEST};

/// The most any of the site's own files may be (the reader refuses larger scorecards anyway).
const LIMIT: usize = 64 * 1024 * 1024;

#[component]
pub fn SiteDownload(document: Signal<Option<String>>) -> impl IntoView {
    let said = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let write = move |_| {
        let Some(file) = document.get_untracked() else { return };
        busy.set(true);
        said.set(Some((false, i18n::publish().publish_site_writing().to_string())));
        leptos::task::spawn_local(async move {
            let outcome = zipped(file).await;
            busy.set(false);
            said.set(Some(match outcome {
                Ok((bytes, name)) => {
                    scorecard_app::csv::download_bytes(&name, &bytes, "application/zip");
                    (false, i18n::publish().publish_site_written(&name))
                }
                Err(e) => (true, e),
            }));
        });
    };
    view! {
        <div class="site-download">
            <button type="button" class="secondary" id="download-site" on:click=write
                disabled=move || busy.get() || document.with(Option::is_none)>{i18n::publish().publish_download_site()}</button>
            <p class="hint">{i18n::publish().publish_site_hint()}</p>
            {move || said.get().map(|(alert, text)| if alert {
                view! { <p class="notice" id="site-status" role="alert">{text}</p> }.into_any()
            } else {
                view! { <p class="hint" id="site-status" role="status">{text}</p> }.into_any()
            })}
        </div>
    }
}

/// The site's files as a zip, and the name to save it as.
async fn zipped(file: String) -> Result<(Vec<u8>, String), String> {
    let text = |b: Vec<u8>| String::from_utf8(b).ok();
    let here = |path: &str| scorecard_app::load::resolve_against(path, &page(), &[]).unwrap_or_default();
    let shell = scorecard_app::load::fetch_bytes(&here("index.html"), "index.html", LIMIT).await?;
    let shell = text(shell).ok_or_else(|| i18n::publish().publish_site_no_page().to_string())?;
    let src = published::address(&shell);
    // The file it replaces and the feed, where the site has them (not on a first publish).
    let before = scorecard_app::load::fetch_bytes(&here(&src), &src, LIMIT).await.ok().and_then(text);
    let feed = scorecard_app::load::fetch_bytes(&here("updates.xml"), "updates.xml", LIMIT)
        .await
        .ok()
        .and_then(text);
    let request = SiteRequest {
        version: SITE_REQUEST,
        file,
        url: published::url_of(&shell),
        shell,
        before,
        feed,
        lang: Some(i18n::lang().code().to_string()),
    };
    let json = serde_json::to_string(&request).map_err(|e| e.to_string())?;
    let url = writer_url().ok_or_else(|| i18n::publish().publish_site_no_page().to_string())?;
    let bytes = scorecard_app::module::call_for_bytes(&url, "write_site", &json)
        .await
        .map_err(|e| i18n::publish().publish_site_failed(&e))?;
    Ok((bytes, "scorecard-site.zip".to_string()))
}

fn page() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// The site writer's address, named in the page by the build (`<meta name="scorecard-site-writer">`).
fn writer_url() -> Option<String> {
    let path = scorecard_app::embed::meta("scorecard-site-writer")?;
    web_sys::Url::new_with_base(&path, &page()).ok().map(|u| u.href())
}

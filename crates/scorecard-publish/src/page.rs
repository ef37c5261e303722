//! The publish page: the file, the choices (sheet, header row, period, organisation, each
//! column's role), what was found, the preview, and the downloads.

use super::columns::Columns;
use super::file_input::FileInput;
use super::preview::Preview;
use super::problems::Problems;
use leptos::prelude::*;
use scorecard_app::i18n::{self, Lang};
use scorecard_app::language;
use scorecard_core::import::merge::Earlier;
use scorecard_core::import::{self, mapping::Column, Mapping, Options, Problem, SheetColumns};
use scorecard_core::Period;
use std::sync::Arc;

/// What one reading of the file gave, ready to show.
#[derive(Clone, Default)]
struct Outcome {
    fatal: Option<String>,
    layout: Option<&'static str>,
    sheets: Vec<String>,
    columns: Vec<SheetColumns>,
    problems: Vec<Problem>,
    summary: String,
    /// The scorecard as it will be downloaded.
    document: Option<String>,
    mapping: Mapping,
}

/// Today as `YYYY-MM-DD` in UTC, from the browser's clock: `published` is stamped by the same
/// rule as the command line's, so the same inputs give the same file.
fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_utc_full_year(), d.get_utc_month() + 1, d.get_utc_date())
}

#[derive(Clone, Default)]
struct Choices {
    mapping: Mapping,
    period: String,
    organisation: String,
    title: String,
}

fn run(bytes: &[u8], choices: &Choices, old: Option<&Earlier>) -> Outcome {
    let trimmed = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    let period = match trimmed(&choices.period).map(|p| Period::parse(&p)) {
        Some(Ok(p)) => Some(p),
        Some(Err(e)) => return Outcome { fatal: Some(e.0), ..Outcome::default() },
        None => None,
    };
    let opts = Options {
        mapping: choices.mapping.clone(),
        sheet: None,
        period,
        organisation: trimmed(&choices.organisation),
        title: trimmed(&choices.title),
        today: Some(today()),
    };
    let mut imported = import::import(bytes, &opts);
    if let Some(earlier) = old {
        import::merge::into(&mut imported, earlier);
    }
    let text = imported.text.take();
    Outcome {
        fatal: imported.fatal.clone(),
        layout: imported.layout().map(|l| l.as_str()),
        sheets: imported.sheets.clone(),
        columns: imported.columns.clone(),
        summary: i18n::publish().publish_summary(
            imported.indicators,
            imported.observations,
            imported.actions,
            imported.left_out,
        ),
        problems: imported.problems,
        document: text,
        mapping: imported.mapping,
    }
}

/// What a reading of the officer's file reads and gives.
#[derive(Clone, Copy)]
struct Reading {
    file: RwSignal<Option<(String, Arc<Vec<u8>>)>>,
    old: RwSignal<Option<Result<Earlier, String>>>,
    choices: RwSignal<Choices>,
    outcome: RwSignal<Option<Outcome>>,
    busy: RwSignal<bool>,
}

/// Reads the file again with the current choices. The reading blocks the page, so the
/// "Reading…" status is painted first (a timer, not a frame: an officer may be in another tab
/// meanwhile, where frames wait). Choices made while one is waiting join it: the file is read
/// once, with the last of them.
fn reader(r: Reading) -> impl Fn() + Copy {
    let waiting = StoredValue::new(false);
    move || {
        if r.file.with_untracked(Option::is_none) || waiting.get_value() {
            return;
        }
        waiting.set_value(true);
        r.busy.set(true);
        set_timeout(
            move || {
                waiting.set_value(false);
                let Some((_, bytes)) = r.file.get_untracked() else { return };
                let old_doc = r.old.with_untracked(|o| o.as_ref().and_then(|x| x.as_ref().ok()).cloned());
                let result = r.choices.with_untracked(|c| run(&bytes, c, old_doc.as_ref()));
                r.outcome.set(Some(result));
                r.busy.set(false);
            },
            std::time::Duration::from_millis(30),
        );
    }
}

#[component]
pub fn Publish() -> impl IntoView {
    let file: RwSignal<Option<(String, Arc<Vec<u8>>)>> = RwSignal::new(None);
    let old: RwSignal<Option<Result<Earlier, String>>> = RwSignal::new(None);
    let choices = RwSignal::new(Choices::default());
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    let busy = RwSignal::new(false);

    let reread = reader(Reading { file, old, choices, outcome, busy });
    let on_file = Callback::new(move |(name, bytes): (String, Vec<u8>)| {
        // A new file starts from no choices but the ones that are not about its columns.
        choices.update(|c| c.mapping = Mapping::default());
        file.set(Some((name, Arc::new(bytes))));
        reread();
    });
    let on_old = Callback::new(move |(_, bytes): (String, Vec<u8>)| {
        old.set(Some(Earlier::read(&bytes)));
        reread();
    });
    let on_role = Callback::new(move |(header, role): (String, String)| {
        choices.update(|c| {
            c.mapping = outcome.with_untracked(|o| o.as_ref().map(|o| o.mapping.clone())).unwrap_or_default();
            c.mapping.columns.insert(header, Column::Role(role));
        });
        reread();
    });

    // The page's language: `?lang=cy`, else the officer's last choice, else the browser's.
    // A switch draws the page again in the other language; what was chosen and read stays.
    let page_lang = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .and_then(|p| p.get("lang"));
    let lang = RwSignal::new(language::choose(&language::asked(None, page_lang), Some(&Lang::ALL)));
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", l.code());
            }
            doc.set_title(i18n::publish_in(l).publish_title());
        }
    });
    let switch = move |l: Lang| {
        language::remember(l);
        lang.set(l);
        reread();
    };

    let root = NodeRef::<leptos::html::Div>::new();
    root.on_load(|el| scorecard_app::theme::apply(&el, None));
    view! {
        <div class="scorecard-root" node_ref=root>
        {move || { i18n::set_lang(lang.get()); view! {
        <main id="main" class="publish">
            <header class="masthead">
                <LanguageSwitch lang=lang.get_untracked() switch=Callback::new(switch) />
                <h1>{i18n::publish().publish_title()}</h1>
                <p class="meta">{i18n::publish().publish_intro()}</p>
            </header>
            <section class="panel" aria-labelledby="file-title">
                <h2 id="file-title">{i18n::publish().publish_file()}</h2>
                <div class="columns">
                    <FileInput id="sheet-file" label=i18n::publish().publish_choose_label() hint=i18n::publish().publish_choose_hint()
                        accept=".csv,.txt,.tsv,.xlsx,.xlsm,.xls,.ods" on_file=on_file />
                    <FileInput id="old-file" label=i18n::publish().publish_old_label() hint=i18n::publish().publish_old_hint()
                        accept=".json" on_file=on_old />
                </div>
                {move || old.get().and_then(|o| o.err()).map(|e| view! { <p class="notice" role="alert">{i18n::publish().publish_old_bad()} " " {e}</p> })}
                <p class="status" role="status" id="publish-status">{move || {
                    if busy.get() {
                        i18n::publish().publish_reading().to_string()
                    } else {
                        // Borrowed, not cloned: the outcome holds the whole scorecard's text.
                        let name = file.with(|f| f.as_ref().map(|(n, _)| n.clone()));
                        outcome.with(|o| match (name, o) {
                            (None, _) => i18n::publish().publish_no_file().to_string(),
                            (Some(name), Some(o)) => match &o.fatal {
                                Some(reason) => i18n::publish().publish_fatal(&name, reason),
                                None => format!("{name}: {}", o.summary),
                            },
                            (Some(name), None) => name,
                        })
                    }
                }}</p>
            </section>
            <Show when=move || file.with(Option::is_some)>
                <Settings outcome=outcome choices=choices reread=Callback::new(move |()| reread()) />
                <Columns columns=Signal::derive(move || outcome.with(|o| o.as_ref().map(|o| o.columns.clone()).unwrap_or_default())) on_role=on_role />
                <Problems problems=Signal::derive(move || outcome.with(|o| o.as_ref().map(|o| o.problems.clone()).unwrap_or_default())) />
            </Show>
            <section class="panel preview" role="region" aria-label=i18n::publish().publish_preview()>
                <h2>{i18n::publish().publish_preview()}</h2>
                {move || match outcome.with(|o| o.as_ref().and_then(|o| o.document.clone())) {
                    Some(doc) => view! { <Preview document=doc /> }.into_any(),
                    None => view! { <p class="hint">{i18n::publish().publish_preview_empty()}</p> }.into_any(),
                }}
            </section>
        </main>
        } }}
        </div>
    }
}

/// The page's languages, the current one said, the others a button each.
#[component]
fn LanguageSwitch(lang: Lang, switch: Callback<Lang>) -> impl IntoView {
    view! {
        <nav class="language-switch" aria-label=i18n::t().language_label()>
            <ul>
                {Lang::ALL.into_iter().map(|l| if l == lang {
                    view! { <li><span aria-current="true">{i18n::catalogue(l).language_name()}</span></li> }.into_any()
                } else {
                    view! { <li><button type="button" class="link" lang=l.code() on:click=move |_| switch.run(l)>
                        {i18n::catalogue(l).language_name()}
                        <span class="visually-hidden">" – " {i18n::catalogue(l).switch_to()}</span>
                    </button></li> }.into_any()
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// The settings a reading is made with (the sheet, the header row, the period, the council,
/// the title), each change reading the file again (`reread`), and what the reading gives to
/// download: the scorecard, the mapping, the site's files.
#[component]
fn Settings(
    outcome: RwSignal<Option<Outcome>>,
    choices: RwSignal<Choices>,
    reread: Callback<()>,
) -> impl IntoView {
    let reread = move || reread.run(());
    let set_sheet = move |sheet: String| {
        choices.update(|c| {
            c.mapping.sheet = Some(sheet).filter(|s| !s.is_empty());
            c.mapping.header_row = None;
            c.mapping.columns.clear();
        });
        reread();
    };
    let set_header_row = move |row: String| {
        choices.update(|c| {
            c.mapping.header_row = row.trim().parse().ok();
            if c.mapping.sheet.is_none() {
                c.mapping.sheet =
                    outcome.with_untracked(|o| o.as_ref().and_then(|o| o.mapping.sheet.clone()));
            }
            c.mapping.columns.clear();
        });
        reread();
    };
    let set_text = move |which: u8, value: String| {
        choices.update(|c| match which {
            0 => c.period = value,
            1 => c.organisation = value,
            _ => c.title = value,
        });
        reread();
    };
    let download_scorecard = move |_| {
        if let Some(doc) = outcome.with_untracked(|o| o.as_ref().and_then(|o| o.document.clone())) {
            scorecard_app::csv::download_as("scorecard.json", &doc, "application/json");
        }
    };
    let download_mapping = move |_| {
        if let Some(m) = outcome.with_untracked(|o| o.as_ref().map(|o| o.mapping.to_json())) {
            scorecard_app::csv::download_as("mapping.json", &(m + "\n"), "application/json");
        }
    };
    let has = move |f: fn(&Outcome) -> bool| outcome.with(|o| o.as_ref().is_some_and(f));
    view! {
    <section class="panel" aria-labelledby="settings-title">
        <h2 id="settings-title">{i18n::publish().publish_settings()}</h2>
        <p id="layout">{move || outcome.with(|o| o.as_ref().and_then(|o| o.layout).map(|l| i18n::publish().publish_layout(l)))}</p>
        <div class="filter-grid">
            <div class="field">
                <label for="sheet-select">{i18n::publish().publish_sheet()}</label>
                <select id="sheet-select" on:change=move |ev| set_sheet(event_target_value(&ev))>
                    <option value="">{i18n::publish().publish_all_sheets()}</option>
                    {move || outcome.with(|o| o.as_ref().map(|o| o.sheets.clone()).unwrap_or_default()).into_iter().map(|s| {
                        let selected = choices.with(|c| c.mapping.sheet.as_deref() == Some(s.as_str()));
                        view! { <option value=s.clone() selected=selected>{s.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="header-row">{i18n::publish().publish_header_row()}</label>
                <input id="header-row" type="number" min="1" inputmode="numeric"
                    prop:value=move || outcome.with(|o| o.as_ref().and_then(|o| o.mapping.header_row).map(|n| n.to_string()).unwrap_or_default())
                    on:change=move |ev| set_header_row(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="report-period">{i18n::publish().publish_period()}</label>
                <input id="report-period" type="text" placeholder="2024/25-Q2" aria-describedby="report-period-hint"
                    prop:value=move || choices.with(|c| c.period.clone())
                    on:change=move |ev| set_text(0, event_target_value(&ev)) />
                <p class="hint" id="report-period-hint">{i18n::publish().publish_period_hint()}</p>
            </div>
            <div class="field">
                <label for="organisation">{i18n::publish().publish_organisation()}</label>
                <input id="organisation" type="text" autocomplete="organization"
                    prop:value=move || choices.with(|c| c.organisation.clone())
                    on:change=move |ev| set_text(1, event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="scorecard-title">{i18n::publish().publish_scorecard_title()}</label>
                <input id="scorecard-title" type="text" prop:value=move || choices.with(|c| c.title.clone()) on:change=move |ev| set_text(2, event_target_value(&ev)) />
            </div>
        </div>
        <div class="toolbar">
            <button type="button" id="download-scorecard" on:click=download_scorecard
                disabled=move || !has(|o| o.document.is_some())>{i18n::publish().publish_download_scorecard()}</button>
            <button type="button" class="secondary" id="download-mapping" on:click=download_mapping
                disabled=move || !has(|o| o.fatal.is_none())>{i18n::publish().publish_download_mapping()}</button>
        </div>
        <super::site_download::SiteDownload document=Signal::derive(move || outcome.with(|o| o.as_ref().and_then(|o| o.document.clone()))) />
    </section>
    }
}

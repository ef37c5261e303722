//! What is wrong with the file and where, when nothing can be shown; and the panel of items
//! left out when the rest can.

use crate::i18n::{self, Lang};
use crate::load::LoadError;
use leptos::prelude::*;
use scorecard_core::{Diagnostic, Severity};

/// `written`: the language the messages were written in; a switch since then leaves them in
/// it, marked so (they are not written again).
fn problem_rows(diagnostics: Vec<Diagnostic>, written: Lang) -> impl IntoView {
    let lang = (written != i18n::lang()).then(|| written.code());
    view! {
        <table class="problems">
            <thead><tr><th scope="col">{i18n::t().error_where()}</th><th scope="col">{i18n::t().error_what()}</th></tr></thead>
            <tbody>
                {diagnostics.into_iter().map(|d| {
                    let place = if d.pointer.is_empty() { i18n::t().whole_file().to_string() } else { d.pointer };
                    view! { <tr><td><code>{place}</code></td><td lang=lang>{d.message}</td></tr> }
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
pub fn ErrorPage(error: LoadError) -> impl IntoView {
    let has_rows = !error.diagnostics.is_empty();
    view! {
        <section class="error-page" role="alert">
            <h1>{i18n::t().error_title()}</h1>
            <p lang=(error.lang != i18n::lang()).then(|| error.lang.code())>{error.message}</p>
            {has_rows.then(|| problem_rows(error.diagnostics, error.lang))}
        </section>
    }
}

#[component]
pub fn LeftOutPanel(diagnostics: Vec<Diagnostic>, count: usize, written: Lang) -> impl IntoView {
    let errors: Vec<Diagnostic> = diagnostics.into_iter().filter(|d| d.severity == Severity::Error).collect();
    (count > 0 || !errors.is_empty()).then(|| {
        view! {
            <details class="left-out" open>
                <summary>{i18n::t().left_out_title()} " (" {count} ")"</summary>
                <p>{i18n::t().left_out_summary(count)}</p>
                {problem_rows(errors, written)}
            </details>
        }
    })
}

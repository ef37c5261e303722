//! "Cymraeg" / "English" at the top of every view, when the file offers both: each language
//! named in itself, the current one plain text, the other a link to the same view and filters
//! in that language (GOV.UK's language navigation).

use crate::i18n;
use crate::language;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let offered = state.with_scorecard(language::offered);
    let current = i18n::lang();
    (offered.len() > 1).then(|| {
        view! {
            <nav class="language-switch" aria-label=i18n::t().language_label()>
                <ul>
                    {offered
                        .into_iter()
                        .map(|l| {
                            let words = i18n::catalogue(l);
                            if l == current {
                                view! { <li><span aria-current="true">{words.language_name()}</span></li> }.into_any()
                            } else {
                                let href = move || state.link(&state.route.with(|r| r.clone().with("lang", l.code())));
                                view! {
                                    <li>
                                        <a href=href lang=l.code() hreflang=l.code() rel="alternate" on:click=move |_| language::remember(l)>
                                            {words.language_name()}
                                            <span class="visually-hidden">" – " {words.switch_to()}</span>
                                        </a>
                                    </li>
                                }
                                .into_any()
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        }
    })
}

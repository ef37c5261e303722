//! Narrative for the period: the overall summary, or a Head of Service's comments.

use super::text_block::TextBlock;
use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::Scope;

#[component]
pub fn Commentary(scope: Scope, #[prop(into)] title: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let scope = StoredValue::new(scope);
    let comments = move || {
        let period = state.period.get();
        state.with_scorecard(|sc| {
            scope.with_value(|scope| {
                sc.comments_for(period, scope)
                    .map(|c| {
                        (
                            c.author.as_ref().map(|a| crate::language::text_in(sc, a)),
                            crate::language::text_in(sc, &c.text),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <section class="panel commentary" aria-labelledby="commentary-title">
            <h2 id="commentary-title">{title}</h2>
            {move || {
                let list = comments();
                if list.is_empty() {
                    view! { <p class="muted">{i18n::t().no_commentary()}</p> }.into_any()
                } else {
                    list.into_iter().map(|(author, (text, lang))| view! {
                        <figure class="comment">
                            <blockquote><TextBlock text=text lang=lang /></blockquote>
                            {author.map(|(a, lang)| view! { <figcaption>"— " <span lang=lang>{a}</span></figcaption> })}
                        </figure>
                    }).collect_view().into_any()
                }
            }}
        </section>
    }
}

//! A view or item the URL names that this scorecard does not have.

use crate::i18n;
use crate::route::View;
use crate::state::AppState;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="notice" role="alert">
            <p>{i18n::t().not_found()}</p>
            <p><a href=state.href(View::Overview, None)>{i18n::t().back_to_overview()}</a></p>
        </section>
    }
}

//! The problems the importer found, each at its cell, in the core's order (worst first).

use leptos::prelude::*;
use scorecard_app::i18n;
use scorecard_core::import::{Level, Problem};

#[component]
pub fn Problems(#[prop(into)] problems: Signal<Vec<Problem>>) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="problems-title">
            <h2 id="problems-title">{i18n::publish().publish_problems()}</h2>
            <p class="summary" id="problems-summary">{move || {
                let p = problems.get();
                let count = |l: Level| p.iter().filter(|x| x.severity == l).count();
                i18n::publish().publish_problem_counts(count(Level::Error), count(Level::Warning), count(Level::Info))
            }}</p>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <div class="table-scroll">
                    <table class="data" id="problems-table">
                        <caption>{i18n::publish().publish_problems()}</caption>
                        <thead><tr>
                            <th scope="col">{i18n::publish().publish_kind_heading()}</th>
                            <th scope="col">{i18n::publish().publish_cell()}</th>
                            <th scope="col">{i18n::publish().publish_message()}</th>
                        </tr></thead>
                        <tbody>
                            {move || problems.get().into_iter().map(|p| view! {
                                <tr data-severity=p.severity.as_str()>
                                    <td>{i18n::publish().publish_severity(p.severity.as_str())}</td>
                                    <td class="cell">{p.cell}</td>
                                    <td>{p.message}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

//! Every column the importer read, with the role it gave it and a control to change it:
//! a change goes into the mapping and the sheet is read again.

use leptos::prelude::*;
use scorecard_app::i18n;
use scorecard_core::import::SheetColumns;

/// The roles an officer can give a column, in the mapping file's words.
const ROLES: &[&str] = &[
    "ignore", "code", "title", "description", "service", "priority", "period", "value", "value@previous",
    "value@last-year", "target", "target@previous", "reported_status", "forecast_status", "comment", "unit",
    "decimals", "polarity", "frequency", "measure", "tolerance", "suppressed", "benchmark", "organisation",
    "action_code", "action_title", "action_status", "due", "owner",
];

#[component]
pub fn Columns(
    /// (sheet, [(header, role)]) as the importer read them.
    #[prop(into)]
    columns: Signal<Vec<SheetColumns>>,
    on_role: Callback<(String, String)>,
) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="columns-title">
            <h2 id="columns-title">{i18n::t().publish_columns()}</h2>
            <p class="hint">{i18n::t().publish_columns_hint()}</p>
            {move || columns.get().into_iter().enumerate().map(|(s, (sheet, cols))| {
                view! {
                    <div class="table-scroll">
                        <table class="data role-table" id=format!("columns-table-{s}")>
                            <caption>{i18n::t().publish_columns_of(&sheet)}</caption>
                            <thead><tr>
                                <th scope="col">{i18n::t().publish_header()}</th>
                                <th scope="col">{i18n::t().publish_role_heading()}</th>
                            </tr></thead>
                            <tbody>
                                {cols.into_iter().enumerate().map(|(c, (header, role))| {
                                    let id = format!("role-{s}-{c}");
                                    let current = role.clone().unwrap_or_else(|| "ignore".into());
                                    let mut options: Vec<String> = ROLES.iter().map(|r| r.to_string()).collect();
                                    if !options.contains(&current) {
                                        options.insert(1, current.clone());
                                    }
                                    let h = header.clone();
                                    view! {
                                        <tr data-header=header.clone() data-role=current.clone()>
                                            <th scope="row"><label for=id.clone()>{header.clone()}</label></th>
                                            <td>
                                                <select id=id on:change=move |ev| on_role.run((h.clone(), event_target_value(&ev)))>
                                                    {options.into_iter().map(|o| {
                                                        let selected = o == current;
                                                        view! { <option value=o.clone() selected=selected>{i18n::t().publish_role(&o)}</option> }
                                                    }).collect_view()}
                                                </select>
                                                {role.is_none().then(|| view! { <span class="hint">" " {i18n::t().publish_not_imported()}</span> })}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

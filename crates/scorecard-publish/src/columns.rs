//! Every column the importer read, with the role it gave it and a control to change it:
//! a change goes into the mapping and the sheet is read again.

use leptos::prelude::*;
use scorecard_app::i18n;
use scorecard_core::import::{roles, SheetColumns};

#[component]
pub fn Columns(
    /// (sheet, [(header, role)]) as the importer read them.
    #[prop(into)]
    columns: Signal<Vec<SheetColumns>>,
    on_role: Callback<(String, String)>,
) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="columns-title">
            <h2 id="columns-title">{i18n::publish().publish_columns()}</h2>
            <p class="hint">{i18n::publish().publish_columns_hint()}</p>
            {move || columns.get().into_iter().enumerate().map(|(s, (sheet, cols))| {
                view! {
                    <div class="table-scroll">
                        <table class="data role-table" id=format!("columns-table-{s}")>
                            <caption>{i18n::publish().publish_columns_of(&sheet)}</caption>
                            <thead><tr>
                                <th scope="col">{i18n::publish().publish_header()}</th>
                                <th scope="col">{i18n::publish().publish_role_heading()}</th>
                            </tr></thead>
                            <tbody>
                                {cols.into_iter().enumerate().map(|(c, (header, role))| {
                                    let id = format!("role-{s}-{c}");
                                    let current = role.clone().unwrap_or_else(|| "ignore".into());
                                    let mut options = roles::offered();
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
                                                        view! { <option value=o.clone() selected=selected>{{ let (base, when) = roles::split_name(&o); i18n::publish().publish_role(base, when) }}</option> }
                                                    }).collect_view()}
                                                </select>
                                                {role.is_none().then(|| view! { <span class="hint">" " {i18n::publish().publish_not_imported()}</span> })}
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

#[cfg(test)]
mod tests {
    use scorecard_app::i18n::{publish_in, Lang};
    use scorecard_core::import::roles::{self, Role};

    /// Every role the importer reads can be chosen, and is named in both languages.
    #[test]
    fn every_role_the_core_reads_is_offered_and_named_in_both_languages() {
        let offered = roles::offered();
        for name in ["id", "compare", "stable", "sensitive", "tags", "value@previous", "target@last-year"] {
            assert!(offered.iter().any(|o| o == name), "{name} is offered");
        }
        for o in &offered {
            assert!(Role::parse(o).is_some(), "{o} is a role the core reads");
            let (base, _) = roles::split_name(o);
            for lang in [Lang::En, Lang::Cy] {
                assert!(publish_in(lang).role_name(base).is_some(), "{o} has a name in {lang:?}");
            }
        }
        assert_eq!(publish_in(Lang::En).publish_role("value", Some("previous")), "Value, previous period");
    }
}

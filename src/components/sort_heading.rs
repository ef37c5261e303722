//! A column heading that sorts its table: a button, with the column's order told to screen
//! readers (`aria-sort`) and shown by a mark. The lists keep their order in the URL (`sort=`).

use leptos::prelude::*;

#[component]
pub fn SortHeading(
    label: &'static str,
    /// `None` when the table is not sorted by this column, else whether it is descending.
    #[prop(into)]
    sorted: Signal<Option<bool>>,
    on_sort: Callback<()>,
) -> impl IntoView {
    let aria = move || match sorted.get() {
        Some(true) => "descending",
        Some(false) => "ascending",
        None => "none",
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button type="button" class="sort" on:click=move |_| on_sort.run(())>
                {label}
                <span class="sort-mark" aria-hidden="true">{move || match sorted.get() { Some(false) => " ▲", Some(true) => " ▼", None => " ⇅" }}</span>
            </button>
        </th>
    }
}

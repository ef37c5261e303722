//! A comparator group of the reader's own (compare spec §6): councils added by name from the
//! pack's areas and removed again, kept in the URL (`peers=custom:CODE,…`) so the page can be
//! shared or bookmarked. The council itself is always in it (the core's `pack::custom`). Used
//! by the group picker beside a scorecard and by a pack on its own.

use leptos::prelude::*;
use scorecard_app::i18n;
use scorecard_core::pack::custom;

#[component]
pub fn CustomGroup(
    /// The councils that can be added: `(code, name)` in the reader's language.
    #[prop(into)]
    areas: Signal<Vec<(String, String)>>,
    /// The group's id as the URL holds it (`custom:CODE,…`).
    #[prop(into)]
    asked: Signal<String>,
    /// The council compared: always a member, never listed to add or remove.
    own: String,
    /// Codes in the id that the pack does not have, to be named.
    #[prop(into)]
    unknown: Signal<Vec<String>>,
    /// Called with the group's new id.
    on_set: Callback<String>,
) -> impl IntoView {
    let chosen =
        move || -> Vec<String> { custom::codes(&asked.get()).into_iter().map(str::to_string).collect() };
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let set = move |codes: Vec<String>| {
        let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
        on_set.run(custom::id(&refs));
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let wanted = typed.get_untracked();
        let key = scorecard_app::casefold::lower(wanted.trim());
        let found = areas.with_untracked(|a| {
            a.iter()
                .find(|(code, name)| {
                    scorecard_app::casefold::lower(name) == key || scorecard_app::casefold::lower(code) == key
                })
                .cloned()
        });
        match found {
            Some((code, _)) => {
                problem.set(None);
                typed.set(String::new());
                let mut codes = chosen();
                if code != own && !codes.contains(&code) {
                    codes.push(code);
                }
                set(codes);
            }
            None => problem.set(Some(i18n::c().custom_no_such(wanted.trim()))),
        }
    };
    let name_of = move |code: &str| {
        areas.with(|a| a.iter().find(|(c, _)| c == code).map_or_else(|| code.to_string(), |(_, n)| n.clone()))
    };
    view! {
        <div class="custom-group">
            <form class="custom-add" on:submit=add>
                <label for="custom-add-input">{i18n::c().custom_add_label()}</label>
                <input id="custom-add-input" type="text" list="custom-areas" autocomplete="off"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                    aria-describedby="custom-problem" />
                <datalist id="custom-areas">
                    {move || areas.get().into_iter().map(|(_, name)| view! { <option value=name></option> }).collect_view()}
                </datalist>
                <button type="submit">{i18n::c().custom_add()}</button>
            </form>
            <p id="custom-problem" class="notice" role="alert" hidden=move || problem.with(Option::is_none)>
                {move || problem.get().unwrap_or_default()}
            </p>
            {move || {
                let unknown = unknown.get();
                (!unknown.is_empty()).then(|| view! { <p class="notice" role="status">{i18n::c().custom_unknown(&unknown.join(", "))}</p> })
            }}
            <ul class="custom-members" id="custom-members">
                {move || chosen().into_iter().filter(|c| areas.with(|a| a.iter().any(|(x, _)| x == c))).map(|code| {
                    let name = name_of(&code);
                    let remove = move |_| {
                        let codes: Vec<String> = chosen().into_iter().filter(|c| *c != code).collect();
                        set(codes);
                    };
                    view! {
                        <li>{name.clone()} " "
                            <button type="button" class="link-button" on:click=remove aria-label=i18n::c().custom_remove(&name)>"×"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

//! A comparator group of the reader's own (compare spec §6): councils added by name from the
//! packs' areas and removed again, kept in the URL (`peers=custom:CODE,…`) so the page can be
//! shared or bookmarked. The council itself is always in it (the core's `pack::custom`).

use crate::comparison;
use crate::i18n;
use crate::state::AppState;
use leptos::prelude::*;
use scorecard_core::pack::custom;

#[component]
pub fn CustomGroup() -> impl IntoView {
    let state = expect_context::<AppState>();
    let asked = move || state.route.with(|r| r.param("peers").unwrap_or_default().to_string());
    let chosen = move || -> Vec<String> { custom::codes(&asked()).into_iter().map(str::to_string).collect() };
    let areas = Memo::new(move |_| comparison::areas(&state));
    let own = comparison::area(&state).unwrap_or_default();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let set = move |codes: Vec<String>| {
        let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
        state.navigate(&state.route.get_untracked().with("peers", &custom::id(&refs)));
    };
    let own_for_add = own.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let wanted = typed.get_untracked();
        let key = crate::casefold::lower(wanted.trim());
        let found = areas.with_untracked(|a| {
            a.iter()
                .find(|(code, name)| {
                    crate::casefold::lower(name) == key || crate::casefold::lower(code) == key
                })
                .cloned()
        });
        match found {
            Some((code, _)) => {
                problem.set(None);
                typed.set(String::new());
                let mut codes = chosen();
                if code != own_for_add && !codes.contains(&code) {
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
                let unknown = comparison::unknown_in_custom(&state);
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

//! A file chooser that is also a drop zone: a real `<input type="file">` (keyboard, touch,
//! screen readers) inside a labelled area that accepts a dropped file.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Reads a chosen or dropped file's bytes and hands them, with its name, to `on_file`.
fn read(file: web_sys::File, on_file: Callback<(String, Vec<u8>)>) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        if let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            on_file.run((name, js_sys::Uint8Array::new(&buffer).to_vec()));
        }
    });
}

#[component]
pub fn FileInput(
    /// The input's id, for its label and for tests.
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    accept: &'static str,
    on_file: Callback<(String, Vec<u8>)>,
) -> impl IntoView {
    let over = RwSignal::new(false);
    let changed = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) {
            read(file, on_file);
        }
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            read(file, on_file);
        }
    };
    let hint_id = format!("{id}-hint");
    view! {
        <div class="drop-zone" class:over=move || over.get()
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); over.set(true); }
            on:dragleave=move |_| over.set(false)
            on:drop=dropped>
            <label for=id>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <input type="file" id=id accept=accept aria-describedby=hint_id on:change=changed />
        </div>
    }
}

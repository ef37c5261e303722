//! publish.html: an officer chooses or drops a spreadsheet, checks what the importer found
//! (layout, each column's role, the problems by cell), sees the real dashboard on the result,
//! and downloads `scorecard.json` and the mapping. Nothing leaves the browser: the file is
//! read here, by the same `scorecard_core::import` the CLI runs.

mod columns;
mod file_input;
mod page;
mod preview;
mod problems;
mod site_download;

fn main() {
    scorecard_app::set_panic_hook();
    leptos::mount::mount_to_body(page::Publish);
}

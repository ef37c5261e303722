//! The dashboard's page: everything is in the library (`lib.rs`).

fn main() {
    scorecard_app::start();
}

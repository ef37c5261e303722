//! The comparison's chart option builders: a group's field for one period (`field.rs`) and a
//! council's rank over time (`rank_history.rs`), with what every chart shares from the
//! dashboard's (`scorecard_app::charts`).

pub mod field;
pub mod rank_history;

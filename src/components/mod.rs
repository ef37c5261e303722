pub mod chart;
pub mod error_page;
pub mod header;
pub mod overview;
pub mod status_counts;
pub mod status_tag;

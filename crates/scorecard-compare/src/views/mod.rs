//! The comparison's views: the compare view and the overview's quartile count (`compare.rs`),
//! a linked indicator's comparison (`peers.rs`), a pack on its own (`pack_only.rs`), and the
//! group the reader names (`custom_group.rs`).

pub mod compare;
pub mod custom_group;
pub mod pack_only;
pub mod peers;

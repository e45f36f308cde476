//! Mentoring or Coaching?: a browser-only app that recommends mentoring, coaching or a blend,
//! explains why, and drafts the matching agreement, keeping everything in local storage.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

//! The pure domain: questions, scoring, agreements, the stored document and screen addresses.
//! Nothing here knows about the browser, Leptos or storage; it is tested natively.

pub mod agreement;
pub mod document;
pub mod drafts;
pub mod formats;
pub mod merge;
pub mod organisation;
pub mod prefill;
pub mod progress;
pub mod questions;
pub mod route;
pub mod save;
pub mod scoring;
pub mod text;
pub mod values;

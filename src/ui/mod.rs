//! The Leptos UI: thin components, one per file, that show the core's data and call into it.

mod agreement_document;
mod agreement_editor;
mod agreement_list;
mod app;
mod comparison;
mod export_actions;
mod field_input;
pub mod files;
mod import_file;
mod merge_view;
mod not_loaded;
mod question_step;
mod result_screen;
mod review;
pub mod screens;
mod sign_panel;
pub mod state;
pub mod status_banner;
mod status_details;
mod sync;
mod update_banner;
mod welcome;

pub use app::App;

/// Mounts the app on the page body.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

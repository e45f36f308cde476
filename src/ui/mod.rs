//! The Leptos UI: thin components, one per file, that show the core's data and call into it.

mod agreement_editor;
mod agreement_list;
mod app;
mod comparison;
mod field_input;
mod question_step;
mod result_screen;
mod review;
mod status_banner;
pub mod state;
mod welcome;

pub use app::App;

/// Mounts the app on the page body.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

//! The Leptos UI: thin components, one per file, that show the core's data and call into it.

mod agreement_editor;
mod agreement_list;
mod app;
mod comparison;
mod field_input;
mod question_step;
mod result_screen;
mod review;
pub mod state;
mod status_banner;
mod welcome;

pub use app::App;

/// Mounts the app on the page body.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

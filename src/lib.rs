//! Mentoring or Coaching?: a browser-only app that recommends mentoring, coaching or a blend,
//! explains why, and drafts the matching agreement, keeping everything in local storage.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The few UI parts the page's static first screen is made of, built natively with `ssr` to render
/// that screen to HTML at build time (src/bin/render-welcome.rs). The same files as in the app.
#[cfg(all(feature = "ssr", not(target_arch = "wasm32")))]
#[path = "ui"]
pub mod ui {
    mod address;
    pub mod first_screen;
    mod question_form;
    mod site_footer;
    mod site_header;
    // The static copy uses only `t`; the rest serves the app.
    #[allow(dead_code)]
    mod text;
    mod welcome;
}

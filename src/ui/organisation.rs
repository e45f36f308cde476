//! Reads the organisation's settings: the page's loader started downloading `organisation.json` with the
//! app (see index.html), and the reader itself is fetched on demand, so neither grows the first download.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::organisation::Loaded;
use crate::ui::screens;
use crate::ui::state::AppState;

/// The settings in effect, behind a trait object: the code that reads and draws them lives in the
/// organisation chunk (ui/screens.rs), and the first download holds only these two calls.
pub trait Org: Send + Sync {
    fn loaded(&self) -> &Loaded;
    /// "`lead` …" and the contacts as links, drawn by the organisation chunk: a screen that shows when
    /// another download failed can still say who to ask.
    fn contacts(&self, lead: &'static str) -> AnyView;
}

/// The settings in effect, if `organisation.json` has been read (to use in the screens).
pub fn settings(state: AppState) -> Option<Arc<dyn Org>> {
    state.org.get()
}

/// The name of the promise index.html leaves on `window`: the file's text, or null without one.
pub const PENDING: &str = "organisationFile";

/// Waits for the file; if there is one, reads it and puts the settings in effect.
pub fn load(state: AppState) {
    leptos::task::spawn_local(async move {
        let Some(text) = file_text().await else {
            // No file: the built-in defaults, and no reader to download.
            return;
        };
        // Should the reader fail to download, the built-in defaults stay: nothing the person does needs it.
        when_app_on_page(move || {
            leptos::task::spawn_local(async move {
                let _ = screens::read_organisation(state, text).await;
            })
        });
    });
}

/// Runs `then` once the app has replaced the page's static copy (`ui::mount`): that copy's header has
/// a slot with the same id, and a name drawn into it would go when the copy does.
fn when_app_on_page(then: impl FnOnce() + 'static) {
    if document().get_element_by_id("boot").is_none() {
        then();
    } else {
        set_timeout(move || when_app_on_page(then), Duration::from_millis(16));
    }
}

/// The file's text, or `None` when there is none (no loader, a 404, a web page in its place).
pub async fn file_text() -> Option<String> {
    let pending = js_sys::Reflect::get(&window(), &JsValue::from_str(PENDING)).ok()?;
    let promise = pending.dyn_into::<js_sys::Promise>().ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}

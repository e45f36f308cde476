//! A polite banner for storage problems: what happened, that nothing was lost, and what to do.

use leptos::prelude::*;

use crate::core::document::encode;
use crate::storage::{self, LoadIssue};
use crate::ui::state::{AppState, SaveState};

/// Shows load problems and failed saves; empty when all is well.
#[component]
pub fn StatusBanner(state: AppState) -> impl IntoView {
    let load_message = move || state.issue.with(|i| i.as_ref().map(LoadIssue::message));
    let save_message = move || match state.save.get() {
        SaveState::Failed(e) => Some(e.message()),
        _ => None,
    };
    let quarantine = move || {
        state.issue.with(|i| match i {
            Some(LoadIssue::Quarantined { quarantine_key, .. }) => Some(quarantine_key.clone()),
            _ => None,
        })
    };
    let download_current = move |_| {
        let text = state.doc.with_untracked(encode);
        download("mentoring-or-coaching-backup.json", &text);
    };
    let download_original = move |_| {
        if let Some(raw) = quarantine().and_then(|k| storage::read_raw(&k)) {
            download("mentoring-or-coaching-damaged-original.txt", &raw);
        }
    };
    view! {
        <div class="banner-region" role="status">
            <Show when=move || load_message().is_some() || save_message().is_some()>
                <div class="banner">
                    <p>{load_message}</p>
                    <p>{save_message}</p>
                    <button class="secondary" on:click=download_current>"Download a copy of my work"</button>
                    <Show when=move || quarantine().is_some()>
                        <button class="secondary" on:click=download_original>"Download the damaged original"</button>
                    </Show>
                </div>
            </Show>
        </div>
    }
}

/// Offers `text` as a file download; failures are logged, never thrown.
pub fn download(name: &str, text: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        leptos::logging::warn!("could not prepare the download");
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

//! Importing a file: an agreement (a partner's copy or one's own) or a full backup. Checked before anything changes.

use leptos::prelude::*;

use crate::core::formats::exchange::{
    merge_agreement, merge_backup, parse_import, AgreementMerge, ImportError, Imported,
    MAX_IMPORT_BYTES,
};
use crate::core::route::Route;
use crate::ui::files::read_text;
use crate::ui::state::{navigate, AppState};

/// A labelled file picker; the outcome is announced below it.
#[component]
pub fn ImportFile(state: AppState) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Let the same file be chosen again later.
        input.set_value("");
        if file.size() > MAX_IMPORT_BYTES as f64 {
            let bytes = file.size() as usize;
            state
                .import_message
                .set(Some(ImportError::TooLarge { bytes }.message()));
            return;
        }
        leptos::task::spawn_local(async move {
            match read_text(&file).await {
                Some(text) => apply(state, &text),
                None => state.import_message.set(Some(
                    "That file couldn't be read. Nothing was changed.".into(),
                )),
            }
        });
    };
    view! {
        <div class="import">
            <label for="import-file">"Import a file: an agreement your partner sent, or a backup"</label>
            <input id="import-file" type="file" accept=".json,application/json" on:change=on_change />
            <p class="import-message" role="status">{move || state.import_message.get()}</p>
        </div>
    }
}

/// Checks the file, then adds what it holds. Nothing here overwrites existing work.
pub fn apply(state: AppState, text: &str) {
    let message = match parse_import(text) {
        Err(e) => e.message(),
        Ok(Imported::Backup(backup)) => state
            .doc
            .try_update(|d| merge_backup(d, backup))
            .map(|r| r.message())
            .unwrap_or_default(),
        Ok(Imported::Agreement(theirs)) => {
            let title = theirs.title.clone();
            match state.doc.try_update(|d| merge_agreement(d, theirs)) {
                Some(AgreementMerge::Added { id }) => {
                    navigate(&Route::Agreement(id));
                    format!("Added \u{201c}{title}\u{201d} to your agreements.")
                }
                Some(AgreementMerge::Identical { id }) => {
                    navigate(&Route::Agreement(id));
                    format!("\u{201c}{title}\u{201d} is exactly the same as your copy. Any signatures in it were added.")
                }
                Some(AgreementMerge::Differs { id, theirs }) => {
                    state.incoming.set(Some(*theirs));
                    navigate(&Route::Agreement(id));
                    "This is another copy of one of your agreements, and it differs from yours. Choose, part by part, which wording to keep.".to_string()
                }
                None => String::new(),
            }
        }
    };
    state.import_message.set(Some(message));
}

//! Importing a file: an agreement (a partner's copy or one's own) or a full backup. Checked before anything changes.

use std::cell::RefCell;

use leptos::prelude::*;

use crate::core::text::key;
use crate::ui::text::{say, say_all, t};

use crate::core::formats::exchange::{
    import_message, merge_agreement, merge_backup, parse_import, AgreementMerge, ImportError,
    Imported, MAX_IMPORT_BYTES,
};
use crate::core::route::Route;
use crate::ui::files::read_text;
use crate::ui::state::{navigate, AppState};

thread_local! {
    /// What an agreement import did (draft id, message), handed to that agreement's screen, which
    /// opens next: the message belongs where the person is, not on the list left behind.
    static FOR_AGREEMENT: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// The import's message for the agreement `id`, once: the agreement screen takes it as it opens.
pub fn take_message_for(id: &str) -> Option<String> {
    FOR_AGREEMENT.with(|m| {
        let mut m = m.borrow_mut();
        match m.as_ref() {
            Some((for_id, _)) if for_id == id => m.take().map(|(_, text)| text),
            _ => None,
        }
    })
}

/// A button-styled label for a visually hidden file input, so the control looks like the page's
/// other buttons, is reached with Tab and opened with Enter or Space. The outcome is announced below it.
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
                .set(Some(say_all(&ImportError::TooLarge { bytes }.message())));
            return;
        }
        leptos::task::spawn_local(async move {
            match read_text(&file).await {
                Some(text) => apply(state, &text),
                None => state
                    .import_message
                    .set(Some(t(key::IMPORT_UNREADABLE).into())),
            }
        });
    };
    view! {
        <div class="import">
            <p id="import-hint">{t(key::IMPORT_HINT)}</p>
            <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json"
                aria-describedby="import-hint" on:change=on_change />
            <label for="import-file" class="button secondary">{t(key::IMPORT_BUTTON)}</label>
            <p class="import-message" role="status">{move || state.import_message.get()}</p>
        </div>
    }
}

/// Checks the file, then adds what it holds. Nothing here overwrites existing work. An agreement
/// opens, with the message on its own screen; anything else is reported here.
pub fn apply(state: AppState, text: &str) {
    let message = match parse_import(text) {
        Err(e) => say_all(&e.message()),
        Ok(Imported::Backup(backup)) => state
            .doc
            .try_update(|d| merge_backup(d, backup))
            .map(|r| say(&r.message()))
            .unwrap_or_default(),
        Ok(Imported::Agreement(theirs)) => {
            let before = state.doc.with_untracked(|d| d.draft(&theirs.id).cloned());
            let Some(merge) = state.doc.try_update(|d| merge_agreement(d, theirs)) else {
                return;
            };
            let id = match &merge {
                AgreementMerge::Added { id }
                | AgreementMerge::Identical { id }
                | AgreementMerge::Differs { id, .. } => id.clone(),
            };
            let after = state.doc.with_untracked(|d| d.draft(&id).cloned());
            let Some(after) = after else { return };
            let text = say_all(&import_message(&merge, before.as_ref(), &after));
            if let AgreementMerge::Differs { theirs, .. } = merge {
                state.incoming.set(Some(*theirs));
            }
            FOR_AGREEMENT.with(|m| *m.borrow_mut() = Some((id.clone(), text)));
            state.import_message.set(None);
            navigate(&Route::Agreement(id));
            return;
        }
    };
    state.import_message.set(Some(message));
}

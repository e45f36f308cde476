//! The storage banner's messages: what happened, that nothing was lost, and what to do. Loaded only when needed.

use leptos::prelude::*;

use crate::core::text::key;
use crate::ui::text::{say, t};

use crate::core::formats::exchange::export_backup;
use crate::storage::{self, LoadIssue};
use crate::ui::files::download;
use crate::ui::org_programmes::OrgContacts;
use crate::ui::state::{now_ms, AppState, SaveState};

/// Downloads everything as a backup file and remembers when, for the backup reminder.
pub fn download_backup(state: AppState) {
    let text = state.doc.with_untracked(export_backup);
    download(
        "mentoring-or-coaching-backup.json",
        "application/json",
        &text,
    );
    state.doc.update(|d| d.last_backup = now_ms());
}

/// Load problems, failed saves and notes from other tabs, with their downloads.
#[component]
pub fn StatusDetails(state: AppState) -> impl IntoView {
    let load_message = move || state.issue.with(|i| i.as_ref().map(|i| say(&i.message())));
    let save_message = move || match state.save.get() {
        SaveState::Failed(e) => Some(say(&e.message())),
        _ => None,
    };
    let quarantine = move || {
        state.issue.with(|i| {
            i.as_ref()
                .and_then(LoadIssue::quarantine_key)
                .map(str::to_string)
        })
    };
    let download_current = move |_| {
        let text = state.doc.with_untracked(export_backup);
        download(
            "mentoring-or-coaching-backup.json",
            "application/json",
            &text,
        );
    };
    let download_original = move |_| {
        if let Some(raw) = quarantine().and_then(|k| storage::read_raw(&k)) {
            download(
                "mentoring-or-coaching-damaged-original.txt",
                "text/plain",
                &raw,
            );
        }
    };
    view! {
        <Show when=move || state.notes.with(|n| !n.is_empty())>
                <div class="banner">
                    {move || state.notes.get().into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
                    <button class="secondary" on:click=move |_| state.notes.set(Vec::new())>{t(key::STATUS_GOT_IT)}</button>
                </div>
            </Show>
            <Show when=move || load_message().is_some() || save_message().is_some()>
                <div class="banner">
                    <p>{load_message}</p>
                    <p>{save_message}</p>
                    <OrgContacts state=state lead=t(key::STATUS_ASK) contacts_only=true />
                    <button class="secondary" on:click=download_current>{t(key::STATUS_DOWNLOAD_WORK)}</button>
                    <Show when=move || quarantine().is_some()>
                        <button class="secondary" on:click=download_original>{t(key::STATUS_DOWNLOAD_ORIGINAL)}</button>
                    </Show>
                </div>
            </Show>
    }
}

//! The list of agreement drafts: open, duplicate, delete with undo, start new ones, back up and import.

use leptos::prelude::*;

use crate::core::agreement::AgreementKind;
use crate::core::drafts::{BackupReminder, Deleted};
use crate::core::route::Route;
use crate::ui::import_file::ImportFile;
use crate::ui::org_programmes::feature_on;
use crate::ui::state::{entropy, navigate, now_ms, AppState};
use crate::ui::status_details::download_backup;

/// All drafts, most recently edited first.
#[component]
pub fn AgreementList(state: AppState) -> impl IntoView {
    // The last deleted draft and where it was, so Undo puts it back exactly.
    let deleted: RwSignal<Option<Deleted>> = RwSignal::new(None);
    let create = move |kind: AgreementKind| {
        let id = state
            .doc
            .try_update(|d| d.add_draft(kind, entropy(), now_ms()));
        if let Some(id) = id {
            navigate(&Route::Agreement(id));
        }
    };
    let duplicate = move |id: String| {
        state.doc.update(|d| {
            d.duplicate_draft(&id, entropy(), now_ms());
        });
    };
    let delete = move |id: String| {
        let removed = state.doc.try_update(|d| d.delete_draft(&id));
        deleted.set(removed.flatten());
    };
    let undo = move |_| {
        if let Some(gone) = deleted.get_untracked() {
            state.doc.update(|d| d.undo_delete(gone, entropy()));
        }
        deleted.set(None);
    };
    let backup = move |_| download_backup(state);
    let reminder = move || state.doc.with(|d| d.backup_reminder(now_ms()));
    let rows = move || {
        state.doc.with(|d| {
            d.drafts_by_recent()
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="screen agreements" aria-labelledby="agreements-title">
            <h1 id="agreements-title" tabindex="-1">"Your agreements"</h1>
            <Show when=move || deleted.with(Option::is_some)>
                <p class="notice" role="status">
                    {move || deleted.with(|d| d.as_ref().map(|x| format!("Deleted \u{201c}{}\u{201d}. ", x.draft.title)))}
                    <button class="link" on:click=undo>"Undo"</button>
                </p>
            </Show>
            <Show
                when=move || state.doc.with(|d| !d.drafts.is_empty())
                fallback=|| view! { <p>"You haven't started an agreement yet. Take the questions for a suggestion, or start one below."</p> }
            >
                <ul class="draft-list">
                    {move || {
                        rows()
                            .into_iter()
                            .map(|d| {
                                let missing = d.missing().len();
                                let status = match missing {
                                    0 => d.status_words(&d.fingerprint()),
                                    n => format!("Draft: {n} required answers to go"),
                                };
                                let edited = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(d.updated as f64))
                                    .to_locale_date_string("en-GB", &wasm_bindgen::JsValue::UNDEFINED)
                                    .as_string()
                                    .unwrap_or_default();
                                let (dup_id, del_id) = (d.id.clone(), d.id.clone());
                                view! {
                                    <li>
                                        <a href=Route::Agreement(d.id.clone()).hash()>{d.title.clone()}</a>
                                        <span class="meta">{format!("{} · {status} · last edited {edited}", d.kind.title())}</span>
                                        <span class="row-actions">
                                            <button class="link" aria-label=format!("Duplicate {}", d.title) on:click=move |_| duplicate(dup_id.clone())>"Duplicate"</button>
                                            <button class="link" aria-label=format!("Delete {}", d.title) on:click=move |_| delete(del_id.clone())>"Delete"</button>
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <div class="actions">
                <button class="secondary" on:click=move |_| create(AgreementKind::Mentoring)>"New mentoring agreement"</button>
                <button class="secondary" on:click=move |_| create(AgreementKind::Coaching)>"New coaching agreement"</button>
            </div>
            <h2>"Backups and files"</h2>
            <p>"Your work lives only in this browser. Download a backup now and then, and keep it somewhere safe."</p>
            <Show when=move || reminder().is_some()>
                <p class="notice reminder">
                    {move || reminder().map(BackupReminder::message)}
                    "Some browsers, such as Safari, delete a site's data after 7 days without a visit, so a copy of your own is the safest place."
                </p>
            </Show>
            <div class="actions">
                <button class="secondary" on:click=backup>"Download a full backup"</button>
            </div>
            <Show when=move || feature_on(state, |f| f.partner_file)>
                <ImportFile state=state />
            </Show>
            <p class="next-hint">"Next: open an agreement to fill it in. Everything saves as you type."</p>
        </section>
    }
}

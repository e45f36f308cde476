//! The list of agreement drafts: open, duplicate, delete with undo, start new ones, back up and import.

use leptos::prelude::*;

use crate::core::agreement::AgreementKind;
use crate::core::drafts::Trash;
use crate::core::route::Route;
use crate::core::text::{key, Msg};
use crate::ui::import_file::ImportFile;
use crate::ui::lock_notice::focus_after_redraw;
use crate::ui::org_programmes::feature_on;
use crate::ui::state::{entropy, iso_date, local_date, navigate, now_ms, AppState};
use crate::ui::status_details::download_backup;
use crate::ui::text::{catalogue, count, say, t, written_here};

/// The id of the link to draft `id` in the list, for moving the keyboard back to it.
fn link_id(id: &str) -> String {
    format!("draft-{id}")
}

/// All drafts, most recently edited first.
#[component]
pub fn AgreementList(state: AppState) -> impl IntoView {
    // Every draft deleted on this page, so each can be put back exactly, in any order.
    let trash = RwSignal::new(Trash::default());
    // A message from an earlier visit (such as "Backup restored") is old news here.
    state.import_message.set(None);
    let create = move |kind: AgreementKind| {
        let id = state.doc.try_update(|d| {
            let id = d.add_draft(kind, entropy(), now_ms());
            if let Some(dr) = d.draft_mut(&id) {
                written_here(dr);
            }
            id
        });
        if let Some(id) = id {
            navigate(&Route::Agreement(id));
        }
    };
    let duplicate = move |id: String| {
        state.doc.update(|d| {
            d.duplicate_draft(&id, entropy(), now_ms(), catalogue());
        });
    };
    // The keyboard goes to the Undo message: the Delete button pressed is gone, and the next
    // row's Delete button must never be where a second Enter lands.
    let delete = move |id: String| {
        let mut gone = false;
        state
            .doc
            .update(|d| trash.update(|t| gone = t.delete(d, &id)));
        if gone {
            state.import_message.set(None);
            focus_after_redraw("#deleted-note");
        }
    };
    let undo = move |id: String| {
        let mut back = None;
        state
            .doc
            .update(|d| trash.update(|t| back = t.restore(d, &id, entropy())));
        if let Some(back) = back {
            focus_after_redraw(format!("#{}", link_id(&back)));
        }
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
            <h1 id="agreements-title" tabindex="-1">{t(key::LIST_TITLE)}</h1>
            <Show when=move || trash.with(|t| !t.deleted.is_empty())>
                <div id="deleted-note" class="notice" role="status" tabindex="-1">
                        {move || trash.with(|bin| bin.deleted.iter().map(|gone| {
                            let (title, id) = (gone.draft.title.clone(), gone.draft.id.clone());
                            view! {
                                <p>
                                    <span>{say(&Msg::new(key::LIST_DELETED).with("title", title.clone()))}" "</span>
                                    <button class="link" aria-label=say(&Msg::new(key::LIST_UNDO_LABEL).with("title", title)) on:click=move |_| undo(id.clone())>{t(key::LIST_UNDO)}</button>
                                </p>
                            }
                        }).collect_view())}
                </div>
            </Show>
            <Show
                when=move || state.doc.with(|d| !d.drafts.is_empty())
                fallback=|| view! { <p>{t(key::LIST_NONE)}</p> }
            >
                <ul class="draft-list">
                    {move || {
                        rows()
                            .into_iter()
                            .map(|d| {
                                let missing = d.to_do();
                                let status = match missing {
                                    0 => say(&d.status_words(&d.fingerprint())),
                                    n => count(key::LIST_DRAFT_TO_GO, n),
                                };
                                let edited = local_date(&iso_date(d.updated));
                                let (dup_id, del_id) = (d.id.clone(), d.id.clone());
                                view! {
                                    <li>
                                        <a id=link_id(&d.id) href=Route::Agreement(d.id.clone()).hash()>{d.title.clone()}</a>
                                        <span class="meta">{meta(&d, &status, &edited)}</span>
                                        <span class="row-actions">
                                            <button class="link" aria-label=say(&Msg::new(key::LIST_DUPLICATE_LABEL).with("title", d.title.clone())) on:click=move |_| duplicate(dup_id.clone())>{t(key::LIST_DUPLICATE)}</button>
                                            <button class="link" aria-label=say(&Msg::new(key::LIST_DELETE_LABEL).with("title", d.title.clone())) on:click=move |_| delete(del_id.clone())>{t(key::LIST_DELETE)}</button>
                                        </span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <div class="actions">
                <button class="secondary" on:click=move |_| create(AgreementKind::Mentoring)>{t(key::LIST_NEW_MENTORING)}</button>
                <button class="secondary" on:click=move |_| create(AgreementKind::Coaching)>{t(key::LIST_NEW_COACHING)}</button>
            </div>
            <h2>{t(key::LIST_BACKUPS)}</h2>
            <p>{t(key::LIST_BACKUPS_LEAD)}</p>
            <Show when=move || reminder().is_some()>
                <p class="notice reminder">
                    {move || reminder().map(|r| format!("{} ", t(r.message())))}
                    {t(key::LIST_SAFARI)}
                </p>
            </Show>
            <div class="actions">
                <button class="secondary" on:click=backup>{t(key::LIST_BACKUP)}</button>
            </div>
            <Show when=move || feature_on(state, |f| f.partner_file)>
                <ImportFile state=state />
            </Show>
            <p class="next-hint">{t(key::LIST_NEXT)}</p>
        </section>
    }
}

/// A row's details: the kind unless the title says it, the two people once named, the status and
/// when it was last edited, so agreements with the same title can be told apart.
fn meta(d: &crate::core::agreement::Draft, status: &str, edited: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let kind = t(d.kind.title());
    if d.title != kind && d.title != d.kind.title().english() {
        parts.push(kind.to_string());
    }
    parts.extend(d.people().as_ref().map(say));
    parts.push(status.to_string());
    parts.push(say(&Msg::new(key::LIST_EDITED).with("date", edited)));
    parts.join(" \u{b7} ")
}

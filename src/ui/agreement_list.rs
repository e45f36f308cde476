//! The list of agreement drafts: open, duplicate, delete with undo, start new ones, back up and import.

use leptos::prelude::*;

use crate::core::agreement::{AgreementKind, Draft};
use crate::core::route::Route;
use crate::ui::import_file::ImportFile;
use crate::ui::state::{entropy, navigate, now_ms, AppState};
use crate::ui::status_details::download_backup;

/// All drafts, most recently edited first.
#[component]
pub fn AgreementList(state: AppState) -> impl IntoView {
    // The last deleted draft and where it was, so Undo puts it back exactly.
    let deleted: RwSignal<Option<(usize, Draft)>> = RwSignal::new(None);
    let create = move |kind: AgreementKind| {
        let id = state.doc.with_untracked(|d| d.new_draft_id(entropy()));
        state
            .doc
            .update(|d| d.drafts.push(Draft::new(id.clone(), kind, now_ms())));
        navigate(&Route::Agreement(id));
    };
    let duplicate = move |id: String| {
        state.doc.update(|d| {
            if let Some(original) = d.draft(&id).cloned() {
                let now = now_ms();
                let copy = Draft {
                    id: d.new_draft_id(entropy()),
                    title: format!("Copy of {}", original.title),
                    signatures: Default::default(),
                    created: now,
                    updated: now,
                    ..original
                };
                d.drafts.push(copy);
            }
        });
    };
    let delete = move |id: String| {
        let removed = state.doc.try_update(|d| {
            let index = d.drafts.iter().position(|x| x.id == id)?;
            Some((index, d.drafts.remove(index)))
        });
        deleted.set(removed.flatten());
    };
    let undo = move |_| {
        if let Some((index, draft)) = deleted.get_untracked() {
            state.doc.update(|d| {
                let at = index.min(d.drafts.len());
                d.drafts.insert(at, draft);
            });
        }
        deleted.set(None);
    };
    let backup = move |_| download_backup(state);
    // Some browsers (Safari) delete a site's data after 7 days without a visit.
    let needs_backup = move || {
        state
            .doc
            .with(|d| !d.drafts.is_empty() && now_ms() - d.last_backup > 7 * 24 * 60 * 60 * 1000)
    };
    let rows = move || {
        let mut drafts = state.doc.with(|d| d.drafts.clone());
        drafts.sort_by_key(|d| std::cmp::Reverse(d.updated));
        drafts
    };
    view! {
        <section class="screen agreements" aria-labelledby="agreements-title">
            <h1 id="agreements-title" tabindex="-1">"Your agreements"</h1>
            <Show when=move || deleted.with(Option::is_some)>
                <p class="notice" role="status">
                    {move || deleted.with(|d| d.as_ref().map(|(_, x)| format!("Deleted \u{201c}{}\u{201d}. ", x.title)))}
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
                                    0 => d.status().words().to_string(),
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
            <Show when=needs_backup>
                <p class="notice reminder">
                    {move || if state.doc.with(|d| d.last_backup == 0) {
                        "You haven't downloaded a backup yet. "
                    } else {
                        "Your last backup is more than a week old. "
                    }}
                    "Some browsers, such as Safari, delete a site's data after 7 days without a visit, so a copy of your own is the safest place."
                </p>
            </Show>
            <div class="actions">
                <button class="secondary" on:click=backup>"Download a full backup"</button>
            </div>
            <ImportFile state=state />
            <p class="next-hint">"Next: open an agreement to fill it in. Everything saves as you type."</p>
        </section>
    }
}

//! Settling the differences between my copy of an agreement and my partner's, field by field.

use leptos::prelude::*;

use crate::core::agreement::Draft;
use crate::core::formats::exchange::{diff_in, settle_partner_copy};
use crate::core::text::{key, Catalogue, Msg};
use crate::ui::lock_notice::focus_after_redraw;
use crate::ui::state::{now_ms, AppState};
use crate::ui::text::{count, say, t};

/// Shown in the editor while a partner's differing copy of draft `id` waits for decisions. Once the
/// last difference is settled, `note` says so and what to do next.
#[component]
pub fn MergeView(
    state: AppState,
    id: String,
    note: RwSignal<Option<String>>,
    /// The agreement's own language: its labels and choices.
    texts: &'static Catalogue,
) -> impl IntoView {
    // Their copy as it arrived, to tell afterwards whether this copy now says just what theirs does.
    let their_fingerprint = state.incoming.with_untracked(|inc| {
        inc.as_ref()
            .filter(|t| t.id == id)
            .map(Draft::fingerprint)
            .unwrap_or_default()
    });
    let diffs = {
        let id = id.clone();
        Memo::new(move |_| {
            state.incoming.with(|inc| match inc {
                Some(theirs) if theirs.id == id => state
                    .doc
                    .with(|d| d.draft(&id).map(|mine| diff_in(mine, theirs, texts)))
                    .unwrap_or_default(),
                _ => Vec::new(),
            })
        })
    };
    // A signed copy is locked: taking their wording would quietly undo the signatures.
    let locked = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .doc
                .with(|d| d.draft(&id).is_some_and(|dr| dr.is_locked()))
        })
    };
    // Once every difference is settled, the incoming copy has done its job: its signatures of this
    // exact text are kept, and the person hears what happened and what to do next.
    let settle_id = id.clone();
    Effect::new(move |_| {
        if !diffs.with(Vec::is_empty) {
            return;
        }
        let Some(theirs) = state.incoming.get_untracked() else {
            return;
        };
        state.incoming.set(None);
        let Some(mut mine) = state.doc.with_untracked(|d| d.draft(&settle_id).cloned()) else {
            return;
        };
        if theirs.id != settle_id {
            return;
        }
        let message = settle_partner_copy(&mut mine, &theirs, &their_fingerprint);
        if state
            .doc
            .with_untracked(|d| d.draft(&settle_id) != Some(&mine))
        {
            state.doc.update(|d| {
                if let Some(dr) = d.draft_mut(&settle_id) {
                    dr.signatures = mine.signatures;
                }
            });
        }
        note.set(Some(crate::ui::text::say_all(&message)));
        // The buttons just pressed are gone with the comparison: the keyboard goes to the message.
        focus_after_redraw("#exchange-note");
    });
    // A Callback is Copy, so every button can hold it.
    // Either way one copy takes the other's field exactly, kept text and all, so the difference goes away.
    let choose = Callback::new(move |(field, take_theirs): (&'static str, bool)| {
        let Some(theirs) = state.incoming.get_untracked() else {
            return;
        };
        let at = diffs.with_untracked(|d| d.iter().position(|x| x.field == field));
        if take_theirs {
            if locked.get_untracked() {
                return;
            }
            state.doc.update(|d| {
                if let Some(mine) = d.draft_mut(&id) {
                    mine.take_field(&theirs, field, now_ms());
                }
            });
        } else if let Some(mine) = state.doc.with_untracked(|d| d.draft(&id).cloned()) {
            state.incoming.update(|inc| {
                if let Some(theirs) = inc {
                    theirs.take_field(&mine, field, now_ms());
                }
            });
        }
        // The list is drawn afresh without the settled difference: the keyboard goes on to the one
        // that took its place (or the last), not back to the top of the page. Once none is left, the
        // effect above moves it to the message.
        let left = diffs.with_untracked(Vec::len);
        if let (Some(at), true) = (at, left > 0) {
            focus_after_redraw(format!(
                ".diff-list li:nth-child({}) button",
                at.min(left - 1) + 1
            ));
        }
    });
    view! {
        <Show when=move || !diffs.with(Vec::is_empty)>
            <section class="merge" aria-labelledby="merge-title">
                <h2 id="merge-title">{t(key::MERGE_TITLE)}</h2>
                <p>
                    {move || say(&Msg::new(key::MERGE_LEAD).with("differ", count(key::MERGE_PARTS_DIFFER, diffs.with(Vec::len))))}
                </p>
                <Show when=move || locked.get()>
                    <p><strong>{t(key::MERGE_LOCKED)}</strong></p>
                </Show>
                <ul class="diff-list">
                    {move || {
                        diffs
                            .get()
                            .into_iter()
                            .map(|d| {
                                let field = d.field;
                                view! {
                                    <li>
                                        <h3>{texts.get(d.label)}</h3>
                                        <p><strong>{t(key::MERGE_YOURS)}" "</strong>{if d.mine.is_empty() { t(key::MERGE_EMPTY).to_string() } else { d.mine.clone() }}</p>
                                        <p><strong>{t(key::MERGE_THEIRS)}" "</strong>{if d.theirs.is_empty() { t(key::MERGE_EMPTY).to_string() } else { d.theirs.clone() }}</p>
                                        <button class="secondary" aria-label=say(&Msg::new(key::MERGE_KEEP_MINE_LABEL).with("field", texts.get(d.label))) on:click=move |_| choose.run((field, false))>{t(key::MERGE_KEEP_MINE)}</button>
                                        <button class="secondary" aria-label=say(&Msg::new(key::MERGE_TAKE_THEIRS_LABEL).with("field", texts.get(d.label))) disabled=move || locked.get() on:click=move |_| choose.run((field, true))>{t(key::MERGE_TAKE_THEIRS)}</button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

//! The organisation's own clauses in a draft, copied in when it was started; those both must accept have
//! a tick for each person.

use leptos::prelude::*;

use crate::core::agreement::{parties, Draft, Term};
use crate::core::formats::markdown::agrees;
use crate::core::text::{key, Catalogue, Msg};
use crate::ui::state::{now_ms, AppState};
use crate::ui::text::{count, say, t};

/// The clauses of draft `id`; nothing when the organisation added none.
#[component]
pub fn OrgTerms(
    state: AppState,
    id: String,
    draft: Memo<Option<Draft>>,
    locked: Memo<bool>,
    /// The agreement's own language.
    texts: &'static Catalogue,
) -> impl IntoView {
    // The clauses' words never change in a draft, so they are drawn once; only the ticks follow it.
    let (kind, terms) = draft.with_untracked(|d| {
        d.as_ref()
            .map(|d| (Some(d.kind), d.terms.clone()))
            .unwrap_or_default()
    });
    let kind = kind?;
    if terms.is_empty() {
        return None;
    }
    let id = StoredValue::new(id);
    let ticks = Memo::new(move |_| {
        draft.with(|d| {
            d.as_ref()
                .map(|d| d.terms.iter().map(|t| t.ticked.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let to_tick = Memo::new(move |_| draft.with(|d| d.as_ref().map_or(0, Draft::terms_to_tick)));
    let tick = move |index: usize, party: &'static str, on: bool| {
        if locked.get_untracked() {
            return;
        }
        state.doc.update(|d| {
            if let Some(dr) = d.draft_mut(&id.read_value()) {
                dr.tick_term(index, party, on, now_ms());
            }
        });
    };
    let any_ticks = terms.iter().any(|t| t.both_tick);
    let items = terms
        .into_iter()
        .enumerate()
        .map(|(index, Term { title, text, both_tick, .. })| {
            let boxes = both_tick.then(|| {
                parties(kind)
                    .into_iter()
                    .map(|(party, _, _)| {
                        let input_id = format!("term-{index}-{party}");
                        view! {
                            <div class="field tick">
                                <label for=input_id.clone()>{texts.get(agrees(party))}</label>
                                <input type="checkbox" id=input_id disabled=move || locked.get()
                                    prop:checked=move || ticks.with(|t| t.get(index).is_some_and(|t| t.contains(party)))
                                    on:change=move |ev| tick(index, party, event_target_checked(&ev)) />
                            </div>
                        }
                    })
                    .collect_view()
            });
            // The ticks are grouped under the clause's title, so each box is heard with what it accepts.
            match boxes {
                Some(boxes) => view! {
                    <fieldset class="term">
                        <legend><h3>{title}</h3></legend>
                        <p class="term-text">{text}</p>
                        {boxes}
                    </fieldset>
                }
                .into_any(),
                None => view! {
                    <div class="term">
                        <h3>{title}</h3>
                        <p class="term-text">{text}</p>
                    </div>
                }
                .into_any(),
            }
        })
        .collect_view();
    Some(view! {
        <section class="section terms" aria-labelledby="terms-title">
            <h2 id="terms-title">{texts.get(key::TERMS_TITLE)}</h2>
            {any_ticks.then(|| view! {
                <p class="section-status" class:complete=move || to_tick.get() == 0>
                    {move || match to_tick.get() {
                        0 => t(key::EDITOR_COMPLETE).to_string(),
                        n => say(&Msg::new(key::EDITOR_STILL_TO_DO).with("missing", count(key::MISSING_TICKS, n))),
                    }}
                </p>
            })}
            <p class="intro">{texts.get(key::TERMS_INTRO)}</p>
            {items}
        </section>
    })
}

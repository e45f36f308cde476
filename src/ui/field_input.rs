//! One agreement field: a labelled input of the right kind, bound to the draft in the document.

use leptos::prelude::*;

use crate::core::agreement::{Field, FieldKind};
use crate::core::values::Unfit;
use crate::ui::state::{now_ms, AppState};

/// Edits field `field` of draft `draft_id`; every change is written to the document at once.
#[component]
pub fn FieldInput(state: AppState, draft_id: String, field: &'static Field) -> impl IntoView {
    let input_id = format!("field-{}", field.id);
    let hint_id = format!("hint-{}", field.id);
    let value = {
        let draft_id = draft_id.clone();
        move || {
            state
                .doc
                .with(|d| d.draft(&draft_id).map(|dr| dr.text(field.id).to_string()))
                .unwrap_or_default()
        }
    };
    let prefilled = {
        let draft_id = draft_id.clone();
        move || {
            state.doc.with(|d| {
                d.draft(&draft_id)
                    .is_some_and(|dr| dr.prefilled.contains(field.id))
            })
        }
    };
    let visible = {
        let draft_id = draft_id.clone();
        move || {
            state
                .doc
                .with(|d| d.draft(&draft_id).is_some_and(|dr| dr.is_visible(field)))
        }
    };
    // A value that did not fit its field is kept as text; its note sits next to the field.
    let note_id = format!("note-{}", field.id);
    let note = {
        let draft_id = draft_id.clone();
        Memo::new(move |_| {
            state.doc.with(|d| {
                d.draft(&draft_id)
                    .and_then(|dr| dr.unfit.get(field.id).map(Unfit::note))
            })
        })
    };
    let set = move |text: String| {
        state.doc.update(|d| {
            if let Some(dr) = d.draft_mut(&draft_id) {
                dr.set(field.id, text, now_ms());
            }
        });
    };
    let described = Some(if field.hint.is_empty() {
        note_id.clone()
    } else {
        format!("{hint_id} {note_id}")
    });
    let required = field.required;

    let control = match field.kind {
        FieldKind::Text => view! {
            <input type="text" id=input_id.clone() aria-describedby=described.clone() required=required
                prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
        }
        .into_any(),
        FieldKind::Date => view! {
            <input type="date" id=input_id.clone() aria-describedby=described.clone() required=required
                prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
        }
        .into_any(),
        FieldKind::LongText => view! {
            <textarea id=input_id.clone() rows="3" aria-describedby=described.clone() required=required
                prop:value=value on:input=move |ev| set(event_target_value(&ev))></textarea>
        }
        .into_any(),
        FieldKind::Choice(options) => view! {
            <select id=input_id.clone() aria-describedby=described.clone() required=required
                prop:value=value on:change=move |ev| set(event_target_value(&ev))>
                <option value="">"Choose…"</option>
                {options.iter().map(|o| view! { <option value=o.id>{o.label}</option> }).collect_view()}
            </select>
        }
        .into_any(),
        FieldKind::Tick => view! {
            <input type="checkbox" id=input_id.clone() aria-describedby=described.clone() required=required
                prop:checked=move || value() == "yes"
                on:change=move |ev| set(if event_target_checked(&ev) { "yes".into() } else { String::new() }) />
        }
        .into_any(),
    };
    let is_tick = matches!(field.kind, FieldKind::Tick);

    view! {
        <div class="field" class:tick=is_tick hidden=move || !visible()>
            <label for=input_id>
                {field.label}
                {(!field.required && !is_tick).then_some(view! { <span class="optional">" (optional)"</span> })}
            </label>
            <Show when=prefilled>
                <span class="from-answers">"Filled in from your answers: change it freely"</span>
            </Show>
            {(!field.hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{field.hint}</p> })}
            {control}
            <p class="field-note" id=note_id hidden=move || note.with(Option::is_none)>{note}</p>
        </div>
    }
}

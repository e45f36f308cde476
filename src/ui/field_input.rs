//! One agreement field: a labelled input of the right kind, bound to the draft in the document.

use leptos::prelude::*;

use crate::core::agreement::{Draft, Field, FieldKind};
use crate::core::values::Unfit;
use crate::ui::state::{now_ms, AppState};

/// What one field shows.
#[derive(Clone, PartialEq)]
struct Shown {
    value: String,
    prefilled: bool,
    visible: bool,
    note: Option<String>,
}

/// Edits field `field` of draft `draft_id`; every change is written to the document at once.
/// What it shows comes from `draft` through small memos, so typing elsewhere redraws nothing here.
#[component]
pub fn FieldInput(
    state: AppState,
    draft_id: String,
    draft: Memo<Option<Draft>>,
    field: &'static Field,
    locked: Memo<bool>,
) -> impl IntoView {
    let input_id = format!("field-{}", field.id);
    let hint_id = format!("hint-{}", field.id);
    // One memo per field holds everything the field shows, so a keystroke elsewhere re-runs one
    // small comparison here and redraws nothing.
    let shown = Memo::new(move |_| {
        draft.with(|d| {
            d.as_ref().map(|d| Shown {
                value: d.text(field.id).to_string(),
                prefilled: d.prefilled.contains(field.id),
                visible: d.is_visible(field),
                note: d
                    .kept(field.id)
                    .as_ref()
                    .map(Unfit::note)
                    .or_else(|| d.problem(field.id)),
            })
        })
    });
    let value = move || shown.with(|s| s.as_ref().map(|s| s.value.clone()).unwrap_or_default());
    let prefilled = move || shown.with(|s| s.as_ref().is_some_and(|s| s.prefilled));
    let visible = move || shown.with(|s| s.as_ref().is_some_and(|s| s.visible));
    // A value that did not fit its field is kept as text; its note sits next to the field.
    let note_id = format!("note-{}", field.id);
    let note = move || shown.with(|s| s.as_ref().and_then(|s| s.note.clone()));
    let set = move |text: String| {
        // A locked agreement takes no edits, even from a control the browser let through.
        if locked.get_untracked() {
            return;
        }
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
            <input type="text" id=input_id.clone() aria-describedby=described.clone() required=required readonly=move || locked.get()
                prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
        }
        .into_any(),
        FieldKind::Date => view! {
            <input type="date" id=input_id.clone() aria-describedby=described.clone() required=required readonly=move || locked.get()
                prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
        }
        .into_any(),
        FieldKind::LongText => view! {
            <textarea id=input_id.clone() rows="3" aria-describedby=described.clone() required=required readonly=move || locked.get()
                prop:value=value on:input=move |ev| set(event_target_value(&ev))></textarea>
        }
        .into_any(),
        FieldKind::Choice(options) => view! {
            <select id=input_id.clone() aria-describedby=described.clone() required=required disabled=move || locked.get()
                prop:value=value on:change=move |ev| set(event_target_value(&ev))>
                <option value="">"Choose…"</option>
                {options.iter().map(|o| view! { <option value=o.id>{o.label}</option> }).collect_view()}
            </select>
        }
        .into_any(),
        FieldKind::Tick => view! {
            <input type="checkbox" id=input_id.clone() aria-describedby=described.clone() required=required disabled=move || locked.get()
                prop:checked=move || shown.with(|s| s.as_ref().is_some_and(|s| s.value == "yes"))
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
            <Show when=move || prefilled() && !locked.get()>
                <span class="from-answers">"Filled in from your answers: change it freely"</span>
            </Show>
            {(!field.hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{field.hint}</p> })}
            {control}
            <p class="field-note" id=note_id hidden=move || note().is_none()>{note}</p>
        </div>
    }
}

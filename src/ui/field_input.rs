//! One agreement field: a labelled input of the right kind, bound to the draft in the document.

use leptos::prelude::*;

use crate::core::agreement::{Field, FieldKind, WEEKDAY_NAMES};
use crate::core::text::{key, Catalogue};
use crate::core::values::{self, MAX_TEXT_CHARS};
use crate::ui::draft_fields::FieldSignals;
use crate::ui::state::{now_ms, AppState};
use crate::ui::text::numbers;

/// Edits field `field` of draft `draft_id`; every change is written to the document at once.
/// What it shows comes from its own signals (`DraftFields`), set only when the value they hold
/// changes, so typing elsewhere wakes nothing here.
#[component]
pub fn FieldInput(
    state: AppState,
    draft_id: String,
    shown: FieldSignals,
    field: &'static Field,
    locked: Memo<bool>,
    /// The agreement's own language: its labels, hints and choices.
    texts: &'static Catalogue,
) -> impl IntoView {
    let input_id = format!("field-{}", field.id);
    let hint_id = format!("hint-{}", field.id);
    let meta = shown.state;
    let prefilled = move || meta.with(|s| s.prefilled);
    let visible = move || meta.with(|s| s.visible);
    // A value that did not fit its field is kept as text; its note sits next to the field.
    let note_id = format!("note-{}", field.id);
    let note = move || meta.with(|s| s.note.as_ref().map(|m| texts.say(m, &numbers())));
    // A field whose note says something is wrong is marked so, for screen readers.
    let invalid = move || meta.with(|s| s.note.is_some()).then_some("true");
    // The text the box itself last sent, which it therefore shows: the value that then comes back
    // needs no look at the box (a copy of its text out of the page on every keystroke).
    let typed: StoredValue<Option<String>> = StoredValue::new(None);
    let set = move |text: String| {
        // A locked agreement takes no edits, even from a control the browser let through.
        if locked.get_untracked() {
            return;
        }
        typed.set_value(Some(text.clone()));
        state.doc.update(|d| {
            if let Some(dr) = d.draft_mut(&draft_id) {
                dr.set(field.id, text, now_ms());
            }
        });
    };
    let described = Some(if field.hint.is_none() {
        note_id.clone()
    } else {
        format!("{hint_id} {note_id}")
    });
    // Whether the field must be filled in can change: an open-ended agreement needs no end date.
    let required = move || meta.with(|s| s.required);

    // The box shows the stored value when it is drawn, and afterwards only when the value changes
    // from elsewhere (another tab, "Take theirs"). What the person types is never written back: a
    // date being typed reads as "" until it is whole, and writing "" back would wipe the keystroke.
    let initial = shown.text.get_untracked();
    let input = NodeRef::<leptos::html::Input>::new();
    let area = NodeRef::<leptos::html::Textarea>::new();
    let select = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        shown.text.with(|v| {
            // Taken, so a later change from elsewhere back to the same text still looks at the box.
            if typed.try_update_value(Option::take).flatten().as_deref() == Some(v.as_str()) {
                return;
            }
            let el: Option<wasm_bindgen::JsValue> = input
                .get_untracked()
                .map(Into::into)
                .or_else(|| area.get_untracked().map(Into::into))
                .or_else(|| select.get_untracked().map(Into::into));
            // Through the `value` property itself: one binding for all three kinds of control.
            let key = wasm_bindgen::JsValue::from_str("value");
            if let Some(el) = el {
                let shown = js_sys::Reflect::get(&el, &key)
                    .ok()
                    .and_then(|s| s.as_string());
                if shown.as_deref() != Some(v.as_str()) {
                    let _ = js_sys::Reflect::set(&el, &key, &wasm_bindgen::JsValue::from_str(v));
                }
            }
        })
    });
    // The browser stops typing and pasting at the limit; this says so, instead of cutting silently.
    let limit_id = format!("limit-{}", field.id);
    let at_limit = move || meta.with(|s| s.at_limit);
    let limited = matches!(field.kind, FieldKind::Text | FieldKind::LongText);
    let described = if limited {
        described.map(|d| format!("{d} {limit_id}"))
    } else {
        described
    };

    // One input for every kind typed into a box, and one select for every list: each `view!`
    // adds its own code, so fewer of them keep the agreement screen's download small.
    let input_type = match field.kind {
        FieldKind::Date => "date",
        FieldKind::Time => "time",
        FieldKind::Number { .. } => "number",
        _ => "text",
    };
    let (min, max) = match field.kind {
        FieldKind::Number { min, max } => (Some(min), Some(max)),
        _ => (None, None),
    };
    let options: Vec<(&'static str, &'static str)> = match field.kind {
        FieldKind::Choice(options) => options.iter().map(|o| (o.id, texts.get(o.label))).collect(),
        FieldKind::Weekday => values::WEEKDAYS
            .into_iter()
            .zip(WEEKDAY_NAMES.map(|k| texts.get(k)))
            .collect(),
        _ => Vec::new(),
    };
    let control = match field.kind {
        FieldKind::Text | FieldKind::Date | FieldKind::Time | FieldKind::Number { .. } => view! {
            <input type=input_type id=input_id.clone() aria-describedby=described.clone() aria-invalid=invalid required=required readonly=move || locked.get()
                maxlength=limited.then_some(MAX_TEXT_CHARS) min=min max=max inputmode=min.map(|_| "numeric")
                node_ref=input prop:value=initial on:input=move |ev| set(event_target_value(&ev)) />
        }
        .into_any(),
        FieldKind::LongText => view! {
            <textarea id=input_id.clone() rows="3" aria-describedby=described.clone() aria-invalid=invalid required=required readonly=move || locked.get()
                maxlength=MAX_TEXT_CHARS node_ref=area prop:value=initial on:input=move |ev| set(event_target_value(&ev))></textarea>
        }
        .into_any(),
        FieldKind::Choice(_) | FieldKind::Weekday => view! {
            <select id=input_id.clone() aria-describedby=described.clone() aria-invalid=invalid required=required disabled=move || locked.get()
                node_ref=select prop:value=initial on:change=move |ev| set(event_target_value(&ev))>
                <option value="">{texts.get(key::FIELD_CHOOSE)}</option>
                {options.into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
            </select>
        }
        .into_any(),
        FieldKind::Tick => view! {
            <input type="checkbox" id=input_id.clone() aria-describedby=described.clone() required=required disabled=move || locked.get()
                prop:checked=move || shown.text.with(|v| v == "yes")
                on:change=move |ev| set(if event_target_checked(&ev) { "yes".into() } else { String::new() }) />
        }
        .into_any(),
    };
    let is_tick = matches!(field.kind, FieldKind::Tick);

    // Each field is a form of its own. Chromium's autofill looks at the whole form of the control
    // typed into on every keystroke, and controls outside any form count as one form of the whole
    // page: some 60 controls in a coaching agreement, a quarter of a frame at 4x CPU slowdown.
    // Nothing is ever submitted: Enter in a box does nothing (and `novalidate` keeps the browser's
    // own "fill out this field" bubble away; the page says what is missing in its own words).
    view! {
        <form class="field" class:tick=is_tick hidden=move || !visible() novalidate on:submit=|ev| ev.prevent_default()>
            <label for=input_id>
                {texts.get(field.label)}
                <Show when=move || !required() && !is_tick>
                    <span class="optional">{texts.get(key::FIELD_OPTIONAL)}</span>
                </Show>
            </label>
            <Show when=move || prefilled() && !locked.get()>
                <span class="from-answers">{texts.get(key::FIELD_FROM_ANSWERS)}</span>
            </Show>
            {field.hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{texts.get(hint)}</p> })}
            {control}
            {limited.then(|| view! {
                <p class="field-note" id=limit_id role="status" hidden=move || !at_limit()>
                    {move || at_limit().then(|| texts.get(key::FIELD_LIMIT))}
                </p>
            })}
            <p class="field-note" id=note_id hidden=move || note().is_none()>{note}</p>
        </form>
    }
}

//! The notice on a signed agreement: it is locked, and changing it means signing again.

use leptos::prelude::*;

use crate::core::text::key;
use crate::ui::text::t;

use wasm_bindgen::JsCast;

use crate::ui::state::{now_ms, AppState};

/// Puts the keyboard on the first element matching `selector` once the page has redrawn, so a
/// person using the keyboard keeps their place on a long page.
pub fn focus_after_redraw(selector: impl AsRef<str> + 'static) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .query_selector(selector.as_ref())
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Shown while draft `id` is locked; "Change the agreement" asks first, in the page, and only
/// then takes the signatures away and unlocks the fields.
#[component]
pub fn LockNotice(state: AppState, id: String, locked: Memo<bool>) -> impl IntoView {
    let asking = RwSignal::new(false);
    let id = StoredValue::new(id);
    let unlock = move |_| {
        state.doc.update(|d| {
            if let Some(dr) = d.draft_mut(&id.read_value()) {
                dr.unlock(now_ms());
            }
        });
        asking.set(false);
        // The notice goes; the first part of the agreement is where changing it starts.
        focus_after_redraw(
            "main .editor-form input, main .editor-form textarea, main .editor-form select",
        );
    };
    let ask = move |_| {
        asking.set(true);
        // The keyboard lands on the choice that loses nothing; removing signatures is one Tab away.
        focus_after_redraw("#unlock-keep");
    };
    let keep = move |_| {
        asking.set(false);
        focus_after_redraw("#unlock-start");
    };
    view! {
        <Show when=move || locked.get()>
            <section class="lock-notice no-print" aria-labelledby="lock-title">
                <h2 id="lock-title">{t(key::LOCK_TITLE)}</h2>
                <p>{t(key::LOCK_LEAD)}</p>
                <Show
                    when=move || asking.get()
                    fallback=move || view! {
                        <button id="unlock-start" class="secondary" on:click=ask>{t(key::LOCK_CHANGE)}</button>
                    }
                >
                    <div class="confirm" role="group" aria-labelledby="unlock-question">
                        <p id="unlock-question"><strong>{t(key::LOCK_QUESTION)}</strong></p>
                        <button id="unlock-confirm" class="primary" on:click=unlock>{t(key::LOCK_CONFIRM)}</button>
                        <button id="unlock-keep" class="secondary" on:click=keep>{t(key::LOCK_KEEP)}</button>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

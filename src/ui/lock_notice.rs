//! The notice on a signed agreement: it is locked, and changing it means signing again.

use leptos::prelude::*;

use crate::ui::state::{now_ms, AppState};

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
    };
    view! {
        <Show when=move || locked.get()>
            <section class="lock-notice no-print" aria-labelledby="lock-title">
                <h2 id="lock-title">"This agreement is signed, so it is locked"</h2>
                <p>"You can read every part, but not change it. A signature covers this exact text."</p>
                <Show
                    when=move || asking.get()
                    fallback=move || view! {
                        <button class="secondary" on:click=move |_| asking.set(true)>"Change the agreement"</button>
                    }
                >
                    <div class="confirm" role="group" aria-labelledby="unlock-question">
                        <p id="unlock-question"><strong>"Changing it removes the signatures given so far: you will both have to sign again."</strong></p>
                        <button class="primary" on:click=unlock>"Remove the signatures and change it"</button>
                        <button class="secondary" on:click=move |_| asking.set(false)>"Keep it as signed"</button>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

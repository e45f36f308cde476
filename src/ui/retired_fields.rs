//! Text of parts an agreement no longer has, kept at the end of the draft until the person removes it.

use leptos::prelude::*;

use crate::core::agreement::Draft;
use crate::core::formats::markdown::{RETIRED_INTRO, RETIRED_TITLE};
use crate::ui::state::{now_ms, AppState};

/// The retired fields of draft `id`, each with a Remove button; nothing when there are none.
#[component]
pub fn RetiredFields(state: AppState, id: String, draft: Memo<Option<Draft>>) -> impl IntoView {
    let id = StoredValue::new(id);
    let retired = Memo::new(move |_| {
        draft
            .with(|d| d.as_ref().map(|d| d.retired.clone()))
            .unwrap_or_default()
    });
    let remove = move |field: String| {
        state.doc.update(|d| {
            if let Some(dr) = d.draft_mut(&id.read_value()) {
                dr.remove_retired(&field, now_ms());
            }
        })
    };
    view! {
        <Show when=move || retired.with(|r| !r.is_empty())>
            <section class="section retired" aria-labelledby="retired-title">
                <h2 id="retired-title">{RETIRED_TITLE}</h2>
                <p class="intro">{RETIRED_INTRO}</p>
                <ul class="retired-list">
                    {move || {
                        retired
                            .get()
                            .into_iter()
                            .map(|(field, text)| {
                                let label = format!("Remove {field}");
                                let which = field.clone();
                                view! {
                                    <li>
                                        <h3>{field}</h3>
                                        <p class="retired-text">{text}</p>
                                        <button class="secondary" aria-label=label on:click=move |_| remove(which.clone())>"Remove"</button>
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

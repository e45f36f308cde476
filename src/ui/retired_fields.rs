//! Text of parts an agreement no longer has, kept at the end of the draft until the person removes it.

use leptos::prelude::*;

use crate::core::agreement::Draft;
use crate::core::text::{key, Catalogue, Msg};
use crate::ui::state::{now_ms, AppState};
use crate::ui::text::{say, t};

/// The retired fields of draft `id`, each with a Remove button; nothing when there are none.
#[component]
pub fn RetiredFields(
    state: AppState,
    id: String,
    draft: Memo<Option<Draft>>,
    /// The agreement's own language.
    texts: &'static Catalogue,
) -> impl IntoView {
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
                <h2 id="retired-title">{texts.get(key::RETIRED_TITLE)}</h2>
                <p class="intro">{texts.get(key::RETIRED_INTRO)}</p>
                <ul class="retired-list">
                    {move || {
                        retired
                            .get()
                            .into_iter()
                            .map(|(field, text)| {
                                let label = say(&Msg::new(key::RETIRED_REMOVE_LABEL).with("field", field.clone()));
                                let which = field.clone();
                                view! {
                                    <li>
                                        <h3>{field}</h3>
                                        <p class="retired-text">{text}</p>
                                        <button class="secondary" aria-label=label on:click=move |_| remove(which.clone())>{t(key::RETIRED_REMOVE)}</button>
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

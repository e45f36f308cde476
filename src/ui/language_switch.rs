//! The language switch in the header: every language offered, each named in its own language.
//! Switching keeps the screen, the answers and any draft; only the words change.

use leptos::prelude::*;

use crate::core::text::{key, Msg};
use crate::storage;
use crate::ui::language::{self, built_in, name_in, own_name};
use crate::ui::state::AppState;
use crate::ui::text::{say, t};

/// The languages offered: the organisation's list, or the built-in ones.
pub fn offered(state: AppState) -> Vec<String> {
    state
        .org
        .with(|org| {
            org.as_ref()
                .map(|o| o.loaded().settings.languages.clone())
                .filter(|l| !l.is_empty())
        })
        .unwrap_or_else(built_in)
}

/// A select labelled "Language"; nothing when only one language is offered.
#[component]
pub fn LanguageSwitch(state: AppState) -> impl IntoView {
    let choose = move |ev: leptos::ev::Event| {
        let lang = event_target_value(&ev);
        leptos::task::spawn_local(async move { switch(state, lang).await });
    };
    move || {
        let langs = offered(state);
        (langs.len() > 1).then(|| {
            let current = state.lang.get();
            let failed = state.lang_failed.get();
            view! {
                <span class="lang-switch">
                    <label for="language">{t(key::LANGUAGE_LABEL)}</label>
                    <select id="language" on:change=choose>
                        {langs
                            .into_iter()
                            .map(|l| {
                                let selected = l == current;
                                let name = own_name(&l);
                                // The property too: after a failed switch the redrawn list must show the language in effect.
                                view! { <option value=l.clone() lang=l selected=selected prop:selected=selected>{name}</option> }
                            })
                            .collect_view()}
                    </select>
                </span>
                {failed.map(|f| view! { <p class="notice lang-failed" role="alert">{f}</p> })}
            }
            .into_any()
        })
    }
}

/// Puts `lang` in effect, remembers it and draws the app again in it; the switch keeps focus.
pub async fn switch(state: AppState, lang: String) {
    match language::use_language(&lang).await {
        Ok(()) => {
            let _ = storage::write_language(&lang);
            state.lang_failed.set(None);
            state.lang.set(lang);
        }
        Err(_) => {
            // Said in the language still in effect, so its names are that language's too.
            let reader = state.lang.get_untracked();
            let message = say(&Msg::new(key::LANGUAGE_FAILED)
                .with("language", name_in(&lang, &reader))
                .with("current", name_in(&reader, &reader)));
            // Redraws the switch, which shows the language still in effect.
            state.lang_failed.set(Some(message));
        }
    }
    // The switch was drawn again: the keyboard stays on it. A frame later than the redrawn
    // screen's own move to its heading, which would otherwise win.
    request_animation_frame(|| {
        request_animation_frame(|| {
            use leptos::wasm_bindgen::JsCast;
            if let Some(select) = document()
                .get_element_by_id("language")
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = select.focus();
            }
        })
    });
}

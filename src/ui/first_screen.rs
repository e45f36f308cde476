//! The page's static first screen, rendered to HTML at build time (`render-welcome`, `ssr` only):
//! the shell and the welcome screen as a new visitor sees them, from the same components the app
//! draws, plus the two lines only the static copy needs, and the first question, hidden, which the
//! page's own script shows when Start is pressed before the app has loaded (index.html). The app
//! replaces it whole (`ui::mount`), taking over what the person did on it.

use leptos::prelude::*;

use crate::core::document::{Document, STORAGE_KEY};
use crate::core::progress::progress;
use crate::core::questions::QUESTIONS;
use crate::core::route::{Route, Walk};
use crate::core::text::{key, raw_pairs, Catalogue, Msg, BUILT_IN, BUILT_IN_NAMES};
use crate::ui::question_form::{Actions, QuestionForm};
use crate::ui::site_footer::SiteFooter;
use crate::ui::site_header::SiteHeader;
use crate::ui::text::{say, t};
use crate::ui::welcome::Welcome;

/// What `index.html` shows before the app has downloaded. The loading line shows instead of the
/// welcome for a link to a later screen; the failure line only if the app cannot load (style/main.css).
#[component]
pub fn FirstScreen(texts: String) -> impl IntoView {
    let doc = Document::default();
    // Where a new visitor's Start leads: the first question, as the app's welcome says.
    let start = progress(&doc.assessment.answers, &doc.resume)
        .offer()
        .primary
        .1;
    let first = Walk::of(&start).and_then(|w| QUESTIONS.get(w.number - 1).map(|q| (w, q)));
    view! {
        <div id="boot" class="boot">
            <SiteHeader route=RwSignal::new(Route::Welcome)>
                // The switch works once the app is here; its still copy keeps the header's layout.
                <span class="lang-switch" aria-hidden="true">
                    <label for="language">{t(key::LANGUAGE_LABEL)}</label>
                    <select id="language" disabled=true>
                        {BUILT_IN_NAMES.iter().map(|name| view! { <option>{*name}</option> }).collect_view()}
                    </select>
                </span>
            </SiteHeader>
            <main id="main" tabindex="-1">
                <p class="loading boot-loading">{t(key::LOADING)}</p>
                <p class="boot-failed" role="alert">{t(key::BOOT_FAILED)}</p>
                <Welcome doc=RwSignal::new(doc) still=true />
                {first.map(|(walk, question)| view! {
                    <div
                        class="boot-question"
                        hidden
                        data-hash=start.hash()
                        data-title=say(&Msg::new(key::TITLE_PAGE).with("screen", say(&start.title())))
                        data-stored=STORAGE_KEY
                        // The copy is in English: a person who will get another language sees its
                        // "Loading…" in that language (index.html decides who, in the head).
                        data-texts=texts
                    >
                        <QuestionForm
                            walk=walk
                            question=question
                            chosen=Signal::stored(None)
                            error=Signal::stored(false)
                            changed=false
                            had_answer=false
                            actions=Actions::none()
                        />
                    </div>
                })}
            </main>
            <SiteFooter />
        </div>
    }
}

/// The copy's own few words in each other built-in language, as JSON (`{"de": {"loading": …}}`): the
/// page's script shows someone the app will greet in German "Wird geladen …" instead of the English
/// welcome, until the app draws in German.
fn other_languages() -> Result<String, String> {
    let mut texts = serde_json::Map::new();
    for lang in BUILT_IN.iter().filter(|l| **l != "en") {
        let path = format!("public/lang/{lang}.json");
        let file = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let json: serde_json::Value =
            serde_json::from_str(&file).map_err(|e| format!("{path}: {e}"))?;
        let pairs = raw_pairs(&json).ok_or(format!("{path}: not one object of texts"))?;
        let cat = Catalogue::read(lang, pairs);
        texts.insert(
            lang.to_string(),
            serde_json::json!({
                "name": cat.get(key::APP_NAME),
                "loading": cat.get(key::LOADING),
                "failed": cat.get(key::BOOT_FAILED),
            }),
        );
    }
    Ok(serde_json::Value::Object(texts).to_string())
}

/// The first screen as HTML, for the page's static copy; run from the repository's root, where the
/// language files are.
pub fn render() -> Result<String, String> {
    let texts = other_languages()?;
    let owner = Owner::new();
    Ok(owner.with(|| view! { <FirstScreen texts=texts /> }.to_html()))
}

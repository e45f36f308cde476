//! Which language the interface speaks: the person's choice if they made one, else the browser's
//! preferred language when it is offered; English is built in, any other is a file fetched from
//! `lang/<code>.json` beside the page the first time it is needed (the service worker keeps it).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::text::Catalogue;
use crate::storage;
use crate::ui::text;

pub use crate::core::text::BUILT_IN;

/// Why a language could not be put in effect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LanguageError {
    /// The file did not arrive (offline, not on the server).
    NotDownloaded,
    /// The file arrived but is not a language file.
    NotReadable,
}

/// The language to start in, from those offered (the first is the default).
pub fn preferred(offered: &[String]) -> String {
    let pick = |wanted: &str| -> Option<String> {
        let wanted = wanted.to_ascii_lowercase();
        offered
            .iter()
            .find(|o| o.to_ascii_lowercase() == wanted)
            .or_else(|| {
                let primary = wanted.split('-').next().unwrap_or(&wanted);
                offered.iter().find(|o| o.to_ascii_lowercase() == primary)
            })
            .cloned()
    };
    if let Some(chosen) = storage::read_language().and_then(|l| pick(&l)) {
        return chosen;
    }
    let navigator = web_sys::window().map(|w| w.navigator());
    let languages = navigator
        .as_ref()
        .and_then(|n| js_sys::Reflect::get(n, &"languages".into()).ok())
        .map(|v| js_sys::Array::from(&v))
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect::<Vec<_>>())
        .unwrap_or_default();
    languages
        .iter()
        .find_map(|l| pick(l))
        .or_else(|| offered.first().cloned())
        .unwrap_or_else(|| "en".into())
}

/// The language to start in, before the organisation's settings are known: the person's earlier
/// choice (it may be one only the organisation offers), else the browser's among the built-in ones.
pub fn start_language() -> String {
    match storage::read_language() {
        Some(lang) if crate::core::organisation::is_language_code(&lang) => lang,
        _ => preferred(&built_in()),
    }
}

/// The built-in languages as the offer when the organisation names none.
pub fn built_in() -> Vec<String> {
    BUILT_IN.iter().map(|l| l.to_string()).collect()
}

/// Puts `lang` in effect: English at once, another language once its file has been read (it is
/// read once a page). The page's `lang` follows.
pub async fn use_language(lang: &str) -> Result<(), LanguageError> {
    let cat = match text::loaded(lang) {
        Some(cat) => cat,
        None if lang == "en" => text::set(Catalogue::english()),
        None => text::set(fetch(lang).await?),
    };
    text::use_loaded(cat);
    mark_page(lang);
    Ok(())
}

/// Reads a language's texts without putting them in effect (an agreement's own language), once a page.
pub async fn ensure(lang: &str) -> Result<&'static Catalogue, LanguageError> {
    match text::loaded(lang) {
        Some(cat) => Ok(cat),
        None if lang == "en" => Ok(text::add(Catalogue::english())),
        None => Ok(text::add(fetch(lang).await?)),
    }
}

/// Sets `<html lang>`.
pub fn mark_page(lang: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", page_lang(lang));
    }
}

/// A language's code as a `lang` attribute: British English is the built-in text's.
pub fn page_lang(lang: &str) -> &str {
    if lang == "en" {
        "en-GB"
    } else {
        lang
    }
}

/// A language's name in that language ("Deutsch"), from the browser, so no file is needed for it.
pub fn own_name(lang: &str) -> String {
    name_in(lang, lang)
}

/// A language's name as a reader of `reader` says it ("German" for an English reader).
pub fn name_in(lang: &str, reader: &str) -> String {
    let locales = js_sys::Array::of1(&reader.into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"language".into());
    let names = js_sys::Intl::DisplayNames::new(&locales, &options);
    // As the language writes names ("Deutsch", "español"): the browser knows the convention.
    names
        .of(lang)
        .map(String::from)
        .unwrap_or_else(|| lang.into())
}

async fn fetch(lang: &str) -> Result<Catalogue, LanguageError> {
    let text = fetch_text(lang).await?;
    crate::ui::data::language(lang.to_string(), text)
        .await
        .map_err(|_| LanguageError::NotDownloaded)?
        .ok_or(LanguageError::NotReadable)
}

/// The text of `lang/<code>.json` beside the page, as it arrives (the organisation check reads it too).
pub async fn fetch_text(lang: &str) -> Result<String, LanguageError> {
    let window = web_sys::window().ok_or(LanguageError::NotDownloaded)?;
    let response = JsFuture::from(window.fetch_with_str(&format!("lang/{lang}.json")))
        .await
        .map_err(|_| LanguageError::NotDownloaded)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| LanguageError::NotDownloaded)?;
    if !response.ok() {
        return Err(LanguageError::NotDownloaded);
    }
    let body = response.text().map_err(|_| LanguageError::NotDownloaded)?;
    let body = JsFuture::from(body)
        .await
        .map_err(|_| LanguageError::NotDownloaded)?;
    body.as_string().ok_or(LanguageError::NotReadable)
}

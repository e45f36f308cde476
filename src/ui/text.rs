//! The interface's texts in the language in effect: `t` for a text, `say` for one with values in it.
//! Plurals and numbers follow the browser's `Intl` rules for that language.

use std::cell::{Cell, RefCell};

#[cfg(target_arch = "wasm32")]
use crate::core::text::Numbers;
use crate::core::text::{Catalogue, Key, Msg};

thread_local! {
    // Each language is read once a page and kept, so texts can be borrowed for the page's life.
    static CURRENT: Cell<Option<&'static Catalogue>> = const { Cell::new(None) };
    #[cfg(target_arch = "wasm32")]
    static INTL: RefCell<Option<(String, IntlNumbers)>> = const { RefCell::new(None) };
    static LOADED: RefCell<Vec<&'static Catalogue>> = const { RefCell::new(Vec::new()) };
}

/// The catalogue in effect: English until another language is put in effect.
pub fn catalogue() -> &'static Catalogue {
    CURRENT.with(|c| match c.get() {
        Some(cat) => cat,
        None => {
            let english: &'static Catalogue = Box::leak(Box::new(Catalogue::english()));
            c.set(Some(english));
            LOADED.with(|l| l.borrow_mut().push(english));
            english
        }
    })
}

/// The language in effect (`en`, `de`, …).
pub fn lang() -> &'static str {
    catalogue().lang.as_str()
}

/// A language read before, to switch back to without another download.
pub fn loaded(lang: &str) -> Option<&'static Catalogue> {
    catalogue();
    LOADED.with(|l| l.borrow().iter().copied().find(|c| c.lang == lang))
}

/// Keeps a language read from its file, to put in effect now or later.
pub fn add(catalogue: Catalogue) -> &'static Catalogue {
    match loaded(&catalogue.lang) {
        Some(cat) if catalogue.lang == "en" => cat,
        _ => {
            let cat: &'static Catalogue = Box::leak(Box::new(catalogue));
            LOADED.with(|l| {
                let mut l = l.borrow_mut();
                l.retain(|c| c.lang != cat.lang);
                l.push(cat);
            });
            cat
        }
    }
}

/// Puts a language in effect; `t` and `say` use it from now on.
pub fn set(catalogue: Catalogue) -> &'static Catalogue {
    let cat = add(catalogue);
    use_loaded(cat);
    cat
}

pub fn use_loaded(cat: &'static Catalogue) {
    CURRENT.with(|c| c.set(Some(cat)));
}

/// A text in the language in effect.
pub fn t(key: Key) -> &'static str {
    catalogue().get(key)
}

/// A text with its values (and plural form) in the language in effect.
pub fn say(msg: &Msg) -> String {
    let cat = catalogue();
    #[cfg(target_arch = "wasm32")]
    {
        INTL.with(|intl| {
            let mut intl = intl.borrow_mut();
            if intl.as_ref().is_none_or(|(l, _)| l != &cat.lang) {
                *intl = Some((cat.lang.clone(), IntlNumbers::new(&cat.lang)));
            }
            match intl.as_ref() {
                Some((_, numbers)) => cat.say(msg, numbers),
                None => cat.say(msg, &crate::core::text::PlainNumbers),
            }
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        cat.say(msg, &crate::core::text::PlainNumbers)
    }
}

/// The browser's number rules for the language in effect (the native stand-in outside a browser),
/// for text said in another catalogue, such as an agreement's own language.
pub fn numbers() -> impl crate::core::text::Numbers {
    #[cfg(target_arch = "wasm32")]
    {
        IntlNumbers::new(lang())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        crate::core::text::PlainNumbers
    }
}

/// Sentences one after another, in the language in effect.
pub fn say_all(msgs: &[Msg]) -> String {
    msgs.iter().map(say).collect::<Vec<_>>().join(" ")
}

/// `say` for a key with one number: "{count} questions".
pub fn count(key: Key, n: usize) -> String {
    say(&Msg::count(key, n))
}

/// The browser's plural rules and number style for a language.
#[cfg(target_arch = "wasm32")]
pub struct IntlNumbers {
    rules: js_sys::Intl::PluralRules,
    format: js_sys::Function,
}

#[cfg(target_arch = "wasm32")]
impl IntlNumbers {
    pub fn new(lang: &str) -> IntlNumbers {
        let locales = js_sys::Array::of1(&lang.into());
        let options = js_sys::Object::new();
        IntlNumbers {
            rules: js_sys::Intl::PluralRules::new(&locales, &options),
            format: js_sys::Intl::NumberFormat::new(&locales, &options).format(),
        }
    }
}

#[cfg(target_arch = "wasm32")]
impl Numbers for IntlNumbers {
    fn category(&self, n: u64) -> &'static str {
        match String::from(self.rules.select(n as f64)).as_str() {
            "zero" => "zero",
            "one" => "one",
            "two" => "two",
            "few" => "few",
            "many" => "many",
            _ => "other",
        }
    }
    fn number(&self, n: u64) -> String {
        self.format
            .call1(&wasm_bindgen::JsValue::NULL, &(n as f64).into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| n.to_string())
    }
}

/// Marks a new draft as written in the language in effect: its title in that language, and the
/// language recorded, so it keeps it whatever the screen later shows (`Draft::lang`).
pub fn written_here(draft: &mut crate::core::agreement::Draft) {
    let lang = lang();
    if lang != "en" {
        draft.lang = Some(lang.to_string());
        if draft.title == draft.kind.title().english() {
            draft.title = t(draft.kind.title()).to_string();
        }
    }
}

//! The message catalogue: every text a person reads has a stable key. English is compiled in (from
//! public/lang/en.json, by build.rs); another language is a file of the same keys read at run time.
//!
//! A text may hold placeholders (`{name}`), filled by `fill`; a text that depends on a number is an
//! object of plural forms (`one`, `other`, and whatever else the language's rules name), the form
//! picked by the caller from the browser's `Intl.PluralRules`.

use std::collections::BTreeSet;

include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

/// The languages this build ships a file for, English first. An organisation may offer others
/// (with a file of its own) or fewer (`languages` in organisation.json).
pub const BUILT_IN: &[&str] = &["en", "de"];

/// Each built-in language's name in that language, as the browser's `Intl.DisplayNames` says it,
/// for the page's static copy of the switch, drawn before any browser code runs.
pub const BUILT_IN_NAMES: &[&str] = &["English", "Deutsch"];

/// Where the person's choice of language is kept in local storage (by `storage`).
pub const LANGUAGE_KEY: &str = "mentoring-or-coaching/language";

/// One text of the catalogue: its index in `KEYS`, and its English text, which the constants in
/// `key` carry so that each text is stored beside the code that shows it.
///
/// Two numbers wide (its index and where its English is), so passing one costs no copying, and
/// each English text is stored with the code that uses it, not in one table every screen loads.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    pub index: u16,
    pub english: &'static Entry<'static>,
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.index == other.index
    }
}

impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Key) -> std::cmp::Ordering {
        self.index.cmp(&other.index)
    }
}

impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.index.hash(state)
    }
}

impl Key {
    /// The key of a text whose name is made from data (a question's id, a field's id).
    pub fn find(name: &str) -> Option<Key> {
        KEYS.binary_search(&name)
            .ok()
            .and_then(|i| ALL.get(i).copied())
    }

    /// The English text (tests, and for developers).
    pub fn english(self) -> &'static str {
        self.english.form("other")
    }

    pub fn name(self) -> &'static str {
        KEYS.get(self.index as usize).copied().unwrap_or("")
    }
}

/// A text, or its plural forms as (category, text) pairs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Entry<'a> {
    Text(&'a str),
    Plural(&'a [(&'a str, &'a str)]),
}

impl<'a> Entry<'a> {
    /// The text for a plural category, falling back to `other`, then to the first form.
    pub fn form(self, category: &str) -> &'a str {
        match self {
            Entry::Text(s) => s,
            Entry::Plural(forms) => forms
                .iter()
                .find(|(c, _)| *c == category)
                .or_else(|| forms.iter().find(|(c, _)| *c == "other"))
                .or(forms.first())
                .map(|(_, s)| *s)
                .unwrap_or(""),
        }
    }
}

/// The plural categories a language uses, from the CLDR rules `Intl.PluralRules` follows, for the
/// languages a file may be checked against natively. Unknown languages need `one` and `other`.
pub fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang.split('-').next().unwrap_or(lang) {
        "ja" | "zh" | "ko" | "vi" | "th" | "id" => &["other"],
        "fr" | "pt" => &["one", "many", "other"],
        "pl" | "ru" | "uk" | "cs" | "sk" => &["one", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

/// A language's texts: the English text for any key the language file leaves out.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    /// The language's code as the file is named (`de`), or `en`.
    pub lang: String,
    texts: Vec<Option<Entry<'static>>>,
}

/// What is wrong with a language file, for a translator to act on (`message` says it in words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextProblem {
    /// The file could not be fetched (not on the site, refused, offline).
    NotDownloaded,
    /// The file is not JSON at all: where the reader stopped, and its reason.
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    /// The file is not one JSON object of texts.
    NotAnObject,
    UnknownKey(String),
    MissingKey(String),
    /// A text that must be one string is something else, or plural forms are not all strings.
    WrongShape(String),
    /// The placeholders differ from English's (`{name}` missing, or one English does not have).
    Placeholders {
        key: String,
        expected: Vec<String>,
        found: Vec<String>,
    },
    /// Plural forms that the language's rules need are missing.
    PluralForms {
        key: String,
        missing: Vec<String>,
    },
}

impl TextProblem {
    /// What is wrong, as a text of the catalogue; keys and placeholders are quoted as written.
    pub fn message(&self) -> Msg {
        match self {
            TextProblem::NotDownloaded => key::ORGCHECK_LANG_NOT_DOWNLOADED.into(),
            TextProblem::NotJson {
                line,
                column,
                reason,
            } => Msg::new(key::ORGCHECK_LANG_NOT_JSON)
                .with("reason", reason.clone())
                .with_number("line", *line as u64)
                .with_number("column", *column as u64),
            TextProblem::NotAnObject => key::ORGCHECK_LANG_NOT_OBJECT.into(),
            TextProblem::UnknownKey(k) => {
                Msg::new(key::ORGCHECK_LANG_UNKNOWN_KEY).with("key", k.clone())
            }
            TextProblem::MissingKey(k) => {
                Msg::new(key::ORGCHECK_LANG_MISSING_KEY).with("key", k.clone())
            }
            TextProblem::WrongShape(k) => {
                Msg::new(key::ORGCHECK_LANG_WRONG_SHAPE).with("key", k.clone())
            }
            TextProblem::Placeholders {
                key,
                expected,
                found,
            } => Msg::new(key::ORGCHECK_LANG_PLACEHOLDERS)
                .with("key", key.clone())
                .with_msg("found", braced(found))
                .with_msg("expected", braced(expected)),
            TextProblem::PluralForms { key, missing } => {
                let forms: Vec<String> = missing.iter().map(|f| format!("\"{f}\"")).collect();
                Msg::count(key::ORGCHECK_LANG_PLURAL_FORMS, missing.len())
                    .with("key", key.clone())
                    .with("forms", forms.join(", "))
            }
        }
    }
}

/// Placeholders as written in a text ("the placeholders {name}, {count}"), or "no placeholders".
fn braced(items: &[String]) -> Msg {
    if items.is_empty() {
        return key::ORGCHECK_LANG_NO_PLACEHOLDERS.into();
    }
    let list: Vec<String> = items.iter().map(|i| format!("{{{i}}}")).collect();
    Msg::new(key::ORGCHECK_LANG_SOME_PLACEHOLDERS).with("list", list.join(", "))
}

/// serde_json's reason without its " at line X column Y" tail (the position is said apart). It is
/// the JSON reader's own wording, quoted as a code would be.
pub fn json_reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Every problem of a language file's text, as an administrator's check sees it: not JSON, not
/// one object of texts, or each key and text that differs from English's, those that keep a
/// translation from showing first.
pub fn check_file(lang: &str, text: &str) -> Vec<TextProblem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let json: serde_json::Value = match serde_json::from_str(text) {
        Ok(json) => json,
        Err(e) => {
            return vec![TextProblem::NotJson {
                line: e.line(),
                column: e.column(),
                reason: json_reason(&e),
            }]
        }
    };
    let Some(pairs) = raw_pairs(&json) else {
        return vec![TextProblem::NotAnObject];
    };
    // What keeps a translation from showing first; a plural form that falls back to "other" last.
    // Put in groups rather than sorted: a sort would bring its whole algorithm into the download.
    let mut groups: [Vec<TextProblem>; 4] = Default::default();
    for problem in Catalogue::from_pairs(lang, pairs).1 {
        let group = match problem {
            TextProblem::Placeholders { .. } | TextProblem::WrongShape(_) => 0,
            TextProblem::MissingKey(_) => 1,
            TextProblem::UnknownKey(_) => 2,
            _ => 3,
        };
        groups[group].push(problem);
    }
    groups.into_iter().flatten().collect()
}

/// A value of a language file as read: text, plural forms, or anything else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Raw {
    Text(String),
    Plural(Vec<(String, String)>),
    Other,
}

/// A language file's pairs as read from its JSON; `None` when it is not one object of texts.
pub fn raw_pairs(json: &serde_json::Value) -> Option<Vec<(String, Raw)>> {
    let pairs = json.as_object()?.iter().map(|(k, v)| {
        let raw = match v {
            serde_json::Value::String(s) => Raw::Text(s.clone()),
            serde_json::Value::Object(forms) => forms
                .iter()
                .map(|(c, s)| Some((c.clone(), s.as_str()?.to_string())))
                .collect::<Option<Vec<_>>>()
                .map_or(Raw::Other, Raw::Plural),
            _ => Raw::Other,
        };
        (k.clone(), raw)
    });
    Some(pairs.collect())
}

impl Catalogue {
    pub fn english() -> Catalogue {
        Catalogue {
            lang: "en".into(),
            texts: Vec::new(),
        }
    }

    /// A language from its file's pairs, as the app reads it: only the keys' names are needed, so
    /// reading a language does not bring every English text along. Unknown keys are skipped; a
    /// text in the wrong shape still shows (`Entry::form`). `from_pairs` is the full check.
    pub fn read(lang: &str, pairs: impl IntoIterator<Item = (String, Raw)>) -> Catalogue {
        let mut texts: Vec<Option<Entry<'static>>> = vec![None; COUNT];
        for (name, raw) in pairs {
            let Ok(i) = KEYS.binary_search(&name.as_str()) else {
                continue;
            };
            texts[i] = match raw {
                Raw::Text(s) => Some(Entry::Text(leak(s))),
                Raw::Plural(forms) => {
                    let forms: Vec<(&'static str, &'static str)> =
                        forms.into_iter().map(|(c, s)| (leak(c), leak(s))).collect();
                    Some(Entry::Plural(Box::leak(forms.into_boxed_slice())))
                }
                Raw::Other => None,
            };
        }
        Catalogue {
            lang: lang.to_string(),
            texts,
        }
    }

    /// A language from its file's pairs. Texts that do not fit (unknown key, other placeholders, a
    /// wrong shape) are left out, so English shows there; each one is a problem in the list.
    /// The strings are kept for the life of the page: a page loads each language once.
    pub fn from_pairs(
        lang: &str,
        pairs: impl IntoIterator<Item = (String, Raw)>,
    ) -> (Catalogue, Vec<TextProblem>) {
        let mut texts: Vec<Option<Entry<'static>>> = vec![None; COUNT];
        let mut problems = Vec::new();
        for (name, raw) in pairs {
            let Some(key) = Key::find(&name) else {
                problems.push(TextProblem::UnknownKey(name));
                continue;
            };
            let english = *key.english;
            let entry = match (english, raw) {
                (Entry::Text(_), Raw::Text(s)) => Entry::Text(leak(s)),
                (Entry::Plural(_), Raw::Plural(forms)) => {
                    let needed = plural_categories(lang);
                    let missing: Vec<String> = needed
                        .iter()
                        .filter(|c| !forms.iter().any(|(f, _)| f == *c))
                        .map(|c| c.to_string())
                        .collect();
                    if !missing.is_empty() {
                        problems.push(TextProblem::PluralForms {
                            key: name.clone(),
                            missing,
                        });
                    }
                    let forms: Vec<(&'static str, &'static str)> =
                        forms.into_iter().map(|(c, s)| (leak(c), leak(s))).collect();
                    Entry::Plural(Box::leak(forms.into_boxed_slice()))
                }
                _ => {
                    problems.push(TextProblem::WrongShape(name));
                    continue;
                }
            };
            let expected = entry_placeholders(english);
            let found = entry_placeholders(entry);
            if expected != found {
                problems.push(TextProblem::Placeholders {
                    key: name,
                    expected: expected.into_iter().collect(),
                    found: found.into_iter().collect(),
                });
                continue;
            }
            texts[key.index as usize] = Some(entry);
        }
        for (i, text) in texts.iter().enumerate() {
            if text.is_none() && !problems.iter().any(|p| p.is_about(KEYS[i])) {
                problems.push(TextProblem::MissingKey(KEYS[i].to_string()));
            }
        }
        (
            Catalogue {
                lang: lang.to_string(),
                texts,
            },
            problems,
        )
    }

    /// The entry for `key` in this language, or English's.
    pub fn entry(&self, key: Key) -> Entry<'_> {
        match self.texts.get(key.index as usize) {
            Some(Some(entry)) => *entry,
            _ => *key.english,
        }
    }

    pub fn get(&self, key: Key) -> &str {
        self.entry(key).form("other")
    }
}

impl TextProblem {
    fn is_about(&self, key: &str) -> bool {
        match self {
            TextProblem::WrongShape(k) => k == key,
            TextProblem::Placeholders { key: k, .. } => k == key,
            _ => false,
        }
    }
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// The names of the `{placeholders}` in a text.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = text;
    // `split_once` never cuts inside a character, so no slice can panic here.
    while let Some((_, after)) = rest.split_once('{') {
        let Some((name, tail)) = after.split_once('}') else {
            break;
        };
        names.insert(name.to_string());
        rest = tail;
    }
    names
}

fn entry_placeholders(entry: Entry) -> BTreeSet<String> {
    match entry {
        Entry::Text(s) => placeholders(s),
        // A form may leave out `{count}` ("one question" for 1): compare the union of all forms.
        // Added one by one: collecting would sort first, bringing a sort into the download.
        Entry::Plural(forms) => {
            let mut all = BTreeSet::new();
            for (_, s) in forms {
                all.extend(placeholders(s));
            }
            all
        }
    }
}

/// Puts each value in place of its `{name}`; a name without a value stays as written.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) => {
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            None => {
                out.push('{');
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A text to show, as the core hands it over: its key and the values for its placeholders. With
/// `count`, the plural form follows that number and `{count}` is it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub key: Key,
    pub count: Option<u64>,
    pub args: Vec<(&'static str, Arg)>,
}

/// A placeholder's value: text as it is, or another text of the catalogue in the same language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Key(Key),
    /// A whole message, said in the same language first ("{why} We've kept the original…").
    Msg(Box<Msg>),
    /// A number, written the language's way (as `{count}` is).
    Number(u64),
}

impl Msg {
    pub fn new(key: Key) -> Msg {
        Msg {
            key,
            count: None,
            args: Vec::new(),
        }
    }

    /// A text whose wording follows `count` (its plural form), with `{count}` in it.
    pub fn count(key: Key, count: usize) -> Msg {
        Msg {
            key,
            count: Some(count as u64),
            args: Vec::new(),
        }
    }

    /// Sentences in English, one after another (tests).
    pub fn english_all(msgs: &[Msg]) -> String {
        msgs.iter().map(Msg::english).collect::<Vec<_>>().join(" ")
    }

    /// The message in English (tests, and logs for developers).
    pub fn english(&self) -> String {
        Catalogue::english().say(self, &PlainNumbers)
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Msg {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// A placeholder filled with another message, said in the same language.
    pub fn with_msg(mut self, name: &'static str, value: Msg) -> Msg {
        self.args.push((name, Arg::Msg(Box::new(value))));
        self
    }

    /// A placeholder filled with a value that is either text or another text of the catalogue.
    pub fn with_arg(mut self, name: &'static str, value: Arg) -> Msg {
        self.args.push((name, value));
        self
    }

    /// A placeholder filled with a number, written the language's way ("2,000", "2.000").
    pub fn with_number(mut self, name: &'static str, value: u64) -> Msg {
        self.args.push((name, Arg::Number(value)));
        self
    }

    /// A placeholder filled with another text of the catalogue ("{strength}" → "a clear match").
    pub fn with_key(mut self, name: &'static str, value: Key) -> Msg {
        self.args.push((name, Arg::Key(value)));
        self
    }
}

impl From<Key> for Msg {
    fn from(key: Key) -> Msg {
        Msg::new(key)
    }
}

/// How a language turns numbers into words: the plural category (`one`, `other`, …) and the
/// number as written. The browser's `Intl` gives both; `English` is the native stand-in.
pub trait Numbers {
    fn category(&self, n: u64) -> &'static str;
    fn number(&self, n: u64) -> String;
}

/// English's rules (and German's, for whole numbers): 1 is `one`, every other number `other`.
pub struct PlainNumbers;

impl Numbers for PlainNumbers {
    fn category(&self, n: u64) -> &'static str {
        if n == 1 {
            "one"
        } else {
            "other"
        }
    }
    fn number(&self, n: u64) -> String {
        n.to_string()
    }
}

impl Catalogue {
    /// The message in this language: its plural form, with its placeholders filled.
    pub fn say(&self, msg: &Msg, numbers: &dyn Numbers) -> String {
        let entry = self.entry(msg.key);
        let count = msg.count.map(|n| numbers.number(n));
        let mut args: Vec<(&str, &str)> = Vec::with_capacity(msg.args.len() + 1);
        if let Some(count) = &count {
            args.push(("count", count.as_str()));
        }
        // Whole messages inside this one are said first, in the same language, and numbers written.
        let said: Vec<Option<String>> = msg
            .args
            .iter()
            .map(|(_, v)| match v {
                Arg::Msg(m) => Some(self.say(m, numbers)),
                Arg::Number(n) => Some(numbers.number(*n)),
                _ => None,
            })
            .collect();
        for ((name, value), said) in msg.args.iter().zip(&said) {
            let value = match (value, said) {
                (_, Some(said)) => said.as_str(),
                (Arg::Text(text), None) => text.as_str(),
                (Arg::Key(key), None) => self.get(*key),
                _ => "",
            };
            args.push((name, value));
        }
        let text = match msg.count {
            Some(n) => entry.form(numbers.category(n)),
            None => entry.form("other"),
        };
        if args.is_empty() {
            text.to_string()
        } else {
            fill(text, &args)
        }
    }
}

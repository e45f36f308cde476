//! An organisation's own settings (`organisation.json`, version 1), read field by field so one mistake drops
//! only that setting: the types, the rules every value must keep, and the problems an administrator sees.
//!
//! The file is optional. A missing file (or a web page served in its place) means the built-in defaults,
//! silently. Broken JSON means all defaults plus a problem with its line and column. A value of the wrong
//! type, an unsafe link, a logo on another site, a pale accent colour or text over its limit drops only
//! that setting, with a problem naming its JSON path. Unknown keys are warnings with a "did you mean".

use crate::core::text::{json_reason, key, Key, Msg};
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::core::agreement::AgreementKind;
use crate::core::values;

/// The largest file read; anything bigger is refused whole.
pub const MAX_BYTES: usize = 64 * 1024;
/// The settings version this app reads.
pub const VERSION: u64 = 1;
/// At most this many contacts and clauses per agreement kind.
pub const MAX_CONTACTS: usize = 5;
pub const MAX_CLAUSES: usize = 10;

/// Length limits, in characters, so a setting cannot swamp a screen.
pub const NAME_CHARS: usize = 80;
pub const LABEL_CHARS: usize = 60;
pub const DESCRIPTION_CHARS: usize = 600;
pub const CLAUSE_TITLE_CHARS: usize = 120;
pub const CLAUSE_TEXT_CHARS: usize = 2000;
pub const URL_CHARS: usize = 2000;
pub const DEFAULT_VALUE_CHARS: usize = 2000;

/// How often a programme's people usually meet: the setting's value, and how often in words.
pub const FREQUENCIES: [(&str, Key); 5] = [
    ("weekly", key::PROGRAMME_OFTEN_WEEKLY),
    ("every-2-weeks", key::PROGRAMME_OFTEN_EVERY_2_WEEKS),
    ("every-3-weeks", key::PROGRAMME_OFTEN_EVERY_3_WEEKS),
    ("monthly", key::PROGRAMME_OFTEN_MONTHLY),
    ("every-2-months", key::PROGRAMME_OFTEN_EVERY_2_MONTHS),
];

/// The settings in effect: what the file said where it could be used, the built-in defaults elsewhere.
/// Serialised with the file's own key names, so the check page can show every effective value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Settings {
    pub version: u64,
    pub organisation: Identity,
    pub contacts: Vec<Contact>,
    pub privacy_notice: Option<String>,
    pub programmes: Programmes,
    pub agreement_defaults: PerKind<BTreeMap<String, String>>,
    pub clauses: PerKind<Vec<Clause>>,
    pub features: Features,
    /// The interface languages offered, as language codes (`en`, `de`); empty means the built-in ones.
    pub languages: Vec<String>,
    /// The language for a person whose browser prefers none of those offered.
    pub default_language: Option<String>,
}

/// Whether `code` looks like a language code (`de`, `pt-BR`): it names a file, so nothing else may pass.
pub fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            version: VERSION,
            organisation: Identity::default(),
            contacts: Vec::new(),
            privacy_notice: None,
            programmes: Programmes::default(),
            agreement_defaults: PerKind::default(),
            clauses: PerKind::default(),
            features: Features::default(),
            languages: Vec::new(),
            default_language: None,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Identity {
    pub name: Option<String>,
    pub team: Option<String>,
    pub logo: Option<Logo>,
    /// `#rrggbb`, dark enough for white text (4.5:1).
    pub accent: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Logo {
    /// A path on this site, relative to the page or from its root.
    pub src: String,
    pub alt: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contact {
    pub label: String,
    pub email: Option<String>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Programmes {
    pub mentoring: Programme,
    pub coaching: Programme,
}

impl Programmes {
    pub fn get(&self, kind: AgreementKind) -> &Programme {
        match kind {
            AgreementKind::Mentoring => &self.mentoring,
            AgreementKind::Coaching => &self.coaching,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Programme {
    pub name: Option<String>,
    pub description: Option<String>,
    /// Where to enrol (mentoring) or book (coaching).
    pub link: Option<Link>,
    pub length_months: Option<u64>,
    /// One of `FREQUENCIES`' ids.
    pub meeting_frequency: Option<String>,
    pub meeting_minutes: Option<u64>,
    pub sessions: Option<u64>,
    pub review_every_months: Option<u64>,
    /// Whether a three-way meeting with a sponsor or manager is expected.
    pub sponsor_meeting: Option<bool>,
}

impl Programme {
    /// The programme's practicalities in one sentence, or `None` if none are set.
    pub fn practicalities(&self) -> Option<Msg> {
        let mut parts: Vec<Msg> = Vec::new();
        if let Some(n) = self.length_months {
            parts.push(Msg::count(key::PROGRAMME_LASTS, n as usize));
        }
        if let Some(n) = self.sessions {
            parts.push(Msg::count(key::PROGRAMME_SESSIONS, n as usize));
        }
        let how_often = self
            .meeting_frequency
            .as_deref()
            .and_then(|f| FREQUENCIES.iter().find(|(id, _)| *id == f))
            .map(|(_, often)| *often);
        match (how_often, self.meeting_minutes) {
            (Some(often), Some(m)) => parts.push(
                Msg::new(key::PROGRAMME_MEETS_FOR)
                    .with_key("often", often)
                    .with("minutes", m.to_string()),
            ),
            (Some(often), None) => {
                parts.push(Msg::new(key::PROGRAMME_MEETS).with_key("often", often))
            }
            (None, Some(m)) => {
                parts.push(Msg::new(key::PROGRAMME_MINUTES).with("minutes", m.to_string()))
            }
            (None, None) => {}
        }
        if let Some(n) = self.review_every_months {
            parts.push(Msg::count(key::PROGRAMME_REVIEWS, n as usize));
        }
        match self.sponsor_meeting {
            Some(true) => parts.push(key::PROGRAMME_THREE_WAY.into()),
            Some(false) => parts.push(key::PROGRAMME_NO_THREE_WAY.into()),
            None => {}
        }
        let list = match parts.len() {
            0 => return None,
            1 => parts.pop()?,
            n => {
                let mut list = Msg::new(AND[n.min(AND.len() + 1) - 2]);
                for (name, part) in ["a", "b", "c", "d", "e", "f"].into_iter().zip(parts) {
                    list = list.with_msg(name, part);
                }
                list
            }
        };
        Some(Msg::new(key::PROGRAMME_SENTENCE).with_msg("parts", list))
    }
}

/// "{a} and {b}" up to six parts, in the language's own way of joining them.
const AND: [Key; 5] = [
    key::LIST_AND_2,
    key::LIST_AND_3,
    key::LIST_AND_4,
    key::LIST_AND_5,
    key::LIST_AND_6,
];

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    pub label: String,
    pub url: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PerKind<T> {
    pub mentoring: T,
    pub coaching: T,
}

impl<T> PerKind<T> {
    pub fn get(&self, kind: AgreementKind) -> &T {
        match kind {
            AgreementKind::Mentoring => &self.mentoring,
            AgreementKind::Coaching => &self.coaching,
        }
    }
}

/// An extra clause for every new agreement of one kind.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Clause {
    pub title: String,
    pub text: String,
    /// Whether both people must tick it before the agreement is complete.
    pub both_tick: bool,
}

/// The optional parts of the app; all on unless the organisation turns them off.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Features {
    pub calendar_export: bool,
    pub partner_file: bool,
    pub sign_off: bool,
}

impl Default for Features {
    fn default() -> Features {
        Features {
            calendar_export: true,
            partner_file: true,
            sign_off: true,
        }
    }
}

/// The keys a file may have at its top, in the order the example file lays them out.
const TOP_KEYS: [&str; 11] = [
    "$schema",
    "version",
    "organisation",
    "contacts",
    "privacy_notice",
    "programmes",
    "agreement_defaults",
    "clauses",
    "features",
    "languages",
    "default_language",
];

/// The settings among them (the schema's address and the format version are not), in that order.
pub const SETTINGS: &[&str] = TOP_KEYS.split_at(2).1;

/// Whether a problem dropped a setting or only points at something odd.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The setting was not used; its default is in effect.
    Error,
    /// Nothing was dropped (an unknown key, a missing version line).
    Warning,
}

/// One thing wrong with the file, for the administrator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Where in the file, as a JSON path: `$.programmes.mentoring.link.url`.
    pub path: String,
    /// Line and column (1-based) where the JSON could not be read.
    pub at: Option<(usize, usize)>,
    /// What is wrong and what the app does instead.
    pub message: Msg,
    /// A likely fix said after it: the key that was probably meant, or the keys allowed here.
    pub hint: Option<Msg>,
}

/// Where the settings came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// No file (or a web page answered in its place): the built-in defaults, silently.
    None,
    /// A file was read, perhaps with problems.
    File,
}

/// The outcome of reading the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub source: Source,
    pub settings: Settings,
    pub problems: Vec<Problem>,
}

impl Default for Loaded {
    fn default() -> Loaded {
        Loaded {
            source: Source::None,
            settings: Settings::default(),
            problems: Vec::new(),
        }
    }
}

impl Loaded {
    /// Whether some setting was dropped, so the employee is told (calmly, once).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// Reads the file's text (`None` when there is none). Never fails: every problem becomes a default.
pub fn read(text: Option<&str>) -> Loaded {
    let Some(text) = text else {
        return Loaded::default();
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    // A server's "not found" page, or the app's own index.html, served under the file's name.
    if trimmed.is_empty() || trimmed.starts_with('<') {
        return Loaded::default();
    }
    let mut loaded = Loaded {
        source: Source::File,
        ..Loaded::default()
    };
    if text.len() > MAX_BYTES {
        loaded.problems.push(error(
            "$",
            Msg::new(key::ORGCHECK_TOO_BIG).with_number("size", text.len().div_ceil(1024) as u64),
        ));
        return loaded;
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            loaded.problems.push(Problem {
                severity: Severity::Error,
                path: "$".into(),
                at: Some((e.line(), e.column())),
                message: Msg::new(key::ORGCHECK_NOT_JSON)
                    .with("reason", json_reason(&e))
                    .with_number("line", e.line() as u64)
                    .with_number("column", e.column() as u64),
                hint: None,
            });
            return loaded;
        }
    };
    let mut walk = Walk {
        problems: Vec::new(),
    };
    loaded.settings = walk.settings(&value);
    loaded.problems = walk.problems;
    loaded
}

fn error(path: &str, message: Msg) -> Problem {
    Problem {
        severity: Severity::Error,
        path: path.into(),
        at: None,
        message,
        hint: None,
    }
}

/// Collects problems while reading one value at a time.
struct Walk {
    problems: Vec<Problem>,
}

impl Walk {
    fn error(&mut self, path: &str, message: impl Into<Msg>) {
        self.problems.push(error(path, message.into()));
    }

    /// An error with a likely fix after it ("Did you mean …?").
    fn error_hint(&mut self, path: &str, message: Msg, hint: Option<Msg>) {
        self.problems.push(Problem {
            hint,
            ..error(path, message)
        });
    }

    fn warn(&mut self, path: &str, message: impl Into<Msg>, hint: Option<Msg>) {
        self.problems.push(Problem {
            severity: Severity::Warning,
            path: path.into(),
            at: None,
            message: message.into(),
            hint,
        });
    }

    /// An object, with a warning for every key not in `known`; `None` (and an error) otherwise.
    fn object<'v>(
        &mut self,
        value: &'v Value,
        path: &str,
        known: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.error(
                path,
                Msg::new(key::ORGCHECK_NOT_GROUP)
                    .with("example", CURLY)
                    .with_msg("value", describe(value)),
            );
            return None;
        };
        for name in map.keys() {
            if !known.contains(&name.as_str()) {
                let hint = match closest(name, known) {
                    Some(k) => did_you_mean(k),
                    None => Msg::new(key::ORGCHECK_KNOWN_KEYS).with("keys", known.join(", ")),
                };
                self.warn(
                    &join(path, name),
                    Msg::new(key::ORGCHECK_UNKNOWN_KEY).with("key", name.clone()),
                    Some(hint),
                );
            }
        }
        Some(map)
    }

    /// Text of at most `limit` characters; empty text counts as not set.
    fn text(
        &mut self,
        map: &Map<String, Value>,
        parent: &str,
        key: &str,
        limit: usize,
    ) -> Option<String> {
        let value = map.get(key)?;
        let path = join(parent, key);
        self.text_value(value, &path, limit)
    }

    fn text_value(&mut self, value: &Value, path: &str, limit: usize) -> Option<String> {
        if value.is_null() {
            return None;
        }
        let Some(text) = value.as_str() else {
            self.error(
                path,
                Msg::new(key::ORGCHECK_NOT_TEXT).with_msg("value", describe(value)),
            );
            return None;
        };
        let text = text.trim();
        let count = text.chars().count();
        if count > limit {
            self.error(
                path,
                Msg::new(key::ORGCHECK_TOO_LONG)
                    .with_number("length", count as u64)
                    .with_number("limit", limit as u64),
            );
            return None;
        }
        if text.chars().any(|c| c.is_control() && c != '\n') {
            self.error(path, key::ORGCHECK_CONTROL_CHARACTERS);
            return None;
        }
        (!text.is_empty()).then(|| text.to_string())
    }

    /// A link: `https://…` or a path on this site.
    fn url(&mut self, map: &Map<String, Value>, parent: &str, key: &str) -> Option<String> {
        let path = join(parent, key);
        let url = self.text(map, parent, key, URL_CHARS)?;
        match link_problem(&url) {
            None => Some(url),
            Some(why) => {
                self.error(
                    &path,
                    Msg::new(key::ORGCHECK_LINK_NOT_USED).with_key("why", why),
                );
                None
            }
        }
    }

    fn whole(
        &mut self,
        map: &Map<String, Value>,
        parent: &str,
        key: &str,
        range: (u64, u64),
    ) -> Option<u64> {
        let value = map.get(key)?;
        if value.is_null() {
            return None;
        }
        let path = join(parent, key);
        match value.as_u64() {
            Some(n) if (range.0..=range.1).contains(&n) => Some(n),
            Some(n) => {
                self.error(
                    &path,
                    Msg::new(key::ORGCHECK_OUT_OF_RANGE)
                        .with_number("value", n)
                        .with_number("min", range.0)
                        .with_number("max", range.1),
                );
                None
            }
            None => {
                self.error(
                    &path,
                    Msg::new(key::ORGCHECK_NOT_WHOLE)
                        .with_number("min", range.0)
                        .with_number("max", range.1)
                        .with_msg("value", describe(value)),
                );
                None
            }
        }
    }

    fn flag(&mut self, map: &Map<String, Value>, parent: &str, key: &str) -> Option<bool> {
        let value = map.get(key)?;
        if value.is_null() {
            return None;
        }
        match value.as_bool() {
            Some(b) => Some(b),
            None => {
                self.error(
                    &join(parent, key),
                    Msg::new(key::ORGCHECK_NOT_FLAG).with_msg("value", describe(value)),
                );
                None
            }
        }
    }

    fn settings(&mut self, value: &Value) -> Settings {
        let mut settings = Settings::default();
        let Some(map) = self.object(value, "$", &TOP_KEYS) else {
            return settings;
        };
        match map.get("version") {
            None => self.warn("$.version", key::ORGCHECK_NO_VERSION, None),
            Some(v) if v.as_u64() == Some(VERSION) => {}
            Some(v) => self.error(
                "$.version",
                Msg::new(key::ORGCHECK_OTHER_VERSION).with("version", v.to_string()),
            ),
        }
        if let Some(v) = map.get("organisation") {
            settings.organisation = self.identity(v, "$.organisation");
        }
        if let Some(v) = map.get("contacts") {
            settings.contacts = self.contacts(v, "$.contacts");
        }
        settings.privacy_notice = self.url(map, "$", "privacy_notice");
        if let Some(v) = map.get("programmes") {
            if let Some(p) = self.object(v, "$.programmes", &["mentoring", "coaching"]) {
                if let Some(v) = p.get("mentoring") {
                    settings.programmes.mentoring = self.programme(v, "$.programmes.mentoring");
                }
                if let Some(v) = p.get("coaching") {
                    settings.programmes.coaching = self.programme(v, "$.programmes.coaching");
                }
            }
        }
        if let Some(v) = map.get("agreement_defaults") {
            if let Some(d) = self.object(v, "$.agreement_defaults", &["mentoring", "coaching"]) {
                for kind in [AgreementKind::Mentoring, AgreementKind::Coaching] {
                    if let Some(v) = d.get(kind.noun()) {
                        let path = join("$.agreement_defaults", kind.noun());
                        let values = self.defaults(v, &path, kind);
                        match kind {
                            AgreementKind::Mentoring => {
                                settings.agreement_defaults.mentoring = values
                            }
                            AgreementKind::Coaching => {
                                settings.agreement_defaults.coaching = values
                            }
                        }
                    }
                }
            }
        }
        if let Some(v) = map.get("clauses") {
            if let Some(c) = self.object(v, "$.clauses", &["mentoring", "coaching"]) {
                if let Some(v) = c.get("mentoring") {
                    settings.clauses.mentoring = self.clauses(v, "$.clauses.mentoring");
                }
                if let Some(v) = c.get("coaching") {
                    settings.clauses.coaching = self.clauses(v, "$.clauses.coaching");
                }
            }
        }
        if let Some(v) = map.get("features") {
            let known = ["calendar_export", "partner_file", "sign_off"];
            if let Some(f) = self.object(v, "$.features", &known) {
                let features = &mut settings.features;
                for (key, slot) in [
                    ("calendar_export", &mut features.calendar_export),
                    ("partner_file", &mut features.partner_file),
                    ("sign_off", &mut features.sign_off),
                ] {
                    if let Some(b) = self.flag(f, "$.features", key) {
                        *slot = b;
                    }
                }
            }
        }
        if let Some(v) = map.get("languages") {
            settings.languages = self.languages(v);
        }
        if let Some(lang) = self.text(map, "$", "default_language", 20) {
            let offered = settings.languages.is_empty() || settings.languages.contains(&lang);
            if !is_language_code(&lang) {
                self.error(
                    "$.default_language",
                    Msg::new(key::ORGCHECK_DEFAULT_LANGUAGE_NOT_CODE).with("code", lang),
                );
            } else if !offered {
                self.error(
                    "$.default_language",
                    Msg::new(key::ORGCHECK_DEFAULT_LANGUAGE_NOT_OFFERED).with("code", lang),
                );
            } else {
                settings.default_language = Some(lang);
            }
        }
        settings
    }

    /// The list of language codes offered: each one must look like a code, as it names a file.
    fn languages(&mut self, value: &Value) -> Vec<String> {
        let path = "$.languages";
        let Some(list) = value.as_array() else {
            self.error(
                path,
                Msg::new(key::ORGCHECK_LANGUAGES_NOT_LIST).with_msg("value", describe(value)),
            );
            return Vec::new();
        };
        let mut codes: Vec<String> = Vec::new();
        for (i, item) in list.iter().enumerate() {
            let item_path = format!("{path}[{i}]");
            match item.as_str() {
                Some(code) if is_language_code(code) => {
                    if !codes.iter().any(|c| c == code) {
                        codes.push(code.to_string());
                    }
                }
                _ => self.error(
                    &item_path,
                    Msg::new(key::ORGCHECK_NOT_LANGUAGE_CODE).with_msg("value", describe(item)),
                ),
            }
        }
        codes
    }

    fn identity(&mut self, value: &Value, path: &str) -> Identity {
        let mut identity = Identity::default();
        let Some(map) = self.object(value, path, &["name", "team", "logo", "accent"]) else {
            return identity;
        };
        identity.name = self.text(map, path, "name", NAME_CHARS);
        identity.team = self.text(map, path, "team", NAME_CHARS);
        if let Some(v) = map.get("logo") {
            let logo_path = join(path, "logo");
            if let Some(logo) = self.object(v, &logo_path, &["src", "alt"]) {
                let alt = self.text(logo, &logo_path, "alt", NAME_CHARS);
                let src = self.text(logo, &logo_path, "src", URL_CHARS);
                let src_path = join(&logo_path, "src");
                match src {
                    None if !logo.contains_key("src") => {
                        self.error(&src_path, key::ORGCHECK_LOGO_NO_SRC)
                    }
                    None => {}
                    Some(src) => match logo_problem(&src) {
                        Some(why) => self.error(
                            &src_path,
                            Msg::new(key::ORGCHECK_LOGO_NOT_USED).with_key("why", why),
                        ),
                        None => match alt.or_else(|| identity.name.clone()) {
                            Some(alt) => identity.logo = Some(Logo { src, alt }),
                            None => self.error(&join(&logo_path, "alt"), key::ORGCHECK_LOGO_NO_ALT),
                        },
                    },
                }
            }
        }
        if let Some(accent) = self.text(map, path, "accent", 30) {
            match accent_problem(&accent) {
                None => identity.accent = Some(accent.to_ascii_lowercase()),
                Some(why) => self.error(
                    &join(path, "accent"),
                    Msg::new(key::ORGCHECK_ACCENT_NOT_USED).with_msg("why", why),
                ),
            }
        }
        identity
    }

    fn contacts(&mut self, value: &Value, path: &str) -> Vec<Contact> {
        let Some(items) = value.as_array() else {
            self.error(
                path,
                Msg::new(key::ORGCHECK_CONTACTS_NOT_LIST).with_msg("value", describe(value)),
            );
            return Vec::new();
        };
        if items.len() > MAX_CONTACTS {
            self.error(
                path,
                Msg::count(key::ORGCHECK_TOO_MANY_CONTACTS, items.len())
                    .with_number("max", MAX_CONTACTS as u64),
            );
        }
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate().take(MAX_CONTACTS) {
            let at = format!("{path}[{i}]");
            let Some(map) = self.object(item, &at, &["label", "email", "url"]) else {
                continue;
            };
            let label = self.text(map, &at, "label", LABEL_CHARS);
            let email = self.text(map, &at, "email", 254).and_then(|e| {
                if is_email(&e) {
                    Some(e)
                } else {
                    self.error(
                        &join(&at, "email"),
                        Msg::new(key::ORGCHECK_NOT_EMAIL).with("email", e),
                    );
                    None
                }
            });
            let url = self.url(map, &at, "url");
            match label {
                None => self.error(&join(&at, "label"), key::ORGCHECK_CONTACT_NO_LABEL),
                Some(_) if email.is_none() && url.is_none() => {
                    self.error(&at, key::ORGCHECK_CONTACT_UNREACHABLE)
                }
                Some(label) => out.push(Contact { label, email, url }),
            }
        }
        out
    }

    fn programme(&mut self, value: &Value, path: &str) -> Programme {
        let mut p = Programme::default();
        let known = [
            "name",
            "description",
            "link",
            "length_months",
            "meeting_frequency",
            "meeting_minutes",
            "sessions",
            "review_every_months",
            "sponsor_meeting",
        ];
        let Some(map) = self.object(value, path, &known) else {
            return p;
        };
        p.name = self.text(map, path, "name", LABEL_CHARS);
        p.description = self.text(map, path, "description", DESCRIPTION_CHARS);
        if let Some(v) = map.get("link") {
            let link_path = join(path, "link");
            if let Some(link) = self.object(v, &link_path, &["label", "url"]) {
                let label = self.text(link, &link_path, "label", LABEL_CHARS);
                let url = self.url(link, &link_path, "url");
                match (label, url) {
                    (Some(label), Some(url)) => p.link = Some(Link { label, url }),
                    (None, _) => {
                        self.error(&join(&link_path, "label"), key::ORGCHECK_LINK_NO_LABEL)
                    }
                    (Some(_), None) if !link.contains_key("url") => {
                        self.error(&join(&link_path, "url"), key::ORGCHECK_LINK_NO_URL)
                    }
                    (Some(_), None) => {}
                }
            }
        }
        p.length_months = self.whole(map, path, "length_months", (1, 36));
        if let Some(f) = self.text(map, path, "meeting_frequency", 40) {
            if FREQUENCIES.iter().any(|(id, _)| *id == f) {
                p.meeting_frequency = Some(f);
            } else {
                let ids: Vec<&str> = FREQUENCIES.iter().map(|(id, _)| *id).collect();
                let hint = closest(&f, &ids).map(did_you_mean);
                self.error_hint(
                    &join(path, "meeting_frequency"),
                    Msg::new(key::ORGCHECK_NOT_FREQUENCY)
                        .with("value", f.clone())
                        .with("ids", ids.join(", ")),
                    hint,
                );
            }
        }
        p.meeting_minutes = self.whole(map, path, "meeting_minutes", (15, 480));
        p.sessions = self.whole(map, path, "sessions", (1, 100));
        p.review_every_months = self.whole(map, path, "review_every_months", (1, 24));
        p.sponsor_meeting = self.flag(map, path, "sponsor_meeting");
        p
    }

    fn defaults(
        &mut self,
        value: &Value,
        path: &str,
        kind: AgreementKind,
    ) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let Some(map) = value.as_object() else {
            self.error(
                path,
                Msg::new(key::ORGCHECK_DEFAULTS_NOT_GROUP)
                    .with("example", CURLY)
                    .with_msg("value", describe(value)),
            );
            return out;
        };
        let ids: Vec<&str> = kind.fields().iter().map(|(id, _)| *id).collect();
        for (id, v) in map {
            let at = join(path, id);
            let Some(field) = kind.field_kind(id) else {
                let hint = closest(id, &ids).map(did_you_mean);
                let no_field = match kind {
                    AgreementKind::Mentoring => key::ORGCHECK_NO_FIELD_MENTORING,
                    AgreementKind::Coaching => key::ORGCHECK_NO_FIELD_COACHING,
                };
                self.error_hint(&at, Msg::new(no_field).with("id", id.clone()), hint);
                continue;
            };
            // A tick may be written as true.
            let text = match (field, v) {
                (values::FieldKind::Tick, Value::Bool(true)) => Some("yes".to_string()),
                (values::FieldKind::Tick, Value::Bool(false)) => None,
                _ => self.text_value(v, &at, DEFAULT_VALUE_CHARS),
            };
            let Some(text) = text else { continue };
            match values::check(field, &text) {
                Ok(()) => {
                    out.insert(id.clone(), text);
                }
                Err(_) => {
                    let expected = match field {
                        values::FieldKind::Choice(choices) => Msg::new(key::ORGCHECK_TAKES_ONE_OF)
                            .with(
                                "ids",
                                choices
                                    .iter()
                                    .map(|c| format!("\"{}\"", c.id))
                                    .collect::<Vec<_>>()
                                    .join(", "),
                            ),
                        values::FieldKind::Date => key::ORGCHECK_TAKES_DATE.into(),
                        values::FieldKind::Tick => {
                            Msg::new(key::ORGCHECK_VALUE_LITERAL).with("value", "true")
                        }
                        _ => key::ORGCHECK_TAKES_TEXT.into(),
                    };
                    self.error(
                        &at,
                        Msg::new(key::ORGCHECK_DEFAULT_MISFIT)
                            .with("value", text)
                            .with_msg("expected", expected),
                    );
                }
            }
        }
        out
    }

    fn clauses(&mut self, value: &Value, path: &str) -> Vec<Clause> {
        let Some(items) = value.as_array() else {
            self.error(
                path,
                Msg::new(key::ORGCHECK_CLAUSES_NOT_LIST).with_msg("value", describe(value)),
            );
            return Vec::new();
        };
        if items.len() > MAX_CLAUSES {
            self.error(
                path,
                Msg::count(key::ORGCHECK_TOO_MANY_CLAUSES, items.len())
                    .with_number("max", MAX_CLAUSES as u64),
            );
        }
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate().take(MAX_CLAUSES) {
            let at = format!("{path}[{i}]");
            let Some(map) = self.object(item, &at, &["title", "text", "both_tick"]) else {
                continue;
            };
            let title = self.text(map, &at, "title", CLAUSE_TITLE_CHARS);
            let text = self.text(map, &at, "text", CLAUSE_TEXT_CHARS);
            let both_tick = self.flag(map, &at, "both_tick").unwrap_or(true);
            match (title, text) {
                (Some(title), Some(text)) => out.push(Clause {
                    title,
                    text,
                    both_tick,
                }),
                (None, _) if !map.get("title").is_some_and(Value::is_string) => {
                    self.error(&join(&at, "title"), key::ORGCHECK_CLAUSE_NO_TITLE)
                }
                (_, None) if !map.get("text").is_some_and(Value::is_string) => {
                    self.error(&join(&at, "text"), key::ORGCHECK_CLAUSE_NO_TEXT)
                }
                // The text's own problem is already listed.
                _ => self.error(&at, key::ORGCHECK_CLAUSE_DROPPED),
            }
        }
        out
    }
}

fn join(parent: &str, key: &str) -> String {
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!("{parent}.{key}")
    } else {
        format!("{parent}[{}]", Value::String(key.to_string()))
    }
}

/// The curly brackets of a JSON object, as the messages show them.
const CURLY: &str = "{ \u{2026} }";

/// "Did you mean …?" for the key or value probably meant.
fn did_you_mean(name: &str) -> Msg {
    Msg::new(key::ORGCHECK_DID_YOU_MEAN).with("key", name)
}

/// A JSON value in a few words, for messages; `null`, `true`, `false` and numbers as written.
fn describe(value: &Value) -> Msg {
    match value {
        Value::Null | Value::Bool(_) => {
            Msg::new(key::ORGCHECK_VALUE_LITERAL).with("value", value.to_string())
        }
        Value::Number(n) => Msg::new(key::ORGCHECK_VALUE_NUMBER).with("value", n.to_string()),
        Value::String(s) if s.chars().count() <= 30 => {
            Msg::new(key::ORGCHECK_VALUE_TEXT).with("value", s.clone())
        }
        Value::String(_) => key::ORGCHECK_VALUE_LONG_TEXT.into(),
        Value::Array(_) => key::ORGCHECK_VALUE_LIST.into(),
        Value::Object(_) => key::ORGCHECK_VALUE_GROUP.into(),
    }
}

/// Why a link cannot be used, or `None`: only `https://` links and paths on this site are allowed.
pub fn link_problem(url: &str) -> Option<Key> {
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Some(key::ORGCHECK_LINK_SPACES);
    }
    let lower = url.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty() || host.contains('@') {
            return Some(key::ORGCHECK_LINK_NO_SITE);
        }
        return None;
    }
    if lower.starts_with("//") {
        return Some(key::ORGCHECK_LINK_NO_SCHEME);
    }
    if has_scheme(&lower) {
        return Some(key::ORGCHECK_LINK_SCHEME);
    }
    if looks_like_a_site(&lower) {
        return Some(key::ORGCHECK_LINK_BARE_SITE);
    }
    None
}

/// Whether a path without a scheme starts like a site's address ("intranet.example.org/…", "www.…"):
/// a first part with a dot that is a folder, not a file such as "privacy.html".
fn looks_like_a_site(lower: &str) -> bool {
    let mut parts = lower.splitn(2, '/');
    let first = parts.next().unwrap_or("");
    let folder = parts.next().is_some();
    first.starts_with("www.") || (folder && first.contains('.') && first != "." && first != "..")
}

/// Why a logo path cannot be used, or `None`: only images on this same site.
pub fn logo_problem(src: &str) -> Option<Key> {
    if src
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return Some(key::ORGCHECK_LOGO_SPACES);
    }
    let lower = src.to_ascii_lowercase();
    if lower.starts_with("//") || has_scheme(&lower) || looks_like_a_site(&lower) {
        return Some(key::ORGCHECK_LOGO_OTHER_SITE);
    }
    None
}

/// Whether a link starts with a scheme such as `javascript:` (letters, then a colon before any `/?#`).
fn has_scheme(lower: &str) -> bool {
    // Any colon before the first `/`, `?` or `#` makes the browser read a scheme ("javascript:").
    lower
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("")
        .contains(':')
}

fn is_email(text: &str) -> bool {
    let Some((user, domain)) = text.split_once('@') else {
        return false;
    };
    let ok = |c: char| !c.is_whitespace() && !c.is_control() && !"<>()[]\\,;:\"?&/#%".contains(c);
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && text.chars().all(ok)
}

/// Why an accent colour cannot be used, or `None`: `#rrggbb` (or `#rgb`) with white text at 4.5:1.
pub fn accent_problem(colour: &str) -> Option<Msg> {
    let Some(rgb) = parse_hex(colour) else {
        return Some(Msg::new(key::ORGCHECK_ACCENT_NOT_COLOUR).with("colour", colour));
    };
    let ratio = contrast_with_white(rgb);
    // Rounded down to tenths, so a ratio just under 4.5 never reads as enough; the language
    // writes the decimal point its own way.
    let tenths = (ratio * 10.0).floor() as u64;
    (ratio < 4.5).then(|| {
        Msg::new(key::ORGCHECK_ACCENT_PALE)
            .with("colour", colour)
            .with_number("whole", tenths / 10)
            .with_number("tenth", tenths % 10)
    })
}

fn parse_hex(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize, n: usize| u8::from_str_radix(&hex[i..i + n], 16).ok();
    match hex.len() {
        6 => Some([digit(0, 2)?, digit(2, 2)?, digit(4, 2)?]),
        3 => Some([digit(0, 1)? * 17, digit(1, 1)? * 17, digit(2, 1)? * 17]),
        _ => None,
    }
}

/// WCAG 2 contrast ratio of white on this colour.
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
    1.05 / (l + 0.05)
}

/// The known key nearest to a misspelt one, if it is close enough to be a likely typo.
pub fn closest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let key = key.to_ascii_lowercase().replace('-', "_");
    known
        .iter()
        .map(|k| {
            (
                distance(&key, &k.to_ascii_lowercase().replace('-', "_")),
                *k,
            )
        })
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

impl Settings {
    /// Gives a new draft what the organisation sets for its kind: the programme's name, its clauses,
    /// its practicalities where the template has a field for them, and the defaults for fields by id
    /// (which win). They are the programme's own terms, so they take the place of suggestions from
    /// the answers; copied in, so a later edit of the file changes no existing agreement.
    pub fn start_draft(&self, draft: &mut crate::core::agreement::Draft) {
        let kind = draft.kind;
        let programme = self.programmes.get(kind);
        draft.programme = programme.name.clone();
        draft.terms = self
            .clauses
            .get(kind)
            .iter()
            .map(|c| crate::core::agreement::Term {
                title: c.title.clone(),
                text: c.text.clone(),
                both_tick: c.both_tick,
                ticked: Default::default(),
            })
            .collect();
        let mut values: Vec<(String, String)> = programme
            .field_values(kind)
            .into_iter()
            .map(|(f, v)| (f.to_string(), v))
            .collect();
        // The programme's usual length sets the end date from the start the draft already has.
        let end = programme.length_months.and_then(|months| {
            let start = draft.date("start")?;
            crate::core::prefill::add_months(start, u32::try_from(months).ok()?)
        });
        if let (Some(end), false) = (end, draft.open_ended()) {
            values.push(("end".to_string(), end));
        }
        for (field, value) in values
            .into_iter()
            .chain(self.agreement_defaults.get(kind).clone())
        {
            let fits = kind
                .field_kind(&field)
                .is_some_and(|k| crate::core::values::check(k, &value).is_ok());
            if fits {
                draft.prefilled.remove(&field);
                draft.fields.insert(field, value);
            }
        }
    }
}

impl Programme {
    /// The programme's practicalities as values of the agreement's own fields: how often and how long
    /// people meet, how many sessions, how often they review, whether a three-way meeting is planned.
    /// A setting the template has no matching choice for (mentoring has no "every three weeks") is
    /// left out; `unplaced` names those for the check page.
    pub fn field_values(&self, kind: AgreementKind) -> Vec<(&'static str, String)> {
        use crate::core::values::{Choice, FieldKind, Meaning};
        let choices = |field: &str| match kind.field_kind(field) {
            Some(FieldKind::Choice(c)) => c,
            _ => &[] as &[Choice],
        };
        let find = |field: &'static str, want: &dyn Fn(&Choice) -> bool| {
            choices(field)
                .iter()
                .find(|c| want(c))
                .map(|c| (field, c.id.to_string()))
        };
        let mut out = Vec::new();
        if let Some(f) = &self.meeting_frequency {
            out.extend(find("frequency", &|c| c.id == f));
        }
        if let Some(n) = self.meeting_minutes {
            out.extend(find(
                "length",
                &|c| matches!(c.meaning, Meaning::Minutes(m) if u64::from(m) == n),
            ));
        }
        if let Some(n) = self.review_every_months {
            out.extend(find(
                "review-every",
                &|c| matches!(c.meaning, Meaning::ReviewMonths(m) if u64::from(m) == n),
            ));
        }
        if let Some(yes) = self.sponsor_meeting {
            let id = if yes { "start-and-end" } else { "none" };
            out.extend(find("three-way", &|c| c.id == id));
        }
        if let (Some(n), Some(FieldKind::Number { min, max })) =
            (self.sessions, kind.field_kind("sessions"))
        {
            if (u64::from(min)..=u64::from(max)).contains(&n) {
                out.push(("sessions", n.to_string()));
            }
        }
        out
    }

    /// The settings `field_values` cannot put into this kind's agreement although it has a field for
    /// them (no matching choice, or a number out of the field's range), by their keys in the file.
    pub fn unplaced(&self, kind: AgreementKind) -> Vec<&'static str> {
        let placed: Vec<&str> = self.field_values(kind).iter().map(|(f, _)| *f).collect();
        self.wanted()
            .into_iter()
            .filter(|(_, field, set)| {
                *set && kind.field_kind(field).is_some() && !placed.contains(field)
            })
            .map(|(key, _, _)| key)
            .collect()
    }

    /// The settings this kind's agreement has no part for (a mentoring agreement counts no sessions):
    /// said on the result only, by their keys in the file.
    pub fn result_only(&self, kind: AgreementKind) -> Vec<&'static str> {
        self.wanted()
            .into_iter()
            .filter(|(_, field, set)| *set && kind.field_kind(field).is_none())
            .map(|(key, _, _)| key)
            .collect()
    }

    /// Each setting that can fill in a field: its key, the field, and whether it is set.
    fn wanted(&self) -> [(&'static str, &'static str, bool); 5] {
        [
            (
                "meeting_frequency",
                "frequency",
                self.meeting_frequency.is_some(),
            ),
            ("meeting_minutes", "length", self.meeting_minutes.is_some()),
            (
                "review_every_months",
                "review-every",
                self.review_every_months.is_some(),
            ),
            (
                "sponsor_meeting",
                "three-way",
                self.sponsor_meeting.is_some(),
            ),
            ("sessions", "sessions", self.sessions.is_some()),
        ]
    }
}

/// A problem's JSON path as an editor of the file can follow it: `$.contacts[1].email` is
/// "contacts › item 2 › email", each key as it is written in the file (`Place::words`).
pub fn place(path: &str) -> Place {
    let rest = path.strip_prefix('$').unwrap_or(path);
    let mut steps: Vec<Step> = Vec::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '.' => steps.push(Step::Key(String::new())),
            '[' => {
                let inner: String = chars.by_ref().take_while(|c| *c != ']').collect();
                steps.push(match inner.parse::<usize>() {
                    Ok(i) => Step::Item(i + 1),
                    Err(_) => Step::Key(serde_json::from_str::<String>(&inner).unwrap_or(inner)),
                });
            }
            c => match steps.last_mut() {
                Some(Step::Key(last)) => last.push(c),
                _ => steps.push(Step::Key(c.to_string())),
            },
        }
    }
    Place(steps)
}

/// Where in the file a setting is, step by step from the top; no steps is the whole file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place(pub Vec<Step>);

/// One step of a `Place`: a key as written in the file, or the number of an item in a list (from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Item(usize),
}

impl Place {
    /// The place in words, each item said by `say` in the reader's language ("item 2", "Eintrag 2").
    pub fn words(&self, say: impl Fn(&Msg) -> String) -> String {
        if self.0.is_empty() {
            return say(&key::ORGCHECK_WHOLE_FILE.into());
        }
        self.0
            .iter()
            .map(|step| match step {
                Step::Key(k) => k.clone(),
                Step::Item(n) => {
                    say(&Msg::new(key::ORGCHECK_ITEM).with_number("number", *n as u64))
                }
            })
            .collect::<Vec<_>>()
            .join(" \u{203a} ")
    }
}

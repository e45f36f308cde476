//! The one document the app stores: versioned, decoded defensively, never trusted blindly.

use crate::core::text::{key, Msg};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::agreement::{Draft, FieldKind};
use crate::core::questions::BANK_VERSION;
use crate::core::scoring::Answers;
use crate::core::values::{check, Origin};

/// The local-storage key the document lives under (`storage.rs`; the page's own script in
/// index.html only asks whether it is there, to leave a returning visitor's start to the app).
pub const STORAGE_KEY: &str = "mentoring-or-coaching/document";

/// The schema this build writes. Older documents are migrated forward; newer ones are never written over.
pub const SCHEMA_VERSION: u32 = 3;

/// The self-assessment as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// The question bank the answers were given against.
    pub bank_version: u32,
    #[serde(default)]
    pub answers: Answers,
}

impl Default for Assessment {
    fn default() -> Self {
        Assessment {
            bank_version: BANK_VERSION,
            answers: Answers::new(),
        }
    }
}

/// Everything a person has entered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema: u32,
    #[serde(default)]
    pub assessment: Assessment,
    #[serde(default)]
    pub drafts: Vec<Draft>,
    /// The screen the person was last on (a `#/...` route), so a new tab can offer to resume.
    /// Called `last_route` in format 1.
    #[serde(default, alias = "last_route")]
    pub resume: String,
    /// Goes up by one with every save, so a tab can tell that another tab wrote since it last looked.
    #[serde(default)]
    pub revision: u64,
    /// Whether the browser has been asked to keep this site's storage.
    #[serde(default)]
    pub persist_asked: bool,
    /// When the person last downloaded a backup (milliseconds since 1970), or 0.
    #[serde(default)]
    pub last_backup: i64,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            schema: SCHEMA_VERSION,
            assessment: Assessment::default(),
            drafts: Vec::new(),
            resume: String::new(),
            revision: 0,
            persist_asked: false,
            last_backup: 0,
        }
    }
}

impl Document {
    pub fn draft(&self, id: &str) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.id == id)
    }

    pub fn draft_mut(&mut self, id: &str) -> Option<&mut Draft> {
        self.drafts.iter_mut().find(|d| d.id == id)
    }

    /// Whether there is anything worth keeping (used to decide on warnings and backups).
    pub fn has_content(&self) -> bool {
        !self.assessment.answers.is_empty() || !self.drafts.is_empty()
    }

    /// A fresh id for a new draft that no existing draft uses. `entropy` (random bits from the
    /// caller) makes ids from two devices unlikely to meet, which partner exchange relies on.
    pub fn new_draft_id(&self, entropy: u64) -> String {
        let mut n = entropy;
        loop {
            let id = format!("a{:x}", n & 0xffff_ffff_ffff);
            if self.draft(&id).is_none() {
                return id;
            }
            n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        }
    }

    /// Puts every draft's values where they belong (see `Draft::settle`).
    pub fn settle(&mut self, from: Origin) {
        for d in &mut self.drafts {
            d.settle(from);
        }
    }

    /// The rules every stored document keeps: draft ids are unique and address-safe, and every
    /// value belongs to its template's field and fits it.
    pub fn validate(&self) -> Result<(), Damage> {
        self.validate_ids()?;
        for d in &self.drafts {
            for (field, value) in &d.fields {
                let kind = d
                    .kind
                    .field_kind(field)
                    .ok_or_else(|| Damage::UnknownPart(field.clone()))?;
                if value.is_empty() || check(kind, value).is_err() {
                    return Err(Damage::UnusableValue(field.clone()));
                }
            }
            if let Some(field) = d.unfit.keys().find(|f| d.kind.field_kind(f).is_none()) {
                return Err(Damage::UnknownPart(field.clone()));
            }
        }
        Ok(())
    }

    /// Draft ids are unique and address-safe.
    pub fn validate_ids(&self) -> Result<(), Damage> {
        let mut seen = std::collections::BTreeSet::new();
        for d in &self.drafts {
            if !is_safe_id(&d.id) {
                return Err(Damage::UnusableId(d.id.clone()));
            }
            if !seen.insert(d.id.as_str()) {
                return Err(Damage::SharedId(d.id.clone()));
            }
        }
        Ok(())
    }
}

/// Ids appear in addresses (`#/agreement/ID`), so they are short and plain.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Why stored text could not be used as a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (truncated, or written by something else).
    NotJson,
    /// JSON, but not shaped like a document.
    WrongShape(Damage),
    /// Written by a newer version of the app: leave it alone.
    Newer { found: u32 },
}

impl DecodeError {
    pub fn message(&self) -> Msg {
        match self {
            DecodeError::NotJson => key::DECODE_NOT_JSON.into(),
            DecodeError::WrongShape(damage) => {
                Msg::new(key::DECODE_WRONG_SHAPE).with_msg("detail", damage.message())
            }
            DecodeError::Newer { found } => Msg::new(key::DECODE_NEWER)
                .with("found", found.to_string())
                .with("known", SCHEMA_VERSION.to_string()),
        }
    }
}

/// What is wrong with data that is JSON but not shaped as this app writes it, said in brackets
/// after "looks damaged" for whoever tries to repair the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Damage {
    /// The JSON reader's own words (a missing field, a wrong type): technical, shown as written.
    Reader(String),
    NoVersion,
    /// Format 0, which never existed.
    NoSuchVersion,
    /// No step upgrades this format.
    NoUpgrade(u32),
    NotAnObject,
    /// An agreement file without its agreement.
    NoAgreement,
    /// A backup without its data.
    NoData,
    UnknownPart(String),
    UnusableValue(String),
    UnusableId(String),
    SharedId(String),
}

impl Damage {
    pub fn message(&self) -> Msg {
        match self {
            Damage::Reader(words) => Msg::new(key::DAMAGE_READER).with("words", words.clone()),
            Damage::NoVersion => key::DAMAGE_NO_VERSION.into(),
            Damage::NoSuchVersion => key::DAMAGE_NO_SUCH_VERSION.into(),
            Damage::NoUpgrade(from) => {
                Msg::new(key::DAMAGE_NO_UPGRADE).with("format", from.to_string())
            }
            Damage::NotAnObject => key::DAMAGE_NOT_AN_OBJECT.into(),
            Damage::NoAgreement => key::DAMAGE_NO_AGREEMENT.into(),
            Damage::NoData => key::DAMAGE_NO_DATA.into(),
            Damage::UnknownPart(id) => Msg::new(key::DAMAGE_UNKNOWN_PART).with("id", id.clone()),
            Damage::UnusableValue(id) => {
                Msg::new(key::DAMAGE_UNUSABLE_VALUE).with("id", id.clone())
            }
            Damage::UnusableId(id) => Msg::new(key::DAMAGE_UNUSABLE_ID).with("id", id.clone()),
            Damage::SharedId(id) => Msg::new(key::DAMAGE_SHARED_ID).with("id", id.clone()),
        }
    }
}

/// Reads stored text into a current document, migrating older versions forward.
pub fn decode(raw: &str) -> Result<Document, DecodeError> {
    decode_text(raw, Origin::Saved)
}

/// Reads parsed JSON (an imported file's part) into a current, valid document; see `decode_text`.
pub fn decode_value(value: Value, from: Origin) -> Result<Document, DecodeError> {
    decode_text(&value.to_string(), from)
}

/// Just the format version of stored text; everything else is skipped unread.
#[derive(Deserialize)]
struct Version {
    schema: Option<u64>,
}

/// Reads JSON text into a current, valid document, migrating older versions forward. Values that
/// do not fit their field are kept with a note saying they came `from` there; only data that cannot
/// be read at all is refused.
///
/// The text is read straight into the typed document, with no general JSON value in between:
/// that keeps a whole second kind of deserializer out of the first download. The migrations are
/// therefore typed too (`migrate` shows the same steps on JSON, for reading old files by hand).
pub fn decode_text(raw: &str, from: Origin) -> Result<Document, DecodeError> {
    serde_json::from_str::<serde::de::IgnoredAny>(raw).map_err(|_| DecodeError::NotJson)?;
    let shape = |e: serde_json::Error| DecodeError::WrongShape(Damage::Reader(e.to_string()));
    let version = serde_json::from_str::<Version>(raw)
        .map_err(shape)?
        .schema
        .ok_or(DecodeError::WrongShape(Damage::NoVersion))?;
    let version = u32::try_from(version).map_err(|_| DecodeError::Newer { found: u32::MAX })?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::Newer { found: version });
    }
    if version == 0 {
        return Err(DecodeError::WrongShape(Damage::NoSuchVersion));
    }
    let mut doc: Document = serde_json::from_str(raw).map_err(shape)?;
    // Format 1 called the resume point `last_route` (read through an alias) and had no save counter.
    if version == 1 {
        doc.revision = 1;
    }
    if version < 3 {
        labels_to_ids(&mut doc);
    }
    doc.schema = SCHEMA_VERSION;
    doc.settle(from);
    // Settling leaves only fitting values, so only the ids are left to check here.
    doc.validate_ids().map_err(DecodeError::WrongShape)?;
    Ok(doc)
}

/// Best-effort read of a newer document for showing read-only: unknown fields are ignored.
pub fn read_newer(raw: &str) -> Option<Document> {
    serde_json::from_str(raw).ok()
}

/// Brings a document of `from` up to `SCHEMA_VERSION`, one step at a time.
pub fn migrate(mut value: Value, from: u32) -> Result<Value, DecodeError> {
    if from == 0 {
        return Err(DecodeError::WrongShape(Damage::NoSuchVersion));
    }
    for step in from..SCHEMA_VERSION {
        value = match step {
            1 => v1_to_v2(value)?,
            2 => v2_to_v3(value)?,
            _ => return Err(DecodeError::WrongShape(Damage::NoUpgrade(step))),
        };
    }
    Ok(value)
}

/// Format 2 renamed `last_route` to `resume` and added a save counter for tabs to compare.
fn v1_to_v2(value: Value) -> Result<Value, DecodeError> {
    let Value::Object(mut map) = value else {
        return Err(DecodeError::WrongShape(Damage::NotAnObject));
    };
    if let Some(route) = map.remove("last_route") {
        map.insert("resume".into(), route);
    }
    map.insert("revision".into(), Value::from(1u64));
    map.insert("schema".into(), Value::from(2u32));
    Ok(Value::Object(map))
}

/// Format 3 stores a choice as its id instead of its English label, so labels can be reworded.
/// The labels are turned into ids once the document is read (`labels_to_ids`); here only the
/// version moves on.
fn v2_to_v3(value: Value) -> Result<Value, DecodeError> {
    let Value::Object(mut map) = value else {
        return Err(DecodeError::WrongShape(Damage::NotAnObject));
    };
    map.insert("schema".into(), Value::from(3u32));
    Ok(Value::Object(map))
}

/// Turns format 2's choice labels into format 3's ids. Format 2 stored the label each choice has
/// today; a label reworded from now on needs its format 2 wording kept here, or old data keeps it as
/// text with a note (the format 2 fixture test fails first). A label that is no choice is left as it
/// is, and settling keeps it with a note.
pub fn labels_to_ids(doc: &mut Document) {
    for d in &mut doc.drafts {
        let kind = d.kind;
        for (field, value) in d.fields.iter_mut() {
            if let Some(FieldKind::Choice(choices)) = kind.field_kind(field) {
                if let Some(c) = choices.iter().find(|c| c.label.english() == value.as_str()) {
                    *value = c.id.to_string();
                }
            }
        }
    }
}

/// Writes a document as stored text.
pub fn encode(doc: &Document) -> String {
    // Serialising plain structs and maps with string keys cannot fail.
    serde_json::to_string(doc).unwrap_or_default()
}

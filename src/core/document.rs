//! The one document the app stores: versioned, decoded defensively, never trusted blindly.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::agreement::{AgreementKind, Draft, FieldKind};
use crate::core::questions::BANK_VERSION;
use crate::core::scoring::Answers;
use crate::core::values::{check, Origin};

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
    #[serde(default)]
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
    pub fn validate(&self) -> Result<(), String> {
        let mut seen = std::collections::BTreeSet::new();
        for d in &self.drafts {
            if !is_safe_id(&d.id) {
                return Err(format!("an agreement has an unusable id {:?}", d.id));
            }
            if !seen.insert(d.id.as_str()) {
                return Err(format!("two agreements share the id {:?}", d.id));
            }
            for (field, value) in &d.fields {
                let kind = d
                    .kind
                    .field_kind(field)
                    .ok_or_else(|| format!("an agreement has an unknown part {field:?}"))?;
                if value.is_empty() || check(kind, value).is_err() {
                    return Err(format!(
                        "an agreement's part {field:?} holds an unusable value"
                    ));
                }
            }
            if let Some(field) = d.unfit.keys().find(|f| d.kind.field_kind(f).is_none()) {
                return Err(format!("an agreement has an unknown part {field:?}"));
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
    WrongShape(String),
    /// Written by a newer version of the app: leave it alone.
    Newer { found: u32 },
}

impl DecodeError {
    pub fn message(&self) -> String {
        match self {
            DecodeError::NotJson => "The saved data is damaged (it is not readable text).".into(),
            DecodeError::WrongShape(detail) => {
                format!("The saved data is not in the shape this app expects ({detail}).")
            }
            DecodeError::Newer { found } => format!(
                "The saved data comes from a newer version of this app (format {found}; this page understands up to {SCHEMA_VERSION})."
            ),
        }
    }
}

/// Reads stored text into a current document, migrating older versions forward.
pub fn decode(raw: &str) -> Result<Document, DecodeError> {
    let value: Value = serde_json::from_str(raw).map_err(|_| DecodeError::NotJson)?;
    decode_value(value, Origin::Saved)
}

/// Reads parsed JSON into a current, valid document, migrating older versions forward. Values
/// that do not fit their field are kept with a note saying they came `from` there; only data that
/// cannot be read at all is refused.
pub fn decode_value(value: Value, from: Origin) -> Result<Document, DecodeError> {
    let version = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| DecodeError::WrongShape("no format version".into()))?;
    let version = u32::try_from(version).map_err(|_| DecodeError::Newer { found: u32::MAX })?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::Newer { found: version });
    }
    let value = migrate(value, version)?;
    // Decoding from text rather than from the `Value` keeps one deserializer per type in the
    // wasm instead of two; documents are small, so the extra pass costs nothing noticeable.
    let mut doc: Document = serde_json::from_str(&value.to_string())
        .map_err(|e| DecodeError::WrongShape(e.to_string()))?;
    doc.settle(from);
    doc.validate().map_err(DecodeError::WrongShape)?;
    Ok(doc)
}

/// Best-effort read of a newer document for showing read-only: unknown fields are ignored.
pub fn read_newer(raw: &str) -> Option<Document> {
    serde_json::from_str(raw).ok()
}

/// Brings a document of `from` up to `SCHEMA_VERSION`, one step at a time.
pub fn migrate(mut value: Value, from: u32) -> Result<Value, DecodeError> {
    if from == 0 {
        return Err(DecodeError::WrongShape(
            "format version 0 never existed".into(),
        ));
    }
    for step in from..SCHEMA_VERSION {
        value = match step {
            1 => v1_to_v2(value)?,
            2 => v2_to_v3(value)?,
            _ => {
                return Err(DecodeError::WrongShape(format!(
                    "no way to upgrade format {step}"
                )))
            }
        };
    }
    Ok(value)
}

/// Format 2 renamed `last_route` to `resume` and added a save counter for tabs to compare.
fn v1_to_v2(value: Value) -> Result<Value, DecodeError> {
    let Value::Object(mut map) = value else {
        return Err(DecodeError::WrongShape("not an object".into()));
    };
    if let Some(route) = map.remove("last_route") {
        map.insert("resume".into(), route);
    }
    map.insert("revision".into(), Value::from(1u64));
    map.insert("schema".into(), Value::from(2u32));
    Ok(Value::Object(map))
}

/// The choices' labels as format 2 stored them, and the id each became in format 3. Frozen: later
/// rewording of a label must not change how old data is read.
const V2_CHOICE_LABELS: &[(&str, &str)] = &[
    ("Weekly", "weekly"),
    ("Every two weeks", "every-2-weeks"),
    ("Every three weeks", "every-3-weeks"),
    ("Monthly", "monthly"),
    ("Every two months", "every-2-months"),
    ("30 minutes", "30-minutes"),
    ("45 minutes", "45-minutes"),
    ("60 minutes", "60-minutes"),
    ("90 minutes", "90-minutes"),
    ("In person", "in-person"),
    ("Video call", "video"),
    ("Phone", "phone"),
    ("A mix", "mix"),
    ("24 hours", "24-hours"),
    ("48 hours", "48-hours"),
    ("One week", "1-week"),
    ("Every 3 months", "every-3-months"),
    ("Every 6 months", "every-6-months"),
    ("Once a year", "every-12-months"),
    ("The mentee", "mentee"),
    ("The mentor", "mentor"),
    ("We take turns", "turns"),
    ("A day before", "1-day-before"),
    ("Two days before", "2-days-before"),
    ("No agenda needed", "none"),
    ("One working day", "1-working-day"),
    ("Two working days", "2-working-days"),
    ("A week", "1-week"),
    ("None needed", "none"),
    ("Two weeks", "2-weeks"),
    ("A 360", "360"),
    ("A skills assessment", "skills"),
    ("Both", "both"),
    ("None", "none"),
    ("At the start and the end", "start-and-end"),
    ("At the start only", "start-only"),
];

/// Format 3 stores a choice as its id instead of its English label, so labels can be reworded.
/// A label that is not one of the field's choices is left as it is; decoding keeps it with a note.
fn v2_to_v3(value: Value) -> Result<Value, DecodeError> {
    let Value::Object(mut map) = value else {
        return Err(DecodeError::WrongShape("not an object".into()));
    };
    if let Some(Value::Array(drafts)) = map.get_mut("drafts") {
        for draft in drafts.iter_mut() {
            let kind = draft
                .get("kind")
                .cloned()
                .and_then(|k| serde_json::from_value::<AgreementKind>(k).ok());
            let (Some(kind), Some(Value::Object(fields))) = (kind, draft.get_mut("fields")) else {
                continue;
            };
            for (field, value) in fields.iter_mut() {
                let (Some(FieldKind::Choice(choices)), Some(label)) =
                    (kind.field_kind(field), value.as_str())
                else {
                    continue;
                };
                let id = V2_CHOICE_LABELS
                    .iter()
                    .find(|(l, id)| *l == label && choices.iter().any(|c| c.id == *id))
                    .map(|(_, id)| *id);
                if let Some(id) = id {
                    *value = Value::from(id);
                }
            }
        }
    }
    map.insert("schema".into(), Value::from(3u32));
    Ok(Value::Object(map))
}

/// Writes a document as stored text.
pub fn encode(doc: &Document) -> String {
    // Serialising plain structs and maps with string keys cannot fail.
    serde_json::to_string(doc).unwrap_or_default()
}

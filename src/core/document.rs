//! The one document the app stores: versioned, decoded defensively, never trusted blindly.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::agreement::Draft;
use crate::core::questions::BANK_VERSION;
use crate::core::scoring::Answers;

/// The schema this build writes. Older documents are migrated forward; newer ones are never written over.
pub const SCHEMA_VERSION: u32 = 1;

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
    #[serde(default)]
    pub last_route: String,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            schema: SCHEMA_VERSION,
            assessment: Assessment::default(),
            drafts: Vec::new(),
            last_route: String::new(),
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

    /// A fresh id for a new draft that no existing draft uses.
    pub fn new_draft_id(&self) -> String {
        let mut n = self.drafts.len() + 1;
        loop {
            let id = format!("d{n}");
            if self.draft(&id).is_none() {
                return id;
            }
            n += 1;
        }
    }
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
    let version = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| DecodeError::WrongShape("no format version".into()))?;
    let version = u32::try_from(version).map_err(|_| DecodeError::Newer { found: u32::MAX })?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::Newer { found: version });
    }
    let value = migrate(value, version)?;
    serde_json::from_value(value).map_err(|e| DecodeError::WrongShape(e.to_string()))
}

/// Best-effort read of a newer document for showing read-only: unknown fields are ignored.
pub fn read_newer(raw: &str) -> Option<Document> {
    serde_json::from_str(raw).ok()
}

/// Brings a document of `from` up to `SCHEMA_VERSION`, one step at a time.
fn migrate(value: Value, from: u32) -> Result<Value, DecodeError> {
    match from {
        SCHEMA_VERSION => Ok(value),
        0 => Err(DecodeError::WrongShape(
            "format version 0 never existed".into(),
        )),
        _ => Err(DecodeError::WrongShape(format!("unknown format {from}"))),
    }
}

/// Writes a document as stored text.
pub fn encode(doc: &Document) -> String {
    // Serialising plain structs and maps with string keys cannot fail.
    serde_json::to_string(doc).unwrap_or_default()
}

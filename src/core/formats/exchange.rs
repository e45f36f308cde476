//! JSON files that leave and re-enter the app: one agreement (also for partner exchange) or a full backup.
//! Imports are checked before anything changes, and merging only ever adds: it never overwrites silently.

use serde::Serialize;
use serde_json::Value;

use crate::core::agreement::Draft;
use crate::core::document::{decode_value, DecodeError, Document, SCHEMA_VERSION};
use crate::core::values::Origin;

pub const AGREEMENT_FORMAT: &str = "mentoring-or-coaching/agreement";
pub const BACKUP_FORMAT: &str = "mentoring-or-coaching/backup";
/// Larger files are refused before parsing.
pub const MAX_IMPORT_BYTES: usize = 1_000_000;

#[derive(Serialize)]
struct AgreementFile<'a> {
    format: &'static str,
    schema: u32,
    draft: &'a Draft,
}

#[derive(Serialize)]
struct BackupFile<'a> {
    format: &'static str,
    schema: u32,
    document: &'a Document,
}

/// One agreement as a file the other party can import.
pub fn export_agreement(draft: &Draft) -> String {
    let file = AgreementFile {
        format: AGREEMENT_FORMAT,
        schema: SCHEMA_VERSION,
        draft,
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// Everything, as a backup file.
pub fn export_backup(doc: &Document) -> String {
    let file = BackupFile {
        format: BACKUP_FORMAT,
        schema: SCHEMA_VERSION,
        document: doc,
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// What a valid file holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    Agreement(Draft),
    Backup(Document),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotJson,
    /// JSON, but not a file this app wrote.
    WrongKind,
    Newer {
        found: u32,
    },
    WrongShape(String),
    /// A part holds more than a field may (label, characters).
    TooLong {
        part: String,
        chars: usize,
    },
}

impl ImportError {
    pub fn message(&self) -> String {
        let nothing = "Nothing was changed.";
        match self {
            ImportError::TooLarge { bytes } => format!(
                "That file is too big to be one of ours ({} KB; the limit is {} KB). {nothing}",
                bytes / 1000,
                MAX_IMPORT_BYTES / 1000
            ),
            ImportError::NotJson => format!("That file isn't one this app saved: it isn't readable as data. {nothing}"),
            ImportError::WrongKind => format!("That file wasn't made by this app, so it can't be imported. {nothing}"),
            ImportError::Newer { found } => format!(
                "That file comes from a newer version of this app (format {found}). Reload the page to get the newest version, then try again. {nothing}"
            ),
            ImportError::WrongShape(detail) => format!("That file looks damaged ({detail}). {nothing}"),
            ImportError::TooLong { part, chars } => format!("In that file, \u{201c}{part}\u{201d} holds {chars} characters, more than the 20,000 a part can hold, so it can't be imported. {nothing}"),
        }
    }
}

/// Checks and reads an import file.
pub fn parse_import(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    let format = value
        .get("format")
        .and_then(Value::as_str)
        .ok_or(ImportError::WrongKind)?;
    let schema = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| ImportError::WrongShape("no format version".into()))?;
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::Newer {
            found: u32::try_from(schema).unwrap_or(u32::MAX),
        });
    }
    let map_decode = |e: DecodeError| match e {
        DecodeError::Newer { found } => ImportError::Newer { found },
        DecodeError::NotJson => ImportError::NotJson,
        DecodeError::WrongShape(d) => ImportError::WrongShape(d),
    };
    let imported = match format {
        AGREEMENT_FORMAT => {
            let draft = value
                .get("draft")
                .cloned()
                .ok_or_else(|| ImportError::WrongShape("no agreement in it".into()))?;
            // An agreement is checked as a one-draft document, so the same migrations and rules apply.
            let doc = decode_value(
                serde_json::json!({ "schema": schema, "drafts": [draft] }),
                Origin::PartnerFile,
            )
            .map_err(map_decode)?;
            doc.drafts
                .into_iter()
                .next()
                .map(Imported::Agreement)
                .ok_or_else(|| ImportError::WrongShape("no agreement in it".into()))
        }
        BACKUP_FORMAT => {
            let document = value
                .get("document")
                .cloned()
                .ok_or_else(|| ImportError::WrongShape("no data in it".into()))?;
            decode_value(document, Origin::Backup)
                .map(Imported::Backup)
                .map_err(map_decode)
        }
        _ => Err(ImportError::WrongKind),
    }?;
    // Text longer than a field holds is refused whole, so nothing half-imported is left behind.
    let drafts = match &imported {
        Imported::Agreement(d) => std::slice::from_ref(d),
        Imported::Backup(doc) => doc.drafts.as_slice(),
    };
    match drafts.iter().find_map(Draft::overlong) {
        Some((part, chars)) => Err(ImportError::TooLong { part, chars }),
        None => Ok(imported),
    }
}

/// One field on which two copies of an agreement disagree, in words as people read them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDiff {
    pub field: &'static str,
    pub label: &'static str,
    pub mine: String,
    pub theirs: String,
}

/// A field's content in words for the comparison: a choice's label, or kept text with a mark.
fn shown(draft: &Draft, field: &str) -> String {
    match draft.unfit.get(field) {
        Some(kept) if draft.value(field).is_empty() => format!("(needs a look) {kept}"),
        _ => draft.words(field).to_string(),
    }
}

/// Field-by-field differences, in template order. Kept text that does not fit counts too.
/// How many parts differ, in plain words: "1 part differs", "2 parts differ".
pub fn parts_differ(n: usize) -> String {
    crate::core::agreement::count(n, "part differs", "parts differ")
}

pub fn diff(mine: &Draft, theirs: &Draft) -> Vec<FieldDiff> {
    mine.kind
        .template()
        .fields()
        .filter(|f| {
            mine.value(f.id) != theirs.value(f.id) || mine.unfit.get(f.id) != theirs.unfit.get(f.id)
        })
        .map(|f| FieldDiff {
            field: f.id,
            label: f.label,
            mine: shown(mine, f.id),
            theirs: shown(theirs, f.id),
        })
        .collect()
}

/// What importing one agreement did.
#[derive(Clone, Debug, PartialEq)]
pub enum AgreementMerge {
    /// New to this device: added.
    Added { id: String },
    /// Exactly what is here already.
    Identical { id: String },
    /// The same agreement with different answers: the person chooses field by field.
    Differs { id: String, theirs: Box<Draft> },
}

/// Adds an imported agreement, or reports how it differs from the copy here. Never overwrites.
pub fn merge_agreement(doc: &mut Document, theirs: Draft) -> AgreementMerge {
    match doc.draft(&theirs.id) {
        Some(mine) if mine.kind != theirs.kind => {
            let id = doc.new_draft_id(theirs.updated.unsigned_abs());
            doc.drafts.push(Draft {
                id: id.clone(),
                ..theirs
            });
            AgreementMerge::Added { id }
        }
        Some(mine) if mine.same_content(&theirs) => {
            let id = mine.id.clone();
            // Signatures made on the other device for the same content are worth keeping.
            if let Some(mine) = doc.draft_mut(&id) {
                for (party, sig) in theirs.signatures {
                    mine.signatures.entry(party).or_insert(sig);
                }
            }
            AgreementMerge::Identical { id }
        }
        // Only the text of retired parts differs, which the person cannot choose between part by
        // part: keep both sides' retired text rather than drop the partner's.
        Some(mine) if diff(mine, &theirs).is_empty() => {
            let id = mine.id.clone();
            if let Some(mine) = doc.draft_mut(&id) {
                for (field, text) in theirs.retired {
                    mine.retired.entry(field).or_insert(text);
                }
            }
            AgreementMerge::Identical { id }
        }
        Some(mine) => AgreementMerge::Differs {
            id: mine.id.clone(),
            theirs: Box::new(theirs),
        },
        None => {
            let id = theirs.id.clone();
            doc.drafts.push(theirs);
            AgreementMerge::Added { id }
        }
    }
}

/// What restoring a backup did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackupMerge {
    pub added: usize,
    pub already_here: usize,
    /// Same id, different content: kept as a separate copy.
    pub copies: usize,
    pub answers_restored: bool,
}

impl BackupMerge {
    pub fn message(&self) -> String {
        let mut parts = vec![crate::core::agreement::count(
            self.added + self.copies,
            "agreement added",
            "agreements added",
        )];
        if self.copies > 0 {
            parts.push(format!(
                "{} of them as copies beside your own version",
                self.copies
            ));
        }
        if self.already_here > 0 {
            parts.push(format!("{} already here", self.already_here));
        }
        parts.push(if self.answers_restored {
            "your questionnaire answers restored".to_string()
        } else {
            "your current questionnaire answers kept".to_string()
        });
        format!(
            "Backup restored: {}. Nothing you had was overwritten.",
            parts.join(", ")
        )
    }
}

/// Adds a backup's drafts to the document; answers are taken only when there are none here.
pub fn merge_backup(doc: &mut Document, backup: Document) -> BackupMerge {
    let mut report = BackupMerge::default();
    for draft in backup.drafts {
        match doc.draft(&draft.id) {
            Some(mine) if mine == &draft => report.already_here += 1,
            Some(_) => {
                let id = doc.new_draft_id(draft.created.unsigned_abs() ^ 0x5bd1_e995);
                let title = format!("{} (from backup)", draft.title);
                doc.drafts.push(Draft { id, title, ..draft });
                report.copies += 1;
            }
            None => {
                doc.drafts.push(draft);
                report.added += 1;
            }
        }
    }
    if doc.assessment.answers.is_empty() && !backup.assessment.answers.is_empty() {
        doc.assessment = backup.assessment;
        report.answers_restored = true;
    }
    report
}

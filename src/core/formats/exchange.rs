//! JSON files that leave and re-enter the app: one agreement (also for partner exchange) or a full backup.
//! Imports are checked before anything changes, and merging only ever adds: it never overwrites silently.

use serde::Serialize;
use serde_json::Value;

use crate::core::agreement::{count, parties, Draft, Status};
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
            // "Filled in from your answers" would be wrong for the partner, who gave no answers here.
            doc.drafts
                .into_iter()
                .next()
                .map(|mut d| {
                    d.prefilled.clear();
                    d
                })
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
    count(n, "part differs", "parts differ")
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
pub fn merge_agreement(doc: &mut Document, mut theirs: Draft) -> AgreementMerge {
    if let Some(mine) = doc.draft_mut(&theirs.id) {
        if same_terms(mine, &theirs) {
            // Each person ticks the organisation's clauses in their own browser: a tick in either
            // copy counts, in both.
            for (m, t) in mine.terms.iter_mut().zip(theirs.terms.iter_mut()) {
                for who in &t.ticked {
                    m.ticked.insert(who.clone());
                }
                t.ticked = m.ticked.clone();
            }
        }
    }
    match doc.draft(&theirs.id) {
        // Another kind, or another programme's terms: not the same agreement, so kept beside it.
        Some(mine) if mine.kind != theirs.kind || !same_terms(mine, &theirs) => {
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
                adopt_signatures(mine, &theirs);
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

/// Whether two copies carry the same programme and the same clauses, word for word.
fn same_terms(mine: &Draft, theirs: &Draft) -> bool {
    mine.programme == theirs.programme
        && mine.terms.len() == theirs.terms.len()
        && mine
            .terms
            .iter()
            .zip(&theirs.terms)
            .all(|(m, t)| m.same_words(t))
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
        let mut parts = vec![count(
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

/// Takes the partner's signatures that were given to exactly the text this copy now holds: each one
/// fills a missing or out-of-date signature here. A signature of other wording never carries over,
/// and one already valid here stays as it is. Returns who was added (role in lower case, name).
pub fn adopt_signatures(mine: &mut Draft, theirs: &Draft) -> Vec<(String, String)> {
    let fingerprint = mine.fingerprint();
    let mut adopted = Vec::new();
    for (key, role, _) in parties(mine.kind) {
        let Some(sig) = theirs.signatures.get(key) else {
            continue;
        };
        let valid_here = mine
            .signatures
            .get(key)
            .is_some_and(|s| s.fingerprint == fingerprint);
        if sig.fingerprint == fingerprint && !valid_here {
            mine.signatures.insert(key.to_string(), sig.clone());
            adopted.push((role.to_lowercase(), sig.name.clone()));
        }
    }
    adopted
}

/// Who has validly signed `draft`, in words: "the mentee (Sam Lee)", joined with "and".
fn signers(draft: &Draft, fingerprint: &str) -> Vec<String> {
    parties(draft.kind)
        .into_iter()
        .filter_map(|(key, role, _)| {
            let sig = draft.signatures.get(key)?;
            (sig.fingerprint == fingerprint)
                .then(|| format!("the {} ({})", role.to_lowercase(), sig.name))
        })
        .collect()
}

/// Roles and names in words: "the mentor's signature (Alex Kim)" or both joined with "and".
fn signatures_words(who: &[(String, String)]) -> String {
    let each: Vec<String> = who
        .iter()
        .map(|(role, name)| format!("the {role}'s signature ({name})"))
        .collect();
    each.join(" and ")
}

/// What to do next with an agreement just exchanged, from where it stands.
pub fn next_step(draft: &Draft) -> String {
    let fingerprint = draft.fingerprint();
    let waiting = draft.still_to_sign(&fingerprint);
    match (draft.status_with(&fingerprint), waiting.as_slice()) {
        (Status::Signed, _) => "You have both signed this exact text. If your partner's copy does not show both signatures yet, send them your agreement file; keep a copy for yourself.".into(),
        (Status::Draft, _) => "Next: fill in the parts still missing, then sign, and send your agreement file to your partner.".into(),
        (Status::ReadyToSign, [(role, name)]) if !name.is_empty() => format!(
            "Next: the {role}, {name}, signs below; then download the agreement file and send it back to your partner."
        ),
        (Status::ReadyToSign, _) => "Next: read it through and sign below; then download the agreement file and send it to your partner.".into(),
    }
}

fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What importing one agreement did, in words for the agreement's own screen: what happened, the
/// signatures it brought, and what to do next. `before` is this device's copy before the import.
pub fn import_message(merge: &AgreementMerge, before: Option<&Draft>, after: &Draft) -> String {
    let fingerprint = after.fingerprint();
    match merge {
        AgreementMerge::Added { .. } => {
            let signed = signers(after, &fingerprint);
            let carries = if signed.is_empty() {
                String::new()
            } else {
                format!(" It is signed by {}.", signed.join(" and "))
            };
            format!(
                "Added \u{201c}{}\u{201d} to your agreements.{carries} {}",
                after.title,
                next_step(after)
            )
        }
        AgreementMerge::Identical { .. } => {
            let added: Vec<(String, String)> = parties(after.kind)
                .into_iter()
                .filter(|(key, _, _)| {
                    let valid = |d: &Draft| {
                        d.signatures
                            .get(*key)
                            .is_some_and(|s| s.fingerprint == fingerprint)
                    };
                    valid(after) && !before.is_some_and(valid)
                })
                .filter_map(|(key, role, _)| {
                    after
                        .signatures
                        .get(key)
                        .map(|s| (role.to_lowercase(), s.name.clone()))
                })
                .collect();
            let signatures = match added.len() {
                0 => " It brought no new signatures.".to_string(),
                n => format!(
                    " {} {} added.",
                    sentence_case(&signatures_words(&added)),
                    if n > 1 { "were" } else { "was" }
                ),
            };
            format!(
                "Your partner's copy says exactly what yours says.{signatures} {}",
                next_step(after)
            )
        }
        AgreementMerge::Differs { theirs, .. } => {
            let n = before.map_or(0, |mine| diff(mine, theirs).len());
            let kept = if theirs.signatures.is_empty() {
                ""
            } else {
                " Their signature stays if you end up with exactly their wording."
            };
            format!(
                "Your partner's copy differs from yours ({}). Choose below, part by part, which wording to keep.{kept}",
                parts_differ(n)
            )
        }
    }
}

/// Settles a partner's copy once no difference is left: keeps their signatures of this exact text,
/// and says what happened and what to do next. `their_fingerprint` is their copy as it arrived, so
/// the message can tell whether this copy now says just what theirs does.
pub fn settle_partner_copy(mine: &mut Draft, theirs: &Draft, their_fingerprint: &str) -> String {
    let adopted = adopt_signatures(mine, theirs);
    let same = mine.fingerprint() == their_fingerprint;
    let what = if same {
        "Every difference is settled: your copy now says exactly what your partner's says."
    } else {
        "Every difference is settled. Your copy keeps some of your own wording, so your partner needs your file to see it."
    };
    let signatures = if !adopted.is_empty() {
        let verb = if adopted.len() > 1 { "were" } else { "was" };
        format!(
            " {} {verb} kept, as it was given to this exact text.",
            sentence_case(&signatures_words(&adopted))
        )
    } else if !same && !theirs.signatures.is_empty() {
        " Their signature was given to their own wording, so it does not carry over.".to_string()
    } else {
        String::new()
    };
    format!("{what}{signatures} {}", next_step(mine))
}

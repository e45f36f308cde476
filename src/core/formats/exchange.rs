//! JSON files that leave and re-enter the app: one agreement (also for partner exchange) or a full backup.
//! Imports are checked before anything changes, and merging only ever adds: it never overwrites silently.

use serde::Serialize;
use serde_json::Value;

use crate::core::agreement::{parties, Draft, FieldKind, Status};
use crate::core::document::{decode_value, Damage, DecodeError, Document, SCHEMA_VERSION};
use crate::core::text::{key, Arg, Catalogue, Key, Msg};
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
// One value per import, never held in bulk: boxing the draft would buy nothing.
#[allow(clippy::large_enum_variant)]
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
    WrongShape(Damage),
    /// A part holds more than a field may (its label, or its id if retired; characters).
    TooLong {
        part: Arg,
        chars: usize,
    },
}

impl ImportError {
    /// What went wrong, then that nothing was changed.
    pub fn message(&self) -> Vec<Msg> {
        let what = match self {
            ImportError::TooLarge { bytes } => Msg::new(key::IMPORT_TOO_LARGE)
                .with("size", (bytes / 1000).to_string())
                .with("limit", (MAX_IMPORT_BYTES / 1000).to_string()),
            ImportError::NotJson => key::IMPORT_NOT_JSON.into(),
            ImportError::WrongKind => key::IMPORT_WRONG_KIND.into(),
            ImportError::Newer { found } => {
                Msg::new(key::IMPORT_NEWER).with("found", found.to_string())
            }
            ImportError::WrongShape(damage) => {
                Msg::new(key::IMPORT_WRONG_SHAPE).with_msg("detail", damage.message())
            }
            ImportError::TooLong { part, chars } => Msg::new(key::IMPORT_TOO_LONG)
                .with_arg("part", part.clone())
                .with("chars", chars.to_string()),
        };
        vec![what, key::IMPORT_NOTHING_CHANGED.into()]
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
        .ok_or(ImportError::WrongShape(Damage::NoVersion))?;
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
                .ok_or(ImportError::WrongShape(Damage::NoAgreement))?;
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
                .ok_or(ImportError::WrongShape(Damage::NoAgreement))
        }
        BACKUP_FORMAT => {
            let document = value
                .get("document")
                .cloned()
                .ok_or(ImportError::WrongShape(Damage::NoData))?;
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
    pub label: Key,
    pub mine: String,
    pub theirs: String,
}

/// A field's content in words for the comparison: a choice's label in the language of `cat`, or
/// kept text with a mark.
fn shown(draft: &Draft, field: &str, cat: &Catalogue) -> String {
    match draft.unfit.get(field) {
        Some(kept) if draft.value(field).is_empty() => {
            format!("{} {kept}", cat.get(key::MERGE_NEEDS_A_LOOK))
        }
        // A tick is said in words, not as the "yes" it is stored as.
        _ if draft.kind.field_kind(field) == Some(FieldKind::Tick) => {
            let ticked = !draft.value(field).is_empty();
            cat.get(if ticked {
                key::MERGE_TICKED
            } else {
                key::MERGE_NOT_TICKED
            })
            .to_string()
        }
        _ => draft.words_in(field, cat).to_string(),
    }
}

/// Field-by-field differences, in template order. Kept text that does not fit counts too.
pub fn diff(mine: &Draft, theirs: &Draft) -> Vec<FieldDiff> {
    diff_in(mine, theirs, &Catalogue::english())
}

/// As `diff`, with choices said in the language of `cat`.
pub fn diff_in(mine: &Draft, theirs: &Draft, cat: &Catalogue) -> Vec<FieldDiff> {
    mine.kind
        .template()
        .fields()
        .filter(|f| {
            mine.value(f.id) != theirs.value(f.id) || mine.unfit.get(f.id) != theirs.unfit.get(f.id)
        })
        .map(|f| FieldDiff {
            field: f.id,
            label: f.label,
            mine: shown(mine, f.id, cat),
            theirs: shown(theirs, f.id, cat),
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
    pub fn message(&self) -> Msg {
        let mut parts = vec![Msg::count(key::BACKUP_ADDED, self.added + self.copies)];
        if self.copies > 0 {
            parts.push(Msg::count(key::BACKUP_COPIES, self.copies));
        }
        if self.already_here > 0 {
            parts.push(Msg::count(key::BACKUP_ALREADY_HERE, self.already_here));
        }
        parts.push(if self.answers_restored {
            key::BACKUP_ANSWERS_RESTORED.into()
        } else {
            key::BACKUP_ANSWERS_KEPT.into()
        });
        // The parts are listed with commas, each said in the same language as the sentence.
        let mut msg = Msg::new(key::BACKUP_RESTORED);
        let mut list = Msg::new(LIST[parts.len().min(LIST.len()) - 1]);
        for (name, part) in ["a", "b", "c", "d"].into_iter().zip(parts) {
            list = list.with_msg(name, part);
        }
        msg = msg.with_msg("parts", list);
        msg
    }
}

/// Lists of one to four parts joined with commas: "{a}", "{a}, {b}", …
const LIST: [Key; 4] = [
    key::LIST_OF_1,
    key::LIST_OF_2,
    key::LIST_OF_3,
    key::LIST_OF_4,
];

/// Adds a backup's drafts to the document; answers are taken only when there are none here.
pub fn merge_backup(doc: &mut Document, backup: Document) -> BackupMerge {
    let mut report = BackupMerge::default();
    for draft in backup.drafts {
        match doc.draft(&draft.id) {
            Some(mine) if mine == &draft => report.already_here += 1,
            Some(_) => {
                let id = doc.new_draft_id(draft.created.unsigned_abs() ^ 0x5bd1_e995);
                let title = Msg::new(key::BACKUP_FROM_BACKUP)
                    .with("title", draft.title.clone())
                    .english();
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
    for (key, _, _) in parties(mine.kind) {
        let Some(sig) = theirs.signatures.get(key) else {
            continue;
        };
        let valid_here = mine
            .signatures
            .get(key)
            .is_some_and(|s| s.fingerprint == fingerprint);
        if sig.fingerprint == fingerprint && !valid_here {
            mine.signatures.insert(key.to_string(), sig.clone());
            adopted.push((key.to_string(), sig.name.clone()));
        }
    }
    adopted
}

/// A sentence about one or both parties' signatures: `one` names a single party's, `both` names
/// the two people.
fn about_signatures(who: &[(String, String)], one: [Key; 4], both: Key) -> Option<Msg> {
    match who {
        [] => None,
        [(party, name)] => Some(Msg::new(by_party(party, one)).with("name", name.clone())),
        [(_, first), (_, second), ..] => Some(
            Msg::new(both)
                .with("first", first.clone())
                .with("second", second.clone()),
        ),
    }
}

/// The key for a party ("mentee", "mentor", "coachee", "coach") from four in that order.
fn by_party(party: &str, keys: [Key; 4]) -> Key {
    match party {
        "mentee" => keys[0],
        "mentor" => keys[1],
        "coachee" => keys[2],
        _ => keys[3],
    }
}

/// Who has validly signed `draft`: (party, name).
fn signers(draft: &Draft, fingerprint: &str) -> Vec<(String, String)> {
    parties(draft.kind)
        .into_iter()
        .filter_map(|(key, _, _)| {
            let sig = draft.signatures.get(key)?;
            (sig.fingerprint == fingerprint).then(|| (key.to_string(), sig.name.clone()))
        })
        .collect()
}

/// What to do next with an agreement just exchanged, from where it stands.
pub fn next_step(draft: &Draft) -> Msg {
    let fingerprint = draft.fingerprint();
    let waiting = draft.still_to_sign(&fingerprint);
    match (draft.status_with(&fingerprint), waiting.as_slice()) {
        (Status::Signed, _) => key::EXCHANGE_NEXT_SIGNED.into(),
        (Status::Draft, _) => key::EXCHANGE_NEXT_DRAFT.into(),
        (Status::ReadyToSign, [(party, name)]) if !name.is_empty() => Msg::new(by_party(
            party,
            [
                key::EXCHANGE_NEXT_NAMED_MENTEE,
                key::EXCHANGE_NEXT_NAMED_MENTOR,
                key::EXCHANGE_NEXT_NAMED_COACHEE,
                key::EXCHANGE_NEXT_NAMED_COACH,
            ],
        ))
        .with("name", name.clone()),
        (Status::ReadyToSign, _) => key::EXCHANGE_NEXT_READY.into(),
    }
}

/// What importing one agreement did, in words for the agreement's own screen: what happened, the
/// signatures it brought, and what to do next. `before` is this device's copy before the import.
pub fn import_message(merge: &AgreementMerge, before: Option<&Draft>, after: &Draft) -> Vec<Msg> {
    let fingerprint = after.fingerprint();
    match merge {
        AgreementMerge::Added { .. } => {
            let mut said = vec![Msg::new(key::EXCHANGE_ADDED).with("title", after.title.clone())];
            said.extend(about_signatures(
                &signers(after, &fingerprint),
                [
                    key::EXCHANGE_SIGNED_BY_MENTEE,
                    key::EXCHANGE_SIGNED_BY_MENTOR,
                    key::EXCHANGE_SIGNED_BY_COACHEE,
                    key::EXCHANGE_SIGNED_BY_COACH,
                ],
                key::EXCHANGE_SIGNED_BY_BOTH,
            ));
            said.push(next_step(after));
            said
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
                .filter_map(|(key, _, _)| {
                    after
                        .signatures
                        .get(key)
                        .map(|s| (key.to_string(), s.name.clone()))
                })
                .collect();
            let signatures = about_signatures(
                &added,
                [
                    key::EXCHANGE_SIG_ADDED_MENTEE,
                    key::EXCHANGE_SIG_ADDED_MENTOR,
                    key::EXCHANGE_SIG_ADDED_COACHEE,
                    key::EXCHANGE_SIG_ADDED_COACH,
                ],
                key::EXCHANGE_SIGS_ADDED_BOTH,
            )
            .unwrap_or_else(|| key::EXCHANGE_NO_NEW_SIGNATURES.into());
            vec![key::EXCHANGE_IDENTICAL.into(), signatures, next_step(after)]
        }
        AgreementMerge::Differs { theirs, .. } => {
            let n = before.map_or(0, |mine| diff(mine, theirs).len());
            let mut said = vec![Msg::new(key::EXCHANGE_DIFFERS)
                .with_msg("differ", Msg::count(key::MERGE_PARTS_DIFFER, n))];
            if !theirs.signatures.is_empty() {
                said.push(key::EXCHANGE_THEIR_SIGNATURE_STAYS.into());
            }
            said
        }
    }
}

/// Settles a partner's copy once no difference is left: keeps their signatures of this exact text,
/// and says what happened and what to do next. `their_fingerprint` is their copy as it arrived, so
/// the message can tell whether this copy now says just what theirs does.
pub fn settle_partner_copy(mine: &mut Draft, theirs: &Draft, their_fingerprint: &str) -> Vec<Msg> {
    let adopted = adopt_signatures(mine, theirs);
    let same = mine.fingerprint() == their_fingerprint;
    let mut said = vec![Msg::new(if same {
        key::EXCHANGE_SETTLED_SAME
    } else {
        key::EXCHANGE_SETTLED_OWN
    })];
    if let Some(kept) = about_signatures(
        &adopted,
        [
            key::EXCHANGE_SIG_KEPT_MENTEE,
            key::EXCHANGE_SIG_KEPT_MENTOR,
            key::EXCHANGE_SIG_KEPT_COACHEE,
            key::EXCHANGE_SIG_KEPT_COACH,
        ],
        key::EXCHANGE_SIGS_KEPT_BOTH,
    ) {
        said.push(kept);
    } else if !same && !theirs.signatures.is_empty() {
        said.push(key::EXCHANGE_SIGNATURE_NOT_CARRIED.into());
    }
    said.push(next_step(mine));
    said
}

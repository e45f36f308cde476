//! The agreement list's operations on the document: new, duplicate, delete and undo (for every
//! deletion on the page), the draft made from a result, and the backup reminder. The screens only
//! call these.

use crate::core::agreement::{AgreementKind, Draft};
use crate::core::document::Document;
use crate::core::scoring::Answers;
use crate::core::text::{key, Catalogue, Key, Msg, PlainNumbers};

/// Some browsers (Safari) delete a site's data after 7 days without a visit.
pub const BACKUP_AFTER_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// A deleted draft and where it was, so Undo puts it back exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deleted {
    pub index: usize,
    pub draft: Draft,
}

/// Why the person should download a backup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupReminder {
    /// There are drafts and no backup yet.
    Never,
    /// The last backup is more than a week old.
    Old,
}

impl BackupReminder {
    pub fn message(self) -> Key {
        match self {
            BackupReminder::Never => key::BACKUP_NEVER,
            BackupReminder::Old => key::BACKUP_OLD,
        }
    }
}

impl Document {
    /// Adds an empty draft of `kind` and returns its id.
    pub fn add_draft(&mut self, kind: AgreementKind, entropy: u64, now: i64) -> String {
        let id = self.new_draft_id(entropy);
        self.drafts.push(Draft::new(id.clone(), kind, now));
        id
    }

    /// Adds a copy of draft `id` with a new id, no signatures and "Copy of" in its title (in the
    /// language of `cat`).
    pub fn duplicate_draft(
        &mut self,
        id: &str,
        entropy: u64,
        now: i64,
        cat: &Catalogue,
    ) -> Option<String> {
        let original = self.draft(id)?.clone();
        let copy_id = self.new_draft_id(entropy);
        self.drafts.push(Draft {
            id: copy_id.clone(),
            title: cat.say(
                &Msg::new(key::DRAFT_COPY_OF).with("title", original.title.clone()),
                &PlainNumbers,
            ),
            signatures: Default::default(),
            created: now,
            updated: now,
            ..original
        });
        Some(copy_id)
    }

    /// Removes draft `id`, returning what Undo needs.
    pub fn delete_draft(&mut self, id: &str) -> Option<Deleted> {
        let index = self.drafts.iter().position(|d| d.id == id)?;
        Some(Deleted {
            index,
            draft: self.drafts.remove(index),
        })
    }

    /// Puts a deleted draft back where it was and returns its id. If a draft with its id has
    /// appeared meanwhile (from another tab), the returning one gets a new id rather than replacing it.
    pub fn undo_delete(&mut self, deleted: Deleted, entropy: u64) -> String {
        let Deleted { index, mut draft } = deleted;
        if self.draft(&draft.id).is_some() {
            draft.id = self.new_draft_id(entropy);
        }
        let id = draft.id.clone();
        let at = index.min(self.drafts.len());
        self.drafts.insert(at, draft);
        id
    }

    /// The draft made from the result `key` (see `result_key`) most recently, if one is still here.
    /// Such a draft's id starts with the key, so finding it needs nothing more stored.
    pub fn draft_from_result(&self, key: &str) -> Option<&Draft> {
        let prefix = result_prefix(key);
        self.drafts
            .iter()
            .filter(|d| d.id.starts_with(&prefix))
            .max_by_key(|d| d.created)
    }

    /// Opens the draft made from the result `key` if there is one; otherwise adds the one `make`
    /// builds from a fresh id. Returns the draft's id and whether it is new.
    pub fn open_or_draft_from_result(
        &mut self,
        key: &str,
        entropy: u64,
        make: impl FnOnce(String) -> Draft,
    ) -> (String, bool) {
        if let Some(d) = self.draft_from_result(key) {
            return (d.id.clone(), false);
        }
        (self.start_another_from_result(key, entropy, make), true)
    }

    /// Adds another draft from the result `key` even though one exists; being the newest, it is
    /// the one opened from the result from now on.
    pub fn start_another_from_result(
        &mut self,
        key: &str,
        entropy: u64,
        make: impl FnOnce(String) -> Draft,
    ) -> String {
        let id = format!("{}{}", result_prefix(key), self.new_draft_id(entropy));
        self.drafts.push(make(id.clone()));
        id
    }

    /// Whether to remind the person to download a backup, at time `now`.
    pub fn backup_reminder(&self, now: i64) -> Option<BackupReminder> {
        if self.drafts.is_empty() || now.saturating_sub(self.last_backup) <= BACKUP_AFTER_MS {
            None
        } else if self.last_backup == 0 {
            Some(BackupReminder::Never)
        } else {
            Some(BackupReminder::Old)
        }
    }

    /// The drafts, most recently edited first.
    pub fn drafts_by_recent(&self) -> Vec<&Draft> {
        let mut drafts: Vec<&Draft> = self.drafts.iter().collect();
        drafts.sort_by_key(|d| std::cmp::Reverse(d.updated));
        drafts
    }
}

/// Which result a draft comes from: the kind, whether it is one half of a blend, and the answers
/// it was made from. Changing an answer makes a new result. A short hash (FNV-1a), as it is only
/// compared, never read; it begins the ids of the drafts made from that result.
pub fn result_key(kind: AgreementKind, blend: bool, answers: &Answers) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |text: &str| {
        for b in text.bytes().chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(kind.noun());
    feed(if blend { "blend" } else { "one" });
    for (question, answer) in answers {
        feed(question);
        feed(answer);
    }
    format!("{hash:016x}")
}

/// How the ids of drafts made from the result `key` begin ("r", the key, "-").
fn result_prefix(key: &str) -> String {
    format!("r{key}-")
}

/// The drafts deleted on the list page, newest first, each one restorable until the page is left.
/// Each keeps its place in the list as it was with every deleted draft still in it, so putting
/// them back in any order rebuilds the original order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trash {
    pub deleted: Vec<Deleted>,
}

impl Trash {
    /// Deletes draft `id` from `doc` and keeps it here for Undo. Returns whether it was there.
    pub fn delete(&mut self, doc: &mut Document, id: &str) -> bool {
        let Some(mut gone) = doc.delete_draft(id) else {
            return false;
        };
        // From a place in the list as it is to a place in the list with the earlier deletions back.
        let mut earlier: Vec<usize> = self.deleted.iter().map(|d| d.index).collect();
        earlier.sort_unstable();
        for place in earlier {
            if place <= gone.index {
                gone.index += 1;
            }
        }
        self.deleted.insert(0, gone);
        true
    }

    /// Puts the deleted draft `id` back, whichever deletion it was, and returns the id it has now.
    pub fn restore(&mut self, doc: &mut Document, id: &str, entropy: u64) -> Option<String> {
        let at = self.deleted.iter().position(|d| d.draft.id == id)?;
        let mut gone = self.deleted.remove(at);
        // Drafts still deleted from before it do not take up places.
        gone.index -= self.deleted.iter().filter(|d| d.index < gone.index).count();
        Some(doc.undo_delete(gone, entropy))
    }
}

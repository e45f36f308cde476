//! The agreement list's operations on the document: new, duplicate, delete and undo, and the
//! backup reminder. The list screen only calls these.

use crate::core::agreement::{AgreementKind, Draft};
use crate::core::document::Document;

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
    pub fn message(self) -> &'static str {
        match self {
            BackupReminder::Never => "You haven't downloaded a backup yet. ",
            BackupReminder::Old => "Your last backup is more than a week old. ",
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

    /// Adds a copy of draft `id` with a new id, no signatures and "Copy of" in its title.
    pub fn duplicate_draft(&mut self, id: &str, entropy: u64, now: i64) -> Option<String> {
        let original = self.draft(id)?.clone();
        let copy_id = self.new_draft_id(entropy);
        self.drafts.push(Draft {
            id: copy_id.clone(),
            title: format!("Copy of {}", original.title),
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

    /// Puts a deleted draft back where it was. If a draft with its id has appeared meanwhile (from
    /// another tab), the returning one gets a new id rather than replacing it.
    pub fn undo_delete(&mut self, deleted: Deleted, entropy: u64) {
        let Deleted { index, mut draft } = deleted;
        if self.draft(&draft.id).is_some() {
            draft.id = self.new_draft_id(entropy);
        }
        let at = index.min(self.drafts.len());
        self.drafts.insert(at, draft);
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

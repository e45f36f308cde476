//! The save decision, apart from the browser: from what this tab holds, what it last saw in storage
//! and what storage holds now, whether to write, merge first, set unreadable data aside, or stop.
//! `ui/sync.rs` only reads and writes storage and carries the plan out.

use crate::core::document::{decode, encode, DecodeError, Document};
use crate::core::merge::merge;

/// What a save should do.
#[derive(Clone, Debug, PartialEq)]
pub enum SavePlan {
    /// Nothing changed here or elsewhere: no write.
    Nothing,
    /// Write `text`, the encoding of `doc`.
    Write(Box<Write>),
    /// A newer version of the app wrote: stop writing rather than damage its data.
    Stop { found: u32 },
}

/// A write, and what to do around it.
#[derive(Clone, Debug, PartialEq)]
pub struct Write {
    pub doc: Document,
    pub text: String,
    /// Unreadable text that something else wrote: copy it aside first, and tell the person.
    pub set_aside: Option<(String, DecodeError)>,
    /// What merging with another tab's save did, in words.
    pub notes: Vec<crate::core::text::Msg>,
    /// Whether the write brings in another tab's work, so the screen must show `doc`.
    pub brings_changes: bool,
    /// Whether to ask the browser to keep this site's storage now: there is something worth keeping
    /// and it has not been asked before.
    pub ask_persistence: bool,
}

/// Decides a save. `base` and `base_raw` are the document and text as this tab last read or
/// wrote them; `stored` is what storage holds now.
pub fn plan_save(
    current: &Document,
    base: &Document,
    base_raw: Option<&str>,
    stored: Option<&str>,
) -> SavePlan {
    let changed_elsewhere = stored != base_raw;
    if !changed_elsewhere && current == base {
        return SavePlan::Nothing;
    }
    let mut next = None;
    let mut notes = Vec::new();
    let mut set_aside = None;
    if let (true, Some(raw)) = (changed_elsewhere, stored) {
        match decode(raw) {
            Ok(theirs) => {
                let merged = merge(base, current, &theirs);
                next = Some(merged.doc);
                notes = merged.notes;
            }
            Err(DecodeError::Newer { found }) => return SavePlan::Stop { found },
            Err(error) => set_aside = Some((raw.to_string(), error)),
        }
    }
    // Only a merge can bring in changes; without one the document is written as it is (one copy,
    // since documents with many drafts are large).
    let merged = next.is_some();
    let mut next = next.unwrap_or_else(|| current.clone());
    next.revision = next.revision.max(base.revision) + 1;
    let brings_changes = merged && {
        let mut unchanged = current.clone();
        unchanged.revision = next.revision;
        next != unchanged
    };
    let ask_persistence = next.has_content() && !next.persist_asked;
    let text = encode(&next);
    SavePlan::Write(Box::new(Write {
        doc: next,
        text,
        set_aside,
        notes,
        brings_changes,
        ask_persistence,
    }))
}

/// What to do when another tab has written.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// Nothing new (the text is what this tab last saw).
    Ignore,
    /// No unsaved changes here: show the other tab's document as it is.
    Take(Document),
    /// A newer version of the app wrote: stop writing.
    Stop { found: u32 },
    /// Unsaved changes here, or storage cleared or damaged elsewhere: save now, which merges or repairs.
    Save,
}

/// Decides what another tab's write means for this tab.
pub fn plan_incoming(stored: Option<&str>, base_raw: Option<&str>, unsaved: bool) -> Incoming {
    if stored == base_raw {
        return Incoming::Ignore;
    }
    match stored.map(decode) {
        Some(Ok(theirs)) if !unsaved => Incoming::Take(theirs),
        Some(Err(DecodeError::Newer { found })) => Incoming::Stop { found },
        _ => Incoming::Save,
    }
}

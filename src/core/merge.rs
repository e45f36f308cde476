//! Three-way merge of the document, for two tabs that both wrote: what each side changed since the
//! version they share is kept, and where both changed the same thing, nothing is dropped silently.

use crate::core::text::{key, Msg};
use std::collections::BTreeMap;

use crate::core::agreement::{Draft, Term};
use crate::core::document::Document;

/// The merged document and, in words, anything the person should hear about.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub doc: Document,
    pub notes: Vec<Msg>,
}

/// Merges `ours` and `theirs`, both descended from `base`.
pub fn merge(base: &Document, ours: &Document, theirs: &Document) -> Merged {
    let mut notes = Vec::new();
    let (answers, answer_clash) = merge_map(
        &base.assessment.answers,
        &ours.assessment.answers,
        &theirs.assessment.answers,
    );
    if answer_clash {
        notes.push(key::MERGE_ANSWER_CLASH.into());
    }

    let mut drafts: Vec<Draft> = Vec::new();
    let mut ids: Vec<&str> = ours.drafts.iter().map(|d| d.id.as_str()).collect();
    ids.extend(
        theirs
            .drafts
            .iter()
            .map(|d| d.id.as_str())
            .filter(|id| ours.draft(id).is_none()),
    );
    ids.extend(
        base.drafts
            .iter()
            .map(|d| d.id.as_str())
            .filter(|id| ours.draft(id).is_none() && theirs.draft(id).is_none()),
    );
    for id in ids {
        match (base.draft(id), ours.draft(id), theirs.draft(id)) {
            (b, Some(o), None) => {
                // Deleted in the other tab: keep it only if this tab changed it since.
                match b {
                    Some(b) if b == o => {}
                    Some(_) => {
                        notes.push(
                            Msg::new(key::MERGE_DELETED_THERE).with("title", o.title.clone()),
                        );
                        drafts.push(o.clone());
                    }
                    None => drafts.push(o.clone()),
                }
            }
            (b, None, Some(t)) => match b {
                Some(b) if b == t => {}
                Some(_) => {
                    notes.push(Msg::new(key::MERGE_DELETED_HERE).with("title", t.title.clone()));
                    drafts.push(t.clone());
                }
                None => drafts.push(t.clone()),
            },
            (Some(b), Some(o), Some(t)) => {
                let (merged, clash) = merge_draft(b, o, t);
                drafts.push(merged);
                if clash {
                    let copy_id = unused_id(id, &drafts, ours, theirs);
                    notes.push(Msg::new(key::MERGE_EDITED_BOTH).with("title", o.title.clone()));
                    drafts.push(Draft {
                        id: copy_id,
                        // A number rather than words: the title is the person's, in their language.
                        title: format!("{} (2)", t.title),
                        ..t.clone()
                    });
                }
            }
            (None, Some(o), Some(t)) => {
                // Both tabs created a draft with the same id: keep both.
                drafts.push(o.clone());
                if o != t {
                    let copy_id = unused_id(id, &drafts, ours, theirs);
                    drafts.push(Draft {
                        id: copy_id,
                        ..t.clone()
                    });
                }
            }
            _ => {}
        }
    }

    let doc = Document {
        schema: ours.schema,
        assessment: crate::core::document::Assessment {
            bank_version: ours.assessment.bank_version,
            answers,
        },
        drafts,
        resume: ours.resume.clone(),
        revision: ours.revision.max(theirs.revision),
        persist_asked: ours.persist_asked || theirs.persist_asked,
        last_backup: ours.last_backup.max(theirs.last_backup),
    };
    Merged { doc, notes }
}

/// Per key: this side's value if it changed since the base, else the other side's. The flag says
/// whether both changed the same key differently.
fn merge_map<V: Clone + PartialEq>(
    base: &BTreeMap<String, V>,
    ours: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
) -> (BTreeMap<String, V>, bool) {
    let mut out = BTreeMap::new();
    let mut clash = false;
    // Inserting one by one instead of `collect()` keeps a sorting routine out of the first download.
    let mut keys = std::collections::BTreeSet::new();
    for k in base.keys().chain(ours.keys()).chain(theirs.keys()) {
        keys.insert(k);
    }
    for k in keys {
        let (b, o, t) = (base.get(k), ours.get(k), theirs.get(k));
        let pick = if o != b {
            if t != b && t != o {
                clash = true;
            }
            o
        } else {
            t
        };
        if let Some(v) = pick {
            out.insert(k.clone(), v.clone());
        }
    }
    (out, clash)
}

fn merge_draft(base: &Draft, ours: &Draft, theirs: &Draft) -> (Draft, bool) {
    let (fields, field_clash) = merge_map(&base.fields, &ours.fields, &theirs.fields);
    let (unfit, unfit_clash) = merge_map(&base.unfit, &ours.unfit, &theirs.unfit);
    let (unfit_from, _) = merge_map(&base.unfit_from, &ours.unfit_from, &theirs.unfit_from);
    let (retired, _) = merge_map(&base.retired, &ours.retired, &theirs.retired);
    let (signatures, _) = merge_map(&base.signatures, &ours.signatures, &theirs.signatures);
    let title_clash =
        ours.title != base.title && theirs.title != base.title && ours.title != theirs.title;
    // A field still counts as prefilled only while its text is the suggestion that was put there.
    let mut prefilled = std::collections::BTreeSet::new();
    for f in pick(&base.prefilled, &ours.prefilled, &theirs.prefilled) {
        let from = if ours.prefilled.contains(f) {
            ours
        } else {
            theirs
        };
        if fields.get(f) == from.fields.get(f) {
            prefilled.insert(f.clone());
        }
    }
    let merged = Draft {
        id: ours.id.clone(),
        kind: *pick(&base.kind, &ours.kind, &theirs.kind),
        title: pick(&base.title, &ours.title, &theirs.title).clone(),
        fields,
        unfit,
        unfit_from,
        retired,
        prefilled,
        created: *pick(&base.created, &ours.created, &theirs.created),
        updated: ours.updated.max(theirs.updated),
        signatures,
        programme: pick(&base.programme, &ours.programme, &theirs.programme).clone(),
        terms: merge_terms(base, ours, theirs),
        lang: pick(&base.lang, &ours.lang, &theirs.lang).clone(),
        // A prompt either side knows still blocks signing wherever it is left.
        marks: ours.marks.union(&theirs.marks).cloned().collect(),
    };
    (merged, field_clash || unfit_clash || title_clash)
}

/// The organisation's clauses: the words as the side that changed them has them, and each clause's
/// ticks merged three ways too; a tick given in both tabs at once is kept from both.
fn merge_terms(base: &Draft, ours: &Draft, theirs: &Draft) -> Vec<Term> {
    let mut terms = pick(&base.terms, &ours.terms, &theirs.terms).clone();
    for (i, term) in terms.iter_mut().enumerate() {
        let ticks = |d: &'_ Draft| {
            d.terms
                .get(i)
                .filter(|t| t.same_words(term))
                .map(|t| t.ticked.clone())
        };
        if let (Some(b), Some(o), Some(t)) = (ticks(base), ticks(ours), ticks(theirs)) {
            term.ticked = if o != b && t != b {
                // Inserted one by one: collecting into a set would bring a sorting routine into the
                // first download, where tab merges run.
                let mut both = o;
                for who in t {
                    both.insert(who);
                }
                both
            } else {
                pick(&b, &o, &t).clone()
            };
        }
    }
    terms
}

/// Three-way choice of one value: this side's if it changed since the base, else the other side's.
fn pick<'a, T: PartialEq>(base: &T, ours: &'a T, theirs: &'a T) -> &'a T {
    if ours != base {
        ours
    } else {
        theirs
    }
}

fn unused_id(id: &str, drafts: &[Draft], ours: &Document, theirs: &Document) -> String {
    // Ids are at most 64 characters; leave room for the suffix.
    let stem: String = id.chars().take(48).collect();
    (1..)
        .map(|n| format!("{stem}-{n}"))
        .find(|c| {
            !drafts.iter().any(|d| &d.id == c)
                && ours.draft(c).is_none()
                && theirs.draft(c).is_none()
        })
        .unwrap_or_else(|| format!("{id}-x"))
}

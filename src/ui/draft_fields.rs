//! The open draft's fields as signals of their own, brought up to date field by field: a keystroke
//! recomputes the field it changed and the few that read it (`Draft::affected_fields`), and wakes
//! only what shows them, instead of re-running every field's closures on every change.

use leptos::prelude::*;

use crate::core::agreement::{Draft, Field, FieldState, Template};

/// What one field shows: its text, and the rest (`FieldState`) apart, so typing, which changes the
/// text, wakes only the closures that show the text.
#[derive(Clone, Copy)]
pub struct FieldSignals {
    pub text: RwSignal<String>,
    pub state: RwSignal<FieldState>,
}

/// Every field's signals, and the fields still to fill in, following one draft.
#[derive(Clone, Copy)]
pub struct DraftFields {
    fields: StoredValue<Vec<(&'static Field, FieldSignals)>>,
    /// The ids of the fields still to fill in, in template order; set only when the list changes.
    pub missing: RwSignal<Vec<&'static str>>,
}

impl DraftFields {
    /// Follows `draft`, whose fields are `template`'s.
    pub fn new(draft: Memo<Option<Draft>>, template: &'static Template) -> DraftFields {
        let now = draft.get_untracked();
        let fields: Vec<(&'static Field, FieldSignals)> = template
            .fields()
            .map(|f| {
                let (text, state) = now
                    .as_ref()
                    .map(|d| (d.text(f.id).to_string(), d.field_state(f)))
                    .unwrap_or_default();
                (
                    f,
                    FieldSignals {
                        text: RwSignal::new(text),
                        state: RwSignal::new(state),
                    },
                )
            })
            .collect();
        let missing = RwSignal::new(now.as_ref().map(Draft::missing_ids).unwrap_or_default());
        let fields = StoredValue::new(fields);
        // The draft as last seen, to tell which fields a change touched.
        let seen = StoredValue::new(now);
        Effect::new(move |_| {
            // Worked out while reading the draft, set after: a signal set while the draft is
            // borrowed would wake its readers in the middle of this read.
            let updates = draft.with(|now| {
                let now = now.as_ref()?;
                let touched = seen.with_value(|before| match before {
                    Some(before) => now.affected_fields(before),
                    None => template.fields().collect(),
                });
                let updates: Vec<(FieldSignals, Option<String>, Option<FieldState>)> = fields
                    .with_value(|fields| {
                        touched
                            .into_iter()
                            .filter_map(|f| {
                                let (_, s) = fields.iter().find(|(g, _)| g.id == f.id)?;
                                count_refresh();
                                let text = now.text(f.id);
                                let text = s
                                    .text
                                    .with_untracked(|t| t != text)
                                    .then(|| text.to_string());
                                let state = now.field_state(f);
                                let state =
                                    s.state.with_untracked(|old| old != &state).then_some(state);
                                Some((*s, text, state))
                            })
                            .collect()
                    });
                seen.set_value(Some(now.clone()));
                Some(updates)
            });
            let mut needs_changed = false;
            for (s, text, state) in updates.into_iter().flatten() {
                if let Some(text) = text {
                    s.text.set(text);
                }
                if let Some(state) = state {
                    needs_changed |= s.state.with_untracked(|old| old.needs != state.needs);
                    s.state.set(state);
                }
            }
            if needs_changed {
                let ids: Vec<&'static str> = fields.with_value(|fields| {
                    fields
                        .iter()
                        .filter(|(_, s)| s.state.with_untracked(|st| st.needs))
                        .map(|(f, _)| f.id)
                        .collect()
                });
                missing.set(ids);
            }
        });
        DraftFields { fields, missing }
    }

    /// The signals of field `id`.
    pub fn get(&self, id: &str) -> Option<FieldSignals> {
        self.fields
            .with_value(|fields| fields.iter().find(|(f, _)| f.id == id).map(|(_, s)| *s))
    }
}

/// How many times a field was brought up to date since the page loaded; only in debug builds,
/// where the component tests check that a keystroke touches a few fields, not all of them.
#[cfg(debug_assertions)]
pub fn refreshes() -> usize {
    REFRESHES.load(std::sync::atomic::Ordering::Relaxed)
}

#[cfg(debug_assertions)]
static REFRESHES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn count_refresh() {
    #[cfg(debug_assertions)]
    REFRESHES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

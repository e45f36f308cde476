//! The agreement editor: the draft's sections as fieldsets, each marked complete or missing, saved as you type.

use leptos::prelude::*;

use crate::core::agreement::{missing_words, Draft, Status};
use crate::ui::agreement_document::AgreementDocument;
use crate::ui::draft_fields::DraftFields;
use crate::ui::exchange_notice::ExchangeNotice;
use crate::ui::export_actions::ExportActions;
use crate::ui::field_input::FieldInput;
use crate::ui::import_file::take_message_for;
use crate::ui::lock_notice::LockNotice;
use crate::ui::merge_view::MergeView;
use crate::ui::org_programmes::{feature_on, OrgContacts};
use crate::ui::org_terms::OrgTerms;
use crate::ui::retired_fields::RetiredFields;
use crate::ui::sign_panel::SignPanel;
use crate::ui::state::{lagging, now_ms, AppState, DraftView, SaveState};

/// Edits the draft with id `id`.
#[component]
pub fn AgreementEditor(state: AppState, id: String) -> impl IntoView {
    // The kind never changes, so the structure is built once and only values update as people type.
    let Some(kind) = state.doc.with_untracked(|d| d.draft(&id).map(|dr| dr.kind)) else {
        return view! {
            <section class="screen" aria-labelledby="missing-title">
                <h1 id="missing-title" tabindex="-1">"We can't find that agreement"</h1>
                <p>"It may have been deleted, or it was made in another browser. "<a href="#/agreements">"See your agreements"</a></p>
            </section>
        }
        .into_any();
    };
    let template = kind.template();
    // The organisation's programme, copied into the draft when it was started, never changes.
    let programme = state
        .doc
        .with_untracked(|d| d.draft(&id).and_then(|dr| dr.programme.clone()));
    // An import that opened this agreement says here what it did.
    let note = RwSignal::new(take_message_for(&id));
    let arrived = note.with_untracked(Option::is_some);
    // The whole document is one signal. The draft is a memo of it; each field follows the draft
    // through signals of its own (`DraftFields`), set only for the fields a change touched, and
    // the status and counts follow the list of fields still to fill in. So a keystroke recomputes
    // one field or a few, and redraws only what changed.
    let draft = {
        let id = id.clone();
        Memo::new(move |_| state.doc.with(|d| d.draft(&id).cloned()))
    };
    // The hidden print view and the agreement code follow a copy that catches up when typing pauses.
    // Made before `DraftFields`: made after it, the copy's effect was never woken again (seen in
    // the agreement-code component test, not understood yet), and the code went stale.
    let lagged = DraftView::new(lagging(draft));
    let fields = DraftFields::new(draft, template);
    let view = DraftView::with_missing(draft, fields.missing.into());
    let title = Memo::new(move |_| {
        draft
            .with(|d| d.as_ref().map(|d| d.title.clone()))
            .unwrap_or_default()
    });
    let rename = {
        let id = id.clone();
        move |text: String| {
            state.doc.update(|d| {
                if let Some(dr) = d.draft_mut(&id) {
                    dr.title = text;
                    dr.updated = now_ms();
                }
            })
        }
    };
    let locked = Memo::new(move |_| draft.with(|d| d.as_ref().is_some_and(|d| d.is_locked())));
    let status_words = view.status_words;
    // One signature given, one to go: the next step is the partner's. Nobody has signed while
    // typing, so the fingerprint is only read once someone has.
    let signed_once = Memo::new(move |_| {
        draft.with(|d| {
            d.as_ref().is_some_and(|d| {
                !d.signatures.is_empty()
                    && view
                        .fingerprint
                        .with(|fp| d.signatures.values().any(|s| &s.fingerprint == fp))
            })
        })
    });
    let missing = view.missing;
    // The organisation's clauses still to tick, counted with the answers still to give.
    let to_tick = Memo::new(move |_| draft.with(|d| d.as_ref().map_or(0, Draft::terms_to_tick)));
    let saved = move || match state.save.get() {
        SaveState::Saved => "All changes saved on this device",
        SaveState::Idle => "Changes save automatically",
        SaveState::Failed(_) => "Not saved: see the message above",
        SaveState::Off => "Not saving: see the message above",
    };

    let sign_id = id.clone();
    let meta_id = id.clone();
    view! {
        <section class="screen editor" aria-labelledby="editor-title">
            <h1 id="editor-title" tabindex="-1">{title}</h1>
            <p class="meta no-print">
                {move || {
                    // The kind is named only when the title does not already say it.
                    let named = title.with(|t| t == kind.title());
                    let kind_words = (!named).then(|| format!("{} · ", kind.title()));
                    let programme = programme.as_ref().map(|p| format!("{p} · "));
                    // The status is of this copy alone; while a partner's copy differs, that comes first.
                    let comparing = state.incoming.with(|i| i.as_ref().is_some_and(|t| t.id == meta_id))
                        .then_some(" · Your partner's copy differs: choose below before anyone signs");
                    format!("{}{}Status: {}{}", kind_words.unwrap_or_default(), programme.unwrap_or_default(), status_words.get(), comparing.unwrap_or_default())
                }}
            </p>
            <p class="save-state no-print" role="status">{saved}</p>
            <ExchangeNotice note=note arrived=arrived />
            <MergeView state=state id=id.clone() note=note />
            <LockNotice state=state id=id.clone() locked=locked />
            <div class="no-print editor-form">
            // A form of its own, as each field is (see `FieldInput`): autofill then looks at one box per keystroke.
            <form class="field" novalidate on:submit=|ev| ev.prevent_default()>
                <label for="draft-title">"Name of this agreement"</label>
                <input id="draft-title" type="text" maxlength=crate::core::values::MAX_TEXT_CHARS prop:value=title on:input=move |ev| rename(event_target_value(&ev)) />
            </form>
            <p class="progress-summary" role="status">
                {move || match missing.with(Vec::len) + to_tick.get() {
                    0 => "Every required part is filled in.".to_string(),
                    // Counts ticks of the organisation's terms too, which are not answers as such.
                    1 => "1 required answer still to fill in.".to_string(),
                    n => format!("{n} required answers still to fill in."),
                }}
            </p>
            {template
                .sections
                .iter()
                .map(|section| {
                    let section_missing = Memo::new(move |_| {
                        missing.with(|m| missing_words(section.fields.iter().filter(|f| m.contains(&f.id))))
                    });
                    view! {
                        <fieldset class="section">
                            <legend>
                                <h2>{section.title}</h2>
                            </legend>
                            <p class="section-status" class:complete=move || section_missing.with(String::is_empty)>
                                {move || section_missing.with(|missing| if missing.is_empty() {
                                    "Complete".to_string()
                                } else {
                                    format!("Still to do: {missing}")
                                })}
                            </p>
                            <p class="intro">{section.intro}</p>
                            {section
                                .fields
                                .iter()
                                .filter_map(|field| Some((field, fields.get(field.id)?)))
                                .map(|(field, shown)| view! { <FieldInput state=state draft_id=id.clone() shown=shown field=field locked=locked /> })
                                .collect_view()}
                        </fieldset>
                    }
                })
                .collect_view()}
            <OrgTerms state=state id=id.clone() draft=draft locked=locked />
            <RetiredFields state=state id=id.clone() draft=draft />
            <Show when=move || feature_on(state, |f| f.sign_off)>
                <SignPanel state=state id=sign_id.clone() view=view code=lagged.fingerprint />
            </Show>
            </div>
            <ExportActions state=state id=id.clone() />
            <OrgContacts state=state />
            <AgreementDocument view=lagged />
            <p class="next-hint">
                {move || match view.status.get() {
                    Status::Signed => "You have both signed this text. If you signed in separate browsers, download the agreement file and send it to your partner, so their copy holds both signatures too. Keep a copy: print it, or keep the file.",
                    _ if signed_once.get() => "Next: your partner reads it through and signs. If they use their own browser, download the agreement file and send it to them.",
                    _ => "Next: when every part is filled in, both of you read it through and sign. You can come back to it any time.",
                }}
            </p>
            <a class="no-print" href="#/agreements">"Back to your agreements"</a>
        </section>
    }
    .into_any()
}

//! The agreement editor: the draft's sections as fieldsets, each marked complete or missing, saved as you type.

use leptos::prelude::*;

use crate::core::agreement::{missing_words, Draft, Status};
use crate::core::text::{key, Catalogue, Msg};
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
use crate::ui::text::{count, say, t};

/// Edits the draft with id `id`, in the language it is written in: its own texts are downloaded
/// first if this page has not read them yet.
#[component]
pub fn AgreementEditor(state: AppState, id: String) -> impl IntoView {
    let lang = state
        .doc
        .with_untracked(|d| d.draft(&id).map(|dr| dr.language().to_string()));
    let texts = RwSignal::new(lang.as_deref().and_then(crate::ui::text::loaded));
    if let (Some(lang), None) = (lang, texts.get_untracked()) {
        leptos::task::spawn_local(async move {
            // Should its file not arrive, the agreement shows in the interface's language.
            let cat = crate::ui::language::ensure(&lang)
                .await
                .unwrap_or_else(|_| crate::ui::text::catalogue());
            texts.set(Some(cat));
            // The screen arrived after the move to its heading (or an import's message): again now.
            request_animation_frame(crate::ui::state::focus_heading);
        });
    }
    move || match texts.get() {
        Some(texts) => view! { <Editor state=state id=id.clone() texts=texts /> }.into_any(),
        None => view! { <p class="loading">{t(key::LOADING)}</p> }.into_any(),
    }
}

/// The editor itself, once the agreement's texts are here.
#[component]
fn Editor(state: AppState, id: String, texts: &'static Catalogue) -> impl IntoView {
    // The kind never changes, so the structure is built once and only values update as people type.
    let Some(kind) = state.doc.with_untracked(|d| d.draft(&id).map(|dr| dr.kind)) else {
        return view! {
            <section class="screen" aria-labelledby="missing-title">
                <h1 id="missing-title" tabindex="-1">{t(key::EDITOR_NOT_FOUND_TITLE)}</h1>
                <p>{t(key::EDITOR_NOT_FOUND)}" "<a href="#/agreements">{t(key::EDITOR_SEE_AGREEMENTS)}</a></p>
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
        SaveState::Saved => t(key::EDITOR_SAVED),
        SaveState::Idle => t(key::EDITOR_IDLE),
        SaveState::Failed(_) => t(key::EDITOR_FAILED),
        SaveState::Off => t(key::EDITOR_OFF),
    };

    // Parts in the agreement's language say so, for screen readers, when it is not the page's.
    let agreement_lang = (texts.lang != crate::ui::text::lang())
        .then(|| crate::ui::language::page_lang(texts.lang.as_str()));
    let sign_id = id.clone();
    let meta_id = id.clone();
    view! {
        <section class="screen editor" aria-labelledby="editor-title">
            <h1 id="editor-title" tabindex="-1">{title}</h1>
            <p class="meta no-print">
                {move || {
                    // The kind is named only when the title does not already say it.
                    let kind_name = texts.get(kind.title());
                    let named = title.with(|t| t == kind_name || t == kind.title().english());
                    let kind_words = (!named).then(|| format!("{kind_name} · "));
                    let programme = programme.as_ref().map(|p| format!("{p} · "));
                    // The status is of this copy alone; while a partner's copy differs, that comes first.
                    let comparing = state.incoming.with(|i| i.as_ref().is_some_and(|t| t.id == meta_id))
                        .then(|| format!(" · {}", t(key::EDITOR_PARTNER_DIFFERS)));
                    let status = say(&Msg::new(key::EDITOR_STATUS).with("status", say(&status_words.get())));
                    format!("{}{}{status}{}", kind_words.unwrap_or_default(), programme.unwrap_or_default(), comparing.unwrap_or_default())
                }}
            </p>
            <p class="save-state no-print" role="status">{saved}</p>
            // Read in another language than it was written in: it stays in its own, and says so.
            {(texts.lang != crate::ui::text::lang()).then(|| {
                let language = crate::ui::language::name_in(&texts.lang, crate::ui::text::lang());
                view! {
                    <p class="notice no-print">
                        {say(&Msg::new(key::LANGUAGE_AGREEMENT_NOTE).with("language", language))}
                    </p>
                }
            })}
            <ExchangeNotice note=note arrived=arrived />
            <MergeView state=state id=id.clone() note=note texts=texts />
            <LockNotice state=state id=id.clone() locked=locked />
            <div class="no-print editor-form">
            // A form of its own, as each field is (see `FieldInput`): autofill then looks at one box per keystroke.
            <form class="field" novalidate on:submit=|ev| ev.prevent_default()>
                <label for="draft-title">{t(key::EDITOR_NAME_LABEL)}</label>
                <input id="draft-title" type="text" maxlength=crate::core::values::MAX_TEXT_CHARS prop:value=title on:input=move |ev| rename(event_target_value(&ev)) />
            </form>
            <p class="progress-summary" role="status">
                // Counts ticks of the organisation's terms too, which are not answers as such.
                {move || match missing.with(Vec::len) + to_tick.get() {
                    0 => t(key::EDITOR_ALL_FILLED).to_string(),
                    n => count(key::EDITOR_TO_FILL, n),
                }}
            </p>
            {template
                .sections
                .iter()
                .map(|section| {
                    let section_missing = Memo::new(move |_| {
                        missing.with(|m| {
                            missing_words(section.fields.iter().filter(|f| m.contains(&f.id)))
                                .iter()
                                .map(|msg| texts.say(msg, &crate::ui::text::numbers()))
                                .collect::<Vec<_>>()
                                .join("; ")
                        })
                    });
                    view! {
                        <fieldset class="section" lang=agreement_lang>
                            <legend>
                                <h2>{texts.get(section.title)}</h2>
                            </legend>
                            <p class="section-status" class:complete=move || section_missing.with(String::is_empty)>
                                // In the agreement's language, like everything else in the section.
                                {move || section_missing.with(|missing| if missing.is_empty() {
                                    texts.get(key::EDITOR_COMPLETE).to_string()
                                } else {
                                    texts.say(&Msg::new(key::EDITOR_STILL_TO_DO).with("missing", missing.clone()), &crate::ui::text::numbers())
                                })}
                            </p>
                            <p class="intro">{texts.get(section.intro)}</p>
                            {section
                                .fields
                                .iter()
                                .filter_map(|field| Some((field, fields.get(field.id)?)))
                                .map(|(field, shown)| view! { <FieldInput state=state draft_id=id.clone() shown=shown field=field locked=locked texts=texts /> })
                                .collect_view()}
                        </fieldset>
                    }
                })
                .collect_view()}
            <OrgTerms state=state id=id.clone() draft=draft locked=locked texts=texts />
            <RetiredFields state=state id=id.clone() draft=draft texts=texts />
            <Show when=move || feature_on(state, |f| f.sign_off)>
                <SignPanel state=state id=sign_id.clone() view=view code=lagged.fingerprint />
            </Show>
            </div>
            <ExportActions state=state id=id.clone() texts=texts />
            <OrgContacts state=state />
            <AgreementDocument view=lagged texts=texts />
            <p class="next-hint">
                {move || t(match view.status.get() {
                    Status::Signed => key::EDITOR_NEXT_SIGNED,
                    _ if signed_once.get() => key::EDITOR_NEXT_PARTNER,
                    _ => key::EDITOR_NEXT_FILL,
                })}
            </p>
            <a class="no-print" href="#/agreements">{t(key::EDITOR_BACK)}</a>
        </section>
    }
    .into_any()
}

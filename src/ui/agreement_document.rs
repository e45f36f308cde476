//! The agreement as a clean document, used for printing and "Save as PDF": text only, with signature lines.

use leptos::prelude::*;

use crate::core::agreement::{agreement_code, parties, role_name, Draft, Field, FieldKind};
use crate::core::formats::markdown::agrees;
use crate::core::text::{key, Catalogue, Msg};
use crate::ui::state::{local_date, DraftView};
use crate::ui::text::numbers;

/// A print-only rendering of the open draft. Its structure is built once; each row follows its own
/// field. `view` follows a copy of the draft that lags behind typing (`state::lagging`): the
/// document is hidden on screen, so it need not keep up with every keystroke. Every word is in
/// the agreement's own language (`texts`).
#[component]
pub fn AgreementDocument(view: DraftView, texts: &'static Catalogue) -> impl IntoView {
    let say = move |msg: &Msg| texts.say(msg, &numbers());
    let Some(kind) = view.draft.with_untracked(|d| d.as_ref().map(|d| d.kind)) else {
        return ().into_any();
    };
    let draft = view.draft;
    let sections = kind
        .template()
        .sections
        .iter()
        .map(|s| {
            let rows = s.fields.iter().map(|f| row(draft, f, texts)).collect_view();
            // As in the Markdown: a section with nothing in it (no fees for an internal coach) is left out.
            let fields = s.fields;
            let empty = Memo::new(move |_| {
                draft.with(|d| d.as_ref().is_none_or(|d| !fields.iter().any(|f| printed(d, f))))
            });
            view! { <section class="doc-section" hidden=move || empty.get()><h2>{texts.get(s.title)}</h2><dl>{rows}</dl></section> }
        })
        .collect_view();
    // The organisation's programme and clauses were copied in when the draft was started and never
    // change; only who ticked them does.
    let (programme, terms) = view.draft.with_untracked(|d| {
        d.as_ref()
            .map(|d| (d.programme.clone(), d.terms.clone()))
            .unwrap_or_default()
    });
    let terms = (!terms.is_empty()).then(|| {
        let items = terms
            .into_iter()
            .enumerate()
            .map(|(i, t)| {
                let ticks = t.both_tick.then(|| {
                    parties(kind)
                        .into_iter()
                        .map(|(party, _, _)| {
                            let mark = move || {
                                let on = draft.with(|d| {
                                    d.as_ref()
                                        .and_then(|d| d.terms.get(i))
                                        .is_some_and(|t| t.ticked.contains(party))
                                });
                                if on {
                                    "[x] "
                                } else {
                                    "[ ] "
                                }
                            };
                            view! { <p class="doc-tick">{mark}{texts.get(agrees(party))}</p> }
                        })
                        .collect_view()
                });
                view! { <h3>{t.title}</h3><p>{t.text}</p>{ticks} }
            })
            .collect_view();
        view! { <section class="doc-section"><h2>{texts.get(key::TERMS_TITLE)}</h2>{items}</section> }
    });
    let programme = programme.map(|p| {
        format!(
            "{} · ",
            say(&Msg::new(key::MD_PROGRAMME).with("programme", p))
        )
    });
    let signatures = parties(kind)
        .into_iter()
        .map(|(party, _, _)| {
            let line = move || {
                view.fingerprint.with(|fp| {
                    draft.with(|d| match d.as_ref().and_then(|d| d.signatures.get(party)) {
                        Some(s) if &s.fingerprint == fp => say(
                            &Msg::new(key::DOC_SIGNED)
                                .with("name", s.name.clone())
                                .with("date", local_date(&s.date)),
                        ),
                        _ => texts.get(key::DOC_SIGNATURE_LINE).to_string(),
                    })
                })
            };
            view! { <p class="signature-line"><strong>{texts.get(role_name(party))}": "</strong>{line}</p> }
        })
        .collect_view();
    let retired = Memo::new(move |_| {
        draft
            .with(|d| d.as_ref().map(|d| d.retired.clone()))
            .unwrap_or_default()
    });
    view! {
        <article class="print-only agreement-document" lang=crate::ui::language::page_lang(&texts.lang).to_string()>
            <p class="doc-kind">{programme}{move || say(&Msg::new(key::MD_STATUS).with("status", say(&view.status_words.get())))}</p>
            {sections}
            {terms}
            <Show when=move || retired.with(|r| !r.is_empty())>
                <section class="doc-section">
                    <h2>{texts.get(key::RETIRED_TITLE)}</h2>
                    <p>{texts.get(key::RETIRED_INTRO)}</p>
                    <dl>
                        {move || retired.get().into_iter().map(|(field, text)| view! { <dt>{field}</dt><dd>{text}</dd> }).collect_view()}
                    </dl>
                </section>
            </Show>
            <section class="doc-section"><h2>{texts.get(key::MD_SIGNATURES)}</h2>{signatures}</section>
            <p class="doc-fingerprint">
                {move || say(&Msg::new(key::DOC_CODE).with("code", agreement_code(&view.fingerprint.get())))}
                <code>{move || view.fingerprint.get()}</code>
                {texts.get(key::DOC_CODE_END)}
            </p>
        </article>
    }
    .into_any()
}

/// Whether a field is printed: shown in the editor, and not an optional part left empty (as in the
/// Markdown).
fn printed(d: &Draft, f: &Field) -> bool {
    let empty_optional =
        d.value(f.id).trim().is_empty() && d.kept(f.id).is_none() && !d.required(f);
    d.is_visible(f) && !empty_optional
}

/// One field as printed: its words (a date in the person's style), kept text with its note, or
/// "(not filled in)" for a required part; an empty optional part is left out.
fn row(draft: Memo<Option<Draft>>, f: &'static Field, texts: &'static Catalogue) -> impl IntoView {
    let shown = Memo::new(move |_| {
        draft.with(|d| {
            let Some(d) = d.as_ref() else {
                return (false, String::new());
            };
            let v = d.words_in(f.id, texts);
            let text = match (f.kind, d.kept(f.id)) {
                (_, Some(kept)) if v.is_empty() => {
                    let note = texts.say(&kept.note(), &numbers());
                    let look = texts.say(
                        &Msg::new(key::MD_NEEDS_A_LOOK).with("note", note),
                        &numbers(),
                    );
                    format!("{look} {}", kept.text)
                }
                (FieldKind::Tick, _) if v == "yes" => texts.get(key::DOC_AGREED).to_string(),
                (FieldKind::Tick, _) => texts.get(key::DOC_NOT_AGREED).to_string(),
                _ if v.trim().is_empty() => texts.get(key::MD_NOT_FILLED).to_string(),
                (FieldKind::Date, _) => local_date(v),
                _ => v.to_string(),
            };
            (printed(d, f), text)
        })
    });
    view! {
        <div class="doc-row" hidden=move || !shown.with(|s| s.0)>
            <dt>{texts.get(f.label)}</dt>
            <dd>{move || shown.with(|s| s.1.clone())}</dd>
        </div>
    }
}

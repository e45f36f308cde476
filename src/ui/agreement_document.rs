//! The agreement as a clean document, used for printing and "Save as PDF": text only, with signature lines.

use leptos::prelude::*;

use crate::core::agreement::{parties, FieldKind};
use crate::core::formats::markdown::{RETIRED_INTRO, RETIRED_TITLE};
use crate::ui::state::AppState;

/// A print-only rendering of draft `id`.
#[component]
pub fn AgreementDocument(state: AppState, id: String) -> impl IntoView {
    let id = StoredValue::new(id);
    view! {
        <article class="print-only agreement-document">
            {move || {
                state
                    .doc
                    .with(|d| d.draft(&id.read_value()).cloned())
                    .map(|d| {
                        let sections = d
                            .kind
                            .template()
                            .sections
                            .iter()
                            .map(|s| {
                                let rows = s
                                    .fields
                                    .iter()
                                    .filter(|f| d.is_visible(f))
                                    .map(|f| {
                                        let v = d.words(f.id).to_string();
                                        let shown = match (f.kind, d.unfit.get(f.id)) {
                                            (_, Some(kept)) if v.is_empty() => format!("(needs a look: {}) {}", kept.note(), kept.text),
                                            (FieldKind::Tick, _) if v == "yes" => "Agreed".to_string(),
                                            (FieldKind::Tick, _) => "Not agreed".to_string(),
                                            _ if v.trim().is_empty() => "(not filled in)".to_string(),
                                            _ => v,
                                        };
                                        view! { <dt>{f.label}</dt><dd>{shown}</dd> }
                                    })
                                    .collect_view();
                                view! { <section class="doc-section"><h2>{s.title}</h2><dl>{rows}</dl></section> }
                            })
                            .collect_view();
                        let signatures = parties(d.kind)
                            .into_iter()
                            .map(|(key, role, _)| {
                                let line = match d.signatures.get(key) {
                                    Some(s) if d.signature_valid(key) => format!("Signed by {} on {}", s.name, s.date),
                                    _ => "Signature: ______________________________   Date: ______________".to_string(),
                                };
                                view! { <p class="signature-line"><strong>{role}": "</strong>{line}</p> }
                            })
                            .collect_view();
                        let retired = (!d.retired.is_empty()).then(|| {
                            let rows = d
                                .retired
                                .iter()
                                .map(|(field, text)| view! { <dt>{field.clone()}</dt><dd>{text.clone()}</dd> })
                                .collect_view();
                            view! { <section class="doc-section"><h2>{RETIRED_TITLE}</h2><p>{RETIRED_INTRO}</p><dl>{rows}</dl></section> }
                        });
                        view! {
                            <p class="doc-kind">{format!("{} · {}", d.kind.title(), d.status().words())}</p>
                            {sections}
                            {retired}
                            <section class="doc-section"><h2>"Signatures"</h2>{signatures}</section>
                            <p class="doc-fingerprint">{format!("Content fingerprint (SHA-256): {}", d.fingerprint())}</p>
                        }
                    })
            }}
        </article>
    }
}

//! Getting an agreement out of the browser: print or PDF, Markdown, the agreement file, and a calendar file.

use leptos::prelude::*;

use crate::core::agreement::Draft;
use crate::core::formats::exchange::export_agreement;
use crate::core::formats::ics::to_ics_in;
use crate::core::formats::markdown::to_markdown_with;
use crate::core::text::{key, Catalogue};
use crate::ui::files::{download, file_stem, ics_stamp};
use crate::ui::org_programmes::feature_on;
use crate::ui::state::{local_date_in, AppState};
use crate::ui::text::{numbers, t};

/// Export buttons for draft `id`; the files are in the agreement's own language (`texts`).
#[component]
pub fn ExportActions(state: AppState, id: String, texts: &'static Catalogue) -> impl IntoView {
    let id = StoredValue::new(id);
    let message = RwSignal::new(String::new());
    let draft = move || {
        state
            .doc
            .with_untracked(|d| d.draft(&id.read_value()).cloned())
    };
    // Every export is a file named after the agreement; only the format differs.
    let save_as = move |extension: &str, mime: &str, render: &dyn Fn(&Draft) -> String| {
        if let Some(d) = draft() {
            download(
                &format!("{}.{extension}", file_stem(&d.title)),
                mime,
                &render(&d),
            );
        }
    };
    // Dates in the person's own style, as on screen; Markdown needs no particular one.
    let markdown = move |_| {
        save_as("md", "text/markdown", &|d: &Draft| {
            to_markdown_with(d, texts, &numbers(), &|iso: &str| {
                local_date_in(&texts.lang, iso)
            })
        })
    };
    let file = move |_| save_as("json", "application/json", &export_agreement);
    let calendar = move |_| {
        let Some(d) = draft() else { return };
        match to_ics_in(&d, &ics_stamp(), texts, &numbers()) {
            Ok(ics) => {
                message.set(String::new());
                download(
                    &format!("{}.ics", file_stem(&d.title)),
                    "text/calendar",
                    &ics,
                );
            }
            Err(e) => message.set(t(e.message()).into()),
        }
    };
    view! {
        <section class="export no-print" aria-labelledby="export-title">
            <h2 id="export-title">{t(key::EXPORT_TITLE)}</h2>
            <p>{t(key::EXPORT_LEAD)}</p>
            <div class="actions">
                <button class="secondary" on:click=move |_| { let _ = window().print(); }>{t(key::EXPORT_PRINT)}</button>
                <button class="secondary" on:click=markdown>{t(key::EXPORT_MARKDOWN)}</button>
                // Optional features an organisation may turn off (organisation.json).
                <Show when=move || feature_on(state, |f| f.partner_file)>
                    <button class="secondary" on:click=file>{t(key::EXPORT_FILE)}</button>
                </Show>
                <Show when=move || feature_on(state, |f| f.calendar_export)>
                    <button class="secondary" on:click=calendar>{t(key::EXPORT_CALENDAR)}</button>
                </Show>
            </div>
            <p class="error" role="alert">{move || message.get()}</p>
            <Show when=move || feature_on(state, |f| f.partner_file)>
                <p class="hint">{t(key::EXPORT_HINT)}</p>
            </Show>
        </section>
    }
}

//! Getting an agreement out of the browser: print or PDF, Markdown, the agreement file, and a calendar file.

use leptos::prelude::*;

use crate::core::agreement::Draft;
use crate::core::formats::exchange::export_agreement;
use crate::core::formats::ics::to_ics;
use crate::core::formats::markdown::to_markdown_with;
use crate::ui::files::{download, file_stem, ics_stamp};
use crate::ui::org_programmes::feature_on;
use crate::ui::state::{local_date, AppState};

/// Export buttons for draft `id`.
#[component]
pub fn ExportActions(state: AppState, id: String) -> impl IntoView {
    let id = StoredValue::new(id);
    let message = RwSignal::new(String::new());
    let draft = move || {
        state
            .doc
            .with_untracked(|d| d.draft(&id.read_value()).cloned())
    };
    // Every export is a file named after the agreement; only the format differs.
    let save_as = move |extension: &str, mime: &str, render: fn(&Draft) -> String| {
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
        save_as("md", "text/markdown", |d: &Draft| {
            to_markdown_with(d, &local_date)
        })
    };
    let file = move |_| save_as("json", "application/json", export_agreement);
    let calendar = move |_| {
        let Some(d) = draft() else { return };
        match to_ics(&d, &ics_stamp()) {
            Ok(ics) => {
                message.set(String::new());
                download(
                    &format!("{}.ics", file_stem(&d.title)),
                    "text/calendar",
                    &ics,
                );
            }
            Err(e) => message.set(e.message().into()),
        }
    };
    view! {
        <section class="export no-print" aria-labelledby="export-title">
            <h2 id="export-title">"Share and keep"</h2>
            <p>"Files are made on this device. Nothing is uploaded: you decide where they go."</p>
            <div class="actions">
                <button class="secondary" on:click=move |_| { let _ = window().print(); }>"Print or save as PDF"</button>
                <button class="secondary" on:click=markdown>"Download as Markdown"</button>
                // Optional features an organisation may turn off (organisation.json).
                <Show when=move || feature_on(state, |f| f.partner_file)>
                    <button class="secondary" on:click=file>"Download the agreement file"</button>
                </Show>
                <Show when=move || feature_on(state, |f| f.calendar_export)>
                    <button class="secondary" on:click=calendar>"Add the dates to a calendar (.ics)"</button>
                </Show>
            </div>
            <p class="error" role="alert">{move || message.get()}</p>
            <Show when=move || feature_on(state, |f| f.partner_file)>
                <p class="hint">
                    "To agree the wording with your partner without a server: each of you downloads the agreement file and sends it to the other. "
                    "Importing your partner's file shows every difference, and you choose which wording to keep."
                </p>
            </Show>
        </section>
    }
}

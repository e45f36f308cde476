//! What the last exchange of files did, on the agreement it was about: shown at the top, where the
//! person is, and focused so it is read out.

use leptos::prelude::*;

/// The message about an import or a settled comparison. `arrived` marks a message that was there
/// as the screen opened, so the screen's focus goes to it rather than to the heading.
#[component]
pub fn ExchangeNotice(note: RwSignal<Option<String>>, arrived: bool) -> impl IntoView {
    view! {
        <Show when=move || note.with(Option::is_some)>
            <p id="exchange-note" class="notice exchange-note no-print" role="status" tabindex="-1"
                data-focus=arrived.then_some("")>
                {move || note.get()}
            </p>
        </Show>
    }
}

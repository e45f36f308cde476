//! The list of agreement drafts, with ways to start a new one.

use leptos::prelude::*;

use crate::core::agreement::{AgreementKind, Draft};
use crate::core::route::Route;
use crate::ui::state::{navigate, now_ms, AppState};

/// All drafts, newest edit first.
#[component]
pub fn AgreementList(state: AppState) -> impl IntoView {
    let create = move |kind: AgreementKind| {
        let id = state.doc.with_untracked(|d| d.new_draft_id());
        state
            .doc
            .update(|d| d.drafts.push(Draft::new(id.clone(), kind, now_ms())));
        navigate(&Route::Agreement(id));
    };
    let rows = move || {
        let mut drafts = state.doc.with(|d| d.drafts.clone());
        drafts.sort_by_key(|d| std::cmp::Reverse(d.updated));
        drafts
    };
    view! {
        <section class="screen agreements" aria-labelledby="agreements-title">
            <h1 id="agreements-title" tabindex="-1">"Your agreements"</h1>
            <Show
                when=move || state.doc.with(|d| !d.drafts.is_empty())
                fallback=|| view! { <p>"You haven't started an agreement yet. Take the questions for a suggestion, or start one below."</p> }
            >
                <ul class="draft-list">
                    {move || {
                        rows()
                            .into_iter()
                            .map(|d| {
                                let missing = d.missing().len();
                                let status = if missing == 0 {
                                    "Ready to sign".to_string()
                                } else {
                                    format!("Draft: {missing} required answers to go")
                                };
                                view! {
                                    <li>
                                        <a href=Route::Agreement(d.id.clone()).hash()>{d.title.clone()}</a>
                                        <span class="meta">{format!("{} · {status}", d.kind.title())}</span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <div class="actions">
                <button class="secondary" on:click=move |_| create(AgreementKind::Mentoring)>"New mentoring agreement"</button>
                <button class="secondary" on:click=move |_| create(AgreementKind::Coaching)>"New coaching agreement"</button>
            </div>
            <p class="next-hint">"Next: open an agreement to fill it in. Everything saves as you type."</p>
        </section>
    }
}

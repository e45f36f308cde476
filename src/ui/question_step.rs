//! One question per screen: what its buttons do with the answers (the view is `QuestionForm`).
//!
//! The same screen serves the walk through every question and a revisit of a few of them (a change
//! from the review, or the deciding questions from the result); `core::route::Walk` says which.

use leptos::prelude::*;

use crate::core::questions::QUESTIONS;
use crate::core::route::{Return, Route, Walk};
use crate::core::text::key;
use crate::ui::question_form::{Actions, QuestionForm};
use crate::ui::state::{navigate, AppState};
use crate::ui::text::t;

/// The question screen for `route` (a `Route::Question` or `Route::Revisit`).
#[component]
pub fn QuestionStep(state: AppState, route: Route) -> impl IntoView {
    let Some((walk, question)) =
        Walk::of(&route).and_then(|w| QUESTIONS.get(w.number - 1).map(|q| (w, q)))
    else {
        return view! { <p>{t(key::QUESTION_MISSING)}" "<a href="#/">{t(key::QUESTION_GO_START)}</a></p> }
            .into_any();
    };
    let qid = question.id;
    let chosen = move || state.doc.with(|d| d.assessment.answers.get(qid).cloned());
    // An answer to an earlier wording of this question is kept, but not shown as this answer.
    let changed = state.doc.with_untracked(|d| {
        !d.assessment.answers.contains_key(qid)
            && question
                .replaces
                .iter()
                .any(|old| d.assessment.answers.contains_key(*old))
    });
    let error = RwSignal::new(false);

    let choose = move |option: &'static str| {
        error.set(false);
        state.doc.update(|d| {
            let answers = &mut d.assessment.answers;
            answers.insert(qid.to_string(), option.to_string());
            // The earlier wording's answer has now been replaced by a real one.
            for old in question.replaces {
                answers.remove(*old);
            }
        });
    };
    // A change from the review may leave the answer as it was; the walk asks for one or a skip.
    let needs_answer = walk.then != Some(Return::Review);
    let next = {
        let to = walk.next.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if !needs_answer || chosen().is_some() {
                navigate(&to);
            } else {
                error.set(true);
                focus_first_option();
            }
        }
    };
    let skip = {
        let to = walk.next.clone();
        move |_: ()| navigate(&to)
    };
    let back = {
        let to = walk.back.clone();
        move |_: ()| navigate(&to)
    };
    // A change from the review can be taken back: the answers as they were on arrival, including
    // one kept from an earlier wording of the question.
    let earlier: Vec<(&'static str, Option<String>)> = state.doc.with_untracked(|d| {
        std::iter::once(qid)
            .chain(question.replaces.iter().copied())
            .map(|id| (id, d.assessment.answers.get(id).cloned()))
            .collect()
    });
    let had_answer = earlier.first().is_some_and(|(_, a)| a.is_some());
    let keep_earlier = {
        let to = walk.next.clone();
        move |_: ()| {
            state.doc.update(|d| {
                for (id, old) in &earlier {
                    match old {
                        Some(old) => d.assessment.answers.insert(id.to_string(), old.clone()),
                        None => d.assessment.answers.remove(*id),
                    };
                }
            });
            navigate(&to);
        }
    };

    let actions = Actions {
        choose: Callback::new(choose),
        next: Callback::new(next),
        back: Callback::new(back),
        skip: Callback::new(skip),
        keep_earlier: Callback::new(keep_earlier),
    };
    view! {
        <QuestionForm
            walk=walk
            question=question
            chosen=Signal::derive(chosen)
            error=error.into()
            changed=changed
            had_answer=had_answer
            actions=actions
        />
    }
    .into_any()
}

/// After a missing answer, put the keyboard on the first option so the person can pick one.
fn focus_first_option() {
    use wasm_bindgen::JsCast;
    if let Ok(Some(el)) = document().query_selector("main input[type=radio]") {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

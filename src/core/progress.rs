//! Where a person stands in the questionnaire: what the first screen offers and how many are left.
//!
//! Uses only the questions' ids, so the first download does not carry the questions' wording.

use crate::core::questions::{QUESTION_IDS, REPLACED_IDS};
use crate::core::route::Route;
use crate::core::scoring::Answers;

/// What the welcome screen offers a returning person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Nothing answered yet.
    NotStarted,
    /// Part way through; `next` is the 1-based question to continue from.
    InProgress { next: usize, answered: usize },
    /// Past the last question (or every question answered). `skipped` counts unanswered questions;
    /// `changed` lists the numbers of questions asked again because their meaning changed.
    Finished { skipped: usize, changed: Vec<usize> },
}

/// Questions with no current answer.
pub fn unanswered(answers: &Answers) -> usize {
    QUESTION_IDS
        .iter()
        .filter(|id| !answers.contains_key(**id))
        .count()
}

/// The 1-based numbers of questions whose earlier answer no longer counts because the question
/// changed meaning, and which have not been answered again.
pub fn changed_questions(answers: &Answers) -> Vec<usize> {
    QUESTION_IDS
        .iter()
        .enumerate()
        .filter(|(_, id)| !answers.contains_key(**id))
        .filter(|(_, id)| {
            REPLACED_IDS
                .iter()
                .any(|(old, new)| new == *id && answers.contains_key(*old))
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// Where the person stands, from their answers and the screen they were last on (`resume`, a
/// `#/...` address).
pub fn progress(answers: &Answers, resume: &str) -> Progress {
    let total = QUESTION_IDS.len();
    let open = unanswered(answers);
    let answered = total - open;
    let changed = changed_questions(answers);
    if answered == 0 && changed.is_empty() {
        return Progress::NotStarted;
    }
    let route = Route::parse(resume);
    let past_the_end = !matches!(route, Route::Welcome | Route::Question(_));
    if open == 0 || past_the_end {
        return Progress::Finished {
            skipped: open - changed.len(),
            changed,
        };
    }
    let next = match route {
        Route::Question(n) => n,
        _ => QUESTION_IDS
            .iter()
            .position(|id| !answers.contains_key(*id))
            .map_or(total, |i| i + 1),
    };
    Progress::InProgress { next, answered }
}

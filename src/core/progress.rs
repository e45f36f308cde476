//! Where a person stands in the questionnaire: what the first screen offers and how many are left.
//!
//! Uses only the questions' ids, so the first download does not carry the questions' wording.

use crate::core::questions::{QUESTION_IDS, REPLACED_IDS};
use crate::core::route::{Return, Route};
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
    // Only the review and the result come after the last question; an agreement screen says
    // nothing about how far the questions got.
    let past_the_end = matches!(
        route,
        Route::Review | Route::ReviewAt(_) | Route::Result | Route::Revisit { .. }
    );
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

/// What the welcome screen says and offers for where the person stands: one shape for every case,
/// so the first download carries one small view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    /// A line on where the person stands, for someone returning.
    pub status: Option<String>,
    /// The main button: its label and where it leads.
    pub primary: (String, Route),
    /// A second way on, as a link: its label and address.
    pub secondary: Option<(&'static str, &'static str)>,
    /// Whether "Start over" is offered (there is something to clear).
    pub start_over: bool,
    /// The "what happens next" line.
    pub next: String,
}

impl Progress {
    /// The welcome screen's offer for this standing.
    pub fn offer(&self) -> Offer {
        let total = QUESTION_IDS.len();
        match self {
            Progress::NotStarted => Offer {
                status: None,
                primary: ("Start the questions".into(), Route::Question(1)),
                secondary: None,
                start_over: false,
                next: "Next: the first question. You can go back and change any answer before you see your result.".into(),
            },
            Progress::InProgress { next, answered } => Offer {
                status: Some(format!("You've answered {answered} of {total} questions so far.")),
                primary: (format!("Continue from question {next}"), Route::Question(*next)),
                secondary: Some(("Check your answers", "#/review")),
                start_over: true,
                next: format!("Next: question {next}. Your earlier answers are kept."),
            },
            Progress::Finished { changed, skipped } if !changed.is_empty() => {
                let one = changed.len() == 1;
                let status = if one {
                    "One question has changed since you answered it, so your result leaves it out until you answer it again.".to_string()
                } else {
                    format!("{} questions have changed since you answered them, so your result leaves them out until you answer them again.", changed.len())
                };
                Offer {
                    status: Some(status + &skipped_words(*skipped)),
                    primary: (
                        if one { "Answer the changed question" } else { "Answer the changed questions" }.into(),
                        Route::Revisit {
                            questions: changed.clone(),
                            step: 1,
                            then: Return::Result,
                        },
                    ),
                    secondary: Some(("See my result", "#/result")),
                    start_over: true,
                    next: "Next: the changed question, then your updated result.".into(),
                }
            }
            Progress::Finished { skipped, .. } => Offer {
                status: Some(format!("You've been through all the questions.{}", skipped_words(*skipped))),
                primary: ("See my result".into(), Route::Result),
                secondary: Some(("Change my answers", "#/review")),
                start_over: true,
                next: "Next: your result, with the reasons for it.".into(),
            },
        }
    }
}

/// " N questions have no answer yet." after a status line, or nothing.
fn skipped_words(skipped: usize) -> String {
    match skipped {
        0 => String::new(),
        1 => " 1 question has no answer yet.".into(),
        n => format!(" {n} questions have no answer yet."),
    }
}

//! Where a person stands in the questionnaire: what the first screen offers and how many are left.
//!
//! Uses only the questions' ids, so the first download does not carry the questions' wording.

use crate::core::questions::{QUESTION_IDS, REPLACED_IDS};
use crate::core::route::{Return, Route};
use crate::core::scoring::Answers;
use crate::core::text::{key, Key, Msg};

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
/// so the first download carries one small view. Texts are messages of the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    /// Lines on where the person stands, for someone returning (shown as one sentence after another).
    pub status: Vec<Msg>,
    /// The main button: its label and where it leads.
    pub primary: (Msg, Route),
    /// A second way on, as a link: its label and address.
    pub secondary: Option<(Key, &'static str)>,
    /// Whether "Start over" is offered (there is something to clear).
    pub start_over: bool,
    /// The "what happens next" line.
    pub next: Msg,
}

impl Progress {
    /// The welcome screen's offer for this standing.
    pub fn offer(&self) -> Offer {
        let total = QUESTION_IDS.len().to_string();
        match self {
            Progress::NotStarted => Offer {
                status: Vec::new(),
                primary: (key::OFFER_START.into(), Route::Question(1)),
                secondary: None,
                start_over: false,
                next: key::OFFER_START_NEXT.into(),
            },
            Progress::InProgress { next, answered } => Offer {
                status: vec![Msg::count(key::OFFER_PROGRESS, *answered).with("total", total)],
                primary: (
                    Msg::new(key::OFFER_CONTINUE).with("number", next.to_string()),
                    Route::Question(*next),
                ),
                secondary: Some((key::OFFER_CHECK, "#/review")),
                start_over: true,
                next: Msg::new(key::OFFER_CONTINUE_NEXT).with("number", next.to_string()),
            },
            Progress::Finished { changed, skipped } if !changed.is_empty() => {
                let mut status = vec![Msg::count(key::OFFER_CHANGED, changed.len())];
                status.extend(skipped_words(*skipped));
                Offer {
                    status,
                    primary: (
                        Msg::count(key::OFFER_ANSWER_CHANGED, changed.len()),
                        Route::Revisit {
                            questions: changed.clone(),
                            step: 1,
                            then: Return::Result,
                        },
                    ),
                    secondary: Some((key::OFFER_SEE_RESULT, "#/result")),
                    start_over: true,
                    next: key::OFFER_CHANGED_NEXT.into(),
                }
            }
            Progress::Finished { skipped, .. } => {
                let mut status = vec![Msg::new(key::OFFER_FINISHED)];
                status.extend(skipped_words(*skipped));
                Offer {
                    status,
                    primary: (key::OFFER_SEE_RESULT.into(), Route::Result),
                    secondary: Some((key::OFFER_CHANGE_ANSWERS, "#/review")),
                    start_over: true,
                    next: key::OFFER_FINISHED_NEXT.into(),
                }
            }
        }
    }
}

/// "N questions have no answer yet." after a status line, or nothing.
fn skipped_words(skipped: usize) -> Option<Msg> {
    (skipped > 0).then(|| Msg::count(key::OFFER_SKIPPED, skipped))
}

//! Screens and their addresses. The address lives in the URL hash, so any static host and any
//! sub-path works, Back and Forward move between screens, and a reload stays on the same screen.

use crate::core::document::is_safe_id;
use crate::core::questions::QUESTION_IDS;
use crate::core::text::{key, Msg};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Welcome,
    /// A question by its 1-based number, in the walk through all of them.
    Question(usize),
    /// A few questions answered outside the walk (1-based numbers, `step` 1-based into them),
    /// after which the person goes back to where they came from.
    Revisit {
        questions: Vec<usize>,
        step: usize,
        then: Return,
    },
    Review,
    /// The review, with the keyboard back on the answer to this question.
    ReviewAt(usize),
    Result,
    Agreements,
    Agreement(String),
    /// The administrator's check of `organisation.json`; not linked from the employee's navigation.
    Organisation,
}

/// Where a revisit ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Return {
    /// Back to the review, at the answer just changed.
    Review,
    /// On to the result, updated with the new answers.
    Result,
}

impl Return {
    fn word(self) -> &'static str {
        match self {
            Return::Review => "review",
            Return::Result => "result",
        }
    }
}

/// A 1-based question number from the address, if it is one.
fn number(text: &str) -> Option<usize> {
    text.parse::<usize>()
        .ok()
        .filter(|n| (1..=QUESTION_IDS.len()).contains(n))
}

impl Route {
    /// Whether a hash names a screen at all. In-page links such as `#main` do not, and must not
    /// move the person anywhere.
    pub fn is_route(hash: &str) -> bool {
        let path = hash.trim_start_matches('#');
        path.is_empty() || path.starts_with('/')
    }

    /// Reads a `#/...` hash; anything unknown is the welcome screen.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        let mut next = || parts.next();
        match (next(), next(), next(), next(), next()) {
            (Some("question"), Some(n), None, ..) => {
                number(n).map_or(Route::Welcome, Route::Question)
            }
            (Some("revisit"), Some(then), Some(list), Some(step), None) => {
                Route::parse_revisit(then, list, step)
            }
            (Some("review"), None, ..) => Route::Review,
            (Some("review"), Some(n), None, ..) => {
                number(n).map_or(Route::Welcome, Route::ReviewAt)
            }
            (Some("result"), None, ..) => Route::Result,
            (Some("agreements"), None, ..) => Route::Agreements,
            (Some("organisation"), None, ..) => Route::Organisation,
            (Some("agreement"), Some(id), None, ..) if is_safe_id(id) => {
                Route::Agreement(id.to_string())
            }
            _ => Route::Welcome,
        }
    }

    fn parse_revisit(then: &str, list: &str, step: &str) -> Route {
        let then = match then {
            "review" => Return::Review,
            "result" => Return::Result,
            _ => return Route::Welcome,
        };
        let mut questions = Vec::new();
        for n in list.split(',') {
            match number(n) {
                Some(n) if !questions.contains(&n) => questions.push(n),
                _ => return Route::Welcome,
            }
        }
        match step.parse::<usize>() {
            Ok(step) if (1..=questions.len()).contains(&step) => Route::Revisit {
                questions,
                step,
                then,
            },
            _ => Route::Welcome,
        }
    }

    pub fn hash(&self) -> String {
        match self {
            Route::Welcome => "#/".into(),
            Route::Question(n) => format!("#/question/{n}"),
            Route::Revisit {
                questions,
                step,
                then,
            } => {
                let mut hash = format!("#/revisit/{}/", then.word());
                for (i, n) in questions.iter().enumerate() {
                    let comma = if i > 0 { "," } else { "" };
                    hash += &format!("{comma}{n}");
                }
                hash + &format!("/{step}")
            }
            Route::Review => "#/review".into(),
            Route::ReviewAt(n) => format!("#/review/{n}"),
            Route::Result => "#/result".into(),
            Route::Agreements => "#/agreements".into(),
            Route::Agreement(id) => format!("#/agreement/{id}"),
            Route::Organisation => "#/organisation".into(),
        }
    }

    /// The page title for this screen.
    pub fn title(&self) -> Msg {
        let question = |n: usize| {
            Msg::new(key::TITLE_QUESTION)
                .with("number", n.to_string())
                .with("total", QUESTION_IDS.len().to_string())
        };
        match self {
            Route::Welcome => key::TITLE_WELCOME.into(),
            Route::Question(n) => question(*n),
            Route::Revisit {
                questions, step, ..
            } => match questions.get(step.saturating_sub(1)) {
                Some(n) => question(*n),
                None => key::TITLE_QUESTION_PLAIN.into(),
            },
            Route::Review | Route::ReviewAt(_) => key::TITLE_REVIEW.into(),
            Route::Result => key::TITLE_RESULT.into(),
            Route::Agreements => key::TITLE_AGREEMENTS.into(),
            Route::Agreement(_) => key::TITLE_AGREEMENT.into(),
            Route::Organisation => key::TITLE_ORGANISATION.into(),
        }
    }
}

/// How a question screen fits into the way the person is going: its number, where Back and Next
/// lead, and how far along they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk {
    /// The question, 1-based in the bank.
    pub number: usize,
    pub back: Route,
    pub next: Route,
    /// 1-based position among the questions being answered, and how many there are.
    pub step: usize,
    pub of: usize,
    /// `None` in the walk through every question; otherwise where the revisit ends.
    pub then: Option<Return>,
}

impl Walk {
    /// The walk for a question screen's address, or `None` for any other screen.
    pub fn of(route: &Route) -> Option<Walk> {
        let total = QUESTION_IDS.len();
        match route {
            Route::Question(n) => Some(Walk {
                number: *n,
                back: if *n > 1 {
                    Route::Question(n - 1)
                } else {
                    Route::Welcome
                },
                next: if *n < total {
                    Route::Question(n + 1)
                } else {
                    Route::Review
                },
                step: *n,
                of: total,
                then: None,
            }),
            Route::Revisit {
                questions,
                step,
                then,
            } => {
                let number = *questions.get(step.checked_sub(1)?)?;
                let end = match then {
                    Return::Review => Route::ReviewAt(number),
                    Return::Result => Route::Result,
                };
                let at = |step: usize| Route::Revisit {
                    questions: questions.clone(),
                    step,
                    then: *then,
                };
                Some(Walk {
                    number,
                    back: if *step > 1 { at(step - 1) } else { end.clone() },
                    next: if *step < questions.len() {
                        at(step + 1)
                    } else {
                        end
                    },
                    step: *step,
                    of: questions.len(),
                    then: Some(*then),
                })
            }
            _ => None,
        }
    }

    /// Whether this is the last question of the way being walked.
    pub fn is_last(&self) -> bool {
        self.step == self.of
    }
}

//! Turns answers into a recommendation (mentoring, coaching or a blend) that a person can follow.
//!
//! The score is the plain sum of the chosen options' weights, so it is deterministic and does not
//! depend on the order of answers. The category depends on the score alone, which makes it
//! monotone: moving any answer towards coaching can never make the result lean more to mentoring.
//! "Not sure" and unanswered questions weigh nothing and lower the confidence instead.

use std::collections::BTreeMap;

use crate::core::agreement::AgreementKind;
use crate::core::questions::{AnswerOption, Question, QUESTIONS};

/// Question id -> chosen option id.
pub type Answers = BTreeMap<String, String>;

/// From this score (either way) the result is a clear pick rather than a blend.
pub const DECISIVE_SCORE: i32 = 6;
const CLEAR_SCORE: i32 = 10;
const STRONG_SCORE: i32 = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recommendation {
    Mentoring,
    Coaching,
    /// Both would help; start with the given one.
    Blend {
        start_with: AgreementKind,
    },
}

impl Recommendation {
    pub fn title(self) -> &'static str {
        match self {
            Recommendation::Mentoring => "Mentoring",
            Recommendation::Coaching => "Coaching",
            Recommendation::Blend { .. } => "A blend of both",
        }
    }

    /// The agreement to draft first.
    pub fn first_kind(self) -> AgreementKind {
        match self {
            Recommendation::Mentoring => AgreementKind::Mentoring,
            Recommendation::Coaching => AgreementKind::Coaching,
            Recommendation::Blend { start_with } => start_with,
        }
    }

    /// 0 = most mentoring-leaning, 3 = most coaching-leaning; used to state monotonicity.
    pub fn lean_rank(self) -> u8 {
        match self {
            Recommendation::Mentoring => 0,
            Recommendation::Blend {
                start_with: AgreementKind::Mentoring,
            } => 1,
            Recommendation::Blend {
                start_with: AgreementKind::Coaching,
            } => 2,
            Recommendation::Coaching => 3,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    EvenlyBalanced,
    Slight,
    Moderate,
    Clear,
    Strong,
}

impl Strength {
    pub fn words(self) -> &'static str {
        match self {
            Strength::EvenlyBalanced => "evenly balanced",
            Strength::Slight => "a slight lean",
            Strength::Moderate => "a moderate match",
            Strength::Clear => "a clear match",
            Strength::Strong => "a strong match",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn words(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// Which way one answer pointed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Mentoring,
    Coaching,
    Neither,
}

impl Direction {
    pub fn of(weight: i8) -> Direction {
        match weight {
            w if w < 0 => Direction::Mentoring,
            w if w > 0 => Direction::Coaching,
            _ => Direction::Neither,
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            Direction::Mentoring => "towards mentoring",
            Direction::Coaching => "towards coaching",
            Direction::Neither => "neither way",
        }
    }
}

/// One answered question and what it did to the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub question: &'static Question,
    pub option: &'static AnswerOption,
}

impl Contribution {
    pub fn weight(&self) -> i32 {
        i32::from(self.option.weight)
    }

    pub fn direction(&self) -> Direction {
        Direction::of(self.option.weight)
    }

    pub fn pull_words(&self) -> &'static str {
        match self.weight().abs() {
            0 => "no pull",
            1 => "some pull",
            _ => "strong pull",
        }
    }
}

/// Everything the result screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub recommendation: Recommendation,
    /// Negative leans to mentoring, positive to coaching.
    pub score: i32,
    /// The largest score possible either way.
    pub max_score: i32,
    pub strength: Strength,
    pub confidence: Confidence,
    /// Answered questions in bank order (including "Not sure").
    pub contributions: Vec<Contribution>,
    pub not_sure: usize,
    pub unanswered: usize,
}

impl Outcome {
    /// The answers that pushed the result hardest in the direction it went, strongest first.
    pub fn main_reasons(&self, n: usize) -> Vec<Contribution> {
        let toward = if self.score >= 0 {
            Direction::Coaching
        } else {
            Direction::Mentoring
        };
        let mut reasons: Vec<Contribution> = self
            .contributions
            .iter()
            .copied()
            .filter(|c| c.direction() == toward)
            .collect();
        // Stable sort keeps bank order among equal weights, so the list is deterministic.
        reasons.sort_by_key(|c| std::cmp::Reverse(c.weight().abs()));
        reasons.truncate(n);
        reasons
    }

    /// The answers that pointed against the overall lean.
    pub fn counterpoints(&self) -> Vec<Contribution> {
        let against = if self.score >= 0 {
            Direction::Mentoring
        } else {
            Direction::Coaching
        };
        self.contributions
            .iter()
            .copied()
            .filter(|c| c.direction() == against)
            .collect()
    }

    /// One or two plain sentences that sum the result up.
    pub fn summary(&self) -> String {
        let base = match self.recommendation {
            Recommendation::Mentoring => format!(
                "Mentoring looks like the better fit for you: {}.",
                self.strength.words()
            ),
            Recommendation::Coaching => format!(
                "Coaching looks like the better fit for you: {}.",
                self.strength.words()
            ),
            Recommendation::Blend { start_with } => format!(
                "Both could help you, and you don't have to choose one for good. We suggest starting with {} ({}).",
                start_with.noun(),
                self.strength.words()
            ),
        };
        if self.confidence == Confidence::Low {
            format!(
                "{base} You weren't sure about, or skipped, {} of {} questions, so treat this as a starting point and talk it over with your manager or HR.",
                self.not_sure + self.unanswered,
                QUESTIONS.len()
            )
        } else {
            base
        }
    }
}

/// Scores a set of answers. Answers to unknown questions or options are ignored.
pub fn score(answers: &Answers) -> Outcome {
    let mut contributions = Vec::new();
    let mut not_sure = 0;
    let mut unanswered = 0;
    for q in QUESTIONS {
        match answers.get(q.id).and_then(|a| q.option(a)) {
            Some(option) => {
                if option.is_not_sure() {
                    not_sure += 1;
                }
                contributions.push(Contribution {
                    question: q,
                    option,
                });
            }
            None => unanswered += 1,
        }
    }
    let score: i32 = contributions.iter().map(Contribution::weight).sum();
    let max_score: i32 = QUESTIONS.iter().map(Question::max_pull).sum();
    let recommendation = recommend(score);
    let strength = match score.abs() {
        0 => Strength::EvenlyBalanced,
        s if s < DECISIVE_SCORE => Strength::Slight,
        s if s < CLEAR_SCORE => Strength::Moderate,
        s if s < STRONG_SCORE => Strength::Clear,
        _ => Strength::Strong,
    };
    let confidence = match not_sure + unanswered {
        0..=2 => Confidence::High,
        3..=5 => Confidence::Medium,
        _ => Confidence::Low,
    };
    Outcome {
        recommendation,
        score,
        max_score,
        strength,
        confidence,
        contributions,
        not_sure,
        unanswered,
    }
}

/// The category depends on the score alone (see the module doc for why).
pub fn recommend(score: i32) -> Recommendation {
    if score >= DECISIVE_SCORE {
        Recommendation::Coaching
    } else if score <= -DECISIVE_SCORE {
        Recommendation::Mentoring
    } else if score < 0 {
        Recommendation::Blend {
            start_with: AgreementKind::Mentoring,
        }
    } else {
        // At an exact tie, start with coaching: it is short and bounded, and helps find the needs
        // a mentor can then work on.
        Recommendation::Blend {
            start_with: AgreementKind::Coaching,
        }
    }
}

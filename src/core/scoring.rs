//! Turns answers into a recommendation (mentoring, coaching or a blend) that a person can follow.
//!
//! The score is the plain sum of the chosen options' weights, so it is deterministic and does not
//! depend on the order of answers. The category depends on the score alone, which makes it
//! monotone: moving any answer towards coaching can never make the result lean more to mentoring.
//! "Not sure" and unanswered questions weigh nothing and lower the confidence instead.
//!
//! Confidence says how far the answers can be trusted to point one way. It falls with *doubt*:
//! the pull of every question answered "Not sure" or skipped (its largest possible weight), plus
//! the pull of the answers on the weaker side (the smaller of the total mentoring pull and the
//! total coaching pull). Not knowing and disagreeing count alike, which gives two guarantees the
//! property tests check: a strong answer against the lean never raises confidence, and turning an
//! answer into "Not sure" never raises it. See `confidence_for` for the thresholds.

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

/// What the result screen leads with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Too many answers are "Not sure" or skipped to recommend anything yet.
    NotEnoughYet,
    /// Enough answers, but they pull both ways about equally hard.
    Mixed,
    /// The answers say something: the recommendation stands (at the given confidence).
    Settled,
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
    /// The summed weight of the answers pointing to mentoring (as a positive number).
    pub mentoring_pull: i32,
    /// The summed weight of the answers pointing to coaching.
    pub coaching_pull: i32,
    /// The largest pull the "Not sure" and skipped questions could have had.
    pub unknown_pull: i32,
}

impl Outcome {
    /// The answers that pushed the result hardest in the direction it went, strongest first.
    pub fn main_reasons(&self, n: usize) -> Vec<Contribution> {
        let kind = if self.score >= 0 {
            AgreementKind::Coaching
        } else {
            AgreementKind::Mentoring
        };
        let mut reasons = self.needs_for(kind);
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

    /// The pull that is unknown or points against the lean (see the module doc).
    pub fn doubt(&self) -> i32 {
        self.unknown_pull + self.mentoring_pull.min(self.coaching_pull)
    }

    /// Whether the screen can lead with the recommendation.
    pub fn verdict(&self) -> Verdict {
        if self.confidence != Confidence::Low {
            Verdict::Settled
        } else if self.unknown_pull >= self.mentoring_pull.min(self.coaching_pull) {
            Verdict::NotEnoughYet
        } else {
            Verdict::Mixed
        }
    }

    /// The "Not sure" or skipped questions whose answers could move the result most: the largest
    /// possible pull first, bank order among equals.
    pub fn deciding_questions(&self, n: usize) -> Vec<&'static Question> {
        let mut open: Vec<&'static Question> = QUESTIONS
            .iter()
            .filter(|q| {
                !self
                    .contributions
                    .iter()
                    .any(|c| c.question.id == q.id && !c.option.is_not_sure())
            })
            .collect();
        open.sort_by_key(|q| std::cmp::Reverse(q.max_pull()));
        open.truncate(n);
        open
    }

    /// The answers that point to `kind`, strongest first: the needs that kind of support covers.
    pub fn needs_for(&self, kind: AgreementKind) -> Vec<Contribution> {
        let toward = match kind {
            AgreementKind::Mentoring => Direction::Mentoring,
            AgreementKind::Coaching => Direction::Coaching,
        };
        let mut needs: Vec<Contribution> = self
            .contributions
            .iter()
            .copied()
            .filter(|c| c.direction() == toward)
            .collect();
        // Stable sort keeps bank order among equal weights, so the list is deterministic.
        needs.sort_by_key(|c| std::cmp::Reverse(c.weight().abs()));
        needs
    }

    /// One or two plain sentences that sum the result up.
    pub fn summary(&self) -> String {
        match self.verdict() {
            Verdict::NotEnoughYet => {
                let total = QUESTIONS.len();
                let how_many = match (self.not_sure, self.unanswered) {
                    (n, 0) if n == total => "You weren't sure about any of the questions".to_string(),
                    (n, 0) => format!("You weren't sure about {n} of {total} questions"),
                    (0, 1) => format!("1 of {total} questions has no answer yet"),
                    (0, u) => format!("{u} of {total} questions have no answer yet"),
                    (n, u) => format!(
                        "You weren't sure about {} and {}",
                        count(n, "question", "questions"),
                        count(u, "has no answer yet", "have no answer yet")
                    ),
                };
                return format!(
                    "{how_many}, so a recommendation now would be a guess. The questions below would make the biggest difference; after them, your result will show whether it needs more."
                );
            }
            Verdict::Mixed => {
                return "Your answers pull both ways about equally: some needs suit a mentor, others a coach. Below you can see which is which, so you can decide what matters most to you now.".to_string()
            }
            Verdict::Settled => {}
        }
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
        if self.confidence == Confidence::Medium {
            let why = match (
                self.unknown_pull > 0,
                self.mentoring_pull.min(self.coaching_pull) > 0,
            ) {
                (true, true) => "Some answers were unsure or skipped and some point the other way",
                (true, false) => "Some answers were unsure or skipped",
                _ => "Some of your answers point the other way",
            };
            format!("{base} {why}, so treat it as a starting point and talk it over with your manager or HR.")
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
    let pull = |toward: Direction| -> i32 {
        contributions
            .iter()
            .filter(|c| c.direction() == toward)
            .map(|c| c.weight().abs())
            .sum()
    };
    let mentoring_pull = pull(Direction::Mentoring);
    let coaching_pull = pull(Direction::Coaching);
    let unknown_pull: i32 = QUESTIONS
        .iter()
        .filter(|q| {
            !contributions
                .iter()
                .any(|c| c.question.id == q.id && !c.option.is_not_sure())
        })
        .map(Question::max_pull)
        .sum();
    let confidence = confidence_for(unknown_pull + mentoring_pull.min(coaching_pull), max_score);
    Outcome {
        recommendation,
        score,
        max_score,
        strength,
        confidence,
        contributions,
        not_sure,
        unanswered,
        mentoring_pull,
        coaching_pull,
        unknown_pull,
    }
}

/// Confidence from doubt (see the module doc), as a share of the largest possible score: up to a
/// quarter is high, up to a half is medium, more than that is low. With today's bank (26 points),
/// three strong answers unsure or against still read high; seven do not.
pub fn confidence_for(doubt: i32, max_score: i32) -> Confidence {
    if doubt * 4 <= max_score {
        Confidence::High
    } else if doubt * 2 <= max_score {
        Confidence::Medium
    } else {
        Confidence::Low
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

/// "1 question", "2 questions": a number with the word that fits it.
fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

//! The self-assessment question bank: plain data, versioned, with a documented weight on every option.
//!
//! Weights: a negative number points towards mentoring, a positive one towards coaching, and its size
//! (1 or 2) is how strongly. "Not sure" always weighs 0 and lowers confidence instead.

use serde::{Deserialize, Serialize};

use crate::core::text::{key, Key};

/// Stored with every assessment so older copies of the app can still read the document. It no longer
/// decides anything: a question whose meaning changes gets a new id and lists the old one in
/// `Question::replaces`, so only the answers to changed questions are asked again.
pub const BANK_VERSION: u32 = 1;

/// The id every "Not sure" option uses, so scoring can recognise it.
pub const NOT_SURE: &str = "not-sure";

/// What a question is about; every dimension from the published comparisons has at least one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Dimension {
    Needs,
    Answers,
    TimeHorizon,
    Focus,
    Structure,
    Relationship,
    MeasurableResults,
    Sponsor,
    Situation,
    Assessments,
    Conversation,
}

impl Dimension {
    pub const ALL: [Dimension; 11] = [
        Dimension::Needs,
        Dimension::Answers,
        Dimension::TimeHorizon,
        Dimension::Focus,
        Dimension::Structure,
        Dimension::Relationship,
        Dimension::MeasurableResults,
        Dimension::Sponsor,
        Dimension::Situation,
        Dimension::Assessments,
        Dimension::Conversation,
    ];

    /// A short name a person understands.
    pub fn label(self) -> Key {
        match self {
            Dimension::Needs => key::DIMENSION_NEEDS,
            Dimension::Answers => key::DIMENSION_ANSWERS,
            Dimension::TimeHorizon => key::DIMENSION_TIME_HORIZON,
            Dimension::Focus => key::DIMENSION_FOCUS,
            Dimension::Structure => key::DIMENSION_STRUCTURE,
            Dimension::Relationship => key::DIMENSION_RELATIONSHIP,
            Dimension::MeasurableResults => key::DIMENSION_MEASURABLE_RESULTS,
            Dimension::Sponsor => key::DIMENSION_SPONSOR,
            Dimension::Situation => key::DIMENSION_SITUATION,
            Dimension::Assessments => key::DIMENSION_ASSESSMENTS,
            Dimension::Conversation => key::DIMENSION_CONVERSATION,
        }
    }
}

/// One answer a person can pick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerOption {
    pub id: &'static str,
    pub label: Key,
    /// Negative: towards mentoring; positive: towards coaching; 0: neither.
    pub weight: i8,
}

impl AnswerOption {
    pub fn is_not_sure(&self) -> bool {
        self.id == NOT_SURE
    }
}

/// One screen of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub dimension: Dimension,
    /// A few words naming this question, unique in the bank, for lists of answers.
    pub topic: Key,
    pub prompt: Key,
    /// One line on why the question matters.
    pub why: Key,
    /// What to find out before answering, for someone who was not sure.
    pub find_out: Key,
    pub options: &'static [AnswerOption],
    /// Ids this question had before its meaning changed. An answer stored under one of them is
    /// not reused: the person is asked again (see `core::progress`).
    pub replaces: &'static [&'static str],
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&'static AnswerOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The largest pull any option of this question has, used to scale the result.
    pub fn max_pull(&self) -> i32 {
        self.options
            .iter()
            .map(|o| i32::from(o.weight).abs())
            .max()
            .unwrap_or(0)
    }
}

const fn opt(id: &'static str, label: Key, weight: i8) -> AnswerOption {
    AnswerOption { id, label, weight }
}

const NOT_SURE_OPTION: AnswerOption = opt(NOT_SURE, key::Q_NOT_SURE, 0);

/// The questions' ids alone, in order: enough to find where a person left off without
/// loading the wording, which arrives with the question screens.
pub static QUESTION_IDS: &[&str] = &[
    "need-scope",
    "answers",
    "horizon",
    "focus",
    "team",
    "structure",
    "relationship",
    "measurable",
    "sponsor",
    "situation",
    "assessment",
    "conversation",
    "network",
];

/// Ids of earlier questions whose answers are asked again, for the first screen's count; the
/// same as every `Question::replaces`, kept here so the welcome screen needs no wording.
pub static REPLACED_IDS: &[(&str, &str)] = &[("needs", "need-scope")];

/// The whole bank, in the order a person sees it.
pub static QUESTIONS: &[Question] = &[
    Question {
        id: "need-scope",
        dimension: Dimension::Needs,
        topic: key::Q_NEED_SCOPE_TOPIC,
        prompt: key::Q_NEED_SCOPE_PROMPT,
        why: key::Q_NEED_SCOPE_WHY,
        find_out: key::Q_NEED_SCOPE_FIND_OUT,
        options: &[
            opt("broad", key::Q_NEED_SCOPE_OPTION_BROAD, -2),
            opt("specific", key::Q_NEED_SCOPE_OPTION_SPECIFIC, 2),
            opt("unknown", key::Q_NEED_SCOPE_OPTION_UNKNOWN, 1),
            NOT_SURE_OPTION,
        ],
        // "needs" asked how clear the person was, and "knowing exactly" pulled towards mentoring,
        // which contradicted the comparison table. Answers to it are asked again.
        replaces: &["needs"],
    },
    Question {
        id: "answers",
        dimension: Dimension::Answers,
        topic: key::Q_ANSWERS_TOPIC,
        prompt: key::Q_ANSWERS_PROMPT,
        why: key::Q_ANSWERS_WHY,
        find_out: key::Q_ANSWERS_FIND_OUT,
        options: &[
            opt("advice", key::Q_ANSWERS_OPTION_ADVICE, -2),
            opt("both", key::Q_ANSWERS_OPTION_BOTH, 0),
            opt("questions", key::Q_ANSWERS_OPTION_QUESTIONS, 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "horizon",
        dimension: Dimension::TimeHorizon,
        topic: key::Q_HORIZON_TOPIC,
        prompt: key::Q_HORIZON_PROMPT,
        why: key::Q_HORIZON_WHY,
        find_out: key::Q_HORIZON_FIND_OUT,
        options: &[
            opt("year-plus", key::Q_HORIZON_OPTION_YEAR_PLUS, -2),
            opt("months-6-12", key::Q_HORIZON_OPTION_MONTHS_6_12, -1),
            opt("weeks", key::Q_HORIZON_OPTION_WEEKS, 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "focus",
        dimension: Dimension::Focus,
        topic: key::Q_FOCUS_TOPIC,
        prompt: key::Q_FOCUS_PROMPT,
        why: key::Q_FOCUS_WHY,
        find_out: key::Q_FOCUS_FIND_OUT,
        options: &[
            opt("career", key::Q_FOCUS_OPTION_CAREER, -2),
            opt("culture", key::Q_FOCUS_OPTION_CULTURE, -1),
            opt("skill", key::Q_FOCUS_OPTION_SKILL, 2),
            opt("result", key::Q_FOCUS_OPTION_RESULT, 1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "team",
        dimension: Dimension::Focus,
        topic: key::Q_TEAM_TOPIC,
        prompt: key::Q_TEAM_PROMPT,
        why: key::Q_TEAM_WHY,
        find_out: key::Q_TEAM_FIND_OUT,
        options: &[
            opt("yes", key::Q_TEAM_OPTION_YES, 2),
            opt("some", key::Q_TEAM_OPTION_SOME, 0),
            opt("no", key::Q_TEAM_OPTION_NO, -1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "structure",
        dimension: Dimension::Structure,
        topic: key::Q_STRUCTURE_TOPIC,
        prompt: key::Q_STRUCTURE_PROMPT,
        why: key::Q_STRUCTURE_WHY,
        find_out: key::Q_STRUCTURE_FIND_OUT,
        options: &[
            opt("self", key::Q_STRUCTURE_OPTION_SELF, -2),
            opt("either", key::Q_STRUCTURE_OPTION_EITHER, 0),
            opt("programme", key::Q_STRUCTURE_OPTION_PROGRAMME, 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "relationship",
        dimension: Dimension::Relationship,
        topic: key::Q_RELATIONSHIP_TOPIC,
        prompt: key::Q_RELATIONSHIP_PROMPT,
        why: key::Q_RELATIONSHIP_WHY,
        find_out: key::Q_RELATIONSHIP_FIND_OUT,
        options: &[
            opt("mutual", key::Q_RELATIONSHIP_OPTION_MUTUAL, -2),
            opt("focused", key::Q_RELATIONSHIP_OPTION_FOCUSED, 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "measurable",
        dimension: Dimension::MeasurableResults,
        topic: key::Q_MEASURABLE_TOPIC,
        prompt: key::Q_MEASURABLE_PROMPT,
        why: key::Q_MEASURABLE_WHY,
        find_out: key::Q_MEASURABLE_FIND_OUT,
        options: &[
            opt("yes", key::Q_MEASURABLE_OPTION_YES, 2),
            opt("loosely", key::Q_MEASURABLE_OPTION_LOOSELY, 0),
            opt("no", key::Q_MEASURABLE_OPTION_NO, -2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "sponsor",
        dimension: Dimension::Sponsor,
        topic: key::Q_SPONSOR_TOPIC,
        prompt: key::Q_SPONSOR_PROMPT,
        why: key::Q_SPONSOR_WHY,
        find_out: key::Q_SPONSOR_FIND_OUT,
        options: &[
            opt("closely", key::Q_SPONSOR_OPTION_CLOSELY, 2),
            // A middle answer: it says little about which kind of support fits.
            opt("informed", key::Q_SPONSOR_OPTION_INFORMED, 0),
            opt("private", key::Q_SPONSOR_OPTION_PRIVATE, -1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "situation",
        dimension: Dimension::Situation,
        topic: key::Q_SITUATION_TOPIC,
        prompt: key::Q_SITUATION_PROMPT,
        why: key::Q_SITUATION_WHY,
        find_out: key::Q_SITUATION_FIND_OUT,
        options: &[
            opt("new-hire", key::Q_SITUATION_OPTION_NEW_HIRE, -2),
            opt("new-manager", key::Q_SITUATION_OPTION_NEW_MANAGER, 1),
            opt("promoted", key::Q_SITUATION_OPTION_PROMOTED, 1),
            opt("change", key::Q_SITUATION_OPTION_CHANGE, 2),
            opt("growing", key::Q_SITUATION_OPTION_GROWING, -1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "assessment",
        dimension: Dimension::Assessments,
        topic: key::Q_ASSESSMENT_TOPIC,
        prompt: key::Q_ASSESSMENT_PROMPT,
        why: key::Q_ASSESSMENT_WHY,
        find_out: key::Q_ASSESSMENT_FIND_OUT,
        options: &[
            opt("had", key::Q_ASSESSMENT_OPTION_HAD, 2),
            opt("want", key::Q_ASSESSMENT_OPTION_WANT, 1),
            opt("no", key::Q_ASSESSMENT_OPTION_NO, -1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "conversation",
        dimension: Dimension::Conversation,
        topic: key::Q_CONVERSATION_TOPIC,
        prompt: key::Q_CONVERSATION_PROMPT,
        why: key::Q_CONVERSATION_WHY,
        find_out: key::Q_CONVERSATION_FIND_OUT,
        options: &[
            opt("stories", key::Q_CONVERSATION_OPTION_STORIES, -2),
            opt("mix", key::Q_CONVERSATION_OPTION_MIX, 0),
            opt("reflect", key::Q_CONVERSATION_OPTION_REFLECT, 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "network",
        dimension: Dimension::Answers,
        topic: key::Q_NETWORK_TOPIC,
        prompt: key::Q_NETWORK_PROMPT,
        why: key::Q_NETWORK_WHY,
        find_out: key::Q_NETWORK_FIND_OUT,
        options: &[
            opt("lots", key::Q_NETWORK_OPTION_LOTS, -2),
            opt("some", key::Q_NETWORK_OPTION_SOME, -1),
            opt("none", key::Q_NETWORK_OPTION_NONE, 1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
];

/// Finds a question by id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// The position (0-based) of a question in the bank.
pub fn position(id: &str) -> Option<usize> {
    QUESTIONS.iter().position(|q| q.id == id)
}

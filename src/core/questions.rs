//! The self-assessment question bank: plain data, versioned, with a documented weight on every option.
//!
//! Weights: a negative number points towards mentoring, a positive one towards coaching, and its size
//! (1 or 2) is how strongly. "Not sure" always weighs 0 and lowers confidence instead.

use serde::{Deserialize, Serialize};

/// Bumped whenever a question or option changes meaning; stored with every assessment.
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
    pub fn label(self) -> &'static str {
        match self {
            Dimension::Needs => "What you need",
            Dimension::Answers => "Where answers come from",
            Dimension::TimeHorizon => "How long",
            Dimension::Focus => "Focus",
            Dimension::Structure => "Structure",
            Dimension::Relationship => "The relationship",
            Dimension::MeasurableResults => "Measurable results",
            Dimension::Sponsor => "Your manager's part",
            Dimension::Situation => "Your situation",
            Dimension::Assessments => "Assessments",
            Dimension::Conversation => "Kind of conversation",
        }
    }
}

/// One answer a person can pick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerOption {
    pub id: &'static str,
    pub label: &'static str,
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
    pub prompt: &'static str,
    /// One line on why the question matters.
    pub why: &'static str,
    pub options: &'static [AnswerOption],
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

const fn opt(id: &'static str, label: &'static str, weight: i8) -> AnswerOption {
    AnswerOption { id, label, weight }
}

const NOT_SURE_OPTION: AnswerOption = opt(NOT_SURE, "Not sure", 0);

/// The questions' ids alone, in order: enough to find where a person left off without
/// loading the wording, which arrives with the question screens.
pub static QUESTION_IDS: &[&str] = &[
    "needs",
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

/// The whole bank, in the order a person sees it.
pub static QUESTIONS: &[Question] = &[
    Question {
        id: "needs",
        dimension: Dimension::Needs,
        prompt: "How clear are you about what you want to learn or change?",
        why: "Mentoring works best when you arrive knowing what you need; a coach can help you find it.",
        options: &[
            opt("known", "I know exactly what I want to work on", -2),
            opt("rough", "I have a rough idea and want help pinning it down", 1),
            opt("unknown", "I'd like help working out what I need", 2),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "answers",
        dimension: Dimension::Answers,
        prompt: "When you're stuck, what helps you most?",
        why: "Mentors share advice, information and contacts; coaches ask questions so you find your own way.",
        options: &[
            opt("advice", "Advice and suggestions from someone who has been there", -2),
            opt("both", "A mix of advice and questions", 0),
            opt("questions", "Good questions that help me find my own answer", 2),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "horizon",
        dimension: Dimension::TimeHorizon,
        prompt: "How long do you picture this lasting?",
        why: "Mentoring relationships often run for a year or more; coaching is usually a few months.",
        options: &[
            opt("year-plus", "A year or longer", -2),
            opt("months-6-12", "Six months to a year", -1),
            opt("weeks", "A few weeks to a few months", 2),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "focus",
        dimension: Dimension::Focus,
        prompt: "What do you most want to work on?",
        why: "Mentoring suits your career and growth as a whole; coaching suits one skill, habit or result.",
        options: &[
            opt("career", "My career path and growth as a whole", -2),
            opt("culture", "Understanding how the organisation really works", -1),
            opt("skill", "One specific skill or way of working", 2),
            opt("result", "A particular result I have to deliver", 1),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "team",
        dimension: Dimension::Focus,
        prompt: "Is there a problem in how your team performs that you need to tackle?",
        why: "A concrete team problem is the kind of bounded goal coaching is built for.",
        options: &[
            opt("yes", "Yes, and it needs sorting soon", 2),
            opt("some", "Some things could be better", 0),
            opt("no", "No, this is about me and my path", -1),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "structure",
        dimension: Dimension::Structure,
        prompt: "How would you like it to be organised?",
        why: "Mentoring is usually self-directed; coaching is usually a structured programme with an assigned coach.",
        options: &[
            opt("self", "I'd choose my own partner and we'd set our own pace", -2),
            opt("either", "Either would suit me", 0),
            opt("programme", "A structured programme with someone assigned to me", 2),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "relationship",
        dimension: Dimension::Relationship,
        prompt: "What kind of relationship appeals to you?",
        why: "Mentoring is two-way and both people gain; coaching is a professional partnership centred on you.",
        options: &[
            opt("mutual", "Two-way, where we both learn from each other", -2),
            opt("focused", "A professional partnership focused on my goals", 2),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "measurable",
        dimension: Dimension::MeasurableResults,
        prompt: "Do you, or does your organisation, expect results you can measure within a few months?",
        why: "Coaching is geared to short-term, measurable change; mentoring to longer-term growth.",
        options: &[
            opt("yes", "Yes, there are clear targets", 2),
            opt("loosely", "Loosely; progress matters more than numbers", 0),
            opt("no", "No, this is about long-term growth", -2),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "sponsor",
        dimension: Dimension::Sponsor,
        prompt: "How involved should your manager be?",
        why: "In coaching the manager is often a sponsor who helps set goals; mentoring usually stays between the two of you.",
        options: &[
            opt("closely", "Closely: they help set goals and review progress", 2),
            opt("informed", "Kept informed now and then", 1),
            opt("private", "Not involved: this is for me", -1),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "situation",
        dimension: Dimension::Situation,
        prompt: "Which best describes where you are right now?",
        why: "New joiners often gain most from a mentor; people in a transition or facing a set problem, from a coach.",
        options: &[
            opt("new-hire", "New to the organisation", -2),
            opt("new-manager", "Managing people for the first time", 1),
            opt("promoted", "Recently promoted to a senior role", 1),
            opt("change", "Facing a specific change or problem", 2),
            opt("growing", "Settled in and thinking about what comes next", -1),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "assessment",
        dimension: Dimension::Assessments,
        prompt: "Have you had, or would you like, an assessment such as a 360 or a skills assessment?",
        why: "Coaching often starts from a 360 or skills assessment and turns its findings into a plan.",
        options: &[
            opt("had", "Yes, I've had one and want to act on it", 2),
            opt("want", "I'd like one", 1),
            opt("no", "No, that's not what I'm after", -1),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "conversation",
        dimension: Dimension::Conversation,
        prompt: "What kind of conversations do you want?",
        why: "Mentors share their experience and stories; coaches ask questions that help you reflect.",
        options: &[
            opt("stories", "Hearing experience and stories I can learn from", -2),
            opt("mix", "Some of each", 0),
            opt("reflect", "Being asked questions that make me reflect", 2),
            NOT_SURE_OPTION,
        ],
    },
    Question {
        id: "network",
        dimension: Dimension::Answers,
        prompt: "How much do you want introductions to people who could help you?",
        why: "Making connections is one of the main things a mentor offers.",
        options: &[
            opt("lots", "A lot: I want to widen my network", -2),
            opt("some", "A few would be nice", -1),
            opt("none", "Not really: I want to work things through myself", 1),
            NOT_SURE_OPTION,
        ],
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

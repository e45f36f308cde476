//! The self-assessment question bank: plain data, versioned, with a documented weight on every option.
//!
//! Weights: a negative number points towards mentoring, a positive one towards coaching, and its size
//! (1 or 2) is how strongly. "Not sure" always weighs 0 and lowers confidence instead.

use serde::{Deserialize, Serialize};

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
    /// A few words naming this question, unique in the bank, for lists of answers.
    pub topic: &'static str,
    pub prompt: &'static str,
    /// One line on why the question matters.
    pub why: &'static str,
    /// What to find out before answering, for someone who was not sure.
    pub find_out: &'static str,
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

const fn opt(id: &'static str, label: &'static str, weight: i8) -> AnswerOption {
    AnswerOption { id, label, weight }
}

const NOT_SURE_OPTION: AnswerOption = opt(NOT_SURE, "Not sure", 0);

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
        topic: "What you want help with",
        prompt: "Which sounds most like what you want help with?",
        why: "A mentor works best when you already know the broad areas you want to grow in. A coach works on one narrow, specific goal, or helps you find out what you need.",
        find_out: "Think about whether it is one specific thing (perhaps from feedback or a 360) or your development more broadly.",
        options: &[
            opt("broad", "Growing more broadly: I know the areas I want to develop over time", -2),
            opt("specific", "One specific thing I've already pinned down, for example from feedback or a 360", 2),
            opt("unknown", "Working out what I need is part of the help I want", 1),
            NOT_SURE_OPTION,
        ],
        // "needs" asked how clear the person was, and "knowing exactly" pulled towards mentoring,
        // which contradicted the comparison table. Answers to it are asked again.
        replaces: &["needs"],
    },
    Question {
        id: "answers",
        dimension: Dimension::Answers,
        topic: "When you're stuck",
        prompt: "When you're stuck, what helps you most?",
        why: "Mentors share advice, information and contacts; coaches ask questions so you find your own way.",
        find_out: "Remember the last time someone really helped you past a problem: did they tell you, or ask you?",
        options: &[
            opt("advice", "Advice and suggestions from someone who has been there", -2),
            opt("both", "A mix of advice and questions", 0),
            opt("questions", "Good questions that help me find my own answer", 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "horizon",
        dimension: Dimension::TimeHorizon,
        topic: "How long it lasts",
        prompt: "How long do you picture this lasting?",
        why: "Mentoring relationships often run for a year or more; coaching is usually a few months.",
        find_out: "Ask yourself when you would want to see a difference, and whether there is a deadline.",
        options: &[
            opt("year-plus", "A year or longer", -2),
            opt("months-6-12", "Six months to a year", -1),
            opt("weeks", "A few weeks to a few months", 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "focus",
        dimension: Dimension::Focus,
        topic: "What you'll work on",
        prompt: "What do you most want to work on?",
        why: "Mentoring suits your career and growth as a whole; coaching suits one skill, habit or result.",
        find_out: "Write down the one thing you'd most like to be different in a year, then see whether it is a skill, a result or your path as a whole.",
        options: &[
            opt("career", "My career path and growth as a whole", -2),
            opt("culture", "Understanding how the organisation really works", -1),
            opt("skill", "One specific skill or way of working", 2),
            opt("result", "A particular result I have to deliver", 1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "team",
        dimension: Dimension::Focus,
        topic: "Your team's performance",
        prompt: "Is there a problem in how your team performs that you need to tackle?",
        why: "A concrete team problem is the kind of bounded goal coaching is built for.",
        find_out: "Ask your manager, or look at your team's last review: is there something that has to improve soon?",
        options: &[
            opt("yes", "Yes, and it needs sorting soon", 2),
            opt("some", "Some things could be better", 0),
            opt("no", "No, this is about me and my path", -1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "structure",
        dimension: Dimension::Structure,
        topic: "How it's organised",
        prompt: "How would you like it to be organised?",
        why: "Mentoring is usually self-directed; coaching is usually a structured programme with an assigned coach.",
        find_out: "Ask HR or your manager which programmes your organisation offers and how people are matched.",
        options: &[
            opt("self", "I'd choose my own partner and we'd set our own pace", -2),
            opt("either", "Either would suit me", 0),
            opt("programme", "A structured programme with someone assigned to me", 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "relationship",
        dimension: Dimension::Relationship,
        topic: "The relationship",
        prompt: "What kind of relationship appeals to you?",
        why: "Mentoring is two-way and both people gain; coaching is a professional partnership centred on you.",
        find_out: "Picture the other person: someone you also help in return, or a professional whose time is all about your goals?",
        options: &[
            opt("mutual", "Two-way, where we both learn from each other", -2),
            opt("focused", "A professional partnership focused on my goals", 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "measurable",
        dimension: Dimension::MeasurableResults,
        topic: "Results you can measure",
        prompt: "Do you, or does your organisation, expect results you can measure within a few months?",
        why: "Coaching is geared to short-term, measurable change; mentoring to longer-term growth.",
        find_out: "Ask your manager whether anyone expects a measurable change from you, and by when.",
        options: &[
            opt("yes", "Yes, there are clear targets", 2),
            opt("loosely", "Loosely; progress matters more than numbers", 0),
            opt("no", "No, this is about long-term growth", -2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "sponsor",
        dimension: Dimension::Sponsor,
        topic: "Your manager's part",
        prompt: "How involved should your manager be?",
        why: "In coaching the manager is often a sponsor who helps set goals; mentoring usually stays between the two of you.",
        find_out: "Ask your manager how involved they would like to be, and decide how much you want to share.",
        options: &[
            opt("closely", "Closely: they help set goals and review progress", 2),
            // A middle answer: it says little about which kind of support fits.
            opt("informed", "Kept informed now and then", 0),
            opt("private", "Not involved: this is for me", -1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "situation",
        dimension: Dimension::Situation,
        topic: "Where you are now",
        prompt: "Which best describes where you are right now?",
        why: "New joiners often gain most from a mentor; people in a transition or facing a set problem, from a coach.",
        find_out: "Pick the change that takes most of your energy at the moment.",
        options: &[
            opt("new-hire", "New to the organisation", -2),
            opt("new-manager", "Managing people for the first time", 1),
            opt("promoted", "Recently promoted to a senior role", 1),
            opt("change", "Facing a specific change or problem", 2),
            opt("growing", "Settled in and thinking about what comes next", -1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "assessment",
        dimension: Dimension::Assessments,
        topic: "A 360 or skills assessment",
        prompt: "Have you had, or would you like, an assessment such as a 360 or a skills assessment?",
        why: "Coaching often starts from a 360 or skills assessment and turns its findings into a plan.",
        find_out: "Ask HR whether you've had a 360 or skills assessment, or whether one is available to you.",
        options: &[
            opt("had", "Yes, I've had one and want to act on it", 2),
            opt("want", "I'd like one", 1),
            opt("no", "No, that's not what I'm after", -1),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "conversation",
        dimension: Dimension::Conversation,
        topic: "The conversations you want",
        prompt: "What kind of conversations do you want?",
        why: "Mentors share their experience and stories; coaches ask questions that help you reflect.",
        find_out: "Think of a conversation at work that left you better off: was it someone's story, or their questions?",
        options: &[
            opt("stories", "Hearing experience and stories I can learn from", -2),
            opt("mix", "Some of each", 0),
            opt("reflect", "Being asked questions that make me reflect", 2),
            NOT_SURE_OPTION,
        ],
        replaces: &[],
    },
    Question {
        id: "network",
        dimension: Dimension::Answers,
        topic: "Introductions to people",
        prompt: "How much do you want introductions to people who could help you?",
        why: "Making connections is one of the main things a mentor offers.",
        find_out: "List the people you'd like to know but don't yet: a long list points to a mentor.",
        options: &[
            opt("lots", "A lot: I want to widen my network", -2),
            opt("some", "A few would be nice", -1),
            opt("none", "Not really: I want to work things through myself", 1),
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

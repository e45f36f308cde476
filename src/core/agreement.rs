//! Agreement templates (mentoring and coaching) as plain data, and the drafts people fill in.
//!
//! A draft stores its answers as `field id -> text`, so the editor, validation, Markdown and the
//! partner diff all work from the template without knowing any one field.

use crate::core::text::{key, Arg, Catalogue, Key, Msg};
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::core::values::{self, Origin, Problem, Unfit};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AgreementKind {
    Mentoring,
    Coaching,
}

/// Read by hand from its lower-case name: the derived reader is several times the size, and it is
/// part of the first download (every stored draft names its kind).
impl<'de> Deserialize<'de> for AgreementKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        match name.as_str() {
            "mentoring" => Ok(AgreementKind::Mentoring),
            "coaching" => Ok(AgreementKind::Coaching),
            other => Err(serde::de::Error::unknown_variant(
                other,
                &["mentoring", "coaching"],
            )),
        }
    }
}

impl AgreementKind {
    pub fn noun(self) -> &'static str {
        match self {
            AgreementKind::Mentoring => "mentoring",
            AgreementKind::Coaching => "coaching",
        }
    }

    pub fn title(self) -> Key {
        match self {
            AgreementKind::Mentoring => key::KIND_MENTORING_TITLE,
            AgreementKind::Coaching => key::KIND_COACHING_TITLE,
        }
    }

    pub fn template(self) -> &'static Template {
        match self {
            AgreementKind::Mentoring => &MENTORING,
            AgreementKind::Coaching => &COACHING,
        }
    }

    /// The template's field ids and kinds alone, in order. Checking stored data needs only these,
    /// and keeping them apart from the wording keeps the templates' text out of the first download.
    pub fn fields(self) -> &'static [(&'static str, FieldKind)] {
        match self {
            AgreementKind::Mentoring => MENTORING_FIELDS,
            AgreementKind::Coaching => COACHING_FIELDS,
        }
    }

    /// The kind of field `id`, or `None` if the template has no such field.
    pub fn field_kind(self, id: &str) -> Option<FieldKind> {
        self.fields()
            .iter()
            .find(|(f, _)| *f == id)
            .map(|(_, kind)| *kind)
    }

    pub fn other(self) -> AgreementKind {
        match self {
            AgreementKind::Mentoring => AgreementKind::Coaching,
            AgreementKind::Coaching => AgreementKind::Mentoring,
        }
    }
}

static MENTORING_FIELDS: &[(&str, FieldKind)] = &[
    ("mentee-name", FieldKind::Text),
    ("mentee-contact", FieldKind::Text),
    ("mentor-name", FieldKind::Text),
    ("mentor-contact", FieldKind::Text),
    ("manager-name", FieldKind::Text),
    ("goal-1", FieldKind::Text),
    ("goal-1-measure", FieldKind::Text),
    ("goal-1-date", FieldKind::Date),
    ("goal-2", FieldKind::Text),
    ("goal-2-measure", FieldKind::Text),
    ("goal-2-date", FieldKind::Date),
    ("goal-3", FieldKind::Text),
    ("goal-3-measure", FieldKind::Text),
    ("goal-3-date", FieldKind::Date),
    ("goal-4", FieldKind::Text),
    ("goal-4-measure", FieldKind::Text),
    ("goal-4-date", FieldKind::Date),
    ("goal-5", FieldKind::Text),
    ("goal-5-measure", FieldKind::Text),
    ("goal-5-date", FieldKind::Date),
    ("mentee-will", FieldKind::LongText),
    ("mentor-will", FieldKind::LongText),
    ("frequency", FieldKind::Choice(FREQUENCY)),
    ("length", FieldKind::Choice(LENGTH)),
    ("day", FieldKind::Weekday),
    ("time", FieldKind::Time),
    ("mode", FieldKind::Choice(MODE)),
    ("place", FieldKind::Text),
    ("scheduler", FieldKind::Choice(SCHEDULER)),
    ("agenda", FieldKind::Choice(AGENDA)),
    ("cancel-notice", FieldKind::Choice(NOTICE)),
    ("channels", FieldKind::Text),
    ("response-time", FieldKind::Choice(RESPONSE_TIME)),
    ("open-ended", FieldKind::Tick),
    ("start", FieldKind::Date),
    ("end", FieldKind::Date),
    ("review-every", FieldKind::Choice(REVIEW_EVERY)),
    ("private", FieldKind::LongText),
    ("shared", FieldKind::LongText),
    ("off-limits", FieldKind::LongText),
    ("limits-ack", FieldKind::Tick),
    ("conflicts", FieldKind::LongText),
    ("feedback", FieldKind::LongText),
    ("no-fault", FieldKind::Tick),
    ("ending-notice", FieldKind::Choice(ENDING_NOTICE)),
    ("if-problems", FieldKind::LongText),
];

static COACHING_FIELDS: &[(&str, FieldKind)] = &[
    ("coachee-name", FieldKind::Text),
    ("coachee-contact", FieldKind::Text),
    ("coach-name", FieldKind::Text),
    ("coach-credentials", FieldKind::Text),
    ("coach-contact", FieldKind::Text),
    ("sponsor-name", FieldKind::Text),
    ("not-therapy", FieldKind::Tick),
    ("owns-decisions", FieldKind::Tick),
    ("goal-1", FieldKind::Text),
    ("goal-1-measure", FieldKind::Text),
    ("goal-1-date", FieldKind::Date),
    ("goal-2", FieldKind::Text),
    ("goal-2-measure", FieldKind::Text),
    ("goal-2-date", FieldKind::Date),
    ("goal-3", FieldKind::Text),
    ("goal-3-measure", FieldKind::Text),
    ("goal-3-date", FieldKind::Date),
    ("goal-4", FieldKind::Text),
    ("goal-4-measure", FieldKind::Text),
    ("goal-4-date", FieldKind::Date),
    ("goal-5", FieldKind::Text),
    ("goal-5-measure", FieldKind::Text),
    ("goal-5-date", FieldKind::Date),
    ("assessment", FieldKind::Choice(ASSESSMENT)),
    ("assessment-viewers", FieldKind::Text),
    ("debrief", FieldKind::Text),
    ("sessions", SESSIONS),
    ("length", FieldKind::Choice(LENGTH)),
    ("frequency", FieldKind::Choice(COACHING_FREQUENCY)),
    ("day", FieldKind::Weekday),
    ("time", FieldKind::Time),
    ("mode", FieldKind::Choice(MODE)),
    ("start", FieldKind::Date),
    ("end", FieldKind::Date),
    ("three-way", FieldKind::Choice(THREE_WAY)),
    ("preparation", FieldKind::LongText),
    ("cancel-notice", FieldKind::Choice(NOTICE)),
    ("between-sessions", FieldKind::LongText),
    ("honest-feedback", FieldKind::Tick),
    ("sponsor-told", FieldKind::LongText),
    ("limits-ack", FieldKind::Tick),
    ("notes-kept", FieldKind::Text),
    ("notes-destroyed", FieldKind::Text),
    ("fee", FieldKind::Text),
    ("late-cancel-fee", FieldKind::Text),
    ("icf-what-coaching-is", FieldKind::Tick),
    ("icf-appropriate", FieldKind::Tick),
    ("icf-responsibilities", FieldKind::Tick),
    ("icf-practicalities", FieldKind::Tick),
    ("icf-plan", FieldKind::Tick),
    ("icf-fit", FieldKind::Tick),
    ("icf-measures", FieldKind::Tick),
    ("icf-closing", FieldKind::Tick),
    ("may-end", FieldKind::Tick),
    ("closing", FieldKind::LongText),
];

pub use crate::core::values::{Choice, FieldKind, Meaning, Unit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub id: &'static str,
    pub label: Key,
    /// A hint under the label.
    pub hint: Option<Key>,
    pub kind: FieldKind,
    pub required: bool,
    /// Shown only once this other field has text (used for goals 2 to 5).
    pub after: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    pub id: &'static str,
    pub title: Key,
    /// What the section is for, in one or two sentences.
    pub intro: Key,
    pub fields: &'static [Field],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    pub kind: AgreementKind,
    pub sections: &'static [Section],
}

impl Template {
    pub fn fields(&self) -> impl Iterator<Item = &'static Field> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&'static Field> {
        self.fields().find(|f| f.id == id)
    }
}

const fn text(id: &'static str, label: Key, hint: Option<Key>, required: bool) -> Field {
    Field {
        id,
        label,
        hint,
        kind: FieldKind::Text,
        required,
        after: None,
    }
}

const fn long(id: &'static str, label: Key, hint: Option<Key>, required: bool) -> Field {
    Field {
        id,
        label,
        hint,
        kind: FieldKind::LongText,
        required,
        after: None,
    }
}

const fn date(id: &'static str, label: Key, required: bool) -> Field {
    Field {
        id,
        label,
        hint: None,
        kind: FieldKind::Date,
        required,
        after: None,
    }
}

const fn choice(id: &'static str, label: Key, options: &'static [Choice], required: bool) -> Field {
    Field {
        id,
        label,
        hint: None,
        kind: FieldKind::Choice(options),
        required,
        after: None,
    }
}

const fn tick(id: &'static str, label: Key) -> Field {
    Field {
        id,
        label,
        hint: None,
        kind: FieldKind::Tick,
        required: true,
        after: None,
    }
}

/// The usual day and time of meetings, which put the calendar's meetings at that time.
const fn usual_day() -> Field {
    Field {
        id: "day",
        label: key::FIELD_DAY_LABEL,
        hint: Some(key::FIELD_DAY_HINT),
        kind: FieldKind::Weekday,
        required: false,
        after: None,
    }
}

const fn usual_time() -> Field {
    Field {
        id: "time",
        label: key::FIELD_TIME_LABEL,
        hint: Some(key::FIELD_TIME_HINT),
        kind: FieldKind::Time,
        required: false,
        after: None,
    }
}

const SMART_HINT: Key = key::FIELD_GOAL_HINT;
const MEASURE_HINT: Key = key::FIELD_GOAL_MEASURE_HINT;

const fn plain(id: &'static str, label: Key) -> Choice {
    Choice {
        id,
        label,
        meaning: Meaning::Plain,
        suggested_when: &[],
    }
}

const fn every(id: &'static str, label: Key, unit: Unit, interval: u8) -> Choice {
    Choice {
        id,
        label,
        meaning: Meaning::Repeat { unit, interval },
        suggested_when: &[],
    }
}

const fn minutes(id: &'static str, label: Key, n: u16) -> Choice {
    Choice {
        id,
        label,
        meaning: Meaning::Minutes(n),
        suggested_when: &[],
    }
}

const fn review(id: &'static str, label: Key, months: u8) -> Choice {
    Choice {
        id,
        label,
        meaning: Meaning::ReviewMonths(months),
        suggested_when: &[],
    }
}

/// A choice that a new draft suggests for these answers (question id, option id).
const fn suggested(mut choice: Choice, when: &'static [(&'static str, &'static str)]) -> Choice {
    choice.suggested_when = when;
    choice
}

// The choices' ids are stored and never change, so rewording a label never orphans a stored value.
// A signature covers the words people read, though: rewording a label asks signed agreements that
// use it to be signed again.
const FREQUENCY: &[Choice] = &[
    every("weekly", key::CHOICE_FREQUENCY_WEEKLY, Unit::Week, 1),
    every(
        "every-2-weeks",
        key::CHOICE_FREQUENCY_EVERY_2_WEEKS,
        Unit::Week,
        2,
    ),
    every("monthly", key::CHOICE_FREQUENCY_MONTHLY, Unit::Month, 1),
    every(
        "every-2-months",
        key::CHOICE_FREQUENCY_EVERY_2_MONTHS,
        Unit::Month,
        2,
    ),
    plain("when-needed", key::CHOICE_FREQUENCY_WHEN_NEEDED),
];
const COACHING_FREQUENCY: &[Choice] = &[
    every(
        "weekly",
        key::CHOICE_COACHING_FREQUENCY_WEEKLY,
        Unit::Week,
        1,
    ),
    every(
        "every-2-weeks",
        key::CHOICE_COACHING_FREQUENCY_EVERY_2_WEEKS,
        Unit::Week,
        2,
    ),
    every(
        "every-3-weeks",
        key::CHOICE_COACHING_FREQUENCY_EVERY_3_WEEKS,
        Unit::Week,
        3,
    ),
    every(
        "monthly",
        key::CHOICE_COACHING_FREQUENCY_MONTHLY,
        Unit::Month,
        1,
    ),
];
const LENGTH: &[Choice] = &[
    minutes("30-minutes", key::CHOICE_LENGTH_30_MINUTES, 30),
    minutes("45-minutes", key::CHOICE_LENGTH_45_MINUTES, 45),
    minutes("60-minutes", key::CHOICE_LENGTH_60_MINUTES, 60),
    minutes("90-minutes", key::CHOICE_LENGTH_90_MINUTES, 90),
];
/// The days' names, in the order of `values::WEEKDAYS`.
pub const WEEKDAY_NAMES: [Key; 7] = [
    key::WEEKDAY_MONDAY,
    key::WEEKDAY_TUESDAY,
    key::WEEKDAY_WEDNESDAY,
    key::WEEKDAY_THURSDAY,
    key::WEEKDAY_FRIDAY,
    key::WEEKDAY_SATURDAY,
    key::WEEKDAY_SUNDAY,
];
/// How many coaching sessions: a count, which the calendar uses as the series' length.
const SESSIONS: FieldKind = FieldKind::Number { min: 1, max: 50 };

const MODE: &[Choice] = &[
    plain("in-person", key::CHOICE_MODE_IN_PERSON),
    plain("video", key::CHOICE_MODE_VIDEO),
    plain("phone", key::CHOICE_MODE_PHONE),
    plain("mix", key::CHOICE_MODE_MIX),
];
const NOTICE: &[Choice] = &[
    plain("24-hours", key::CHOICE_NOTICE_24_HOURS),
    plain("48-hours", key::CHOICE_NOTICE_48_HOURS),
    plain("1-week", key::CHOICE_NOTICE_1_WEEK),
];
const REVIEW_EVERY: &[Choice] = &[
    suggested(
        review("every-3-months", key::CHOICE_REVIEW_EVERY_EVERY_3_MONTHS, 3),
        &[("horizon", "weeks"), ("horizon", "months-6-12")],
    ),
    suggested(
        review("every-6-months", key::CHOICE_REVIEW_EVERY_EVERY_6_MONTHS, 6),
        &[("horizon", "year-plus")],
    ),
    review(
        "every-12-months",
        key::CHOICE_REVIEW_EVERY_EVERY_12_MONTHS,
        12,
    ),
];
const SCHEDULER: &[Choice] = &[
    plain("mentee", key::CHOICE_SCHEDULER_MENTEE),
    plain("mentor", key::CHOICE_SCHEDULER_MENTOR),
    plain("turns", key::CHOICE_SCHEDULER_TURNS),
];
const AGENDA: &[Choice] = &[
    plain("1-day-before", key::CHOICE_AGENDA_1_DAY_BEFORE),
    plain("2-days-before", key::CHOICE_AGENDA_2_DAYS_BEFORE),
    plain("none", key::CHOICE_AGENDA_NONE),
];
const RESPONSE_TIME: &[Choice] = &[
    plain("1-working-day", key::CHOICE_RESPONSE_TIME_1_WORKING_DAY),
    plain("2-working-days", key::CHOICE_RESPONSE_TIME_2_WORKING_DAYS),
    plain("1-week", key::CHOICE_RESPONSE_TIME_1_WEEK),
];
const ENDING_NOTICE: &[Choice] = &[
    plain("none", key::CHOICE_ENDING_NOTICE_NONE),
    plain("1-week", key::CHOICE_ENDING_NOTICE_1_WEEK),
    plain("2-weeks", key::CHOICE_ENDING_NOTICE_2_WEEKS),
];
const ASSESSMENT: &[Choice] = &[
    plain("360", key::CHOICE_ASSESSMENT_360),
    plain("skills", key::CHOICE_ASSESSMENT_SKILLS),
    plain("both", key::CHOICE_ASSESSMENT_BOTH),
    suggested(
        plain("none", key::CHOICE_ASSESSMENT_NONE),
        &[("assessment", "no")],
    ),
];
const THREE_WAY: &[Choice] = &[
    suggested(
        plain("start-and-end", key::CHOICE_THREE_WAY_START_AND_END),
        &[("sponsor", "closely")],
    ),
    suggested(
        plain("start-only", key::CHOICE_THREE_WAY_START_ONLY),
        &[("sponsor", "informed")],
    ),
    suggested(
        plain("none", key::CHOICE_THREE_WAY_NONE),
        &[("sponsor", "private")],
    ),
];

/// Goal `n` (1 to 5) of a template, with its measure and target date; goals after the first are
/// optional and shown once the one before has text.
const fn goal(
    ids: [&'static str; 3],
    labels: [Key; 3],
    previous: Option<&'static str>,
) -> [Field; 3] {
    let required = previous.is_none();
    [
        Field {
            id: ids[0],
            label: labels[0],
            hint: Some(SMART_HINT),
            kind: FieldKind::Text,
            required,
            after: previous,
        },
        Field {
            id: ids[1],
            label: labels[1],
            hint: Some(MEASURE_HINT),
            kind: FieldKind::Text,
            required,
            after: if required { None } else { Some(ids[0]) },
        },
        Field {
            id: ids[2],
            label: labels[2],
            hint: None,
            kind: FieldKind::Date,
            required,
            after: if required { None } else { Some(ids[0]) },
        },
    ]
}

const GOALS: [Field; 15] = {
    let g1 = goal(
        ["goal-1", "goal-1-measure", "goal-1-date"],
        [
            key::FIELD_GOAL_1_LABEL,
            key::FIELD_GOAL_1_MEASURE_LABEL,
            key::FIELD_GOAL_1_DATE_LABEL,
        ],
        None,
    );
    let g2 = goal(
        ["goal-2", "goal-2-measure", "goal-2-date"],
        [
            key::FIELD_GOAL_2_LABEL,
            key::FIELD_GOAL_2_MEASURE_LABEL,
            key::FIELD_GOAL_2_DATE_LABEL,
        ],
        Some("goal-1"),
    );
    let g3 = goal(
        ["goal-3", "goal-3-measure", "goal-3-date"],
        [
            key::FIELD_GOAL_3_LABEL,
            key::FIELD_GOAL_3_MEASURE_LABEL,
            key::FIELD_GOAL_3_DATE_LABEL,
        ],
        Some("goal-2"),
    );
    let g4 = goal(
        ["goal-4", "goal-4-measure", "goal-4-date"],
        [
            key::FIELD_GOAL_4_LABEL,
            key::FIELD_GOAL_4_MEASURE_LABEL,
            key::FIELD_GOAL_4_DATE_LABEL,
        ],
        Some("goal-3"),
    );
    let g5 = goal(
        ["goal-5", "goal-5-measure", "goal-5-date"],
        [
            key::FIELD_GOAL_5_LABEL,
            key::FIELD_GOAL_5_MEASURE_LABEL,
            key::FIELD_GOAL_5_DATE_LABEL,
        ],
        Some("goal-4"),
    );
    [
        g1[0], g1[1], g1[2], g2[0], g2[1], g2[2], g3[0], g3[1], g3[2], g4[0], g4[1], g4[2], g5[0],
        g5[1], g5[2],
    ]
};

pub static MENTORING: Template = Template {
    kind: AgreementKind::Mentoring,
    sections: &[
        Section {
            id: "people",
            title: key::MENTORING_SECTION_PEOPLE_TITLE,
            intro: key::MENTORING_SECTION_PEOPLE_INTRO,
            fields: &[
                text("mentee-name", key::MENTORING_MENTEE_NAME_LABEL, None, true),
                text(
                    "mentee-contact",
                    key::MENTORING_MENTEE_CONTACT_LABEL,
                    None,
                    true,
                ),
                text("mentor-name", key::MENTORING_MENTOR_NAME_LABEL, None, true),
                text(
                    "mentor-contact",
                    key::MENTORING_MENTOR_CONTACT_LABEL,
                    None,
                    true,
                ),
                text(
                    "manager-name",
                    key::MENTORING_MANAGER_NAME_LABEL,
                    Some(key::MENTORING_MANAGER_NAME_HINT),
                    false,
                ),
            ],
        },
        Section {
            id: "goals",
            title: key::MENTORING_SECTION_GOALS_TITLE,
            intro: key::MENTORING_SECTION_GOALS_INTRO,
            fields: &GOALS,
        },
        Section {
            id: "learning",
            title: key::MENTORING_SECTION_LEARNING_TITLE,
            intro: key::MENTORING_SECTION_LEARNING_INTRO,
            fields: &[
                long(
                    "mentee-will",
                    key::MENTORING_MENTEE_WILL_LABEL,
                    Some(key::MENTORING_MENTEE_WILL_HINT),
                    true,
                ),
                long(
                    "mentor-will",
                    key::MENTORING_MENTOR_WILL_LABEL,
                    Some(key::MENTORING_MENTOR_WILL_HINT),
                    true,
                ),
            ],
        },
        Section {
            id: "meetings",
            title: key::MENTORING_SECTION_MEETINGS_TITLE,
            intro: key::MENTORING_SECTION_MEETINGS_INTRO,
            fields: &[
                choice("frequency", key::MENTORING_FREQUENCY_LABEL, FREQUENCY, true),
                choice("length", key::MENTORING_LENGTH_LABEL, LENGTH, true),
                usual_day(),
                usual_time(),
                choice("mode", key::MENTORING_MODE_LABEL, MODE, true),
                text(
                    "place",
                    key::MENTORING_PLACE_LABEL,
                    Some(key::MENTORING_PLACE_HINT),
                    false,
                ),
                choice("scheduler", key::MENTORING_SCHEDULER_LABEL, SCHEDULER, true),
                choice("agenda", key::MENTORING_AGENDA_LABEL, AGENDA, false),
                choice(
                    "cancel-notice",
                    key::MENTORING_CANCEL_NOTICE_LABEL,
                    NOTICE,
                    true,
                ),
            ],
        },
        Section {
            id: "between",
            title: key::MENTORING_SECTION_BETWEEN_TITLE,
            intro: key::MENTORING_SECTION_BETWEEN_INTRO,
            fields: &[
                text(
                    "channels",
                    key::MENTORING_CHANNELS_LABEL,
                    Some(key::MENTORING_CHANNELS_HINT),
                    true,
                ),
                choice(
                    "response-time",
                    key::MENTORING_RESPONSE_TIME_LABEL,
                    RESPONSE_TIME,
                    true,
                ),
            ],
        },
        Section {
            id: "duration",
            title: key::MENTORING_SECTION_DURATION_TITLE,
            intro: key::MENTORING_SECTION_DURATION_INTRO,
            fields: &[
                Field {
                    required: false,
                    ..tick("open-ended", key::MENTORING_OPEN_ENDED_LABEL)
                },
                date("start", key::MENTORING_START_LABEL, true),
                date("end", key::MENTORING_END_LABEL, true),
                choice(
                    "review-every",
                    key::MENTORING_REVIEW_EVERY_LABEL,
                    REVIEW_EVERY,
                    true,
                ),
            ],
        },
        Section {
            id: "confidentiality",
            title: key::MENTORING_SECTION_CONFIDENTIALITY_TITLE,
            intro: key::MENTORING_SECTION_CONFIDENTIALITY_INTRO,
            fields: &[
                long(
                    "private",
                    key::MENTORING_PRIVATE_LABEL,
                    Some(key::MENTORING_PRIVATE_HINT),
                    true,
                ),
                long("shared", key::MENTORING_SHARED_LABEL, None, false),
                long("off-limits", key::MENTORING_OFF_LIMITS_LABEL, None, false),
                tick("limits-ack", key::MENTORING_LIMITS_ACK_LABEL),
            ],
        },
        Section {
            id: "boundaries",
            title: key::MENTORING_SECTION_BOUNDARIES_TITLE,
            intro: key::MENTORING_SECTION_BOUNDARIES_INTRO,
            fields: &[long(
                "conflicts",
                key::MENTORING_CONFLICTS_LABEL,
                Some(key::MENTORING_CONFLICTS_HINT),
                true,
            )],
        },
        Section {
            id: "feedback",
            title: key::MENTORING_SECTION_FEEDBACK_TITLE,
            intro: key::MENTORING_SECTION_FEEDBACK_INTRO,
            fields: &[long(
                "feedback",
                key::MENTORING_FEEDBACK_LABEL,
                Some(key::MENTORING_FEEDBACK_HINT),
                true,
            )],
        },
        Section {
            id: "ending",
            title: key::MENTORING_SECTION_ENDING_TITLE,
            intro: key::MENTORING_SECTION_ENDING_INTRO,
            fields: &[
                tick("no-fault", key::MENTORING_NO_FAULT_LABEL),
                choice(
                    "ending-notice",
                    key::MENTORING_ENDING_NOTICE_LABEL,
                    ENDING_NOTICE,
                    false,
                ),
                long(
                    "if-problems",
                    key::MENTORING_IF_PROBLEMS_LABEL,
                    Some(key::MENTORING_IF_PROBLEMS_HINT),
                    false,
                ),
            ],
        },
    ],
};

pub static COACHING: Template = Template {
    kind: AgreementKind::Coaching,
    sections: &[
        Section {
            id: "people",
            title: key::COACHING_SECTION_PEOPLE_TITLE,
            intro: key::COACHING_SECTION_PEOPLE_INTRO,
            fields: &[
                text("coachee-name", key::COACHING_COACHEE_NAME_LABEL, None, true),
                text(
                    "coachee-contact",
                    key::COACHING_COACHEE_CONTACT_LABEL,
                    None,
                    true,
                ),
                text("coach-name", key::COACHING_COACH_NAME_LABEL, None, true),
                text(
                    "coach-credentials",
                    key::COACHING_COACH_CREDENTIALS_LABEL,
                    Some(key::COACHING_COACH_CREDENTIALS_HINT),
                    false,
                ),
                text(
                    "coach-contact",
                    key::COACHING_COACH_CONTACT_LABEL,
                    None,
                    true,
                ),
                text(
                    "sponsor-name",
                    key::COACHING_SPONSOR_NAME_LABEL,
                    Some(key::COACHING_SPONSOR_NAME_HINT),
                    false,
                ),
            ],
        },
        Section {
            id: "understanding",
            title: key::COACHING_SECTION_UNDERSTANDING_TITLE,
            intro: key::COACHING_SECTION_UNDERSTANDING_INTRO,
            fields: &[
                tick("not-therapy", key::COACHING_NOT_THERAPY_LABEL),
                tick("owns-decisions", key::COACHING_OWNS_DECISIONS_LABEL),
            ],
        },
        Section {
            id: "goals",
            title: key::COACHING_SECTION_GOALS_TITLE,
            intro: key::COACHING_SECTION_GOALS_INTRO,
            fields: &GOALS,
        },
        Section {
            id: "assessments",
            title: key::COACHING_SECTION_ASSESSMENTS_TITLE,
            intro: key::COACHING_SECTION_ASSESSMENTS_INTRO,
            fields: &[
                choice(
                    "assessment",
                    key::COACHING_ASSESSMENT_LABEL,
                    ASSESSMENT,
                    true,
                ),
                text(
                    "assessment-viewers",
                    key::COACHING_ASSESSMENT_VIEWERS_LABEL,
                    Some(key::COACHING_ASSESSMENT_VIEWERS_HINT),
                    false,
                ),
                text(
                    "debrief",
                    key::COACHING_DEBRIEF_LABEL,
                    Some(key::COACHING_DEBRIEF_HINT),
                    false,
                ),
            ],
        },
        Section {
            id: "logistics",
            title: key::COACHING_SECTION_LOGISTICS_TITLE,
            intro: key::COACHING_SECTION_LOGISTICS_INTRO,
            fields: &[
                Field {
                    id: "sessions",
                    label: key::COACHING_SESSIONS_LABEL,
                    hint: Some(key::COACHING_SESSIONS_HINT),
                    kind: SESSIONS,
                    required: true,
                    after: None,
                },
                choice("length", key::COACHING_LENGTH_LABEL, LENGTH, true),
                choice(
                    "frequency",
                    key::COACHING_FREQUENCY_LABEL,
                    COACHING_FREQUENCY,
                    true,
                ),
                usual_day(),
                usual_time(),
                choice("mode", key::COACHING_MODE_LABEL, MODE, true),
                date("start", key::COACHING_START_LABEL, true),
                date("end", key::COACHING_END_LABEL, true),
            ],
        },
        Section {
            id: "three-way",
            title: key::COACHING_SECTION_THREE_WAY_TITLE,
            intro: key::COACHING_SECTION_THREE_WAY_INTRO,
            fields: &[choice(
                "three-way",
                key::COACHING_THREE_WAY_LABEL,
                THREE_WAY,
                false,
            )],
        },
        Section {
            id: "ground-rules",
            title: key::COACHING_SECTION_GROUND_RULES_TITLE,
            intro: key::COACHING_SECTION_GROUND_RULES_INTRO,
            fields: &[
                long(
                    "preparation",
                    key::COACHING_PREPARATION_LABEL,
                    Some(key::COACHING_PREPARATION_HINT),
                    true,
                ),
                choice(
                    "cancel-notice",
                    key::COACHING_CANCEL_NOTICE_LABEL,
                    NOTICE,
                    true,
                ),
                long(
                    "between-sessions",
                    key::COACHING_BETWEEN_SESSIONS_LABEL,
                    None,
                    false,
                ),
                tick("honest-feedback", key::COACHING_HONEST_FEEDBACK_LABEL),
            ],
        },
        Section {
            id: "confidentiality",
            title: key::COACHING_SECTION_CONFIDENTIALITY_TITLE,
            intro: key::COACHING_SECTION_CONFIDENTIALITY_INTRO,
            fields: &[
                long(
                    "sponsor-told",
                    key::COACHING_SPONSOR_TOLD_LABEL,
                    Some(key::COACHING_SPONSOR_TOLD_HINT),
                    true,
                ),
                tick("limits-ack", key::COACHING_LIMITS_ACK_LABEL),
            ],
        },
        Section {
            id: "records",
            title: key::COACHING_SECTION_RECORDS_TITLE,
            intro: key::COACHING_SECTION_RECORDS_INTRO,
            fields: &[
                text(
                    "notes-kept",
                    key::COACHING_NOTES_KEPT_LABEL,
                    Some(key::COACHING_NOTES_KEPT_HINT),
                    true,
                ),
                text(
                    "notes-destroyed",
                    key::COACHING_NOTES_DESTROYED_LABEL,
                    Some(key::COACHING_NOTES_DESTROYED_HINT),
                    true,
                ),
            ],
        },
        Section {
            id: "fees",
            title: key::COACHING_SECTION_FEES_TITLE,
            intro: key::COACHING_SECTION_FEES_INTRO,
            fields: &[
                text("fee", key::COACHING_FEE_LABEL, None, false),
                text(
                    "late-cancel-fee",
                    key::COACHING_LATE_CANCEL_FEE_LABEL,
                    None,
                    false,
                ),
            ],
        },
        Section {
            id: "icf-checklist",
            title: key::COACHING_SECTION_ICF_CHECKLIST_TITLE,
            intro: key::COACHING_SECTION_ICF_CHECKLIST_INTRO,
            fields: &[
                tick(
                    "icf-what-coaching-is",
                    key::COACHING_ICF_WHAT_COACHING_IS_LABEL,
                ),
                tick("icf-appropriate", key::COACHING_ICF_APPROPRIATE_LABEL),
                tick(
                    "icf-responsibilities",
                    key::COACHING_ICF_RESPONSIBILITIES_LABEL,
                ),
                tick("icf-practicalities", key::COACHING_ICF_PRACTICALITIES_LABEL),
                tick("icf-plan", key::COACHING_ICF_PLAN_LABEL),
                tick("icf-fit", key::COACHING_ICF_FIT_LABEL),
                tick("icf-measures", key::COACHING_ICF_MEASURES_LABEL),
                tick("icf-closing", key::COACHING_ICF_CLOSING_LABEL),
            ],
        },
        Section {
            id: "ending",
            title: key::COACHING_SECTION_ENDING_TITLE,
            intro: key::COACHING_SECTION_ENDING_INTRO,
            fields: &[
                tick("may-end", key::COACHING_MAY_END_LABEL),
                long(
                    "closing",
                    key::COACHING_CLOSING_LABEL,
                    Some(key::COACHING_CLOSING_HINT),
                    false,
                ),
            ],
        },
    ],
};

/// A signature by one party, typed by hand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Signature {
    pub name: String,
    pub date: String,
    /// The fingerprint of the content at the moment of signing.
    pub fingerprint: String,
}

/// A clause the organisation adds to its agreements (`organisation.json`), copied into a draft when it
/// is started, so a later edit of that file changes no existing agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Term {
    pub title: String,
    pub text: String,
    /// Whether both people must tick it before anyone can sign.
    #[serde(default)]
    pub both_tick: bool,
    /// The parties (keys from `parties`) who ticked it.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub ticked: BTreeSet<String>,
}

impl Term {
    /// Whether two terms say the same thing, whoever has ticked them.
    pub fn same_words(&self, other: &Term) -> bool {
        self.title == other.title && self.text == other.text && self.both_tick == other.both_tick
    }
}

/// One agreement draft as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub id: String,
    pub kind: AgreementKind,
    pub title: String,
    /// Field id -> value; every value fits its field (see `values::check`).
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// Values that do not fit their field, kept as the person's text (field id -> text).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unfit: BTreeMap<String, String>,
    /// Where each kept value came from (field id -> `Origin::key`), for its note.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unfit_from: BTreeMap<String, String>,
    /// Text of fields the template no longer has, kept until the person removes it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub retired: BTreeMap<String, String>,
    /// Fields whose text came from the assessment and has not been edited since.
    #[serde(default)]
    pub prefilled: BTreeSet<String>,
    /// Milliseconds since 1970, as the browser reports it.
    #[serde(default)]
    pub created: i64,
    #[serde(default)]
    pub updated: i64,
    #[serde(default)]
    pub signatures: BTreeMap<String, Signature>,
    /// The organisation's programme this agreement belongs to, copied in when it was started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<String>,
    /// The organisation's own clauses, copied in when it was started.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Term>,
    /// The language it is written in (`de`), so its labels, print view, Markdown and calendar stay
    /// in that language whatever the screen shows; `None` is English (drafts made before languages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The bracketed prompts of the suggestions it was filled in with, when its language is one
    /// the app has no marks for (an organisation's own file): they block signing as the built-in
    /// ones do, in whichever browser the agreement is opened.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub marks: BTreeSet<String>,
}

impl Draft {
    /// The language it is written in: English unless it says otherwise. A value from a file that
    /// is not a language code counts as English, as it would name a file to fetch.
    pub fn language(&self) -> &str {
        self.lang
            .as_deref()
            .filter(|l| crate::core::organisation::is_language_code(l))
            .unwrap_or("en")
    }

    pub fn new(id: String, kind: AgreementKind, now: i64) -> Draft {
        Draft {
            id,
            kind,
            title: kind.title().english().to_string(),
            fields: BTreeMap::new(),
            unfit: BTreeMap::new(),
            unfit_from: BTreeMap::new(),
            retired: BTreeMap::new(),
            prefilled: BTreeSet::new(),
            created: now,
            updated: now,
            signatures: BTreeMap::new(),
            marks: BTreeSet::new(),
            programme: None,
            terms: Vec::new(),
            lang: None,
        }
    }

    /// The two people by name, "Sam Lee and Alex Kim", once both real names are written.
    pub fn people(&self) -> Option<Msg> {
        let [a, b] = parties(self.kind).map(|(_, _, field)| self.value(field).trim());
        let real = |n: &str| !n.is_empty() && !is_placeholder_name(n);
        (real(a) && real(b)).then(|| {
            Msg::new(key::PEOPLE_BOTH)
                .with("first", a)
                .with("second", b)
        })
    }

    /// Ticks (or unticks) the organisation's clause `index` for `party`.
    pub fn tick_term(&mut self, index: usize, party: &str, on: bool, now: i64) {
        if !parties(self.kind).iter().any(|(key, _, _)| *key == party) {
            return;
        }
        if let Some(term) = self.terms.get_mut(index) {
            let changed = if on {
                term.ticked.insert(party.to_string())
            } else {
                term.ticked.remove(party)
            };
            if changed {
                self.updated = now;
            }
        }
    }

    /// How many ticks the organisation's clauses still need: each clause both must tick needs one
    /// from each party.
    pub fn terms_to_tick(&self) -> usize {
        self.terms
            .iter()
            .filter(|t| t.both_tick)
            .map(|t| {
                parties(self.kind)
                    .iter()
                    .filter(|(key, _, _)| !t.ticked.contains(*key))
                    .count()
            })
            .sum()
    }

    /// Everything still to do before anyone can sign, counted: fields that need an answer and the
    /// organisation's clauses still to tick.
    pub fn to_do(&self) -> usize {
        self.missing().len() + self.terms_to_tick()
    }

    /// The field's value if it has one that fits; empty otherwise.
    pub fn value(&self, field: &str) -> &str {
        self.fields.get(field).map(String::as_str).unwrap_or("")
    }

    /// The text to show in the field's box: its value, or the kept text that does not fit.
    pub fn text(&self, field: &str) -> &str {
        match self.unfit.get(field) {
            Some(text) if !self.fields.contains_key(field) => text,
            _ => self.value(field),
        }
    }

    /// The chosen option of a choice field.
    pub fn choice(&self, field: &str) -> Option<&'static Choice> {
        match self.kind.field_kind(field)? {
            FieldKind::Choice(choices) => values::choice(choices, self.value(field)),
            _ => None,
        }
    }

    /// A whole-number field's number, only if it is one in the field's range.
    pub fn number(&self, field: &str) -> Option<u16> {
        match self.kind.field_kind(field)? {
            FieldKind::Number { min, max } => values::parse_number(self.value(field), min, max),
            _ => None,
        }
    }

    /// A date field's date as YYYY-MM-DD, only if it is a real date in the sane range.
    pub fn date(&self, field: &str) -> Option<&str> {
        let value = self.value(field);
        values::parse_date(value).map(|_| value)
    }

    /// A kept value that does not fit its field: its text, what is wrong with it and where it came from.
    pub fn kept(&self, field: &str) -> Option<Unfit> {
        let text = self.unfit.get(field)?;
        let problem = match self.kind.field_kind(field) {
            Some(kind) => values::check(kind, text).err(),
            None => None,
        };
        Some(Unfit {
            text: text.clone(),
            problem: problem.unwrap_or(Problem::NotAChoice),
            from: Origin::from_key(self.unfit_from.get(field).map_or("", String::as_str)),
        })
    }

    /// Keeps text that does not fit, noting where it came from.
    fn keep(&mut self, field: String, text: String, from: Origin) {
        self.unfit_from
            .entry(field.clone())
            .or_insert_with(|| from.key().to_string());
        self.unfit.insert(field, text);
    }

    /// The value in words, as people read it: a choice's label rather than its id, a day's name.
    pub fn words(&self, field: &str) -> &str {
        match (self.choice(field), self.weekday(field)) {
            (Some(c), _) => c.label.english(),
            (None, Some(day)) => WEEKDAY_NAMES[usize::from(day)].english(),
            (None, None) => self.value(field),
        }
    }

    /// The value in words in a language: a choice's label or a day's name in `cat`, else as typed.
    pub fn words_in<'a>(&'a self, field: &str, cat: &'a Catalogue) -> &'a str {
        match (self.choice(field), self.weekday(field)) {
            (Some(c), _) => cat.get(c.label),
            (None, Some(day)) => cat.get(WEEKDAY_NAMES[usize::from(day)]),
            (None, None) => self.value(field),
        }
    }

    /// A day-of-the-week field's day, 0 for Monday to 6 for Sunday.
    pub fn weekday(&self, field: &str) -> Option<u8> {
        match self.kind.field_kind(field)? {
            FieldKind::Weekday => values::weekday(self.value(field)),
            _ => None,
        }
    }

    /// Sets a field as the person typed or chose it. An edited field no longer counts as prefilled,
    /// and replaces any kept text that did not fit. A value that does not fit is kept with a note.
    pub fn set(&mut self, field: &str, value: String, now: i64) {
        self.prefilled.remove(field);
        self.unfit.remove(field);
        self.unfit_from.remove(field);
        self.fields.remove(field);
        self.updated = now;
        if value.is_empty() {
            return;
        }
        match self.kind.field_kind(field) {
            None => {
                self.retired.insert(field.to_string(), value);
            }
            Some(kind) => match values::check(kind, &value) {
                Ok(()) => {
                    self.fields.insert(field.to_string(), value);
                }
                Err(_) => self.keep(field.to_string(), value, Origin::Typed),
            },
        }
    }

    /// Puts every stored value where it belongs: values that fit stay, values that do not are kept
    /// with a note saying they came `from` there, and fields the template no longer has are kept
    /// as retired text. Nothing is dropped except empty values.
    pub fn settle(&mut self, from: Origin) {
        for (field, text) in std::mem::take(&mut self.fields) {
            if text.is_empty() {
                continue;
            }
            match self.kind.field_kind(&field) {
                None => {
                    self.retired.entry(field).or_insert(text);
                }
                Some(kind) => match values::check(kind, &text) {
                    Ok(()) => {
                        self.fields.insert(field, text);
                    }
                    Err(_) => self.keep(field, text, from),
                },
            }
        }
        for (field, text) in std::mem::take(&mut self.unfit) {
            match self.kind.field_kind(&field) {
                None => {
                    self.retired.entry(field).or_insert(text);
                }
                // Kept text that fits after all (a field that changed kind, an edited file) becomes
                // the value, unless the field already has one.
                Some(kind)
                    if !self.fields.contains_key(&field) && values::check(kind, &text).is_ok() =>
                {
                    self.fields.insert(field, text);
                }
                Some(_) => {
                    self.unfit.insert(field, text);
                }
            }
        }
        // Rebuilt by inserting rather than `retain`, which would bring a map's removal code into the
        // first download.
        for f in std::mem::take(&mut self.prefilled) {
            if self.fields.contains_key(&f) {
                self.prefilled.insert(f);
            }
        }
        for (f, from) in std::mem::take(&mut self.unfit_from) {
            if self.unfit.contains_key(&f) {
                self.unfit_from.insert(f, from);
            }
        }
        // A prompt is a short bracketed phrase, a few per draft: a file cannot make every
        // keystroke search for thousands of them.
        for mark in std::mem::take(&mut self.marks) {
            let short = mark.chars().count() <= MAX_MARK_CHARS;
            if short && mark_of(&mark) == Some(mark.as_str()) && self.marks.len() < MAX_MARKS {
                self.marks.insert(mark);
            }
        }
        // Only the two parties can tick a clause.
        let keys = parties(self.kind).map(|(key, _, _)| key);
        for term in &mut self.terms {
            for who in std::mem::take(&mut term.ticked) {
                if keys.contains(&who.as_str()) {
                    term.ticked.insert(who);
                }
            }
        }
    }

    /// The first part holding more text than a field may (its label, or its id if retired) and its
    /// length in characters. An import with such a part is refused rather than kept: it is surely
    /// not an agreement anyone typed, and would make the page slow to use.
    pub fn overlong(&self) -> Option<(Arg, usize)> {
        let label = |id: &str| {
            self.kind
                .template()
                .field(id)
                .map_or_else(|| Arg::Text(id.to_string()), |f| Arg::Key(f.label))
        };
        let title = values::over_limit(&self.title).map(|n| (Arg::Key(key::EDITOR_NAME_LABEL), n));
        title
            .or_else(|| {
                self.fields
                    .iter()
                    .chain(&self.unfit)
                    .chain(&self.retired)
                    .find_map(|(id, text)| values::over_limit(text).map(|n| (label(id), n)))
            })
            .or_else(|| {
                let programme = self
                    .programme
                    .iter()
                    .map(|p| (Arg::Key(key::DAMAGE_PROGRAMME), p.as_str()));
                let terms = self.terms.iter().flat_map(|t| {
                    // A huge title names itself by its start only.
                    let name = || Arg::Text(t.title.chars().take(60).collect());
                    [(name(), t.title.as_str()), (name(), t.text.as_str())]
                });
                programme
                    .chain(terms)
                    .find_map(|(name, text)| values::over_limit(text).map(|n| (name, n)))
            })
    }

    /// Removes the kept text of a field the template no longer has.
    pub fn remove_retired(&mut self, field: &str, now: i64) {
        if self.retired.remove(field).is_some() {
            self.updated = now;
        }
    }

    /// Copies one field exactly as `other` has it (value, kept text or nothing).
    pub fn take_field(&mut self, other: &Draft, field: &str, now: i64) {
        self.prefilled.remove(field);
        match other.fields.get(field) {
            Some(v) => self.fields.insert(field.to_string(), v.clone()),
            None => self.fields.remove(field),
        };
        match other.unfit.get(field) {
            Some(u) => self.unfit.insert(field.to_string(), u.clone()),
            None => self.unfit.remove(field),
        };
        match other.unfit_from.get(field) {
            Some(u) => self.unfit_from.insert(field.to_string(), u.clone()),
            None => self.unfit_from.remove(field),
        };
        self.updated = now;
    }

    /// Whether two copies hold the same content (values, kept text and retired text).
    pub fn same_content(&self, other: &Draft) -> bool {
        self.kind == other.kind
            && self.fields == other.fields
            && self.unfit == other.unfit
            && self.retired == other.retired
            && self.programme == other.programme
            && self.terms == other.terms
    }

    /// Whether a field is shown: goals after the first appear once the one before has text.
    /// A field holding text that does not fit is always shown, so its note can be read.
    pub fn is_visible(&self, field: &Field) -> bool {
        self.unfit.contains_key(field.id)
            || field
                .after
                .is_none_or(|prev| !self.value(prev).trim().is_empty())
    }

    /// Whether a field still needs something: required and empty, or holding text that does not fit.
    fn needs(&self, f: &Field) -> bool {
        self.needs_given(f, self.problem(f.id).is_some())
    }

    /// `needs`, with whether the field has a `problem` already worked out.
    fn needs_given(&self, f: &Field, problem: bool) -> bool {
        self.unfit.contains_key(f.id)
            || (self.required(f) && self.value(f.id).trim().is_empty())
            || problem
    }

    /// Everything the editor shows about one field besides its text, in one pass.
    pub fn field_state(&self, f: &Field) -> FieldState {
        let problem = self.problem(f.id);
        FieldState {
            prefilled: self.prefilled.contains(f.id),
            visible: self.is_visible(f),
            at_limit: values::reaches_limit(self.text(f.id)),
            required: self.required(f),
            needs: self.needs_given(f, problem.is_some()),
            note: self.kept(f.id).as_ref().map(Unfit::note).or(problem),
        }
    }

    /// Whether field `id` holds anything different here than in `before`: its value, kept text
    /// and where that came from, or its "filled in from your answers" mark.
    fn field_differs(&self, before: &Draft, id: &str) -> bool {
        self.fields.get(id) != before.fields.get(id)
            || self.unfit.get(id) != before.unfit.get(id)
            || self.unfit_from.get(id) != before.unfit_from.get(id)
            || self.prefilled.contains(id) != before.prefilled.contains(id)
    }

    /// The fields whose text or `field_state` may differ from `before`'s: those that changed, and
    /// those that read a changed field (`reads`). Every field when the kind differs. A keystroke
    /// then recomputes one field or a few, not all fifty.
    pub fn affected_fields(&self, before: &Draft) -> Vec<&'static Field> {
        let all = self.kind.template().fields();
        if self.kind != before.kind {
            return all.collect();
        }
        all.filter(|f| {
            self.field_differs(before, f.id) || reads(f).any(|r| self.field_differs(before, r))
        })
        .collect()
    }

    /// What is wrong with a field's value that fits its kind but is not a real answer yet: a
    /// suggestion's placeholder left in, or a party's name left as "TBC". `None` when it is fine.
    pub fn problem(&self, field: &str) -> Option<Msg> {
        let value = self.value(field);
        if let Some(mark) = placeholder_mark(value).or_else(|| self.own_mark(value)) {
            return Some(Msg::new(key::NOTE_PLACEHOLDER).with("mark", mark));
        }
        if let Some(slip) = self.date_slip(field) {
            return Some(slip.into());
        }
        let (party, _, _) = parties(self.kind)
            .into_iter()
            .find(|(_, _, name_field)| *name_field == field)?;
        let k = match party {
            "mentee" => key::NOTE_STAND_IN_MENTEE,
            "mentor" => key::NOTE_STAND_IN_MENTOR,
            "coachee" => key::NOTE_STAND_IN_COACHEE,
            _ => key::NOTE_STAND_IN_COACH,
        };
        // A long run of x's is quoted by its start, so the note stays a line or two.
        is_placeholder_name(value).then(|| Msg::new(k).with("name", shortened(value.trim(), 40)))
    }

    /// A slip between the agreement's dates, said on the field that has to change: an end before the
    /// start, a goal's target date after the end, a review interval longer than the whole agreement.
    /// Only real dates are compared; a missing date is asked for elsewhere.
    pub fn date_slip(&self, field: &str) -> Option<Key> {
        let start = self.date("start");
        // An end before the start is that field's slip alone: measuring reviews and goals against it
        // would blame fields that are fine. With no set end there is nothing to measure against.
        let end_fits =
            !self.open_ended() && !matches!((start, self.date("end")), (Some(s), Some(e)) if e < s);
        let end = self.date("end").filter(|_| end_fits || field == "end");
        match field {
            "end" if self.open_ended() && !self.value("end").is_empty() => Some(key::SLIP_OPEN_END),
            "end" => (end? < start?).then_some(key::SLIP_END_BEFORE_START),
            "review-every" => {
                let Meaning::ReviewMonths(months) = self.choice(field)?.meaning else {
                    return None;
                };
                let first = crate::core::prefill::add_months(start?, u32::from(months))?;
                (first.as_str() > end?).then_some(key::SLIP_REVIEW_TOO_LONG)
            }
            _ => {
                let goal = field
                    .strip_suffix("-date")
                    .filter(|g| g.starts_with("goal-"))?;
                let late = !self.value(goal).trim().is_empty() && self.date(field)? > end?;
                late.then_some(key::SLIP_GOAL_AFTER_END)
            }
        }
    }

    /// Whether the people chose a relationship with no fixed end, reviewed instead.
    pub fn open_ended(&self) -> bool {
        self.value("open-ended") == "yes"
    }

    /// Whether a field must be filled in: as its template says, except that an open-ended agreement
    /// has no end date.
    pub fn required(&self, f: &Field) -> bool {
        f.required && !(f.id == "end" && self.open_ended())
    }

    /// Fields that still need an answer, in template order: required ones that are empty, and any
    /// holding text that does not fit, which never counts as complete.
    pub fn missing(&self) -> Vec<&'static Field> {
        self.kind
            .template()
            .fields()
            .filter(|f| self.needs(f))
            .collect()
    }

    /// The labels of a section's fields that still need an answer, so the person can be told which.
    pub fn section_missing(&self, section: &Section) -> Vec<Key> {
        section
            .fields
            .iter()
            .filter(|f| self.needs(f))
            .map(|f| f.label)
            .collect()
    }

    /// A section's missing parts named briefly: the fields' labels, with the boxes still to tick
    /// counted rather than quoted, so whole sentences are not repeated.
    pub fn section_missing_words(&self, section: &Section) -> Vec<Msg> {
        missing_words(section.fields.iter().filter(|f| self.needs(f)))
    }

    /// The ids of the fields that still need an answer (`missing`), for a caller that works out
    /// each section's words and the status from one pass over the fields (`missing_words`,
    /// `status_from`).
    pub fn missing_ids(&self) -> Vec<&'static str> {
        self.missing().into_iter().map(|f| f.id).collect()
    }
}

/// Missing fields named briefly, as `Draft::section_missing_words` says them: each field's label,
/// and the boxes still to tick counted rather than quoted.
pub fn missing_words<'a>(missing: impl Iterator<Item = &'a Field>) -> Vec<Msg> {
    let missing: Vec<&Field> = missing.collect();
    let ticks = missing
        .iter()
        .filter(|f| matches!(f.kind, FieldKind::Tick))
        .count();
    let mut parts: Vec<Msg> = missing
        .iter()
        .filter(|f| !matches!(f.kind, FieldKind::Tick))
        .map(|f| Msg::new(f.label))
        .collect();
    if ticks > 0 {
        parts.push(Msg::count(key::MISSING_TICKS, ticks));
    }
    parts
}

/// The other fields whose values a field's `field_state` reads: the field it follows
/// (`is_visible`), and for the dates `date_slip` compares, the start, the end and "No set end"
/// (which also decides whether the end is `required`), with a goal's text for its target date.
/// Kept beside those rules: a property test checks that changing any other field leaves a
/// field's state as it was.
pub fn reads(field: &Field) -> impl Iterator<Item = &'static str> {
    let goal = field
        .id
        .strip_suffix("-date")
        .filter(|g| g.starts_with("goal-"));
    let dated = goal.is_some() || matches!(field.id, "end" | "review-every");
    field.after.into_iter().chain(goal).chain(
        dated
            .then_some(["start", "end", "open-ended"])
            .into_iter()
            .flatten(),
    )
}

/// What the editor shows about one field besides its text (`Draft::field_state`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldState {
    /// Filled in from the person's answers and not edited since.
    pub prefilled: bool,
    /// Shown at all (goals after the first wait for the one before).
    pub visible: bool,
    /// What needs a look: kept text that does not fit, a placeholder, a date slip.
    pub note: Option<Msg>,
    /// The text has reached the most a field holds.
    pub at_limit: bool,
    pub required: bool,
    /// Still to fill in (`Draft::missing`).
    pub needs: bool,
}

/// The bracketed prompts that suggestions carry until the person replaces them.
/// One pair for each built-in language (`suggest.goal.*` in its file); a test holds them in step.
pub const PLACEHOLDER_MARKS: [&str; 4] = [
    "(name it here)",
    "(describe it here)",
    "(hier benennen)",
    "(hier beschreiben)",
];

/// The placeholder prompt still inside `text`, if any.
/// Runs for every field on every keystroke, so it looks for the marks' bracket before lowering
/// any text, and compares ASCII case-insensitively in place instead of copying the text.
pub fn placeholder_mark(text: &str) -> Option<&'static str> {
    if !text.contains('(') {
        return None;
    }
    let bytes = text.as_bytes();
    PLACEHOLDER_MARKS.into_iter().find(|mark| {
        let mark = mark.as_bytes();
        bytes
            .windows(mark.len())
            .any(|w| w.eq_ignore_ascii_case(mark))
    })
}

/// `text` up to `most` characters, with "…" when it was longer.
fn shortened(text: &str, most: usize) -> String {
    let mut start: String = text.chars().take(most).collect();
    if start.len() < text.len() {
        start.push('…');
    }
    start
}

/// The most prompts a draft carries of its own, and their longest.
const MAX_MARKS: usize = 4;
const MAX_MARK_CHARS: usize = 60;

/// The bracketed prompt at the end of a suggestion ("… skill: (name it here)"), if it has one.
pub fn mark_of(suggestion: &str) -> Option<&str> {
    let start = suggestion.rfind('(')?;
    let mark = suggestion.get(start..)?.trim_end();
    (mark.ends_with(')') && mark.chars().count() > 2).then_some(mark)
}

fn contains_ignoring_case(text: &str, mark: &str) -> bool {
    let (text, mark) = (text.as_bytes(), mark.as_bytes());
    !mark.is_empty()
        && text
            .windows(mark.len())
            .any(|w| w.eq_ignore_ascii_case(mark))
}

impl Draft {
    /// One of this draft's own placeholder prompts still inside `text` (see `marks`).
    fn own_mark(&self, text: &str) -> Option<&str> {
        if self.marks.is_empty() || !text.contains('(') {
            return None;
        }
        self.marks
            .iter()
            .map(String::as_str)
            .find(|mark| contains_ignoring_case(text, mark))
    }
}

/// Whether a name is a stand-in rather than a person's name ("TBC", "?", "tbd", "-", "xxx", "name").
pub fn is_placeholder_name(name: &str) -> bool {
    let n = normalise_name(name);
    if n.is_empty() {
        return false;
    }
    const WORDS: [&str; 8] = [
        "tbc", "tbd", "tba", "name", "todo", "n/a", "unknown", "someone",
    ];
    // Only punctuation or only x's ("?", "-", "...", "xxx") is never a name either.
    WORDS.contains(&n.as_str()) || n.chars().all(|c| !c.is_alphanumeric() || c == 'x')
}

/// A name as compared: lower case, with runs of spaces made one and none at the ends.
pub fn normalise_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a typed signature is the name as written in the agreement, ignoring case and spaces.
pub fn name_matches(written: &str, typed: &str) -> bool {
    let written = normalise_name(written);
    !written.is_empty() && written == normalise_name(typed)
}

/// Where a draft is on its way to being agreed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Required answers are missing.
    Draft,
    /// Complete, waiting for signatures (some may be out of date).
    ReadyToSign,
    /// Both parties signed this exact content.
    Signed,
}

impl Status {
    pub fn words(self) -> Key {
        match self {
            Status::Draft => key::STATUS_DRAFT,
            Status::ReadyToSign => key::STATUS_READY,
            Status::Signed => key::STATUS_SIGNED,
        }
    }
}

/// The two people who sign: (key, role name, field holding their name).
pub fn parties(kind: AgreementKind) -> [(&'static str, &'static str, &'static str); 2] {
    match kind {
        AgreementKind::Mentoring => [
            ("mentee", "Mentee", "mentee-name"),
            ("mentor", "Mentor", "mentor-name"),
        ],
        AgreementKind::Coaching => [
            ("coachee", "Coachee", "coachee-name"),
            ("coach", "Coach", "coach-name"),
        ],
    }
}

impl Draft {
    /// SHA-256 (hex) of the agreement's content as people read it: its kind and every field's
    /// words (a choice's label, kept text, retired text), in a canonical order. The title and
    /// bookkeeping are left out, so renaming a draft does not undo a signature; storing choices
    /// as ids instead of labels (format 3) changed no fingerprint.
    pub fn fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut words: BTreeMap<&str, &str> = BTreeMap::new();
        for field in self.fields.keys() {
            words.insert(field, self.words(field));
        }
        for (field, kept) in &self.unfit {
            words.entry(field).or_insert(kept);
        }
        for (field, text) in &self.retired {
            words.entry(field).or_insert(text);
        }
        // BTreeMap serialises in key order, which makes the form canonical. The organisation's
        // programme and clauses join it only when there are any, so no older fingerprint changes.
        // The language joins only when it is not English, so English drafts keep their fingerprint.
        let lang = self.lang.as_deref().filter(|l| *l != "en");
        let canonical = match (lang, self.programme.is_none() && self.terms.is_empty()) {
            (None, true) => serde_json::to_string(&(self.kind, &words)),
            (None, false) => {
                serde_json::to_string(&(self.kind, &words, &self.programme, &self.terms))
            }
            (Some(lang), _) => {
                serde_json::to_string(&(self.kind, &words, &self.programme, &self.terms, lang))
            }
        }
        .unwrap_or_default();
        Sha256::digest(canonical.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// Whether `party` signed exactly the current content.
    pub fn signature_valid(&self, party: &str) -> bool {
        self.signatures
            .get(party)
            .is_some_and(|s| s.fingerprint == self.fingerprint())
    }

    /// Whether `party` signed, but the content changed after.
    pub fn signature_stale(&self, party: &str) -> bool {
        self.signatures.contains_key(party) && !self.signature_valid(party)
    }

    pub fn status(&self) -> Status {
        self.status_with(&self.fingerprint())
    }

    /// The status, given the current fingerprint (computed once by a caller that needs it too).
    pub fn status_with(&self, fingerprint: &str) -> Status {
        self.status_from(self.missing().is_empty(), || fingerprint.to_string())
    }

    /// The status from its parts: whether every part is filled in (`complete`), and the
    /// fingerprint, asked for only when a signature could count. Typing in a draft nobody has
    /// signed then never hashes it, which matters on every keystroke.
    pub fn status_from(&self, complete: bool, fingerprint: impl FnOnce() -> String) -> Status {
        // The organisation's clauses still to tick count as unfinished too.
        if !complete || self.terms_to_tick() > 0 {
            return Status::Draft;
        }
        if self.signatures.is_empty() {
            return Status::ReadyToSign;
        }
        let fingerprint = fingerprint();
        if parties(self.kind).iter().all(|(key, _, _)| {
            self.signatures
                .get(*key)
                .is_some_and(|s| s.fingerprint == fingerprint)
        }) {
            Status::Signed
        } else {
            Status::ReadyToSign
        }
    }

    /// Records a signature of the current content. Refused while required answers are missing, a
    /// party's name is a placeholder, or the typed name is not this party's name as written.
    pub fn sign(&mut self, party: &str, name: &str, date: &str) -> Result<(), SignError> {
        let Some((_, role, name_field)) = parties(self.kind)
            .into_iter()
            .find(|(key, _, _)| *key == party)
        else {
            return Err(SignError::UnknownParty);
        };
        let role = role.to_lowercase();
        // A stand-in name is named first: "fill in every part" would not say which.
        for (_, other, field) in parties(self.kind) {
            if is_placeholder_name(self.value(field)) {
                return Err(SignError::PlaceholderName {
                    role: other.to_lowercase(),
                    name: self.value(field).trim().to_string(),
                });
            }
        }
        if self.to_do() > 0 {
            return Err(SignError::Incomplete);
        }
        if name.trim().is_empty() {
            return Err(SignError::NoName);
        }
        let written = self.value(name_field).trim().to_string();
        if !name_matches(&written, name) {
            return Err(SignError::WrongName {
                role,
                expected: written,
            });
        }
        let fingerprint = self.fingerprint();
        self.signatures.insert(
            party.to_string(),
            Signature {
                name: written,
                date: date.to_string(),
                fingerprint,
            },
        );
        Ok(())
    }

    /// Whether the agreement is locked against edits: someone has signed it. It stays locked until
    /// the person chooses to change it, which takes the signatures away (`unlock`).
    pub fn is_locked(&self) -> bool {
        !self.signatures.is_empty()
    }

    /// Opens a signed agreement for changes: every signature goes, as it covered the old text.
    pub fn unlock(&mut self, now: i64) {
        if self.is_locked() {
            self.signatures.clear();
            self.updated = now;
        }
    }

    /// The parties (role in lower case, name as written) whose signature of this exact text is missing.
    pub fn still_to_sign(&self, fingerprint: &str) -> Vec<(String, String)> {
        parties(self.kind)
            .into_iter()
            .filter(|(key, _, _)| {
                self.signatures
                    .get(*key)
                    .is_none_or(|s| s.fingerprint != fingerprint)
            })
            .map(|(_, role, field)| (role.to_lowercase(), self.value(field).trim().to_string()))
            .collect()
    }

    /// The status in words, naming who still has to sign once one of the two has.
    pub fn status_words(&self, fingerprint: &str) -> Msg {
        self.status_words_from(self.status_with(fingerprint), || fingerprint.to_string())
    }

    /// `status_words` for a `status` already worked out (`status_from`); the fingerprint is
    /// asked for only when someone has signed.
    pub fn status_words_from(&self, status: Status, fingerprint: impl FnOnce() -> String) -> Msg {
        if self.signatures.is_empty() {
            return status.words().into();
        }
        let waiting = self.still_to_sign(&fingerprint());
        match (status, waiting.as_slice()) {
            (Status::ReadyToSign, [(role, name)]) => {
                let (plain, named) = match role.as_str() {
                    "mentee" => (
                        key::STATUS_WAITING_FOR_MENTEE,
                        key::STATUS_WAITING_FOR_MENTEE_NAMED,
                    ),
                    "mentor" => (
                        key::STATUS_WAITING_FOR_MENTOR,
                        key::STATUS_WAITING_FOR_MENTOR_NAMED,
                    ),
                    "coachee" => (
                        key::STATUS_WAITING_FOR_COACHEE,
                        key::STATUS_WAITING_FOR_COACHEE_NAMED,
                    ),
                    _ => (
                        key::STATUS_WAITING_FOR_COACH,
                        key::STATUS_WAITING_FOR_COACH_NAMED,
                    ),
                };
                if name.is_empty() {
                    plain.into()
                } else {
                    Msg::new(named).with("name", name.clone())
                }
            }
            _ => status.words().into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignError {
    Incomplete,
    NoName,
    UnknownParty,
    /// The typed name is not this party's name as written in the agreement.
    WrongName {
        role: String,
        expected: String,
    },
    /// A party's name in the agreement is a stand-in such as "TBC".
    PlaceholderName {
        role: String,
        name: String,
    },
}

impl SignError {
    pub fn message(&self) -> Msg {
        // The role is the party's key in lower case: "mentee", "mentor", "coachee", "coach".
        let by_role = |role: &str, keys: [Key; 4]| match role {
            "mentee" => keys[0],
            "mentor" => keys[1],
            "coachee" => keys[2],
            _ => keys[3],
        };
        match self {
            SignError::Incomplete => key::SIGN_INCOMPLETE.into(),
            SignError::NoName => key::SIGN_NO_NAME.into(),
            SignError::UnknownParty => key::SIGN_UNKNOWN_PARTY.into(),
            SignError::WrongName { role, expected } if expected.is_empty() => by_role(
                role,
                [
                    key::SIGN_NO_NAME_IN_AGREEMENT_MENTEE,
                    key::SIGN_NO_NAME_IN_AGREEMENT_MENTOR,
                    key::SIGN_NO_NAME_IN_AGREEMENT_COACHEE,
                    key::SIGN_NO_NAME_IN_AGREEMENT_COACH,
                ],
            )
            .into(),
            SignError::WrongName { role, expected } => Msg::new(by_role(
                role,
                [
                    key::SIGN_WRONG_NAME_MENTEE,
                    key::SIGN_WRONG_NAME_MENTOR,
                    key::SIGN_WRONG_NAME_COACHEE,
                    key::SIGN_WRONG_NAME_COACH,
                ],
            ))
            .with("name", expected.clone()),
            SignError::PlaceholderName { role, name } => Msg::new(by_role(
                role,
                [
                    key::SIGN_STAND_IN_MENTEE,
                    key::SIGN_STAND_IN_MENTOR,
                    key::SIGN_STAND_IN_COACHEE,
                    key::SIGN_STAND_IN_COACH,
                ],
            ))
            .with("name", name.clone()),
        }
    }
}

/// The role's name for a party's key ("mentee" → "Mentee").
pub fn role_name(party: &str) -> Key {
    match party {
        "mentee" => key::ROLE_MENTEE,
        "mentor" => key::ROLE_MENTOR,
        "coachee" => key::ROLE_COACHEE,
        _ => key::ROLE_COACH,
    }
}

/// The fingerprint's short form as people compare it: its first 8 hex digits in two groups of 4,
/// "1a2b 3c4d". Two copies that say the same thing show the same code.
pub fn agreement_code(fingerprint: &str) -> String {
    let head: String = fingerprint.chars().take(8).collect();
    match head.split_at_checked(4) {
        Some((a, b)) if !b.is_empty() => format!("{a} {b}"),
        _ => head,
    }
}

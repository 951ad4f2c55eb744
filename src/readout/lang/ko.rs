//! Korean: the words that name a kind of exchange and the words and forms of dates.

use super::people::WordList;
use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Korean tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &["화상", "영상통화", "영상 통화", "비대면"],
        phone: &["전화", "통화"],
        call: &[],
        call_not_before: &[],
        conversation: &[],
        talks: &["회담"],
        meeting: &["접견", "만남", "회동", "면담", "만나"],
    },
    dates: DateWords {
        months: &[],
        weekdays: &[
            "월요일",
            "화요일",
            "수요일",
            "목요일",
            "금요일",
            "토요일",
            "일요일",
        ],
        joiners: &[],
        year_suffixes: &[],
        marks: Some(("년", "월", "일")),
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["오늘", "금일"],
        other_day: &["어제", "전날"],
        updated: &["수정", "업데이트"],
    },
    title_words: &["통화", "회담", "방문"],
    connectors: &[],
    people: &PEOPLE,
};

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &["관련기사", "관련 기사", "관련 뉴스", "함께 볼 기사"],
    pointers: &[],
    sign_offs: &[],
};

/// Offices, courtesy titles, joint subjects, agentless accounts and speech verbs (see
/// [`super::people`]); general usage.
pub(crate) const PEOPLE: super::people::PeopleWords = super::people::PeopleWords {
    order: super::people::NameOrder::NameFirst,
    offices: WordList::new(&[
        "대통령",
        "국무장관",
        "외교장관",
        "외교부장관",
        "외무장관",
        "장관",
        "총리",
        "수상",
        "주석",
        "국왕",
        "사무총장",
        "총장",
        "국가주석",
    ]),
    honorifics: WordList::new(&[]),
    and: WordList::new(&["와", "과", "및", "그리고"]),
    joint: WordList::new(&[
        "양 정상",
        "두 정상",
        "양국 정상",
        "쌍방",
        "양측",
        "두 장관",
        "양 장관",
        "양국 장관",
        "양 정상은",
        "정상들",
    ]),
    agentless: WordList::new(&["논의됐", "논의되었", "합의됐", "합의되었", "의견을 교환"]),
    speech: WordList::new(&[
        "말했",
        "밝혔",
        "강조",
        "평가했",
        "전했",
        "설명",
        "제안",
        "요청",
        "표명",
        "감사",
        "축하",
        "언급",
        "당부",
        "표시",
        "약속",
        "제의",
        "통보",
        "말하",
        "발표",
    ]),
    during: WordList::new(&[]),
    prepositions: WordList::new(&[]),
    participation: WordList::new(&[]),
    pronouns: WordList::new(&[]),
    source_markers: WordList::new(&[]),
    state_words: WordList::new(&[]),
    complementizers: WordList::new(&[]),
};

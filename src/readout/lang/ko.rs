//! Korean: the words that name a kind of exchange and the words and forms of dates.

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
};

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &["관련기사", "관련 기사", "관련 뉴스", "함께 볼 기사"],
    pointers: &[],
    sign_offs: &[],
};

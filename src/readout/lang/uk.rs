//! Ukrainian: the words that name a kind of exchange and the words and forms of dates.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Ukrainian tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &[
            "відеоконференц*",
            "відеозв'яз*",
            "відеозв’яз*",
            "відеорежим*",
            "відеодзвін*",
        ],
        phone: &["телефон*"],
        call: &[],
        call_not_before: &[],
        conversation: &["розмов*"],
        talks: &["переговор*"],
        meeting: &["зустріч*", "зустрів*", "зустрілис*", "прийняв", "прийняла"],
    },
    dates: DateWords {
        months: &[
            ("січня", 1, Calendar::Gregorian),
            ("січень", 1, Calendar::Gregorian),
            ("лютого", 2, Calendar::Gregorian),
            ("лютий", 2, Calendar::Gregorian),
            ("березня", 3, Calendar::Gregorian),
            ("березень", 3, Calendar::Gregorian),
            ("квітня", 4, Calendar::Gregorian),
            ("квітень", 4, Calendar::Gregorian),
            ("травня", 5, Calendar::Gregorian),
            ("травень", 5, Calendar::Gregorian),
            ("червня", 6, Calendar::Gregorian),
            ("червень", 6, Calendar::Gregorian),
            ("липня", 7, Calendar::Gregorian),
            ("липень", 7, Calendar::Gregorian),
            ("серпня", 8, Calendar::Gregorian),
            ("серпень", 8, Calendar::Gregorian),
            ("вересня", 9, Calendar::Gregorian),
            ("вересень", 9, Calendar::Gregorian),
            ("жовтня", 10, Calendar::Gregorian),
            ("жовтень", 10, Calendar::Gregorian),
            ("листопада", 11, Calendar::Gregorian),
            ("листопад", 11, Calendar::Gregorian),
            ("грудня", 12, Calendar::Gregorian),
            ("грудень", 12, Calendar::Gregorian),
        ],
        weekdays: &[
            "понеділок",
            "вівторок",
            "середа",
            "середу",
            "четвер",
            "п'ятниця",
            "п’ятниця",
            "п'ятницю",
            "субота",
            "суботу",
            "неділя",
            "неділю",
        ],
        joiners: &[],
        year_suffixes: &["року", "рік", "р"],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["сьогодні"],
        other_day: &["вчора", "напередодні"],
        updated: &["оновлено", "змінено"],
    },
    title_words: &["розмова", "зустріч", "візит"],
    connectors: &["з", "і", "та", "в", "у", "на", "між", "із"],
};

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &[
        "читайте також",
        "дивіться також",
        "схожі новини",
        "інші новини",
        "матеріали за темою",
    ],
    pointers: &[],
    sign_offs: &[],
};

//! Russian: the words that name a kind of exchange, the words and forms of dates, and its
//! abbreviations.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Russian tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &[
            "видеоконференц*",
            "видеосвяз*",
            "видеорежим*",
            "видеозвон*",
            "видеообращен*",
        ],
        phone: &["телефон*", "созвонил*"],
        call: &[],
        call_not_before: &[],
        conversation: &["разговор*", "беседовал*", "побеседовал*"],
        talks: &["переговор*"],
        meeting: &["встреч*", "встретил*", "встретятся", "принял", "приняла"],
    },
    dates: DateWords {
        months: &[
            ("января", 1, Calendar::Gregorian),
            ("январь", 1, Calendar::Gregorian),
            ("янв", 1, Calendar::Gregorian),
            ("февраля", 2, Calendar::Gregorian),
            ("февраль", 2, Calendar::Gregorian),
            ("фев", 2, Calendar::Gregorian),
            ("марта", 3, Calendar::Gregorian),
            ("март", 3, Calendar::Gregorian),
            ("мар", 3, Calendar::Gregorian),
            ("апреля", 4, Calendar::Gregorian),
            ("апрель", 4, Calendar::Gregorian),
            ("апр", 4, Calendar::Gregorian),
            ("мая", 5, Calendar::Gregorian),
            ("май", 5, Calendar::Gregorian),
            ("июня", 6, Calendar::Gregorian),
            ("июнь", 6, Calendar::Gregorian),
            ("июн", 6, Calendar::Gregorian),
            ("июля", 7, Calendar::Gregorian),
            ("июль", 7, Calendar::Gregorian),
            ("июл", 7, Calendar::Gregorian),
            ("августа", 8, Calendar::Gregorian),
            ("август", 8, Calendar::Gregorian),
            ("авг", 8, Calendar::Gregorian),
            ("сентября", 9, Calendar::Gregorian),
            ("сентябрь", 9, Calendar::Gregorian),
            ("сен", 9, Calendar::Gregorian),
            ("сент", 9, Calendar::Gregorian),
            ("октября", 10, Calendar::Gregorian),
            ("октябрь", 10, Calendar::Gregorian),
            ("окт", 10, Calendar::Gregorian),
            ("ноября", 11, Calendar::Gregorian),
            ("ноябрь", 11, Calendar::Gregorian),
            ("ноя", 11, Calendar::Gregorian),
            ("декабря", 12, Calendar::Gregorian),
            ("декабрь", 12, Calendar::Gregorian),
            ("дек", 12, Calendar::Gregorian),
        ],
        weekdays: &[
            "понедельник",
            "вторник",
            "среда",
            "среду",
            "четверг",
            "пятница",
            "пятницу",
            "суббота",
            "субботу",
            "воскресенье",
        ],
        joiners: &[],
        year_suffixes: &["года", "году", "год", "г"],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["сегодня", "сегодняшн*"],
        other_day: &["вчера", "накануне"],
        updated: &["обновлено", "изменено", "последнее изменение"],
    },
    title_words: &["разговор", "встреча", "переговоры", "визит"],
    connectors: &["с", "и", "в", "на", "по", "между", "со"],
};

/// Common Russian abbreviations written with a full stop, lower case, without it ("в 1898 г.
/// В 1854 году…" is handled by the rules; these are the words: "кв. 234", "пгт. Брагиновка",
/// "ул. Ленина", "проф. Иванов", "тыс. рублей"). General usage, with pySBD's Russian list
/// (MIT licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "г", "гг", "ул", "пр", "пер", "пгт", "кв", "им", "тыс", "млн", "млрд", "руб", "коп", "проф",
    "акад", "доц", "см", "стр", "обл", "зам", "пред", "ген",
];

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &[
        "читайте также",
        "смотрите также",
        "похожие новости",
        "другие новости",
        "материалы по теме",
        "по теме",
    ],
    pointers: &["полный текст заявления", "читать полностью"],
    sign_offs: &[],
};

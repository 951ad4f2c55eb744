//! Urdu: the words that name a kind of exchange and the words and forms of dates.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Urdu tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &["ویڈیو"],
        phone: &["فون", "ٹیلیفون", "ٹیلی فون"],
        call: &[],
        call_not_before: &[],
        conversation: &[],
        talks: &["مذاکرات"],
        meeting: &["ملاقات", "اجلاس"],
    },
    dates: DateWords {
        months: &[
            ("جنوری", 1, Calendar::Gregorian),
            ("فروری", 2, Calendar::Gregorian),
            ("مارچ", 3, Calendar::Gregorian),
            ("اپریل", 4, Calendar::Gregorian),
            ("مئی", 5, Calendar::Gregorian),
            ("جون", 6, Calendar::Gregorian),
            ("جولائی", 7, Calendar::Gregorian),
            ("اگست", 8, Calendar::Gregorian),
            ("ستمبر", 9, Calendar::Gregorian),
            ("اکتوبر", 10, Calendar::Gregorian),
            ("نومبر", 11, Calendar::Gregorian),
            ("دسمبر", 12, Calendar::Gregorian),
        ],
        weekdays: &["پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"],
        joiners: &[],
        year_suffixes: &["ء"],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["آج"],
        other_day: &["گزشتہ روز"],
        updated: &[],
    },
    title_words: &["ملاقات", "گفتگو"],
    connectors: &[],
    people: &super::people::NONE,
};

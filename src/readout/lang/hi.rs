//! Hindi: the words that name a kind of exchange and the words and forms of dates.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Hindi tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &["वीडियो", "वर्चुअल"],
        phone: &["फोन", "फ़ोन", "टेलीफोन", "टेलीफ़ोन", "दूरभाष"],
        call: &[],
        call_not_before: &[],
        conversation: &[],
        talks: &["वार्ता"],
        meeting: &["मुलाकात", "मुलाक़ात", "बैठक", "भेंट"],
    },
    dates: DateWords {
        months: &[
            ("जनवरी", 1, Calendar::Gregorian),
            ("फरवरी", 2, Calendar::Gregorian),
            ("फ़रवरी", 2, Calendar::Gregorian),
            ("मार्च", 3, Calendar::Gregorian),
            ("अप्रैल", 4, Calendar::Gregorian),
            ("मई", 5, Calendar::Gregorian),
            ("जून", 6, Calendar::Gregorian),
            ("जुलाई", 7, Calendar::Gregorian),
            ("अगस्त", 8, Calendar::Gregorian),
            ("सितंबर", 9, Calendar::Gregorian),
            ("सितम्बर", 9, Calendar::Gregorian),
            ("अक्टूबर", 10, Calendar::Gregorian),
            ("अक्तूबर", 10, Calendar::Gregorian),
            ("नवंबर", 11, Calendar::Gregorian),
            ("नवम्बर", 11, Calendar::Gregorian),
            ("दिसंबर", 12, Calendar::Gregorian),
            ("दिसम्बर", 12, Calendar::Gregorian),
        ],
        weekdays: &[
            "सोमवार",
            "मंगलवार",
            "बुधवार",
            "गुरुवार",
            "शुक्रवार",
            "शनिवार",
            "रविवार",
        ],
        joiners: &[],
        year_suffixes: &["को"],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["आज"],
        other_day: &[],
        updated: &[],
    },
    title_words: &["बातचीत", "यात्रा"],
    connectors: &[],
    people: &super::people::NONE,
};

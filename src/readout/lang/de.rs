//! German: the words that name a kind of exchange, the words and forms of dates, and its
//! abbreviations.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// German tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &[
            "videokonferenz*",
            "videoschalte*",
            "videotelefonat*",
            "videogespräch*",
            "videocall*",
            "per video",
        ],
        phone: &["telefon*"],
        call: &[],
        call_not_before: &[],
        conversation: &[],
        talks: &["verhandlung*", "gespräche"],
        meeting: &[
            "treffen",
            "traf",
            "trifft",
            "trafen",
            "getroffen",
            "zusammengetroffen",
            "begegnung",
            "empfing",
            "empfängt",
            "empfangen",
        ],
    },
    dates: DateWords {
        months: &[
            ("januar", 1, Calendar::Gregorian),
            ("jänner", 1, Calendar::Gregorian),
            ("jan", 1, Calendar::Gregorian),
            ("februar", 2, Calendar::Gregorian),
            ("feber", 2, Calendar::Gregorian),
            ("feb", 2, Calendar::Gregorian),
            ("märz", 3, Calendar::Gregorian),
            ("mär", 3, Calendar::Gregorian),
            ("maerz", 3, Calendar::Gregorian),
            ("april", 4, Calendar::Gregorian),
            ("apr", 4, Calendar::Gregorian),
            ("mai", 5, Calendar::Gregorian),
            ("juni", 6, Calendar::Gregorian),
            ("jun", 6, Calendar::Gregorian),
            ("juli", 7, Calendar::Gregorian),
            ("jul", 7, Calendar::Gregorian),
            ("august", 8, Calendar::Gregorian),
            ("aug", 8, Calendar::Gregorian),
            ("september", 9, Calendar::Gregorian),
            ("sep", 9, Calendar::Gregorian),
            ("sept", 9, Calendar::Gregorian),
            ("oktober", 10, Calendar::Gregorian),
            ("okt", 10, Calendar::Gregorian),
            ("november", 11, Calendar::Gregorian),
            ("nov", 11, Calendar::Gregorian),
            ("dezember", 12, Calendar::Gregorian),
            ("dez", 12, Calendar::Gregorian),
        ],
        weekdays: &[
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonnabend",
            "sonntag",
        ],
        joiners: &[],
        year_suffixes: &[],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["heute", "heute morgen", "heute abend", "heute nachmittag"],
        other_day: &["gestern", "vorgestern"],
        updated: &["aktualisiert", "geändert", "stand"],
    },
    title_words: &["gespräch", "telefoniert", "telefonat", "besuch"],
    connectors: &[
        "mit", "und", "der", "die", "das", "den", "dem", "des", "von", "zwischen", "zum", "zur",
        "über", "für", "im", "am",
    ],
};

/// Common German abbreviations written with a full stop, lower case, without it ("Dr. med.
/// Meyer", "eine kath. Schule", "Nr. 5", "bzw."). General usage, with pySBD's German list
/// (MIT licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "med", "dipl", "ing", "hr", "hrn", "fr", "kath", "evang", "ev", "bzw", "ca", "evtl", "ggf",
    "vgl", "nr", "str", "bd", "hg", "hrsg", "jh", "jhd", "geb", "gest", "inkl", "zzgl", "usw",
    "mio", "mrd", "tsd", "ehem", "stellv", "min", "std", "tel",
];

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &[
        "weitere artikel",
        "verwandte artikel",
        "ähnliche artikel",
        "lesen sie auch",
        "mehr zum thema",
        "das könnte sie auch interessieren",
        "weitere meldungen",
    ],
    pointers: &[
        "den vollständigen text lesen",
        "zum vollständigen text",
        "die erklärung im wortlaut",
    ],
    sign_offs: &[],
};

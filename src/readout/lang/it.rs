//! Italian: the words that name a kind of exchange, the words and forms of dates, and its
//! abbreviations.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Italian tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &[
            "videoconferenza*",
            "videochiamata*",
            "videocollegamento*",
            "collegamento video",
            "in video",
        ],
        phone: &["telefon*"],
        call: &[],
        call_not_before: &[],
        conversation: &[],
        talks: &["negoziat*", "trattativ*"],
        meeting: &[
            "incontr*",
            "riunione",
            "riunioni",
            "si è riunito",
            "ha ricevuto",
        ],
    },
    dates: DateWords {
        months: &[
            ("gennaio", 1, Calendar::Gregorian),
            ("gen", 1, Calendar::Gregorian),
            ("febbraio", 2, Calendar::Gregorian),
            ("feb", 2, Calendar::Gregorian),
            ("marzo", 3, Calendar::Gregorian),
            ("mar", 3, Calendar::Gregorian),
            ("aprile", 4, Calendar::Gregorian),
            ("apr", 4, Calendar::Gregorian),
            ("maggio", 5, Calendar::Gregorian),
            ("mag", 5, Calendar::Gregorian),
            ("giugno", 6, Calendar::Gregorian),
            ("giu", 6, Calendar::Gregorian),
            ("luglio", 7, Calendar::Gregorian),
            ("lug", 7, Calendar::Gregorian),
            ("agosto", 8, Calendar::Gregorian),
            ("ago", 8, Calendar::Gregorian),
            ("settembre", 9, Calendar::Gregorian),
            ("set", 9, Calendar::Gregorian),
            ("sett", 9, Calendar::Gregorian),
            ("ottobre", 10, Calendar::Gregorian),
            ("ott", 10, Calendar::Gregorian),
            ("novembre", 11, Calendar::Gregorian),
            ("nov", 11, Calendar::Gregorian),
            ("dicembre", 12, Calendar::Gregorian),
            ("dic", 12, Calendar::Gregorian),
        ],
        weekdays: &[
            "lunedì",
            "lunedi",
            "martedì",
            "martedi",
            "mercoledì",
            "mercoledi",
            "giovedì",
            "giovedi",
            "venerdì",
            "venerdi",
            "sabato",
            "domenica",
        ],
        joiners: &[],
        year_suffixes: &[],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &[
            "oggi",
            "stamattina",
            "stamani",
            "questa mattina",
            "questo pomeriggio",
            "stasera",
            "in data odierna",
        ],
        other_day: &["ieri", "ieri sera"],
        updated: &["aggiornato", "aggiornamento", "modificato"],
    },
    title_words: &["colloquio", "visita"],
    connectors: &[
        "di", "del", "della", "dei", "il", "la", "con", "e", "tra", "fra", "al", "alla", "sul",
        "per",
    ],
};

/// Common Italian abbreviations written with a full stop, lower case, without it: titles
/// ("l'Avv. Fabrizi", "il Dott. Mesini") and words before a name or number. General usage,
/// with pySBD's Italian list (MIT licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "sig", "sigg", "sigra", "dott", "avv", "ing", "geom", "prof", "dir", "amm", "psicol", "mons",
    "egr", "spett", "pag", "pagg", "tel", "ecc", "sen", "dr",
];

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &[
        "articoli correlati",
        "notizie correlate",
        "leggi anche",
        "potrebbe interessarti",
        "ti potrebbe interessare",
        "altre notizie",
    ],
    pointers: &["leggi il testo integrale", "il testo integrale della nota"],
    sign_offs: &[],
};

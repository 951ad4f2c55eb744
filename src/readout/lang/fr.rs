//! French: the words that name a kind of exchange, the words and forms of dates, and its
//! abbreviations.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// French tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &[
            "visioconférence*",
            "vidéoconférence*",
            "visio-conférence*",
            "vidéo-conférence*",
            "par vidéo",
            "en visio",
        ],
        phone: &["téléphon*", "telephon*"],
        call: &[],
        call_not_before: &[],
        conversation: &[],
        talks: &["négociation*", "pourparlers"],
        meeting: &[
            "rencontr*",
            "réunion*",
            "s'est réuni*",
            "a reçu",
            "a accueilli",
        ],
    },
    dates: DateWords {
        months: &[
            ("janvier", 1, Calendar::Gregorian),
            ("janv", 1, Calendar::Gregorian),
            ("février", 2, Calendar::Gregorian),
            ("fevrier", 2, Calendar::Gregorian),
            ("févr", 2, Calendar::Gregorian),
            ("fevr", 2, Calendar::Gregorian),
            ("mars", 3, Calendar::Gregorian),
            ("avril", 4, Calendar::Gregorian),
            ("avr", 4, Calendar::Gregorian),
            ("mai", 5, Calendar::Gregorian),
            ("juin", 6, Calendar::Gregorian),
            ("juillet", 7, Calendar::Gregorian),
            ("juil", 7, Calendar::Gregorian),
            ("août", 8, Calendar::Gregorian),
            ("aout", 8, Calendar::Gregorian),
            ("septembre", 9, Calendar::Gregorian),
            ("sept", 9, Calendar::Gregorian),
            ("octobre", 10, Calendar::Gregorian),
            ("oct", 10, Calendar::Gregorian),
            ("novembre", 11, Calendar::Gregorian),
            ("nov", 11, Calendar::Gregorian),
            ("décembre", 12, Calendar::Gregorian),
            ("decembre", 12, Calendar::Gregorian),
            ("déc", 12, Calendar::Gregorian),
            ("dec", 12, Calendar::Gregorian),
        ],
        weekdays: &[
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ],
        joiners: &[],
        year_suffixes: &[],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &[
            "aujourd'hui",
            "aujourd’hui",
            "ce jour",
            "ce matin",
            "cet après-midi",
            "ce soir",
        ],
        other_day: &["hier", "la veille"],
        updated: &["modification", "modifié", "mis à jour", "mise à jour"],
    },
    title_words: &["entretien", "entretiens", "visite", "déclaration"],
    connectors: &[
        "de", "du", "des", "la", "le", "les", "avec", "et", "entre", "au", "aux", "à", "sur",
        "pour",
    ],
};

/// Common French abbreviations written with a full stop, lower case, without it ("Mme.",
/// "av. de la République", "env. 20"). General usage, with pySBD's French list (MIT
/// licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "mme", "mmes", "mlle", "mlles", "mgr", "pr", "av", "bd", "env", "cf", "chap", "éd", "vol",
    "tél", "ste", "réf",
];

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &[
        "articles liés",
        "articles associés",
        "à lire aussi",
        "lire aussi",
        "voir aussi",
        "sur le même sujet",
        "dans la même rubrique",
    ],
    pointers: &[
        "lire le texte intégral",
        "voir le texte intégral",
        "lire le communiqué complet",
    ],
    sign_offs: &[],
};

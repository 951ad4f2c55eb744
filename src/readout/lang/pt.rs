//! Portuguese: the words that name a kind of exchange, the words and forms of dates, and its
//! abbreviations.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Portuguese tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &[
            "videoconferência*",
            "videoconferencia*",
            "videochamada*",
            "por vídeo",
            "por video",
        ],
        phone: &["telefon*", "ligação*", "ligou", "ligaram"],
        call: &[],
        call_not_before: &[],
        conversation: &["conversaram", "conversou"],
        talks: &["negociaç*"],
        meeting: &[
            "reunião",
            "reuniões",
            "reuniu*",
            "reúne*",
            "encontr*",
            "recebeu o",
            "recebeu a",
        ],
    },
    dates: DateWords {
        months: &[
            ("janeiro", 1, Calendar::Gregorian),
            ("jan", 1, Calendar::Gregorian),
            ("fevereiro", 2, Calendar::Gregorian),
            ("fev", 2, Calendar::Gregorian),
            ("março", 3, Calendar::Gregorian),
            ("marco", 3, Calendar::Gregorian),
            ("mar", 3, Calendar::Gregorian),
            ("abril", 4, Calendar::Gregorian),
            ("abr", 4, Calendar::Gregorian),
            ("maio", 5, Calendar::Gregorian),
            ("mai", 5, Calendar::Gregorian),
            ("junho", 6, Calendar::Gregorian),
            ("jun", 6, Calendar::Gregorian),
            ("julho", 7, Calendar::Gregorian),
            ("jul", 7, Calendar::Gregorian),
            ("agosto", 8, Calendar::Gregorian),
            ("ago", 8, Calendar::Gregorian),
            ("setembro", 9, Calendar::Gregorian),
            ("set", 9, Calendar::Gregorian),
            ("outubro", 10, Calendar::Gregorian),
            ("out", 10, Calendar::Gregorian),
            ("novembro", 11, Calendar::Gregorian),
            ("nov", 11, Calendar::Gregorian),
            ("dezembro", 12, Calendar::Gregorian),
            ("dez", 12, Calendar::Gregorian),
        ],
        weekdays: &[
            "segunda-feira",
            "terça-feira",
            "quarta-feira",
            "quinta-feira",
            "sexta-feira",
            "sábado",
            "domingo",
            "segunda",
            "terça",
            "quarta",
            "quinta",
            "sexta",
            "feira",
        ],
        joiners: &["de"],
        year_suffixes: &[],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &[
            "hoje",
            "nesta manhã",
            "nesta tarde",
            "nesta noite",
            "esta manhã",
        ],
        other_day: &["ontem", "anteontem"],
        updated: &["atualizado", "atualização", "modificado"],
    },
    title_words: &["telefonema", "conversa", "visita"],
    connectors: &[
        "de", "do", "da", "dos", "das", "o", "a", "com", "e", "entre", "ao", "em", "sobre",
    ],
};

/// Common Portuguese abbreviations written with a full stop, lower case, without it
/// ("Sra. Costa", "Exmo. Senhor", "Av. Paulista", "pág. 3"). General usage.
pub const ABBREVIATIONS: &[&str] = &[
    "sr", "sra", "srs", "srta", "dra", "exmo", "exma", "ilmo", "av", "pág", "págs", "tel", "cia",
    "prof", "profa", "eng", "gen", "cel",
];

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &[
        "artigos relacionados",
        "notícias relacionadas",
        "matérias relacionadas",
        "conteúdo relacionado",
        "leia também",
        "veja também",
        "saiba mais",
        "mais notícias",
    ],
    pointers: &[
        "veja a íntegra",
        "leia a íntegra",
        "confira a íntegra",
        "veja na íntegra",
        "leia na íntegra",
        "confira na íntegra",
    ],
    sign_offs: &[],
};

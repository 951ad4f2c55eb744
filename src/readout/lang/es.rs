//! Spanish: the words that name a kind of exchange, the words and forms of dates, and its
//! abbreviations.

use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Spanish tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &[
            "videoconferencia*",
            "videollamada*",
            "video llamada",
            "reunión virtual",
            "por video",
            "de manera virtual",
            "en forma virtual",
        ],
        phone: &[
            "telefónic*",
            "telefonic*",
            "teléfono",
            "telefono",
            "llamada*",
            "telefonema*",
            "telefonazo",
        ],
        call: &[],
        call_not_before: &[],
        conversation: &[
            "conversación",
            "conversaron",
            "conversó",
            "dialogaron",
            "dialogó",
        ],
        talks: &["negociación", "negociaciones"],
        meeting: &[
            "reunión",
            "reuniones",
            "se reunió",
            "se reunieron",
            "se reúne",
            "encuentro",
            "se encontraron",
            "recibió a",
        ],
    },
    dates: DateWords {
        months: &[
            ("enero", 1, Calendar::Gregorian),
            ("ene", 1, Calendar::Gregorian),
            ("febrero", 2, Calendar::Gregorian),
            ("feb", 2, Calendar::Gregorian),
            ("marzo", 3, Calendar::Gregorian),
            ("mar", 3, Calendar::Gregorian),
            ("abril", 4, Calendar::Gregorian),
            ("abr", 4, Calendar::Gregorian),
            ("mayo", 5, Calendar::Gregorian),
            ("may", 5, Calendar::Gregorian),
            ("junio", 6, Calendar::Gregorian),
            ("jun", 6, Calendar::Gregorian),
            ("julio", 7, Calendar::Gregorian),
            ("jul", 7, Calendar::Gregorian),
            ("agosto", 8, Calendar::Gregorian),
            ("ago", 8, Calendar::Gregorian),
            ("septiembre", 9, Calendar::Gregorian),
            ("setiembre", 9, Calendar::Gregorian),
            ("sep", 9, Calendar::Gregorian),
            ("sept", 9, Calendar::Gregorian),
            ("octubre", 10, Calendar::Gregorian),
            ("oct", 10, Calendar::Gregorian),
            ("noviembre", 11, Calendar::Gregorian),
            ("nov", 11, Calendar::Gregorian),
            ("diciembre", 12, Calendar::Gregorian),
            ("dic", 12, Calendar::Gregorian),
        ],
        weekdays: &[
            "lunes",
            "martes",
            "miércoles",
            "miercoles",
            "jueves",
            "viernes",
            "sábado",
            "sabado",
            "domingo",
        ],
        joiners: &["de", "del"],
        year_suffixes: &[],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["hoy", "esta mañana", "esta tarde", "esta noche"],
        other_day: &["ayer", "anoche", "anteayer"],
        updated: &["actualizado", "actualización", "modificado"],
    },
    title_words: &["conversación", "conversan", "visita", "comunicado"],
    connectors: &[
        "de", "del", "la", "el", "los", "las", "con", "y", "entre", "al", "a", "en", "por", "sobre",
    ],
};

/// Common Spanish abbreviations written with a full stop, lower case, without it: titles
/// ("Srta. Ledesma"), and words before a number or a name ("art. 4", "Avda. de Mayo").
/// General usage, with pySBD's Spanish list (MIT licence) as a reference.
pub const ABBREVIATIONS: &[&str] = &[
    "sr", "sra", "srta", "sres", "dra", "lic", "ing", "arq", "gral", "excmo", "excma", "ilmo",
    "ud", "uds", "vd", "vds", "núm", "párr", "párrf", "pág", "págs", "tel", "av", "avda", "cra",
    "ext", "aprox", "dpto", "depto", "sto", "sta", "cía", "admón", "atte", "lun", "mié", "jue",
    "sáb",
];

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &[
        "artículos relacionados",
        "noticias relacionadas",
        "notas relacionadas",
        "contenido relacionado",
        "lea también",
        "lee también",
        "te puede interesar",
        "le puede interesar",
        "más noticias",
    ],
    pointers: &[
        "vea el texto completo",
        "lea el texto completo",
        "ver el comunicado completo",
        "texto íntegro del comunicado",
    ],
    sign_offs: &[],
};

//! Turkish: the words that name a kind of exchange and the words and forms of dates.

use super::people::WordList;
use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Turkish tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &["video konferans*", "videokonferans*", "görüntülü"],
        phone: &["telefon*"],
        call: &[],
        call_not_before: &[],
        conversation: &[],
        talks: &["müzakere*"],
        meeting: &["bir araya gel*", "kabul etti", "görüşme gerçekleştirdi"],
    },
    dates: DateWords {
        months: &[
            ("ocak", 1, Calendar::Gregorian),
            ("şubat", 2, Calendar::Gregorian),
            ("mart", 3, Calendar::Gregorian),
            ("nisan", 4, Calendar::Gregorian),
            ("mayıs", 5, Calendar::Gregorian),
            ("haziran", 6, Calendar::Gregorian),
            ("temmuz", 7, Calendar::Gregorian),
            ("ağustos", 8, Calendar::Gregorian),
            ("eylül", 9, Calendar::Gregorian),
            ("ekim", 10, Calendar::Gregorian),
            ("kasım", 11, Calendar::Gregorian),
            ("aralık", 12, Calendar::Gregorian),
        ],
        weekdays: &[
            "pazartesi",
            "salı",
            "çarşamba",
            "perşembe",
            "cuma",
            "cumartesi",
            "pazar",
        ],
        joiners: &[],
        year_suffixes: &["tarihinde"],
        marks: None,
        eras: &[],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["bugün"],
        other_day: &["dün"],
        updated: &["güncelleme", "güncellendi"],
    },
    title_words: &["görüştü", "görüşme", "ziyaret"],
    connectors: &["ve", "ile"],
    people: &PEOPLE,
};

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &[
        "ilgili haberler",
        "bunlar da ilginizi çekebilir",
        "benzer haberler",
        "diğer haberler",
    ],
    pointers: &["açıklamanın tam metni"],
    sign_offs: &["kamuoyuna saygıyla duyurulur"],
};

/// Offices, courtesy titles, joint subjects, agentless accounts and speech verbs (see
/// [`super::people`]); general usage.
pub(crate) const PEOPLE: super::people::PeopleWords = super::people::PeopleWords {
    order: super::people::NameOrder::OfficeFirst,
    offices: WordList::new(&[
        "cumhurbaşkanı*",
        "başbakan*",
        "bakan*",
        "dışişleri",
        "kral*",
        "genel",
        "başkanı",
        "mevkidaş*",
        "emir*",
        "şansölye*",
    ]),
    honorifics: WordList::new(&["sayın", "bay", "bayan"]),
    and: WordList::new(&["ve", "ile"]),
    joint: WordList::new(&[
        "iki lider",
        "liderler",
        "taraflar",
        "bakanlar",
        "iki bakan",
        "her iki lider",
        "her iki taraf",
        "ikili",
    ]),
    agentless: WordList::new(&[
        "ele alındı",
        "görüşüldü",
        "değerlendirildi",
        "istişare edildi",
        "mutabık kalındı",
        "fikir alışverişinde bulunuldu",
        "konuşuldu",
        "ele alınan",
        "görüş alışverişinde bulunuldu",
        "teyit edildi",
        "vurgulandı",
    ]),
    speech: WordList::new(&[
        "belirt*",
        "vurgula*",
        "ifade",
        "söyle*",
        "dile",
        "kaydet*",
        "teşekkür",
        "tebrik",
        "davet",
        "bilgi",
        "açıkla*",
        "aktar*",
        "bildir*",
        "kaydetti",
        "dedi",
        "iletti",
        "temenni",
        "kınadı",
        "çağrı*",
        "talep",
        "hatırlat*",
    ]),
    during: WordList::new(&[]),
    prepositions: WordList::new(&[]),
    participation: WordList::new(&["katıldı*", "katılımıyla"]),
    pronouns: WordList::new(&["o"]),
    source_markers: WordList::new(&[]),
    state_words: WordList::new(&[]),
    complementizers: WordList::new(&["ki"]),
};

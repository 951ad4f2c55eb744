//! Japanese: the words that name a kind of exchange and the words and forms of dates.

use super::people::WordList;
use super::{Calendar, DateWords, EventWords, NumericOrder, Tables};

/// Japanese tables.
pub(crate) const TABLES: Tables = Tables {
    events: EventWords {
        video: &[
            "テレビ会議",
            "テレビ会談",
            "ビデオ会議",
            "ビデオ会談",
            "オンライン会談",
            "オンライン会議",
            "オンライン形式",
        ],
        phone: &["電話"],
        call: &[],
        call_not_before: &[],
        conversation: &[],
        talks: &["協議", "交渉"],
        meeting: &["会談", "会見", "面会", "会合", "表敬", "懇談"],
    },
    dates: DateWords {
        months: &[],
        weekdays: &[
            "月曜日",
            "火曜日",
            "水曜日",
            "木曜日",
            "金曜日",
            "土曜日",
            "日曜日",
        ],
        joiners: &[],
        year_suffixes: &[],
        marks: Some(("年", "月", "日")),
        eras: &[("令和", 2018), ("平成", 1988), ("昭和", 1925)],
        numeric_order: NumericOrder::DayFirst,
        numeric_calendar: Calendar::Gregorian,
        today: &["本日", "今日", "今晩", "今朝", "同日"],
        other_day: &["昨日", "昨晩"],
        updated: &["更新"],
    },
    title_words: &["会談", "電話", "訪問"],
    connectors: &[],
    people: &PEOPLE,
};

/// Page furniture in this language: the heading of a list of related articles that a copy
/// leaves after the readout, a line that only points to a full text copied below it, and a
/// closing formula that signs off a statement. Lower case, whole lines, general usage.
pub(crate) const PAGE_FURNITURE: super::Furniture = super::Furniture {
    related: &["関連記事", "関連リンク", "関連ニュース"],
    pointers: &[],
    sign_offs: &[],
};

/// Offices, courtesy titles, joint subjects, agentless accounts and speech verbs (see
/// [`super::people`]); general usage.
pub(crate) const PEOPLE: super::people::PeopleWords = super::people::PeopleWords {
    order: super::people::NameOrder::NameFirst,
    offices: WordList::new(&[
        "内閣総理大臣",
        "総理大臣",
        "外務大臣",
        "国務長官",
        "国家主席",
        "国務委員",
        "大統領",
        "首相",
        "総理",
        "外相",
        "長官",
        "主席",
        "大臣",
        "国王",
        "皇太子",
        "首長",
        "事務総長",
        "議長",
        "首席",
        "委員長",
    ]),
    honorifics: WordList::new(&[]),
    and: WordList::new(&["と", "及び"]),
    joint: WordList::new(&[
        "両首脳",
        "両大臣",
        "両外相",
        "両者",
        "双方",
        "両国首脳",
        "両氏",
    ]),
    agentless: WordList::new(&[
        "議論が及",
        "意見交換が行われ",
        "一致しました",
        "一致した",
        "確認されました",
        "議論が行われ",
    ]),
    speech: WordList::new(&[
        "述べ",
        "表明",
        "示さ",
        "示し",
        "伝え",
        "提起",
        "確認",
        "指摘",
        "説明",
        "要請",
        "強調",
        "祝意",
        "謝意",
        "敬意",
        "歓迎",
        "期待",
        "言及",
        "呼びかけ",
        "求め",
        "表し",
        "挨拶",
        "発言",
    ]),
    during: WordList::new(&[]),
    prepositions: WordList::new(&[]),
    participation: WordList::new(&[]),
    pronouns: WordList::new(&[]),
    source_markers: WordList::new(&["から", "より"]),
    state_words: WordList::new(&["共和国", "連邦", "王国", "合衆国", "首長国"]),
    complementizers: WordList::new(&[]),
};

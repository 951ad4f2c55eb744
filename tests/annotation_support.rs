//! Hand-built documents for the annotation and export tests, so they do not depend on how
//! well the parser does on a given text. Included by other test files with `#[path]`.

#![allow(dead_code)] // Each including test file uses a different subset of these helpers.

use readout_annotator::annotation::{AnnotatedDocument, Workspace};
use readout_annotator::readout::{
    Document, EventKind, FrontMatterKind, FrontMatterLine, Paragraph, ParsedSentence, Participant,
    Span, Speaker,
};

/// A participant.
pub fn person(id: &str, name: &str) -> Participant {
    Participant {
        id: id.to_string(),
        name: name.to_string(),
        title: "President".to_string(),
        country: String::new(),
    }
}

/// A text and its parse: an optional title line, then paragraphs of sentences joined by one
/// space, paragraphs separated by a blank line using `newline` ("\n" or "\r\n").
pub fn build(
    title: Option<&str>,
    paragraphs: &[Vec<(String, Speaker)>],
    newline: &str,
) -> (String, Document) {
    build_numbered(title, paragraphs, newline, false)
}

/// [`build`], with each paragraph numbered "1. ", "2. ", ... when `numbered`.
pub fn build_numbered(
    title: Option<&str>,
    paragraphs: &[Vec<(String, Speaker)>],
    newline: &str,
    numbered: bool,
) -> (String, Document) {
    let mut text = String::new();
    let mut doc = Document {
        participants: vec![person("p1", "Xi Jinping"), person("p2", "Rouhani")],
        event: EventKind::PhoneCall,
        date_text: Some("the evening of 27th".to_string()),
        ..Document::default()
    };
    if let Some(t) = title {
        let start = text.len();
        text.push_str(t);
        doc.title = Some(Span::new(start, text.len()));
        text.push_str(newline);
        text.push_str(newline);
        doc.front_matter.push(FrontMatterLine {
            span: Span::new(start, text.len()),
            kind: FrontMatterKind::Title,
        });
    }
    for (pi, sentences) in paragraphs.iter().enumerate() {
        let start = text.len();
        let number = numbered.then(|| {
            text.push_str(&format!("{}.", pi + 1));
            let number = Span::new(start, text.len());
            text.push(' ');
            number
        });
        let mut parsed = Vec::new();
        for (si, (s, speaker)) in sentences.iter().enumerate() {
            if si > 0 {
                text.push(' ');
            }
            let s_start = text.len();
            text.push_str(s);
            parsed.push(ParsedSentence {
                span: Span::new(s_start, text.len()),
                speaker: speaker.clone(),
            });
        }
        if pi + 1 < paragraphs.len() {
            text.push_str(newline);
            text.push_str(newline);
        }
        doc.paragraphs.push(Paragraph {
            span: Span::new(start, text.len()),
            number,
            sentences: parsed,
        });
    }
    (text, doc)
}

/// The Xi–Rouhani call in miniature: three paragraphs, six sentences, ids 1..=6.
pub fn sample_doc() -> AnnotatedDocument {
    let p1 = || Speaker::Participant("p1".to_string());
    let p2 = || Speaker::Participant("p2".to_string());
    let s = |t: &str, sp: Speaker| (t.to_string(), sp);
    let (text, doc) = build(
        Some("Xi Jinping Calls Iranian President Rouhani"),
        &[
            vec![s(
                "Chinese President Xi Jinping spoke by telephone with Iranian President Rouhani.",
                Speaker::Narration,
            )],
            vec![
                s(
                    "Xi Jinping pointed out that China and Iran help each other.",
                    p1(),
                ),
                s("China is willing to share anti-epidemic experience.", p1()),
                s("Unilateral sanctions hinder Iran's efforts 😷.", p1()),
            ],
            vec![
                s("Rouhani said that he thanks China.", p2()),
                s("Both sides agreed to keep in touch.", Speaker::Both),
            ],
        ],
        "\n",
    );
    AnnotatedDocument::from_parsed(&text, &doc)
}

/// A workspace with the default codebook and [`sample_doc`].
pub fn sample_workspace() -> Workspace {
    let mut ws = Workspace::default();
    ws.documents.push(std::rc::Rc::new(sample_doc()));
    ws
}

/// The id of the sample document.
pub fn sample_id() -> String {
    sample_doc().id
}

/// Random readouts for property tests: emoji (with ZWJ and flags), CJK, combining marks,
/// Cyrillic, NBSP inside sentences, and LF or CRLF line breaks.
pub mod arb {
    use super::build_numbered;
    use proptest::prelude::*;
    use readout_annotator::readout::{Document, EventKind, Participant, Speaker};

    const WORDS: &[&str] = &[
        "China",
        "Iran",
        "said",
        "U.S.",
        "😷",
        "🇮🇷",
        "👩‍👩‍👧",
        "中国",
        "伊朗",
        "合作。",
        "é",
        "e\u{301}",
        "a\u{308}\u{301}",
        "Россия",
        "“quoted”",
        "—",
        "x\u{200b}y",
        "1.5",
        "\u{1F600}!",
    ];

    fn word() -> impl Strategy<Value = String> {
        prop::sample::select(WORDS).prop_map(str::to_string)
    }

    fn sentence() -> impl Strategy<Value = String> {
        (prop::collection::vec(word(), 1..5), prop::bool::ANY)
            .prop_map(|(words, nbsp)| words.join(if nbsp { "\u{a0}" } else { " " }))
    }

    /// One to four participants with varied names, titles and countries, ids `p1`...
    fn participants() -> impl Strategy<Value = Vec<Participant>> {
        let name = prop::sample::select(
            &[
                "Xi Jinping",
                "Rouhani",
                "Ursula von der Leyen",
                "习近平",
                "Владимир Путин",
                "Prime Minister",
                "",
            ][..],
        );
        let title = prop::sample::select(&["President", "Prime Minister", "外交部长", ""][..]);
        let country = prop::sample::select(&["China", "Iran", "European Union", ""][..]);
        prop::collection::vec((name, title, country), 1..5).prop_map(|people| {
            people
                .into_iter()
                .enumerate()
                .map(|(i, (name, title, country))| Participant {
                    id: format!("p{}", i + 1),
                    name: name.to_string(),
                    title: title.to_string(),
                    country: country.to_string(),
                })
                .collect()
        })
    }

    /// Narration, both, or one of `count` participants.
    fn speaker(count: usize) -> impl Strategy<Value = Speaker> {
        prop_oneof![
            Just(Speaker::Narration),
            Just(Speaker::Both),
            (1..=count).prop_map(|i| Speaker::Participant(format!("p{i}"))),
        ]
    }

    fn event() -> impl Strategy<Value = EventKind> {
        prop::sample::select(
            &[
                EventKind::PhoneCall,
                EventKind::VideoCall,
                EventKind::Meeting,
                EventKind::Talks,
                EventKind::Other,
            ][..],
        )
    }

    /// A text and a parse of it: varied participants, speakers among them, event, date and
    /// date words, optional title, paragraph numbers, LF or CRLF.
    pub fn document() -> impl Strategy<Value = (String, Document)> {
        participants().prop_flat_map(|people| {
            let count = people.len();
            (
                Just(people),
                prop::option::of(sentence()),
                prop::collection::vec(
                    prop::collection::vec((sentence(), speaker(count)), 1..5),
                    1..5,
                ),
                prop::bool::ANY,
                prop::bool::ANY,
                event(),
                prop::option::of((1990u32..2030, 1u32..13, 1u32..29)),
                prop::option::of(prop::sample::select(
                    &["the evening of 27th", "今天", ""][..],
                )),
            )
                .prop_map(
                    |(people, title, paragraphs, crlf, numbered, event, date, date_text)| {
                        let (text, mut doc) = build_numbered(
                            title.as_deref(),
                            &paragraphs,
                            if crlf { "\r\n" } else { "\n" },
                            numbered,
                        );
                        doc.participants = people;
                        doc.event = event;
                        doc.date = date.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
                        doc.date_text = date_text.map(str::to_string);
                        (text, doc)
                    },
                )
        })
    }
}

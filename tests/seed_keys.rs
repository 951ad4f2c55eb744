//! Every readout in `seeds/` has an answer key made by reading it under `seeds/KEYING.md`
//! (`NAME.truth.json`), and the parser is scored against those keys, not against its own
//! output. The figures printed are the parser's real accuracy on the seeds; the floors below
//! are today's figures, so a change that makes the parser worse on any count fails here, and a
//! change that makes it better raises them.

use std::path::{Path, PathBuf};

use readout_annotator::readout::eval::{score, Key, Score};
use readout_annotator::readout::parse;

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn key_of(txt: &Path) -> Key {
    let path = txt.with_extension("truth.json");
    let json = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{} has no answer key {}: {e}",
            txt.display(),
            path.display()
        )
    });
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A key says what KEYING.md allows: its sentences are in the text in order, its speakers are
/// its participants, "both" or none, and its event is one of the five kinds.
fn check_key(name: &str, text: &str, key: &Key) {
    let names: Vec<&str> = key.participants.iter().map(|p| p.name.as_str()).collect();
    for s in &key.sentences {
        assert_eq!(s.text.trim(), s.text, "{name}: untrimmed key sentence");
        if let Some(speaker) = s.speaker.as_deref() {
            assert!(
                speaker == "both" || names.contains(&speaker),
                "{name}: speaker {speaker:?} is not a participant"
            );
        }
    }
    assert!(
        ["phone_call", "video_call", "meeting", "talks", "other"].contains(&key.event.as_str()),
        "{name}: event {:?}",
        key.event
    );
    if let Some(date) = &key.date {
        let parts: Vec<&str> = date.split('-').collect();
        assert!(
            parts.len() == 3 && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())),
            "{name}: date {date:?} is not YYYY-MM-DD"
        );
    }
    let located = score(text, &parse(text), key);
    assert!(
        located.key_errors.is_empty(),
        "{name}: {:?}",
        located.key_errors
    );
}

#[test]
fn the_parser_on_the_hand_keyed_seeds() {
    let mut total = Score::default();
    println!(
        "{:<48} title date event  participants  sentences  speakers",
        "readout"
    );
    for txt in seeds() {
        let name = txt.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&txt).expect("a UTF-8 seed");
        let key = key_of(&txt);
        check_key(&name, &text, &key);
        let s = score(&text, &parse(&text), &key);
        println!(
            "{:<48} {:>5} {:>4} {:>5}  {:>3}/{:<3}/{:<3}   {:>3}/{:<3}/{:<3} {:>3}/{:<3}",
            name,
            s.titles,
            s.dates,
            s.events,
            s.participants.matched,
            s.participants.found,
            s.participants.expected,
            s.sentences.matched,
            s.sentences.found,
            s.sentences.expected,
            s.speakers,
            s.sentences.expected,
        );
        total.add(&s);
    }
    println!(
        "total: {} readouts; titles {}, dates {}, events {}; participants P {:.3} R {:.3}; \
         countries {}; sentences P {:.3} R {:.3}; speakers {:.3} of key sentences",
        total.readouts,
        total.titles,
        total.dates,
        total.events,
        total.participants.precision(),
        total.participants.recall(),
        total.countries,
        total.sentences.precision(),
        total.sentences.recall(),
        total.speaker_accuracy(),
    );
    assert_eq!(total.readouts, 12, "every seed is scored");
    let floors = FLOORS;
    let got = [
        total.titles,
        total.dates,
        total.events,
        total.participants.matched,
        total.countries,
        total.sentences.matched,
        total.speakers,
    ];
    for ((what, floor), got) in floors.iter().zip(got) {
        assert!(
            got >= *floor,
            "{what}: {got} correct, fewer than the {floor} before"
        );
    }
    // Found items beyond the matched ones are errors too: they may not grow.
    let extra_participants = total.participants.found - total.participants.matched;
    let extra_sentences = total.sentences.found - total.sentences.matched;
    assert_eq!(
        extra_participants, 0,
        "participants that are not in the keys"
    );
    assert!(
        extra_sentences <= MAX_WRONG_SENTENCES,
        "{extra_sentences} sentences that are not in the keys"
    );
}

/// Today's counts of correct items over the 12 seeds (see the table this test prints).
/// Countries fell from 23 to 13 when the surname-to-country table went: a country now comes
/// only from the text ("Chinese President", "of Japan"), and these seeds name many leaders
/// without one.
const FLOORS: [(&str, usize); 7] = [
    ("titles", 12),
    ("dates", 11),
    ("events", 12),
    ("participants", 24),
    ("countries", 13),
    ("sentences", 89),
    ("speakers", 88),
];
/// Found sentences that no key has (today two; found participants no key has: none).
const MAX_WRONG_SENTENCES: usize = 2;

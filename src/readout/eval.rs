//! Scoring a parse against a hand-made answer key (the `NAME.truth.json` files that follow the
//! keying guideline in `seeds/KEYING.md`): what a careful coder says the parser should find.
//!
//! The score counts, per readout, whether the title, date and event are right, how many
//! participants and sentences match, and how many matched sentences have the right speaker, so
//! that figures add up over a corpus.

use serde::Deserialize;

use super::{Document, Speaker};

/// A hand-made answer key for one readout.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Key {
    /// The readout's own heading line, or `None` when it has none.
    pub title: Option<String>,
    /// The date of the conversation, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// `phone_call`, `video_call`, `meeting`, `talks` or `other`.
    pub event: String,
    /// The principals, in the order the readout first names them.
    pub participants: Vec<KeyParticipant>,
    /// Every body sentence in order, copied from the text.
    pub sentences: Vec<KeySentence>,
}

/// A principal of the conversation as the key gives it.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct KeyParticipant {
    /// The fullest form of the name the text gives, or the office when it names none.
    pub name: String,
    /// The office as the text gives it.
    #[serde(default)]
    pub title: String,
    /// The country or organisation, in English.
    #[serde(default)]
    pub country: String,
}

/// One body sentence of a key.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct KeySentence {
    /// The sentence exactly as it stands in the text, trimmed.
    pub text: String,
    /// A participant's `name`, `"both"`, or `None` for narration.
    pub speaker: Option<String>,
}

/// Matched, found and expected counts of one kind of item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Items the parser found that the key has too.
    pub matched: usize,
    /// Items the parser found.
    pub found: usize,
    /// Items the key has.
    pub expected: usize,
}

impl Tally {
    /// Matched over found (1 when nothing was found and nothing was expected).
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found, self.expected == 0)
    }

    /// Matched over expected (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.expected, true)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Tally) {
        self.matched += other.matched;
        self.found += other.found;
        self.expected += other.expected;
    }
}

fn ratio(part: usize, whole: usize, empty_is_perfect: bool) -> f64 {
    if whole == 0 {
        if empty_is_perfect {
            1.0
        } else {
            0.0
        }
    } else {
        part as f64 / whole as f64
    }
}

/// How a parse compares with its key; scores of several readouts add up with [`Score::add`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    /// Readouts scored.
    pub readouts: usize,
    /// Readouts whose title is right (both absent counts as right).
    pub titles: usize,
    /// Readouts whose date is right.
    pub dates: usize,
    /// Readouts whose event is right.
    pub events: usize,
    /// Participants, matched by name.
    pub participants: Tally,
    /// Matched participants whose country is right too.
    pub countries: usize,
    /// Body sentences, matched by exact position in the text.
    pub sentences: Tally,
    /// Matched sentences whose speaker is right.
    pub speakers: usize,
    /// Where the key's own sentences could not be found in the text, in order: a key that says
    /// this is wrong, not the parser.
    pub key_errors: Vec<String>,
}

impl Score {
    /// Adds another readout's score to this one.
    pub fn add(&mut self, other: &Score) {
        self.readouts += other.readouts;
        self.titles += other.titles;
        self.dates += other.dates;
        self.events += other.events;
        self.participants.add(other.participants);
        self.countries += other.countries;
        self.sentences.add(other.sentences);
        self.speakers += other.speakers;
        self.key_errors.extend(other.key_errors.iter().cloned());
    }

    /// Correct speakers over the sentences the key has: a missed sentence counts as a wrong
    /// speaker, so splitting and attribution are scored together.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers, self.sentences.expected, true)
    }
}

/// Names compare without case, spacing or a trailing possessive, and a name matches the same
/// name with more of it ("Rouhani" and "Hassan Rouhani"): keys give the fullest form, parsers
/// may find a shorter one.
fn names_match(found: &str, expected: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .collect()
    };
    let (a, b) = (words(found), words(expected));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if short == long {
        return true;
    }
    // A shorter form is a run of the longer one's words that keeps its last word (a surname)
    // or its first (a family name written first, as in Chinese, Korean or Japanese).
    long.ends_with(short) || long.starts_with(short)
        // Names written without spaces (CJK): one contains the other.
        || (short.len() == 1 && long.len() == 1 && (long[0].contains(&short[0]) || short[0].contains(&long[0])))
}

fn same_text(a: &str, b: &str) -> bool {
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    collapse(a) == collapse(b)
}

/// Scores `doc`, the parse of `text`, against `key`.
pub fn score(text: &str, doc: &Document, key: &Key) -> Score {
    let mut out = Score {
        readouts: 1,
        ..Score::default()
    };

    let title = doc.title.map(|t| t.slice(text));
    out.titles = usize::from(match (title, key.title.as_deref()) {
        (None, None) => true,
        (Some(a), Some(b)) => same_text(a, b),
        _ => false,
    });
    out.dates = usize::from(doc.date.as_deref() == key.date.as_deref());
    let event = serde_json::to_value(doc.event)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    out.events = usize::from(event == key.event);

    // Each key participant is matched by at most one found participant, in order.
    let mut matched_to: Vec<Option<usize>> = vec![None; doc.participants.len()];
    let mut taken = vec![false; key.participants.len()];
    for (i, p) in doc.participants.iter().enumerate() {
        if let Some(k) = (0..key.participants.len())
            .find(|&k| !taken[k] && names_match(&p.name, &key.participants[k].name))
        {
            taken[k] = true;
            matched_to[i] = Some(k);
            if p.country.eq_ignore_ascii_case(&key.participants[k].country) {
                out.countries += 1;
            }
        }
    }
    out.participants = Tally {
        matched: matched_to.iter().flatten().count(),
        found: doc.participants.len(),
        expected: key.participants.len(),
    };

    // The key's sentences located in the text, in order.
    let mut expected = Vec::with_capacity(key.sentences.len());
    let mut cursor = 0;
    for (n, s) in key.sentences.iter().enumerate() {
        match text
            .get(cursor..)
            .and_then(|rest| rest.find(s.text.as_str()))
        {
            Some(at) => {
                let start = cursor + at;
                cursor = start + s.text.len();
                expected.push((start, cursor, s.speaker.as_deref()));
            }
            None => out.key_errors.push(format!(
                "key sentence {} is not in the text after the one before it: {:?}",
                n + 1,
                s.text
            )),
        }
    }

    let found: Vec<_> = doc.paragraphs.iter().flat_map(|p| &p.sentences).collect();
    let speaker_name = |speaker: &Speaker| -> Option<String> {
        match speaker {
            Speaker::Narration => None,
            Speaker::Both => Some("both".to_string()),
            Speaker::Participant(id) => {
                let i = doc.participants.iter().position(|p| &p.id == id)?;
                // A found participant the key does not have can never be the right speaker.
                Some(match matched_to[i] {
                    Some(k) => key.participants[k].name.clone(),
                    None => format!("\u{0}unmatched {id}"),
                })
            }
        }
    };
    let mut matched = 0;
    let mut k = 0;
    for s in &found {
        while k < expected.len() && expected[k].1 <= s.span.start {
            k += 1;
        }
        if let Some(&(start, end, speaker)) = expected.get(k) {
            if start == s.span.start && end == s.span.end {
                matched += 1;
                if speaker_name(&s.speaker).as_deref() == speaker {
                    out.speakers += 1;
                }
            }
        }
    }
    out.sentences = Tally {
        matched,
        found: found.len(),
        expected: key.sentences.len(),
    };
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::readout::parse;

    fn key(json: &str) -> Key {
        serde_json::from_str(json).expect("a key")
    }

    #[test]
    fn names_match_fuller_forms_but_not_other_people() {
        for (a, b, same) in [
            ("Rouhani", "Hassan Rouhani", true),
            ("Xi Jinping", "Xi Jinping", true),
            ("Xi", "Xi Jinping", true),
            ("Jinping", "Xi Jinping", true),
            ("Biden", "Joseph R. Biden", true),
            ("习近平", "习近平", true),
            ("Prime Minister", "Prime Minister", true),
            ("President", "Emmanuel Macron", false),
            ("R.", "Joseph R. Biden", false),
            ("", "Macron", false),
        ] {
            assert_eq!(names_match(a, b), same, "{a:?} against {b:?}");
        }
    }

    #[test]
    fn a_perfect_parse_scores_one_and_a_wrong_one_less() {
        let text =
            "Leaders Talk\n\nAlice Smith spoke with Bob Jones today. Smith said trade matters. \
                    The two leaders agreed to meet.";
        let doc = parse(text);
        let right = key(
            r#"{"title": "Leaders Talk", "date": null, "event": "phone_call",
                "participants": [{"name": "Alice Smith"}, {"name": "Bob Jones"}],
                "sentences": [
                  {"text": "Alice Smith spoke with Bob Jones today.", "speaker": null},
                  {"text": "Smith said trade matters.", "speaker": "Alice Smith"},
                  {"text": "The two leaders agreed to meet.", "speaker": "both"}]}"#,
        );
        let s = score(text, &doc, &right);
        assert!(s.key_errors.is_empty(), "{:?}", s.key_errors);
        assert_eq!(s.sentences.expected, 3);
        assert_eq!(s.sentences.found, 3, "{doc:#?}");

        assert_eq!(s.sentences.matched, 3);

        let mut wrong = right.clone();
        for sentence in &mut wrong.sentences {
            sentence.speaker = Some("Bob Jones".into());
        }
        wrong.title = None;
        let w = score(text, &doc, &wrong);
        assert_eq!((w.titles, s.titles), (0, 1));
        assert_eq!(w.sentences, s.sentences);
        assert!(w.speakers < s.speakers);
    }

    #[test]
    fn a_key_sentence_missing_from_the_text_is_a_key_error() {
        let text = "One. Two.";
        let k = key(
            r#"{"title": null, "date": null, "event": "other", "participants": [],
                "sentences": [{"text": "Two.", "speaker": null}, {"text": "One.", "speaker": null}]}"#,
        );
        let s = score(text, &parse(text), &k);
        assert_eq!(s.key_errors.len(), 1);
    }
}

//! One document's autosave record: compact, versioned, and in types of its own.
//!
//! Format v1 is for people and other tools: it repeats every sentence's text and counts code
//! points, which makes it several times the size of the readout and slow to write after each
//! label. A snapshot keeps byte spans and no copied text; the text itself is stored once, apart
//! (the `text:<id>` record), so saving a label rewrites a few hundred kilobytes at most.
//!
//! The record is written in [`VERSION`] and in this module's own types, with speakers, events
//! and front-matter kinds by their wire names, so no serde derive elsewhere in the crate can
//! change what is stored. Records from before versioning are read by [`super::legacy`] and
//! rewritten in this version on the next load. Restoring checks everything a snapshot claims
//! with [`check_document`], so a damaged store is refused with a reason instead of producing
//! a document the editor cannot work on.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use serde_json::Value;

use super::legacy;
use crate::annotation::{
    check_document, AnnotatedDocument, Codebook, Paragraph, Sentence, SentenceId,
};
use crate::export::error::{ImportError, ImportErrorKind};
use crate::readout::{EventKind, FrontMatterKind, FrontMatterLine, Participant, Span, Speaker};

/// The version this build writes. Records without a version are the format before it.
pub const VERSION: u32 = 2;

/// A document without its text. Spans are byte offsets into that text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentSnapshot {
    pub(super) version: u32,
    pub(super) id: String,
    pub(super) title: String,
    pub(super) date: Option<String>,
    pub(super) date_text: Option<String>,
    /// [`EventKind::wire_name`].
    pub(super) event: String,
    pub(super) participants: Vec<StoredParticipant>,
    /// `[start, end, kind]`, the kind by [`FrontMatterKind::wire_name`].
    pub(super) front_matter: Vec<(usize, usize, String)>,
    /// `[start, end, number_start, number_end]`, the number span `[0, 0]` when absent.
    pub(super) paragraphs: Vec<[usize; 4]>,
    pub(super) sentences: Vec<StoredSentence>,
}

/// A participant as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct StoredParticipant {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) title: String,
    pub(super) country: String,
}

/// One sentence as a positional tuple, to keep snapshots small: id, paragraph index, start,
/// end, speaker ([`Speaker::wire_id`], null for narration), themes, note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(super) struct StoredSentence(
    pub(super) SentenceId,
    pub(super) usize,
    pub(super) usize,
    pub(super) usize,
    pub(super) Option<String>,
    pub(super) Vec<String>,
    pub(super) String,
);

/// A document record as read, in any version, in one pass: the two fields whose shape changed
/// between versions (front-matter lines and speakers) stay JSON values until the record's
/// version says how to read them.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    version: Option<u32>,
    id: String,
    title: String,
    date: Option<String>,
    date_text: Option<String>,
    event: String,
    participants: Vec<StoredParticipant>,
    front_matter: Vec<Value>,
    paragraphs: Vec<[usize; 4]>,
    sentences: Vec<RecordSentence>,
}

/// A [`StoredSentence`] with its speaker not yet read.
type RecordSentence = (SentenceId, usize, usize, usize, Value, Vec<String>, String);

/// Reads one front-matter line of a record: start, end, kind.
type LineReader = fn(&Value) -> Option<(usize, usize, String)>;

/// Reads one speaker of a record: its wire id, `None` for narration.
type SpeakerReader = fn(&Value) -> Option<Option<String>>;

/// A speaker as this version writes it: a wire id, or null for narration.
fn speaker(value: &Value) -> Option<Option<String>> {
    match value {
        Value::Null => Some(None),
        Value::String(id) => Some(Some(id.clone())),
        _ => None,
    }
}

/// A front-matter line as this version writes it: `[start, end, kind]`.
fn front_matter_line(value: &Value) -> Option<(usize, usize, String)> {
    let [start, end, kind] = value.as_array()?.as_slice() else {
        return None;
    };
    let offset = |v: &Value| usize::try_from(v.as_u64()?).ok();
    Some((offset(start)?, offset(end)?, kind.as_str()?.to_owned()))
}

impl DocumentSnapshot {
    /// The snapshot of a document.
    pub fn of(doc: &AnnotatedDocument) -> Self {
        Self {
            version: VERSION,
            id: doc.id.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            date_text: doc.date_text.clone(),
            event: doc.event.wire_name().to_owned(),
            participants: doc
                .participants
                .iter()
                .map(|p| StoredParticipant {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    title: p.title.clone(),
                    country: p.country.clone(),
                })
                .collect(),
            front_matter: doc
                .front_matter
                .iter()
                .map(|l| (l.span.start, l.span.end, l.kind.wire_name().to_owned()))
                .collect(),
            paragraphs: doc
                .paragraphs
                .iter()
                .map(|p| {
                    let number = p.number.unwrap_or_default();
                    [p.span.start, p.span.end, number.start, number.end]
                })
                .collect(),
            sentences: doc
                .sentences
                .iter()
                .map(|s| {
                    StoredSentence(
                        s.id,
                        s.paragraph,
                        s.span.start,
                        s.span.end,
                        s.speaker.wire_id().map(str::to_owned),
                        s.themes.clone(),
                        s.note.clone(),
                    )
                })
                .collect(),
        }
    }

    /// The snapshot as JSON.
    pub fn to_json(doc: &AnnotatedDocument) -> String {
        serde_json::to_string(&Self::of(doc)).unwrap_or_default()
    }

    /// The document id, which also names where its text is stored.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Rebuilds the document from its snapshot (JSON, in any version this build reads) and
    /// its text, checking every span, id, speaker and theme against them.
    pub fn restore(
        json: &str,
        text: Rc<str>,
        codebook: &Codebook,
    ) -> Result<AnnotatedDocument, ImportError> {
        Self::read(json, text, codebook).map(|(doc, _)| doc)
    }

    /// [`Self::restore`], also saying whether the record was in an earlier version and should
    /// be written again.
    pub(super) fn read(
        json: &str,
        text: Rc<str>,
        codebook: &Codebook,
    ) -> Result<(AnnotatedDocument, bool), ImportError> {
        let damaged = |e: serde_json::Error| {
            ImportError::new(
                ImportErrorKind::Malformed,
                format!("the saved document is damaged: {e}"),
            )
        };
        let record: Record = serde_json::from_str(json).map_err(damaged)?;
        let earlier = match record.version {
            None => true,
            Some(VERSION) => false,
            Some(other) => {
                return Err(ImportError::new(
                    ImportErrorKind::UnsupportedVersion,
                    format!(
                        "the saved document is in autosave version {other}, written by a newer \
                         version of the page (this one reads up to {VERSION})"
                    ),
                ))
            }
        };
        let (read_line, read_speaker): (LineReader, SpeakerReader) = if earlier {
            (legacy::front_matter_line, legacy::speaker)
        } else {
            (front_matter_line, speaker)
        };
        let unreadable = |what: String| {
            ImportError::new(
                ImportErrorKind::Malformed,
                format!("the saved document is damaged: {what}"),
            )
        };
        let mut front_matter = Vec::with_capacity(record.front_matter.len());
        for (i, line) in record.front_matter.iter().enumerate() {
            let line = read_line(line)
                .ok_or_else(|| unreadable(format!("front-matter line {} is unreadable", i + 1)))?;
            front_matter.push(line);
        }
        let mut sentences = Vec::with_capacity(record.sentences.len());
        for (id, paragraph, start, end, who, themes, note) in record.sentences {
            let who = read_speaker(&who)
                .ok_or_else(|| unreadable(format!("sentence {id} has an unreadable speaker")))?;
            sentences.push(StoredSentence(id, paragraph, start, end, who, themes, note));
        }
        let snapshot = DocumentSnapshot {
            version: VERSION,
            id: record.id,
            title: record.title,
            date: record.date,
            date_text: record.date_text,
            event: record.event,
            participants: record.participants,
            front_matter,
            paragraphs: record.paragraphs,
            sentences,
        };
        snapshot
            .into_document(text, codebook)
            .map(|doc| (doc, earlier))
    }

    fn into_document(
        self,
        text: Rc<str>,
        codebook: &Codebook,
    ) -> Result<AnnotatedDocument, ImportError> {
        let where_ = format!("saved document {}", self.id);
        let malformed = |what: String| {
            ImportError::new(ImportErrorKind::Malformed, format!("{where_}: {what}"))
        };
        let event = EventKind::from_wire_name(&self.event)
            .ok_or_else(|| malformed(format!("{:?} is not an event", self.event)))?;
        let mut front_matter = Vec::with_capacity(self.front_matter.len());
        for (start, end, kind) in self.front_matter {
            let kind = FrontMatterKind::from_wire_name(&kind)
                .ok_or_else(|| malformed(format!("{kind:?} is not a kind of front matter")))?;
            front_matter.push(FrontMatterLine {
                span: Span::new(start, end),
                kind,
            });
        }
        let paragraphs = self
            .paragraphs
            .iter()
            .map(|&[start, end, number_start, number_end]| Paragraph {
                span: Span::new(start, end),
                number: (number_end > number_start).then(|| Span::new(number_start, number_end)),
            })
            .collect();
        let sentences = self
            .sentences
            .into_iter()
            .map(
                |StoredSentence(id, paragraph, start, end, speaker, themes, note)| {
                    Rc::new(Sentence {
                        id,
                        paragraph,
                        span: Span::new(start, end),
                        speaker: Speaker::from_wire_id(speaker.as_deref()),
                        themes,
                        note,
                    })
                },
            )
            .collect();
        let document = AnnotatedDocument {
            id: self.id,
            text,
            title: self.title,
            date: self.date,
            date_text: self.date_text,
            event,
            participants: self
                .participants
                .into_iter()
                .map(|p| Participant {
                    id: p.id,
                    name: p.name,
                    title: p.title,
                    country: p.country,
                })
                .collect(),
            front_matter,
            paragraphs,
            sentences,
        };
        check_document(&document, codebook)
            .map_err(|problem| ImportError::from_problem(&where_, &problem))?;
        Ok(document)
    }
}

#[cfg(test)]
mod tests {
    use super::DocumentSnapshot;
    use crate::annotation::{AnnotatedDocument, Codebook};

    fn labelled(text: &str) -> (AnnotatedDocument, Codebook) {
        let codebook = Codebook::diplomatic_default();
        let mut doc = AnnotatedDocument::parse(text);
        let theme = codebook.themes[0].id.clone();
        if let Some(first) = doc.sentences.first_mut() {
            let s = std::rc::Rc::make_mut(first);
            s.themes.push(theme);
            s.note = "ünïcödé ✓ 中国".into();
        }
        (doc, codebook)
    }

    #[test]
    fn a_snapshot_restores_the_same_document() {
        let texts = [
            "Readout\r\n\r\nPresident A spoke with President B. 😀 They agreed.\r\nA said x.",
            "习近平同马克龙通电话。双方表示，要加强合作。",
            "",
        ];
        for text in texts {
            let (doc, codebook) = labelled(text);
            let json = DocumentSnapshot::to_json(&doc);
            let back = DocumentSnapshot::restore(&json, doc.text.clone(), &codebook);
            assert_eq!(back.as_ref(), Ok(&doc), "for {text:?}");
        }
    }

    #[test]
    fn a_damaged_snapshot_is_refused_with_a_reason() {
        let (doc, codebook) = labelled("A said one thing. B said another. They agreed on a third.");
        let json = DocumentSnapshot::to_json(&doc);
        let s = doc.sentences[0].span;
        let cases: &[(String, &str)] = &[
            (
                json.replacen(&format!("{},{}", s.start, s.end), "0,9999", 1),
                "impossible position",
            ),
            (
                json.replace("\"bilateral\"", "\"nope\""),
                "not in the codebook",
            ),
            (json[..json.len() / 2].to_owned(), "damaged"),
            ("[]".to_owned(), "damaged"),
        ];
        for (damaged, expected) in cases {
            let error = DocumentSnapshot::restore(damaged, doc.text.clone(), &codebook)
                .expect_err("a damaged snapshot must be refused");
            assert!(error.message().contains(expected), "{damaged}: {error}");
        }
        // Text that changed under the snapshot (a cut character) is refused, not sliced.
        let shorter: std::rc::Rc<str> = doc.text[..10].into();
        assert!(DocumentSnapshot::restore(&json, shorter, &codebook).is_err());
    }

    #[test]
    fn a_snapshot_is_written_in_the_current_version_with_wire_names() {
        let (mut doc, _) = labelled("President A spoke with President B. They agreed.");
        let both = std::rc::Rc::make_mut(&mut doc.sentences[0]);
        both.speaker = crate::readout::Speaker::Both;
        let value: serde_json::Value =
            serde_json::from_str(&DocumentSnapshot::to_json(&doc)).unwrap();
        assert_eq!(value["version"], super::VERSION);
        assert_eq!(value["event"], doc.event.wire_name());
        assert_eq!(value["sentences"][0][4], "both");
    }

    #[test]
    fn a_record_before_versioning_restores_and_says_so() {
        let codebook = Codebook::diplomatic_default();
        let text: std::rc::Rc<str> = "Title\n\nA said x. They agreed.".into();
        let legacy = r#"{"id":"d1","title":"Title","date":null,"date_text":null,
            "event":"phone_call","participants":[{"id":"p1","name":"A","title":"","country":""}],
            "front_matter":[{"span":{"start":0,"end":7},"kind":"title"}],
            "paragraphs":[[7,28,0,0]],
            "sentences":[[1,0,7,16,{"Participant":"p1"},["trade"],""],[2,0,17,28,"Both",[],"n"]]}"#;
        let (doc, earlier) = DocumentSnapshot::read(legacy, text, &codebook).unwrap();
        assert!(earlier);
        assert_eq!(doc.event, crate::readout::EventKind::PhoneCall);
        assert_eq!(
            doc.sentences[0].speaker,
            crate::readout::Speaker::Participant("p1".into())
        );
        assert_eq!(doc.sentences[1].speaker, crate::readout::Speaker::Both);
        let current = DocumentSnapshot::to_json(&doc);
        let (again, earlier) =
            DocumentSnapshot::read(&current, doc.text.clone(), &codebook).unwrap();
        assert!(!earlier);
        assert_eq!(again, doc);
    }

    #[test]
    fn a_record_from_a_newer_version_or_with_unknown_names_is_refused() {
        let (doc, codebook) = labelled("A said one thing. B said another.");
        let json = DocumentSnapshot::to_json(&doc);
        let newer = json.replacen("\"version\":2", "\"version\":3", 1);
        let error = DocumentSnapshot::restore(&newer, doc.text.clone(), &codebook).unwrap_err();
        assert_eq!(
            error.kind(),
            crate::export::ImportErrorKind::UnsupportedVersion
        );
        assert!(error.message().contains("newer version"), "{error}");
        let event = format!("\"event\":\"{}\"", doc.event.wire_name());
        let odd = json.replacen(&event, "\"event\":\"summit\"", 1);
        assert_ne!(odd, json);
        let error = DocumentSnapshot::restore(&odd, doc.text.clone(), &codebook).unwrap_err();
        assert!(
            error.message().contains("\"summit\" is not an event"),
            "{error}"
        );
    }
}

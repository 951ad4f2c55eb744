//! The page's autosave format: one compact record per document, written only when that
//! document changed.
//!
//! Format v1 is for people and other tools: it repeats every sentence's text and counts code
//! points, which makes it several times the size of the readout and slow to write after each
//! label. A snapshot keeps byte spans and no copied text; the text itself is stored once, apart
//! (see [`DocumentSnapshot::text`]), so saving a label rewrites a few hundred kilobytes at most.
//! Restoring checks everything a snapshot claims against its text, so a damaged store is
//! refused with a reason instead of producing a document the editor cannot work on.

use std::collections::HashSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::error::{ImportError, ImportErrorKind};
use crate::annotation::{AnnotatedDocument, Codebook, Paragraph, Sentence};
use crate::readout::{EventKind, FrontMatterLine, Participant, Span, Speaker};

/// A document without its text. Spans are byte offsets into that text.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DocumentSnapshot {
    id: String,
    title: String,
    date: Option<String>,
    date_text: Option<String>,
    event: EventKind,
    participants: Vec<Participant>,
    front_matter: Vec<FrontMatterLine>,
    /// `[start, end, number_start, number_end]`, the number span `[0, 0]` when absent.
    paragraphs: Vec<[usize; 4]>,
    sentences: Vec<SentenceSnapshot>,
}

/// One sentence as a positional tuple, to keep snapshots small.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct SentenceSnapshot(u32, usize, usize, usize, Speaker, Vec<String>, String);

impl DocumentSnapshot {
    /// The snapshot of a document.
    pub fn of(doc: &AnnotatedDocument) -> Self {
        Self {
            id: doc.id.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            date_text: doc.date_text.clone(),
            event: doc.event,
            participants: doc.participants.clone(),
            front_matter: doc.front_matter.clone(),
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
                    SentenceSnapshot(
                        s.id,
                        s.paragraph,
                        s.span.start,
                        s.span.end,
                        s.speaker.clone(),
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

    /// Rebuilds the document from its snapshot (JSON) and its text, checking every span,
    /// id, speaker and theme against them.
    pub fn restore(
        json: &str,
        text: Rc<str>,
        codebook: &Codebook,
    ) -> Result<AnnotatedDocument, ImportError> {
        let snapshot: DocumentSnapshot = serde_json::from_str(json).map_err(|e| {
            ImportError::new(
                ImportErrorKind::Malformed,
                format!("the saved document is damaged: {e}"),
            )
        })?;
        let bad = |what: String| {
            ImportError::new(
                ImportErrorKind::OffsetOutOfRange,
                format!("saved document {}: {what}", snapshot.id),
            )
        };
        let span_ok = |start: usize, end: usize| {
            start <= end
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end)
        };
        let mut paragraphs = Vec::with_capacity(snapshot.paragraphs.len());
        for (i, &[start, end, number_start, number_end]) in snapshot.paragraphs.iter().enumerate() {
            if !span_ok(start, end) || !span_ok(number_start, number_end) {
                return Err(bad(format!("paragraph {} lies outside the text", i + 1)));
            }
            paragraphs.push(Paragraph {
                span: Span::new(start, end),
                number: (number_end > number_start).then(|| Span::new(number_start, number_end)),
            });
        }
        if let Some(line) = snapshot
            .front_matter
            .iter()
            .find(|l| !span_ok(l.span.start, l.span.end))
        {
            return Err(bad(format!(
                "a front-matter line ({}..{}) lies outside the text",
                line.span.start, line.span.end
            )));
        }
        let participants: HashSet<&str> = snapshot
            .participants
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        let mut ids = HashSet::new();
        let mut previous_end = 0;
        let mut sentences = Vec::with_capacity(snapshot.sentences.len());
        for SentenceSnapshot(id, paragraph, start, end, speaker, themes, note) in
            &snapshot.sentences
        {
            if !span_ok(*start, *end) || *start < previous_end || *paragraph >= paragraphs.len() {
                return Err(bad(format!("sentence {id} has an impossible position")));
            }
            if !ids.insert(*id) {
                return Err(bad(format!("sentence id {id} appears twice")));
            }
            if let Speaker::Participant(p) = speaker {
                if !participants.contains(p.as_str()) {
                    return Err(bad(format!("sentence {id} names an unknown speaker {p:?}")));
                }
            }
            if let Some(theme) = themes.iter().find(|t| !codebook.contains(t)) {
                return Err(ImportError::new(
                    ImportErrorKind::UnknownTheme,
                    format!("saved sentence {id} has a theme {theme:?} not in the codebook"),
                ));
            }
            previous_end = *end;
            sentences.push(Rc::new(Sentence {
                id: *id,
                paragraph: *paragraph,
                span: Span::new(*start, *end),
                speaker: speaker.clone(),
                themes: themes.clone(),
                note: note.clone(),
            }));
        }
        Ok(AnnotatedDocument {
            id: snapshot.id,
            text,
            title: snapshot.title,
            date: snapshot.date,
            date_text: snapshot.date_text,
            event: snapshot.event,
            participants: snapshot.participants,
            front_matter: snapshot.front_matter,
            paragraphs,
            sentences,
        })
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
}

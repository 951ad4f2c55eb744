//! The one statement of what makes a document one the editor can work on.
//!
//! Every way a document enters the workspace — a parse, an import, an autosave restore, an
//! edit that adds or replaces documents — ends in [`check_document`], so the rules live here
//! once. Format readers check only what their own format adds (code points, UTF-16 offsets,
//! copied text) and leave the model's invariants to this module. A problem is data: a
//! [`ProblemKind`] to branch on and a [`Place`] in the document, which each caller turns into
//! its own error type and wording.

use std::collections::HashSet;
use std::fmt;

use super::{AnnotatedDocument, Codebook, Sentence, SentenceId};
use crate::readout::{Participant, Span, Speaker};

/// What is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// A span ends past the text, starts after it ends, or cuts a character in two.
    OutOfRange,
    /// A sentence is empty, lies outside its paragraph or names no paragraph.
    ImpossiblePosition,
    /// Two paragraphs, front-matter lines or sentences overlap or are out of order.
    Overlap,
    /// An id is used twice.
    DuplicateId,
    /// A participant id is blank or is the id that stands for both sides.
    InvalidId,
    /// A sentence carries a theme the codebook does not have.
    UnknownTheme,
    /// A sentence lists one theme twice.
    RepeatedTheme,
    /// A sentence's speaker is not a participant of the document.
    UnknownSpeaker,
}

/// Where in a document a problem is. Indices count from 0; sentences are named by id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// The participant at this index.
    Participant(usize),
    /// The front-matter line at this index.
    FrontMatter(usize),
    /// The paragraph at this index.
    Paragraph(usize),
    /// The sentence with this id.
    Sentence(SentenceId),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Participant(i) => write!(f, "participant {}", i + 1),
            Place::FrontMatter(i) => write!(f, "front-matter line {}", i + 1),
            Place::Paragraph(i) => write!(f, "paragraph {}", i + 1),
            Place::Sentence(id) => write!(f, "sentence {id}"),
        }
    }
}

/// One broken rule: what, where, and the detail a person needs to find it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong.
    pub kind: ProblemKind,
    /// Where.
    pub place: Place,
    /// The values involved, in words ("span 10..9999 ends past the text (120 bytes)").
    pub detail: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.kind, &self.place) {
            (ProblemKind::ImpossiblePosition | ProblemKind::OutOfRange, Place::Sentence(_)) => {
                write!(
                    f,
                    "{} has an impossible position: {}",
                    self.place, self.detail
                )
            }
            _ => write!(f, "{}: {}", self.place, self.detail),
        }
    }
}

impl std::error::Error for Problem {}

/// Checks every invariant of `doc` against its own text and `codebook`; the first problem
/// found, in document order (participants, front matter, paragraphs, sentences).
pub fn check_document(doc: &AnnotatedDocument, codebook: &Codebook) -> Result<(), Problem> {
    check_participants(&doc.participants)?;
    let text = &doc.text;
    let mut previous_end = 0;
    for (i, line) in doc.front_matter.iter().enumerate() {
        let place = Place::FrontMatter(i);
        check_span(text, line.span, &place)?;
        if line.span.start < previous_end {
            return Err(overlap(place, "the line before it"));
        }
        previous_end = line.span.end;
    }
    let mut previous_end = 0;
    for (i, paragraph) in doc.paragraphs.iter().enumerate() {
        let place = Place::Paragraph(i);
        check_span(text, paragraph.span, &place)?;
        if let Some(number) = paragraph.number {
            check_span(text, number, &place)?;
        }
        if paragraph.span.start < previous_end {
            return Err(overlap(place, "the paragraph before it"));
        }
        previous_end = paragraph.span.end;
    }
    let mut ids = HashSet::with_capacity(doc.sentences.len());
    let mut previous_end = 0;
    for sentence in &doc.sentences {
        let place = Place::Sentence(sentence.id);
        if !ids.insert(sentence.id) {
            return Err(problem(
                ProblemKind::DuplicateId,
                place,
                "its id appears twice",
            ));
        }
        check_position(doc, sentence)?;
        if sentence.span.start < previous_end {
            return Err(overlap(place, "the sentence before it"));
        }
        previous_end = sentence.span.end;
        check_themes(codebook, &sentence.themes, &place)?;
        check_speaker(&doc.participants, &sentence.speaker, &place)?;
    }
    Ok(())
}

/// One sentence's own position: on character boundaries, not empty, inside the paragraph it
/// names. (Its order among the others is [`check_document`]'s.)
pub fn check_position(doc: &AnnotatedDocument, sentence: &Sentence) -> Result<(), Problem> {
    let place = Place::Sentence(sentence.id);
    check_span(&doc.text, sentence.span, &place)?;
    let Span { start, end } = sentence.span;
    let Some(paragraph) = doc.paragraphs.get(sentence.paragraph) else {
        return Err(problem(
            ProblemKind::ImpossiblePosition,
            place,
            format!("there is no paragraph {}", sentence.paragraph + 1),
        ));
    };
    if start >= end || start < paragraph.span.start || end > paragraph.span.end {
        return Err(problem(
            ProblemKind::ImpossiblePosition,
            place,
            format!(
                "span {start}..{end} is empty or outside its paragraph ({}..{})",
                paragraph.span.start, paragraph.span.end
            ),
        ));
    }
    Ok(())
}

/// A speaker is narration, both sides, or one of `participants`.
pub fn check_speaker(
    participants: &[Participant],
    speaker: &Speaker,
    place: &Place,
) -> Result<(), Problem> {
    match speaker {
        Speaker::Participant(id) if !participants.iter().any(|p| p.id == *id) => Err(problem(
            ProblemKind::UnknownSpeaker,
            place.clone(),
            format!("speaker {id:?} is not a participant of the document"),
        )),
        _ => Ok(()),
    }
}

/// Participant ids: not blank, not the id of both sides, each used once.
pub fn check_participants(participants: &[Participant]) -> Result<(), Problem> {
    for (i, participant) in participants.iter().enumerate() {
        check_participant_id(&participant.id, Place::Participant(i))?;
        if participants[..i].iter().any(|p| p.id == participant.id) {
            return Err(problem(
                ProblemKind::DuplicateId,
                Place::Participant(i),
                format!("id {:?} is used by an earlier participant", participant.id),
            ));
        }
    }
    Ok(())
}

/// A participant id must name someone: not blank, and not the id that stands for both sides.
pub fn check_participant_id(id: &str, place: Place) -> Result<(), Problem> {
    if id.trim().is_empty() || id == Speaker::BOTH_ID {
        return Err(problem(
            ProblemKind::InvalidId,
            place,
            format!("{id:?} cannot be a participant id"),
        ));
    }
    Ok(())
}

/// A sentence's themes: each in the codebook, none twice.
pub fn check_themes(codebook: &Codebook, themes: &[String], place: &Place) -> Result<(), Problem> {
    for (i, theme) in themes.iter().enumerate() {
        if !codebook.contains(theme) {
            return Err(problem(
                ProblemKind::UnknownTheme,
                place.clone(),
                format!("theme {theme:?} is not in the codebook"),
            ));
        }
        if themes[..i].contains(theme) {
            return Err(problem(
                ProblemKind::RepeatedTheme,
                place.clone(),
                format!("theme {theme:?} is listed twice"),
            ));
        }
    }
    Ok(())
}

/// A span must lie in the text, in order, on character boundaries.
fn check_span(text: &str, span: Span, place: &Place) -> Result<(), Problem> {
    let Span { start, end } = span;
    let detail = if start > end {
        format!("span {start}..{end} starts after it ends")
    } else if end > text.len() {
        format!(
            "span {start}..{end} ends past the text ({} bytes)",
            text.len()
        )
    } else if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        format!("span {start}..{end} cuts a character")
    } else {
        return Ok(());
    };
    Err(problem(ProblemKind::OutOfRange, place.clone(), detail))
}

fn overlap(place: Place, what: &str) -> Problem {
    problem(
        ProblemKind::Overlap,
        place,
        format!("it overlaps {what} or is out of order"),
    )
}

fn problem(kind: ProblemKind, place: Place, detail: impl Into<String>) -> Problem {
    Problem {
        kind,
        place,
        detail: detail.into(),
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;

    const TEXT: &str = "Readout\n\nA spoke with B. They agreed on trade.\n\nB said more. 中国.";

    fn parsed() -> (AnnotatedDocument, Codebook) {
        let codebook = Codebook::diplomatic_default();
        let doc = AnnotatedDocument::parse(TEXT);
        assert!(doc.sentences.len() >= 3, "{:?}", doc.sentences);
        (doc, codebook)
    }

    fn kind_after(change: impl FnOnce(&mut AnnotatedDocument)) -> Option<ProblemKind> {
        let (mut doc, codebook) = parsed();
        change(&mut doc);
        check_document(&doc, &codebook).err().map(|p| p.kind)
    }

    fn sentence(doc: &mut AnnotatedDocument, index: usize) -> &mut crate::annotation::Sentence {
        Rc::make_mut(&mut doc.sentences[index])
    }

    #[test]
    fn a_parsed_document_is_valid() {
        let (doc, codebook) = parsed();
        assert_eq!(check_document(&doc, &codebook), Ok(()));
        let empty = AnnotatedDocument::parse("");
        assert_eq!(check_document(&empty, &codebook), Ok(()));
    }

    #[test]
    fn each_broken_rule_is_named() {
        use ProblemKind as K;
        let cases: Vec<(&str, Option<ProblemKind>)> = vec![
            (
                "past the end",
                kind_after(|d| sentence(d, 0).span.end = 9999),
            ),
            (
                "backwards",
                kind_after(|d| {
                    let s = sentence(d, 0);
                    s.span.start = s.span.end + 1;
                }),
            ),
            ("cut character", {
                kind_after(|d| {
                    let at = d.text.find('中').unwrap() + 1;
                    let last = d.sentences.len() - 1;
                    sentence(d, last).span.end = at;
                })
            }),
            (
                "empty",
                kind_after(|d| {
                    let s = sentence(d, 0);
                    s.span.end = s.span.start;
                }),
            ),
            (
                "no paragraph",
                kind_after(|d| sentence(d, 0).paragraph = 99),
            ),
            (
                "duplicate id",
                kind_after(|d| {
                    let id = d.sentences[0].id;
                    sentence(d, 1).id = id;
                }),
            ),
            ("out of order", kind_after(|d| d.sentences.swap(0, 1))),
            (
                "paragraphs overlap",
                kind_after(|d| d.paragraphs.swap(0, 1)),
            ),
            (
                "unknown theme",
                kind_after(|d| sentence(d, 0).themes.push("nope".into())),
            ),
            (
                "repeated theme",
                kind_after(|d| {
                    sentence(d, 0).themes = vec!["trade".into(), "trade".into()];
                }),
            ),
            (
                "unknown speaker",
                kind_after(|d| {
                    sentence(d, 0).speaker = Speaker::Participant("p99".into());
                }),
            ),
            (
                "participant both",
                kind_after(|d| {
                    d.participants.push(Participant {
                        id: "both".into(),
                        ..Participant::default()
                    });
                }),
            ),
            (
                "participant twice",
                kind_after(|d| {
                    let p = Participant {
                        id: "p7".into(),
                        ..Participant::default()
                    };
                    d.participants.extend([p.clone(), p]);
                }),
            ),
        ];
        let expected = [
            K::OutOfRange,
            K::OutOfRange,
            K::OutOfRange,
            K::ImpossiblePosition,
            K::ImpossiblePosition,
            K::DuplicateId,
            K::Overlap,
            K::Overlap,
            K::UnknownTheme,
            K::RepeatedTheme,
            K::UnknownSpeaker,
            K::InvalidId,
            K::DuplicateId,
        ];
        for ((case, found), expected) in cases.into_iter().zip(expected) {
            assert_eq!(found, Some(expected), "{case}");
        }
    }

    #[test]
    fn a_problem_says_where_it_is() {
        let (mut doc, codebook) = parsed();
        let id = doc.sentences[1].id;
        sentence(&mut doc, 1).span.end = 9999;
        let problem = check_document(&doc, &codebook).unwrap_err();
        assert_eq!(problem.place, Place::Sentence(id));
        let message = problem.to_string();
        assert!(
            message.starts_with(&format!("sentence {id} has an impossible position")),
            "{message}"
        );
        assert!(message.contains("9999"), "{message}");
    }
}

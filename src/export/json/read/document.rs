//! One document of a file read back into the model: every range checked in code points,
//! converted to bytes in one pass, and each sentence checked against the text, the codebook
//! and the participants.

use std::collections::HashSet;
use std::rc::Rc;

use crate::annotation::validate::{self, Place};
use crate::annotation::{
    check_document, AnnotatedDocument, Codebook, Paragraph, Sentence, SentenceId,
};
use crate::export::error::{ImportError, ImportErrorKind as K};
use crate::export::limits;
use crate::export::offsets::{char_count, PositionTable};
use crate::export::v1::*;
use crate::readout::{EventKind, FrontMatterKind, FrontMatterLine, Participant, Span, Speaker};

/// Checks a code point range against the text length; `what` names it in messages.
fn check_range(start: usize, end: usize, len: usize, what: &str) -> Result<(), ImportError> {
    if end > len {
        return Err(ImportError::new(
            K::OffsetOutOfRange,
            format!("{what}: end {end} is past the end of the text ({len} code points)"),
        ));
    }
    if start > end {
        return Err(ImportError::new(
            K::OffsetOutOfRange,
            format!("{what}: start {start} is after end {end}"),
        ));
    }
    Ok(())
}

/// One document of a file. Problems that leave the document unreadable return `Err`; problems
/// in single sentences go to `problems` and the remaining sentences are still checked.
pub(super) fn document_from_wire(
    d: DocumentV1,
    codebook: &Codebook,
    where_: &str,
    problems: &mut Vec<ImportError>,
) -> Result<AnnotatedDocument, ImportError> {
    if d.id.trim().is_empty() {
        return Err(ImportError::new(
            K::Malformed,
            format!("{where_}: the id is blank"),
        ));
    }
    let text = d.text.as_str();
    let len = char_count(text);

    let participants: Vec<Participant> = d
        .participants
        .into_iter()
        .map(|p| Participant {
            id: p.id,
            name: p.name,
            title: p.title,
            country: p.country,
        })
        .collect();
    if let Err(problem) = validate::check_participants(&participants) {
        let what = match problem.place {
            Place::Participant(i) => format!("{where_}, participant {}", i + 1),
            _ => where_.to_owned(),
        };
        return Err(ImportError::in_file(&what, &problem));
    }

    // Every range in code points, checked against the length, before one conversion pass.
    let front_matter = d.front_matter.unwrap_or_default();
    let mut previous_end = 0;
    for (i, f) in front_matter.iter().enumerate() {
        let what = format!("{where_}, front-matter line {}", i + 1);
        check_range(f.start, f.end, len, &what)?;
        if f.start < previous_end {
            return Err(ImportError::new(
                K::Overlap,
                format!("{what} overlaps the line before it or is out of order"),
            ));
        }
        previous_end = f.end;
    }
    // Sentences with impossible offsets are reported here and skipped below.
    let mut out_of_range = vec![false; d.sentences.len()];
    for (i, s) in d.sentences.iter().enumerate() {
        if let Err(e) = check_range(s.start, s.end, len, &sentence_where(where_, i, s)) {
            problems.push(e);
            out_of_range[i] = true;
        }
    }
    let paragraphs = match d.paragraphs {
        Some(p) => p,
        None => paragraphs_from_sentences(&d.sentences, where_)?,
    };
    let mut previous_end = 0;
    for (i, p) in paragraphs.iter().enumerate() {
        let what = format!("{where_}, paragraph {}", i + 1);
        check_range(p.start, p.end, len, &what)?;
        if p.start < previous_end {
            return Err(ImportError::new(
                K::Overlap,
                format!("{what} overlaps the paragraph before it or is out of order"),
            ));
        }
        previous_end = p.end;
        if let Some(n) = p.number {
            check_range(n.start, n.end, len, &format!("{what}, number"))?;
            if n.start < p.start || n.end > p.end {
                return Err(ImportError::new(
                    K::Malformed,
                    format!("{what}: its number lies outside the paragraph"),
                ));
            }
        }
    }

    let mut chars = Vec::with_capacity(2 * (d.sentences.len() + paragraphs.len()) + 8);
    for s in &d.sentences {
        chars.extend([s.start, s.end]);
    }
    for p in &paragraphs {
        chars.extend([p.start, p.end]);
        if let Some(n) = p.number {
            chars.extend([n.start, n.end]);
        }
    }
    for f in &front_matter {
        chars.extend([f.start, f.end]);
    }
    let table = PositionTable::from_chars(text, chars);
    let pos = |c: usize| {
        table
            .at_char(c)
            .expect("every offset was checked against the length and put in the table")
    };
    let bytes = |start: usize, end: usize| Span::new(pos(start).byte, pos(end).byte);

    let model_paragraphs: Vec<Paragraph> = paragraphs
        .iter()
        .map(|p| Paragraph {
            span: bytes(p.start, p.end),
            number: p.number.map(|n| bytes(n.start, n.end)),
        })
        .collect();

    let mut ids = HashSet::with_capacity(d.sentences.len());
    let mut sentences = Vec::with_capacity(d.sentences.len());
    let mut previous: Option<(usize, &SentenceV1)> = None;
    // A problem in one sentence is recorded and the next sentence checked.
    macro_rules! bail {
        ($e:expr) => {{
            problems.push($e);
            continue;
        }};
    }
    for (i, s) in d.sentences.iter().enumerate() {
        if out_of_range[i] {
            continue;
        }
        let what = sentence_where(where_, i, s);
        if let Err(e) = limits::check_sentence_chars(s.end - s.start) {
            bail!(ImportError::new(K::TooLarge, format!("{what}: {e}")));
        }
        if let Err(e) = limits::check_note(&s.note) {
            bail!(ImportError::new(K::TooLarge, format!("{what}: {e}")));
        }
        if s.start == s.end {
            bail!(ImportError::new(
                K::Malformed,
                format!("{what}: the sentence is empty (start = end = {})", s.start),
            ));
        }
        if !ids.insert(s.id) {
            bail!(ImportError::new(
                K::DuplicateId,
                format!("{what}: id {} is used by an earlier sentence", s.id),
            ));
        }
        if let Some((j, p)) = previous {
            if s.start < p.end {
                bail!(ImportError::new(
                    K::Overlap,
                    format!(
                        "{what} overlaps sentence {} (id {}) or is out of order",
                        j + 1,
                        p.id
                    ),
                ));
            }
            if s.paragraph < p.paragraph {
                bail!(ImportError::new(
                    K::Malformed,
                    format!(
                        "{what}: paragraph {} comes after paragraph {} of the sentence before",
                        s.paragraph, p.paragraph
                    ),
                ));
            }
        }
        previous = Some((i, s));
        let Some(para) = paragraphs.get(s.paragraph) else {
            bail!(ImportError::new(
                K::Malformed,
                format!(
                    "{what}: paragraph {} does not exist ({} paragraphs)",
                    s.paragraph,
                    paragraphs.len()
                ),
            ));
        };
        if s.start < para.start || s.end > para.end {
            bail!(ImportError::new(
                K::Malformed,
                format!(
                    "{what}: [{}, {}) lies outside its paragraph [{}, {})",
                    s.start, s.end, para.start, para.end
                ),
            ));
        }
        let (start, end) = (pos(s.start), pos(s.end));
        if s.start_utf16.is_some_and(|u| u != start.utf16)
            || s.end_utf16.is_some_and(|u| u != end.utf16)
        {
            bail!(ImportError::new(
                K::TextMismatch,
                format!(
                    "{what}: start_utf16/end_utf16 ({}, {}) do not match start/end (expected {}, {})",
                    opt(s.start_utf16),
                    opt(s.end_utf16),
                    start.utf16,
                    end.utf16
                ),
            ));
        }
        let span = Span::new(start.byte, end.byte);
        if span.slice(text) != s.text {
            bail!(ImportError::new(
                K::TextMismatch,
                format!(
                    "{what}: text does not match text[{}:{}] of the document",
                    s.start, s.end
                ),
            ));
        }
        let place = Place::Sentence(SentenceId(s.id));
        if let Err(problem) = validate::check_themes(codebook, &s.themes, &place) {
            bail!(ImportError::in_file(&what, &problem));
        }
        let speaker = Speaker::from_wire_id(s.speaker.as_deref());
        if let Err(problem) = validate::check_speaker(&participants, &speaker, &place) {
            bail!(ImportError::in_file(&what, &problem));
        }
        sentences.push(Rc::new(Sentence {
            id: SentenceId(s.id),
            paragraph: s.paragraph,
            span,
            speaker,
            themes: s.themes.clone(),
            note: s.note.clone(),
        }));
    }

    let front_matter = front_matter
        .iter()
        .map(|f| FrontMatterLine {
            span: bytes(f.start, f.end),
            kind: FrontMatterKind::from(f.kind),
        })
        .collect();
    let document = AnnotatedDocument {
        id: d.id,
        text: Rc::from(text),
        title: d.title.unwrap_or_default(),
        date: d.date,
        date_text: d.date_text,
        event: EventKind::from(d.event),
        participants,
        front_matter,
        paragraphs: model_paragraphs,
        sentences,
    };
    // What the file's own checks above let through must still be a document the editor can
    // work on: the model's rules have the last word, as for every other way in.
    if problems.is_empty() {
        check_document(&document, codebook)
            .map_err(|problem| ImportError::from_problem(where_, &problem))?;
    }
    Ok(document)
}

fn sentence_where(doc: &str, index: usize, s: &SentenceV1) -> String {
    format!("{doc}, sentence {} (id {})", index + 1, s.id)
}

fn opt(v: Option<usize>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// Paragraphs for a file that has none: each covers its sentences; an index no sentence uses
/// gets an empty paragraph where the previous one ended.
///
/// The paragraphs are then made from the sentences alone, so there cannot be more of them
/// than sentences that give them their spans: an index from the number of sentences on is
/// refused before anything is allocated from it, and the list made is never longer than the
/// file's own list of sentences.
fn paragraphs_from_sentences(
    sentences: &[SentenceV1],
    where_: &str,
) -> Result<Vec<ParagraphV1>, ImportError> {
    if let Some((i, s)) = sentences
        .iter()
        .enumerate()
        .find(|(_, s)| s.paragraph >= sentences.len())
    {
        let n = sentences.len();
        return Err(ImportError::new(
            K::Malformed,
            format!(
                "{}: paragraph {} is out of range: without a \"paragraphs\" list, a \
                 paragraph index must be below the document's {n} sentence{}",
                sentence_where(where_, i, s),
                s.paragraph,
                if n == 1 { "" } else { "s" }
            ),
        ));
    }
    let count = sentences.iter().map(|s| s.paragraph + 1).max().unwrap_or(0);
    let mut covered: Vec<Option<(usize, usize)>> = vec![None; count];
    for s in sentences {
        let c = &mut covered[s.paragraph];
        *c = Some(match *c {
            Some((start, end)) => (start.min(s.start), end.max(s.end)),
            None => (s.start, s.end),
        });
    }
    let mut out: Vec<ParagraphV1> = Vec::with_capacity(count);
    for c in covered {
        let previous_end = out.last().map_or(0, |p| p.end);
        let (start, end) = c.unwrap_or((previous_end, previous_end));
        out.push(ParagraphV1 {
            start,
            end,
            number: None,
        });
    }
    Ok(out)
}

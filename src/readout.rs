//! Parsing a readout: normalise, front matter, paragraphs, sentences, participants, speakers.
//!
//! [`parse`] is a pure, deterministic function from the pasted text to a [`Document`]. Every
//! offset is a byte offset into the original text and lies on a `char` boundary; every byte of
//! the input belongs to exactly one front-matter line or one paragraph, so nothing the user
//! pasted is ever dropped.

// The parser is the contract between the page, the CLI and the tests: document all of it.
#![warn(missing_docs)]

mod dateline;
mod dates;
pub mod encoding;
pub mod eval;
mod event;
mod front_matter;
pub mod html;
pub mod lang;
mod lexicon;
mod model;
mod normalise;
mod paragraphs;
mod participants;
mod sentences;
mod speakers;

pub use model::{
    Document, EventKind, FrontMatterKind, FrontMatterLine, Paragraph, ParsedSentence, Participant,
    Span, Speaker,
};

use normalise::{is_blank, is_cjk, trim, Line};

/// How much of the opening narration is read for participants, date and event: enough for
/// the first two sentences of any readout, and a bound on the work for huge pastes.
const OPENING_BYTES: usize = 1200;

/// Splits `text` into sentences the way [`parse`] splits a body, without looking for front
/// matter: paragraphs first (blank lines, one per line, hard wraps joined), then sentences.
/// List numbers stay in their sentence, as other splitters keep them. Spans are trimmed.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let lines = normalise::lines(text);
    let body: Vec<bool> = lines
        .iter()
        .map(|l| !is_blank(text, l.start, l.content_end))
        .collect();
    let mut out = Vec::new();
    for g in paragraphs::group(text, &lines, &body) {
        let (s, e) = trim(text, lines[g.first].start, lines[g.last].content_end);
        sentences::split_range(text, s, e, None, &mut out);
    }
    out
}

/// Parses a pasted readout into title, date, event, participants, front matter and body
/// paragraphs of sentences with their speakers. Never panics; the front-matter lines and
/// paragraphs tile the input in order.
pub fn parse(text: &str) -> Document {
    let lines = normalise::lines(text);
    let kinds = front_matter::detect(text, &lines);
    let body: Vec<bool> = lines
        .iter()
        .zip(&kinds)
        .map(|(l, k)| k.is_none() && !is_blank(text, l.start, l.content_end))
        .collect();
    let groups = paragraphs::group(text, &lines, &body);

    let mut doc = Document::default();
    layout(text, &lines, &kinds, &groups, &mut doc);

    doc.title = lines
        .iter()
        .zip(&kinds)
        .find(|(_, k)| **k == Some(FrontMatterKind::Title))
        .map(|(l, _)| {
            let (s, e) = trim(text, l.start, l.content_end);
            Span::new(s, e)
        });

    let opening = opening_span(text, &doc);
    let title_text = doc.title.map_or("", |t| t.slice(text));
    let opening_text = opening.slice(text);

    let mut people = Vec::new();
    for span in doc.title.iter().chain(std::iter::once(&opening)) {
        let seg = span.slice(text);
        if seg.chars().filter(|&c| is_cjk(c)).count() >= 4 {
            people.extend(participants::find_cjk(text, span.start, span.end));
        } else {
            people.extend(participants::find_latin(text, span.start, span.end));
        }
    }
    let mut people = participants::merge(people);

    assign_speakers(text, &mut doc, &mut people);

    doc.participants = people
        .into_iter()
        .enumerate()
        .map(|(i, p)| Participant {
            id: format!("p{}", i + 1),
            name: p.name,
            title: p.title,
            country: p.country,
        })
        .collect();

    doc.event = event::detect(title_text, opening_text);
    let date_lines: Vec<&str> = doc
        .front_matter
        .iter()
        .filter(|f| f.kind == FrontMatterKind::Date)
        .map(|f| f.span.slice(text))
        .collect();
    let (date, date_text) = pick_date(title_text, opening_text, &date_lines);
    doc.date = date;
    doc.date_text = date_text;
    doc
}

/// Builds the front-matter lines and paragraphs so that they tile the text: blank lines join
/// the item before them (or the first item, at the very start).
fn layout(
    text: &str,
    lines: &[Line],
    kinds: &[Option<FrontMatterKind>],
    groups: &[paragraphs::LineGroup],
    doc: &mut Document,
) {
    enum Item {
        Front(FrontMatterLine),
        Para(Paragraph, usize),
    }
    let mut items: Vec<Item> = Vec::new();
    let mut pending_start: Option<usize> = None;
    let mut gi = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if let Some(kind) = kinds[i] {
            items.push(Item::Front(FrontMatterLine {
                span: Span::new(line.start, line.end),
                kind,
            }));
            i += 1;
        } else if gi < groups.len() && groups[gi].first == i {
            let g = groups[gi];
            gi += 1;
            let span = Span::new(line.start, lines[g.last].end);
            items.push(Item::Para(
                Paragraph {
                    span,
                    number: None,
                    sentences: Vec::new(),
                },
                lines[g.last].content_end,
            ));
            i = g.last + 1;
        } else {
            match items.last_mut() {
                Some(Item::Front(f)) => f.span.end = line.end,
                Some(Item::Para(p, _)) => p.span.end = line.end,
                None => {
                    pending_start.get_or_insert(line.start);
                }
            }
            i += 1;
        }
    }
    if let Some(start) = pending_start {
        match items.first_mut() {
            Some(Item::Front(f)) => f.span.start = start,
            Some(Item::Para(p, _)) => p.span.start = start,
            None => items.push(Item::Para(
                Paragraph {
                    span: Span::new(start, text.len()),
                    number: None,
                    sentences: Vec::new(),
                },
                start,
            )),
        }
    }
    let mut first_paragraph = true;
    for item in items {
        match item {
            Item::Front(f) => doc.front_matter.push(f),
            Item::Para(mut p, content_end) => {
                let (mut s, e) = trim(text, p.span.start, content_end.max(p.span.start));
                if std::mem::take(&mut first_paragraph) {
                    // A news agency's dateline opening the body is not a sentence.
                    s = dateline::dateline_end(text, s, e).unwrap_or(s);
                }
                let mut from = s;
                let mut marker = None;
                if let Some((mend, m)) = paragraphs::paragraph_number(text, s, e) {
                    p.number = Some(Span::new(s, mend));
                    from = mend;
                    marker = m;
                }
                let mut spans = Vec::new();
                sentences::split_range(text, from, e, marker, &mut spans);
                p.sentences = spans
                    .into_iter()
                    .map(|span| ParsedSentence {
                        span,
                        speaker: Speaker::Narration,
                    })
                    .collect();
                doc.paragraphs.push(p);
            }
        }
    }
}

/// The first two sentences of the first paragraph that has any, with any dateline before
/// them, cut to [`OPENING_BYTES`].
fn opening_span(text: &str, doc: &Document) -> Span {
    let Some(p) = doc.paragraphs.iter().find(|p| !p.sentences.is_empty()) else {
        return Span::new(0, 0);
    };
    // From the paragraph's start: a dateline kept out of the sentences still dates the call.
    let first = p.sentences[0].span.start;
    let start = trim(text, p.span.start.min(first), first).0.min(first);
    let mut end = p
        .sentences
        .iter()
        .take(2)
        .map(|s| s.span.end)
        .max()
        .unwrap_or(start);
    end = end.min(start + OPENING_BYTES);
    while end > start && !text.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(start, end)
}

/// Speakers for every sentence: continuation within a paragraph, a reset to narration at
/// each new paragraph.
fn assign_speakers(text: &str, doc: &mut Document, people: &mut [participants::Person]) {
    let mut tracker = speakers::Tracker::default();
    let mut scratch = Vec::new();
    for p in &mut doc.paragraphs {
        let mut current = Speaker::Narration;
        for s in &mut p.sentences {
            match speakers::analyse(
                text,
                s.span.start,
                s.span.end,
                people,
                &tracker,
                &mut scratch,
            ) {
                Some(speakers::Subject::Says(i)) => {
                    current = Speaker::Participant(format!("p{}", i + 1));
                    tracker.last_person = Some(i);
                }
                Some(speakers::Subject::Event(i)) => {
                    current = Speaker::Narration;
                    tracker.last_person = Some(i);
                }
                Some(speakers::Subject::Both) => current = Speaker::Both,
                None => {}
            }
            s.speaker = current.clone();
        }
    }
}

/// The readout's date: a full date in the opening narration, else in the title; then a day
/// and month from the narration with the year of a page stamp (a date line); then a full date
/// line; otherwise the literal words only.
fn pick_date(title: &str, opening: &str, date_lines: &[&str]) -> (Option<String>, Option<String>) {
    let literal = |s: &str, m: &dates::DateMatch| s[m.start..m.end].to_string();
    let in_opening = dates::find(opening);
    let in_title = dates::find(title);
    for (s, m) in [(opening, &in_opening), (title, &in_title)] {
        if let Some(m) = m.as_ref().filter(|m| m.iso().is_some()) {
            return (m.iso(), Some(literal(s, m)));
        }
    }
    let stamp = date_lines.iter().find_map(|s| {
        dates::find(s)
            .filter(|m| m.iso().is_some())
            .map(|m| (*s, m))
    });
    if let (Some(m), Some((_, f))) = (in_opening.as_ref(), stamp.as_ref()) {
        if let (Some(month), Some(fy), Some(fm)) = (m.month, f.year, f.month) {
            let year = if (month, m.day) <= (fm, f.day) {
                fy
            } else {
                fy - 1
            };
            return (
                Some(format!("{year:04}-{month:02}-{:02}", m.day)),
                Some(literal(opening, m)),
            );
        }
    }
    if let Some((s, f)) = stamp {
        return (f.iso(), Some(literal(s, &f)));
    }
    if let Some(m) = in_opening.as_ref() {
        return (None, Some(literal(opening, m)));
    }
    if let Some(m) = in_title.as_ref() {
        return (None, Some(literal(title, m)));
    }
    let relative = dates::find_relative(opening).map(|(a, b)| opening[a..b].to_string());
    (None, relative)
}

//! Parsing a readout: normalise, front matter, paragraphs, sentences, participants, speakers.
//!
//! [`parse`] is a pure, deterministic function from the pasted text to a [`Document`]. Every
//! offset is a byte offset into the original text and lies on a `char` boundary; every byte of
//! the input belongs to exactly one front-matter line or one paragraph, so nothing the user
//! pasted is ever dropped.

// The parser is the contract between the page, the CLI and the tests: document all of it.
#![warn(missing_docs)]

mod attribution;
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
mod people;
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

    doc.title = front_matter::title_span(text, &lines, &kinds);

    let opening = opening_span(text, &doc);
    let title_text = doc.title.map_or("", |t| t.slice(text));

    let language = lang::detect(text);
    let mut people = Vec::new();
    for span in doc.title.iter().chain(std::iter::once(&opening)) {
        people.extend(find_people(text, *span, language));
    }
    // Every token's lower-case form, at the token's own offsets.
    let lowered = normalise::lowered(text);
    for span in participation_sentences(text, &lowered, &doc, opening, language) {
        people.extend(find_people(text, span, language));
    }
    let mut people = participants::merge(people);
    name_offices_from_bylines(text, &doc.front_matter, &mut people);

    assign_speakers(text, &lowered, language, &mut doc, &mut people);

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

    let mut pieces = vec![title_text];
    pieces.extend(body_sentences(
        text,
        &doc.paragraphs,
        EVENT_SENTENCES,
        OPENING_BYTES,
    ));
    doc.event = event::detect(language, &pieces);
    let first_body = doc.paragraphs.first().map_or(text.len(), |p| p.span.start);
    // Page stamps: any line above the body that carries a date (a date line, or a publisher
    // line ending in one), then date lines below it.
    let stamps: Vec<&str> = doc
        .front_matter
        .iter()
        .filter(|f| {
            (f.span.start < first_body && f.kind != FrontMatterKind::Title)
                || f.kind == FrontMatterKind::Date
        })
        .map(|f| f.span.slice(text))
        .collect();
    let first_paragraphs = &doc.paragraphs[..doc.paragraphs.len().min(3)];
    let date_sentences = body_sentences(text, first_paragraphs, DATE_SENTENCES, usize::MAX);
    let (date, date_text) =
        dates::conversation_date(language, title_text, &date_sentences, &stamps);
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

/// How many of the body's first sentences are searched for the date of the conversation.
const DATE_SENTENCES: usize = 8;

/// How many of the body's first sentences are read for the kind of exchange when the title
/// does not name it.
const EVENT_SENTENCES: usize = 3;

/// The text of the first `n` sentences of `paragraphs`, each cut to `cut` bytes. A
/// paragraph's first sentence starts at the paragraph, so that a dateline kept out of the
/// sentences ("SINGAPORE, May 24 --") still dates the call and names its kind.
fn body_sentences<'a>(
    text: &'a str,
    paragraphs: &[Paragraph],
    n: usize,
    cut: usize,
) -> Vec<&'a str> {
    paragraphs
        .iter()
        .flat_map(|p| {
            p.sentences.iter().enumerate().map(move |(i, s)| {
                let start = if i == 0 {
                    with_dateline(text, p)
                } else {
                    s.span.start
                };
                (start, s.span.end)
            })
        })
        .take(n)
        .map(|(start, end)| {
            let mut end = end.min(start.saturating_add(cut));
            while end > start && !text.is_char_boundary(end) {
                end -= 1;
            }
            &text[start..end]
        })
        .collect()
}

/// Where a paragraph's first sentence starts once the text before it in the paragraph (a
/// dateline the splitter kept out of the sentence) is counted in, white space trimmed.
fn with_dateline(text: &str, p: &Paragraph) -> usize {
    let first = p.sentences[0].span.start;
    trim(text, p.span.start.min(first), first).0.min(first)
}

/// The first two sentences of the first paragraph that has any, with any dateline before
/// them, cut to [`OPENING_BYTES`].
fn opening_span(text: &str, doc: &Document) -> Span {
    let Some(p) = doc.paragraphs.iter().find(|p| !p.sentences.is_empty()) else {
        return Span::new(0, 0);
    };
    // From the paragraph's start: a dateline kept out of the sentences still dates the call.
    let start = with_dateline(text, p);
    // The first two body sentences, across a paragraph break: a dateline paragraph of one
    // sentence is often followed by the one that names the others ("Lee made telephone calls
    // to …").
    let mut end = doc
        .paragraphs
        .iter()
        .flat_map(|p| &p.sentences)
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

/// The people named in `span`: by the language's own offices and word order, with the
/// English-style reading of capitalised names for the Latin and Cyrillic scripts besides; by
/// Chinese titles in Han text.
fn find_people(text: &str, span: Span, language: lang::Language) -> Vec<participants::Person> {
    let seg = span.slice(text);
    let han = seg.chars().filter(|&c| is_cjk(c)).count() >= 4;
    match language {
        lang::Language::En | lang::Language::Other if han => {
            participants::find_cjk(text, span.start, span.end)
        }
        lang::Language::En | lang::Language::Other => {
            participants::find_latin(text, span.start, span.end)
        }
        lang::Language::Zh => participants::find_cjk(text, span.start, span.end),
        _ => {
            let words = lang::people::words(language);
            let mut found = people::find(text, span.start, span.end, language, words);
            if !han {
                for p in participants::find_latin(text, span.start, span.end) {
                    if !found
                        .iter()
                        .any(|q| p.aliases.iter().any(|a| q.is_called(a)))
                    {
                        found.push(p);
                    }
                }
            }
            found
        }
    }
}

/// Body sentences after the opening that say who took part ("Participants in the call
/// included Prime Minister Justin Trudeau of Canada, …"), by the language's words for it.
fn participation_sentences(
    text: &str,
    lowered: &str,
    doc: &Document,
    opening: Span,
    language: lang::Language,
) -> Vec<Span> {
    let words = lang::people::words(language);
    if words.participation.is_empty() {
        return Vec::new();
    }
    doc.paragraphs
        .iter()
        // Most paragraphs hold none of the words: one search passes over them.
        .filter(|p| words.participation.may_occur_in(p.span.slice(lowered)))
        .flat_map(|p| &p.sentences)
        .filter(|s| s.span.start >= opening.end)
        .filter(|s| words.participation.occurs_in_text(s.span.slice(text)))
        .map(|s| s.span)
        .collect()
}

/// A participant known only by office ("the Secretary-General") takes the name a line of the
/// page's front matter gives that office: "Secretary-General Ban Ki-moon", "Ban Ki-Moon,
/// Former Secretary-General".
fn name_offices_from_bylines(
    text: &str,
    front_matter: &[FrontMatterLine],
    people: &mut [participants::Person],
) {
    for line in front_matter {
        let span = line.span;
        for named in participants::find_latin(text, span.start, span.end) {
            let office = named.title.to_lowercase();
            // A line naming someone already taking part names no one new ("PM call with
            // Canadian Prime Minister Trudeau").
            let known = people
                .iter()
                .any(|p| named.aliases.iter().any(|a| p.is_called(a)));
            if office.is_empty() || known {
                continue;
            }
            if let Some(i) = participants::only_unnamed_holder(people, &office) {
                people[i].name = named.name.clone();
                people[i].aliases = named.aliases.clone();
            }
        }
    }
}

/// Speakers for every sentence: continuation within a paragraph, a reset to narration at
/// each new paragraph.
fn assign_speakers(
    text: &str,
    lowered: &str,
    language: lang::Language,
    doc: &mut Document,
    people: &mut [participants::Person],
) {
    let mut tracker = speakers::Tracker::default();
    let mut scratch = Vec::new();
    let mut opening = participants::Opening::default();
    let mut words = speakers::WordFacts::default();
    let own_rules = !matches!(
        language,
        lang::Language::En | lang::Language::Other | lang::Language::Zh
    );
    let english_rules = matches!(language, lang::Language::En | lang::Language::Other);
    for p in &mut doc.paragraphs {
        let mut current = Speaker::Narration;
        for n in 0..p.sentences.len() {
            let span = p.sentences[n].span;
            tracker.speaking = matches!(current, Speaker::Participant(_));
            let mut subject = if own_rules {
                attribution::analyse(
                    text,
                    span.start,
                    span.end,
                    language,
                    people,
                    &tracker,
                    &mut scratch,
                )
            } else {
                opening.read(text, lowered, span.start, span.end);
                speakers::analyse(
                    text, span.start, span.end, &opening, people, &tracker, &mut words,
                )
            };
            if subject.is_none()
                && english_rules
                && !tracker.speaking
                && attribution::names_both(&opening, language)
            {
                // Joint subjects and agentless accounts past the subject positions: "The Quad
                // leaders discussed", "… were also discussed".
                subject = Some(speakers::Subject::Both);
            }
            if english_rules {
                if let Some(i) = speakers::closing_attribution(
                    text,
                    span,
                    &opening,
                    people,
                    &tracker,
                    &mut words,
                    &mut scratch,
                ) {
                    subject = Some(speakers::Subject::Says(i));
                    let own_quotation = span.slice(text).trim_start().starts_with(['“', '"', '‘']);
                    if !own_quotation {
                        let speaker = Speaker::Participant(format!("p{}", i + 1));
                        attribute_quotation(text, &mut p.sentences[..n], &speaker);
                    }
                }
            }
            match subject {
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
            p.sentences[n].speaker = current.clone();
        }
    }
}

/// A quotation attributed at its end ("“… . … ,” the President said.") is the speaker's
/// from its opening mark: the sentences before the attributing one, back to the one that
/// opens the quotation, get `speaker`. Nothing changes when no earlier sentence of the
/// paragraph opens one, or the attributing sentence opens its own.
fn attribute_quotation(text: &str, before: &mut [ParsedSentence], speaker: &Speaker) {
    let opens = |s: &ParsedSentence| s.span.slice(text).trim_start().starts_with(['“', '"', '‘']);
    let closes = |s: &ParsedSentence| {
        let t = s.span.slice(text).trim_end();
        t.ends_with(['”', '"', '’']) || t.contains(['”'])
    };
    let Some(first) = before.iter().rposition(|s| opens(s) || closes(s)) else {
        return;
    };
    if !opens(&before[first]) || before[first..].iter().any(closes) {
        return;
    }
    for s in &mut before[first..] {
        s.speaker = speaker.clone();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(String, String)> {
        parse(text)
            .participants
            .into_iter()
            .map(|p| (p.name, p.title))
            .collect()
    }

    /// A heading that names the other side gives its name to no one else; a byline naming
    /// the one known only by office does.
    #[test]
    fn bylines_name_only_the_unnamed() {
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        let got = names(
            "PM call with Canadian Prime Minister Trudeau\n\n\
             The Prime Minister called Prime Minister Trudeau of Canada earlier today.\n",
        );
        assert!(
            got.contains(&pair("Prime Minister", "Prime Minister")),
            "{got:?}"
        );
        assert_eq!(
            got.iter().filter(|(n, _)| n == "Trudeau").count(),
            1,
            "{got:?}"
        );
        let got = names(
            "Secretary-General Ban Ki-moon\n\nReadout of the call\n\n\
             The Secretary-General spoke with President Obama today.\n",
        );
        assert!(
            got.contains(&pair("Ban Ki-moon", "Secretary-General")),
            "{got:?}"
        );
    }
}

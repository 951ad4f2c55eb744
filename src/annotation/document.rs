//! An annotated document: the pasted text, what the parser found in it, and the user's labels.

use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::codebook::Codebook;
use crate::fnv;
use crate::readout::{self, EventKind, FrontMatterLine, Participant, Span, Speaker};

/// A sentence's identifier, unique within its document and stable across edits and exports
/// (it is `data-sentence-id` on the page and `id` in the JSON). A type of its own, so that a
/// sentence's id and its position in [`AnnotatedDocument::sentences`] cannot be mixed up.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct SentenceId(pub u32);

impl SentenceId {
    /// The largest id.
    pub const MAX: SentenceId = SentenceId(u32::MAX);

    /// The id after this one; `None` after [`Self::MAX`].
    pub fn next(self) -> Option<SentenceId> {
        self.0.checked_add(1).map(SentenceId)
    }
}

impl From<u32> for SentenceId {
    fn from(id: u32) -> Self {
        SentenceId(id)
    }
}

impl fmt::Display for SentenceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// One body sentence and its annotations.
///
/// Sentences are shared (`Rc<Sentence>`) between successive workspace states so that an edit
/// copies only the sentences it changes and the page re-renders only those rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Unique within the document.
    pub id: SentenceId,
    /// Index into [`AnnotatedDocument::paragraphs`].
    pub paragraph: usize,
    /// Byte range in [`AnnotatedDocument::text`], on `char` boundaries, trimmed, non-empty.
    pub span: Span,
    /// Whose words these are.
    pub speaker: Speaker,
    /// Theme ids, in the order they were applied, without duplicates.
    pub themes: Vec<String>,
    /// The coder's free-text note; empty when none.
    pub note: String,
}

impl Sentence {
    /// The sentence's text, sliced from its document's text.
    pub fn text<'t>(&self, doc_text: &'t str) -> &'t str {
        self.span.slice(doc_text)
    }

    /// True when the sentence carries the theme.
    pub fn has_theme(&self, theme: &str) -> bool {
        self.themes.iter().any(|t| t == theme)
    }

    /// True when the sentence carries at least one theme.
    pub fn is_labelled(&self) -> bool {
        !self.themes.is_empty()
    }
}

/// A body paragraph. Its sentences are the document's sentences whose `paragraph` is its index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The whole paragraph in bytes, including trailing line breaks.
    pub span: Span,
    /// A list number ("1.", "(2)") kept out of the first sentence, if any.
    pub number: Option<Span>,
}

/// A readout being annotated.
///
/// Everything the user can fix (title, date, event, participants, sentence boundaries and
/// speakers) is a plain field here, seeded from the parser and changed only through
/// [`crate::annotation::Edit`]s so that every change can be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnotatedDocument {
    /// Stable id derived from the text ([`document_id`]), unique in a workspace.
    pub id: String,
    /// The whole text exactly as pasted (CRLF, NBSP and all); all spans index into it.
    pub text: Rc<str>,
    /// The title; empty when the readout has none.
    pub title: String,
    /// ISO date (`YYYY-MM-DD`) when known.
    pub date: Option<String>,
    /// The literal date words ("the evening of 27th"), when any.
    pub date_text: Option<String>,
    /// What kind of exchange it was.
    pub event: EventKind,
    /// People taking part; ids are unique and never `"both"`.
    pub participants: Vec<Participant>,
    /// Lines outside the body (title, date line, publisher, page noise), in order.
    pub front_matter: Vec<FrontMatterLine>,
    /// Body paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Body sentences in text order; spans do not overlap and lie inside their paragraph.
    pub sentences: Vec<Rc<Sentence>>,
}

/// How a speaker is shown and exported: the participant's name ("Xi Jinping"), "Both sides"
/// or "Narration"; an id no participant has stays as it is.
pub fn speaker_label(participants: &[Participant], speaker: &Speaker) -> String {
    match speaker {
        Speaker::Narration => "Narration".to_string(),
        Speaker::Both => "Both sides".to_string(),
        Speaker::Participant(id) => participants
            .iter()
            .find(|p| p.id == *id)
            .map_or_else(|| id.clone(), |p| p.name.clone()),
    }
}

/// The byte offset in `text` of its `units`-th UTF-16 code unit, as the browser counts caret
/// and selection positions. `None` past the end or inside a surrogate pair.
pub fn byte_at_utf16(text: &str, units: usize) -> Option<usize> {
    let mut count = 0;
    for (i, c) in text.char_indices() {
        if count == units {
            return Some(i);
        }
        if count > units {
            return None;
        }
        count += c.len_utf16();
    }
    (count == units).then_some(text.len())
}

/// The document id of a text: its FNV-1a 64-bit hash (see [`crate::fnv`]) in 16 lowercase hex
/// digits, the same on every platform and version.
pub fn document_id(text: &str) -> String {
    format!("{:016x}", fnv::extend(fnv::OFFSET, text.bytes()))
}

impl AnnotatedDocument {
    /// Parses `text` and wraps the result for annotation.
    pub fn parse(text: &str) -> Self {
        Self::from_parsed(text, &readout::parse(text))
    }

    /// Parses a text the caller already shares, without copying it: the CLI's 100 MB inputs
    /// must not be held twice.
    pub fn parse_shared(text: Rc<str>) -> Self {
        let parsed = readout::parse(&text);
        Self::from_parsed_shared(text, &parsed)
    }

    /// Wraps a parse of `text` for annotation. Sentence ids are numbered from 1 in text order;
    /// nothing is labelled.
    pub fn from_parsed(text: &str, parsed: &readout::Document) -> Self {
        Self::from_parsed_shared(Rc::from(text), parsed)
    }

    /// [`Self::from_parsed`] for a text already in an `Rc`, which the document then shares.
    pub fn from_parsed_shared(shared: Rc<str>, parsed: &readout::Document) -> Self {
        let text: &str = &shared;
        let title = parsed
            .title
            .map(|s| s.slice(text).trim().to_string())
            .unwrap_or_default();
        let paragraphs = parsed
            .paragraphs
            .iter()
            .map(|p| Paragraph {
                span: p.span,
                number: p.number,
            })
            .collect();
        let mut next_id = SentenceId(1);
        let mut sentences = Vec::new();
        for (index, p) in parsed.paragraphs.iter().enumerate() {
            // A sentence that broke the parser's own promises (empty, cutting a character,
            // outside its paragraph) is left out rather than kept, so that every document can
            // be saved and loaded again; its text is still in the paragraph.
            let valid = |s: &&readout::ParsedSentence| {
                s.span.start < s.span.end
                    && text.get(s.span.start..s.span.end).is_some()
                    && p.span.start <= s.span.start
                    && s.span.end <= p.span.end
            };
            for s in p.sentences.iter().filter(valid) {
                sentences.push(Rc::new(Sentence {
                    id: next_id,
                    paragraph: index,
                    span: s.span,
                    speaker: s.speaker.clone(),
                    themes: Vec::new(),
                    note: String::new(),
                }));
                next_id = SentenceId(next_id.0.saturating_add(1));
            }
        }
        Self {
            id: document_id(text),
            text: Rc::clone(&shared),
            title,
            date: parsed.date.clone(),
            date_text: parsed.date_text.clone(),
            event: parsed.event,
            participants: parsed.participants.clone(),
            front_matter: parsed.front_matter.clone(),
            paragraphs,
            sentences,
        }
    }

    /// A sentence's text.
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        sentence.span.slice(&self.text)
    }

    /// Position of the sentence with this id in [`Self::sentences`].
    pub fn sentence_index(&self, id: SentenceId) -> Option<usize> {
        self.sentences.iter().position(|s| s.id == id)
    }

    /// The sentence with this id.
    pub fn sentence(&self, id: SentenceId) -> Option<&Rc<Sentence>> {
        self.sentences.iter().find(|s| s.id == id)
    }

    /// The sentences of one paragraph, in order (a contiguous run of [`Self::sentences`]).
    pub fn paragraph_sentences(&self, paragraph: usize) -> &[Rc<Sentence>] {
        let start = self.sentences.partition_point(|s| s.paragraph < paragraph);
        let end = self.sentences.partition_point(|s| s.paragraph <= paragraph);
        &self.sentences[start..end]
    }

    /// The id a new sentence (from a split) gets: one past the largest in use, or, when the
    /// largest is [`SentenceId::MAX`], the smallest id not in use. Never an id in use and
    /// never a wrapped one; `None` only when every id is taken.
    pub fn fresh_sentence_id(&self) -> Option<SentenceId> {
        let Some(largest) = self.sentences.iter().map(|s| s.id).max() else {
            return Some(SentenceId(0));
        };
        if let Some(next) = largest.next() {
            return Some(next);
        }
        let mut ids: Vec<SentenceId> = self.sentences.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        // The first place where the sorted ids skip a number; ids.len() <= 2^32 always.
        let gap = ids
            .iter()
            .zip(0..=u32::MAX)
            .find(|(id, expected)| id.0 != *expected)
            .map(|(_, expected)| SentenceId(expected));
        gap.or_else(|| u32::try_from(ids.len()).ok().map(SentenceId))
    }

    /// The participant with this id.
    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// An unused participant id (`"p3"` after `"p1"`, `"p2"`), for the "add participant" form.
    pub fn fresh_participant_id(&self) -> String {
        (1..)
            .map(|n| format!("p{n}"))
            .find(|id| self.participant(id).is_none())
            .expect("an unbounded range always yields an unused id")
    }

    /// A human name for a speaker: the participant's name, "Both sides" or "Narration".
    pub fn speaker_label(&self, speaker: &Speaker) -> String {
        speaker_label(&self.participants, speaker)
    }

    /// The byte offset in [`Self::text`] of the `chars`-th code point of a sentence, for
    /// turning a caret position into a split point. `None` when outside the sentence.
    pub fn byte_at_char(&self, sentence: SentenceId, chars: usize) -> Option<usize> {
        let s = self.sentence(sentence)?;
        let text = s.span.slice(&self.text);
        let offset = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .nth(chars)?;
        Some(s.span.start + offset)
    }

    /// Like [`Self::byte_at_char`] with the position counted in UTF-16 code units, as the
    /// browser's selection API reports it. `None` when outside the sentence or inside a
    /// surrogate pair.
    pub fn byte_at_utf16(&self, sentence: SentenceId, units: usize) -> Option<usize> {
        let s = self.sentence(sentence)?;
        byte_at_utf16(s.span.slice(&self.text), units).map(|at| s.span.start + at)
    }

    /// How many sentences each speaker has: every participant in order, then both sides, then
    /// narration (zero counts included, so the page can list them all).
    pub fn speaker_counts(&self) -> Vec<(Speaker, usize)> {
        let mut counts: Vec<(Speaker, usize)> = self
            .participants
            .iter()
            .map(|p| (Speaker::Participant(p.id.clone()), 0))
            .chain([(Speaker::Both, 0), (Speaker::Narration, 0)])
            .collect();
        for s in &self.sentences {
            if let Some(entry) = counts.iter_mut().find(|(sp, _)| *sp == s.speaker) {
                entry.1 += 1;
            }
        }
        counts
    }

    /// The name a list shows: the title; without one, who took part and when ("Joseph R.
    /// Biden, Jr. and Xi Jinping, 2021-02-10"); failing both, "Untitled readout".
    pub fn display_name(&self) -> String {
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        if !title.is_empty() {
            return title;
        }
        let names: Vec<&str> = self
            .participants
            .iter()
            .map(|p| p.name.trim())
            .filter(|n| !n.is_empty())
            .collect();
        let who = match names.as_slice() {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        let when = self
            .date
            .clone()
            .or_else(|| self.date_text.clone())
            .unwrap_or_default();
        match (who.is_empty(), when.trim().is_empty()) {
            (false, false) => format!("{who}, {}", when.trim()),
            (false, true) => who,
            (true, false) => format!("Readout of {}", when.trim()),
            (true, true) => "Untitled readout".to_owned(),
        }
    }

    /// Labelled and total sentences ("n of m sentences labelled").
    pub fn progress(&self) -> Progress {
        Progress {
            labelled: self.sentences.iter().filter(|s| s.is_labelled()).count(),
            total: self.sentences.len(),
        }
    }

    /// True when every listed sentence carries the theme (and the list is not empty): the
    /// `aria-pressed` state of a theme button for the current selection.
    pub fn all_have_theme(&self, ids: &[SentenceId], theme: &str) -> bool {
        !ids.is_empty()
            && self
                .sentences_by_id(ids)
                .iter()
                .all(|s| s.is_some_and(|s| s.has_theme(theme)))
    }

    /// The sentences with these ids, in the order asked (`None` for an unknown id). A large
    /// selection is looked up through one pass over the document rather than one per id, so
    /// selecting thousands of sentences stays linear.
    pub fn sentences_by_id(&self, ids: &[SentenceId]) -> Vec<Option<&Rc<Sentence>>> {
        if ids.len() <= 8 {
            return ids.iter().map(|id| self.sentence(*id)).collect();
        }
        let by_id: std::collections::HashMap<SentenceId, &Rc<Sentence>> =
            self.sentences.iter().map(|s| (s.id, s)).collect();
        ids.iter().map(|id| by_id.get(id).copied()).collect()
    }
}

/// "n of m sentences labelled".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Sentences with at least one theme.
    pub labelled: usize,
    /// All sentences.
    pub total: usize,
}

impl std::ops::Add for Progress {
    type Output = Progress;

    fn add(self, other: Progress) -> Progress {
        Progress {
            labelled: self.labelled + other.labelled,
            total: self.total + other.total,
        }
    }
}

/// Which sentences the page shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SentenceFilter {
    /// Every sentence.
    #[default]
    All,
    /// Sentences carrying this theme id.
    Theme(String),
    /// Sentences of this speaker.
    Speaker(Speaker),
    /// Sentences without any theme yet.
    Unlabelled,
}

impl SentenceFilter {
    /// The filter as one string, for a menu's value and the saved view: "all",
    /// "unlabelled", "theme:ID", or "speaker:ID" (the speaker's wire id: a participant id,
    /// "both", or empty for narration).
    pub fn wire_value(&self) -> String {
        match self {
            SentenceFilter::All => "all".to_owned(),
            SentenceFilter::Unlabelled => "unlabelled".to_owned(),
            SentenceFilter::Theme(id) => format!("theme:{id}"),
            SentenceFilter::Speaker(speaker) => {
                format!("speaker:{}", speaker.wire_id().unwrap_or_default())
            }
        }
    }

    /// The filter a [`Self::wire_value`] names; `None` for anything else.
    pub fn from_wire_value(value: &str) -> Option<Self> {
        match value {
            "all" => Some(SentenceFilter::All),
            "unlabelled" => Some(SentenceFilter::Unlabelled),
            _ => {
                if let Some(id) = value.strip_prefix("theme:") {
                    return Some(SentenceFilter::Theme(id.to_owned()));
                }
                let id = value.strip_prefix("speaker:")?;
                Some(SentenceFilter::Speaker(Speaker::from_wire_id(
                    (!id.is_empty()).then_some(id),
                )))
            }
        }
    }
}

/// A [`SentenceFilter`] made ready to test sentences against a codebook: filtering by a
/// theme also shows the sentences of every theme under it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShownSentences {
    filter: SentenceFilter,
    /// For a theme filter, the chosen theme and every theme under it.
    themes: Vec<String>,
}

impl ShownSentences {
    /// The filter, read against this codebook.
    pub fn new(filter: &SentenceFilter, codebook: &Codebook) -> Self {
        let themes = match filter {
            SentenceFilter::Theme(chosen) => {
                let mut within: Vec<String> = codebook
                    .themes
                    .iter()
                    .filter(|t| t.id != *chosen && codebook.is_within(&t.id, chosen))
                    .map(|t| t.id.clone())
                    .collect();
                within.insert(0, chosen.clone());
                within
            }
            _ => Vec::new(),
        };
        Self {
            filter: filter.clone(),
            themes,
        }
    }

    /// True when the sentence passes the filter.
    pub fn matches(&self, sentence: &Sentence) -> bool {
        match &self.filter {
            SentenceFilter::All => true,
            SentenceFilter::Theme(_) => self.themes.iter().any(|t| sentence.has_theme(t)),
            SentenceFilter::Speaker(sp) => sentence.speaker == *sp,
            SentenceFilter::Unlabelled => !sentence.is_labelled(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_positions_to_bytes() {
        // "é" is 2 bytes and 1 unit; "😀" is 4 bytes and 2 units.
        let text = "aé😀b";
        let cases = [
            (0, Some(0)),
            (1, Some(1)),
            (2, Some(3)),
            (3, None),
            (4, Some(7)),
            (5, Some(8)),
            (6, None),
        ];
        for (units, want) in cases {
            assert_eq!(byte_at_utf16(text, units), want, "{units}");
        }
    }

    #[test]
    fn a_theme_filter_shows_the_sentences_of_themes_under_it() {
        let mut book = Codebook::diplomatic_default();
        let at = book.index_of("sanctions").expect("default theme");
        book.themes[at].parent = Some("trade".into());
        let sentence = |themes: &[&str]| Sentence {
            id: SentenceId(1),
            paragraph: 0,
            span: Span { start: 0, end: 1 },
            speaker: Speaker::Narration,
            themes: themes.iter().map(|t| t.to_string()).collect(),
            note: String::new(),
        };
        let theme = |id: &str| SentenceFilter::Theme(id.into());
        // The filter, the sentence's themes, whether it shows.
        let cases: &[(SentenceFilter, &[&str], bool)] = &[
            (theme("trade"), &["trade"], true),
            (theme("trade"), &["sanctions"], true),
            (theme("sanctions"), &["trade"], false),
            (theme("trade"), &["health"], false),
            (SentenceFilter::Unlabelled, &[], true),
            (SentenceFilter::Unlabelled, &["sanctions"], false),
            (SentenceFilter::All, &["health"], true),
        ];
        for (filter, themes, want) in cases {
            let shown = ShownSentences::new(filter, &book);
            assert_eq!(
                shown.matches(&sentence(themes)),
                *want,
                "{filter:?} {themes:?}"
            );
        }
    }

    #[test]
    fn speaker_labels() {
        let xi = Participant {
            id: "p1".into(),
            name: "Xi Jinping".into(),
            ..Participant::default()
        };
        let people = [xi];
        assert_eq!(
            speaker_label(&people, &Speaker::Participant("p1".into())),
            "Xi Jinping"
        );
        assert_eq!(
            speaker_label(&people, &Speaker::Participant("p9".into())),
            "p9"
        );
        assert_eq!(speaker_label(&people, &Speaker::Both), "Both sides");
        assert_eq!(speaker_label(&people, &Speaker::Narration), "Narration");
    }

    #[test]
    fn display_names_fall_back_to_participants_and_date() {
        let person = |id: &str, name: &str| Participant {
            id: id.into(),
            name: name.into(),
            ..Participant::default()
        };
        let mut doc = AnnotatedDocument::parse("One sentence.");
        let cases: [(&str, Vec<Participant>, Option<&str>, &str); 5] = [
            ("  A  title\n wrapped ", vec![], None, "A title wrapped"),
            (
                "",
                vec![
                    person("p1", "Joseph R. Biden, Jr."),
                    person("p2", "Xi Jinping"),
                ],
                Some("2021-02-10"),
                "Joseph R. Biden, Jr. and Xi Jinping, 2021-02-10",
            ),
            (
                "",
                vec![person("p1", "A"), person("p2", "B"), person("p3", "C")],
                None,
                "A, B and C",
            ),
            ("", vec![], Some("2020-01-02"), "Readout of 2020-01-02"),
            ("", vec![], None, "Untitled readout"),
        ];
        for (title, participants, date, expected) in cases {
            doc.title = title.into();
            doc.participants = participants;
            doc.date = date.map(str::to_owned);
            doc.date_text = None;
            assert_eq!(doc.display_name(), expected);
        }
    }
}

//! The parsed shape of a readout. Plain data: the parser fills it, the annotation layer copies
//! it into its editable model.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the original text, always on `char` boundaries.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The covered text; empty when the span does not fit `text` (never panics).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// What kind of exchange the readout reports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A telephone call.
    PhoneCall,
    /// A video call or video conference.
    VideoCall,
    /// An in-person meeting.
    Meeting,
    /// Talks or negotiations (several sessions or delegations).
    Talks,
    /// Anything else, or unknown.
    #[default]
    Other,
}

impl EventKind {
    /// Every kind, in the order a menu lists them.
    pub const ALL: [EventKind; 5] = [
        EventKind::PhoneCall,
        EventKind::VideoCall,
        EventKind::Meeting,
        EventKind::Talks,
        EventKind::Other,
    ];

    /// The kind's name in files (format v1, the autosave) and in the page's menus:
    /// `"phone_call"`, `"video_call"`, `"meeting"`, `"talks"`, `"other"`.
    pub fn wire_name(self) -> &'static str {
        match self {
            EventKind::PhoneCall => "phone_call",
            EventKind::VideoCall => "video_call",
            EventKind::Meeting => "meeting",
            EventKind::Talks => "talks",
            EventKind::Other => "other",
        }
    }

    /// The kind a [`Self::wire_name`] names; `None` for any other string.
    pub fn from_wire_name(name: &str) -> Option<EventKind> {
        Self::ALL.into_iter().find(|kind| kind.wire_name() == name)
    }
}

/// Who a sentence's content belongs to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Speaker {
    /// The publisher's own narration (who met whom, when).
    #[default]
    Narration,
    /// Reported speech of one participant, by participant id (`"p1"`, ...).
    Participant(String),
    /// A joint position ("The two leaders agreed", "Both sides").
    Both,
}

impl Speaker {
    /// The id that stands for [`Speaker::Both`] wherever a speaker is written as a string;
    /// no participant may have it.
    pub const BOTH_ID: &'static str = "both";

    /// The speaker as files and the page's menus write it: a participant's id,
    /// [`Self::BOTH_ID`], or `None` for narration.
    pub fn wire_id(&self) -> Option<&str> {
        match self {
            Speaker::Narration => None,
            Speaker::Participant(id) => Some(id),
            Speaker::Both => Some(Self::BOTH_ID),
        }
    }

    /// The speaker a [`Self::wire_id`] names. Any other string is taken for a participant
    /// id, which the model's checks then hold against the document's participants.
    pub fn from_wire_id(id: Option<&str>) -> Speaker {
        match id {
            None => Speaker::Narration,
            Some(Self::BOTH_ID) => Speaker::Both,
            Some(id) => Speaker::Participant(id.to_owned()),
        }
    }
}

/// Why a line is front matter rather than body text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrontMatterKind {
    /// The readout's title.
    Title,
    /// A date line or dateline.
    Date,
    /// A publisher line ("READOUT", "OFFICE OF THE SPOKESPERSON", ...).
    Publisher,
    /// Page furniture copied along with the text (menus, "Share", footers, ...).
    Noise,
}

impl FrontMatterKind {
    /// Every kind.
    pub const ALL: [FrontMatterKind; 4] = [
        FrontMatterKind::Title,
        FrontMatterKind::Date,
        FrontMatterKind::Publisher,
        FrontMatterKind::Noise,
    ];

    /// The kind's name in files: `"title"`, `"date"`, `"publisher"`, `"noise"`.
    pub fn wire_name(self) -> &'static str {
        match self {
            FrontMatterKind::Title => "title",
            FrontMatterKind::Date => "date",
            FrontMatterKind::Publisher => "publisher",
            FrontMatterKind::Noise => "noise",
        }
    }

    /// The kind a [`Self::wire_name`] names; `None` for any other string.
    pub fn from_wire_name(name: &str) -> Option<FrontMatterKind> {
        Self::ALL.into_iter().find(|kind| kind.wire_name() == name)
    }
}

/// One line outside the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrontMatterLine {
    /// The whole line, including its line break.
    pub span: Span,
    /// Why it is front matter.
    pub kind: FrontMatterKind,
}

/// A person taking part in the exchange.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// Stable id within the document: `"p1"`, `"p2"`, ...
    pub id: String,
    /// Name as the text gives it ("Xi Jinping", "Rouhani").
    pub name: String,
    /// Title or office ("President", "Prime Minister"), empty when unknown.
    pub title: String,
    /// Country ("China", "Iran"), empty when unknown.
    pub country: String,
}

/// One sentence of the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedSentence {
    /// The sentence text, trimmed of surrounding whitespace.
    pub span: Span,
    /// Whose words these are.
    pub speaker: Speaker,
}

/// A paragraph of the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The whole paragraph, including trailing line breaks; paragraphs and front-matter lines
    /// together tile the input.
    pub span: Span,
    /// A list number ("1.", "(2)") kept out of the first sentence, if any.
    pub number: Option<Span>,
    /// Its sentences, in order, non-overlapping and inside `span`.
    pub sentences: Vec<ParsedSentence>,
}

/// A parsed readout. Offsets refer to the text passed to `parse`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Title text, if the readout has one.
    pub title: Option<Span>,
    /// ISO date (`YYYY-MM-DD`) when the text gives a full date.
    pub date: Option<String>,
    /// The literal date words ("the evening of 27th"), when any were found.
    pub date_text: Option<String>,
    /// What kind of exchange it was.
    pub event: EventKind,
    /// People taking part, in order of first mention.
    pub participants: Vec<Participant>,
    /// Lines outside the body, in order.
    pub front_matter: Vec<FrontMatterLine>,
    /// The body, in order.
    pub paragraphs: Vec<Paragraph>,
}

impl Document {
    /// True when some body sentence holds a letter or a digit: a paste of emoji, symbols or
    /// punctuation alone has nothing to annotate, and the page says so instead of creating an
    /// empty document.
    pub fn has_body_text(&self, text: &str) -> bool {
        self.paragraphs
            .iter()
            .flat_map(|p| &p.sentences)
            .any(|s| s.span.slice(text).chars().any(char::is_alphanumeric))
    }
}

#[cfg(test)]
mod tests {
    use super::{EventKind, FrontMatterKind, Speaker};
    use crate::readout::parse;

    /// The wire names are the serde names, so format v1's schema and the mapping agree.
    #[test]
    fn wire_names_round_trip_and_match_serde() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::from_wire_name(kind.wire_name()), Some(kind));
            let serde = serde_json::to_string(&kind).unwrap();
            assert_eq!(serde, format!("\"{}\"", kind.wire_name()));
        }
        for kind in FrontMatterKind::ALL {
            assert_eq!(
                FrontMatterKind::from_wire_name(kind.wire_name()),
                Some(kind)
            );
            let serde = serde_json::to_string(&kind).unwrap();
            assert_eq!(serde, format!("\"{}\"", kind.wire_name()));
        }
        assert_eq!(EventKind::from_wire_name("phone call"), None);
        assert_eq!(FrontMatterKind::from_wire_name("Title"), None);
        for speaker in [
            Speaker::Narration,
            Speaker::Both,
            Speaker::Participant("p1".into()),
        ] {
            assert_eq!(Speaker::from_wire_id(speaker.wire_id()), speaker);
        }
        assert_eq!(Speaker::Both.wire_id(), Some("both"));
    }

    #[test]
    fn emoji_and_symbols_alone_have_no_body_text() {
        for text in ["😀🎉👍", "😀 😀\n\n🎉", "— … ✓ ★ !!!", "🇨🇳🇮🇷"]
        {
            assert!(!parse(text).has_body_text(text), "{text:?}");
        }
    }

    #[test]
    fn words_in_any_script_are_body_text() {
        for text in [
            "The two sides agreed. 😀",
            "Xi Jinping spoke with Rouhani.",
            "中国和伊朗",
            "Они договорились.",
            "2024",
        ] {
            assert!(parse(text).has_body_text(text), "{text:?}");
        }
    }
}

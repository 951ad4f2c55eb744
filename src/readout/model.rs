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
    use crate::readout::parse;

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

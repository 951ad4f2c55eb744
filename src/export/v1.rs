//! The wire types of format version 1: exactly what the JSON file holds.
//!
//! They are kept apart from the model (`crate::annotation`) so that the model can change
//! shape (byte offsets, shared `Rc`s) without changing the file, and so the file's shape is
//! written down in one place. Offsets here are code points; the model uses bytes.

use serde::{Deserialize, Serialize};

use crate::readout::{EventKind, FrontMatterKind};

/// The `format` of a labeled-JSON workspace file.
pub const FORMAT: &str = "readout-annotations";
/// The `format` of a codebook file.
pub const CODEBOOK_FORMAT: &str = "readout-codebook";
/// The format version this code reads and writes.
pub const VERSION: u64 = 1;
/// The only offset unit of version 1.
pub const OFFSETS: &str = "codepoint";

/// A whole workspace file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct WorkspaceV1 {
    /// Always `"readout-annotations"`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = FORMAT)))]
    pub format: String,
    /// The format version, 1.
    #[cfg_attr(feature = "schema", schemars(extend("const" = VERSION)))]
    pub version: u64,
    /// The program that wrote the file, `"readout-annotator <version>"`.
    #[serde(default)]
    pub generator: Option<String>,
    /// When the file was written, RFC 3339 UTC.
    #[serde(default)]
    pub exported_at: Option<String>,
    /// The unit of `start`/`end`: always `"codepoint"`.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(extend("enum" = [OFFSETS, null])))]
    pub offsets: Option<String>,
    /// The themes.
    pub codebook: CodebookV1,
    /// The documents, in workspace order.
    pub documents: Vec<DocumentV1>,
}

/// The codebook inside a workspace file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CodebookV1 {
    /// Themes in display order; each holds its own key.
    pub themes: Vec<ThemeV1>,
}

/// A standalone codebook file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CodebookFileV1 {
    /// Always `"readout-codebook"`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = CODEBOOK_FORMAT)))]
    pub format: String,
    /// The format version, 1.
    #[cfg_attr(feature = "schema", schemars(extend("const" = VERSION)))]
    pub version: u64,
    /// Themes in order.
    pub themes: Vec<ThemeV1>,
}

/// One theme.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ThemeV1 {
    /// Stable id used in sentence labels.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub id: String,
    /// Human name.
    pub name: String,
    /// `#rrggbb`.
    #[cfg_attr(feature = "schema", schemars(pattern(r"^#[0-9A-Fa-f]{6}$")))]
    pub color: String,
    /// Shortcut key `"1"`..`"9"`, the theme's own and unique in the codebook. Kept on import;
    /// a theme whose key an earlier theme holds gets the first free key. When no theme has a
    /// key, the first nine get 1–9 in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(pattern(r"^[1-9]$")))]
    pub key: Option<String>,
    /// What the theme covers.
    #[serde(default)]
    pub description: String,
    /// The id of the theme this one sits under; absent for a theme at the top. Counts of the
    /// parent include this theme's sentences. Files written before themes nested have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub parent: Option<String>,
}

/// Kind of exchange.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventV1 {
    /// A telephone call.
    PhoneCall,
    /// A video call.
    VideoCall,
    /// An in-person meeting.
    Meeting,
    /// Talks or negotiations.
    Talks,
    /// Anything else.
    Other,
}

/// The model's kinds and format v1's are the same list by the same names
/// ([`EventKind::wire_name`]); the schema needs a type of its own to describe them.
impl From<EventKind> for EventV1 {
    fn from(kind: EventKind) -> Self {
        match kind {
            EventKind::PhoneCall => EventV1::PhoneCall,
            EventKind::VideoCall => EventV1::VideoCall,
            EventKind::Meeting => EventV1::Meeting,
            EventKind::Talks => EventV1::Talks,
            EventKind::Other => EventV1::Other,
        }
    }
}

impl From<EventV1> for EventKind {
    fn from(kind: EventV1) -> Self {
        match kind {
            EventV1::PhoneCall => EventKind::PhoneCall,
            EventV1::VideoCall => EventKind::VideoCall,
            EventV1::Meeting => EventKind::Meeting,
            EventV1::Talks => EventKind::Talks,
            EventV1::Other => EventKind::Other,
        }
    }
}

/// One participant.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ParticipantV1 {
    /// `"p1"`, ...; never `"both"`.
    pub id: String,
    /// Name as the text gives it.
    pub name: String,
    /// Title or office; empty when unknown.
    #[serde(default)]
    pub title: String,
    /// Country; empty when unknown.
    #[serde(default)]
    pub country: String,
}

/// Why a line is front matter.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FrontMatterKindV1 {
    /// The title line.
    Title,
    /// A date line or dateline.
    Date,
    /// A publisher line.
    Publisher,
    /// Page furniture.
    Noise,
}

impl From<FrontMatterKind> for FrontMatterKindV1 {
    fn from(kind: FrontMatterKind) -> Self {
        match kind {
            FrontMatterKind::Title => FrontMatterKindV1::Title,
            FrontMatterKind::Date => FrontMatterKindV1::Date,
            FrontMatterKind::Publisher => FrontMatterKindV1::Publisher,
            FrontMatterKind::Noise => FrontMatterKindV1::Noise,
        }
    }
}

impl From<FrontMatterKindV1> for FrontMatterKind {
    fn from(kind: FrontMatterKindV1) -> Self {
        match kind {
            FrontMatterKindV1::Title => FrontMatterKind::Title,
            FrontMatterKindV1::Date => FrontMatterKind::Date,
            FrontMatterKindV1::Publisher => FrontMatterKind::Publisher,
            FrontMatterKindV1::Noise => FrontMatterKind::Noise,
        }
    }
}

/// A front-matter line, in code points, including its line break.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FrontMatterV1 {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Why it is front matter.
    pub kind: FrontMatterKindV1,
}

/// A code point range.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RangeV1 {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// A body paragraph, in code points, including trailing line breaks.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ParagraphV1 {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// A list number kept out of the first sentence ("1.", "(2)").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<RangeV1>,
}

/// One document.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DocumentV1 {
    /// Stable hash of the text, unique in the file.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub id: String,
    /// Title, or null.
    #[serde(default)]
    pub title: Option<String>,
    /// ISO date, or null.
    #[serde(default)]
    pub date: Option<String>,
    /// Literal date words, or null.
    #[serde(default)]
    pub date_text: Option<String>,
    /// Kind of exchange.
    #[serde(default = "other_event")]
    pub event: EventV1,
    /// People taking part.
    #[serde(default)]
    pub participants: Vec<ParticipantV1>,
    /// The whole text exactly as pasted.
    pub text: String,
    /// Lines outside the body; absent in files from other tools.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub front_matter: Option<Vec<FrontMatterV1>>,
    /// Body paragraphs; when absent they are rebuilt from the sentences' `paragraph`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraphs: Option<Vec<ParagraphV1>>,
    /// Body sentences in text order.
    pub sentences: Vec<SentenceV1>,
}

fn other_event() -> EventV1 {
    EventV1::Other
}

/// One sentence. `text[start:end] == text` in code points.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SentenceV1 {
    /// Unique in the document.
    #[serde(deserialize_with = "sentence_id")]
    pub id: u32,
    /// Index into the document's `paragraphs`, from 0.
    #[serde(deserialize_with = "paragraph_index")]
    pub paragraph: usize,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// `start` in UTF-16 code units; checked when present.
    #[serde(default)]
    pub start_utf16: Option<usize>,
    /// `end` in UTF-16 code units; checked when present.
    #[serde(default)]
    pub end_utf16: Option<usize>,
    /// The sentence's text.
    pub text: String,
    /// A participant id, `"both"`, or null for narration.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Theme ids.
    #[serde(default)]
    pub themes: Vec<String>,
    /// The coder's note.
    #[serde(default)]
    pub note: String,
}

/// A sentence id, refused past `u32::MAX` with a message naming the field (the derived one
/// says only "expected u32").
fn sentence_id<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let n = u64::deserialize(deserializer)?;
    u32::try_from(n).map_err(|_| {
        serde::de::Error::invalid_value(
            serde::de::Unexpected::Unsigned(n),
            &"a sentence id from 0 to 4294967295",
        )
    })
}

/// A paragraph index, refused past what `usize` holds here (4294967295 in the page) with a
/// message naming the field.
fn paragraph_index<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<usize, D::Error> {
    let n = u64::deserialize(deserializer)?;
    usize::try_from(n).map_err(|_| {
        serde::de::Error::invalid_value(
            serde::de::Unexpected::Unsigned(n),
            &"a paragraph index this build can hold",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::{EventV1, FrontMatterKindV1};
    use crate::readout::{EventKind, FrontMatterKind};

    /// Format v1 writes each kind by the name the rest of the crate uses for it.
    #[test]
    fn v1_names_are_the_wire_names() {
        for kind in EventKind::ALL {
            let written = serde_json::to_value(EventV1::from(kind)).unwrap();
            assert_eq!(written, kind.wire_name());
            assert_eq!(EventKind::from(EventV1::from(kind)), kind);
        }
        for kind in FrontMatterKind::ALL {
            let written = serde_json::to_value(FrontMatterKindV1::from(kind)).unwrap();
            assert_eq!(written, kind.wire_name());
            assert_eq!(FrontMatterKind::from(FrontMatterKindV1::from(kind)), kind);
        }
    }
}

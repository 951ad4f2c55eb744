//! Parsing a readout: normalise, front matter, paragraphs, sentences, participants, speakers.
//!
//! [`parse`] is a pure, deterministic function from the pasted text to a [`Document`]. Every
//! offset is a byte offset into the original text and lies on a `char` boundary; every byte of
//! the input belongs to exactly one front-matter line or one paragraph, so nothing the user
//! pasted is ever dropped.

// The parser is the contract between the page, the CLI and the tests: document all of it.
#![warn(missing_docs)]

mod model;

pub use model::{
    Document, EventKind, FrontMatterKind, FrontMatterLine, Paragraph, Participant,
    ParsedSentence, Span, Speaker,
};

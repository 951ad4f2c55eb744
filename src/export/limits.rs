//! The one set of size limits on what a file may bring in, checked before the work it would
//! cost is done. The page and the CLI call the same checks, so a file one accepts the other
//! accepts too.
//!
//! Each limit sits far above anything a real readout or workspace needs, and low enough that
//! the page stays responsive at it:
//!
//! - a file of **128 MiB**: the bundled readouts are 2–20 KB each; a workspace of ten thousand
//!   labelled readouts (text, each sentence's text again, offsets, labels) is about 100 MB;
//! - **10,000 documents** in a workspace: more readouts than a foreign ministry publishes in a
//!   decade, for one coding project;
//! - **1,000 themes** in a codebook: qualitative codebooks hold tens to a few hundred codes;
//! - a **sentence of 100,000 code points**: a readout sentence is rarely over 1,000; a longer
//!   one is a text without punctuation, which the splitter cannot cut;
//! - a **note of 100,000 code points**: some forty pages of memo for one sentence;
//! - a **text of 8 MiB** parsed at once by the page (a paste, or a readout file opened there):
//!   the page parses on the tab's one thread, and at this size parsing and the first render
//!   take a few seconds; the CLI parses readouts up to the file limit.
//!
//! A limit is checked with the count a file gives up front (its length in bytes, the length
//! of a list) before anything is allocated from it.

use std::fmt;

use crate::annotation::AnnotatedDocument;

/// The largest file (readout text, workspace JSON, codebook), in bytes: 128 MiB.
pub const MAX_FILE_BYTES: usize = 128 * 1024 * 1024;
/// The largest text the page parses into one document, in bytes of UTF-8: 8 MiB.
pub const MAX_PAGE_TEXT_BYTES: usize = 8 * 1024 * 1024;
/// The most documents in one workspace.
pub const MAX_DOCUMENTS: usize = 10_000;
/// The most themes in one codebook.
pub const MAX_THEMES: usize = 1_000;
/// The longest sentence, in code points.
pub const MAX_SENTENCE_CHARS: usize = 100_000;
/// The longest note on one sentence, in code points.
pub const MAX_NOTE_CHARS: usize = 100_000;

/// Which limit a value went over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// [`MAX_FILE_BYTES`].
    FileBytes,
    /// [`MAX_DOCUMENTS`].
    Documents,
    /// [`MAX_THEMES`].
    Themes,
    /// [`MAX_SENTENCE_CHARS`].
    SentenceChars,
    /// [`MAX_NOTE_CHARS`].
    NoteChars,
}

impl Limit {
    /// The largest value allowed.
    pub fn max(self) -> usize {
        match self {
            Limit::FileBytes => MAX_FILE_BYTES,
            Limit::Documents => MAX_DOCUMENTS,
            Limit::Themes => MAX_THEMES,
            Limit::SentenceChars => MAX_SENTENCE_CHARS,
            Limit::NoteChars => MAX_NOTE_CHARS,
        }
    }

    /// What is counted, for messages: "the file is 200 bytes; the limit is ...".
    fn describe(self, found: usize) -> String {
        match self {
            Limit::FileBytes => format!("the file is {found} bytes"),
            Limit::Documents => format!("the workspace has {found} documents"),
            Limit::Themes => format!("the codebook has {found} themes"),
            Limit::SentenceChars => format!("a sentence is {found} characters long"),
            Limit::NoteChars => format!("a note is {found} characters long"),
        }
    }

    /// The limit in words, with its unit.
    fn unit(self) -> &'static str {
        match self {
            Limit::FileBytes => "bytes (128 MiB)",
            Limit::Documents => "documents",
            Limit::Themes => "themes",
            Limit::SentenceChars | Limit::NoteChars => "characters",
        }
    }
}

/// A value over one of the limits: which limit, and the value found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LimitError {
    limit: Limit,
    found: usize,
}

impl LimitError {
    /// The limit that was passed.
    pub fn limit(&self) -> Limit {
        self.limit
    }

    /// The value found, over [`Limit::max`].
    pub fn found(&self) -> usize {
        self.found
    }
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}; the limit is {} {}",
            self.limit.describe(self.found),
            self.limit.max(),
            self.limit.unit()
        )
    }
}

impl std::error::Error for LimitError {}

/// Checks `found` against `limit`.
pub fn check(limit: Limit, found: usize) -> Result<(), LimitError> {
    if found > limit.max() {
        Err(LimitError { limit, found })
    } else {
        Ok(())
    }
}

/// A file of `bytes` bytes (before it is decoded or parsed).
pub fn check_file_size(bytes: usize) -> Result<(), LimitError> {
    check(Limit::FileBytes, bytes)
}

/// A workspace of `count` documents.
pub fn check_documents(count: usize) -> Result<(), LimitError> {
    check(Limit::Documents, count)
}

/// A codebook of `count` themes.
pub fn check_themes(count: usize) -> Result<(), LimitError> {
    check(Limit::Themes, count)
}

/// A sentence of `chars` code points.
pub fn check_sentence_chars(chars: usize) -> Result<(), LimitError> {
    check(Limit::SentenceChars, chars)
}

/// A note of `chars` code points.
pub fn check_note_chars(chars: usize) -> Result<(), LimitError> {
    check(Limit::NoteChars, chars)
}

/// A note, counted without going further than the limit (a note is checked as it is typed).
pub fn check_note(note: &str) -> Result<(), LimitError> {
    check_text_chars(Limit::NoteChars, note)
}

/// A sentence's text, counted without going further than the limit.
pub fn check_sentence(text: &str) -> Result<(), LimitError> {
    check_text_chars(Limit::SentenceChars, text)
}

/// Every sentence and note of a document, as parsed from a pasted or opened readout or as
/// edited: the first one over its limit.
pub fn check_document(document: &AnnotatedDocument) -> Result<(), LimitError> {
    for s in &document.sentences {
        check_sentence(document.sentence_text(s))?;
        check_note(&s.note)?;
    }
    Ok(())
}

/// Checks the code-point count of `text`; the full count is made only when it is over.
fn check_text_chars(limit: Limit, text: &str) -> Result<(), LimitError> {
    // A code point is at most 4 bytes: a text this short cannot be over.
    if text.len() <= limit.max() {
        return Ok(());
    }
    check(limit, text.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_limit_is_inclusive_and_named() {
        for limit in [
            Limit::FileBytes,
            Limit::Documents,
            Limit::Themes,
            Limit::SentenceChars,
            Limit::NoteChars,
        ] {
            assert!(check(limit, limit.max()).is_ok());
            let e = check(limit, limit.max() + 1).expect_err("over");
            let message = e.to_string();
            assert!(
                message.contains(&(limit.max() + 1).to_string()),
                "{message}"
            );
            assert!(message.contains(&limit.max().to_string()), "{message}");
        }
        assert_eq!(
            check_file_size(MAX_FILE_BYTES + 1)
                .expect_err("over")
                .to_string(),
            "the file is 134217729 bytes; the limit is 134217728 bytes (128 MiB)"
        );
    }

    #[test]
    fn text_limits_count_code_points_not_bytes() {
        let wide = "é".repeat(MAX_NOTE_CHARS);
        assert!(wide.len() > MAX_NOTE_CHARS);
        assert!(check_note(&wide).is_ok());
        assert_eq!(
            check_note(&(wide + "x")).map_err(|e| e.found()),
            Err(MAX_NOTE_CHARS + 1)
        );
    }
}

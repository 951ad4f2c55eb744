//! Why an import was refused.

use std::fmt;

use crate::annotation::{Problem, ProblemKind};

/// What kind of problem refused an import.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImportErrorKind {
    /// Not JSON at all, or cut off.
    InvalidJson,
    /// JSON, but not a file of ours (or a codebook where a workspace was expected).
    WrongFormat,
    /// Our format, but a version (or offset unit) this build does not read.
    UnsupportedVersion,
    /// A field is missing, has the wrong type, or an impossible value.
    Malformed,
    /// An offset lies past the end of the text.
    OffsetOutOfRange,
    /// A sentence's text or UTF-16 offsets do not match the text at its offsets.
    TextMismatch,
    /// Two sentences (or paragraphs, or front-matter lines) overlap or are out of order.
    Overlap,
    /// A sentence is labelled with a theme the codebook does not have.
    UnknownTheme,
    /// A sentence's speaker is not a participant of its document.
    UnknownSpeaker,
    /// An id is used twice.
    DuplicateId,
    /// A theme colour is not `#rrggbb`.
    InvalidColor,
    /// The file, or a list or text in it, is over one of the size limits
    /// ([`crate::export::limits`]).
    TooLarge,
}

/// Why an import was refused: a kind to branch on and a message for the user that says what
/// is wrong and where ("document 2, sentence 14 (id 14): text does not match text[180:392]").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    kind: ImportErrorKind,
    message: String,
    line_column: Option<(usize, usize)>,
}

impl ImportError {
    /// An error of this kind.
    pub fn new(kind: ImportErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            line_column: None,
        }
    }

    pub(crate) fn from_json(kind: ImportErrorKind, e: &serde_json::Error) -> Self {
        let full = e.to_string();
        let what = full
            .rsplit_once(" at line ")
            .map_or(full.as_str(), |(what, _)| what);
        let prefix = match kind {
            ImportErrorKind::InvalidJson => "invalid JSON",
            _ => "invalid file",
        };
        Self {
            kind,
            message: format!(
                "{prefix} at line {}, column {}: {what}",
                e.line(),
                e.column()
            ),
            line_column: Some((e.line(), e.column())),
        }
    }

    /// What kind of problem it is.
    pub fn kind(&self) -> ImportErrorKind {
        self.kind
    }

    /// What is wrong and where, in words.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Line and column (from 1) in the file, for JSON syntax and shape errors.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        self.line_column
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    /// A broken model rule ([`crate::annotation::check_document`]) as an import error, its
    /// message prefixed with which document (`"document 2"`, `"saved document x"`).
    pub fn from_problem(document: &str, problem: &Problem) -> Self {
        Self::new(kind_of(problem), format!("{document}: {problem}"))
    }

    /// A broken model rule found while reading a file, placed by the file's own words
    /// (`"document 1, sentence 5 (id 5)"`) rather than the model's.
    pub fn in_file(what: &str, problem: &Problem) -> Self {
        Self::new(kind_of(problem), format!("{what}: {}", problem.detail))
    }
}

fn kind_of(problem: &Problem) -> ImportErrorKind {
    match problem.kind {
        ProblemKind::OutOfRange | ProblemKind::ImpossiblePosition => {
            ImportErrorKind::OffsetOutOfRange
        }
        ProblemKind::Overlap => ImportErrorKind::Overlap,
        ProblemKind::DuplicateId | ProblemKind::RepeatedTheme => ImportErrorKind::DuplicateId,
        ProblemKind::InvalidId => ImportErrorKind::Malformed,
        ProblemKind::UnknownTheme => ImportErrorKind::UnknownTheme,
        ProblemKind::UnknownSpeaker => ImportErrorKind::UnknownSpeaker,
    }
}

impl From<super::limits::LimitError> for ImportError {
    fn from(e: super::limits::LimitError) -> Self {
        Self::new(ImportErrorKind::TooLarge, e.to_string())
    }
}

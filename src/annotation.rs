//! Codebook, annotated documents, edits (the undo log) and the workspace.
//!
//! The page and the CLI share this model: a [`Workspace`] holds a [`Codebook`] and
//! [`AnnotatedDocument`]s; every change is an [`Edit`] whose inverse [`Workspace::apply`]
//! returns, and [`History`] keeps those inverses for undo and redo.

// The page, the CLI and the export formats all program against this API: document all of it.
#![warn(missing_docs)]

pub mod agreement;
mod apply;
mod builders;
pub mod charts;
mod checks;
mod codebook;
mod codebook_import;
pub mod compare;
mod document;
mod edit;
mod history;
mod intake;
pub mod long_text;
pub mod search;
pub mod segments;
mod selection;
pub mod speaker_marks;
pub mod suggest;
pub mod validate;
mod workspace;

pub use checks::check_codebook;
pub use codebook::{
    is_shortcut_key, Codebook, Color, ColorError, KeyReassigned, Theme, ThemeRollUp, SHORTCUT_KEYS,
    THEME_PALETTE,
};
pub use codebook_import::{
    compare_codebooks, import_codebook_edit, theme_name_key, CodebookImportReport, MissingTheme,
};
pub use document::{
    byte_at_utf16, document_id, speaker_label, AnnotatedDocument, Paragraph, Progress, Sentence,
    SentenceFilter, SentenceId, ShownSentences,
};
pub use edit::{Edit, EditError, EditErrorKind};
pub use history::History;
pub use intake::{AnnotateRefusal, Annotated};
pub use selection::{SelectOp, Selection};
pub use validate::{check_document, Place, Problem, ProblemKind};
pub use workspace::Workspace;

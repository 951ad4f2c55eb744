//! Edits: every change to a workspace, each with an exact inverse. The undo log is a list of
//! inverses, and the page's reducer applies nothing but edits.
//!
//! This file holds the [`Edit`] type and the errors that refuse one; applying an edit is in
//! `apply.rs`, the checks it passes first in `checks.rs`, and the edits the page's buttons
//! build in `builders.rs`.

use std::fmt;
use std::rc::Rc;

use super::codebook::{Codebook, Color, Theme};
use super::document::{AnnotatedDocument, Paragraph, Sentence, SentenceId};
use super::workspace::Workspace;
use crate::export::limits::LimitError;
use crate::readout::{EventKind, Participant, Speaker};

/// One change to a workspace.
///
/// Documents are named by id and sentences by [`SentenceId`], never by a position the page
/// might hold stale, except where a position is the point of the edit (where to insert).
/// [`Workspace::apply`] returns the inverse edit; applying it restores the workspace exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Set the whole theme list of several sentences at once (toggle on a selection, clear).
    SetThemes {
        /// Document id.
        doc: String,
        /// Each sentence and its new theme ids, in order, without duplicates.
        changes: Vec<(SentenceId, Vec<String>)>,
    },
    /// Set a sentence's note.
    SetNote {
        /// Document id.
        doc: String,
        /// The sentence.
        sentence: SentenceId,
        /// The new note; empty removes it.
        note: String,
    },
    /// Set the speaker of several sentences at once.
    SetSpeakers {
        /// Document id.
        doc: String,
        /// Each sentence and its new speaker.
        changes: Vec<(SentenceId, Speaker)>,
    },
    /// Split a sentence in two at a byte offset of the document text. Whitespace around the
    /// cut goes to neither half. The first half keeps the id and note; the second gets a fresh
    /// id, the same speaker and the same themes.
    SplitSentence {
        /// Document id.
        doc: String,
        /// The sentence to split.
        sentence: SentenceId,
        /// Byte offset into the document text, strictly inside the sentence, on a `char`
        /// boundary (see [`AnnotatedDocument::byte_at_char`]).
        at: usize,
    },
    /// Merge a sentence with the next one. The result keeps the first sentence's id and
    /// speaker, the themes of both and both notes. Across a paragraph end, build it with
    /// [`Workspace::merge_with_next_edit`], which merges the two paragraphs first.
    MergeWithNext {
        /// Document id.
        doc: String,
        /// The first of the two sentences.
        sentence: SentenceId,
    },
    /// Merge a paragraph with the next one: one paragraph from the start of the first to the
    /// end of the second, its sentences kept as they are.
    MergeParagraphWithNext {
        /// Document id.
        doc: String,
        /// Index of the first of the two paragraphs.
        paragraph: usize,
    },
    /// Part a paragraph before one of its sentences: the inverse of
    /// [`Edit::MergeParagraphWithNext`].
    SplitParagraph {
        /// Document id.
        doc: String,
        /// Index of the paragraph.
        paragraph: usize,
        /// The first sentence of the new paragraph (not the paragraph's first).
        before: SentenceId,
        /// Where the first part now ends, in bytes.
        first_end: usize,
        /// The new paragraph's span and list number.
        second: Paragraph,
    },
    /// Replace a run of sentences by others: the exact inverse of a split or a merge.
    ReplaceSentences {
        /// Document id.
        doc: String,
        /// Position of the first sentence replaced.
        index: usize,
        /// How many sentences are removed from `index` on.
        remove: usize,
        /// The sentences put in their place, in text order.
        insert: Vec<Rc<Sentence>>,
    },
    /// Set the title.
    SetTitle {
        /// Document id.
        doc: String,
        /// The new title; empty for none.
        title: String,
    },
    /// Set the ISO date.
    SetDate {
        /// Document id.
        doc: String,
        /// The new date.
        date: Option<String>,
    },
    /// Set the literal date words.
    SetDateText {
        /// Document id.
        doc: String,
        /// The new date words.
        date_text: Option<String>,
    },
    /// Set the kind of exchange.
    SetEvent {
        /// Document id.
        doc: String,
        /// The new event kind.
        event: EventKind,
    },
    /// Add a participant (see [`AnnotatedDocument::fresh_participant_id`]).
    AddParticipant {
        /// Document id.
        doc: String,
        /// Position in the participant list.
        index: usize,
        /// The participant; its id must be new and not `"both"`.
        participant: Participant,
    },
    /// Replace the name, title and country of the participant with the same id.
    EditParticipant {
        /// Document id.
        doc: String,
        /// The participant's new details; `id` says which one.
        participant: Participant,
    },
    /// Remove a participant; their sentences become narration.
    RemoveParticipant {
        /// Document id.
        doc: String,
        /// Participant id.
        id: String,
    },
    /// Add a theme to the codebook (see [`Codebook::fresh_id`]).
    AddTheme {
        /// Position in the codebook.
        index: usize,
        /// The theme; its id must be new, and its key (if any) free: see
        /// [`Codebook::new_theme`] for one that takes the first free key.
        theme: Theme,
    },
    /// Rename a theme.
    RenameTheme {
        /// Theme id.
        id: String,
        /// New name, not blank.
        name: String,
    },
    /// Recolour a theme.
    RecolorTheme {
        /// Theme id.
        id: String,
        /// New colour.
        color: Color,
    },
    /// Change a theme's description.
    DescribeTheme {
        /// Theme id.
        id: String,
        /// New description.
        description: String,
    },
    /// Move a theme to another position in the list (its key stays with it).
    MoveTheme {
        /// Theme id.
        id: String,
        /// Its new position.
        to: usize,
    },
    /// Place a theme under another theme, or at the top of the tree. Its sentences then count
    /// toward every theme above it; the theme's own labels do not change.
    SetThemeParent {
        /// Theme id.
        id: String,
        /// The theme it goes under (not itself, nor one under it), or none for the top.
        parent: Option<String>,
    },
    /// Give a theme a shortcut key, or take its key away. A theme that held the key takes
    /// this theme's old key in exchange, so keys stay unique and no other theme moves.
    SetThemeKey {
        /// Theme id.
        id: String,
        /// `'1'`..=`'9'`, or none.
        key: Option<char>,
    },
    /// Delete a theme and remove it from every sentence; the themes under it move up to its
    /// parent.
    DeleteTheme {
        /// Theme id.
        id: String,
    },
    /// Merge one theme into another: sentences labelled `from` get `into`, and `from` is
    /// deleted; the themes under `from` move up to its parent, as on deletion.
    MergeTheme {
        /// The theme that disappears.
        from: String,
        /// The theme that absorbs it.
        into: String,
    },
    /// Replace the whole codebook (import); labels whose theme is not in the new codebook are
    /// removed.
    ReplaceCodebook {
        /// The new codebook.
        codebook: Codebook,
    },
    /// Add a document.
    AddDocument {
        /// Position in the document list.
        index: usize,
        /// The document; its id must be new and its themes in the codebook.
        document: Rc<AnnotatedDocument>,
    },
    /// Remove a document.
    RemoveDocument {
        /// Document id.
        id: String,
    },
    /// Replace the whole workspace (new workspace, import of a labeled JSON file).
    ReplaceWorkspace {
        /// The new workspace.
        workspace: Box<Workspace>,
    },
    /// Several edits as one undo step, applied in order, all or nothing.
    Batch(Vec<Edit>),
}

/// What kind of problem refused an edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EditErrorKind {
    /// No document with that id.
    UnknownDocument,
    /// No sentence with that id in the document.
    UnknownSentence,
    /// No theme with that id in the codebook.
    UnknownTheme,
    /// No participant with that id in the document.
    UnknownParticipant,
    /// The id is already in use.
    DuplicateId,
    /// A position is outside the list it indexes.
    OutOfRange,
    /// The split point is not strictly inside the sentence, or leaves an empty half.
    InvalidSplit,
    /// The sentence has no next sentence in the same paragraph.
    InvalidMerge,
    /// A sentence's span, paragraph or order is inconsistent with the document.
    InvalidSentence,
    /// A value is not acceptable (blank name, reserved id, ...).
    InvalidValue,
}

/// Why an edit was refused. The workspace is unchanged when an edit is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError {
    kind: EditErrorKind,
    message: String,
}

impl EditError {
    /// An error of this kind with a message for the user.
    pub fn new(kind: EditErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }

    /// What kind of problem it is.
    pub fn kind(&self) -> EditErrorKind {
        self.kind
    }

    /// What is wrong, in words.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for EditError {}

pub(super) fn err(kind: EditErrorKind, message: impl Into<String>) -> EditError {
    EditError::new(kind, message)
}

/// An edit that would make the workspace hold more than a file of it may bring back in
/// ([`limits`](crate::export::limits)): refused, so that every workspace exports to a file
/// that imports.
pub(super) fn over_limit(e: LimitError) -> EditError {
    err(EditErrorKind::InvalidValue, e.to_string())
}

pub(super) fn unknown_theme(id: &str) -> EditError {
    err(
        EditErrorKind::UnknownTheme,
        format!("no theme with id {id:?}"),
    )
}

pub(super) fn unknown_participant(doc: &str, id: &str) -> EditError {
    err(
        EditErrorKind::UnknownParticipant,
        format!("document {doc:?} has no participant {id:?}"),
    )
}

pub(super) fn unknown_sentence(doc: &str, id: SentenceId) -> EditError {
    EditError::new(
        EditErrorKind::UnknownSentence,
        format!("document {doc:?} has no sentence {id}"),
    )
}

pub(super) fn out_of_range(what: &str, index: usize) -> EditError {
    err(
        EditErrorKind::OutOfRange,
        format!("{what} {index} is out of range"),
    )
}

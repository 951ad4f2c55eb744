//! Edits: every change to a workspace, each with an exact inverse. The undo log is a list of
//! inverses, and the page's reducer applies nothing but edits.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::rc::Rc;

use super::codebook::{Codebook, Color, Theme};
use super::document::{AnnotatedDocument, Sentence, SentenceId};
use super::workspace::{unknown_sentence, Workspace};
use crate::export::limits::{self, LimitError};
use crate::readout::{EventKind, Participant, Span, Speaker};

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
    /// Merge a sentence with the next one of the same paragraph. The result keeps the first
    /// sentence's id and speaker, the themes of both and both notes.
    MergeWithNext {
        /// Document id.
        doc: String,
        /// The first of the two sentences.
        sentence: SentenceId,
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
        /// The theme; its id must be new.
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
    /// Move a theme to another position (which changes the keys 1–9).
    MoveTheme {
        /// Theme id.
        id: String,
        /// Its new position.
        to: usize,
    },
    /// Delete a theme and remove it from every sentence.
    DeleteTheme {
        /// Theme id.
        id: String,
    },
    /// Merge one theme into another: sentences labelled `from` get `into`, and `from` is
    /// deleted.
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

fn err(kind: EditErrorKind, message: impl Into<String>) -> EditError {
    EditError::new(kind, message)
}

/// An edit that would make the workspace hold more than a file of it may bring back in
/// ([`limits`]): refused, so that every workspace exports to a file that imports.
fn over_limit(e: LimitError) -> EditError {
    err(EditErrorKind::InvalidValue, e.to_string())
}

fn unknown_theme(id: &str) -> EditError {
    err(
        EditErrorKind::UnknownTheme,
        format!("no theme with id {id:?}"),
    )
}

fn unknown_participant(doc: &str, id: &str) -> EditError {
    err(
        EditErrorKind::UnknownParticipant,
        format!("document {doc:?} has no participant {id:?}"),
    )
}

impl Workspace {
    /// Applies an edit and returns its inverse. A refused edit leaves the workspace unchanged.
    ///
    /// Only what the edit touches is copied: a document is cloned (cheaply, its sentences are
    /// shared) only when it is changed, and a sentence only when it is changed, so the page can
    /// skip re-rendering every row whose `Rc` did not change.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::SetThemes { doc, changes } => self.set_themes(doc, changes),
            Edit::SetNote {
                doc,
                sentence,
                note,
            } => {
                let di = self.doc_index(&doc)?;
                let d = &self.documents[di];
                let si = d
                    .sentence_index(sentence)
                    .ok_or_else(|| unknown_sentence(&doc, sentence))?;
                limits::check_note(&note).map_err(over_limit)?;
                let old = d.sentences[si].note.clone();
                if old != note {
                    let d = Rc::make_mut(&mut self.documents[di]);
                    Rc::make_mut(&mut d.sentences[si]).note = note;
                }
                Ok(Edit::SetNote {
                    doc,
                    sentence,
                    note: old,
                })
            }
            Edit::SetSpeakers { doc, changes } => self.set_speakers(doc, changes),
            Edit::SplitSentence { doc, sentence, at } => self.split(doc, sentence, at),
            Edit::MergeWithNext { doc, sentence } => self.merge(doc, sentence),
            Edit::ReplaceSentences {
                doc,
                index,
                remove,
                insert,
            } => self.replace_sentences(doc, index, remove, insert),
            Edit::SetTitle { doc, title } => {
                let d = self.doc_mut(&doc)?;
                let old = std::mem::replace(&mut d.title, title);
                Ok(Edit::SetTitle { doc, title: old })
            }
            Edit::SetDate { doc, date } => {
                let d = self.doc_mut(&doc)?;
                let old = std::mem::replace(&mut d.date, date);
                Ok(Edit::SetDate { doc, date: old })
            }
            Edit::SetDateText { doc, date_text } => {
                let d = self.doc_mut(&doc)?;
                let old = std::mem::replace(&mut d.date_text, date_text);
                Ok(Edit::SetDateText {
                    doc,
                    date_text: old,
                })
            }
            Edit::SetEvent { doc, event } => {
                let d = self.doc_mut(&doc)?;
                let old = std::mem::replace(&mut d.event, event);
                Ok(Edit::SetEvent { doc, event: old })
            }
            Edit::AddParticipant {
                doc,
                index,
                participant,
            } => {
                let d = self.require_document(&doc)?;
                check_participant_id(&participant.id)?;
                if d.participant(&participant.id).is_some() {
                    return Err(err(
                        EditErrorKind::DuplicateId,
                        format!("participant id {:?} is already in use", participant.id),
                    ));
                }
                if index > d.participants.len() {
                    return Err(out_of_range("participant position", index));
                }
                let id = participant.id.clone();
                self.doc_mut(&doc)?.participants.insert(index, participant);
                Ok(Edit::RemoveParticipant { doc, id })
            }
            Edit::EditParticipant { doc, participant } => {
                let d = self.require_document(&doc)?;
                let pi = d
                    .participants
                    .iter()
                    .position(|p| p.id == participant.id)
                    .ok_or_else(|| unknown_participant(&doc, &participant.id))?;
                let d = self.doc_mut(&doc)?;
                let old = std::mem::replace(&mut d.participants[pi], participant);
                Ok(Edit::EditParticipant {
                    doc,
                    participant: old,
                })
            }
            Edit::RemoveParticipant { doc, id } => self.remove_participant(doc, id),
            Edit::AddTheme { index, theme } => {
                check_theme_id(&theme.id)?;
                check_theme_name(&theme.name)?;
                if self.codebook.contains(&theme.id) {
                    return Err(err(
                        EditErrorKind::DuplicateId,
                        format!("theme id {:?} is already in use", theme.id),
                    ));
                }
                if index > self.codebook.themes.len() {
                    return Err(out_of_range("theme position", index));
                }
                limits::check_themes(self.codebook.themes.len() + 1).map_err(over_limit)?;
                let id = theme.id.clone();
                self.codebook.themes.insert(index, theme);
                Ok(Edit::DeleteTheme { id })
            }
            Edit::RenameTheme { id, name } => {
                check_theme_name(&name)?;
                let t = self.theme_mut(&id)?;
                let old = std::mem::replace(&mut t.name, name);
                Ok(Edit::RenameTheme { id, name: old })
            }
            Edit::RecolorTheme { id, color } => {
                let t = self.theme_mut(&id)?;
                let old = std::mem::replace(&mut t.color, color);
                Ok(Edit::RecolorTheme { id, color: old })
            }
            Edit::DescribeTheme { id, description } => {
                let t = self.theme_mut(&id)?;
                let old = std::mem::replace(&mut t.description, description);
                Ok(Edit::DescribeTheme {
                    id,
                    description: old,
                })
            }
            Edit::MoveTheme { id, to } => {
                let from = self
                    .codebook
                    .index_of(&id)
                    .ok_or_else(|| unknown_theme(&id))?;
                if to >= self.codebook.themes.len() {
                    return Err(out_of_range("theme position", to));
                }
                let theme = self.codebook.themes.remove(from);
                self.codebook.themes.insert(to, theme);
                Ok(Edit::MoveTheme { id, to: from })
            }
            Edit::DeleteTheme { id } => {
                let index = self
                    .codebook
                    .index_of(&id)
                    .ok_or_else(|| unknown_theme(&id))?;
                let restore = self.rewrite_labels(|themes| {
                    themes
                        .contains(&id)
                        .then(|| themes.iter().filter(|t| **t != id).cloned().collect())
                });
                let theme = self.codebook.themes.remove(index);
                Ok(batch(vec![Edit::AddTheme { index, theme }], restore))
            }
            Edit::MergeTheme { from, into } => {
                if from == into {
                    return Err(err(
                        EditErrorKind::InvalidValue,
                        format!("cannot merge theme {from:?} into itself"),
                    ));
                }
                let index = self
                    .codebook
                    .index_of(&from)
                    .ok_or_else(|| unknown_theme(&from))?;
                if !self.codebook.contains(&into) {
                    return Err(unknown_theme(&into));
                }
                let restore = self.rewrite_labels(|themes| {
                    if !themes.contains(&from) {
                        return None;
                    }
                    let has_into = themes.contains(&into);
                    Some(
                        themes
                            .iter()
                            .filter_map(|t| {
                                if *t == from {
                                    (!has_into).then(|| into.clone())
                                } else {
                                    Some(t.clone())
                                }
                            })
                            .collect(),
                    )
                });
                let theme = self.codebook.themes.remove(index);
                Ok(batch(vec![Edit::AddTheme { index, theme }], restore))
            }
            Edit::ReplaceCodebook { codebook } => {
                check_codebook(&codebook)?;
                let restore = self.rewrite_labels(|themes| {
                    themes.iter().any(|t| !codebook.contains(t)).then(|| {
                        themes
                            .iter()
                            .filter(|t| codebook.contains(t))
                            .cloned()
                            .collect()
                    })
                });
                let old = std::mem::replace(&mut self.codebook, codebook);
                Ok(batch(
                    vec![Edit::ReplaceCodebook { codebook: old }],
                    restore,
                ))
            }
            Edit::AddDocument { index, document } => {
                if self.document(&document.id).is_some() {
                    return Err(err(
                        EditErrorKind::DuplicateId,
                        format!(
                            "document {:?} is already in the workspace (same text)",
                            document.id
                        ),
                    ));
                }
                if index > self.documents.len() {
                    return Err(out_of_range("document position", index));
                }
                limits::check_documents(self.documents.len() + 1).map_err(over_limit)?;
                limits::check_document(&document).map_err(over_limit)?;
                for s in &document.sentences {
                    if let Some(t) = s.themes.iter().find(|t| !self.codebook.contains(t)) {
                        return Err(unknown_theme(t));
                    }
                }
                let id = document.id.clone();
                self.documents.insert(index, document);
                Ok(Edit::RemoveDocument { id })
            }
            Edit::RemoveDocument { id } => {
                let index = self.doc_index(&id)?;
                let document = self.documents.remove(index);
                Ok(Edit::AddDocument { index, document })
            }
            Edit::ReplaceWorkspace { workspace } => {
                let old = std::mem::replace(self, *workspace);
                Ok(Edit::ReplaceWorkspace {
                    workspace: Box::new(old),
                })
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for edit in edits {
                    match self.apply(edit) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            for inverse in inverses.into_iter().rev() {
                                self.apply(inverse)
                                    .expect("the inverse of an applied edit always applies");
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }

    fn doc_index(&self, id: &str) -> Result<usize, EditError> {
        self.document_index(id).ok_or_else(|| {
            err(
                EditErrorKind::UnknownDocument,
                format!("no document with id {id:?}"),
            )
        })
    }

    fn doc_mut(&mut self, id: &str) -> Result<&mut AnnotatedDocument, EditError> {
        let i = self.doc_index(id)?;
        Ok(Rc::make_mut(&mut self.documents[i]))
    }

    fn theme_mut(&mut self, id: &str) -> Result<&mut Theme, EditError> {
        self.codebook
            .themes
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or_else(|| unknown_theme(id))
    }

    fn set_themes(
        &mut self,
        doc: String,
        changes: Vec<(SentenceId, Vec<String>)>,
    ) -> Result<Edit, EditError> {
        let di = self.doc_index(&doc)?;
        let d = &self.documents[di];
        let index = sentence_positions(d);
        let mut located = Vec::with_capacity(changes.len());
        for (id, themes) in changes {
            let si = *index.get(&id).ok_or_else(|| unknown_sentence(&doc, id))?;
            check_theme_list(&self.codebook, &themes)?;
            located.push((si, id, themes));
        }
        let mut inverse = Vec::with_capacity(located.len());
        // A no-op keeps the document's `Rc`, so the page sees nothing changed.
        let d = &self.documents[di];
        if located
            .iter()
            .all(|(si, _, t)| d.sentences[*si].themes == *t)
        {
            inverse.extend(located.into_iter().rev().map(|(_, id, t)| (id, t)));
            return Ok(Edit::SetThemes {
                doc,
                changes: inverse,
            });
        }
        let d = Rc::make_mut(&mut self.documents[di]);
        for (si, id, themes) in located {
            let s = &mut d.sentences[si];
            if s.themes == themes {
                inverse.push((id, themes));
            } else {
                let old = std::mem::replace(&mut Rc::make_mut(s).themes, themes);
                inverse.push((id, old));
            }
        }
        // Undone last-first, so that a sentence listed twice ends with its original themes.
        inverse.reverse();
        Ok(Edit::SetThemes {
            doc,
            changes: inverse,
        })
    }

    fn set_speakers(
        &mut self,
        doc: String,
        changes: Vec<(SentenceId, Speaker)>,
    ) -> Result<Edit, EditError> {
        let di = self.doc_index(&doc)?;
        let d = &self.documents[di];
        let index = sentence_positions(d);
        let mut located = Vec::with_capacity(changes.len());
        for (id, speaker) in changes {
            let si = *index.get(&id).ok_or_else(|| unknown_sentence(&doc, id))?;
            check_speaker(d, &speaker)?;
            located.push((si, id, speaker));
        }
        let mut inverse = Vec::with_capacity(located.len());
        let d = Rc::make_mut(&mut self.documents[di]);
        for (si, id, speaker) in located {
            let s = &mut d.sentences[si];
            if s.speaker == speaker {
                inverse.push((id, speaker));
            } else {
                let old = std::mem::replace(&mut Rc::make_mut(s).speaker, speaker);
                inverse.push((id, old));
            }
        }
        inverse.reverse();
        Ok(Edit::SetSpeakers {
            doc,
            changes: inverse,
        })
    }

    fn split(&mut self, doc: String, sentence: SentenceId, at: usize) -> Result<Edit, EditError> {
        let di = self.doc_index(&doc)?;
        let d = &self.documents[di];
        let si = d
            .sentence_index(sentence)
            .ok_or_else(|| unknown_sentence(&doc, sentence))?;
        let original = Rc::clone(&d.sentences[si]);
        let Span { start, end } = original.span;
        let invalid = |why: &str| {
            err(
                EditErrorKind::InvalidSplit,
                format!("cannot split sentence {sentence} at byte {at}: {why}"),
            )
        };
        if at <= start || at >= end {
            return Err(invalid("the point is not inside the sentence"));
        }
        if !d.text.is_char_boundary(at) {
            return Err(invalid("the point is inside a character"));
        }
        let first_text = d.text[start..at].trim_end();
        let second_text = d.text[at..end].trim_start();
        if first_text.is_empty() || second_text.is_empty() {
            return Err(invalid("one half would be empty"));
        }
        let first = Sentence {
            span: Span::new(start, start + first_text.len()),
            ..(*original).clone()
        };
        let Some(id) = d.fresh_sentence_id() else {
            return Err(invalid("every sentence id is in use"));
        };
        let second = Sentence {
            id,
            span: Span::new(end - second_text.len(), end),
            note: String::new(),
            ..(*original).clone()
        };
        let d = Rc::make_mut(&mut self.documents[di]);
        d.sentences
            .splice(si..=si, [Rc::new(first), Rc::new(second)]);
        Ok(Edit::ReplaceSentences {
            doc,
            index: si,
            remove: 2,
            insert: vec![original],
        })
    }

    fn merge(&mut self, doc: String, sentence: SentenceId) -> Result<Edit, EditError> {
        let di = self.doc_index(&doc)?;
        let d = &self.documents[di];
        let si = d
            .sentence_index(sentence)
            .ok_or_else(|| unknown_sentence(&doc, sentence))?;
        let a = Rc::clone(&d.sentences[si]);
        let b = match d.sentences.get(si + 1) {
            Some(b) if b.paragraph == a.paragraph => Rc::clone(b),
            _ => {
                return Err(err(
                    EditErrorKind::InvalidMerge,
                    format!("sentence {sentence} is the last of its paragraph"),
                ))
            }
        };
        let mut themes = a.themes.clone();
        for t in &b.themes {
            if !themes.contains(t) {
                themes.push(t.clone());
            }
        }
        let note = match (a.note.is_empty(), b.note.is_empty()) {
            (_, true) => a.note.clone(),
            (true, false) => b.note.clone(),
            (false, false) => format!("{}\n{}", a.note, b.note),
        };
        let span = Span::new(a.span.start, b.span.end);
        let over =
            limits::check_sentence(span.slice(&d.text)).and_then(|()| limits::check_note(&note));
        if let Err(e) = over {
            return Err(err(
                EditErrorKind::InvalidMerge,
                format!("cannot merge sentence {sentence} with the next: {e}"),
            ));
        }
        let merged = Sentence {
            id: a.id,
            paragraph: a.paragraph,
            span,
            speaker: a.speaker.clone(),
            themes,
            note,
        };
        let d = Rc::make_mut(&mut self.documents[di]);
        d.sentences.splice(si..=si + 1, [Rc::new(merged)]);
        Ok(Edit::ReplaceSentences {
            doc,
            index: si,
            remove: 1,
            insert: vec![a, b],
        })
    }

    fn replace_sentences(
        &mut self,
        doc: String,
        index: usize,
        remove: usize,
        insert: Vec<Rc<Sentence>>,
    ) -> Result<Edit, EditError> {
        let di = self.doc_index(&doc)?;
        let d = &self.documents[di];
        let end = index
            .checked_add(remove)
            .filter(|&e| e <= d.sentences.len())
            .ok_or_else(|| out_of_range("sentence position", index))?;
        let mut ids: HashSet<SentenceId> = d.sentences[..index]
            .iter()
            .chain(&d.sentences[end..])
            .map(|s| s.id)
            .collect();
        for s in &insert {
            check_sentence(d, &self.codebook, s)?;
            if !ids.insert(s.id) {
                return Err(err(
                    EditErrorKind::DuplicateId,
                    format!("sentence id {} is already in use", s.id),
                ));
            }
        }
        let before = index.checked_sub(1).map(|i| &*d.sentences[i]);
        let after = d.sentences.get(end).map(|s| &**s);
        let mut previous = before;
        for s in insert.iter().map(|s| &**s).chain(after) {
            if let Some(p) = previous {
                if p.span.end > s.span.start || p.paragraph > s.paragraph {
                    return Err(err(
                        EditErrorKind::InvalidSentence,
                        format!(
                            "sentence {} would overlap or precede sentence {}",
                            s.id, p.id
                        ),
                    ));
                }
            }
            previous = Some(s);
        }
        let d = Rc::make_mut(&mut self.documents[di]);
        let removed: Vec<Rc<Sentence>> = d.sentences.splice(index..end, insert.clone()).collect();
        Ok(Edit::ReplaceSentences {
            doc,
            index,
            remove: insert.len(),
            insert: removed,
        })
    }

    fn remove_participant(&mut self, doc: String, id: String) -> Result<Edit, EditError> {
        let di = self.doc_index(&doc)?;
        let d = &self.documents[di];
        let pi = d
            .participants
            .iter()
            .position(|p| p.id == id)
            .ok_or_else(|| unknown_participant(&doc, &id))?;
        let speaker = Speaker::Participant(id);
        let d = Rc::make_mut(&mut self.documents[di]);
        let mut restore = Vec::new();
        for s in d.sentences.iter_mut() {
            if s.speaker == speaker {
                restore.push((s.id, speaker.clone()));
                Rc::make_mut(s).speaker = Speaker::Narration;
            }
        }
        let participant = d.participants.remove(pi);
        let add = Edit::AddParticipant {
            doc: doc.clone(),
            index: pi,
            participant,
        };
        if restore.is_empty() {
            Ok(add)
        } else {
            Ok(Edit::Batch(vec![
                add,
                Edit::SetSpeakers {
                    doc,
                    changes: restore,
                },
            ]))
        }
    }

    /// Rewrites the theme list of every sentence for which `f` returns a new list, and returns
    /// the edits that restore the old lists (one per changed document).
    fn rewrite_labels(&mut self, f: impl Fn(&[String]) -> Option<Vec<String>>) -> Vec<Edit> {
        let mut restore = Vec::new();
        for d in self.documents.iter_mut() {
            if !d.sentences.iter().any(|s| f(&s.themes).is_some()) {
                continue;
            }
            let d = Rc::make_mut(d);
            let mut changes = Vec::new();
            for s in d.sentences.iter_mut() {
                if let Some(themes) = f(&s.themes) {
                    let old = std::mem::replace(&mut Rc::make_mut(s).themes, themes);
                    changes.push((s.id, old));
                }
            }
            restore.push(Edit::SetThemes {
                doc: d.id.clone(),
                changes,
            });
        }
        restore
    }
}

/// `first` then `rest` as one edit (no batch when there is nothing else).
fn batch(mut first: Vec<Edit>, rest: Vec<Edit>) -> Edit {
    if rest.is_empty() && first.len() == 1 {
        return first.remove(0);
    }
    first.extend(rest);
    Edit::Batch(first)
}

fn out_of_range(what: &str, index: usize) -> EditError {
    err(
        EditErrorKind::OutOfRange,
        format!("{what} {index} is out of range"),
    )
}

fn sentence_positions(d: &AnnotatedDocument) -> HashMap<SentenceId, usize> {
    d.sentences
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect()
}

fn check_theme_list(codebook: &Codebook, themes: &[String]) -> Result<(), EditError> {
    for (i, t) in themes.iter().enumerate() {
        if !codebook.contains(t) {
            return Err(unknown_theme(t));
        }
        if themes[..i].contains(t) {
            return Err(err(
                EditErrorKind::InvalidValue,
                format!("theme {t:?} is listed twice"),
            ));
        }
    }
    Ok(())
}

fn check_speaker(d: &AnnotatedDocument, speaker: &Speaker) -> Result<(), EditError> {
    match speaker {
        Speaker::Participant(id) if d.participant(id).is_none() => {
            Err(unknown_participant(&d.id, id))
        }
        _ => Ok(()),
    }
}

fn check_sentence(
    d: &AnnotatedDocument,
    codebook: &Codebook,
    s: &Sentence,
) -> Result<(), EditError> {
    let invalid = |why: String| {
        err(
            EditErrorKind::InvalidSentence,
            format!("sentence {}: {why}", s.id),
        )
    };
    let p = d
        .paragraphs
        .get(s.paragraph)
        .ok_or_else(|| invalid(format!("no paragraph {}", s.paragraph)))?;
    let Span { start, end } = s.span;
    if start >= end || start < p.span.start || end > p.span.end {
        return Err(invalid(format!(
            "span {start}..{end} is empty or outside its paragraph"
        )));
    }
    if !d.text.is_char_boundary(start) || !d.text.is_char_boundary(end) {
        return Err(invalid(format!("span {start}..{end} cuts a character")));
    }
    check_theme_list(codebook, &s.themes)?;
    check_speaker(d, &s.speaker)
}

fn check_participant_id(id: &str) -> Result<(), EditError> {
    if id.trim().is_empty() || id == "both" {
        return Err(err(
            EditErrorKind::InvalidValue,
            format!("{id:?} cannot be a participant id"),
        ));
    }
    Ok(())
}

fn check_theme_id(id: &str) -> Result<(), EditError> {
    if id.trim().is_empty() {
        return Err(err(
            EditErrorKind::InvalidValue,
            "a theme id cannot be blank",
        ));
    }
    Ok(())
}

fn check_theme_name(name: &str) -> Result<(), EditError> {
    if name.trim().is_empty() {
        return Err(err(
            EditErrorKind::InvalidValue,
            "a theme name cannot be blank",
        ));
    }
    Ok(())
}

/// Checks that a codebook's ids are present and unique and its names not blank.
pub fn check_codebook(codebook: &Codebook) -> Result<(), EditError> {
    limits::check_themes(codebook.themes.len()).map_err(over_limit)?;
    for (i, t) in codebook.themes.iter().enumerate() {
        check_theme_id(&t.id)?;
        check_theme_name(&t.name)?;
        if codebook.themes[..i].iter().any(|u| u.id == t.id) {
            return Err(err(
                EditErrorKind::DuplicateId,
                format!("theme id {:?} is used twice", t.id),
            ));
        }
    }
    Ok(())
}

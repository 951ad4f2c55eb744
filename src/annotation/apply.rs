//! Applying an edit: [`Workspace::apply`] changes the workspace and returns the inverse edit,
//! copying only what the edit touches. The edits to a document's sentences are in
//! [`sentences`].

mod paragraphs;
mod sentences;

use std::rc::Rc;

use super::checks::{
    check_codebook, check_participant_id, check_theme_id, check_theme_name, check_theme_parent,
    refusal,
};
use super::codebook::{is_shortcut_key, Theme};
use super::document::AnnotatedDocument;
use super::edit::{
    err, out_of_range, over_limit, unknown_participant, unknown_sentence, unknown_theme, Edit,
    EditError, EditErrorKind,
};
use super::validate::check_document;
use super::workspace::Workspace;
use crate::export::limits;
use crate::readout::Speaker;

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
            Edit::MergeParagraphWithNext { doc, paragraph } => {
                self.merge_paragraphs(doc, paragraph)
            }
            Edit::SplitParagraph {
                doc,
                paragraph,
                before,
                first_end,
                second,
            } => self.split_paragraph(doc, paragraph, before, first_end, second),
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
                check_participant_id(&participant.id, index)?;
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
                if let Some(key) = theme.key {
                    if !is_shortcut_key(key) {
                        return Err(err(
                            EditErrorKind::InvalidValue,
                            format!("{key:?} is not a shortcut key: keys are 1 to 9"),
                        ));
                    }
                    if let Some(holder) = self.codebook.theme_for_key(key) {
                        return Err(err(
                            EditErrorKind::DuplicateId,
                            format!("key {key} is held by theme {:?}", holder.name),
                        ));
                    }
                }
                check_theme_parent(&self.codebook, &theme.id, theme.parent.as_deref())?;
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
            Edit::SetThemeParent { id, parent } => {
                check_theme_parent(&self.codebook, &id, parent.as_deref())?;
                let t = self.theme_mut(&id)?;
                let old = std::mem::replace(&mut t.parent, parent);
                Ok(Edit::SetThemeParent { id, parent: old })
            }
            Edit::SetThemeKey { id, key } => {
                if let Some(k) = key.filter(|k| !is_shortcut_key(*k)) {
                    return Err(err(
                        EditErrorKind::InvalidValue,
                        format!("{k:?} is not a shortcut key: keys are 1 to 9"),
                    ));
                }
                let old = self.theme_mut(&id)?.key;
                let holder = key
                    .and_then(|k| self.codebook.theme_for_key(k))
                    .filter(|t| t.id != id)
                    .map(|t| t.id.clone());
                self.theme_mut(&id)?.key = key;
                match holder {
                    Some(holder) => {
                        self.theme_mut(&holder)?.key = old;
                        Ok(Edit::SetThemeKey { id: holder, key })
                    }
                    None => Ok(Edit::SetThemeKey { id, key: old }),
                }
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
                let moved_up = self.lift_children(&id);
                let theme = self.codebook.themes.remove(index);
                Ok(batch(
                    vec![Edit::AddTheme { index, theme }],
                    [restore, moved_up].concat(),
                ))
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
                let moved_up = self.lift_children(&from);
                let theme = self.codebook.themes.remove(index);
                Ok(batch(
                    vec![Edit::AddTheme { index, theme }],
                    [restore, moved_up].concat(),
                ))
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
                check_document(&document, &self.codebook).map_err(refusal)?;
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
                check_codebook(&workspace.codebook)?;
                for document in &workspace.documents {
                    check_document(document, &workspace.codebook).map_err(refusal)?;
                }
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
impl Workspace {
    /// Moves the themes directly under `id` up to its parent, before `id` leaves the
    /// codebook; returns the edits that put them back under it.
    fn lift_children(&mut self, id: &str) -> Vec<Edit> {
        let grandparent = self.codebook.get(id).and_then(|t| t.parent.clone());
        let mut restore = Vec::new();
        for t in &mut self.codebook.themes {
            if t.parent.as_deref() == Some(id) {
                t.parent.clone_from(&grandparent);
                restore.push(Edit::SetThemeParent {
                    id: t.id.clone(),
                    parent: Some(id.to_owned()),
                });
            }
        }
        restore
    }
}

fn batch(mut first: Vec<Edit>, rest: Vec<Edit>) -> Edit {
    if rest.is_empty() && first.len() == 1 {
        return first.remove(0);
    }
    first.extend(rest);
    Edit::Batch(first)
}

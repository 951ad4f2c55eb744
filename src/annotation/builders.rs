//! The edits the page's buttons and keys build from a workspace: adding a document, merging a
//! sentence or a paragraph with the next, toggling a theme on a selection, clearing a
//! selection's themes. Each is checked against the
//! workspace as it is, so applying it right after succeeds.

use std::rc::Rc;

use super::document::{AnnotatedDocument, SentenceId};
use super::edit::{err, unknown_sentence, Edit, EditError, EditErrorKind};
use super::workspace::Workspace;
use crate::readout::Speaker;

impl Workspace {
    /// The edit "Merge with next" makes: the sentence and the one after it become one. When
    /// the next sentence starts the next paragraph, the two paragraphs are merged first, in
    /// the same undo step. Refused for the document's last sentence.
    pub fn merge_with_next_edit(&self, doc: &str, sentence: SentenceId) -> Result<Edit, EditError> {
        let d = &self.documents[self.doc_index(doc)?];
        let at = d
            .sentence_index(sentence)
            .ok_or_else(|| unknown_sentence(doc, sentence))?;
        let Some(next) = d.sentences.get(at + 1) else {
            return Err(err(
                EditErrorKind::InvalidMerge,
                format!("sentence {sentence} is the last of the document"),
            ));
        };
        let merge = Edit::MergeWithNext {
            doc: doc.to_owned(),
            sentence,
        };
        let paragraph = d.sentences[at].paragraph;
        if next.paragraph == paragraph {
            return Ok(merge);
        }
        Ok(Edit::Batch(vec![
            Edit::MergeParagraphWithNext {
                doc: doc.to_owned(),
                paragraph,
            },
            merge,
        ]))
    }

    /// The edit "Merge paragraph with next" makes for the paragraph holding `sentence`.
    pub fn merge_paragraph_edit(&self, doc: &str, sentence: SentenceId) -> Result<Edit, EditError> {
        let d = &self.documents[self.doc_index(doc)?];
        let s = d
            .sentence(sentence)
            .ok_or_else(|| unknown_sentence(doc, sentence))?;
        if s.paragraph + 1 >= d.paragraphs.len() {
            return Err(err(
                EditErrorKind::InvalidMerge,
                "this is the document's last paragraph",
            ));
        }
        Ok(Edit::MergeParagraphWithNext {
            doc: doc.to_owned(),
            paragraph: s.paragraph,
        })
    }

    /// The edit that adds a parsed text as the last document. Applying it fails when the same
    /// text is already in the workspace (the document ids would clash).
    pub fn add_document_edit(&self, document: AnnotatedDocument) -> Edit {
        Edit::AddDocument {
            index: self.documents.len(),
            document: Rc::new(document),
        }
    }

    /// The edit that toggles `theme` on the listed sentences, as the theme buttons and keys
    /// 1–9 do: when every listed sentence already has it, it is removed from all of them;
    /// otherwise it is added to those that lack it. One edit, so one undo step.
    pub fn toggle_theme(
        &self,
        doc: &str,
        sentences: &[SentenceId],
        theme: &str,
    ) -> Result<Edit, EditError> {
        let d = self.require_document(doc)?;
        if !self.codebook.contains(theme) {
            return Err(EditError::new(
                EditErrorKind::UnknownTheme,
                format!("no theme with id {theme:?}"),
            ));
        }
        let mut current = Vec::with_capacity(sentences.len());
        for (s, &id) in d.sentences_by_id(sentences).into_iter().zip(sentences) {
            current.push(s.ok_or_else(|| unknown_sentence(doc, id))?);
        }
        let remove = !current.is_empty() && current.iter().all(|s| s.has_theme(theme));
        let changes = current
            .iter()
            .filter(|s| s.has_theme(theme) == remove)
            .map(|s| {
                let mut themes = s.themes.clone();
                if remove {
                    themes.retain(|t| t != theme);
                } else {
                    themes.push(theme.to_string());
                }
                (s.id, themes)
            })
            .collect();
        Ok(Edit::SetThemes {
            doc: doc.to_string(),
            changes,
        })
    }

    /// The edit that removes every theme from the listed sentences (key 0).
    pub fn clear_themes(&self, doc: &str, sentences: &[SentenceId]) -> Result<Edit, EditError> {
        let d = self.require_document(doc)?;
        let mut changes = Vec::new();
        for (s, &id) in d.sentences_by_id(sentences).into_iter().zip(sentences) {
            let s = s.ok_or_else(|| unknown_sentence(doc, id))?;
            if s.is_labelled() {
                changes.push((id, Vec::new()));
            }
        }
        Ok(Edit::SetThemes {
            doc: doc.to_string(),
            changes,
        })
    }
}

impl AnnotatedDocument {
    /// The edit that removes a participant and gives their sentences to `speaker` (another
    /// participant, both sides, or narration), in one undo step.
    pub fn remove_participant_edit(
        &self,
        participant: &str,
        speaker: Speaker,
    ) -> Result<Edit, EditError> {
        let (d, doc) = (self, self.id.as_str());
        if d.participant(participant).is_none() {
            return Err(err(
                EditErrorKind::UnknownParticipant,
                format!("document {doc:?} has no participant {participant:?}"),
            ));
        }
        if speaker == Speaker::Participant(participant.to_owned()) {
            return Err(err(
                EditErrorKind::InvalidValue,
                "the sentences cannot go to the participant being removed",
            ));
        }
        let theirs = Speaker::Participant(participant.to_owned());
        let changes: Vec<(SentenceId, Speaker)> = d
            .sentences
            .iter()
            .filter(|s| s.speaker == theirs)
            .map(|s| (s.id, speaker.clone()))
            .collect();
        let remove = Edit::RemoveParticipant {
            doc: doc.to_owned(),
            id: participant.to_owned(),
        };
        if changes.is_empty() || speaker == Speaker::Narration {
            return Ok(remove);
        }
        Ok(Edit::Batch(vec![
            Edit::SetSpeakers {
                doc: doc.to_owned(),
                changes,
            },
            remove,
        ]))
    }

    /// How many sentences this speaker says.
    pub fn spoken_by(&self, speaker: &Speaker) -> usize {
        self.sentences
            .iter()
            .filter(|s| s.speaker == *speaker)
            .count()
    }
}

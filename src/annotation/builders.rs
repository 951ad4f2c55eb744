//! The edits the page's buttons and keys build from a workspace: adding a document, toggling
//! a theme on a selection, clearing a selection's themes. Each is checked against the
//! workspace as it is, so applying it right after succeeds.

use std::rc::Rc;

use super::document::{AnnotatedDocument, SentenceId};
use super::edit::{unknown_sentence, Edit, EditError, EditErrorKind};
use super::workspace::Workspace;

impl Workspace {
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

//! The workspace: one codebook and the documents coded with it.

use std::rc::Rc;

use super::codebook::Codebook;
use super::document::{AnnotatedDocument, Progress, SentenceId};
use super::edit::{Edit, EditError, EditErrorKind};

/// Everything a user works on: what the page shows, what autosave stores and what the labeled
/// JSON holds. Change it only through [`Workspace::apply`] (or [`super::History::apply`]) so
/// every change can be undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    /// The themes documents are coded with.
    pub codebook: Codebook,
    /// The documents, in the order the user added them; ids are unique.
    pub documents: Vec<Rc<AnnotatedDocument>>,
}

impl Default for Workspace {
    /// A fresh workspace: the default diplomatic codebook and no documents.
    fn default() -> Self {
        Self::new(Codebook::diplomatic_default())
    }
}

impl Workspace {
    /// An empty workspace with this codebook.
    pub fn new(codebook: Codebook) -> Self {
        Self {
            codebook,
            documents: Vec::new(),
        }
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&Rc<AnnotatedDocument>> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// Position of the document with this id.
    pub fn document_index(&self, id: &str) -> Option<usize> {
        self.documents.iter().position(|d| d.id == id)
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

    /// How many sentences carry each theme across all documents, in codebook order.
    pub fn theme_counts(&self) -> Vec<usize> {
        let ids: Vec<&str> = self.codebook.themes.iter().map(|t| t.id.as_str()).collect();
        let mut total = vec![0; ids.len()];
        for d in &self.documents {
            for (sum, n) in total.iter_mut().zip(d.theme_counts(&ids)) {
                *sum += n;
            }
        }
        total
    }

    /// How many sentences carry each theme in one document, in codebook order.
    pub fn document_theme_counts(&self, doc: &AnnotatedDocument) -> Vec<usize> {
        let ids: Vec<&str> = self.codebook.themes.iter().map(|t| t.id.as_str()).collect();
        doc.theme_counts(&ids)
    }

    /// Labelled and total sentences over all documents.
    pub fn progress(&self) -> Progress {
        self.documents
            .iter()
            .map(|d| d.progress())
            .fold(Progress::default(), |a, b| a + b)
    }

    /// Sentences per speaker over all documents, keyed by speaker label (participant names,
    /// since participant ids only mean something within one document), in first-seen order.
    pub fn speaker_counts(&self) -> Vec<(String, usize)> {
        let mut out: Vec<(String, usize)> = Vec::new();
        for d in &self.documents {
            for (speaker, n) in d.speaker_counts() {
                let label = d.speaker_label(&speaker);
                match out.iter_mut().find(|(l, _)| *l == label) {
                    Some(entry) => entry.1 += n,
                    None => out.push((label, n)),
                }
            }
        }
        out
    }

    pub(super) fn require_document(&self, id: &str) -> Result<&AnnotatedDocument, EditError> {
        self.document(id).map(|d| &**d).ok_or_else(|| {
            EditError::new(
                EditErrorKind::UnknownDocument,
                format!("no document with id {id:?}"),
            )
        })
    }
}

pub(super) fn unknown_sentence(doc: &str, id: SentenceId) -> EditError {
    EditError::new(
        EditErrorKind::UnknownSentence,
        format!("document {doc:?} has no sentence {id}"),
    )
}

//! The workspace: one codebook and the documents coded with it.

use std::rc::Rc;

use super::codebook::Codebook;
use super::document::{AnnotatedDocument, Progress};

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

    /// How many sentences carry each theme across all documents, in codebook order; a
    /// parent's count includes the sentences of the themes under it.
    pub fn theme_counts(&self) -> Vec<usize> {
        let roll = self.codebook.roll_up();
        let mut total = vec![0; self.codebook.themes.len()];
        for s in self.documents.iter().flat_map(|d| &d.sentences) {
            roll.count(&s.themes, &mut total);
        }
        total
    }

    /// How many sentences carry each theme in one document, in codebook order; a parent's
    /// count includes the sentences of the themes under it.
    pub fn document_theme_counts(&self, doc: &AnnotatedDocument) -> Vec<usize> {
        let roll = self.codebook.roll_up();
        let mut counts = vec![0; self.codebook.themes.len()];
        for s in &doc.sentences {
            roll.count(&s.themes, &mut counts);
        }
        counts
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
}

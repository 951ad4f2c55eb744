//! How a text or a saved workspace enters the workspace: the rules behind the page's
//! *Annotate* button and its start-up restore, kept here so they are tested natively.

use std::fmt;
use std::rc::Rc;

use super::{AnnotatedDocument, Edit, Workspace};
use crate::readout;

/// What annotating a text leads to.
#[derive(Clone, Debug, PartialEq)]
pub enum Annotated {
    /// A new document: applying `edit` (through the history, so it can be undone) adds it.
    New {
        /// The new document's id.
        id: String,
        /// The edit that adds it.
        edit: Edit,
    },
    /// The same text is already in the workspace, as this document.
    AlreadyThere {
        /// Its id.
        id: String,
    },
}

/// Why a text gives no document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnnotateRefusal {
    /// Nothing but white space.
    Empty,
    /// No letter or digit anywhere: only symbols or emoji.
    NoWords,
}

impl fmt::Display for AnnotateRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AnnotateRefusal::Empty => {
                "Nothing to annotate: paste a readout into the text box first"
            }
            AnnotateRefusal::NoWords => {
                "No sentence found: the text has no words to annotate (only symbols or emoji), \
                 so no document was created"
            }
        })
    }
}

impl std::error::Error for AnnotateRefusal {}

impl Workspace {
    /// Parses `text` as a new document, or finds the document that already holds it.
    pub fn annotate(&self, text: &str) -> Result<Annotated, AnnotateRefusal> {
        if text.trim().is_empty() {
            return Err(AnnotateRefusal::Empty);
        }
        let parsed = readout::parse(text);
        if !parsed.has_body_text(text) {
            return Err(AnnotateRefusal::NoWords);
        }
        let document = AnnotatedDocument::from_parsed(text, &parsed);
        let id = document.id.clone();
        if self.document(&id).is_some() {
            return Ok(Annotated::AlreadyThere { id });
        }
        Ok(Annotated::New {
            edit: self.add_document_edit(document),
            id,
        })
    }

    /// The saved workspace, with the documents of `unsaved` it lacks added after its own:
    /// whatever was pasted while the store was being read is kept, not silently dropped.
    pub fn merged_with_unsaved(mut self, unsaved: &Workspace) -> Workspace {
        for doc in &unsaved.documents {
            if self.document(&doc.id).is_none() {
                self.documents.push(Rc::clone(doc));
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::{AnnotateRefusal, Annotated};
    use crate::annotation::{Codebook, Workspace};

    const TEXT: &str = "Leaders talk\n\nA spoke with B. They agreed on trade.";

    #[test]
    fn a_text_becomes_a_new_document_once() {
        let mut workspace = Workspace::new(Codebook::diplomatic_default());
        let Ok(Annotated::New { id, edit }) = workspace.annotate(TEXT) else {
            panic!("a readout is annotated");
        };
        workspace.apply(edit).unwrap();
        assert_eq!(workspace.documents.len(), 1);
        assert_eq!(workspace.documents[0].id, id);
        assert_eq!(workspace.annotate(TEXT), Ok(Annotated::AlreadyThere { id }));
    }

    #[test]
    fn blank_and_wordless_texts_are_refused() {
        let workspace = Workspace::default();
        for (text, refusal) in [
            ("", AnnotateRefusal::Empty),
            (" \n\t\u{a0}", AnnotateRefusal::Empty),
            ("😀 🎉 — !!!", AnnotateRefusal::NoWords),
        ] {
            assert_eq!(workspace.annotate(text), Err(refusal), "{text:?}");
        }
        assert!(AnnotateRefusal::NoWords
            .to_string()
            .contains("no document was created"));
    }

    #[test]
    fn a_restore_keeps_what_was_pasted_meanwhile() {
        let mut saved = Workspace::new(Codebook::diplomatic_default());
        let mut unsaved = Workspace::default();
        for (workspace, text) in [(&mut saved, TEXT), (&mut unsaved, "Other\n\nC met D.")] {
            let Ok(Annotated::New { edit, .. }) = workspace.annotate(text) else {
                panic!("{text:?} is annotated");
            };
            workspace.apply(edit).unwrap();
        }
        // The same text pasted on both sides is kept once.
        let Ok(Annotated::New { edit, .. }) = unsaved.annotate(TEXT) else {
            panic!("new in the unsaved workspace");
        };
        unsaved.apply(edit).unwrap();
        let merged = saved.clone().merged_with_unsaved(&unsaved);
        let ids: Vec<&str> = merged.documents.iter().map(|d| d.id.as_str()).collect();
        let expected = [
            saved.documents[0].id.as_str(),
            unsaved.documents[0].id.as_str(),
        ];
        assert_eq!(ids, expected);
        assert_eq!(merged.codebook, saved.codebook);
    }
}

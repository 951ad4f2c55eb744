//! Coders' workspaces for the agreement tests, built without the parser so that the figures
//! depend only on the labels. Included by other test files with `#[path]`.

#![allow(dead_code)] // Each including test file uses a different subset of these helpers.

use std::rc::Rc;

use readout_annotator::annotation::{AnnotatedDocument, Workspace};
use readout_annotator::readout::{Document, Paragraph, ParsedSentence, Span, Speaker};

/// A document of `n` one-sentence paragraphs ("Sentence 1 😷." ...; the emoji makes byte and
/// code-point offsets differ), nothing labelled.
pub fn numbered_doc(title: &str, n: usize) -> AnnotatedDocument {
    let mut text = format!("{title}\n\n");
    let mut doc = Document::default();
    for i in 1..=n {
        let start = text.len();
        text.push_str(&format!("Sentence {i} 😷 of {title}."));
        let span = Span::new(start, text.len());
        text.push_str("\n\n");
        doc.paragraphs.push(Paragraph {
            span,
            number: None,
            sentences: vec![ParsedSentence {
                span,
                speaker: Speaker::Narration,
            }],
        });
    }
    AnnotatedDocument::from_parsed(&text, &doc)
}

/// A workspace with the default codebook holding `doc` with `theme` on the sentences whose
/// flag is true (in order).
pub fn coder(doc: &AnnotatedDocument, theme: &str, flags: &[bool]) -> Workspace {
    let mut doc = doc.clone();
    for (s, &on) in doc.sentences.iter_mut().zip(flags) {
        Rc::make_mut(s).themes = if on {
            vec![theme.to_string()]
        } else {
            Vec::new()
        };
    }
    let mut ws = Workspace::default();
    ws.documents.push(Rc::new(doc));
    ws
}

/// Two coders' yes/no flags following a 2×2 table: `yy` units both say yes, `yn` only the
/// first, `ny` only the second, `nn` neither.
pub fn table(yy: usize, yn: usize, ny: usize, nn: usize) -> (Vec<bool>, Vec<bool>) {
    let cells = [
        ((true, true), yy),
        ((true, false), yn),
        ((false, true), ny),
        ((false, false), nn),
    ];
    cells
        .iter()
        .flat_map(|&(pair, k)| std::iter::repeat_n(pair, k))
        .unzip()
}

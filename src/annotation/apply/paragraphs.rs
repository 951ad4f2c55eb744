//! Applying the edits that join and part paragraphs: merging a paragraph with the next one
//! (which a sentence merge across a paragraph end needs first), and the split that undoes it.

use std::rc::Rc;

use crate::annotation::document::{Paragraph, SentenceId};
use crate::annotation::edit::{
    err, out_of_range, unknown_sentence, Edit, EditError, EditErrorKind,
};
use crate::annotation::validate::check_document;
use crate::annotation::workspace::Workspace;

impl Workspace {
    pub(super) fn merge_paragraphs(
        &mut self,
        doc: String,
        paragraph: usize,
    ) -> Result<Edit, EditError> {
        let di = self.doc_index(&doc)?;
        let d = &self.documents[di];
        let (Some(first), Some(second)) =
            (d.paragraphs.get(paragraph), d.paragraphs.get(paragraph + 1))
        else {
            return Err(err(
                EditErrorKind::InvalidMerge,
                format!("paragraph {} is the last paragraph", paragraph + 1),
            ));
        };
        let (first, second) = (*first, *second);
        let before = d
            .sentences
            .iter()
            .find(|s| s.paragraph == paragraph + 1)
            .map(|s| s.id)
            .ok_or_else(|| out_of_range("paragraph", paragraph + 1))?;
        let mut merged = (**d).clone();
        merged.paragraphs[paragraph].span.end = second.span.end;
        merged.paragraphs.remove(paragraph + 1);
        for s in merged
            .sentences
            .iter_mut()
            .filter(|s| s.paragraph > paragraph)
        {
            Rc::make_mut(s).paragraph -= 1;
        }
        if check_document(&merged, &self.codebook).is_err() {
            return Err(err(
                EditErrorKind::InvalidMerge,
                format!(
                    "paragraphs {} and {} are apart: a line around the readout lies between them",
                    paragraph + 1,
                    paragraph + 2
                ),
            ));
        }
        self.documents[di] = Rc::new(merged);
        Ok(Edit::SplitParagraph {
            doc,
            paragraph,
            before,
            first_end: first.span.end,
            second,
        })
    }

    pub(super) fn split_paragraph(
        &mut self,
        doc: String,
        paragraph: usize,
        before: SentenceId,
        first_end: usize,
        second: Paragraph,
    ) -> Result<Edit, EditError> {
        let di = self.doc_index(&doc)?;
        let d = &self.documents[di];
        let at = d
            .sentence_index(before)
            .ok_or_else(|| unknown_sentence(&doc, before))?;
        let starts_it = at == 0 || d.sentences[at - 1].paragraph != paragraph;
        if d.sentences[at].paragraph != paragraph || starts_it {
            return Err(err(
                EditErrorKind::InvalidSplit,
                format!(
                    "sentence {before} is not inside paragraph {}",
                    paragraph + 1
                ),
            ));
        }
        let mut split = (**d).clone();
        split.paragraphs[paragraph].span.end = first_end;
        split.paragraphs.insert(paragraph + 1, second);
        for s in split.sentences[at..].iter_mut() {
            Rc::make_mut(s).paragraph += 1;
        }
        if let Err(problem) = check_document(&split, &self.codebook) {
            return Err(err(
                EditErrorKind::InvalidSplit,
                format!("the paragraph cannot be split there: {problem}"),
            ));
        }
        self.documents[di] = Rc::new(split);
        Ok(Edit::MergeParagraphWithNext { doc, paragraph })
    }
}

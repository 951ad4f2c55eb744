//! What the flat exports share: each sentence's range in code points (Python's `str` indexes,
//! which doccano, Prodigy, spaCy and REFI-QDA's plain-text positions use), computed in one
//! pass over the document's text.

use super::offsets::PositionTable;
use crate::annotation::AnnotatedDocument;

/// `(start, end)` in code points of each sentence of `doc`, in sentence order.
pub(crate) fn sentence_ranges(doc: &AnnotatedDocument) -> Vec<(usize, usize)> {
    let bytes = doc
        .sentences
        .iter()
        .flat_map(|s| [s.span.start, s.span.end])
        .collect();
    let table = PositionTable::from_bytes(&doc.text, bytes);
    doc.sentences
        .iter()
        .map(|s| {
            (
                table.at_byte(s.span.start).char,
                table.at_byte(s.span.end).char,
            )
        })
        .collect()
}

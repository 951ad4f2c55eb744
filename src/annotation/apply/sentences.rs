//! Applying the edits that change a document's sentences: their themes and speakers, a split,
//! a merge, and the replacement of a run of sentences that undoes either.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::annotation::checks::{check_sentence, check_speaker, check_theme_list};
use crate::annotation::document::{AnnotatedDocument, Sentence, SentenceId};
use crate::annotation::edit::{
    err, out_of_range, unknown_sentence, Edit, EditError, EditErrorKind,
};
use crate::annotation::workspace::Workspace;
use crate::export::limits;
use crate::readout::{Span, Speaker};

impl Workspace {
    pub(super) fn set_themes(
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
            check_theme_list(&self.codebook, id, &themes)?;
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

    pub(super) fn set_speakers(
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
            check_speaker(d, id, &speaker)?;
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

    pub(super) fn split(
        &mut self,
        doc: String,
        sentence: SentenceId,
        at: usize,
    ) -> Result<Edit, EditError> {
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

    pub(super) fn merge(&mut self, doc: String, sentence: SentenceId) -> Result<Edit, EditError> {
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
                    format!(
                    "sentence {sentence} is the last of its paragraph: merge the paragraphs first"
                ),
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

    pub(super) fn replace_sentences(
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
}

fn sentence_positions(d: &AnnotatedDocument) -> HashMap<SentenceId, usize> {
    d.sentences
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id, i))
        .collect()
}

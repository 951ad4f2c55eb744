//! Keeping a trained suggester up to date as the workspace changes, one relabelled sentence
//! at a time instead of a retraining.

use std::rc::Rc;

use super::model::Suggester;
use crate::annotation::{SentenceId, Workspace};

/// Brings a suggester trained on `before` up to date with `after` by relabelling only the
/// sentences whose labels changed (pointer-equal sentences are skipped without a look), so a
/// label costs the page one sentence's features, not a retraining. Returns `None` when the
/// codebook changed, which needs a fresh [`Suggester::train`].
pub fn follow(suggester: &mut Suggester, before: &Workspace, after: &Workspace) -> Option<()> {
    if before.codebook != after.codebook {
        return None;
    }
    let model = suggester.model_mut();
    let empty: &[Rc<crate::annotation::Sentence>] = &[];
    for doc in &after.documents {
        let old = before.document(&doc.id);
        if old.is_some_and(|old| Rc::ptr_eq(old, doc)) {
            continue;
        }
        let old_sentences = old.map_or(empty, |d| d.sentences.as_slice());
        // Sentences are in text order in both: walk them together by id.
        let by_id: std::collections::HashMap<SentenceId, &Rc<crate::annotation::Sentence>> =
            old_sentences.iter().map(|s| (s.id, s)).collect();
        for s in &doc.sentences {
            match by_id.get(&s.id) {
                Some(o) if Rc::ptr_eq(o, s) => {}
                Some(o) if o.span == s.span => {
                    if o.themes != s.themes {
                        model.relabel(doc.sentence_text(s), &o.themes, &s.themes);
                    }
                }
                Some(o) => {
                    // Split or merged: the old text goes, the new one comes.
                    let old_doc = old.map(|d| &**d).unwrap_or(doc);
                    model.relabel(old_doc.sentence_text(o), &o.themes, &[]);
                    model.relabel(doc.sentence_text(s), &[], &s.themes);
                }
                None => model.relabel(doc.sentence_text(s), &[], &s.themes),
            }
        }
        let kept: std::collections::HashSet<SentenceId> =
            doc.sentences.iter().map(|s| s.id).collect();
        if let Some(old) = old {
            for o in old.sentences.iter().filter(|o| !kept.contains(&o.id)) {
                model.relabel(old.sentence_text(o), &o.themes, &[]);
            }
        }
    }
    for old in &before.documents {
        if after.document(&old.id).is_none() {
            for o in &old.sentences {
                model.relabel(old.sentence_text(o), &o.themes, &[]);
            }
        }
    }
    Some(())
}

//! Keeping a trained suggester up to date as the workspace changes, one relabelled sentence
//! at a time instead of a retraining, and the one suggester the page's panel and its Enter
//! key share ([`LiveSuggester`]).

use std::rc::Rc;

use super::model::{accept_edit, Suggester, Suggestion};
use crate::annotation::{Edit, SentenceId, Workspace};

/// A suggester that follows a workspace: trained once, then brought up to date label by label
/// ([`follow`]), retrained only when the codebook changes. The suggestions panel and the
/// *accept the top suggestion* key read the same one, so accepting costs no retraining.
#[derive(Clone, Debug)]
pub struct LiveSuggester {
    suggester: Suggester,
    seen: Workspace,
}

impl LiveSuggester {
    /// A suggester trained on `workspace`.
    pub fn new(workspace: &Workspace) -> Self {
        Self {
            suggester: Suggester::train(workspace),
            seen: workspace.clone(),
        }
    }

    /// Catches up with `workspace` (cheap when nothing changed: documents are compared by
    /// pointer).
    pub fn update(&mut self, workspace: &Workspace) {
        if follow(&mut self.suggester, &self.seen, workspace).is_none() {
            self.suggester = Suggester::train(workspace);
        }
        self.seen = workspace.clone();
    }

    /// The suggester as of the last [`Self::update`].
    pub fn suggester(&self) -> &Suggester {
        &self.suggester
    }

    /// The most confident suggestion for one sentence that it does not carry yet.
    pub fn top(
        &mut self,
        workspace: &Workspace,
        doc: &str,
        sentence: SentenceId,
    ) -> Option<Suggestion> {
        self.update(workspace);
        let doc = workspace.document(doc)?;
        let sentence = doc.sentence(sentence)?;
        self.suggester
            .suggest(doc.sentence_text(sentence))
            .into_iter()
            .find(|s| !sentence.has_theme(&s.theme))
    }

    /// The edit that accepts [`Self::top`], with the theme it applies (for saying what it
    /// did); `None` when there is no suggestion to accept.
    pub fn accept_top(
        &mut self,
        workspace: &Workspace,
        doc: &str,
        sentence: SentenceId,
    ) -> Option<(String, Edit)> {
        let best = self.top(workspace, doc, sentence)?;
        let doc = workspace.document(doc)?;
        let edit = accept_edit(doc, &[(sentence, vec![best.theme.clone()])]);
        Some((best.theme, edit))
    }
}

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

#[cfg(test)]
mod tests {
    use super::LiveSuggester;
    use crate::annotation::suggest::Suggester;
    use crate::annotation::SentenceId;
    use crate::annotation::{AnnotatedDocument, Codebook, Edit, Workspace};

    fn workspace() -> Workspace {
        let mut ws = Workspace::new(Codebook::diplomatic_default());
        let doc = AnnotatedDocument::parse(
            "Leaders talk\n\nThe two sides discussed trade and investment. They agreed to \
             expand trade and investment ties. They also spoke about the weather.",
        );
        let edit = ws.add_document_edit(doc);
        ws.apply(edit).unwrap();
        ws
    }

    #[test]
    fn accepting_the_top_suggestion_labels_the_sentence_and_the_model_follows() {
        let mut ws = workspace();
        let doc = ws.documents[0].id.clone();
        let first = ws.documents[0].sentences[0].id;
        let mut live = LiveSuggester::new(&ws);
        let top = live
            .top(&ws, &doc, first)
            .expect("a trade sentence gets a suggestion");
        assert_eq!(top.theme, "trade");
        let Some((_, edit @ Edit::SetThemes { .. })) = live.accept_top(&ws, &doc, first) else {
            panic!("accepting gives a label edit");
        };
        ws.apply(edit).unwrap();
        assert!(ws.documents[0].sentences[0].has_theme("trade"));
        // The accepted theme is not offered again for that sentence.
        assert_ne!(
            live.top(&ws, &doc, first).map(|s| s.theme),
            Some("trade".into())
        );
        // Followed label by label, the model is the one a retraining would build.
        live.update(&ws);
        assert_eq!(live.suggester().model(), Suggester::train(&ws).model());
    }

    #[test]
    fn nothing_to_accept_for_an_unknown_sentence_or_document() {
        let ws = workspace();
        let mut live = LiveSuggester::new(&ws);
        let doc = ws.documents[0].id.clone();
        assert_eq!(live.accept_top(&ws, &doc, SentenceId(999)), None);
        assert_eq!(
            live.accept_top(&ws, "no-such-document", SentenceId(1)),
            None
        );
    }
}

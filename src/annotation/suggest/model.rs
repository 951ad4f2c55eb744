//! The naive Bayes model over a workspace's own labels, the [`Suggester`] that blends it with
//! the lexicons, and the edit that accepts its suggestions.

use std::collections::HashMap;

use super::features::features;
use super::lexicon::{lexicon, lexicon_hits};
use crate::annotation::{AnnotatedDocument, Codebook, Edit, SentenceId, Workspace};

/// Suggestions below this confidence are not shown at all.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// How many examples of a theme make the model count as much as the lexicon.
const MODEL_HALF_WEIGHT: f64 = 20.0;

/// What the blend assumes for a theme when the lexicon finds nothing.
const LEXICON_SILENT: f64 = 0.1;

/// Feature counts over a set of sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Counts {
    sentences: u32,
    total: u64,
    features: HashMap<u64, u32>,
}

impl Counts {
    fn add(&mut self, features: &[u64]) {
        self.sentences += 1;
        self.total += features.len() as u64;
        for f in features {
            *self.features.entry(*f).or_default() += 1;
        }
    }

    fn remove(&mut self, features: &[u64]) {
        self.sentences = self.sentences.saturating_sub(1);
        self.total = self.total.saturating_sub(features.len() as u64);
        for f in features {
            if let Some(n) = self.features.get_mut(f) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    self.features.remove(f);
                }
            }
        }
    }

    fn count(&self, feature: u64) -> u32 {
        self.features.get(&feature).copied().unwrap_or(0)
    }
}

/// A multinomial naive Bayes model per theme (present against absent, Laplace smoothing)
/// over binary word and bigram features, trained on labelled sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Model {
    all: Counts,
    themes: HashMap<String, Counts>,
}

impl Model {
    /// Adds one coded sentence (its themes may be empty: then it counts against every theme).
    pub fn observe(&mut self, text: &str, themes: &[String]) {
        self.add_features(&features(text), themes);
    }

    /// Removes a sentence added earlier with the same text and themes.
    pub fn forget(&mut self, text: &str, themes: &[String]) {
        self.remove_features(&features(text), themes);
    }

    /// Follows a sentence's label change as the page records it: only labelled sentences
    /// are examples (an unlabelled one may simply not have been read yet).
    pub fn relabel(&mut self, text: &str, before: &[String], after: &[String]) {
        let f = features(text);
        if !before.is_empty() {
            self.remove_features(&f, before);
        }
        if !after.is_empty() {
            self.add_features(&f, after);
        }
    }

    pub(super) fn add_features(&mut self, features: &[u64], themes: &[String]) {
        self.all.add(features);
        for t in themes {
            self.themes.entry(t.clone()).or_default().add(features);
        }
    }

    pub(super) fn remove_features(&mut self, features: &[u64], themes: &[String]) {
        self.all.remove(features);
        for t in themes {
            if let Some(c) = self.themes.get_mut(t) {
                c.remove(features);
            }
        }
    }

    /// Sentences the model has learnt from.
    pub fn examples(&self) -> usize {
        self.all.sentences as usize
    }

    /// Sentences labelled with `theme` among them.
    pub fn positives(&self, theme: &str) -> usize {
        self.themes.get(theme).map_or(0, |c| c.sentences as usize)
    }

    /// Probability that a sentence with these features carries `theme`; `None` until the
    /// model has seen both a sentence with it and one without.
    pub fn probability(&self, features: &[u64], theme: &str) -> Option<f64> {
        let pos = self.themes.get(theme)?;
        let neg_sentences = self.all.sentences.checked_sub(pos.sentences)?;
        if pos.sentences == 0 || neg_sentences == 0 {
            return None;
        }
        let vocabulary = self.all.features.len() as f64;
        let neg_total = self.all.total.saturating_sub(pos.total) as f64;
        let pos_total = pos.total as f64;
        let mut log_odds =
            ((f64::from(pos.sentences) + 1.0) / (f64::from(neg_sentences) + 1.0)).ln();
        for &f in features {
            let all = self.all.count(f);
            if all == 0 {
                continue;
            }
            let p = pos.count(f);
            let n = all.saturating_sub(p);
            log_odds += ((f64::from(p) + 1.0) / (pos_total + vocabulary)).ln()
                - ((f64::from(n) + 1.0) / (neg_total + vocabulary)).ln();
        }
        Some(1.0 / (1.0 + (-log_odds).exp()))
    }
}

/// One suggested theme for a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// Theme id.
    pub theme: String,
    /// Between [`MIN_CONFIDENCE`] and 1.
    pub confidence: f64,
}

/// Lexicons and model together: what the page asks for suggestions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suggester {
    lexicons: Vec<(String, Vec<String>)>,
    pub(super) model: Model,
}

impl Suggester {
    /// A suggester with the codebook's lexicons and a model that has learnt nothing yet.
    pub fn new(codebook: &Codebook) -> Self {
        Self {
            lexicons: codebook
                .themes
                .iter()
                .map(|t| (t.id.clone(), lexicon(t)))
                .collect(),
            model: Model::default(),
        }
    }

    /// A suggester trained on every labelled sentence of the workspace.
    pub fn train(workspace: &Workspace) -> Self {
        let mut s = Self::new(&workspace.codebook);
        for d in &workspace.documents {
            for sentence in d.sentences.iter().filter(|s| s.is_labelled()) {
                s.model.observe(d.sentence_text(sentence), &sentence.themes);
            }
        }
        s
    }

    /// The model, to follow label changes with [`Model::relabel`] instead of retraining.
    pub fn model_mut(&mut self) -> &mut Model {
        &mut self.model
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    pub(super) fn scores(&self, text: &str, features: &[u64]) -> Vec<Suggestion> {
        let lowered = text.to_lowercase();
        let mut out: Vec<Suggestion> = self
            .lexicons
            .iter()
            .filter_map(|(theme, lexicon)| {
                let hits = lexicon_hits(&lowered, lexicon);
                let from_lexicon = match hits {
                    0 => None,
                    1 => Some(0.6),
                    2 => Some(0.75),
                    _ => Some(0.85),
                };
                let confidence = match self.model.probability(features, theme) {
                    Some(p) => {
                        let k = self.model.positives(theme) as f64;
                        let w = k / (k + MODEL_HALF_WEIGHT);
                        w * p + (1.0 - w) * from_lexicon.unwrap_or(LEXICON_SILENT)
                    }
                    None => from_lexicon?,
                };
                (confidence >= MIN_CONFIDENCE).then(|| Suggestion {
                    theme: theme.clone(),
                    confidence,
                })
            })
            .collect();
        out.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
        out
    }

    /// Themes suggested for a text, most confident first.
    pub fn suggest(&self, text: &str) -> Vec<Suggestion> {
        self.scores(text, &features(text))
    }

    /// Suggestions for the document's unlabelled sentences that have any, in text order.
    pub fn suggest_document(&self, doc: &AnnotatedDocument) -> Vec<(SentenceId, Vec<Suggestion>)> {
        doc.sentences
            .iter()
            .filter(|s| !s.is_labelled())
            .map(|s| (s.id, self.suggest(doc.sentence_text(s))))
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }
}

/// The suggestions at or above `threshold`, as (sentence, themes) picks for [`accept_edit`].
pub fn above(
    suggestions: &[(SentenceId, Vec<Suggestion>)],
    threshold: f64,
) -> Vec<(SentenceId, Vec<String>)> {
    suggestions
        .iter()
        .map(|(id, v)| {
            let themes = v
                .iter()
                .filter(|s| s.confidence >= threshold)
                .map(|s| s.theme.clone());
            (*id, themes.collect::<Vec<_>>())
        })
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// One edit (one undo step) adding the picked themes to their sentences; themes a sentence
/// already has and unknown sentences are skipped, so the edit may change nothing.
pub fn accept_edit(doc: &AnnotatedDocument, picks: &[(SentenceId, Vec<String>)]) -> Edit {
    let ids: Vec<SentenceId> = picks.iter().map(|(id, _)| *id).collect();
    let changes = doc
        .sentences_by_id(&ids)
        .into_iter()
        .zip(picks)
        .filter_map(|(s, (id, themes))| {
            let s = s?;
            let mut next = s.themes.clone();
            for t in themes {
                if !next.contains(t) {
                    next.push(t.clone());
                }
            }
            (next.len() > s.themes.len()).then_some((*id, next))
        })
        .collect();
    Edit::SetThemes {
        doc: doc.id.clone(),
        changes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_learns_and_forgets() {
        let health = vec!["health".to_string()];
        let trade = vec!["trade".to_string()];
        let mut m = Model::default();
        assert_eq!(m.probability(&features("vaccines"), "health"), None);
        m.observe("vaccines and medical teams", &health);
        m.observe("tariffs and investment", &trade);
        let p = m.probability(&features("medical vaccines"), "health");
        assert!(p.is_some_and(|p| p > 0.5), "{p:?}");
        let before = m.clone();
        m.observe("a third sentence", &health);
        m.forget("a third sentence", &health);
        assert_eq!(m, before);
        m.relabel("tariffs and investment", &trade, &[]);
        assert_eq!(m.examples(), 1);
        assert_eq!(m.positives("trade"), 0);
    }

    #[test]
    fn accept_edit_adds_only_new_themes() {
        let doc = AnnotatedDocument::parse(
            "Title\n\nThe leaders discussed trade. They discussed health.",
        );
        let ids: Vec<SentenceId> = doc.sentences.iter().map(|s| s.id).collect();
        let picks: Vec<(SentenceId, Vec<String>)> = ids
            .iter()
            .map(|&id| (id, vec!["trade".to_string()]))
            .chain([(SentenceId(999), vec!["x".into()])])
            .collect();
        let Edit::SetThemes { changes, .. } = accept_edit(&doc, &picks) else {
            panic!("accept_edit makes a SetThemes edit");
        };
        assert_eq!(changes.len(), ids.len());
        let suggestions = vec![(
            SentenceId(1),
            vec![
                Suggestion {
                    theme: "a".into(),
                    confidence: 0.9,
                },
                Suggestion {
                    theme: "b".into(),
                    confidence: 0.6,
                },
            ],
        )];
        assert_eq!(
            above(&suggestions, 0.8),
            vec![(SentenceId(1), vec!["a".to_string()])]
        );
        assert!(above(&suggestions, 0.95).is_empty());
    }
}

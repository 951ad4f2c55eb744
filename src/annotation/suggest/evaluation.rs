//! How often suggestions are right: a workspace's sentences as examples, scored per theme,
//! on a held-out half or leaving one sentence out at a time.

use super::features::features;
use super::model::{Suggester, Suggestion};
use crate::annotation::{Codebook, Workspace};

/// A coded sentence: its text and the themes a coder gave it (possibly none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example<'a> {
    /// The sentence's text.
    pub text: &'a str,
    /// Its themes.
    pub themes: &'a [String],
}

/// Every sentence of the workspace as an example, in document and text order.
pub fn examples(workspace: &Workspace) -> Vec<Example<'_>> {
    workspace
        .documents
        .iter()
        .flat_map(|d| {
            d.sentences.iter().map(|s| Example {
                text: d.sentence_text(s),
                themes: &s.themes,
            })
        })
        .collect()
}

/// Suggestion counts for one theme.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThemeScore {
    /// Theme id (`"all"` for the total).
    pub id: String,
    /// Suggested and labelled.
    pub true_positives: usize,
    /// Suggested, not labelled.
    pub false_positives: usize,
    /// Labelled, not suggested.
    pub false_negatives: usize,
}

impl ThemeScore {
    /// Share of suggestions that were right; `None` when nothing was suggested.
    pub fn precision(&self) -> Option<f64> {
        let n = self.true_positives + self.false_positives;
        (n > 0).then(|| self.true_positives as f64 / n as f64)
    }

    /// Share of labels that were suggested; `None` when the theme never occurs.
    pub fn recall(&self) -> Option<f64> {
        let n = self.true_positives + self.false_negatives;
        (n > 0).then(|| self.true_positives as f64 / n as f64)
    }
}

/// How suggestions fared against a coder's labels.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    /// Per theme, in codebook order.
    pub themes: Vec<ThemeScore>,
    /// Sentences tested.
    pub sentences: usize,
}

impl Evaluation {
    /// Counts over all themes (micro-average).
    pub fn total(&self) -> ThemeScore {
        let mut t = ThemeScore {
            id: "all".into(),
            ..ThemeScore::default()
        };
        for s in &self.themes {
            t.true_positives += s.true_positives;
            t.false_positives += s.false_positives;
            t.false_negatives += s.false_negatives;
        }
        t
    }

    fn new(codebook: &Codebook) -> Self {
        let themes = codebook
            .themes
            .iter()
            .map(|t| ThemeScore {
                id: t.id.clone(),
                ..ThemeScore::default()
            })
            .collect();
        Self {
            themes,
            sentences: 0,
        }
    }

    fn record(&mut self, suggested: &[Suggestion], threshold: f64, truth: &[String]) {
        self.sentences += 1;
        for score in &mut self.themes {
            let said = suggested
                .iter()
                .any(|s| s.theme == score.id && s.confidence >= threshold);
            match (said, truth.contains(&score.id)) {
                (true, true) => score.true_positives += 1,
                (true, false) => score.false_positives += 1,
                (false, true) => score.false_negatives += 1,
                (false, false) => {}
            }
        }
    }
}

/// Scores a trained suggester on test examples: a suggestion at or above `threshold` counts.
pub fn evaluate(
    suggester: &Suggester,
    codebook: &Codebook,
    test: &[Example<'_>],
    threshold: f64,
) -> Evaluation {
    let mut e = Evaluation::new(codebook);
    for x in test {
        e.record(&suggester.suggest(x.text), threshold, x.themes);
    }
    e
}

/// Trains on every other sentence (the first, third, ...) as a user who labelled half of the
/// workspace, and scores suggestions on the rest (every coded sentence, labelled or not).
pub fn held_out(workspace: &Workspace, threshold: f64) -> Evaluation {
    let all = examples(workspace);
    let mut suggester = Suggester::new(&workspace.codebook);
    for x in all.iter().step_by(2).filter(|x| !x.themes.is_empty()) {
        suggester.model.observe(x.text, x.themes);
    }
    let test: Vec<Example<'_>> = all.iter().skip(1).step_by(2).copied().collect();
    evaluate(&suggester, &workspace.codebook, &test, threshold)
}

/// "Suggestions right N% of the time in this workspace": each labelled sentence is taken out
/// of the model, suggested for, and put back. At most `limit` sentences, spread evenly, are
/// tested to bound the cost. `None` with fewer than ten labelled sentences.
pub fn leave_one_out(workspace: &Workspace, threshold: f64, limit: usize) -> Option<Evaluation> {
    let labelled: Vec<Example<'_>> = examples(workspace)
        .into_iter()
        .filter(|x| !x.themes.is_empty())
        .collect();
    if labelled.len() < 10 || limit == 0 {
        return None;
    }
    let mut suggester = Suggester::train(workspace);
    let step = labelled.len().div_ceil(limit);
    let mut e = Evaluation::new(&workspace.codebook);
    for x in labelled.iter().step_by(step) {
        let f = features(x.text);
        suggester.model.remove_features(&f, x.themes);
        e.record(&suggester.scores(x.text, &f), threshold, x.themes);
        suggester.model.add_features(&f, x.themes);
    }
    Some(e)
}

//! Theme suggestions for sentences not labelled yet.
//!
//! Two sources, blended per theme: a keyword lexicon (each default theme ships one; any theme
//! can carry its own in a `Keywords:` line of its description, so it travels with the
//! codebook through export and import with no format change), and a naive Bayes model over
//! word and bigram features trained on the user's own labels. The model is a table of counts,
//! so adding or removing one labelled sentence is a handful of hash updates (microseconds),
//! and it takes over from the lexicon as a theme collects examples.
//!
//! Suggestions are never labels: they become labels only through an [`Edit`](super::Edit) the
//! user accepts. [`held_out`] and [`leave_one_out`] measure how often they are right on a
//! workspace's own labels. How the default lexicon fares on readouts it was not written from
//! is measured in `tests/suggest_figures.rs`.

mod evaluation;
mod features;
mod follow;
mod lexicon;
mod model;

pub use evaluation::{
    evaluate, examples, held_out, leave_one_out, Evaluation, Example, ThemeScore,
};
pub(super) use features::content_words;
pub use features::{features, is_cjk};
pub use follow::{follow, LiveSuggester};
pub use lexicon::{default_lexicon, lexicon, with_lexicon, KEYWORDS_PREFIX};
pub use model::{above, accept_edit, Model, Suggester, Suggestion, MIN_CONFIDENCE};

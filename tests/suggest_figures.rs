//! How good are theme suggestions? In-sample for now: the bundled samples, labelled by hand
//! with the default codebook (`tests/fixtures/labelled-seeds.json`), half used to train and
//! half to score (`cargo test --test suggest_figures -- --nocapture`). Also guards the default
//! lexicon against phrases copied from those samples.

use readout_annotator::annotation::suggest::{
    default_lexicon, evaluate, examples, features, held_out, is_cjk, leave_one_out, Evaluation,
    Example, Model, Suggester, ThemeScore, MIN_CONFIDENCE,
};
use readout_annotator::annotation::{Codebook, Workspace};
use readout_annotator::export::import_v1;

fn labelled_seeds() -> Workspace {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/labelled-seeds.json"
    );
    let json = std::fs::read_to_string(path).expect("the fixture exists");
    import_v1(&json).expect("the fixture is a valid workspace")
}

fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "   -".to_string(), |x| format!("{:3.0}%", 100.0 * x))
}

fn print(title: &str, e: &Evaluation) {
    println!("\n{title} ({} test sentences)", e.sentences);
    println!(
        "  {:<16} {:>9} {:>7}   tp  fp  fn",
        "theme", "precision", "recall"
    );
    for s in e.themes.iter().chain([&e.total()]) {
        println!(
            "  {:<16} {:>9} {:>7}  {:3} {:3} {:3}",
            s.id,
            percent(s.precision()),
            percent(s.recall()),
            s.true_positives,
            s.false_positives,
            s.false_negatives
        );
    }
}

/// The naive Bayes model's own verdicts (probability ≥ 0.5), without the lexicon or the
/// blend that makes the page trust it only as a theme collects examples.
fn model_alone(codebook: &Codebook, train: &[Example<'_>], test: &[Example<'_>]) -> Evaluation {
    let mut model = Model::default();
    for x in train.iter().filter(|x| !x.themes.is_empty()) {
        model.observe(x.text, x.themes);
    }
    let mut e = Evaluation {
        sentences: test.len(),
        ..Evaluation::default()
    };
    for t in &codebook.themes {
        let mut score = ThemeScore {
            id: t.id.clone(),
            ..ThemeScore::default()
        };
        for x in test {
            let said = model
                .probability(&features(x.text), &t.id)
                .is_some_and(|p| p >= 0.5);
            match (said, x.themes.contains(&t.id)) {
                (true, true) => score.true_positives += 1,
                (true, false) => score.false_positives += 1,
                (false, true) => score.false_negatives += 1,
                (false, false) => {}
            }
        }
        e.themes.push(score);
    }
    e
}

fn train(codebook: &Codebook, train: &[Example<'_>]) -> Suggester {
    let mut s = Suggester::new(codebook);
    for x in train.iter().filter(|x| !x.themes.is_empty()) {
        s.model_mut().observe(x.text, x.themes);
    }
    s
}

#[test]
fn suggestions_on_held_out_half_of_the_samples() {
    let ws = labelled_seeds();
    let all = examples(&ws);
    assert!(all.len() >= 80, "the fixture holds the samples' sentences");

    // Alternate sentences: the user labelled every other sentence of every readout.
    let (even, odd): (Vec<_>, Vec<_>) = all.iter().enumerate().partition(|(i, _)| i % 2 == 0);
    let train_half: Vec<Example<'_>> = even.into_iter().map(|(_, x)| *x).collect();
    let test_half: Vec<Example<'_>> = odd.into_iter().map(|(_, x)| *x).collect();
    let combined = held_out(&ws, MIN_CONFIDENCE);
    print("Lexicon + model, every other sentence held out", &combined);
    let lexicon_only = evaluate(
        &Suggester::new(&ws.codebook),
        &ws.codebook,
        &test_half,
        MIN_CONFIDENCE,
    );
    print("Lexicon alone, same held-out half", &lexicon_only);
    let model_only = model_alone(&ws.codebook, &train_half, &test_half);
    print(
        "Naive Bayes alone (no lexicon, no blend), same halves",
        &model_only,
    );

    // Whole readouts held out: the harder case of a readout nobody has labelled yet.
    let mut by_doc: (Vec<Example<'_>>, Vec<Example<'_>>) = (Vec::new(), Vec::new());
    for (i, d) in ws.documents.iter().enumerate() {
        let half = if i % 2 == 0 {
            &mut by_doc.0
        } else {
            &mut by_doc.1
        };
        half.extend(d.sentences.iter().map(|s| Example {
            text: d.sentence_text(s),
            themes: &s.themes,
        }));
    }
    let by_document = evaluate(
        &train(&ws.codebook, &by_doc.0),
        &ws.codebook,
        &by_doc.1,
        MIN_CONFIDENCE,
    );
    print(
        "Lexicon + model, every other readout held out",
        &by_document,
    );

    let loo = leave_one_out(&ws, MIN_CONFIDENCE, 500).expect("enough labelled sentences");
    print(
        "Leave-one-out over labelled sentences (the page's figure)",
        &loo,
    );

    // Sanity only: the figures above are what to read.
    for e in [&combined, &lexicon_only, &model_only, &by_document, &loo] {
        let t = e.total();
        assert_eq!(e.themes.len(), ws.codebook.themes.len());
        assert!(t.true_positives > 0, "some suggestion is right");
        assert!(t.precision().is_some_and(|p| (0.0..=1.0).contains(&p)));
    }
    assert!(
        combined.total().precision() > Some(0.5),
        "suggestions are right more often than not"
    );
}

#[test]
fn incremental_training_equals_training_from_scratch() {
    let ws = labelled_seeds();
    let mut growing = Suggester::new(&ws.codebook);
    for d in &ws.documents {
        for s in d.sentences.iter().filter(|s| s.is_labelled()) {
            // As the page sees it: a sentence gets a first theme, then its full set.
            let text = d.sentence_text(s);
            growing.model_mut().relabel(text, &[], &s.themes[..1]);
            growing.model_mut().relabel(text, &s.themes[..1], &s.themes);
        }
    }
    assert_eq!(growing, Suggester::train(&ws));

    // What one label costs, printed for the note (timed tests are flaky: nothing is asserted).
    let texts: Vec<&str> = examples(&ws).iter().map(|x| x.text).collect();
    let theme = vec!["trade".to_string()];
    let started = std::time::Instant::now();
    for text in &texts {
        growing.model_mut().relabel(text, &[], &theme);
        growing.model_mut().relabel(text, &theme, &[]);
    }
    let per_label = started.elapsed().as_secs_f64() * 1e6 / (2 * texts.len()) as f64;
    println!("one label change updates the model in {per_label:.1} µs (this build's profile)");
}

/// The samples' texts, lowercased, with runs of whitespace (hard wraps) as one space.
fn seed_texts() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("seeds/") {
        let path = entry.expect("a seeds/ entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("a UTF-8 sample");
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            out.push((name.into_owned(), collapse(&text)));
        }
    }
    assert!(out.len() >= 10, "seeds/ holds the samples");
    out
}

fn collapse(text: &str) -> String {
    text.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The sample a lexicon entry looks copied from, if any. A single word such as "trade" or
/// "贸易" is bound to occur in samples about trade, but a phrase of two or more words, or a
/// CJK string of three or more characters, that occurs in a sample has most likely been
/// copied from it ("法中关系", "close touch"). Such an entry passes only when the theme's own
/// codebook description uses it too ("the Korean peninsula"): the description is the
/// definition the lexicon renders, not a sample.
fn copied_from<'a>(
    entry: &str,
    description: &str,
    seeds: &'a [(String, String)],
) -> Option<&'a str> {
    let words = entry
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    let cjk = entry.chars().next().is_some_and(is_cjk) && entry.chars().count() >= 3;
    if words < 2 && !cjk || collapse(description).contains(entry) {
        return None;
    }
    seeds
        .iter()
        .find(|(_, text)| text.contains(entry))
        .map(|(name, _)| name.as_str())
}

#[test]
fn no_lexicon_phrase_is_copied_from_the_samples() {
    let seeds = seed_texts();
    // The guard itself: phrases the old lexicon took from the samples are caught.
    for phrase in ["close touch", "法中关系", "legitimate rights"] {
        assert!(
            copied_from(phrase, "", &seeds).is_some(),
            "{phrase:?} is in a sample"
        );
    }
    assert_eq!(copied_from("trade", "", &seeds), None, "single words pass");

    let mut copied = Vec::new();
    for theme in &Codebook::diplomatic_default().themes {
        for entry in default_lexicon(&theme.id) {
            if let Some(seed) = copied_from(entry, &theme.description, &seeds) {
                copied.push(format!("{}: {entry:?} (in {seed})", theme.id));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "lexicon phrases copied from seeds/ (use general vocabulary instead):\n{}",
        copied.join("\n")
    );
}

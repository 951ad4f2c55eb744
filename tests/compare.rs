//! Comparing two readouts of one call: paragraphs aligned by what they talk about, themes one
//! readout has and the other lacks. The two readouts are written for the test (one after the
//! bundled Xi–Rouhani sample, one as Iran's side might report it) and built without the
//! parser, so only the comparison is under test.

use std::rc::Rc;

use readout_annotator::annotation::compare::compare;
use readout_annotator::annotation::AnnotatedDocument;
use readout_annotator::readout::{Document, Paragraph, ParsedSentence, Span, Speaker};

/// A document whose paragraphs are one sentence each, labelled with the given themes.
fn readout(paragraphs: &[(&str, &[&str])]) -> AnnotatedDocument {
    let mut text = String::from("Readout\n\n");
    let mut doc = Document::default();
    for (p, _) in paragraphs {
        let start = text.len();
        text.push_str(p);
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
    let mut d = AnnotatedDocument::from_parsed(&text, &doc);
    for (s, (_, themes)) in d.sentences.iter_mut().zip(paragraphs) {
        Rc::make_mut(s).themes = themes.iter().map(|t| t.to_string()).collect();
    }
    d
}

#[test]
fn two_readouts_of_one_call() {
    let china = readout(&[
        (
            "Xi Jinping spoke by telephone with Iranian President Rouhani.",
            &[],
        ),
        (
            "Xi Jinping said China and Iran help each other in the fight against the epidemic and \
             China will send medical experts and anti-epidemic materials.",
            &["health", "bilateral"],
        ),
        (
            "China firmly supports Iran in safeguarding national sovereignty and dignity.",
            &["sovereignty"],
        ),
        (
            "Xi Jinping called on the international community to strengthen cooperation against \
             the epidemic.",
            &["multilateralism", "health"],
        ),
    ]);
    let iran = readout(&[
        ("President Rouhani spoke by telephone with Chinese President Xi Jinping.", &[]),
        (
            "Rouhani thanked China for the medical experts and anti-epidemic materials sent to Iran \
             in the fight against the epidemic.",
            &["health"],
        ),
        (
            "Rouhani said the illegal unilateral sanctions against Iran hinder the fight against \
             the epidemic and must be lifted immediately.",
            &["sanctions", "health"],
        ),
    ]);
    let c = compare(&china, &iran);
    let pairs: Vec<(Option<usize>, Option<usize>)> =
        c.rows.iter().map(|r| (r.left, r.right)).collect();
    assert_eq!(
        pairs,
        [
            (Some(0), Some(0)),
            (Some(1), Some(1)),
            (Some(2), None),
            (Some(3), Some(2))
        ],
        "rows: {:#?}",
        c.rows
    );
    assert_eq!(c.rows[1].only_left, ["bilateral"]);
    assert!(c.rows[1].only_right.is_empty());
    assert_eq!(c.rows[3].only_left, ["multilateralism"]);
    assert_eq!(c.rows[3].only_right, ["sanctions"]);
    assert_eq!(c.only_left, ["bilateral", "sovereignty", "multilateralism"]);
    assert_eq!(c.only_right, ["sanctions"]);
    assert_eq!(c.shared, ["health"]);
    assert!(c.rows.iter().all(|r| (0.0..=1.0).contains(&r.similarity)));

    // Compared with itself, every paragraph pairs with its twin and no theme is one-sided.
    let same = compare(&china, &china);
    assert!(same
        .rows
        .iter()
        .enumerate()
        .all(|(i, r)| r.left == Some(i) && r.right == Some(i)));
    assert!(same.only_left.is_empty() && same.only_right.is_empty());
}

//! Comparing two readouts of one event (China's and Iran's readout of the same call): their
//! paragraphs aligned where they talk about the same thing, and the themes one stresses that
//! the other leaves out.
//!
//! Similarity is lexical (cosine over sets of content words), and the alignment keeps both
//! documents' order (dynamic programming maximising the total similarity of matched pairs,
//! Needleman–Wunsch with free gaps), which is how readouts of one call are usually built.

use std::collections::HashSet;

use super::suggest::content_words;
use super::AnnotatedDocument;

/// Paragraph pairs below this similarity are not aligned.
pub const MIN_SIMILARITY: f64 = 0.12;

/// Above this many cells the alignment is not computed (a side-by-side of thousands of
/// paragraphs is not a comparison anyone reads); paragraphs are then paired in order.
const MAX_CELLS: usize = 4_000_000;

/// Cosine similarity of two word sets: shared words over the geometric mean of the sizes.
pub fn similarity(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(b).count() as f64;
    shared / ((a.len() * b.len()) as f64).sqrt()
}

/// The order-keeping alignment of two lists of word sets: `(left, right, similarity)` rows,
/// matched pairs with both sides, unmatched items with one, every item exactly once, both
/// sides in order.
pub fn align(
    left: &[HashSet<String>],
    right: &[HashSet<String>],
) -> Vec<(Option<usize>, Option<usize>, f64)> {
    let (n, m) = (left.len(), right.len());
    if n.saturating_mul(m) > MAX_CELLS {
        return (0..n.max(m))
            .map(|i| {
                let (l, r) = ((i < n).then_some(i), (i < m).then_some(i));
                let sim = match (l, r) {
                    (Some(l), Some(r)) => similarity(&left[l], &right[r]),
                    _ => 0.0,
                };
                (l, r, sim)
            })
            .collect();
    }
    // score[i][j]: best total over left[..i], right[..j]; move: 0 skip left, 1 skip right, 2 match.
    let mut score = vec![0.0f64; (n + 1) * (m + 1)];
    let mut moves = vec![0u8; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in 0..=n {
        for j in 0..=m {
            if i == 0 && j == 0 {
                continue;
            }
            // On ties skip the right paragraph: read back to front, left-only rows come first.
            let mut best = (f64::NEG_INFINITY, 0u8);
            if j > 0 {
                best = (score[at(i, j - 1)], 1);
            }
            if i > 0 && score[at(i - 1, j)] > best.0 {
                best = (score[at(i - 1, j)], 0);
            }
            if i > 0 && j > 0 {
                let s = similarity(&left[i - 1], &right[j - 1]);
                if s >= MIN_SIMILARITY && score[at(i - 1, j - 1)] + s > best.0 {
                    best = (score[at(i - 1, j - 1)] + s, 2);
                }
            }
            score[at(i, j)] = best.0;
            moves[at(i, j)] = best.1;
        }
    }
    let mut rows = Vec::with_capacity(n.max(m));
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        match moves[at(i, j)] {
            2 => {
                rows.push((
                    Some(i - 1),
                    Some(j - 1),
                    similarity(&left[i - 1], &right[j - 1]),
                ));
                i -= 1;
                j -= 1;
            }
            1 => {
                rows.push((None, Some(j - 1), 0.0));
                j -= 1;
            }
            _ => {
                rows.push((Some(i - 1), None, 0.0));
                i -= 1;
            }
        }
    }
    rows.reverse();
    rows
}

/// One row of the side-by-side view.
#[derive(Clone, Debug, PartialEq)]
pub struct AlignedRow {
    /// Paragraph index in the left document, if this row has one.
    pub left: Option<usize>,
    /// Paragraph index in the right document, if this row has one.
    pub right: Option<usize>,
    /// Similarity of the pair (0 for a paragraph without a counterpart).
    pub similarity: f64,
    /// Themes of the left paragraph that the right one lacks.
    pub only_left: Vec<String>,
    /// Themes of the right paragraph that the left one lacks.
    pub only_right: Vec<String>,
}

/// Two readouts side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Aligned paragraphs, both documents in order.
    pub rows: Vec<AlignedRow>,
    /// Themes anywhere in the left readout and nowhere in the right one.
    pub only_left: Vec<String>,
    /// Themes anywhere in the right readout and nowhere in the left one.
    pub only_right: Vec<String>,
    /// Themes both readouts use.
    pub shared: Vec<String>,
}

/// Themes of a paragraph's sentences, first-seen order.
fn paragraph_themes(doc: &AnnotatedDocument, p: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in doc.paragraph_sentences(p) {
        for t in &s.themes {
            if !out.contains(t) {
                out.push(t.clone());
            }
        }
    }
    out
}

fn minus(a: &[String], b: &[String]) -> Vec<String> {
    a.iter().filter(|t| !b.contains(t)).cloned().collect()
}

/// Aligns the body paragraphs of two documents and lists the themes each has that the other
/// lacks, per aligned row and per document.
pub fn compare(left: &AnnotatedDocument, right: &AnnotatedDocument) -> Comparison {
    let words = |d: &AnnotatedDocument| -> Vec<HashSet<String>> {
        d.paragraphs
            .iter()
            .map(|p| content_words(p.span.slice(&d.text)).into_iter().collect())
            .collect()
    };
    let themes = |d: &AnnotatedDocument| -> Vec<Vec<String>> {
        (0..d.paragraphs.len())
            .map(|p| paragraph_themes(d, p))
            .collect()
    };
    let (lt, rt) = (themes(left), themes(right));
    let rows = align(&words(left), &words(right))
        .into_iter()
        .map(|(l, r, similarity)| {
            let a = l.and_then(|i| lt.get(i)).map_or(&[][..], Vec::as_slice);
            let b = r.and_then(|i| rt.get(i)).map_or(&[][..], Vec::as_slice);
            AlignedRow {
                left: l,
                right: r,
                similarity,
                only_left: minus(a, b),
                only_right: minus(b, a),
            }
        })
        .collect();
    let all = |t: &[Vec<String>]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for x in t.iter().flatten() {
            if !out.contains(x) {
                out.push(x.clone());
            }
        }
        out
    };
    let (a, b) = (all(&lt), all(&rt));
    Comparison {
        rows,
        only_left: minus(&a, &b),
        only_right: minus(&b, &a),
        shared: a.iter().filter(|t| b.contains(t)).cloned().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(text: &str) -> HashSet<String> {
        content_words(text).into_iter().collect()
    }

    #[test]
    fn alignment_keeps_order_and_every_paragraph() {
        // (left paragraphs, right paragraphs, expected (left, right) pairs)
        type Case<'a> = (
            &'a [&'a str],
            &'a [&'a str],
            &'a [(Option<usize>, Option<usize>)],
        );
        let cases: &[Case<'_>] = &[
            (
                &[
                    "epidemic medical aid",
                    "sanctions lifted",
                    "trade investment",
                ],
                &["medical aid epidemic", "trade investment growth"],
                &[(Some(0), Some(0)), (Some(1), None), (Some(2), Some(1))],
            ),
            (
                &["ukraine crisis"],
                &["weather report", "ukraine crisis talks"],
                &[(None, Some(0)), (Some(0), Some(1))],
            ),
            (&[], &["alone"], &[(None, Some(0))]),
            (&["alone"], &[], &[(Some(0), None)]),
            (
                &["apples"],
                &["oranges"],
                &[(Some(0), None), (None, Some(0))],
            ),
        ];
        for (left, right, want) in cases {
            let l: Vec<_> = left.iter().map(|t| set(t)).collect();
            let r: Vec<_> = right.iter().map(|t| set(t)).collect();
            let got: Vec<_> = align(&l, &r).into_iter().map(|(a, b, _)| (a, b)).collect();
            assert_eq!(got, *want, "left {left:?}\nright {right:?}");
        }
    }

    #[test]
    fn similarity_is_cosine_over_sets() {
        let cases: &[(&str, &str, f64)] = &[
            ("trade investment", "trade investment", 1.0),
            ("trade investment", "trade health", 0.5),
            ("trade", "", 0.0),
            ("trade", "health", 0.0),
        ];
        for (a, b, want) in cases {
            let got = similarity(&set(a), &set(b));
            assert!(
                (got - want).abs() < 1e-9,
                "{a:?} ~ {b:?}: expected {want}, got {got}"
            );
        }
    }
}

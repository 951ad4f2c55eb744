//! Agreement between coders who labelled the same documents, and adjudication into one
//! workspace.
//!
//! Each theme is a present/absent variable per sentence. A sentence is the same unit for
//! two coders when they have the same document id and the same code-point span; a coder who
//! split or merged it differently, or lacks the document, has no value for it (missing data,
//! which Krippendorff's α allows and Cohen's κ skips). Statistics that are undefined on the
//! data (no pairable unit, no variation) are `None`, written `null` in JSON, rather than a
//! misleading number.

use std::collections::HashMap;
use std::hash::Hash;
use std::rc::Rc;

use super::{AnnotatedDocument, Codebook, SentenceId, Workspace};

/// The share of agreeing pairs of values: for each pair of coders, the share of units both
/// coded on which they agree, averaged over the pairs that share a unit (for two coders, the
/// plain percentage of agreement). Rows are units, columns coders, `None` a missing value.
/// Between 0.0 and 1.0; `None` when no two coders coded a common unit.
pub fn percent_agreement<T: PartialEq>(units: &[Vec<Option<T>>]) -> Option<f64> {
    let coders = units.iter().map(Vec::len).max().unwrap_or(0);
    let mut shares = Vec::new();
    for a in 0..coders {
        for b in a + 1..coders {
            let (mut both, mut same) = (0usize, 0usize);
            for unit in units {
                if let (Some(Some(x)), Some(Some(y))) = (unit.get(a), unit.get(b)) {
                    both += 1;
                    same += usize::from(x == y);
                }
            }
            if both > 0 {
                shares.push(same as f64 / both as f64);
            }
        }
    }
    (!shares.is_empty()).then(|| shares.iter().sum::<f64>() / shares.len() as f64)
}

/// Cohen's κ for two coders' values on the same units (Cohen 1960): observed agreement
/// corrected by the agreement expected from each coder's own category proportions.
/// `None` when there are no units or when chance agreement is total (both coders used one
/// and the same category throughout), where κ is undefined.
///
/// # Examples
///
/// ```
/// use readout_annotator::annotation::agreement::cohen_kappa;
/// // Two coders, 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no (κ = 0.4).
/// let cells = [((true, true), 20), ((true, false), 5), ((false, true), 10), ((false, false), 15)];
/// let pairs: Vec<(bool, bool)> =
///     cells.iter().flat_map(|&(p, n)| std::iter::repeat_n(p, n)).collect();
/// assert!((cohen_kappa(&pairs).unwrap() - 0.4).abs() < 1e-9);
/// ```
pub fn cohen_kappa<T: Eq + Hash>(pairs: &[(T, T)]) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let mut first: HashMap<&T, usize> = HashMap::new();
    let mut second: HashMap<&T, usize> = HashMap::new();
    let mut agree = 0usize;
    for (a, b) in pairs {
        *first.entry(a).or_default() += 1;
        *second.entry(b).or_default() += 1;
        agree += usize::from(a == b);
    }
    let observed = agree as f64 / n;
    let expected: f64 = first
        .iter()
        .map(|(c, &k)| k as f64 * second.get(c).copied().unwrap_or(0) as f64)
        .sum::<f64>()
        / (n * n);
    (expected < 1.0).then(|| (observed - expected) / (1.0 - expected))
}

/// Krippendorff's α for nominal data, any number of coders, missing values allowed
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C). Rows are
/// units, columns coders. Units with fewer than two values are not pairable and are left out.
/// `None` when nothing is pairable or only one value occurs (expected disagreement is zero).
///
/// # Examples
///
/// ```
/// use readout_annotator::annotation::agreement::krippendorff_alpha;
/// // Krippendorff (2011), binary data, two observers: α = 0.095.
/// let a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
/// let b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
/// let units: Vec<Vec<Option<u8>>> = a.iter().zip(&b).map(|(x, y)| vec![Some(*x), Some(*y)]).collect();
/// assert!((krippendorff_alpha(&units).unwrap() - 0.095).abs() < 5e-4);
/// ```
pub fn krippendorff_alpha<T: Eq + Hash>(units: &[Vec<Option<T>>]) -> Option<f64> {
    let mut totals: HashMap<&T, f64> = HashMap::new();
    let mut coincident = 0.0;
    for unit in units {
        let mut counts: HashMap<&T, f64> = HashMap::new();
        for v in unit.iter().flatten() {
            *counts.entry(v).or_default() += 1.0;
        }
        let m: f64 = counts.values().sum();
        if m < 2.0 {
            continue;
        }
        for (v, k) in counts {
            // Each value pairs with the m - 1 others of its unit: o_cc = Σ n_uc (n_uc - 1) / (m_u - 1).
            coincident += k * (k - 1.0) / (m - 1.0);
            *totals.entry(v).or_default() += k;
        }
    }
    let n: f64 = totals.values().sum();
    let same: f64 = totals.values().map(|k| k * (k - 1.0)).sum();
    let denominator = n * (n - 1.0) - same;
    (n > 1.0 && denominator > 0.0).then(|| ((n - 1.0) * coincident - same) / denominator)
}

/// A sentence as a unit of agreement: its document and code-point span.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnitKey {
    /// Document id.
    pub doc: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// Agreement figures for one theme.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeAgreement {
    /// Theme id.
    pub id: String,
    /// Theme name (from the first coder that has the theme).
    pub name: String,
    /// See [`percent_agreement`].
    pub percent_agreement: Option<f64>,
    /// See [`cohen_kappa`]; `None` for more than two coders.
    pub cohen_kappa: Option<f64>,
    /// See [`krippendorff_alpha`].
    pub krippendorff_alpha: Option<f64>,
    /// Units coded by at least two coders.
    pub pairable: usize,
    /// Values "present" over all coders, so a reader can tell a rare theme from a common one.
    pub present: usize,
}

/// A sentence the coders labelled differently, for side-by-side adjudication.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    /// Where the sentence is.
    pub unit: UnitKey,
    /// Title of the document, for display.
    pub title: String,
    /// The sentence's id in the merged workspace's document; `None` when the coder whose
    /// document is kept split the text differently there (the decision then changes nothing).
    pub sentence: Option<SentenceId>,
    /// The sentence's text.
    pub text: String,
    /// Each coder's themes, in file order; `None` when that coder has no such sentence.
    pub themes: Vec<Option<Vec<String>>>,
}

/// How one disagreement is settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Take this coder's themes (index in file order).
    Coder(usize),
    /// Take every theme any coder gave.
    Union,
}

impl Disagreement {
    /// The themes a resolution gives this sentence, in the order the coders gave them.
    pub fn resolve(&self, resolution: Resolution) -> Vec<String> {
        match resolution {
            Resolution::Coder(c) => self.themes.get(c).cloned().flatten().unwrap_or_default(),
            Resolution::Union => {
                let mut out: Vec<String> = Vec::new();
                for t in self.themes.iter().flatten().flatten() {
                    if !out.contains(t) {
                        out.push(t.clone());
                    }
                }
                out
            }
        }
    }
}

/// Agreement over a set of coders' workspaces.
#[derive(Clone, Debug, PartialEq)]
pub struct AgreementReport {
    /// Number of coders (workspaces compared).
    pub coders: usize,
    /// Documents seen by any coder.
    pub documents: usize,
    /// Distinct sentences (units) seen by any coder.
    pub units: usize,
    /// Per theme, in the merged codebook's order.
    pub themes: Vec<ThemeAgreement>,
    /// Sentences coded by two or more coders with different theme sets, in document order.
    pub disagreements: Vec<Disagreement>,
}

/// One unit and every coder's themes for it.
struct Unit {
    key: UnitKey,
    text: String,
    themes: Vec<Option<Vec<String>>>,
}

/// Code-point spans of a document's sentences, in one pass over the text (sentences are in
/// text order and do not overlap); out-of-order spans are counted from the start instead.
fn code_point_spans(doc: &AnnotatedDocument) -> Vec<(usize, usize)> {
    let text: &str = &doc.text;
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut at = |to: usize| -> usize {
        if to < byte {
            (byte, chars) = (0, 0);
        }
        chars += text.get(byte..to).map_or(0, |s| s.chars().count());
        byte = to;
        chars
    };
    doc.sentences
        .iter()
        .map(|s| (at(s.span.start), at(s.span.end)))
        .collect()
}

/// Every coder's codebook merged: the first coder's themes, then themes only later coders use
/// (keeping their keys where the first coder's themes leave them free).
pub fn merged_codebook(coders: &[Workspace]) -> Codebook {
    let mut codebook = coders
        .first()
        .map(|w| w.codebook.clone())
        .unwrap_or_default();
    for w in coders.iter().skip(1) {
        for t in &w.codebook.themes {
            if !codebook.contains(&t.id) {
                codebook.themes.push(t.clone());
            }
        }
    }
    codebook.settle_keys();
    codebook
}

/// The document each id is taken from in a merge: the first coder that has it.
fn base_documents(coders: &[Workspace]) -> Vec<Rc<AnnotatedDocument>> {
    let mut docs: Vec<Rc<AnnotatedDocument>> = Vec::new();
    for w in coders {
        for d in &w.documents {
            if !docs.iter().any(|b| b.id == d.id) {
                docs.push(Rc::clone(d));
            }
        }
    }
    docs
}

fn collect_units(coders: &[Workspace]) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut index: HashMap<UnitKey, usize> = HashMap::new();
    for (c, w) in coders.iter().enumerate() {
        for d in &w.documents {
            for (s, (start, end)) in d.sentences.iter().zip(code_point_spans(d)) {
                let key = UnitKey {
                    doc: d.id.clone(),
                    start,
                    end,
                };
                let i = *index.entry(key.clone()).or_insert_with(|| {
                    units.push(Unit {
                        key,
                        text: d.sentence_text(s).to_string(),
                        themes: vec![None; coders.len()],
                    });
                    units.len() - 1
                });
                units[i].themes[c] = Some(s.themes.clone());
            }
        }
    }
    // Document order (the first coder's, then documents only later coders have), then text order.
    let docs = base_documents(coders);
    let rank: HashMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    units.sort_by_key(|u| {
        (
            rank.get(u.key.doc.as_str()).copied().unwrap_or(usize::MAX),
            u.key.start,
        )
    });
    units
}

/// Agreement per theme, and the sentences to adjudicate, over two or more coders' workspaces
/// (in file order). With fewer than two coders every figure is `None`.
pub fn agreement(coders: &[Workspace]) -> AgreementReport {
    let units = collect_units(coders);
    let codebook = merged_codebook(coders);
    let two = coders.len() == 2;
    let themes = codebook
        .themes
        .iter()
        .map(|theme| {
            let values: Vec<Vec<Option<bool>>> = units
                .iter()
                .map(|u| {
                    u.themes
                        .iter()
                        .map(|ts| ts.as_ref().map(|ts| ts.contains(&theme.id)))
                        .collect()
                })
                .collect();
            let pairs: Vec<(bool, bool)> = if two {
                values
                    .iter()
                    .filter_map(|v| match v.as_slice() {
                        [Some(a), Some(b)] => Some((*a, *b)),
                        _ => None,
                    })
                    .collect()
            } else {
                Vec::new()
            };
            ThemeAgreement {
                id: theme.id.clone(),
                name: theme.name.clone(),
                percent_agreement: percent_agreement(&values),
                cohen_kappa: if two { cohen_kappa(&pairs) } else { None },
                krippendorff_alpha: krippendorff_alpha(&values),
                pairable: values
                    .iter()
                    .filter(|v| v.iter().flatten().count() >= 2)
                    .count(),
                present: values
                    .iter()
                    .flatten()
                    .filter(|v| **v == Some(true))
                    .count(),
            }
        })
        .collect();

    let docs = base_documents(coders);
    let mut ids: HashMap<&str, HashMap<(usize, usize), SentenceId>> = HashMap::new();
    let disagreements = units
        .iter()
        .filter(|u| {
            let coded: Vec<&Vec<String>> = u.themes.iter().flatten().collect();
            coded.len() >= 2 && coded.iter().any(|ts| !same_set(ts, coded[0]))
        })
        .map(|u| {
            let base = docs.iter().find(|d| d.id == u.key.doc);
            let sentence = base.and_then(|d| {
                let by_span = ids.entry(&d.id).or_insert_with(|| {
                    code_point_spans(d)
                        .into_iter()
                        .zip(d.sentences.iter().map(|s| s.id))
                        .collect()
                });
                by_span.get(&(u.key.start, u.key.end)).copied()
            });
            Disagreement {
                unit: u.key.clone(),
                title: base.map(|d| d.title.clone()).unwrap_or_default(),
                sentence,
                text: u.text.clone(),
                themes: u.themes.clone(),
            }
        })
        .collect();

    AgreementReport {
        coders: coders.len(),
        documents: docs.len(),
        units: units.len(),
        themes,
        disagreements,
    }
}

fn same_set(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().all(|t| b.contains(t))
}

/// One workspace from several coders' work: the merged codebook (the first coder's themes,
/// then themes only others use), each document as the first coder that has it coded it, and
/// each disagreement settled by the resolution at the same index (those without one keep
/// the first coder's themes).
pub fn merge(
    coders: &[Workspace],
    disagreements: &[Disagreement],
    resolutions: &[Resolution],
) -> Workspace {
    let mut workspace = Workspace::new(merged_codebook(coders));
    workspace.documents = base_documents(coders);
    for (d, r) in disagreements.iter().zip(resolutions) {
        let Some(id) = d.sentence else { continue };
        let Some(doc) = workspace
            .documents
            .iter_mut()
            .find(|doc| doc.id == d.unit.doc)
        else {
            continue;
        };
        let doc = Rc::make_mut(doc);
        if let Some(s) = doc.sentences.iter_mut().find(|s| s.id == id) {
            Rc::make_mut(s).themes = d.resolve(*r);
        }
    }
    workspace
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(got: Option<f64>, want: f64, places: i32) -> bool {
        let tolerance = 0.5 * 10f64.powi(-places);
        got.is_some_and(|g| (g - want).abs() <= tolerance)
    }

    /// Rows of `*`-for-missing digits, one row per coder, transposed to units.
    fn matrix(rows: &[&str]) -> Vec<Vec<Option<u8>>> {
        let coders: Vec<Vec<Option<u8>>> = rows
            .iter()
            .map(|r| r.split_whitespace().map(|v| v.parse().ok()).collect())
            .collect();
        let n = coders.first().map_or(0, Vec::len);
        (0..n)
            .map(|u| coders.iter().map(|c| c.get(u).copied().flatten()).collect())
            .collect()
    }

    #[test]
    fn alpha_matches_published_examples() {
        // (source, coders' rows, published α nominal, decimal places given)
        let cases: &[(&str, &[&str], f64, i32)] = &[
            (
                "Krippendorff 2011, Computing Krippendorff's Alpha-Reliability, C: nominal, 4 observers, missing data",
                &[
                    "1 2 3 3 2 1 4 1 2 * * *",
                    "1 2 3 3 2 2 4 1 2 5 * 3",
                    "* 3 3 3 2 3 4 2 2 5 1 *",
                    "1 2 3 3 2 4 4 1 2 5 1 *",
                ],
                0.743,
                3,
            ),
            (
                "Krippendorff 2011, A: binary data, two observers, no missing data",
                &["0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0"],
                0.095,
                3,
            ),
            (
                "Wikipedia, Krippendorff's alpha, 'A computational example' (nominal)",
                &[
                    "* * * * * 3 4 1 2 1 1 3 3 * 3",
                    "1 * 2 1 3 3 4 3 * * * * * * *",
                    "* * 2 1 3 4 4 * 2 1 1 3 3 * 4",
                ],
                0.691,
                3,
            ),
        ];
        for (source, rows, want, places) in cases {
            let got = krippendorff_alpha(&matrix(rows));
            assert!(
                close(got, *want, *places),
                "{source}\n  expected {want}\n  got {got:?}"
            );
        }
    }

    #[test]
    fn kappa_matches_published_examples() {
        // (source, yes-yes, yes-no, no-yes, no-no, published κ, places)
        let cases: &[(&str, usize, usize, usize, usize, f64, i32)] = &[
            (
                "Wikipedia, Cohen's kappa, simple example (50 grant proposals)",
                20,
                5,
                10,
                15,
                0.4,
                4,
            ),
            (
                "Wikipedia, Cohen's kappa, same percentages, table 1",
                45,
                15,
                25,
                15,
                0.1304,
                4,
            ),
            (
                "Wikipedia, Cohen's kappa, same percentages, table 2",
                25,
                35,
                5,
                35,
                0.2593,
                4,
            ),
        ];
        for &(source, yy, yn, ny, nn, want, places) in cases {
            let pairs: Vec<(bool, bool)> = [
                ((true, true), yy),
                ((true, false), yn),
                ((false, true), ny),
                ((false, false), nn),
            ]
            .iter()
            .flat_map(|&(p, k)| std::iter::repeat_n(p, k))
            .collect();
            let got = cohen_kappa(&pairs);
            assert!(
                close(got, want, places),
                "{source}\n  expected {want}\n  got {got:?}"
            );
        }
    }

    #[test]
    fn undefined_statistics_are_none() {
        type Units = Vec<Vec<Option<bool>>>;
        let all_absent: Units = vec![vec![Some(false), Some(false)]; 5];
        let cases: &[(&str, Units, Option<f64>)] = &[
            ("no units", Vec::new(), None),
            (
                "one coder per unit",
                vec![vec![Some(true), None], vec![None, Some(false)]],
                None,
            ),
            ("one value throughout", all_absent.clone(), Some(1.0)),
        ];
        for (what, units, agreement) in cases {
            assert_eq!(krippendorff_alpha(units), None, "{what}: α");
            assert_eq!(percent_agreement(units), *agreement, "{what}: % agreement");
        }
        let pairs: Vec<(bool, bool)> = vec![(false, false); 5];
        assert_eq!(cohen_kappa(&pairs), None);
        assert_eq!(cohen_kappa::<bool>(&[]), None);
    }

    #[test]
    fn percent_agreement_averages_coder_pairs() {
        // A and B agree on 2 of 2, A and C on 1 of 2, B and C on 1 of 2: mean 2/3.
        let units = vec![
            vec![Some(1), Some(1), Some(1)],
            vec![Some(1), Some(1), Some(2)],
        ];
        assert!(close(percent_agreement(&units), 2.0 / 3.0, 9));
    }

    #[test]
    fn perfect_agreement_gives_one() {
        let units: Vec<Vec<Option<bool>>> = (0..6)
            .map(|i| vec![Some(i % 2 == 0), Some(i % 2 == 0)])
            .collect();
        let pairs: Vec<(bool, bool)> = units
            .iter()
            .map(|u| (u[0] == Some(true), u[1] == Some(true)))
            .collect();
        assert_eq!(krippendorff_alpha(&units), Some(1.0));
        assert_eq!(cohen_kappa(&pairs), Some(1.0));
    }
}

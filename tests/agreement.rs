//! Agreement between coders over whole workspaces: units matched by document and offsets,
//! missing data, published figures reproduced through workspaces, and adjudication.

#[path = "agreement_support.rs"]
mod support;

use std::rc::Rc;

use readout_annotator::annotation::agreement::{agreement, merge, Resolution};
use readout_annotator::annotation::{SentenceId, Workspace};
use readout_annotator::export::{export_v1, import_v1};
use support::{coder, numbered_doc, table};

fn theme<'a>(
    report: &'a readout_annotator::annotation::agreement::AgreementReport,
    id: &str,
) -> &'a readout_annotator::annotation::agreement::ThemeAgreement {
    report
        .themes
        .iter()
        .find(|t| t.id == id)
        .expect("theme in report")
}

fn near(got: Option<f64>, want: f64) -> bool {
    got.is_some_and(|g| (g - want).abs() < 5e-5)
}

#[test]
fn published_tables_through_workspaces() {
    // (source, 2×2 table yy/yn/ny/nn, % agreement, κ, α). κ as published by Wikipedia (for
    // Krippendorff's table worked by hand: p_o 0.6, p_e 0.56 → 0.0909); for the Wikipedia
    // tables α is worked by hand with Krippendorff 2011's nominal formula
    // α = ((n-1)·Σo_cc − Σn_c(n_c−1)) / (n(n−1) − Σn_c(n_c−1)), e.g. table 1: n = 200,
    // n_yes = 130, n_no = 70, Σo_cc = 120 → (199·120 − 21600) / (39800 − 21600) = 0.12527.
    // Krippendorff's own binary example publishes α = 0.095.
    let cases: &[(&str, [usize; 4], f64, f64, f64)] = &[
        (
            "Wikipedia, Cohen's kappa, simple example",
            [20, 5, 10, 15],
            0.7,
            0.4,
            0.4,
        ),
        (
            "Wikipedia, Cohen's kappa, same percentages 1",
            [45, 15, 25, 15],
            0.6,
            0.1304,
            0.1253,
        ),
        (
            "Krippendorff 2011, A: binary, two observers",
            [1, 1, 3, 5],
            0.6,
            0.0909,
            0.0952,
        ),
    ];
    for (source, [yy, yn, ny, nn], pa, kappa, alpha) in cases {
        let doc = numbered_doc("Talks", yy + yn + ny + nn);
        let (a, b) = table(*yy, *yn, *ny, *nn);
        let report = agreement(&[coder(&doc, "health", &a), coder(&doc, "health", &b)]);
        let t = theme(&report, "health");
        assert!(
            near(t.percent_agreement, *pa),
            "{source}: % {:?}",
            t.percent_agreement
        );
        assert!(
            near(t.cohen_kappa, *kappa),
            "{source}: κ {:?}",
            t.cohen_kappa
        );
        assert!(
            near(t.krippendorff_alpha, *alpha),
            "{source}: α {:?}",
            t.krippendorff_alpha
        );
        let unused = theme(&report, "trade");
        assert_eq!(
            (unused.cohen_kappa, unused.krippendorff_alpha),
            (None, None),
            "{source}"
        );
        assert_eq!(unused.percent_agreement, Some(1.0), "{source}");
    }
}

#[test]
fn missing_sentences_and_documents_are_missing_data() {
    let doc = numbered_doc("Talks", 4);
    let other = numbered_doc("Other talks", 2);
    let a = coder(&doc, "trade", &[true, true, false, false]);
    let mut b = coder(&doc, "trade", &[true, false, false, false]);
    // Coder B merged the last two sentences and also coded a document A does not have.
    let merged = {
        let mut d = (*b.documents[0]).clone();
        let last = d.sentences.pop().expect("four sentences");
        Rc::make_mut(d.sentences.last_mut().expect("three left"))
            .span
            .end = last.span.end;
        d
    };
    b.documents[0] = Rc::new(merged);
    b.documents.push(Rc::new(other));
    let c = coder(&doc, "trade", &[true, true, false, true]);

    let report = agreement(&[a.clone(), b.clone()]);
    assert_eq!(report.documents, 2);
    assert_eq!(
        report.units,
        4 + 1 + 2,
        "4 of A, B's merged one, B's other document"
    );
    let t = theme(&report, "trade");
    assert_eq!(
        t.pairable, 2,
        "only the first two sentences are coded by both"
    );
    assert!(near(t.percent_agreement, 0.5));
    assert_eq!(report.disagreements.len(), 1);
    assert_eq!(report.disagreements[0].sentence, Some(SentenceId(2)));

    let three = agreement(&[a, b, c]);
    assert!(
        three.themes.iter().all(|t| t.cohen_kappa.is_none()),
        "κ is for two coders"
    );
    assert!(theme(&three, "trade").krippendorff_alpha.is_some());
}

#[test]
fn identical_coders_agree_perfectly_on_the_labelled_samples() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/labelled-seeds.json"
    );
    let ws = import_v1(&std::fs::read_to_string(path).expect("fixture")).expect("valid fixture");
    let report = agreement(&[ws.clone(), ws.clone()]);
    assert_eq!(report.units, ws.progress().total);
    assert!(report.disagreements.is_empty());
    for t in &report.themes {
        assert_eq!(t.percent_agreement, Some(1.0), "{}", t.id);
        assert_eq!(t.krippendorff_alpha, Some(1.0), "{}", t.id);
        assert_eq!(t.cohen_kappa, Some(1.0), "{}", t.id);
    }
}

#[test]
fn merge_settles_each_disagreement_as_decided() {
    let doc = numbered_doc("Talks", 4);
    let a = coder(&doc, "trade", &[true, true, false, false]);
    let mut b = coder(&doc, "health", &[true, false, true, false]);
    b.codebook
        .themes
        .push(readout_annotator::annotation::Theme::new(
            "extra",
            "Only coder B has it",
            readout_annotator::annotation::Color::rgb(1, 2, 3),
            "",
        ));
    let report = agreement(&[a.clone(), b.clone()]);
    let ids: Vec<Option<SentenceId>> = report.disagreements.iter().map(|d| d.sentence).collect();
    assert_eq!(ids, [1, 2, 3].map(|id| Some(SentenceId(id))));

    // (resolutions for sentences 1..3, expected themes of sentences 1..4)
    let cases: &[(&[Resolution], [&[&str]; 4])] = &[
        (&[], [&["trade"], &["trade"], &[], &[]]),
        (
            &[
                Resolution::Coder(1),
                Resolution::Union,
                Resolution::Coder(0),
            ],
            [&["health"], &["trade"], &[], &[]],
        ),
        (
            &[Resolution::Union, Resolution::Coder(1), Resolution::Union],
            [&["trade", "health"], &[], &["health"], &[]],
        ),
    ];
    for (resolutions, want) in cases {
        let merged = merge(&[a.clone(), b.clone()], &report.disagreements, resolutions);
        let got: Vec<Vec<String>> = merged.documents[0]
            .sentences
            .iter()
            .map(|s| s.themes.clone())
            .collect();
        assert_eq!(got, *want, "resolutions {resolutions:?}");
        assert!(
            merged.codebook.contains("extra"),
            "themes only B has are kept"
        );
        let round_trip: Workspace = import_v1(&export_v1(&merged, "2025-01-01T00:00:00Z"))
            .expect("the merged workspace is a valid file");
        assert_eq!(round_trip, merged);
    }
}

//! Following label changes incrementally gives the same suggestions as retraining from
//! scratch, whatever the edits (labels, splits, merges, documents added and removed).

use readout_annotator::annotation::suggest::{follow, Suggester};
use readout_annotator::annotation::{AnnotatedDocument, Codebook, Edit, History, Workspace};

fn seeds() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("UTF-8 seed"))
        .collect()
}

fn same_suggestions(a: &Suggester, b: &Suggester, ws: &Workspace) {
    for doc in &ws.documents {
        for s in &doc.sentences {
            let text = doc.sentence_text(s);
            let (x, y) = (a.suggest(text), b.suggest(text));
            assert_eq!(x.len(), y.len(), "{text}");
            for (x, y) in x.iter().zip(&y) {
                assert_eq!(x.theme, y.theme, "{text}");
                assert!((x.confidence - y.confidence).abs() < 1e-9, "{text}");
            }
        }
    }
}

#[test]
fn following_edits_equals_retraining() {
    let mut ws = Workspace::new(Codebook::diplomatic_default());
    let mut history = History::default();
    let themes: Vec<String> = ws.codebook.themes.iter().map(|t| t.id.clone()).collect();
    let texts = seeds();
    for text in &texts[..4] {
        let edit = ws.add_document_edit(AnnotatedDocument::parse(text));
        history.apply(&mut ws, edit).expect("adds");
    }
    let mut suggester = Suggester::train(&ws);
    let mut step = 0usize;
    let check = |ws: &Workspace, before: &Workspace, suggester: &mut Suggester| {
        follow(suggester, before, ws).expect("same codebook");
        same_suggestions(suggester, &Suggester::train(ws), ws);
    };
    // Labels on many sentences, then undo and redo some of them.
    for round in 0..3 {
        let docs: Vec<_> = ws.documents.clone();
        for doc in docs {
            for (i, s) in doc.sentences.iter().enumerate() {
                step += 1;
                let theme = &themes[(step + round) % themes.len()];
                let before = ws.clone();
                let edit = ws.toggle_theme(&doc.id, &[s.id], theme).expect("toggle");
                history.apply(&mut ws, edit).expect("applies");
                if i % 3 == 0 {
                    history.undo(&mut ws).expect("undo");
                }
                check(&ws, &before, &mut suggester);
            }
        }
    }
    // Split, merge, remove and add documents.
    let doc = ws.documents[0].clone();
    let first = doc.sentences[0].clone();
    let at = doc.byte_at_char(first.id, 5).expect("inside");
    let before = ws.clone();
    history
        .apply(
            &mut ws,
            Edit::SplitSentence {
                doc: doc.id.clone(),
                sentence: first.id,
                at,
            },
        )
        .expect("split");
    check(&ws, &before, &mut suggester);
    let before = ws.clone();
    history
        .apply(
            &mut ws,
            Edit::MergeWithNext {
                doc: doc.id.clone(),
                sentence: first.id,
            },
        )
        .expect("merge");
    check(&ws, &before, &mut suggester);
    let before = ws.clone();
    let id = ws.documents[1].id.clone();
    history
        .apply(&mut ws, Edit::RemoveDocument { id })
        .expect("remove");
    check(&ws, &before, &mut suggester);
    let before = ws.clone();
    history.undo(&mut ws).expect("undo remove");
    check(&ws, &before, &mut suggester);
}

#[test]
fn a_changed_codebook_asks_for_retraining() {
    let ws = Workspace::new(Codebook::diplomatic_default());
    let mut other = ws.clone();
    other.codebook.themes.pop();
    let mut suggester = Suggester::train(&ws);
    assert!(follow(&mut suggester, &ws, &other).is_none());
}

//! Every number a file holds is bounded by the file: ids that cannot collide after an edit,
//! paragraph indices that cannot size an allocation, one set of size limits, and a version
//! that must be the integer 1. Fixtures are built here from the inputs a robustness probe used.

use readout_annotator::annotation::SentenceId;
use std::rc::Rc;

use readout_annotator::annotation::{AnnotatedDocument, Edit, EditErrorKind, Workspace};
use readout_annotator::export::{
    export_v1, import_codebook, import_readout, import_v1, limits, validate_v1,
    ImportErrorKind as K,
};
use serde_json::{json, Value};

/// A valid file of one document, "One two. Three.", with sentence ids 0 and `second_id`, both
/// in `paragraph`s given, and no `paragraphs` list (as files from other tools come).
fn file(second_id: u64, paragraphs: [u64; 2]) -> Value {
    json!({
        "format": "readout-annotations",
        "version": 1,
        "codebook": { "themes": [] },
        "documents": [{
            "id": "d",
            "text": "One two. Three.",
            "sentences": [
                { "id": 0, "paragraph": paragraphs[0], "start": 0, "end": 8, "text": "One two." },
                { "id": second_id, "paragraph": paragraphs[1], "start": 9, "end": 15,
                  "text": "Three." }
            ]
        }]
    })
}

fn refused(json: &str, kind: K, needles: &[&str]) {
    let err = import_v1(json).expect_err("the file is refused");
    assert_eq!(err.kind(), kind, "{err}");
    for needle in needles {
        assert!(
            err.message().contains(needle),
            "{:?} lacks {needle:?}",
            err.message()
        );
    }
    let problems = validate_v1(json).expect_err("validate refuses it too");
    assert_eq!(problems[0], err);
}

// ---- ids -------------------------------------------------------------------------------------

#[test]
fn a_split_next_to_the_largest_id_never_reuses_an_id() {
    let mut ws: Workspace = import_v1(&file(u64::from(u32::MAX), [0, 0]).to_string())
        .expect("ids 0 and 4294967295 are valid");
    ws.apply(Edit::SplitSentence {
        doc: "d".into(),
        sentence: SentenceId(0),
        at: 3,
    })
    .expect("the split is made");
    let ids: Vec<SentenceId> = ws.documents[0].sentences.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), 3);
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 3, "ids collide: {ids:?}");
    assert_eq!(ids[0], SentenceId(0));
    assert_eq!(ids[2], SentenceId::MAX);
    // And the file written after it imports back.
    let again = export_v1(&ws, "2026-12-01T00:00:00Z");
    assert_eq!(import_v1(&again).expect("imports back"), ws);
}

#[test]
fn a_split_keeps_taking_fresh_ids_past_the_top() {
    let mut ws = import_v1(&file(u64::from(u32::MAX), [0, 0]).to_string()).expect("valid");
    for _ in 0..3 {
        let d = &ws.documents[0];
        let first = &d.sentences[0];
        let at = d
            .sentence_text(first)
            .find(' ')
            .map(|i| first.span.start + i + 1);
        let Some(at) = at else { break };
        ws.apply(Edit::SplitSentence {
            doc: "d".into(),
            sentence: first.id,
            at,
        })
        .expect("split");
    }
    let mut ids: Vec<SentenceId> = ws.documents[0].sentences.iter().map(|s| s.id).collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "ids collide");
}

#[test]
fn a_sentence_id_past_the_wire_type_is_refused_naming_the_field() {
    let json = file(u64::from(u32::MAX) + 1, [0, 0]).to_string();
    refused(
        &json,
        K::Malformed,
        &["sentence id", "4294967296", "4294967295"],
    );
}

// ---- paragraph indices -----------------------------------------------------------------------

#[test]
fn huge_paragraph_indices_without_a_paragraph_list_are_refused() {
    for huge in [
        u64::from(u32::MAX),
        u64::from(u32::MAX) + 1,
        100_000_000,
        20_000_000,
        u64::MAX,
    ] {
        let json = file(1, [0, huge]).to_string();
        refused(
            &json,
            K::Malformed,
            &["paragraph", &huge.to_string(), "2 sentences"],
        );
    }
}

#[test]
fn paragraph_indices_the_sentences_can_fill_are_still_read() {
    let ws = import_v1(&file(1, [0, 1]).to_string()).expect("two paragraphs");
    assert_eq!(ws.documents[0].paragraphs.len(), 2);
    let ws = import_v1(&file(1, [1, 1]).to_string()).expect("an empty paragraph 0");
    assert_eq!(ws.documents[0].paragraphs.len(), 2);
}

#[test]
fn a_paragraph_index_past_the_list_is_refused() {
    let mut v = file(1, [0, 100_000_000]);
    v["documents"][0]["paragraphs"] = json!([{ "start": 0, "end": 15 }]);
    refused(
        &v.to_string(),
        K::Malformed,
        &["paragraph 100000000 does not exist"],
    );
}

// ---- size limits -----------------------------------------------------------------------------

#[test]
fn a_note_over_the_limit_is_refused_naming_the_limit() {
    let mut v = file(1, [0, 0]);
    let note = "n".repeat(limits::MAX_NOTE_CHARS + 1);
    v["documents"][0]["sentences"][1]["note"] = json!(note);
    refused(
        &v.to_string(),
        K::TooLarge,
        &["note", &(limits::MAX_NOTE_CHARS + 1).to_string(), "100000"],
    );
    v["documents"][0]["sentences"][1]["note"] = json!("n".repeat(limits::MAX_NOTE_CHARS));
    import_v1(&v.to_string()).expect("a note at the limit is read");
}

#[test]
fn a_sentence_over_the_limit_is_refused_in_a_file_and_in_a_readout() {
    let long = "word ".repeat(limits::MAX_SENTENCE_CHARS / 5) + "end";
    let n = long.chars().count();
    let v = json!({
        "format": "readout-annotations", "version": 1, "codebook": { "themes": [] },
        "documents": [{ "id": "d", "text": long, "sentences": [
            { "id": 0, "paragraph": 0, "start": 0, "end": n, "text": long }
        ]}]
    });
    refused(&v.to_string(), K::TooLarge, &["sentence", &n.to_string()]);
    let err = import_readout("long.txt", &long).expect_err("the readout is refused");
    assert_eq!(err.kind(), K::TooLarge);
    assert!(err.message().contains("sentence"), "{err}");
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read() {
    let mut json = file(1, [0, 0]).to_string();
    json.push_str(&" ".repeat(limits::MAX_FILE_BYTES + 1 - json.len()));
    let found = json.len().to_string();
    refused(&json, K::TooLarge, &["file", &found]);
    let err = import_codebook(&json).expect_err("a codebook that large is refused");
    assert_eq!(err.kind(), K::TooLarge);
    let err = import_readout("big.txt", &json).expect_err("a readout that large is refused");
    assert_eq!(err.kind(), K::TooLarge);
    assert!(limits::check_file_size(limits::MAX_FILE_BYTES).is_ok());
}

#[test]
fn too_many_documents_or_themes_are_refused_naming_the_limit() {
    let docs: Vec<Value> = (0..=limits::MAX_DOCUMENTS)
        .map(|i| json!({ "id": format!("d{i}"), "text": "", "sentences": [] }))
        .collect();
    let v = json!({ "format": "readout-annotations", "version": 1,
                    "codebook": { "themes": [] }, "documents": docs });
    refused(
        &v.to_string(),
        K::TooLarge,
        &["documents", &(limits::MAX_DOCUMENTS + 1).to_string()],
    );
    let themes: Vec<Value> = (0..=limits::MAX_THEMES)
        .map(|i| json!({ "id": format!("t{i}"), "name": "T", "color": "#000000" }))
        .collect();
    let v = json!({ "format": "readout-annotations", "version": 1,
                    "codebook": { "themes": themes }, "documents": [] });
    refused(
        &v.to_string(),
        K::TooLarge,
        &["themes", &(limits::MAX_THEMES + 1).to_string()],
    );
    let book = json!({ "format": "readout-codebook", "version": 1, "themes": themes });
    let err = import_codebook(&book.to_string()).expect_err("refused");
    assert_eq!(err.kind(), K::TooLarge, "{err}");
}

#[test]
fn each_limit_refusal_says_the_limit_and_the_value_found() {
    let e = limits::check_note_chars(200_000).expect_err("over");
    let text = e.to_string();
    assert!(text.contains("200000") && text.contains("100000"), "{text}");
    assert_eq!(e.limit(), limits::Limit::NoteChars);
    assert_eq!(e.found(), 200_000);
    assert!(limits::check_note_chars(limits::MAX_NOTE_CHARS).is_ok());
}

// ---- version ---------------------------------------------------------------------------------

#[test]
fn a_version_that_is_not_the_integer_1_says_what_was_found() {
    for (version, found) in [
        (json!(1.0), "1.0"),
        (json!(1.5), "1.5"),
        (json!("1"), "\"1\""),
        (json!(-1), "-1"),
        (json!(0), "0"),
        (json!(true), "true"),
        (json!(null), "null"),
        (json!([1]), "an array"),
    ] {
        let mut v = file(1, [0, 0]);
        v["version"] = version;
        let err = import_v1(&v.to_string()).expect_err("refused");
        assert_eq!(err.kind(), K::UnsupportedVersion);
        assert_eq!(
            err.message(),
            format!("\"version\" must be the integer 1; found {found}")
        );
    }
}

// ---- edits keep a workspace within the limits, so its file always imports -------------------

#[test]
fn edits_refuse_to_pass_a_limit_a_file_could_not_bring_back() {
    let mut ws = import_v1(&file(1, [0, 0]).to_string()).expect("valid");
    let long_note = "n".repeat(limits::MAX_NOTE_CHARS + 1);
    let e = ws
        .apply(Edit::SetNote {
            doc: "d".into(),
            sentence: SentenceId(0),
            note: long_note,
        })
        .expect_err("a note over the limit");
    assert_eq!(e.kind(), EditErrorKind::InvalidValue);
    assert!(
        e.message().contains("note") && e.message().contains("100000"),
        "{e}"
    );

    // Two notes at the limit cannot merge into one over it.
    for id in [0, 1] {
        ws.apply(Edit::SetNote {
            doc: "d".into(),
            sentence: SentenceId(id),
            note: "n".repeat(limits::MAX_NOTE_CHARS),
        })
        .expect("a note at the limit");
    }
    let before = ws.clone();
    let e = ws
        .apply(Edit::MergeWithNext {
            doc: "d".into(),
            sentence: SentenceId(0),
        })
        .expect_err("the merged note would be over the limit");
    assert_eq!(e.kind(), EditErrorKind::InvalidMerge);
    assert_eq!(ws, before, "a refused edit changes nothing");

    let doc = Rc::clone(&ws.documents[0]);
    ws.documents = vec![doc; limits::MAX_DOCUMENTS];
    let e = ws
        .apply(ws.add_document_edit(AnnotatedDocument::parse("Another readout.")))
        .expect_err("one document too many");
    assert!(e.message().contains("documents"), "{e}");
}

//! An import that is not valid format v1 is refused with a message that says what is wrong
//! and where. One case per kind of problem.

#[path = "annotation_support.rs"]
mod support;

use readout_annotator::annotation::SentenceId;
use readout_annotator::annotation::{AnnotatedDocument, Edit, Workspace};
use readout_annotator::export::{
    export_codebook, export_v1, import_codebook, import_v1, ImportErrorKind as K,
};
use readout_annotator::readout::Speaker;
use serde_json::{json, Value};

/// Two documents (the second with CRLF and emoji), some labels: the file the cases corrupt.
fn workspace() -> Workspace {
    let mut ws = support::sample_workspace();
    let (text, parsed) = support::build(
        Some("Second"),
        &[vec![
            (
                "Putin said 😀 hello.".to_string(),
                Speaker::Participant("p1".into()),
            ),
            ("中国 合作。".to_string(), Speaker::Both),
            ("Done.".to_string(), Speaker::Narration),
        ]],
        "\r\n",
    );
    let second = AnnotatedDocument::from_parsed(&text, &parsed);
    let id = second.id.clone();
    ws.apply(ws.add_document_edit(second)).expect("add");
    let label = ws
        .toggle_theme(&id, &[SentenceId(1), SentenceId(2)], "trade")
        .expect("toggle");
    ws.apply(label).expect("label");
    ws.apply(Edit::SetNote {
        doc: id,
        sentence: SentenceId(2),
        note: "n".into(),
    })
    .expect("note");
    ws
}

fn file() -> Value {
    serde_json::from_str(&export_v1(&workspace(), "2026-11-27T22:41:00Z")).expect("valid JSON")
}

fn refuse(json: &str, kind: K, message: &str) {
    let err = import_v1(json).expect_err("import is refused");
    assert_eq!(err.kind(), kind, "{err}");
    assert!(
        err.message().contains(message),
        "message {:?} lacks {message:?}",
        err.message()
    );
}

fn refuse_value(f: impl FnOnce(&mut Value), kind: K, message: &str) {
    let mut v = file();
    f(&mut v);
    refuse(
        &serde_json::to_string_pretty(&v).expect("serializes"),
        kind,
        message,
    );
}

#[test]
fn the_unmodified_file_imports() {
    let ws = workspace();
    assert_eq!(import_v1(&export_v1(&ws, "2026-11-27T22:41:00Z")), Ok(ws));
}

#[test]
fn invalid_and_truncated_json_say_line_and_column() {
    refuse("hello", K::InvalidJson, "invalid JSON at line 1, column 1");
    refuse("", K::InvalidJson, "invalid JSON at line 1, column 0: EOF");
    let full = export_v1(&workspace(), "t");
    let cut = &full[..full.len() / 2];
    let err = import_v1(cut).expect_err("truncated");
    assert_eq!(err.kind(), K::InvalidJson);
    assert!(err.message().contains("EOF while parsing"), "{err}");
    assert!(err.line_column().is_some_and(|(line, _)| line > 10));
    refuse(
        "{\"format\": \"readout-annotations\",, }",
        K::InvalidJson,
        "line 1, column 34: key must be a string",
    );
}

#[test]
fn another_format_is_named() {
    refuse(
        "[1, 2]",
        K::WrongFormat,
        "not a readout-annotations file: the JSON is not an object",
    );
    refuse(
        r#"{"text": "x", "label": []}"#,
        K::WrongFormat,
        "no \"format\": \"readout-annotations\"",
    );
    refuse(
        r#"{"format": "doccano"}"#,
        K::WrongFormat,
        "its format is \"doccano\"",
    );
    let book = export_codebook(&workspace().codebook);
    refuse(&book, K::WrongFormat, "this is a readout-codebook file");
}

#[test]
fn newer_or_unknown_versions_are_refused() {
    refuse_value(
        |v| v["version"] = json!(2),
        K::UnsupportedVersion,
        "version 2 is newer",
    );
    refuse_value(
        |v| v["version"] = json!("1"),
        K::UnsupportedVersion,
        "\"version\" must be the integer 1; found \"1\"",
    );
    refuse_value(
        |v| {
            v.as_object_mut().map(|o| o.remove("version"));
        },
        K::UnsupportedVersion,
        "no \"version\"",
    );
    refuse_value(
        |v| v["offsets"] = json!("utf16"),
        K::UnsupportedVersion,
        "offsets \"utf16\"",
    );
}

#[test]
fn missing_fields_and_wrong_types_say_where() {
    refuse_value(
        |v| {
            v["documents"][1].as_object_mut().map(|o| o.remove("text"));
        },
        K::Malformed,
        "missing field `text`",
    );
    let mut v = file();
    v["documents"][0]["sentences"][0]["id"] = json!("one");
    let err = import_v1(&serde_json::to_string_pretty(&v).expect("json")).expect_err("refused");
    assert_eq!(err.kind(), K::Malformed);
    assert!(err.message().starts_with("invalid file at line "), "{err}");
    assert!(
        err.message().contains("invalid type: string \"one\""),
        "{err}"
    );
}

#[test]
fn offsets_past_the_end() {
    refuse_value(
        |v| v["documents"][1]["sentences"][1]["end"] = json!(9999),
        K::OffsetOutOfRange,
        "document 2, sentence 2 (id 2): end 9999 is past the end of the text (42 code points)",
    );
    refuse_value(
        |v| v["documents"][0]["paragraphs"][0]["end"] = json!(100000),
        K::OffsetOutOfRange,
        "document 1, paragraph 1: end 100000 is past the end",
    );
    refuse_value(
        |v| v["documents"][0]["front_matter"][0]["end"] = json!(100000),
        K::OffsetOutOfRange,
        "document 1, front-matter line 1: end 100000",
    );
    refuse_value(
        |v| v["documents"][0]["sentences"][0]["start"] = json!(200),
        K::OffsetOutOfRange,
        "document 1, sentence 1 (id 1): start 200 is after end 123",
    );
}

#[test]
fn offsets_that_do_not_match_the_text() {
    let mut v = file();
    let s = &v["documents"][1]["sentences"][0];
    let (start, end) = (
        s["start"].as_u64().unwrap_or(0),
        s["end"].as_u64().unwrap_or(0),
    );
    v["documents"][1]["sentences"][0]["start"] = json!(start + 1);
    v["documents"][1]["sentences"][0]["start_utf16"] = json!(start + 1);
    refuse(
        &v.to_string(),
        K::TextMismatch,
        &format!(
            "document 2, sentence 1 (id 1): text does not match text[{}:{end}]",
            start + 1
        ),
    );
    refuse_value(
        |v| v["documents"][1]["sentences"][0]["text"] = json!("Putin said 😀 hello!"),
        K::TextMismatch,
        "document 2, sentence 1 (id 1): text does not match text[",
    );
    refuse_value(
        |v| v["documents"][1]["sentences"][1]["end_utf16"] = json!(0),
        K::TextMismatch,
        "document 2, sentence 2 (id 2): start_utf16/end_utf16",
    );
}

#[test]
fn overlapping_sentences() {
    refuse_value(
        |v| {
            let prev_end = v["documents"][0]["sentences"][2]["end"].clone();
            let s = &mut v["documents"][0]["sentences"][3];
            s["start"] = json!(prev_end.as_u64().unwrap_or(0) - 2);
        },
        K::Overlap,
        "document 1, sentence 4 (id 4) overlaps sentence 3 (id 3)",
    );
    refuse_value(
        |v| {
            let p = v["documents"][0]["paragraphs"][0]["start"].clone();
            v["documents"][0]["paragraphs"][1]["start"] = p;
        },
        K::Overlap,
        "document 1, paragraph 2 overlaps",
    );
}

#[test]
fn unknown_theme_and_speaker_ids() {
    refuse_value(
        |v| v["documents"][1]["sentences"][2]["themes"] = json!(["trade", "climate"]),
        K::UnknownTheme,
        "document 2, sentence 3 (id 3): theme \"climate\" is not in the codebook",
    );
    refuse_value(
        |v| v["documents"][0]["sentences"][4]["speaker"] = json!("p9"),
        K::UnknownSpeaker,
        "document 1, sentence 5 (id 5): speaker \"p9\" is not a participant of the document",
    );
}

#[test]
fn duplicate_ids() {
    refuse_value(
        |v| v["documents"][0]["sentences"][3]["id"] = json!(2),
        K::DuplicateId,
        "document 1, sentence 4 (id 2): id 2 is used by an earlier sentence",
    );
    refuse_value(
        |v| v["documents"][1]["id"] = v["documents"][0]["id"].clone(),
        K::DuplicateId,
        "document 2: id",
    );
    refuse_value(
        |v| v["codebook"]["themes"][4]["id"] = json!("bilateral"),
        K::DuplicateId,
        "codebook, theme 5 (\"bilateral\"): the id is used by an earlier theme",
    );
    refuse_value(
        |v| v["documents"][0]["participants"][1]["id"] = json!("p1"),
        K::DuplicateId,
        "document 1, participant 2: id \"p1\" is used by an earlier participant",
    );
    refuse_value(
        |v| v["documents"][1]["sentences"][0]["themes"] = json!(["trade", "trade"]),
        K::DuplicateId,
        "theme \"trade\" is listed twice",
    );
}

#[test]
fn invalid_colours() {
    for bad in ["#12345", "red", "#12345g", "javascript:alert(1)"] {
        refuse_value(
            |v| v["codebook"]["themes"][2]["color"] = json!(bad),
            K::InvalidColor,
            &format!(
                "codebook, theme 3 (\"sovereignty\"): invalid colour {bad:?}: expected #rrggbb"
            ),
        );
    }
}

#[test]
fn other_impossible_values() {
    refuse_value(
        |v| v["documents"][0]["sentences"][0]["paragraph"] = json!(7),
        K::Malformed,
        "document 1, sentence 1 (id 1): paragraph 7 does not exist (3 paragraphs)",
    );
    refuse_value(
        |v| v["documents"][0]["participants"][0]["id"] = json!("both"),
        K::Malformed,
        "\"both\" cannot be a participant id",
    );
    refuse_value(
        |v| v["codebook"]["themes"][0]["name"] = json!(" "),
        K::Malformed,
        "codebook, theme 1 (\"bilateral\"): the name is blank",
    );
    refuse_value(
        |v| {
            let s = v["documents"][0]["sentences"][0]["start"].clone();
            v["documents"][0]["sentences"][0]["end"] = s;
            v["documents"][0]["sentences"][0]["end_utf16"] = json!(null);
        },
        K::Malformed,
        "the sentence is empty",
    );
}

#[test]
fn codebook_import_refusals() {
    let err = import_codebook("{\"format\": \"readout-codebook\", \"version\": 3, \"themes\": []}")
        .expect_err("newer");
    assert_eq!(err.kind(), K::UnsupportedVersion);
    let err = import_codebook(
        r#"{"format": "readout-codebook", "version": 1, "themes": [
        {"id": "a", "name": "A", "color": "blue"}]}"#,
    )
    .expect_err("colour");
    assert_eq!(err.kind(), K::InvalidColor);
    assert_eq!(
        err.message(),
        "codebook, theme 1 (\"a\"): invalid colour \"blue\": expected #rrggbb"
    );
    let err = import_codebook(
        r##"{"format": "readout-codebook", "version": 1, "themes": [
        {"id": "a", "name": "A", "color": "#112233", "parent": "gone"}]}"##,
    )
    .expect_err("missing parent");
    assert_eq!(err.kind(), K::UnknownTheme);
    assert_eq!(
        err.message(),
        "codebook, theme 1 (\"a\"): its parent \"gone\" is not in the codebook"
    );
    let err = import_codebook(
        r##"{"format": "readout-codebook", "version": 1, "themes": [
        {"id": "a", "name": "A", "color": "#112233", "parent": "b"},
        {"id": "b", "name": "B", "color": "#112233", "parent": "a"}]}"##,
    )
    .expect_err("loop");
    assert_eq!(err.kind(), K::Malformed);
    let err = import_codebook("{\"format\": \"doccano\"}").expect_err("other");
    assert_eq!(err.kind(), K::WrongFormat);
}

#[test]
fn validate_lists_every_problem_in_file_order() {
    let mut v = file();
    v["codebook"]["themes"][0]["color"] = json!("blue");
    v["documents"][0]["sentences"][1]["speaker"] = json!("p9");
    v["documents"][1]["sentences"][0]["themes"] = json!(["nope"]);
    v["documents"][1]["sentences"][2]["text"] = json!("Dne.");
    let problems = readout_annotator::export::validate_v1(&v.to_string()).expect_err("invalid");
    let kinds: Vec<K> = problems.iter().map(|p| p.kind()).collect();
    assert_eq!(
        kinds,
        [
            K::InvalidColor,
            K::UnknownSpeaker,
            K::UnknownTheme,
            K::TextMismatch
        ]
    );
    assert_eq!(
        import_v1(&v.to_string()).map_err(|e| e.kind()),
        Err(K::InvalidColor)
    );
}

//! Format v1: the shape DESIGN.md shows, offsets in code points and UTF-16 on the text exactly
//! as stored, and export → import giving back an equal workspace.

#[path = "annotation_support.rs"]
mod support;

use std::rc::Rc;

use proptest::prelude::*;
#[path = "common/property_config.rs"]
mod property_config;
use property_config::property_config;
use readout_annotator::annotation::{
    AnnotatedDocument, Codebook, Color, Edit, SentenceId, Theme, Workspace,
};
use readout_annotator::export::{
    export_codebook, export_v1, generator, import_codebook, import_codebook_noting_keys, import_v1,
};
use readout_annotator::readout::Speaker;
use serde_json::{json, Value};

fn chars_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).expect("span on surrogate boundaries")
}

/// Checks every promise about offsets in an exported file.
fn check_offsets(file: &Value) {
    for d in file["documents"].as_array().expect("documents") {
        let text = d["text"].as_str().expect("text");
        for s in d["sentences"].as_array().expect("sentences") {
            let n = |k: &str| s[k].as_u64().expect("offset") as usize;
            let want = s["text"].as_str().expect("sentence text");
            assert_eq!(chars_slice(text, n("start"), n("end")), want);
            assert_eq!(utf16_slice(text, n("start_utf16"), n("end_utf16")), want);
        }
    }
}

#[test]
fn the_file_has_the_documented_shape() {
    let mut ws = support::sample_workspace();
    let id = support::sample_id();
    let edit = ws
        .toggle_theme(&id, &[SentenceId(4)], "health")
        .expect("toggle");
    ws.apply(edit).expect("label");
    ws.apply(Edit::SetNote {
        doc: id.clone(),
        sentence: SentenceId(4),
        note: "😷".into(),
    })
    .expect("note");
    let json = export_v1(&ws, "2026-11-27T22:41:00Z");
    let v: Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(v["format"], "readout-annotations");
    assert_eq!(v["version"], 1);
    assert_eq!(
        v["generator"],
        format!("readout-annotator {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(v["generator"], generator());
    assert_eq!(v["exported_at"], "2026-11-27T22:41:00Z");
    assert_eq!(v["offsets"], "codepoint");
    assert_eq!(
        v["codebook"]["themes"][5],
        json!({"id": "health", "name": "Public health and humanitarian aid", "color": "#e69f00",
               "key": "6", "description": ws.codebook.themes[5].description})
    );
    let d = &v["documents"][0];
    assert_eq!(d["id"], id);
    assert_eq!(d["title"], "Xi Jinping Calls Iranian President Rouhani");
    assert_eq!(d["date"], Value::Null);
    assert_eq!(d["date_text"], "the evening of 27th");
    assert_eq!(d["event"], "phone_call");
    assert_eq!(
        d["participants"][0],
        json!({"id": "p1", "name": "Xi Jinping", "title": "President", "country": ""})
    );
    assert_eq!(
        d["front_matter"],
        json!([{"start": 0, "end": 44, "kind": "title"}])
    );
    assert_eq!(d["paragraphs"][0], json!({"start": 44, "end": 125}));
    let s = &d["sentences"][3];
    let text = "Unilateral sanctions hinder Iran's efforts 😷.";
    assert_eq!(
        *s,
        json!({"id": 4, "paragraph": 1, "start": 237, "end": 282, "start_utf16": 237,
               "end_utf16": 283, "text": text, "speaker": "p1", "themes": ["health"], "note": "😷"})
    );
    assert_eq!(d["sentences"][5]["speaker"], "both");
    assert_eq!(d["sentences"][0]["speaker"], Value::Null);
    check_offsets(&v);
    assert_eq!(import_v1(&json), Ok(ws));
}

#[test]
fn crlf_emoji_cjk_and_combining_marks_count_as_python_and_javascript_do() {
    let (text, parsed) = support::build(
        Some("标题 👩‍👩‍👧"),
        &[
            vec![("e\u{301}clair 😀.".to_string(), Speaker::Narration)],
            vec![
                ("中国。".to_string(), Speaker::Both),
                ("🇮🇷 ok.".to_string(), Speaker::Both),
            ],
        ],
        "\r\n",
    );
    let mut ws = Workspace::default();
    ws.documents
        .push(Rc::new(AnnotatedDocument::from_parsed(&text, &parsed)));
    let v: Value = serde_json::from_str(&export_v1(&ws, "t")).expect("JSON");
    let d = &v["documents"][0];
    // "标题 👩‍👩‍👧" is 3 + 5 code points (the family is three people and two ZWJs), then CRLF CRLF.
    assert_eq!(
        d["front_matter"][0],
        json!({"start": 0, "end": 12, "kind": "title"})
    );
    let s = &d["sentences"];
    assert_eq!(
        (s[0]["start"].as_u64(), s[0]["end"].as_u64()),
        (Some(12), Some(22))
    );
    assert_eq!(
        (s[0]["start_utf16"].as_u64(), s[0]["end_utf16"].as_u64()),
        (Some(15), Some(26))
    );
    assert_eq!(
        (s[2]["start"].as_u64(), s[2]["end"].as_u64()),
        (Some(30), Some(36))
    );
    assert_eq!(d["text"], text);
    check_offsets(&v);
    assert_eq!(import_v1(&v.to_string()), Ok(ws));
}

#[test]
fn files_without_paragraphs_or_utf16_still_import() {
    let ws = support::sample_workspace();
    let mut v: Value = serde_json::from_str(&export_v1(&ws, "t")).expect("JSON");
    let d = v["documents"][0].as_object_mut().expect("object");
    d.remove("paragraphs");
    d.remove("front_matter");
    for s in d["sentences"].as_array_mut().expect("sentences") {
        let s = s.as_object_mut().expect("object");
        s.remove("start_utf16");
        s.remove("end_utf16");
    }
    let back = import_v1(&v.to_string()).expect("imports");
    let (a, b) = (&back.documents[0], &ws.documents[0]);
    assert_eq!(a.sentences, b.sentences);
    assert_eq!(a.paragraphs.len(), b.paragraphs.len());
    for (p, s) in a.paragraphs.iter().zip([0usize, 1, 4]) {
        assert_eq!(p.span.start, b.sentences[s].span.start);
    }
}

#[test]
fn codebook_files_round_trip() {
    let mut book = Codebook::diplomatic_default();
    book.themes.push(Theme::new(
        "x",
        "Tenth — no key",
        Color::rgb(0xab, 0xcd, 0xef),
        "€",
    ));
    let json = export_codebook(&book);
    let v: Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(v["format"], "readout-codebook");
    assert_eq!(v["version"], 1);
    assert_eq!(v["themes"][0]["key"], "1");
    assert_eq!(v["themes"][9].get("key"), None);
    assert_eq!(import_codebook(&json), Ok(book.clone()));
    // Keys are the themes' own: a codebook whose keys are not in list order keeps them.
    let mut reordered = book.clone();
    reordered.themes.swap(0, 1);
    let json_reordered = export_codebook(&reordered);
    let back = import_codebook(&json_reordered).expect("imports");
    assert_eq!(back.themes[0].key, book.themes[1].key);
    assert_eq!(back, reordered);
    // A workspace file also gives its codebook.
    let ws = Workspace::new(book.clone());
    assert_eq!(import_codebook(&export_v1(&ws, "t")), Ok(book));
}

#[test]
fn a_nested_codebook_round_trips_and_files_without_parents_still_import() {
    let mut book = Codebook::diplomatic_default();
    book.themes[6].parent = Some("trade".into());
    book.themes[3].parent = Some("sanctions".into());
    let json = export_codebook(&book);
    let v: Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(v["themes"][6]["parent"], "trade");
    assert_eq!(
        v["themes"][0].get("parent"),
        None,
        "a top theme writes no parent"
    );
    assert_eq!(import_codebook(&json), Ok(book.clone()));
    let ws = Workspace::new(book.clone());
    assert_eq!(import_codebook(&export_v1(&ws, "t")), Ok(book));
    let flat = r##"{"format": "readout-codebook", "version": 1, "themes": [
        {"id": "a", "name": "A", "color": "#112233"}]}"##;
    assert_eq!(
        import_codebook(flat).expect("imports").themes[0].parent,
        None
    );
}

#[test]
fn imported_keys_are_honoured_and_clashes_are_reported() {
    let file = json!({
        "format": "readout-codebook",
        "version": 1,
        "themes": [
            {"id": "a", "name": "Alpha", "color": "#112233", "key": "7"},
            {"id": "b", "name": "Beta", "color": "#112233", "key": "7"},
            {"id": "c", "name": "Gamma", "color": "#112233"},
            {"id": "d", "name": "Delta", "color": "#112233", "key": "12"}
        ]
    })
    .to_string();
    let (book, changed) = import_codebook_noting_keys(&file).expect("imports");
    let keys: Vec<Option<char>> = book.themes.iter().map(|t| t.key).collect();
    assert_eq!(keys, [Some('7'), Some('1'), None, None]);
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(
        (changed[0].id.as_str(), changed[0].asked, changed[0].given),
        ("b", '7', Some('1'))
    );
}

fn labelled_strategy() -> impl Strategy<Value = Workspace> {
    (
        prop::collection::vec(support::arb::document(), 1..4),
        prop::collection::vec((any::<u16>(), any::<u8>(), any::<bool>()), 0..30),
    )
        .prop_map(|(docs, labels)| {
            let mut ws = Workspace::default();
            for (text, parsed) in docs {
                let d = AnnotatedDocument::from_parsed(&text, &parsed);
                let edit = ws.add_document_edit(d);
                let _ = ws.apply(edit);
            }
            for (n, theme, note) in labels {
                let d = &ws.documents[n as usize % ws.documents.len()];
                let id: SentenceId = d.sentences[n as usize % d.sentences.len()].id;
                let doc = d.id.clone();
                let theme = ws.codebook.themes[theme as usize % 9].id.clone();
                let edit = if note {
                    Edit::SetNote {
                        doc,
                        sentence: id,
                        note: format!("note {n} 📝\r\n\"q\""),
                    }
                } else {
                    ws.toggle_theme(&doc, &[id], &theme).expect("valid toggle")
                };
                ws.apply(edit).expect("valid edit");
            }
            ws
        })
}

proptest! {
    #![proptest_config(property_config(256))]
    #[test]
    fn export_then_import_is_the_same_workspace(ws in labelled_strategy()) {
        let json = export_v1(&ws, "2026-11-27T22:41:00Z");
        let v: Value = serde_json::from_str(&json).expect("valid JSON");
        check_offsets(&v);
        let back = import_v1(&json);
        prop_assert_eq!(back.as_ref(), Ok(&ws));
        // And the file written from the import is byte for byte the same.
        let again = back.map(|w| export_v1(&w, "2026-11-27T22:41:00Z"));
        prop_assert_eq!(again, Ok(json));
    }
}

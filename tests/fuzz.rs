//! Fuzzing without cargo-fuzz (which needs a nightly compiler): property tests over every
//! entry point that takes what a user brings. `cargo test` runs 256 cases per target from a
//! fixed seed (`tests/common/property_config.rs`); `make fuzz` runs `FUZZ_CASES` per target
//! from a fresh random seed.
//!
//! Each target checks invariants, not only the absence of panics: `parse` tiles its input and
//! keeps every span on a character boundary, and what it finds exports to a file that imports
//! back unchanged; an import that succeeds satisfies `text[start:end] == sentence text` (code
//! points) for every sentence of the file it read, and re-exports to a file that imports to the
//! same workspace; a codebook that imports writes back to one that imports the same.

#[path = "annotation_support.rs"]
mod support;

use std::cell::Cell;
use std::rc::Rc;
use std::time::Instant;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

#[path = "common/property_config.rs"]
mod property_config;
use property_config::property_config;
use readout_annotator::annotation::{AnnotatedDocument, Codebook, Edit, SentenceId, Workspace};
use readout_annotator::export::{
    export_codebook, export_qdc, export_v1, import_codebook, import_codebook_file, import_qdc,
    import_readout, import_v1, validate_v1,
};
use readout_annotator::readout::{parse, split_sentences, Document, Speaker};
use serde_json::Value;

const STAMP: &str = "2026-11-27T22:41:00Z";

thread_local! {
    /// Inputs of the running target that were accepted (parsed, imported) rather than refused.
    static ACCEPTED: Cell<u64> = const { Cell::new(0) };
}

/// Counts the current input as accepted: it went through the whole check, not a refusal.
fn accepted() -> Result<(), TestCaseError> {
    ACCEPTED.with(|n| n.set(n.get() + 1));
    Ok(())
}

/// Whether a target must see some inputs accepted. A target whose inputs are almost never
/// valid (any string as a workspace file) checks only its refusals; every other target fails
/// when nothing got through, since then it checked no more than that the input was refused.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    SomeAccepted,
    RefusalsOnly,
}

/// Runs `check` on the configured number of inputs from `strategy`, reports how many ran, how
/// many were accepted and how long it took, and fails with the (shrunk) input that broke an
/// invariant or panicked, or when no input was accepted where some must be.
fn fuzz<S: Strategy>(
    name: &str,
    expect: Expect,
    strategy: S,
    check: impl Fn(S::Value) -> Result<(), TestCaseError>,
) where
    S::Value: std::fmt::Debug,
{
    let mut runner = TestRunner::new(Config {
        // A runner built by hand has no source file to keep regressions beside: a failure is
        // printed, shrunk, and becomes a fixed case in the test that covers it.
        failure_persistence: None,
        max_shrink_iters: 2048,
        ..property_config(256)
    });
    let ran = Cell::new(0u64);
    ACCEPTED.with(|n| n.set(0));
    let start = Instant::now();
    let result = runner.run(&strategy, |input| {
        ran.set(ran.get() + 1);
        check(input)
    });
    let accepted = ACCEPTED.with(Cell::get);
    eprintln!(
        "fuzz {name}: {} inputs ({accepted} accepted) in {:.1} s",
        ran.get(),
        start.elapsed().as_secs_f64()
    );
    if let Err(e) = result {
        panic!("fuzz {name}: {e}");
    }
    if expect == Expect::SomeAccepted {
        assert!(
            accepted > 0,
            "fuzz {name}: none of {} inputs was accepted, so no invariant was checked",
            ran.get()
        );
    }
}

// ---- parse -------------------------------------------------------------------------------

/// What `parse` promises on any input: front matter and paragraphs tile the text, sentences
/// lie in order inside their paragraphs, every span is on a character boundary, and the
/// document exports to a format-v1 file that imports back unchanged.
fn check_parse(text: &str) -> Result<(), TestCaseError> {
    let d = parse(text);
    check_tiling(text, &d)?;
    for s in split_sentences(text) {
        prop_assert!(s.start < s.end && s.end <= text.len());
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    if text.trim().is_empty() {
        return accepted();
    }
    let mut ws = Workspace::default();
    ws.documents
        .push(Rc::new(AnnotatedDocument::from_parsed(text, &d)));
    check_round_trip(&ws)
}

fn check_tiling(text: &str, d: &Document) -> Result<(), TestCaseError> {
    let mut spans: Vec<(usize, usize)> = d
        .front_matter
        .iter()
        .map(|f| (f.span.start, f.span.end))
        .chain(d.paragraphs.iter().map(|p| (p.span.start, p.span.end)))
        .collect();
    spans.sort_unstable();
    let mut at = 0;
    for (s, e) in spans {
        prop_assert_eq!(s, at, "gap or overlap at byte {}", at);
        prop_assert!(e > s, "empty item at byte {}", s);
        at = e;
    }
    prop_assert_eq!(at, text.len(), "the items do not reach the end");
    for p in &d.paragraphs {
        let mut last = p.span.start;
        for s in &p.sentences {
            prop_assert!(s.span.start >= last && s.span.start < s.span.end);
            prop_assert!(s.span.end <= p.span.end, "sentence outside its paragraph");
            prop_assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            last = s.span.end;
        }
    }
    if let Some(span) = d.title {
        prop_assert!(span.start <= span.end && span.end <= text.len());
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    Ok(())
}

/// Words and lines that readouts are made of, and the characters that break naive code.
const PIECES: &[&str] = &[
    "Xi Jinping Calls Iranian President Rouhani",
    "Readout of President Biden's Call with Prime Minister Kishida",
    "Telephone conversation with President of Iran",
    "PM call with President Macron: 15 March 2023",
    "READOUT",
    "OFFICE OF THE SPOKESPERSON",
    "The below is attributable to Spokesperson Ned Price:",
    "March 27, 2020",
    "2020/03/27",
    "on the evening of 27th",
    "Home > News > Share | Print",
    "Xi Jinping pointed out that",
    "Rouhani said that",
    "Both sides agreed",
    "The two leaders",
    "He stressed",
    "China is willing to",
    "U.S.",
    "U.K.",
    "Mr.",
    "Dr.",
    "No. 5",
    "Jan.",
    "a.m.",
    "J. R. R.",
    "3.14",
    "1.",
    "(2)",
    "•",
    "...",
    "…",
    "?!",
    ".",
    "\"",
    "“quoted.”",
    "‘single’",
    "中国。",
    "习近平指出，",
    "伊朗！",
    "合作？",
    "Россия заявила.",
    "😷",
    "👩‍👩‍👧",
    "🇮🇷",
    "e\u{301}",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{2028}",
    "\u{85}",
    "\t",
    " ",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\r\n\r\n",
];

/// Readout-like text: the pieces above, random words and random characters, joined by
/// spaces or nothing.
fn readoutish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_string),
        2 => "[A-Za-z]{1,10}",
        1 => "\\PC{1,4}",
        1 => any::<char>().prop_map(String::from),
    ];
    (prop::collection::vec(piece, 0..80), any::<bool>())
        .prop_map(|(v, spaced)| v.join(if spaced { " " } else { "" }))
}

#[test]
fn fuzz_parse_any_string() {
    fuzz(
        "parse/any string",
        Expect::SomeAccepted,
        any::<String>(),
        |t| check_parse(&t),
    );
}

#[test]
fn fuzz_parse_long_strings() {
    fuzz(
        "parse/long string",
        Expect::SomeAccepted,
        prop::collection::vec(any::<char>(), 0..3000).prop_map(String::from_iter),
        |t| check_parse(&t),
    );
}

#[test]
fn fuzz_parse_lossy_bytes() {
    fuzz(
        "parse/bytes",
        Expect::SomeAccepted,
        prop::collection::vec(any::<u8>(), 0..2000),
        |b| check_parse(&String::from_utf8_lossy(&b)),
    );
}

#[test]
fn fuzz_parse_readout_like() {
    fuzz(
        "parse/readout-like",
        Expect::SomeAccepted,
        readoutish(),
        |t| check_parse(&t),
    );
}

#[test]
fn fuzz_import_readout_files() {
    let html = prop::collection::vec(
        prop_oneof![
            3 => readoutish(),
            1 => prop::sample::select(&[
                "<p>", "</p>", "<br>", "<h1>", "</h1>", "<script>alert(1)</script>",
                "<style>p{}</style>", "&amp;", "&nbsp;", "&#x1F600;", "&#0;", "&bogus;",
                "<!--", "-->", "<", ">", "<li>", "<div class=\"x\">", "<![CDATA[",
            ][..])
            .prop_map(str::to_string),
        ],
        0..40,
    )
    .prop_map(|v| v.concat());
    fuzz(
        "import_readout (.txt/.html)",
        Expect::SomeAccepted,
        (prop::sample::select(&["r.txt", "r.html", "r"][..]), html),
        |(name, contents)| match import_readout(name, &contents) {
            Ok(doc) => {
                let mut ws = Workspace::default();
                ws.documents.push(Rc::new(doc));
                check_round_trip(&ws)
            }
            Err(_) => Ok(()),
        },
    );
}

// ---- format v1 ---------------------------------------------------------------------------

/// Export, import, export again: the file imports to the same workspace and writes the same
/// bytes.
fn check_round_trip(ws: &Workspace) -> Result<(), TestCaseError> {
    let file = export_v1(ws, STAMP);
    let back = match import_v1(&file) {
        Ok(back) => back,
        Err(e) => return Err(TestCaseError::fail(format!("own export refused: {e}"))),
    };
    prop_assert_eq!(
        &back,
        ws,
        "the export does not import to the same workspace"
    );
    prop_assert_eq!(export_v1(&back, STAMP), file);
    accepted()
}

/// The code points `[start, end)` of `text`, or `None` when out of range.
fn code_points(text: &str, start: usize, end: usize) -> Option<String> {
    (start <= end && end <= text.chars().count())
        .then(|| text.chars().skip(start).take(end - start).collect())
}

/// What a successful import promises about the file it read: every sentence's text is its
/// code-point slice of its document's text; and the workspace re-exports consistently.
fn check_import(json: &str) -> Result<(), TestCaseError> {
    let imported = import_v1(json);
    let validated = validate_v1(json);
    prop_assert_eq!(imported.is_ok(), validated.is_ok());
    match (imported, validated) {
        (Ok(ws), Ok(same)) => {
            prop_assert_eq!(&ws, &same);
            let file: Value = match serde_json::from_str(json) {
                Ok(v) => v,
                // JSON by the grammar, with an escape no Rust string can hold (an unpaired
                // surrogate such as \ud800, which RFC 8259 §8.2 allows) in a field the import
                // ignores: accepted, and there is no tree to compare the offsets against.
                Err(_) if serde_json::from_str::<serde::de::IgnoredAny>(json).is_ok() => {
                    return check_round_trip(&ws);
                }
                Err(e) => {
                    return Err(TestCaseError::fail(format!(
                        "imported a file that is not JSON: {e}"
                    )))
                }
            };
            let docs = file["documents"].as_array().cloned().unwrap_or_default();
            prop_assert_eq!(docs.len(), ws.documents.len());
            for d in &docs {
                let text = d["text"].as_str().unwrap_or_default();
                for s in d["sentences"].as_array().into_iter().flatten() {
                    let (start, end) = (s["start"].as_u64(), s["end"].as_u64());
                    let (Some(start), Some(end)) = (start, end) else {
                        return Err(TestCaseError::fail("imported a sentence without offsets"));
                    };
                    let slice = code_points(text, start as usize, end as usize);
                    prop_assert_eq!(
                        slice.as_deref(),
                        s["text"].as_str(),
                        "imported a sentence whose text is not text[start:end]"
                    );
                }
            }
            for doc in &ws.documents {
                for s in &doc.sentences {
                    prop_assert!(doc.text.get(s.span.start..s.span.end).is_some());
                }
            }
            check_round_trip(&ws)
        }
        (Err(e), Err(problems)) => {
            prop_assert!(!problems.is_empty());
            prop_assert_eq!(
                &e,
                &problems[0],
                "import_v1 reports validate_v1's first problem"
            );
            Ok(())
        }
        _ => Ok(()),
    }
}

fn label(ws: &mut Workspace, doc: &str, sentences: &[SentenceId], theme: &str) {
    if let Ok(edit) = ws.toggle_theme(doc, sentences, theme) {
        let _ = ws.apply(edit);
    }
}

/// Valid files to mutate: every sample readout labelled, hand-built documents with emoji,
/// CJK and CRLF, notes, joint and narrated sentences.
fn valid_exports() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut seeds = Workspace::default();
    for (i, f) in files.iter().take(3).enumerate() {
        let text = std::fs::read_to_string(f).expect("UTF-8 seed");
        let edit = seeds.add_document_edit(AnnotatedDocument::parse(&text));
        seeds.apply(edit).expect("distinct seeds");
        let doc = seeds.documents[i].clone();
        let ids: Vec<SentenceId> = doc.sentences.iter().step_by(2).map(|s| s.id).collect();
        let theme = seeds.codebook.themes[i % 9].id.clone();
        label(&mut seeds, &doc.id, &ids, &theme);
    }
    let mut small = support::sample_workspace();
    let id = support::sample_id();
    label(&mut small, &id, &[SentenceId(1), SentenceId(2)], "health");
    let _ = small.apply(Edit::SetNote {
        doc: id,
        sentence: SentenceId(1),
        note: "note 📝 \"q\"\r\n".into(),
    });
    let s = |t: &str, sp: Speaker| (t.to_string(), sp);
    let (text, parsed) = support::build(
        Some("标题 👩‍👩‍👧"),
        &[
            vec![s("e\u{301}clair 😀, \"quoted\".", Speaker::Narration)],
            vec![
                s("中国。", Speaker::Both),
                s("🇮🇷 ok.", Speaker::Participant("p1".into())),
            ],
        ],
        "\r\n",
    );
    let mut unicode = Workspace::default();
    unicode
        .documents
        .push(Rc::new(AnnotatedDocument::from_parsed(&text, &parsed)));
    let uid = unicode.documents[0].id.clone();
    label(
        &mut unicode,
        &uid,
        &[SentenceId(1), SentenceId(2), SentenceId(3)],
        "sanctions",
    );
    [seeds, small, unicode, Workspace::default()]
        .iter()
        .map(|ws| export_v1(ws, STAMP))
        .collect()
}

/// One change to a file: bytes flipped, deleted or inserted, a number changed, a field
/// dropped, or a JSON value replaced, at positions chosen by the `usize`s.
#[derive(Clone, Debug)]
enum Mutation {
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Number(usize, u64),
    DropField(usize),
    Replace(usize, &'static str),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(a, b)| Mutation::Flip(a, b)),
        (any::<usize>(), 1..64usize).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (
            any::<usize>(),
            prop_oneof![
                prop::collection::vec(any::<u8>(), 1..8),
                prop::sample::select(
                    &[
                        "\"",
                        "\\",
                        "\\u0000",
                        "\\ud800",
                        "😀",
                        "\r\n",
                        ",",
                        "{",
                        "}",
                        "[",
                        "]",
                        "null",
                        "-1",
                        "1e400",
                        "0.5",
                        "18446744073709551616",
                        "\"x\":1,"
                    ][..]
                )
                .prop_map(|s| s.as_bytes().to_vec()),
            ]
        )
            .prop_map(|(a, b)| Mutation::Insert(a, b)),
        (
            any::<usize>(),
            prop_oneof![
                0..4u64,
                0..400u64,
                Just(u64::MAX),
                Just(u32::MAX as u64 + 1)
            ]
        )
            .prop_map(|(a, n)| Mutation::Number(a, n)),
        any::<usize>().prop_map(Mutation::DropField),
        (
            any::<usize>(),
            prop::sample::select(
                &[
                    "null",
                    "0",
                    "-1",
                    "1.5",
                    "\"\"",
                    "\"x\"",
                    "[]",
                    "{}",
                    "true",
                    "\"#zzzzzz\"",
                    "\"both\"",
                    "\"p9\"",
                    "4294967296",
                    "\"😀\"",
                ][..]
            )
        )
            .prop_map(|(a, v)| Mutation::Replace(a, v)),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

/// Every JSON value in `v` (depth first), as JSON pointers.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                pointers(
                    c,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                pointers(c, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn mutate(file: &str, m: &Mutation) -> String {
    let mut bytes = file.as_bytes().to_vec();
    let at = |i: usize, len: usize| if len == 0 { 0 } else { i % (len + 1) };
    match m {
        Mutation::Flip(i, b) => {
            if !bytes.is_empty() {
                let i = i % bytes.len();
                bytes[i] ^= b | 1;
            }
        }
        Mutation::Delete(i, n) => {
            let i = at(*i, bytes.len());
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
        Mutation::Insert(i, b) => {
            let i = at(*i, bytes.len());
            bytes.splice(i..i, b.iter().copied());
        }
        Mutation::Truncate(i) => bytes.truncate(at(*i, bytes.len())),
        Mutation::Number(i, n) => {
            let digits: Vec<usize> = (0..bytes.len())
                .filter(|&j| {
                    bytes[j].is_ascii_digit() && (j == 0 || !bytes[j - 1].is_ascii_digit())
                })
                .collect();
            if !digits.is_empty() {
                let start = digits[i % digits.len()];
                let end = (start..bytes.len())
                    .find(|&j| !bytes[j].is_ascii_digit())
                    .unwrap_or(bytes.len());
                bytes.splice(start..end, n.to_string().into_bytes());
            }
        }
        Mutation::DropField(i) | Mutation::Replace(i, _) => {
            let Ok(mut v) = serde_json::from_str::<Value>(file) else {
                return file.to_string();
            };
            let mut all = Vec::new();
            pointers(&v, String::new(), &mut all);
            all.retain(|p| !p.is_empty());
            if all.is_empty() {
                return file.to_string();
            }
            let p = &all[i % all.len()];
            let (parent, key) = p.rsplit_once('/').unwrap_or(("", p));
            let key = key.replace("~1", "/").replace("~0", "~");
            if let Mutation::Replace(_, new) = m {
                if let (Some(slot), Ok(new)) = (v.pointer_mut(p), serde_json::from_str(new)) {
                    *slot = new;
                }
            } else {
                match v.pointer_mut(parent) {
                    Some(Value::Object(o)) => {
                        o.remove(&key);
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(k) = key.parse::<usize>() {
                            if k < a.len() {
                                a.remove(k);
                            }
                        }
                    }
                    _ => {}
                }
            }
            return serde_json::to_string_pretty(&v).unwrap_or_default();
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn fuzz_import_any_string() {
    fuzz(
        "import_v1+validate_v1/any string",
        Expect::RefusalsOnly,
        any::<String>(),
        |t| check_import(&t),
    );
}

#[test]
fn fuzz_import_json_shaped_strings() {
    let token = prop::sample::select(
        &[
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "\"format\"",
            "\"readout-annotations\"",
            "\"version\"",
            "1",
            "2",
            "\"documents\"",
            "\"codebook\"",
            "\"themes\"",
            "\"text\"",
            "\"sentences\"",
            "\"start\"",
            "\"end\"",
            "0",
            "null",
            "\"\"",
        ][..],
    );
    fuzz(
        "import_v1+validate_v1/JSON-shaped",
        Expect::RefusalsOnly,
        prop::collection::vec(token, 0..60).prop_map(|v| v.concat()),
        |t| check_import(&t),
    );
}

/// A workspace file built from the format's own fields, each right most of the time and
/// otherwise of a wrong value or type, or missing: unlike token soup, a share of these are
/// valid, so the checks on accepted files run too.
fn near_valid_workspace() -> impl Strategy<Value = String> {
    use serde_json::json;
    let format = prop::sample::select(vec![
        json!("readout-annotations"),
        json!("readout-annotations"),
        json!("readout-annotation"),
        json!(null),
    ]);
    let version = prop::sample::select(vec![json!(1), json!(1), json!(2), json!("1"), json!(1.5)]);
    let theme = prop::sample::select(vec![
        json!({"id": "health", "name": "Health", "color": "#2a9d8f"}),
        json!({"id": "trade", "name": "Trade", "color": "#e76f51", "key": "2"}),
        json!({"id": "", "name": "Empty", "color": "#000000"}),
        json!({"id": "x", "name": "Bad colour", "color": "red"}),
    ]);
    let codebook =
        prop::collection::vec(theme, 0..3).prop_map(|themes| json!({ "themes": themes }));
    let text = prop::sample::select(vec!["One. Two.", "😷 says hi. 中国。", "", "a\r\nb."]);
    let sentence = (0usize..12, 0usize..12, prop::option::of("[a-z😷. ]{0,6}"));
    let document = (text, prop::collection::vec(sentence, 0..3)).prop_map(|(text, sentences)| {
        let sentences: Vec<Value> = sentences
            .into_iter()
            .enumerate()
            .map(|(id, (start, end, t))| {
                let slice: String = text
                    .chars()
                    .skip(start)
                    .take(end.saturating_sub(start))
                    .collect();
                json!({"id": id, "paragraph": 0, "start": start, "end": end,
                       "text": t.unwrap_or(slice), "speaker": null, "themes": [], "note": ""})
            })
            .collect();
        json!({ "id": format!("doc-{}", text.len()), "text": text, "sentences": sentences })
    });
    (
        prop::option::weighted(0.95, format),
        prop::option::weighted(0.95, version),
        prop::option::weighted(0.95, codebook),
        prop::option::weighted(0.95, prop::collection::vec(document, 0..3)),
    )
        .prop_map(|(format, version, codebook, documents)| {
            let mut file = serde_json::Map::new();
            for (key, value) in [
                ("format", format),
                ("version", version),
                ("codebook", codebook),
                ("documents", documents.map(Value::from)),
            ] {
                if let Some(value) = value {
                    file.insert(key.to_string(), value);
                }
            }
            Value::Object(file).to_string()
        })
}

#[test]
fn fuzz_import_near_valid_workspaces() {
    fuzz(
        "import_v1+validate_v1/near-valid workspaces",
        Expect::SomeAccepted,
        near_valid_workspace(),
        |t| check_import(&t),
    );
}

#[test]
fn fuzz_import_mutated_exports() {
    let files = valid_exports();
    for f in &files {
        check_import(f).expect("a valid export imports");
    }
    // Found by `make fuzz`: an unpaired surrogate escape inserted where the import ignores
    // the value. The import accepts it, as the JSON grammar does; the check must too.
    let mut unpaired = files[3].clone();
    for (at, escape) in [
        (16_781_782_621_112_390_922_u64, "\\ud800"),
        (18_001_089_625_852_881_912, "\\u0000"),
    ] {
        unpaired = mutate(
            &unpaired,
            &Mutation::Insert(at as usize, escape.as_bytes().to_vec()),
        );
    }
    check_import(&unpaired).expect("an unpaired surrogate in an ignored field");
    fuzz(
        "import_v1+validate_v1/mutated exports",
        Expect::SomeAccepted,
        (0..files.len(), prop::collection::vec(mutation(), 1..4)),
        |(i, ms)| {
            let mut file = files[i].clone();
            for m in &ms {
                file = mutate(&file, m);
            }
            check_import(&file)
        },
    );
}

// ---- codebooks ---------------------------------------------------------------------------

/// A codebook that imports writes back, as JSON and as a `.qdc`, to files that import to the
/// same codebook (the `.qdc` keeps names, colours and descriptions; ids come from names).
fn check_codebook(book: &Codebook) -> Result<(), TestCaseError> {
    let json = export_codebook(book);
    match import_codebook(&json) {
        Ok(back) => prop_assert_eq!(&back, book),
        Err(e) => return Err(TestCaseError::fail(format!("own codebook refused: {e}"))),
    }
    if let Some(qdc) = export_qdc(book) {
        let back = match import_qdc(&qdc) {
            Ok(back) => back,
            Err(e) => return Err(TestCaseError::fail(format!("own .qdc refused: {e}"))),
        };
        // What a .qdc keeps of a name: XML 1.0 cannot carry most C0 controls even escaped (the
        // writer puts U+FFFD), attribute-value normalization reads tabs and line breaks as
        // spaces, and the reader trims names.
        let as_qdc = |name: &str| -> String {
            let kept: String = name
                .chars()
                .map(|c| match c {
                    '\t' | '\n' | '\r' => ' ',
                    c if c < ' ' || matches!(c, '\u{fffe}' | '\u{ffff}') => '\u{fffd}',
                    c => c,
                })
                .collect();
            kept.trim().to_string()
        };
        let shape = |b: &Codebook| -> Vec<(String, String)> {
            b.themes
                .iter()
                .map(|t| (as_qdc(&t.name), t.color.to_string()))
                .collect()
        };
        prop_assert_eq!(shape(&back), shape(book));
    }
    accepted()
}

fn check_codebook_file(contents: &str) -> Result<(), TestCaseError> {
    match import_codebook_file(contents) {
        Ok(book) => check_codebook(&book),
        Err(_) => Ok(()),
    }
}

#[test]
fn fuzz_codebook_any_string() {
    fuzz(
        "codebook (JSON or .qdc)/any string",
        Expect::RefusalsOnly,
        any::<String>(),
        |t| {
            check_codebook_file(&t)?;
            check_codebook_file(&format!("<{t}"))
        },
    );
}

#[test]
fn fuzz_codebook_mutated_files() {
    let book = Codebook::diplomatic_default();
    let files = [
        export_codebook(&book),
        export_qdc(&book).expect("a .qdc"),
        r##"<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder">
  <Codes>
    <Code guid="1" name="Folder" isCodable="false">
      <Code guid="2" name="Health &amp; aid" isCodable="true" color="#0F0">
        <Description>Short &#x263A; <![CDATA[x]]> colour</Description>
      </Code>
    </Code>
    <Code guid="3" name="No colour" isCodable="true"/>
  </Codes>
</CodeBook>"##
            .to_string(),
    ];
    fuzz(
        "codebook (JSON or .qdc)/mutated files",
        Expect::SomeAccepted,
        (0..files.len(), prop::collection::vec(mutation(), 1..4)),
        |(i, ms)| {
            let mut file = files[i].clone();
            for m in &ms {
                file = mutate(&file, m);
            }
            check_codebook_file(&file)
        },
    );
}

#[test]
fn fuzz_qdc_xml_shaped_strings() {
    let token = prop::sample::select(
        &[
            "<CodeBook>",
            "</CodeBook>",
            "<Project>",
            "<Codes>",
            "</Codes>",
            "<Code ",
            "name=\"a\" ",
            "name=\"\" ",
            "isCodable=\"true\" ",
            "isCodable=\"false\" ",
            "color=\"#abc\" ",
            "color=\"#aabbcc\" ",
            "color=\"red\" ",
            "color=\"#é\" ",
            "/>",
            ">",
            "</Code>",
            "<Description>",
            "</Description>",
            "&amp;",
            "&#0;",
            "&#xD800;",
            "&#1114112;",
            "&x;",
            "<![CDATA[",
            "]]>",
            "<?xml version=\"1.0\"?>",
            "<!--",
            "-->",
            "😀",
            "\r\n",
            "text",
            "<Code guid=\"g1\" name=\"Trade\" isCodable=\"true\"/>",
            "<Code guid=\"g2\" name=\"Health\" isCodable=\"true\" color=\"#aabbcc\"></Code>",
        ][..],
    );
    // Most inputs sit in a real codebook's envelope, so some import and the checks on an
    // imported codebook run; the rest are bare token soup.
    let envelope = prop::sample::select(
        &[
            (
                "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>",
                "</Codes></CodeBook>",
            ),
            ("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>", ""),
            ("", ""),
        ][..],
    );
    fuzz(
        "import_qdc/XML-shaped",
        Expect::SomeAccepted,
        (envelope, prop::collection::vec(token, 0..50))
            .prop_map(|((open, close), v)| format!("{open}{}{close}", v.concat())),
        |t| match import_qdc(&t) {
            Ok(book) => check_codebook(&book),
            Err(_) => Ok(()),
        },
    );
}

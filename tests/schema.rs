//! The shipped JSON Schema of format v1 matches the wire types, and every file the CLI and the
//! page write validates against it. Run with `cargo test --features schema` (the Makefile does).

#[path = "annotation_support.rs"]
mod support;

use readout_annotator::annotation::SentenceId;
use std::path::{Path, PathBuf};
use std::process::Command;

use proptest::prelude::*;
#[path = "common/property_config.rs"]
mod property_config;
use property_config::property_config;
use readout_annotator::annotation::{AnnotatedDocument, Codebook, Color, Edit, Theme, Workspace};
use readout_annotator::export::schema::{schema_v1, SCHEMA_PATH};
use readout_annotator::export::{export_codebook, export_v1};
use serde_json::{json, Value};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shipped_schema() -> Value {
    let text = std::fs::read_to_string(manifest_dir().join(SCHEMA_PATH))
        .unwrap_or_else(|e| panic!("{SCHEMA_PATH}: {e}"));
    serde_json::from_str(&text).expect("the shipped schema is JSON")
}

/// A validator for the whole schema, or for one of its `$defs`.
fn validator(def: Option<&str>) -> jsonschema::Validator {
    let mut schema = shipped_schema();
    if let Some(def) = def {
        schema = json!({
            "$schema": schema["$schema"],
            "$defs": schema["$defs"],
            "$ref": format!("#/$defs/{def}"),
        });
    }
    jsonschema::validator_for(&schema).expect("the shipped schema compiles")
}

/// Every violation, one per line, for assertion messages.
fn violations(validator: &jsonschema::Validator, instance: &Value) -> String {
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn assert_valid(validator: &jsonschema::Validator, json: &str, what: &str) {
    let instance: Value = serde_json::from_str(json).expect("output is JSON");
    let problems = violations(validator, &instance);
    assert!(
        problems.is_empty(),
        "{what} does not match the schema:\n{problems}"
    );
}

/// The first line where two texts differ, for a drift message that says where.
fn first_difference(a: &str, b: &str) -> String {
    let line = a
        .lines()
        .zip(b.lines())
        .position(|(x, y)| x != y)
        .unwrap_or_else(|| a.lines().count().min(b.lines().count()));
    format!(
        "line {}: shipped {:?}, generated {:?}",
        line + 1,
        a.lines().nth(line).unwrap_or("<end of file>"),
        b.lines().nth(line).unwrap_or("<end of file>")
    )
}

#[test]
fn the_shipped_schema_is_generated_from_the_wire_types() {
    let path = manifest_dir().join(SCHEMA_PATH);
    let generated = schema_v1();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write the schema");
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == generated,
        "{SCHEMA_PATH} has drifted from the wire types in src/export/v1.rs ({}).\n\
         Regenerate it with `UPDATE_SCHEMA=1 cargo test --features schema --test schema` \
         and ship the new file with the change.",
        first_difference(&shipped, &generated)
    );
}

#[test]
fn the_schema_pins_format_version_and_offsets() {
    let schema = shipped_schema();
    assert_eq!(
        schema["properties"]["format"]["const"],
        "readout-annotations"
    );
    assert_eq!(schema["properties"]["version"]["const"], 1);
    let sentence = &schema["$defs"]["SentenceV1"]["properties"];
    for key in ["start", "end", "start_utf16", "end_utf16", "text"] {
        assert!(sentence.get(key).is_some(), "sentences have no {key}");
    }
}

fn seeds() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(manifest_dir().join("seeds"))
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn readout(args: &[&Path]) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1764283260")
        .output()
        .expect("the binary runs");
    assert!(
        o.status.success(),
        "readout {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).expect("stdout is UTF-8")
}

#[test]
fn every_file_readout_parse_writes_matches_the_schema() {
    let v = validator(None);
    let seeds = seeds();
    assert!(!seeds.is_empty(), "no samples");
    for seed in &seeds {
        let out = readout(&[Path::new("parse"), seed]);
        assert_valid(&v, &out, &seed.display().to_string());
    }
    let mut all: Vec<&Path> = vec![Path::new("parse")];
    all.extend(seeds.iter().map(PathBuf::as_path));
    assert_valid(&v, &readout(&all), "all samples in one workspace");
}

#[test]
fn labelled_work_and_codebooks_match_the_schema() {
    let mut ws = support::sample_workspace();
    let id = support::sample_id();
    for edit in [
        ws.toggle_theme(&id, &[SentenceId(2), SentenceId(4)], "health")
            .expect("toggle"),
        Edit::SetNote {
            doc: id.clone(),
            sentence: SentenceId(4),
            note: "😷 \"quoted\"\r\nsecond line".into(),
        },
    ] {
        ws.apply(edit).expect("edit");
    }
    assert_valid(
        &validator(None),
        &export_v1(&ws, "2026-11-27T22:41:00Z"),
        "labelled workspace",
    );
    let mut book = Codebook::diplomatic_default();
    book.themes
        .push(Theme::new("x", "Tenth — no key", Color::rgb(1, 2, 3), "€"));
    assert_valid(
        &validator(Some("CodebookFileV1")),
        &export_codebook(&book),
        "codebook",
    );
}

#[test]
fn the_schema_refuses_what_import_refuses() {
    let good: Value =
        serde_json::from_str(&export_v1(&support::sample_workspace(), "t")).expect("JSON");
    // (what is broken, JSON pointer of the value to replace, replacement)
    let cases: &[(&str, &str, Value)] = &[
        ("another format", "/format", json!("doccano")),
        ("a newer version", "/version", json!(2)),
        ("byte offsets", "/offsets", json!("byte")),
        ("a short colour", "/codebook/themes/0/color", json!("#abc")),
        ("a colour name", "/codebook/themes/0/color", json!("red")),
        (
            "a key that is not 1-9",
            "/codebook/themes/0/key",
            json!("0"),
        ),
        (
            "a negative offset",
            "/documents/0/sentences/0/start",
            json!(-1),
        ),
        (
            "an offset as text",
            "/documents/0/sentences/0/end",
            json!("9"),
        ),
        ("an unknown event", "/documents/0/event", json!("dinner")),
        ("a blank document id", "/documents/0/id", json!("")),
        ("no text", "/documents/0/text", Value::Null),
    ];
    let v = validator(None);
    assert!(violations(&v, &good).is_empty());
    for (what, pointer, value) in cases {
        let mut bad = good.clone();
        *bad.pointer_mut(pointer).expect("pointer exists") = value.clone();
        assert!(!v.is_valid(&bad), "the schema accepts {what}");
    }
}

fn labelled_workspace() -> impl Strategy<Value = Workspace> {
    (
        prop::collection::vec(support::arb::document(), 1..3),
        prop::collection::vec((any::<u16>(), 0..9usize), 0..20),
    )
        .prop_map(|(docs, labels)| {
            let mut ws = Workspace::default();
            for (text, parsed) in docs {
                let edit = ws.add_document_edit(AnnotatedDocument::from_parsed(&text, &parsed));
                let _ = ws.apply(edit);
            }
            for (n, theme) in labels {
                let d = &ws.documents[n as usize % ws.documents.len()];
                let sentence = d.sentences[n as usize % d.sentences.len()].id;
                let theme = ws.codebook.themes[theme].id.clone();
                let edit = ws
                    .toggle_theme(&d.id.clone(), &[sentence], &theme)
                    .expect("valid toggle");
                ws.apply(edit).expect("valid edit");
            }
            ws
        })
}

proptest! {
    #![proptest_config(property_config(256))]
    #[test]
    fn every_exported_workspace_matches_the_schema(ws in labelled_workspace()) {
        let json = export_v1(&ws, "2026-11-27T22:41:00Z");
        let instance: Value = serde_json::from_str(&json).expect("JSON");
        let problems = violations(&validator(None), &instance);
        prop_assert!(problems.is_empty(), "{}", problems);
    }
}

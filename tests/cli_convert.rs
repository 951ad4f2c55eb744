//! `readout convert` and `readout stats`: outputs, exit codes and messages.

#[path = "annotation_support.rs"]
mod support;

use readout_annotator::annotation::SentenceId;
use std::path::PathBuf;
use std::process::{Command, Output};

use readout_annotator::export::export_v1;

fn readout(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1764283260")
        .output()
        .expect("the binary runs")
}

/// A scratch directory for this test process, holding a labelled workspace file.
struct Files {
    dir: PathBuf,
}

impl Files {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("readout-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let mut ws = support::sample_workspace();
        let id = support::sample_id();
        let edit = ws
            .toggle_theme(&id, &[SentenceId(2), SentenceId(4)], "health")
            .expect("toggle");
        ws.apply(edit).expect("label");
        let edit = ws
            .toggle_theme(&id, &[SentenceId(4)], "sanctions")
            .expect("toggle");
        ws.apply(edit).expect("label");
        std::fs::write(dir.join("ws.json"), export_v1(&ws, "2026-11-27T22:41:00Z")).expect("write");
        std::fs::write(
            dir.join("bad.json"),
            "{\"format\": \"readout-annotations\", \"version\": 1}",
        )
        .expect("write");
        std::fs::write(
            dir.join("call.txt"),
            "Xi Jinping Calls Rouhani\r\n\r\nXi Jinping said that China supports Iran 😀.\r\n",
        )
        .expect("write");
        Self { dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir
            .join(name)
            .to_str()
            .expect("UTF-8 path")
            .to_string()
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

#[test]
fn conversions_to_standard_output() {
    let f = Files::new("convert-stdout");
    let ws = f.path("ws.json");
    // (arguments, how the output starts, a piece it contains)
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["--to", "doccano"],
            "{\"text\":\"Xi Jinping",
            "\"label\":[[",
        ),
        (
            &["--to", "doccano", "--per", "sentence"],
            "{\"text\":\"Chinese President",
            "\"sentence\":1",
        ),
        (&["--to=prodigy"], "{\"text\":", "\"spans\":[{\"start\":"),
        (
            &["--to", "prodigy", "--per", "document"],
            "{\"text\":",
            "\"meta\":{\"document\"",
        ),
        (
            &["--to", "csv"],
            "document,title,date,sentence,",
            ",sanctions,",
        ),
        (&["--to", "csv", "--bom"], "\u{feff}document,", "\r\n"),
        (
            &["--to", "qdc"],
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"",
        ),
    ];
    for (args, start, piece) in cases {
        let mut all = vec!["convert"];
        all.extend_from_slice(args);
        all.push(&ws);
        let o = readout(&all);
        let out = text(&o.stdout);
        assert!(o.status.success(), "{args:?}: {}", text(&o.stderr));
        assert!(
            out.starts_with(start),
            "{args:?}: starts {:?}",
            &out[..out.len().min(60)]
        );
        assert!(out.contains(piece), "{args:?}: no {piece:?}");
    }
}

#[test]
fn conversions_to_files_are_reproducible() {
    let f = Files::new("convert-files");
    for (format, name) in [("qdpx", "out.qdpx"), ("csv", "out.csv"), ("qdc", "out.qdc")] {
        let mut outputs = Vec::new();
        for _ in 0..2 {
            let o = readout(&[
                "convert",
                "--to",
                format,
                &f.path("ws.json"),
                "-o",
                &f.path(name),
            ]);
            assert!(o.status.success(), "{format}: {}", text(&o.stderr));
            assert!(o.stdout.is_empty(), "{format}: nothing on stdout with -o");
            outputs.push(std::fs::read(f.path(name)).expect("written"));
        }
        assert_eq!(outputs[0], outputs[1], "{format}: same bytes each time");
        if format == "qdpx" {
            assert!(outputs[0].starts_with(b"PK\x03\x04"), "a zip");
        }
    }
}

#[test]
fn a_plain_readout_converts_too() {
    let f = Files::new("convert-txt");
    let o = readout(&["convert", "--to", "doccano", &f.path("call.txt")]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let line: serde_json::Value =
        serde_json::from_str(text(&o.stdout).lines().next().expect("a line")).expect("JSON");
    assert!(
        line["text"]
            .as_str()
            .is_some_and(|t| t.contains("\r\n\r\n")),
        "text as stored"
    );
    assert_eq!(line["label"], serde_json::json!([]));
}

#[test]
fn convert_refusals() {
    let f = Files::new("convert-refusals");
    let (ws, bad) = (f.path("ws.json"), f.path("bad.json"));
    let missing = f.path("missing.json");
    // (arguments, exit status, a piece of the message)
    let cases: &[(&[&str], i32, &str)] = &[
        (&["convert", &ws], 2, "needs --to"),
        (
            &["convert", "--to", "brat", &ws],
            2,
            "unknown format 'brat'",
        ),
        (&["convert", "--to", "qdpx", &ws], 2, "-o FILE.qdpx"),
        (
            &["convert", "--to", "doccano", "--bom", &ws],
            2,
            "--bom applies to --to csv only",
        ),
        (
            &["convert", "--to", "csv", "--per", "sentence", &ws],
            2,
            "--per applies",
        ),
        (
            &["convert", "--to", "doccano", "--per", "word", &ws],
            2,
            "document or sentence",
        ),
        (&["convert", "--to", "csv"], 2, "needs a FILE"),
        (&["convert", "--to", "csv", &ws, &ws], 2, "one FILE"),
        (
            &["convert", "--to", "csv", "--frobnicate", &ws],
            2,
            "unknown option",
        ),
        (&["convert", "--to", "csv", &bad], 1, "bad.json"),
        (&["convert", "--to", "csv", &missing], 1, "missing.json"),
        (&["stats"], 2, "at least one FILE"),
        (&["stats", "--tsv", &ws], 2, "unknown option"),
        (&["stats", &ws, &bad], 1, "bad.json"),
    ];
    for (args, status, message) in cases {
        let o = readout(args);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(*status), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err:?} lacks {message:?}");
        assert!(o.stdout.is_empty(), "{args:?}: nothing on stdout");
    }
}

#[test]
fn stats_as_table_and_csv() {
    let f = Files::new("stats");
    let ws = f.path("ws.json");
    let o = readout(&["stats", &ws]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let table = text(&o.stdout);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("file") && lines[0].ends_with("sentences"),
        "{table}"
    );
    // Sentence 2 and 4 are Xi Jinping's and carry health; 4 also sanctions.
    let rows: Vec<Vec<&str>> = lines[1..]
        .iter()
        .map(|l| l.split_whitespace().rev().take(3).collect())
        .collect();
    assert_eq!(
        rows,
        vec![
            vec!["2", "health", "Jinping"],
            vec!["1", "sanctions", "Jinping"]
        ]
    );
    let o = readout(&["stats", "--csv", &ws, &ws]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let csv = text(&o.stdout);
    assert!(
        csv.starts_with("file,document,title,speaker,theme,sentences\r\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 1 + 2 * 2, "two rows per file");
    assert!(csv.contains(",Xi Jinping,health,2\r\n"), "{csv}");
}

#[test]
fn help_lists_the_new_commands() {
    let out = text(&readout(&["--help"]).stdout);
    for piece in [
        "readout convert --to FORMAT",
        "readout stats [--csv]",
        "qdpx",
        "--bom",
    ] {
        assert!(out.contains(piece), "help lacks {piece:?}");
    }
}

/// Every format of the registry is one `--to` takes and one the help describes.
#[test]
fn every_registered_format_is_offered() {
    let help = Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("--help")
        .output()
        .expect("the binary runs");
    let help = String::from_utf8_lossy(&help.stdout).into_owned();
    let convert_help = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["convert", "--help"])
        .output()
        .expect("the binary runs");
    let convert_help = String::from_utf8_lossy(&convert_help.stdout).into_owned();
    for format in readout_annotator::export::FORMATS {
        assert!(help.contains(format.name), "--help omits {}", format.name);
        assert!(
            convert_help.contains(format.purpose),
            "convert --help omits what {} is for",
            format.name
        );
        let o = Command::new(env!("CARGO_BIN_EXE_readout"))
            .args(["convert", "--to", format.name])
            .output()
            .expect("the binary runs");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!err.contains("unknown format"), "{}: {err}", format.name);
    }
}

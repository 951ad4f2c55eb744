//! The `readout` binary on the bundled samples: JSON on stdout, errors on stderr, exit codes.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use readout_annotator::export::import_v1;
use serde_json::Value;

fn readout(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1764283260")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    // The tool may exit before reading everything (usage errors); that is not a failure here.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("the binary finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

fn seeds() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no samples in {}", dir.display());
    files
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Every sentence's text is `text[start:end]` in code points.
fn check_sentences(file: &Value) -> usize {
    let mut n = 0;
    for d in file["documents"].as_array().expect("documents") {
        let text: Vec<char> = d["text"].as_str().expect("text").chars().collect();
        for s in d["sentences"].as_array().expect("sentences") {
            let start = s["start"].as_u64().expect("start") as usize;
            let end = s["end"].as_u64().expect("end") as usize;
            let slice: String = text[start..end].iter().collect();
            assert_eq!(slice, s["text"].as_str().expect("sentence text"));
            assert!(s["themes"].as_array().is_some_and(|t| t.is_empty()));
            n += 1;
        }
    }
    n
}

#[test]
fn parse_each_seed_gives_a_workspace_that_imports_back() {
    for seed in seeds() {
        let o = readout(&["parse", path_str(&seed)], b"");
        assert!(o.status.success(), "{}: {}", seed.display(), stderr(&o));
        let out = stdout(&o);
        let v: Value = serde_json::from_str(&out).expect("stdout is JSON");
        assert_eq!(v["format"], "readout-annotations");
        assert_eq!(v["version"], 1);
        assert_eq!(v["exported_at"], "2025-11-27T22:41:00Z");
        assert_eq!(v["codebook"]["themes"].as_array().map(Vec::len), Some(9));
        assert_eq!(v["documents"].as_array().map(Vec::len), Some(1));
        let text = std::fs::read_to_string(&seed).expect("seed is UTF-8");
        assert_eq!(v["documents"][0]["text"], text.as_str());
        check_sentences(&v);
        let ws = import_v1(&out).unwrap_or_else(|e| panic!("{}: {e}", seed.display()));
        assert_eq!(ws.documents.len(), 1);
    }
}

#[test]
fn parse_many_files_and_stdin() {
    let all = seeds();
    let args: Vec<&str> = std::iter::once("parse")
        .chain(all.iter().map(|p| path_str(p)))
        .collect();
    let o = readout(&args, b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["documents"].as_array().map(Vec::len), Some(all.len()));
    assert!(check_sentences(&v) > 0);

    let text = std::fs::read(&all[0]).expect("seed");
    let o = readout(&["parse"], &text);
    assert!(o.status.success(), "{}", stderr(&o));
    let from_stdin: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(from_stdin["documents"][0], v["documents"][0]);
    let o = readout(&["parse", "-"], &text);
    assert!(o.status.success());
}

#[test]
fn parse_refuses_bad_input_with_a_message() {
    let o = readout(&["parse"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("<stdin>: the input is empty"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());

    let o = readout(&["parse"], b"Readout \xff\xfe of a call");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("not UTF-8 text (invalid byte 0xFF at offset 8;"),
        "{}",
        stderr(&o)
    );

    let o = readout(&["parse", "/nonexistent/readout.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("/nonexistent/readout.txt"),
        "{}",
        stderr(&o)
    );

    let seed = seeds().remove(0);
    let o = readout(&["parse", path_str(&seed), path_str(&seed)], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("the same text as"), "{}", stderr(&o));

    let junk: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let o = readout(&["parse"], &junk);
    assert_eq!(o.status.code(), Some(1));
    assert!(!stderr(&o).contains("panicked"));
}

#[test]
fn parse_survives_odd_but_valid_text() {
    for text in [
        "\u{feff}\r\n\r\n",
        "\0\0\0 binary\u{1}\u{2}",
        "😀",
        "。。。",
        "\u{a0}x",
    ] {
        let o = readout(&["parse"], text.as_bytes());
        assert!(!stderr(&o).contains("panicked"), "{text:?}: {}", stderr(&o));
        if o.status.success() {
            let out = stdout(&o);
            assert!(import_v1(&out).is_ok(), "{text:?}");
        } else {
            assert_eq!(o.status.code(), Some(1), "{text:?}");
        }
    }
}

#[test]
fn split_prints_a_json_array_of_trimmed_sentences() {
    let seed = seeds().remove(0);
    let text = std::fs::read(&seed).expect("seed");
    let o = readout(&["split"], &text);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Vec<String> = serde_json::from_str(&stdout(&o)).expect("a JSON array of strings");
    assert!(!v.is_empty());
    for s in &v {
        assert_eq!(s.trim(), s);
        assert!(!s.is_empty());
    }
    let o = readout(&["split"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        serde_json::from_str::<Vec<String>>(&stdout(&o)).ok(),
        Some(vec![])
    );
    let o = readout(&["split", "file.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn validate_accepts_parse_output_and_rejects_a_corrupted_file() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let seed = seeds().remove(0);
    let o = readout(&["parse", path_str(&seed)], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let good = dir.join("cli-valid.json");
    std::fs::write(&good, &o.stdout).expect("write");

    let o = readout(&["validate", path_str(&good)], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let summary: Value = serde_json::from_str(&stdout(&o)).expect("JSON summary");
    assert_eq!(summary["ok"], true);
    assert_eq!(summary["documents"], 1);
    assert_eq!(summary["themes"], 9);
    assert_eq!(summary["labelled"], 0);

    let mut v: Value = serde_json::from_slice(&o_stdout_of_parse(&seed)).expect("JSON");
    v["documents"][0]["sentences"][0]["end"] = Value::from(10_000_000u64);
    v["documents"][0]["sentences"][1]["themes"] = serde_json::json!(["no-such-theme"]);
    let bad = dir.join("cli-corrupted.json");
    std::fs::write(&bad, v.to_string()).expect("write");
    let o = readout(&["validate", path_str(&bad)], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert!(
        err.contains("not a valid labeled-JSON file (2 problems)"),
        "{err}"
    );
    assert!(
        err.contains("document 1, sentence 1 (id 1): end 10000000 is past the end"),
        "{err}"
    );
    assert!(
        err.contains("theme \"no-such-theme\" is not in the codebook"),
        "{err}"
    );

    let o = readout(
        &["validate", "-"],
        b"{\"format\": \"readout-annotations\", \"version\": 1",
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("invalid JSON at line 1"),
        "{}",
        stderr(&o)
    );
    let o = readout(&["validate"], b"");
    assert_eq!(o.status.code(), Some(2));
}

fn o_stdout_of_parse(seed: &Path) -> Vec<u8> {
    let o = readout(&["parse", path_str(seed)], b"");
    assert!(o.status.success());
    o.stdout
}

#[test]
fn help_version_and_usage_errors() {
    for flag in ["--help", "-h", "help"] {
        let o = readout(&[flag], b"");
        assert!(o.status.success());
        let out = stdout(&o);
        assert!(out.contains("readout parse [FILE...]") && out.contains("readout validate"));
    }
    let o = readout(&["--version"], b"");
    assert_eq!(
        stdout(&o).trim(),
        format!("readout {}", env!("CARGO_PKG_VERSION"))
    );
    let o = readout(&[], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("missing command"));
    let o = readout(&["frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown command 'frobnicate'"));
    let o = readout(&["parse", "--frob"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown option '--frob'"));
}

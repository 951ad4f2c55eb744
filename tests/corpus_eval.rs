//! The parser on the development corpus (`tests/corpus/`: real readouts from over thirty
//! publishers in fourteen languages, keyed by hand under `tests/corpus/KEYING.md`), scored by
//! `readout eval` exactly as a user runs it.
//!
//! The floors are the figures measured when they were set, rounded down: a regression guard,
//! not a target. A change that makes the parser better raises them; one that makes any figure
//! worse, for English or for the other languages, fails here. The table is printed with
//! `cargo test --test corpus_eval -- --nocapture`.

use std::path::Path;
use std::process::Command;

/// `(group, figure, floor)`: groups and figures as `readout eval --json` names them.
const FLOORS: &[(&str, &str, f64)] = &[
    ("English", "sentence_f1", 0.99),
    ("English", "speakers", 0.94),
    ("English", "participants", 0.93),
    ("English", "titles", 1.00),
    ("English", "dates", 1.00),
    ("English", "events", 1.00),
    ("not English", "sentence_f1", 0.99),
    ("not English", "speakers", 0.95),
    ("not English", "participants", 0.93),
    ("not English", "titles", 0.96),
    ("not English", "dates", 1.00),
    ("not English", "events", 1.00),
];

fn eval(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_readout"))
        .arg("eval")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("readout runs")
}

#[test]
fn the_corpus_scores_at_least_its_floors() {
    let table = eval(&["tests/corpus"]);
    assert!(
        table.status.success(),
        "{}",
        String::from_utf8_lossy(&table.stderr)
    );
    println!("{}", String::from_utf8_lossy(&table.stdout));

    let out = eval(&["--json", "tests/corpus"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let files = report["files"].as_array().expect("files");
    assert_eq!(
        files.len(),
        64,
        "every keyed readout of the corpus is scored"
    );
    for file in files {
        assert_eq!(
            file["key_errors"].as_array().map(Vec::len),
            Some(0),
            "{}: the key's sentences are all in the text",
            file["file"]
        );
    }
    let mut below = Vec::new();
    for &(group, figure, floor) in FLOORS {
        let value = report["groups"]
            .as_array()
            .and_then(|groups| groups.iter().find(|g| g["group"] == group))
            .and_then(|g| g[figure].as_f64())
            .unwrap_or_else(|| panic!("no {figure} for {group}"));
        if value < floor {
            below.push(format!("{group} {figure}: {value:.3} < floor {floor}"));
        }
    }
    assert!(below.is_empty(), "below the floor:\n{}", below.join("\n"));
}

#[test]
fn eval_refuses_what_it_cannot_score() {
    let dir = std::env::temp_dir().join(format!("readout-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let dir_arg = dir.to_string_lossy().into_owned();

    let empty = eval(&[&dir_arg]);
    assert_eq!(empty.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&empty.stderr).contains("no NAME.txt readout"));

    std::fs::write(dir.join("call.txt"), "Leaders Talk\n\nA spoke with B.").unwrap();
    let keyless = eval(&[&dir_arg]);
    assert_eq!(keyless.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&keyless.stderr).contains("has no answer key"));

    std::fs::write(dir.join("call.truth.json"), "{\"title\": 1}").unwrap();
    let broken = eval(&[&dir_arg]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("not an answer key"));

    assert_eq!(eval(&[]).status.code(), Some(2), "no DIR is a usage error");
    assert_eq!(eval(&["--bogus", &dir_arg]).status.code(), Some(2));
    let _ = std::fs::remove_dir_all(Path::new(&dir));
}

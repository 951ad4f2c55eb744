//! `readout agree`: JSON per theme on stdout, null where a figure is undefined, usage and
//! input errors on stderr with the documented exit codes.

#[path = "agreement_support.rs"]
mod support;

use std::path::PathBuf;
use std::process::{Command, Output};

use readout_annotator::annotation::Workspace;
use readout_annotator::export::export_v1;
use serde_json::Value;
use support::{coder, numbered_doc, table};

fn readout(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Writes workspaces to a fresh directory and returns their paths.
fn files(test: &str, coders: &[Workspace]) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("readout-agree-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    coders
        .iter()
        .enumerate()
        .map(|(i, ws)| {
            let path: PathBuf = dir.join(format!("coder-{i}.json"));
            std::fs::write(&path, export_v1(ws, "2025-01-01T00:00:00Z")).expect("write");
            path.to_str().expect("UTF-8 path").to_string()
        })
        .collect()
}

fn run_json(args: &[&str]) -> Value {
    let out = readout(args);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn theme<'a>(json: &'a Value, id: &str) -> &'a Value {
    json["themes"]
        .as_array()
        .expect("themes")
        .iter()
        .find(|t| t["id"] == id)
        .expect("theme")
}

#[test]
fn two_coders_get_kappa_alpha_and_agreement() {
    // Wikipedia's Cohen's kappa example: 20 / 5 / 10 / 15 → p_o 0.7, κ 0.4.
    let doc = numbered_doc("Proposals", 50);
    let (a, b) = table(20, 5, 10, 15);
    let paths = files(
        "two",
        &[coder(&doc, "health", &a), coder(&doc, "health", &b)],
    );
    let args: Vec<&str> = ["agree"]
        .into_iter()
        .chain(paths.iter().map(String::as_str))
        .collect();
    let json = run_json(&args);
    let health = theme(&json, "health");
    assert_eq!(health["percent_agreement"], 0.7);
    assert_eq!(health["cohen_kappa"], 0.4);
    assert_eq!(health["krippendorff_alpha"], 0.4);
    assert_eq!(json["coders"], 2);
    assert_eq!(json["sentences"], 50);
    assert_eq!(json["disagreements"], 15);
    let trade = theme(&json, "trade");
    assert!(trade["cohen_kappa"].is_null() && trade["krippendorff_alpha"].is_null());
    assert_eq!(json["themes"].as_array().map(Vec::len), Some(9));
}

#[test]
fn more_than_two_coders_have_no_kappa() {
    let doc = numbered_doc("Talks", 6);
    let flags: [&[bool]; 3] = [
        &[true, true, false, false, true, false],
        &[true, false, false, false, true, false],
        &[true, true, false, true, true, false],
    ];
    let coders: Vec<Workspace> = flags.iter().map(|f| coder(&doc, "trade", f)).collect();
    let paths = files("three", &coders);
    let args: Vec<&str> = ["agree"]
        .into_iter()
        .chain(paths.iter().map(String::as_str))
        .collect();
    let json = run_json(&args);
    for t in json["themes"].as_array().expect("themes") {
        assert!(t["cohen_kappa"].is_null(), "{t}");
    }
    assert!(theme(&json, "trade")["krippendorff_alpha"].is_number());
}

#[test]
fn bad_usage_and_bad_input_fail_clearly() {
    let doc = numbered_doc("Talks", 2);
    let paths = files("bad", &[coder(&doc, "trade", &[true, false])]);
    let junk = std::env::temp_dir().join(format!("readout-agree-{}-junk.json", std::process::id()));
    std::fs::write(&junk, "{ not json").expect("write");
    let junk = junk.to_str().expect("UTF-8 path");
    // (arguments, exit status, text expected on stderr)
    let cases: &[(&[&str], i32, &str)] = &[
        (&["agree"], 2, "two or more"),
        (&["agree", &paths[0]], 2, "two or more"),
        (&["agree", &paths[0], "--weird"], 2, "unknown option"),
        (&["agree", &paths[0], junk], 1, junk),
        (
            &["agree", &paths[0], "/nonexistent/coder.json"],
            1,
            "/nonexistent/coder.json",
        ),
    ];
    for (args, status, message) in cases {
        let out = readout(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*status), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let help = readout(&["--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("readout agree"));
}

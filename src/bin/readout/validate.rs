//! `readout validate FILE...`: checks labeled-JSON files and format-v1 JSONL (and the ones
//! under a DIR) against everything the format promises, listing every problem with its file
//! and, in JSONL, its line.

use std::collections::BTreeSet;
use std::path::PathBuf;

use readout_annotator::annotation::Workspace;
use readout_annotator::export::{validate_v1, LineMerger};
use serde_json::{json, Value};

use super::inputs::{expand, texts, Input, Wanted};
use super::{input, write_stdout, Failure};

/// How many problems are printed for one file before the rest are summarised.
const MAX_PROBLEMS: usize = 50;

/// Check labeled-JSON or JSONL files (- for standard input; the .json
/// and .jsonl files under a DIR); prints a JSON summary when all are
/// valid, lists each problem with its file and line and exits 1 if not
#[derive(clap::Args)]
#[command(override_usage = "readout validate FILE...", verbatim_doc_comment)]
pub(super) struct Args {
    /// A labeled-JSON file, format-v1 JSONL (one workspace per line, as
    /// parse --jsonl writes it), - for standard input, or a directory
    #[arg(value_name = "FILE", required = true, verbatim_doc_comment)]
    files: Vec<PathBuf>,
}

/// What a valid input holds.
struct Valid {
    name: String,
    /// The non-blank lines of JSONL; `None` for a whole file.
    lines: Option<usize>,
    workspace: Workspace,
}

pub(super) fn run(args: &Args) -> Result<(), Failure> {
    if args.files.iter().filter(|f| input(f).is_none()).count() > 1 {
        return Err(Failure::usage(
            Some("validate"),
            "standard input (-) can be read only once",
        ));
    }
    let (inputs, failures) = expand(&args.files, Wanted::Workspaces);
    let mut reports: Vec<String> = failures.into_iter().map(|f| f.message).collect();
    let mut valid = Vec::with_capacity(inputs.len());
    for input in &inputs {
        match check(input) {
            Ok(v) => valid.push(v),
            Err(report) => reports.push(report),
        }
    }
    let total = valid.len() + reports.len();
    if let Some(last) = reports.pop() {
        if total == 1 {
            return Err(Failure::input(last));
        }
        for report in reports.iter().chain([&last]) {
            super::warn(report);
        }
        return Err(Failure::input(format!(
            "{} of {total} files are not valid",
            reports.len() + 1
        )));
    }
    write_stdout(&format!("{:#}\n", summary(&valid)))
}

/// Every input's counts, and their totals (themes counted once by id).
fn summary(valid: &[Valid]) -> Value {
    let mut themes = BTreeSet::new();
    let (mut documents, mut sentences, mut labelled) = (0, 0, 0);
    let files: Vec<Value> = valid
        .iter()
        .map(|v| {
            let ws = &v.workspace;
            let progress = ws.progress();
            documents += ws.documents.len();
            sentences += progress.total;
            labelled += progress.labelled;
            themes.extend(ws.codebook.themes.iter().map(|t| t.id.as_str()));
            json!({
                "file": v.name,
                "lines": v.lines,
                "documents": ws.documents.len(),
                "sentences": progress.total,
                "labelled": progress.labelled,
                "themes": ws.codebook.themes.len(),
            })
        })
        .collect();
    json!({
        "ok": true,
        "documents": documents,
        "sentences": sentences,
        "labelled": labelled,
        "themes": themes.len(),
        "files": files,
    })
}

/// `input` when it is valid, or the report of everything wrong with it. The lines of JSONL
/// are each checked and then merged as the page and the other commands merge them
/// ([`LineMerger`]: a document on one line only, a theme id with one name), so a bad line
/// does not stop the check of the next.
fn check(input: &Input) -> Result<Valid, String> {
    let name = &input.name;
    let mut whole = None;
    let mut merger = LineMerger::default();
    // Each problem with its line, when the message does not already say it.
    let mut problems: Vec<(Option<usize>, String)> = Vec::new();
    let (mut lines, mut bad_lines) = (0usize, 0usize);
    let read = texts(input, &mut |line, text| {
        let before = problems.len();
        match (line, text.map(validate_v1)) {
            (_, Err(e)) => problems.push((line, e)),
            (None, Ok(Ok(workspace))) => whole = Some(workspace),
            (Some(number), Ok(Ok(workspace))) => {
                if let Err(e) = merger.add(number, workspace) {
                    problems.push((None, e.message().to_owned()));
                }
            }
            (_, Ok(Err(found))) => {
                problems.extend(found.iter().map(|p| (line, p.message().to_owned())));
            }
        }
        if line.is_some() {
            lines += 1;
            bad_lines += usize::from(problems.len() > before);
        }
        Ok(())
    });
    if let Err(stopped) = read {
        if problems.is_empty() {
            return Err(stopped.message);
        }
        problems.push((None, stopped.message));
    }
    if problems.is_empty() {
        return match whole {
            Some(workspace) => Ok(Valid {
                name: name.clone(),
                lines: None,
                workspace,
            }),
            None if lines == 0 => Err(format!(
                "{name}: the file is empty: there is nothing to check"
            )),
            None => Ok(Valid {
                name: name.clone(),
                lines: Some(lines),
                workspace: merger.finish(),
            }),
        };
    }
    let count = problems.len();
    let s = |n: usize| if n == 1 { "" } else { "s" };
    // A file of one line is a file written on one line, as the page reads it: its problems
    // need no line number.
    let mut report = if lines <= 1 {
        format!(
            "{name}: not a valid labeled-JSON file ({count} problem{})",
            s(count)
        )
    } else {
        format!(
            "{name}: not valid labeled-JSON lines ({count} problem{} on {bad_lines} of {lines} \
             lines)",
            s(count)
        )
    };
    let problems = problems.into_iter().map(|(line, p)| match line {
        Some(number) if lines > 1 => format!("line {number}: {p}"),
        _ => p,
    });
    for p in problems.take(MAX_PROBLEMS) {
        report.push_str("\n  - ");
        report.push_str(&p);
    }
    if count > MAX_PROBLEMS {
        report.push_str(&format!("\n  ... and {} more", count - MAX_PROBLEMS));
    }
    Err(report)
}

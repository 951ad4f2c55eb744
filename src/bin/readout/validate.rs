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
#[derive(Default)]
struct Valid {
    name: String,
    /// The non-blank lines of JSONL; `None` for a whole file.
    lines: Option<usize>,
    documents: usize,
    sentences: usize,
    labelled: usize,
    /// The codebook's theme ids.
    themes: Vec<String>,
}

impl Valid {
    /// Adds a workspace's documents and sentences to the counts.
    fn count(&mut self, workspace: &Workspace) {
        let progress = workspace.progress();
        self.documents += workspace.documents.len();
        self.sentences += progress.total;
        self.labelled += progress.labelled;
    }
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
    let themes: BTreeSet<&str> = valid
        .iter()
        .flat_map(|v| v.themes.iter().map(String::as_str))
        .collect();
    let files: Vec<Value> = valid
        .iter()
        .map(|v| {
            json!({
                "file": v.name,
                "lines": v.lines,
                "documents": v.documents,
                "sentences": v.sentences,
                "labelled": v.labelled,
                "themes": v.themes.len(),
            })
        })
        .collect();
    json!({
        "ok": true,
        "documents": valid.iter().map(|v| v.documents).sum::<usize>(),
        "sentences": valid.iter().map(|v| v.sentences).sum::<usize>(),
        "labelled": valid.iter().map(|v| v.labelled).sum::<usize>(),
        "themes": themes.len(),
        "files": files,
    })
}

/// The first [`MAX_PROBLEMS`] problems of an input, each with its line when the message does
/// not already say it, and how many there are in all.
#[derive(Default)]
struct Problems {
    first: Vec<(Option<usize>, String)>,
    count: usize,
}

impl Problems {
    fn add(&mut self, line: Option<usize>, message: String) {
        self.count += 1;
        if self.first.len() < MAX_PROBLEMS {
            self.first.push((line, message));
        }
    }
}

/// `input` when it is valid, or the report of everything wrong with it. The lines of JSONL
/// are each checked and then merged as the page and the other commands merge them
/// ([`LineMerger`]: a document on one line only, a theme id with one name), so a bad line
/// does not stop the check of the next. Only the counts and the ids are kept, and the first
/// [`MAX_PROBLEMS`] problems, so a corpus of any size is checked in bounded memory.
fn check(input: &Input) -> Result<Valid, String> {
    let name = &input.name;
    let mut valid = Valid {
        name: name.clone(),
        ..Valid::default()
    };
    let mut whole = None;
    let mut merger = LineMerger::checking();
    let mut problems = Problems::default();
    let (mut lines, mut bad_lines) = (0usize, 0usize);
    let read = texts(input, &mut |line, text| {
        let before = problems.count;
        match (line, text.map(validate_v1)) {
            (_, Err(e)) => problems.add(line, e),
            (None, Ok(Ok(workspace))) => whole = Some(workspace),
            (Some(number), Ok(Ok(workspace))) => {
                let mut counted = Valid::default();
                counted.count(&workspace);
                match merger.add(number, workspace) {
                    Ok(()) => {
                        valid.documents += counted.documents;
                        valid.sentences += counted.sentences;
                        valid.labelled += counted.labelled;
                    }
                    Err(e) => problems.add(None, e.message().to_owned()),
                }
            }
            (_, Ok(Err(found))) => {
                for p in &found {
                    problems.add(line, p.message().to_owned());
                }
            }
        }
        if line.is_some() {
            lines += 1;
            bad_lines += usize::from(problems.count > before);
        }
        Ok(())
    });
    if let Err(stopped) = read {
        if problems.count == 0 {
            return Err(stopped.message);
        }
        problems.add(None, stopped.message);
    }
    let Problems { first, count } = problems;
    if count == 0 {
        if let Some(workspace) = whole {
            valid.count(&workspace);
            valid.themes = workspace
                .codebook
                .themes
                .into_iter()
                .map(|t| t.id)
                .collect();
            return Ok(valid);
        }
        if lines == 0 {
            return Err(format!(
                "{name}: the file is empty: there is nothing to check"
            ));
        }
        valid.lines = Some(lines);
        valid.themes = (merger.finish().codebook.themes.into_iter())
            .map(|t| t.id)
            .collect();
        return Ok(valid);
    }
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
    let problems = first.into_iter().map(|(line, p)| match line {
        Some(number) if lines > 1 => format!("line {number}: {p}"),
        _ => p,
    });
    for p in problems {
        report.push_str("\n  - ");
        report.push_str(&p);
    }
    if count > MAX_PROBLEMS {
        report.push_str(&format!("\n  ... and {} more", count - MAX_PROBLEMS));
    }
    Err(report)
}

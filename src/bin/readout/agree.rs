//! `readout agree A.json B.json ...`: agreement between coders who labelled the same
//! documents, per theme, as JSON.

use std::path::PathBuf;

use readout_annotator::annotation::agreement::agreement;
use serde_json::{json, Value};

use super::inputs::{expand, workspace, Wanted};
use super::{input, write_stdout, Failure};

/// Agreement between coders' labeled-JSON (or JSONL) files of the same
/// documents: per theme % agreement, Cohen's kappa (two coders) and
/// Krippendorff's alpha, as JSON. A DIR gives one coder per .json or
/// .jsonl file in it
#[derive(clap::Args)]
#[command(override_usage = "readout agree FILE FILE...", verbatim_doc_comment)]
pub(super) struct Args {
    /// One coder's labeled-JSON or JSONL file, - for standard input (once),
    /// or a directory of coders' files
    #[arg(value_name = "FILE", verbatim_doc_comment)]
    files: Vec<PathBuf>,
}

/// Four decimals: more than any published coefficient carries, and stable output for diffs.
fn figure(x: Option<f64>) -> Value {
    x.map_or(Value::Null, |x| json!((x * 10_000.0).round() / 10_000.0))
}

pub(super) fn run(args: &Args) -> Result<(), Failure> {
    if args.files.iter().filter(|f| input(f).is_none()).count() > 1 {
        return Err(Failure::usage(
            Some("agree"),
            "standard input (-) can be read only once",
        ));
    }
    let (inputs, mut failures) = expand(&args.files, Wanted::Workspaces);
    if inputs.len() + failures.len() < 2 {
        return Err(Failure::usage(
            Some("agree"),
            "agree needs two or more coders' FILEs (or a DIR holding them)",
        ));
    }
    let mut names = Vec::with_capacity(inputs.len());
    let mut coders = Vec::with_capacity(inputs.len());
    for input in &inputs {
        match workspace(input) {
            Ok(workspace) => {
                names.push(input.name.clone());
                coders.push(workspace);
            }
            Err(f) => failures.push(f),
        }
    }
    if let Some(last) = failures.pop() {
        for f in &failures {
            super::warn(&f.message);
        }
        return Err(last);
    }
    let report = agreement(&coders);
    let themes: Vec<Value> = report
        .themes
        .iter()
        .map(|t| {
            json!({
                "id": t.id,
                "name": t.name,
                "percent_agreement": figure(t.percent_agreement),
                "cohen_kappa": figure(t.cohen_kappa),
                "krippendorff_alpha": figure(t.krippendorff_alpha),
                "pairable_sentences": t.pairable,
                "present": t.present,
            })
        })
        .collect();
    let out = json!({
        "files": names,
        "coders": report.coders,
        "documents": report.documents,
        "sentences": report.units,
        "disagreements": report.disagreements.len(),
        "themes": themes,
    });
    write_stdout(&format!("{out:#}\n"))
}

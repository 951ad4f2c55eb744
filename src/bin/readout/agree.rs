//! `readout agree A.json B.json ...`: agreement between coders who labelled the same
//! documents, per theme, as JSON.

use std::path::PathBuf;

use readout_annotator::annotation::agreement::agreement;
use readout_annotator::export::import_v1;
use serde_json::{json, Value};

use super::{input, read_text, write_stdout, Failure};

/// Agreement between coders' labeled-JSON files of the same documents:
/// per theme % agreement, Cohen's kappa (two coders) and Krippendorff's
/// alpha, as JSON
#[derive(clap::Args)]
#[command(override_usage = "readout agree FILE FILE...", verbatim_doc_comment)]
pub(super) struct Args {
    /// One coder's labeled-JSON file; - for standard input (once)
    #[arg(value_name = "FILE", required = true, num_args = 2..)]
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
    let mut names = Vec::with_capacity(args.files.len());
    let mut coders = Vec::with_capacity(args.files.len());
    for file in &args.files {
        let (name, text) = read_text(input(file))?;
        let workspace = import_v1(&text)
            .map_err(|e| Failure::input(format!("{name}: not a valid labeled-JSON file: {e}")))?;
        names.push(name);
        coders.push(workspace);
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

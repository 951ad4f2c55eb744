//! `readout agree A.json B.json ...`: agreement between coders who labelled the same
//! documents, per theme, as JSON.

use std::ffi::OsString;
use std::path::Path;

use readout_annotator::annotation::agreement::agreement;
use readout_annotator::export::import_v1;
use serde_json::{json, Value};

use super::{check_no_options, read_text, write_stdout, Failure, HELP};

/// Four decimals: more than any published coefficient carries, and stable output for diffs.
fn figure(x: Option<f64>) -> Value {
    x.map_or(Value::Null, |x| json!((x * 10_000.0).round() / 10_000.0))
}

pub(super) fn run(args: &[OsString]) -> Result<(), Failure> {
    if check_no_options(args)? {
        return write_stdout(HELP);
    }
    if args.len() < 2 {
        return Err(Failure::usage("agree needs two or more coders' files"));
    }
    if args.iter().filter(|a| *a == "-").count() > 1 {
        return Err(Failure::usage("standard input (-) can be read only once"));
    }
    let mut names = Vec::with_capacity(args.len());
    let mut coders = Vec::with_capacity(args.len());
    for a in args {
        let (name, text) = read_text((a != "-").then(|| Path::new(a)))?;
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

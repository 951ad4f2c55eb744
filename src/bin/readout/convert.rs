//! `readout convert`: a workspace into the format another tool reads, or a corpus into long
//! tables (Parquet or CSV) for pandas, R and DuckDB.

use std::path::{Path, PathBuf};

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use readout_annotator::export::{
    format, format_names, CsvOptions, Format, Formulas, JsonlUnit, Takes, WriteOptions, FORMATS,
};

use super::cli::either;
use super::inputs::{expand, workspace, Wanted};
use super::tables::{self, TableFormat};
use super::{exported_at, input, write_stdout, Failure};

// The formats, and which options apply to which, come from the export registry (FORMATS), so a
// format added there is offered here, in the help and in the messages, with no edit. The long
// tables are the CLI's own (TABLE_FORMATS): several files in a directory, not one download.

#[derive(clap::Args)]
#[command(
    about = about(),
    override_usage = "readout convert --to FORMAT [-o OUT] [--per UNIT] [--bom] [--raw] \
                      [--coder NAME] FILE...",
)]
pub(super) struct Args {
    /// The format to write
    #[arg(long, value_name = "FORMAT", value_parser = targets())]
    to: Target,
    #[arg(short, long, value_name = "OUT", help = output_help())]
    output: Option<PathBuf>,
    #[arg(long, value_name = "UNIT", help = only_for(Takes::Unit, PER))]
    per: Option<Per>,
    #[arg(long, help = only_for(Takes::Csv, BOM))]
    bom: bool,
    #[arg(long, help = only_for(Takes::Csv, RAW))]
    raw: bool,
    /// The tables' coder column (--to parquet or csv-tables, one FILE;
    /// by default each FILE's name without its extension)
    #[arg(long, value_name = "NAME", verbatim_doc_comment)]
    coder: Option<String>,
    /// A labeled-JSON file, format-v1 JSONL (readout parse --jsonl), or a
    /// .txt or .html readout; - for standard input. --to parquet and
    /// csv-tables take several, and directories of .json and .jsonl files
    #[arg(value_name = "FILE", verbatim_doc_comment)]
    inputs: Vec<PathBuf>,
}

/// What `--to` names: a format of the registry, or the long tables.
#[derive(Clone, Copy, Debug)]
enum Target {
    Format(&'static Format),
    Tables(TableFormat),
}

/// The long tables, by the name `--to` takes and its help.
const TABLE_FORMATS: &[(&str, TableFormat, &str)] = &[
    (
        "parquet",
        TableFormat::Parquet,
        "Long tables as Parquet: documents, participants, sentences, labels",
    ),
    (
        "csv-tables",
        TableFormat::Csv,
        "The same tables as CSV files",
    ),
];

impl Target {
    /// The options it reads.
    fn takes(self) -> Takes {
        match self {
            Target::Format(f) => f.takes,
            Target::Tables(TableFormat::Csv) => Takes::Csv,
            Target::Tables(TableFormat::Parquet) => Takes::Nothing,
        }
    }
}

/// `--per`'s values.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Per {
    /// One record per document
    Document,
    /// One record per sentence
    Sentence,
}

impl From<Per> for JsonlUnit {
    fn from(per: Per) -> Self {
        match per {
            Per::Document => JsonlUnit::Document,
            Per::Sentence => JsonlUnit::Sentence,
        }
    }
}

const PER: &str = "One JSONL record per document (the default) or per sentence";
const BOM: &str = "Start with a byte-order mark, so that Excel reads UTF-8";
const RAW: &str = "Keep cells a spreadsheet would run as formulas as they are\n\
                   (by default they get a leading ')";

fn about() -> String {
    format!(
        "Write a labeled-JSON file (or JSONL, or a .txt/.html readout) in\n\
         another tool's format: {}; or a corpus as long tables: {}",
        format_names(),
        table_names()
    )
}

/// The tables' names: "parquet or csv-tables".
fn table_names() -> String {
    let names: Vec<&str> = TABLE_FORMATS.iter().map(|(name, _, _)| *name).collect();
    either(&names)
}

/// `--to` takes the registry's names, then the tables'; the help shows each with its label
/// and what it is for.
/// The names are checked first, so the lookup after them finds each one.
fn targets() -> impl TypedValueParser<Value = Target> {
    let registry = FORMATS
        .iter()
        .map(|f| PossibleValue::new(f.name).help(format!("{}: {}", f.label, f.purpose)));
    let tables = TABLE_FORMATS
        .iter()
        .map(|(name, _, help)| PossibleValue::new(*name).help(*help));
    PossibleValuesParser::new(registry.chain(tables)).try_map(|name| {
        let table = TABLE_FORMATS.iter().find(|(n, _, _)| *n == name);
        match (format(&name), table) {
            (Some(f), _) => Ok(Target::Format(f)),
            (None, Some(&(_, t, _))) => Ok(Target::Tables(t)),
            (None, None) => Err("not a known format"),
        }
    })
}

/// The names of the registry's formats that read `takes`: "doccano or prodigy".
fn taking(takes: Takes) -> String {
    let names: Vec<&str> = FORMATS
        .iter()
        .filter(|f| f.takes == takes)
        .map(|f| f.name)
        .collect();
    either(&names)
}

/// The help of an option that only some formats read, saying which.
fn only_for(takes: Takes, help: &str) -> String {
    let tables = if takes == Takes::Csv {
        ", csv-tables"
    } else {
        ""
    };
    format!("{help}\n(--to {}{tables} only)", taking(takes))
}

fn output_help() -> String {
    let binary: Vec<&str> = FORMATS
        .iter()
        .filter(|f| f.binary)
        .map(|f| f.name)
        .collect();
    format!(
        "The file to write, instead of standard output (required for\n\
         {}: a zip); the directory of the tables for {}",
        either(&binary),
        table_names()
    )
}

/// Runs `readout convert`.
pub(super) fn run(o: &Args) -> Result<(), Failure> {
    let target = o.to;
    let usage = |message: String| Failure::usage(Some("convert"), message);
    let takes = target.takes();
    let table_csv = matches!(target, Target::Tables(TableFormat::Csv));
    for (given, flag) in [(o.bom, "--bom"), (o.raw, "--raw")] {
        if given && takes != Takes::Csv {
            return Err(usage(format!(
                "{flag} applies to --to {} only (and to csv-tables)",
                taking(Takes::Csv)
            )));
        }
    }
    if o.per.is_some() && takes != Takes::Unit {
        return Err(usage(format!(
            "--per applies to --to {} only",
            taking(Takes::Unit)
        )));
    }
    let csv = CsvOptions {
        bom: o.bom,
        formulas: if o.raw {
            Formulas::Raw
        } else {
            Formulas::Neutralise
        },
    };
    let [first, rest @ ..] = o.inputs.as_slice() else {
        return Err(usage("convert needs a FILE".to_string()));
    };
    let target = match target {
        Target::Tables(format) => {
            let Some(dir) = &o.output else {
                return Err(usage(format!(
                    "--to {} writes four files: give -o DIR",
                    if table_csv { "csv-tables" } else { "parquet" }
                )));
            };
            return run_tables(o, format, dir, csv);
        }
        Target::Format(f) => f,
    };
    if o.coder.is_some() {
        return Err(usage(format!(
            "--coder applies to --to {} only",
            table_names()
        )));
    }
    if !rest.is_empty() {
        return Err(usage(format!(
            "convert --to {} takes one FILE (several only with --to {})",
            target.name,
            table_names()
        )));
    }
    if target.binary && o.output.is_none() {
        return Err(usage(format!(
            "a .{0} file is a zip file: give -o FILE.{0}",
            target.extension
        )));
    }
    let (inputs, mut problems) = expand(std::slice::from_ref(first), Wanted::Workspaces);
    if !problems.is_empty() {
        return Err(problems.swap_remove(0));
    }
    let [one] = inputs.as_slice() else {
        return Err(usage(format!(
            "convert --to {} takes one FILE, not a directory (of {} files)",
            target.name,
            inputs.len()
        )));
    };
    let ws = workspace(one)?;
    let options = WriteOptions {
        unit: o.per.map_or(JsonlUnit::Document, JsonlUnit::from),
        csv,
    };
    let bytes =
        (target.write)(&ws, &options, &exported_at()).map_err(|e| Failure::input(e.to_string()))?;
    match &o.output {
        Some(path) => std::fs::write(path, bytes)
            .map_err(|e| Failure::input(format!("{}: {e}", path.display()))),
        None => write_stdout(&String::from_utf8_lossy(&bytes)),
    }
}

/// `--to parquet` and `--to csv-tables`: every input's tables, one file per table in `dir`.
fn run_tables(o: &Args, format: TableFormat, dir: &Path, csv: CsvOptions) -> Result<(), Failure> {
    let usage = |message: &str| Failure::usage(Some("convert"), message);
    if o.inputs.iter().filter(|f| input(f).is_none()).count() > 1 {
        return Err(usage("standard input (-) can be read only once"));
    }
    let (inputs, problems) = expand(&o.inputs, Wanted::Workspaces);
    if o.coder.is_some() && inputs.len() + problems.len() > 1 {
        return Err(usage(
            "--coder names the coder of one FILE; with several, each is named by its file",
        ));
    }
    if let Some((last, others)) = problems.split_last() {
        for p in others {
            super::warn(&p.message);
        }
        return Err(Failure::input(last.message.clone()));
    }
    let request = tables::Request {
        format,
        dir,
        coder: o.coder.as_deref(),
        csv,
    };
    tables::convert(&inputs, &request)
}

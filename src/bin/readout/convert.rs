//! `readout convert`: a workspace into the format another tool reads.

use std::path::{Path, PathBuf};

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use readout_annotator::annotation::Workspace;
use readout_annotator::export::{
    format, format_names, import_readout, validate_v1, CsvOptions, Format, Formulas, JsonlUnit,
    Takes, WriteOptions, FORMATS,
};

use super::cli::either;
use super::{exported_at, input, read_text, write_stdout, Failure};

// The formats, and which options apply to which, come from the export registry (FORMATS), so a
// format added there is offered here, in the help and in the messages, with no edit.

#[derive(clap::Args)]
#[command(
    about = about(),
    override_usage = "readout convert --to FORMAT [-o OUT] [--per UNIT] [--bom] [--raw] FILE"
)]
pub(super) struct Args {
    /// The format to write
    #[arg(long, value_name = "FORMAT", value_parser = formats())]
    to: &'static Format,
    #[arg(short, long, value_name = "OUT", help = output_help())]
    output: Option<PathBuf>,
    #[arg(long, value_name = "UNIT", help = only_for(Takes::Unit, PER))]
    per: Option<Per>,
    #[arg(long, help = only_for(Takes::Csv, BOM))]
    bom: bool,
    #[arg(long, help = only_for(Takes::Csv, RAW))]
    raw: bool,
    /// A labeled-JSON file, or a .txt or .html readout; - for standard input
    #[arg(value_name = "FILE")]
    input: PathBuf,
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
        "Write a labeled-JSON file (or a .txt/.html readout) in another\n\
         tool's format: {}",
        format_names()
    )
}

/// `--to` takes the registry's names; the help shows each with its label and purpose. The names are
/// checked first, so the lookup after them finds each one.
fn formats() -> impl TypedValueParser<Value = &'static Format> {
    PossibleValuesParser::new(
        FORMATS
            .iter()
            .map(|f| PossibleValue::new(f.name).help(format!("{}: {}", f.label, f.purpose))),
    )
    .try_map(|name| format(&name).ok_or("not a registered format"))
}

/// The names of the formats that read `takes`: "doccano or prodigy".
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
    format!("{help}\n(--to {} only)", taking(takes))
}

fn output_help() -> String {
    let binary: Vec<&str> = FORMATS
        .iter()
        .filter(|f| f.binary)
        .map(|f| f.name)
        .collect();
    format!(
        "The file to write, instead of standard output\n(required for {}: a zip)",
        either(&binary)
    )
}

/// The workspace in a labeled-JSON file, or a fresh one holding a `.txt`/`.html` readout.
fn workspace(input: Option<&Path>) -> Result<Workspace, Failure> {
    let (name, text) = read_text(input)?;
    let lower = name.to_ascii_lowercase();
    if [".txt", ".html", ".htm"].iter().any(|x| lower.ends_with(x)) {
        let doc = import_readout(&name, &text).map_err(|e| Failure::input(e.to_string()))?;
        let mut ws = Workspace::default();
        let edit = ws.add_document_edit(doc);
        ws.apply(edit)
            .map_err(|e| Failure::input(format!("{name}: {e}")))?;
        return Ok(ws);
    }
    validate_v1(&text).map_err(|problems| {
        let first = problems.first().map_or("", |p| p.message());
        let more = match problems.len() {
            0 | 1 => String::new(),
            n => format!(" (and {} more; see 'readout validate')", n - 1),
        };
        Failure::input(format!("{name}: {first}{more}"))
    })
}

/// Runs `readout convert`.
pub(super) fn run(o: &Args) -> Result<(), Failure> {
    let target = o.to;
    let usage = |message: String| Failure::usage(Some("convert"), message);
    if o.bom && target.takes != Takes::Csv {
        return Err(usage(format!(
            "--bom applies to --to {} only",
            taking(Takes::Csv)
        )));
    }
    if o.raw && target.takes != Takes::Csv {
        return Err(usage(format!(
            "--raw applies to --to {} only",
            taking(Takes::Csv)
        )));
    }
    if o.per.is_some() && target.takes != Takes::Unit {
        return Err(usage(format!(
            "--per applies to --to {} only",
            taking(Takes::Unit)
        )));
    }
    if target.binary && o.output.is_none() {
        return Err(usage(format!(
            "a .{0} file is a zip file: give -o FILE.{0}",
            target.extension
        )));
    }
    let ws = workspace(input(&o.input))?;
    let options = WriteOptions {
        unit: o.per.map_or(JsonlUnit::Document, JsonlUnit::from),
        csv: CsvOptions {
            bom: o.bom,
            formulas: if o.raw {
                Formulas::Raw
            } else {
                Formulas::Neutralise
            },
        },
    };
    let bytes =
        (target.write)(&ws, &options, &exported_at()).map_err(|e| Failure::input(e.to_string()))?;
    match &o.output {
        Some(path) => std::fs::write(path, bytes)
            .map_err(|e| Failure::input(format!("{}: {e}", path.display()))),
        None => write_stdout(&String::from_utf8_lossy(&bytes)),
    }
}

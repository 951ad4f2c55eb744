//! `readout convert`: a workspace into the format another tool reads.

use std::ffi::OsString;
use std::path::Path;

use readout_annotator::annotation::Workspace;
use readout_annotator::export::{
    format, format_names, import_readout, validate_v1, CsvOptions, Formulas, JsonlUnit, Takes,
    WriteOptions,
};

use super::{exported_at, read_text, write_stdout, Failure, HELP};

/// What the command line asked for.
struct Options {
    to: String,
    output: Option<OsString>,
    input: Option<OsString>,
    bom: bool,
    raw: bool,
    per: Option<JsonlUnit>,
}

fn options(args: &[OsString]) -> Result<Option<Options>, Failure> {
    let mut to = None;
    let mut output = None;
    let mut input = None;
    let mut bom = false;
    let mut raw = false;
    let mut per = None;
    let mut args = args.iter();
    let value = |args: &mut std::slice::Iter<OsString>, flag: &str| {
        args.next()
            .cloned()
            .ok_or_else(|| Failure::usage(format!("{flag} needs a value")))
    };
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("-h" | "--help") => return Ok(None),
            Some("--to") => to = Some(value(&mut args, "--to")?.to_string_lossy().into_owned()),
            Some(s) if s.starts_with("--to=") => to = Some(s["--to=".len()..].to_string()),
            Some("-o" | "--output") => output = Some(value(&mut args, "-o")?),
            Some("--bom") => bom = true,
            Some("--raw") => raw = true,
            Some("--per") => {
                per = Some(match value(&mut args, "--per")?.to_str() {
                    Some("document") => JsonlUnit::Document,
                    Some("sentence") => JsonlUnit::Sentence,
                    _ => return Err(Failure::usage("--per takes document or sentence")),
                })
            }
            Some(s) if s.starts_with('-') && s != "-" => {
                return Err(Failure::usage(format!("unknown option '{s}'")))
            }
            _ if input.is_some() => return Err(Failure::usage("convert takes one FILE")),
            _ => input = Some(arg.clone()),
        }
    }
    let Some(to) = to else {
        return Err(Failure::usage(format!(
            "convert needs --to ({})",
            format_names()
        )));
    };
    Ok(Some(Options {
        to,
        output,
        input,
        bom,
        raw,
        per,
    }))
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
pub fn run(args: &[OsString]) -> Result<(), Failure> {
    let Some(o) = options(args)? else {
        return write_stdout(HELP);
    };
    let Some(target) = format(&o.to) else {
        return Err(Failure::usage(format!(
            "unknown format '{}': --to takes {}",
            o.to,
            format_names()
        )));
    };
    if o.bom && target.takes != Takes::Csv {
        return Err(Failure::usage("--bom applies to --to csv only"));
    }
    if o.raw && target.takes != Takes::Csv {
        return Err(Failure::usage("--raw applies to --to csv only"));
    }
    if o.per.is_some() && target.takes != Takes::Unit {
        return Err(Failure::usage(
            "--per applies to --to doccano and prodigy only",
        ));
    }
    if target.binary && o.output.is_none() {
        return Err(Failure::usage(format!(
            "a .{0} file is a zip file: give -o FILE.{0}",
            target.extension
        )));
    }
    let Some(input) = &o.input else {
        return Err(Failure::usage(
            "convert needs a FILE (- for standard input)",
        ));
    };
    let ws = workspace((input != "-").then(|| Path::new(input)))?;
    let options = WriteOptions {
        unit: o.per.unwrap_or(JsonlUnit::Document),
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
            .map_err(|e| Failure::input(format!("{}: {e}", Path::new(path).display()))),
        None => write_stdout(&String::from_utf8_lossy(&bytes)),
    }
}

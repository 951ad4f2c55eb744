//! `readout`: the command-line tool over the same core as the page.
//!
//! JSON goes to standard output, messages to standard error, and every failure exits non-zero
//! with a message that names the input; nothing here panics on any input. The arguments and
//! the help are defined in `cli` (clap), the subcommands here and in `src/bin/readout/`.

// Native only, like clap (Cargo.toml): wasm32-unknown-unknown has no files or standard input
// to read. `cargo clippy --target wasm32-unknown-unknown --bins` builds this binary empty.
#![cfg_attr(target_arch = "wasm32", no_main)]
#![cfg(not(target_arch = "wasm32"))]

// A bin root looks for modules next to itself; subcommands live in src/bin/readout/.
#[path = "readout/agree.rs"]
mod agree;
#[path = "readout/batch.rs"]
mod batch;
#[path = "readout/cli.rs"]
mod cli;
#[path = "readout/convert.rs"]
mod convert;
#[path = "readout/eval.rs"]
mod eval;
#[path = "readout/inputs.rs"]
mod inputs;
#[path = "readout/stats.rs"]
mod stats;
#[path = "readout/tables.rs"]
mod tables;
#[path = "readout/validate.rs"]
mod validate;

use std::ffi::OsString;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use readout_annotator::annotation::{AnnotatedDocument, EditErrorKind, Workspace};
use readout_annotator::export::{limits, readout_text, write_v1};
use readout_annotator::readout;
use readout_annotator::readout::encoding::decode_text;

use cli::Command;

/// Why the tool stopped: a message for standard error and the exit status.
struct Failure {
    message: String,
    status: u8,
}

impl Failure {
    fn input(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            status: 1,
        }
    }

    /// Wrong usage of `readout COMMAND` (of `readout` itself for `None`), with the help to read.
    fn usage(command: Option<&str>, message: impl Into<String>) -> Self {
        let help = match command {
            Some(command) => format!("readout {command} --help"),
            None => "readout --help".to_string(),
        };
        Self {
            message: format!("{}\nTry '{help}'.", message.into()),
            status: 2,
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let result = match cli::parse(&args) {
        Ok(Some(command)) => run(command),
        // The help or the version, already printed.
        Ok(None) => Ok(()),
        Err(f) => Err(f),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            // If standard error is gone there is nowhere left to report to.
            let _ = writeln!(io::stderr().lock(), "readout: {}", f.message);
            ExitCode::from(f.status)
        }
    }
}

fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Parse { jsonl: true, files } => batch::run(&files),
        Command::Parse {
            jsonl: false,
            files,
        } => parse(&files),
        Command::Split => split(),
        Command::Validate(args) => validate::run(&args),
        Command::Agree(args) => agree::run(&args),
        Command::Convert(args) => convert::run(&args),
        Command::Stats(args) => stats::run(&args),
        Command::Eval(args) => eval::run(&args),
    }
}

/// The file a FILE argument names: `None` for `-`, standard input.
fn input(path: &Path) -> Option<&Path> {
    (path != Path::new("-")).then_some(path)
}

/// `readout parse` without `--jsonl`: one workspace of every input, all or nothing.
fn parse(files: &[PathBuf]) -> Result<(), Failure> {
    let inputs = if files.is_empty() {
        vec![inputs::Input::stdin()]
    } else {
        let (inputs, problems) = inputs::expand(files, inputs::Wanted::Readouts);
        if let Some(problem) = problems.into_iter().next() {
            return Err(problem);
        }
        inputs
    };
    let mut workspace = Workspace::default();
    let mut names: Vec<String> = Vec::new();
    for input in inputs {
        let (name, text) = read_text(input.path.as_deref())?;
        if text.trim().is_empty() {
            return Err(Failure::input(format!("{name}: the input is empty")));
        }
        // HTML by extension or by how it starts, as the page reads it.
        let text = readout_text(&name, &text).map_err(|e| Failure::input(e.to_string()))?;
        // The document shares the input's text rather than copying it, so a large file is
        // held once while it is parsed and the JSON is written.
        let document = AnnotatedDocument::parse_shared(std::rc::Rc::from(text));
        limits::check_document(&document).map_err(|e| Failure::input(format!("{name}: {e}")))?;
        let text = document.text.clone();
        let edit = workspace.add_document_edit(document);
        if let Err(e) = workspace.apply(edit) {
            let message = match e.kind() {
                EditErrorKind::DuplicateId => {
                    let earlier = workspace
                        .documents
                        .iter()
                        .position(|d| d.text == text)
                        .and_then(|i| names.get(i))
                        .map_or_else(String::new, |n| format!(" as {n}"));
                    format!("{name}: the same text{earlier}; each readout can be added once")
                }
                _ => format!("{name}: {e}"),
            };
            return Err(Failure::input(message));
        }
        names.push(name);
    }
    // Streamed: the JSON of a 100 MB readout is never held in memory as a whole.
    let mut out = io::BufWriter::new(io::stdout().lock());
    let written = write_v1(&workspace, &exported_at(), &mut out)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::input(format!("cannot write output: {e}"))),
    }
}

fn split() -> Result<(), Failure> {
    let (_, text) = read_text(None)?;
    let sentences: Vec<&str> = readout::split_sentences(&text)
        .into_iter()
        .map(|span| span.slice(&text).trim())
        .filter(|s| !s.is_empty())
        .collect();
    let mut json = serde_json::to_string_pretty(&sentences)
        .map_err(|e| Failure::input(format!("cannot write JSON: {e}")))?;
    json.push('\n');
    write_stdout(&json)
}

/// Reads a file (or standard input for `None`) as text the way the page does
/// ([`decode_text`]: UTF-8, or UTF-16 with a byte-order mark), refusing a file over the
/// size limit before it is read whole; the name is for messages.
fn read_text(path: Option<&Path>) -> Result<(String, String), Failure> {
    let (name, reader): (String, Box<dyn Read>) = match path {
        None => ("<stdin>".to_string(), Box::new(io::stdin().lock())),
        Some(p) => {
            let name = p.display().to_string();
            let file =
                std::fs::File::open(p).map_err(|e| Failure::input(format!("{name}: {e}")))?;
            (name, Box::new(file))
        }
    };
    // One byte past the limit is enough to know the file is over it.
    let cap = limits::MAX_FILE_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    reader
        .take(cap)
        .read_to_end(&mut bytes)
        .map_err(|e| Failure::input(format!("cannot read {name}: {e}")))?;
    if bytes.len() > limits::MAX_FILE_BYTES {
        return Err(over_limit(&name, path));
    }
    match decode_text(&bytes) {
        Ok(decoded) => Ok((name, decoded.text)),
        Err(e) => Err(Failure::input(format!("{name}: {e}"))),
    }
}

/// The refusal of an input over the size limit, with its size when it is a file.
fn over_limit(name: &str, path: Option<&Path>) -> Failure {
    let size = path
        .and_then(|p| std::fs::metadata(p).ok())
        .and_then(|m| usize::try_from(m.len()).ok());
    let message = match size.map(limits::check_file_size) {
        Some(Err(e)) => e.to_string(),
        _ => format!(
            "the input is over the limit of {} bytes (128 MiB)",
            limits::MAX_FILE_BYTES
        ),
    };
    Failure::input(format!("{name}: {message}"))
}

/// A message on standard error that does not stop the command.
fn warn(message: &str) {
    // If standard error is gone there is nowhere left to report to.
    let _ = writeln!(io::stderr().lock(), "readout: {message}");
}

/// Writes to standard output. A closed pipe (`readout parse | head`) is not an error.
fn write_stdout(s: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::input(format!("cannot write output: {e}"))),
    }
}

/// Now, or `SOURCE_DATE_EPOCH` when set, as RFC 3339 UTC.
fn exported_at() -> String {
    let from_env = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok());
    let secs = from_env.unwrap_or_else(|| {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    });
    rfc3339(secs)
}

/// Seconds since the Unix epoch as `YYYY-MM-DDTHH:MM:SSZ`.
fn rfc3339(secs: u64) -> String {
    let days = secs / 86_400;
    let rem = secs % 86_400;
    // A u64 of seconds always fits: i32 days reach the year 5 877 000.
    let date = readout_annotator::export::tables::iso_date(i32::try_from(days).unwrap_or(i32::MAX));
    format!(
        "{date}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_matches_known_instants() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_585_339_261), "2020-03-27T20:01:01Z");
        assert_eq!(rfc3339(1_798_761_599), "2026-12-31T23:59:59Z");
        assert_eq!(rfc3339(4_107_542_400), "2100-03-01T00:00:00Z");
    }

    /// Year, month and day of a count of days since 1970-01-01, as the stamp writes it.
    fn civil_from_days(days: u64) -> (u64, u64, u64) {
        let date = readout_annotator::export::tables::iso_date(i32::try_from(days).unwrap());
        let part = |r: std::ops::Range<usize>| date[r].parse::<u64>().unwrap();
        (part(0..4), part(5..7), part(8..10))
    }

    #[test]
    fn every_day_follows_the_previous_one() {
        let mut previous = civil_from_days(0);
        for day in 1..200_000 {
            let (y, m, d) = civil_from_days(day);
            let (py, pm, pd) = previous;
            let next_day = (y, m, d) == (py, pm, pd + 1);
            let next_month = (y, m, d) == (py, pm + 1, 1) && pd >= 28;
            let next_year = (y, m, d) == (py + 1, 1, 1) && (pm, pd) == (12, 31);
            assert!(
                next_day || next_month || next_year,
                "day {day}: {previous:?} -> {:?}",
                (y, m, d)
            );
            previous = (y, m, d);
        }
    }
}

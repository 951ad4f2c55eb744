//! `readout parse --jsonl`: a corpus of readouts parsed on every core, written as format-v1
//! JSONL (one line per readout, in the order of the arguments and of the directory walk).
//!
//! Files are parsed by rayon's workers and written by this thread as their turn comes. At
//! most [`WINDOW_PER_THREAD`] files per worker are in flight (being read, parsed, or parsed
//! and waiting for an earlier one), so memory is bounded by those files, not by the corpus.
//! A file that cannot be read or parsed is reported with its path and skipped; the exit
//! status says whether any was.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as FmtWrite;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use readout_annotator::annotation::{AnnotatedDocument, Workspace};
use readout_annotator::export::{limits, readout_text, write_v1_line};

use super::inputs::{expand, Input, Wanted};
use super::{exported_at, read_text, Failure};

/// Files in flight per worker: enough that a slow file does not idle the others, few enough
/// that memory stays a small multiple of the largest files.
const WINDOW_PER_THREAD: usize = 4;

/// A parsed readout: its document id (to find a text given twice) and its JSONL line.
struct Parsed {
    id: String,
    line: Vec<u8>,
}

/// Runs `readout parse --jsonl FILE|DIR...` (standard input when none).
pub(super) fn run(args: &[PathBuf]) -> Result<(), Failure> {
    let args = if args.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.to_vec()
    };
    if args.iter().filter(|a| a.as_os_str() == "-").count() > 1 {
        return Err(Failure::usage(
            Some("parse"),
            "standard input (-) can be read only once",
        ));
    }
    let (inputs, problems) = expand(&args, Wanted::Readouts);
    let progress = progress_bar(inputs.len());
    let report = |message: &str| {
        progress.suspend(|| {
            // If standard error is gone there is nowhere left to report to.
            let _ = writeln!(io::stderr().lock(), "readout: {message}");
        });
    };
    let mut failed = problems.len();
    for p in &problems {
        report(&p.message);
    }

    let exported_at: Arc<str> = Arc::from(exported_at());
    let stop = Arc::new(AtomicBool::new(false));
    let window = WINDOW_PER_THREAD * rayon::current_num_threads().max(1);
    let (send, receive) = mpsc::channel::<(usize, Result<Parsed, Failure>)>();
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    // Where each text was first seen, by document id: a second copy is a failure of its own.
    let mut first_seen: HashMap<String, usize> = HashMap::new();
    let mut waiting: BTreeMap<usize, Result<Parsed, Failure>> = BTreeMap::new();
    let (mut next_to_start, mut next_to_write) = (0, 0);
    let mut write_error: Option<io::Error> = None;
    while next_to_write < inputs.len() {
        // Keep the window full, then take whatever finishes; write all that is next in order.
        while next_to_start < inputs.len() && next_to_start - next_to_write < window {
            let job = inputs[next_to_start].clone();
            let (index, send, stop) = (next_to_start, send.clone(), Arc::clone(&stop));
            let exported_at = Arc::clone(&exported_at);
            rayon::spawn(move || {
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                // The receiver is gone only once this thread stopped writing: nothing to do.
                let _ = send.send((index, parse_one(&job, &exported_at)));
            });
            next_to_start += 1;
        }
        let Ok((index, result)) = receive.recv() else {
            break;
        };
        waiting.insert(index, result);
        while let Some(result) = waiting.remove(&next_to_write) {
            let input = &inputs[next_to_write];
            next_to_write += 1;
            progress.inc(1);
            let parsed = match result {
                Ok(parsed) => parsed,
                Err(f) => {
                    failed += 1;
                    report(&f.message);
                    continue;
                }
            };
            if let Some(&earlier) = first_seen.get(&parsed.id) {
                failed += 1;
                report(&format!(
                    "{}: the same text as {}; each readout is written once",
                    input.name, inputs[earlier].name
                ));
                continue;
            }
            first_seen.insert(parsed.id, next_to_write - 1);
            if let Err(e) = out
                .write_all(&parsed.line)
                .and_then(|()| out.write_all(b"\n"))
            {
                write_error = Some(e);
                break;
            }
        }
        if write_error.is_some() {
            break;
        }
    }
    let flushed = match write_error {
        Some(e) => Err(e),
        None => out.flush(),
    };
    // Jobs not yet started see this and do nothing; running ones finish into a closed channel.
    stop.store(true, Ordering::Relaxed);
    progress.finish_and_clear();
    match flushed {
        // `readout parse --jsonl DIR | head`: the reader has all it wanted.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(()),
        Err(e) => return Err(Failure::input(format!("cannot write output: {e}"))),
        Ok(()) => {}
    }
    match failed {
        0 => Ok(()),
        n => {
            let total = inputs.len() + problems.len();
            let files = if total == 1 { "file" } else { "files" };
            Err(Failure::input(format!(
                "{n} of {total} {files} could not be parsed; the others were written"
            )))
        }
    }
}

/// Reads and parses one readout into its JSONL line, on a worker thread.
fn parse_one(input: &Input, exported_at: &str) -> Result<Parsed, Failure> {
    let (name, text) = read_text(input.path.as_deref())?;
    if text.trim().is_empty() {
        return Err(Failure::input(format!("{name}: the input is empty")));
    }
    let text = readout_text(&name, &text).map_err(|e| Failure::input(e.to_string()))?;
    let document = AnnotatedDocument::parse_shared(Rc::from(text));
    limits::check_document(&document).map_err(|e| Failure::input(format!("{name}: {e}")))?;
    let id = document.id.clone();
    let mut workspace = Workspace::default();
    let edit = workspace.add_document_edit(document);
    workspace
        .apply(edit)
        .map_err(|e| Failure::input(format!("{name}: {e}")))?;
    let mut line = Vec::new();
    let source = input.path.as_ref().map(|_| input.name.as_str());
    write_v1_line(&workspace, exported_at, source, &mut line)
        .map_err(|e| Failure::input(format!("{name}: cannot write JSON: {e}")))?;
    Ok(Parsed { id, line })
}

/// A bar on standard error when a person watches it: standard error is a terminal and the
/// JSONL goes elsewhere. Hidden otherwise, so logs and pipes get nothing extra.
fn progress_bar(files: usize) -> ProgressBar {
    if !io::stderr().is_terminal() || io::stdout().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{bar:40} {pos}/{len} files, {rate} files/s, {elapsed} elapsed, {eta} left",
    ) {
        // Whole files per second: indicatif's own {per_sec} prints four decimals.
        let style = style.with_key("rate", |state: &ProgressState, w: &mut dyn FmtWrite| {
            let _ = write!(w, "{:.0}", state.per_sec());
        });
        bar.set_style(style);
    }
    bar
}

//! What FILE and DIR arguments name: the files a directory holds, walked in a stable order,
//! and the workspaces (or, for `validate`, the texts) a labeled-JSON file or a format-v1 JSONL
//! file holds, the JSONL read line by line so that a corpus larger than memory (or than the
//! 128 MiB limit of one file) streams through.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use readout_annotator::annotation::Workspace;
use readout_annotator::export::{
    at_line, import_readout, import_v1, is_v1_lines, limits, line_source, validate_v1, LineMerger,
};
use readout_annotator::readout::encoding::decode_text;

use super::{input, over_limit, read_text, Failure};

/// Which files a directory contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Wanted {
    /// Readouts to parse: `.txt`, `.html`, `.htm`.
    Readouts,
    /// Labeled JSON and JSONL: `.json`, `.jsonl`, `.ndjson`.
    Workspaces,
}

impl Wanted {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Wanted::Readouts => &["txt", "html", "htm"],
            Wanted::Workspaces => &["json", "jsonl", "ndjson"],
        }
    }

    /// The extensions for a message: ".txt, .html or .htm".
    pub(super) fn described(self) -> String {
        let dotted: Vec<String> = self.extensions().iter().map(|x| format!(".{x}")).collect();
        super::cli::either(&dotted)
    }
}

/// One file to read: a path, or standard input.
#[derive(Clone, Debug)]
pub(super) struct Input {
    /// `None` for standard input (`-`).
    pub path: Option<PathBuf>,
    /// How messages name it.
    pub name: String,
}

impl Input {
    /// Standard input.
    pub(super) fn stdin() -> Self {
        Input {
            path: None,
            name: "<stdin>".to_string(),
        }
    }

    fn file(path: PathBuf) -> Self {
        Input {
            name: path.display().to_string(),
            path: Some(path),
        }
    }

    /// The file's name without its directory and extension, `-` for standard input: the
    /// coder a file is taken to be the work of.
    pub(super) fn stem(&self) -> Option<String> {
        let path = self.path.as_ref()?;
        let name = path.file_name()?.to_string_lossy();
        let stem = match name.rsplit_once('.') {
            Some((stem, _)) if !stem.is_empty() => stem,
            _ => &name,
        };
        Some(stem.to_string())
    }

    /// True for a `.txt` or `.html` readout rather than a workspace.
    fn is_readout(&self) -> bool {
        self.path
            .as_deref()
            .is_some_and(|p| has_extension(p, Wanted::Readouts))
    }

    /// True for a file named as JSONL (`.jsonl`, `.ndjson`).
    fn is_named_jsonl(&self) -> bool {
        self.path
            .as_deref()
            .is_some_and(|p| extension(p).is_some_and(|x| x == "jsonl" || x == "ndjson"))
    }
}

fn extension(path: &Path) -> Option<String> {
    Some(path.extension()?.to_str()?.to_ascii_lowercase())
}

fn has_extension(path: &Path, wanted: Wanted) -> bool {
    extension(path).is_some_and(|x| wanted.extensions().contains(&x.as_str()))
}

/// The files `args` name, in order: a file as it is (whatever its extension), `-` as
/// standard input, a directory as the `wanted` files under it. Problems found on the way (a
/// missing path, an unreadable or empty directory) are returned beside the files, so that a
/// caller that goes on despite them can.
pub(super) fn expand(args: &[PathBuf], wanted: Wanted) -> (Vec<Input>, Vec<Failure>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for arg in args {
        let Some(path) = input(arg) else {
            files.push(Input::stdin());
            continue;
        };
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let before = files.len();
                let mut seen = HashSet::new();
                walk(path, wanted, &mut seen, &mut files, &mut problems);
                if files.len() == before {
                    problems.push(Failure::input(format!(
                        "{}: no {} files in the directory",
                        path.display(),
                        wanted.described()
                    )));
                }
            }
            Ok(_) => files.push(Input::file(path.to_path_buf())),
            Err(e) => problems.push(Failure::input(format!("{}: {e}", path.display()))),
        }
    }
    (files, problems)
}

/// Appends the `wanted` files under `dir` depth first, each directory's entries sorted by
/// name (byte order), so the same tree gives the same order on every machine and file
/// system. Hidden entries (a name starting with `.`) are skipped; a directory reached twice
/// through links is walked once.
fn walk(
    dir: &Path,
    wanted: Wanted,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<Input>,
    problems: &mut Vec<Failure>,
) {
    if let Ok(real) = std::fs::canonicalize(dir) {
        if !seen.insert(real) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(Failure::input(format!("{}: {e}", dir.display())));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) if !entry.file_name().as_encoded_bytes().starts_with(b".") => {
                paths.push(entry.path());
            }
            Ok(_) => {}
            Err(e) => problems.push(Failure::input(format!("{}: {e}", dir.display()))),
        }
    }
    paths.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    for path in paths {
        // Links are followed: a linked file or directory counts as what it points to.
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, wanted, seen, files, problems),
            Ok(_) if has_extension(&path, wanted) => files.push(Input::file(path)),
            Ok(_) => {}
            Err(e) => problems.push(Failure::input(format!("{}: {e}", path.display()))),
        }
    }
}

/// One workspace read from an input.
pub(super) struct Record {
    /// The workspace: a whole file's, or one JSONL line's.
    pub workspace: Workspace,
    /// The JSONL line it is on, from 1; `None` for a whole file.
    pub line: Option<usize>,
    /// The readout file the line was parsed from, as `readout parse --jsonl` records it.
    pub source: Option<String>,
}

impl Record {
    /// Where the record is, for messages: "a.jsonl" or "a.jsonl: line 3".
    pub(super) fn place(&self, input: &Input) -> String {
        match self.line {
            Some(n) => format!("{}: line {n}", input.name),
            None => input.name.clone(),
        }
    }
}

/// The one workspace `input` holds: a file's, or every line of JSONL merged ([`LineMerger`]).
pub(super) fn workspace(input: &Input) -> Result<Workspace, Failure> {
    let mut merger = LineMerger::default();
    records(input, &mut |record| {
        merger
            .add(record.line.unwrap_or(1), record.workspace)
            .map_err(|e| Failure::input(format!("{}: {e}", input.name)))
    })?;
    Ok(merger.finish())
}

/// Gives `each` every workspace `input` holds, in order: a labeled-JSON file's one, each line
/// of a JSONL file ([`texts`]), or a `.txt` or `.html` readout parsed into a fresh workspace.
/// Stops at the first problem, named with the file and line.
pub(super) fn records(
    input: &Input,
    each: &mut dyn FnMut(Record) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let name = &input.name;
    if input.is_readout() {
        let (_, text) = read_text(input.path.as_deref())?;
        let doc = import_readout(name, &text).map_err(|e| Failure::input(e.to_string()))?;
        let mut workspace = Workspace::default();
        let edit = workspace.add_document_edit(doc);
        workspace
            .apply(edit)
            .map_err(|e| Failure::input(format!("{name}: {e}")))?;
        return each(Record {
            workspace,
            line: None,
            source: None,
        });
    }
    texts(input, &mut |line, text| {
        let text = text.map_err(|e| {
            let number = line.unwrap_or(1);
            Failure::input(format!("{name}: line {number}: {e}"))
        })?;
        let Some(number) = line else {
            let workspace = validate_v1(text).map_err(|problems| {
                let first = problems.first().map_or("", |p| p.message());
                let more = match problems.len() {
                    0 | 1 => String::new(),
                    n => format!(" (and {} more; see 'readout validate')", n - 1),
                };
                Failure::input(format!("{name}: {first}{more}"))
            })?;
            return each(Record {
                workspace,
                line: None,
                source: None,
            });
        };
        let workspace = import_v1(text)
            .map_err(|e| Failure::input(format!("{name}: {}", at_line(number, &e))))?;
        each(Record {
            workspace,
            line: Some(number),
            source: line_source(text),
        })
    })
}

/// What [`texts`] gives each piece of an input to: the JSONL line's number (`None` for a whole
/// file) and its text, or why the line is not text.
pub(super) type EachText<'a> =
    dyn FnMut(Option<usize>, Result<&str, String>) -> Result<(), Failure> + 'a;

/// Gives `each` the text of a labeled-JSON or JSONL `input`: a whole file's with no line
/// number, or each non-blank line of JSONL (by the file's name, or by a first line that is a
/// whole object) with its number from 1, read one at a time. A line that is not text is given
/// as its problem, so that a caller can go on to the next; a file that cannot be read, or a
/// line over the limit of one file, stops the reading.
pub(super) fn texts(input: &Input, each: &mut EachText<'_>) -> Result<(), Failure> {
    let name = &input.name;
    let reader: Box<dyn Read> = match &input.path {
        None => Box::new(io::stdin().lock()),
        Some(p) => Box::new(File::open(p).map_err(|e| Failure::input(format!("{name}: {e}")))?),
    };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let cannot_read = |e: io::Error| Failure::input(format!("cannot read {name}: {e}"));
    let mut first = Vec::new();
    read_line(&mut reader, &mut first).map_err(cannot_read)?;
    let utf16 = first.starts_with(&[0xff, 0xfe]) || first.starts_with(&[0xfe, 0xff]);
    let jsonl =
        !utf16 && (input.is_named_jsonl() || std::str::from_utf8(&first).is_ok_and(is_v1_lines));
    if !jsonl {
        // A whole file (or UTF-16, whose lines cannot be split as bytes): read it all, under
        // the limit of one file.
        let cap = limits::MAX_FILE_BYTES as u64 + 1;
        let mut bytes = first;
        (&mut reader)
            .take(cap.saturating_sub(bytes.len() as u64))
            .read_to_end(&mut bytes)
            .map_err(cannot_read)?;
        if bytes.len() > limits::MAX_FILE_BYTES {
            return Err(over_limit(name, input.path.as_deref()));
        }
        let text = decode_text(&bytes)
            .map_err(|e| Failure::input(format!("{name}: {e}")))?
            .text;
        if is_v1_lines(&text) {
            for (i, line) in text.lines().enumerate() {
                line_text(i + 1, Ok(line), each)?;
            }
            return Ok(());
        }
        return each(None, Ok(&text));
    }
    let mut bytes = first;
    let mut number = 1;
    loop {
        let line = without_line_break(&bytes);
        if line.len() > limits::MAX_FILE_BYTES {
            return Err(Failure::input(format!(
                "{name}: line {number} is over the limit of {} bytes (128 MiB) for one file",
                limits::MAX_FILE_BYTES
            )));
        }
        match decode_text(line) {
            Ok(line) => line_text(number, Ok(&line.text), each)?,
            Err(e) => line_text(number, Err(e.to_string()), each)?,
        }
        bytes.clear();
        if read_line(&mut reader, &mut bytes).map_err(cannot_read)? == 0 {
            return Ok(());
        }
        number += 1;
    }
}

/// One line of JSONL for `each`, without a byte-order mark; a blank line is skipped.
fn line_text(
    number: usize,
    line: Result<&str, String>,
    each: &mut EachText<'_>,
) -> Result<(), Failure> {
    let line = line.map(|l| l.trim_start_matches('\u{feff}'));
    if line.as_ref().is_ok_and(|l| l.trim().is_empty()) {
        return Ok(());
    }
    each(Some(number), line)
}

/// Reads up to and including the next line break, or past the limit of a file (with room for
/// a CRLF), whichever comes first; returns the bytes read (0 at the end). The line break is
/// kept, so that a whole file read on from its first line is the file as it is.
fn read_line(reader: &mut impl BufRead, into: &mut Vec<u8>) -> io::Result<usize> {
    let cap = limits::MAX_FILE_BYTES as u64 + 2;
    reader.take(cap).read_until(b'\n', into)
}

/// A line read by [`read_line`] without its LF or CRLF.
fn without_line_break(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

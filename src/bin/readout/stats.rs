//! `readout stats`: sentences per document × speaker × theme, as a table or CSV.

use std::path::PathBuf;

use readout_annotator::export::{theme_counts, write_csv_with, CsvOptions, Formulas};

use super::inputs::{expand, records, Wanted};
use super::{input, write_stdout, Failure};

/// Sentences per document, speaker and theme in labeled-JSON or JSONL
/// files (or the .json and .jsonl files under a DIR), as a table (or
/// CSV, formula cells neutralised unless --raw)
#[derive(clap::Args)]
#[command(
    override_usage = "readout stats [--csv] [--raw] FILE...",
    verbatim_doc_comment
)]
pub(super) struct Args {
    /// CSV instead of a table
    #[arg(long)]
    csv: bool,
    /// With --csv: keep cells a spreadsheet would run as formulas as they
    /// are (by default they get a leading ')
    #[arg(long, verbatim_doc_comment)]
    raw: bool,
    /// A labeled-JSON or JSONL file, - for standard input, or a directory
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
}

/// Runs `readout stats`.
pub(super) fn run(args: &Args) -> Result<(), Failure> {
    let &Args {
        csv,
        raw,
        ref files,
    } = args;
    if raw && !csv {
        return Err(Failure::usage(Some("stats"), "--raw applies to --csv only"));
    }
    if files.iter().filter(|f| input(f).is_none()).count() > 1 {
        return Err(Failure::usage(
            Some("stats"),
            "standard input (-) can be read only once",
        ));
    }
    let header = ["file", "document", "title", "speaker", "theme", "sentences"];
    let mut rows: Vec<[String; 6]> = Vec::new();
    // Every bad input is reported, but counts that leave one out are not printed.
    let (inputs, mut failures) = expand(files, Wanted::Workspaces);
    for input in &inputs {
        let read = records(input, &mut |record| {
            rows.extend(theme_counts(&record.workspace).into_iter().map(|c| {
                [
                    input.name.clone(),
                    c.document,
                    c.title,
                    c.speaker,
                    c.theme,
                    c.sentences.to_string(),
                ]
            }));
            Ok(())
        });
        if let Err(f) = read {
            failures.push(f);
        }
    }
    if let Some(last) = failures.pop() {
        for f in &failures {
            super::warn(&f.message);
        }
        return Err(last);
    }
    if csv {
        let rows = std::iter::once(header.map(String::from)).chain(rows);
        let formulas = if raw {
            Formulas::Raw
        } else {
            Formulas::Neutralise
        };
        let options = CsvOptions {
            bom: false,
            formulas,
        };
        return write_stdout(&write_csv_with(options, rows));
    }
    write_stdout(&table(&header, &rows))
}

/// Left-aligned columns two spaces apart, the count right-aligned.
fn table(header: &[&str; 6], rows: &[[String; 6]]) -> String {
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].len()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..6).map(width).collect();
    let mut out = String::new();
    let header = header.map(String::from);
    for row in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[i] - cell.chars().count());
            if i == 5 {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if rows.is_empty() {
        out.push_str("(no labelled sentences)\n");
    }
    out
}

//! `readout stats`: sentences per document × speaker × theme, as a table or CSV.

use std::path::PathBuf;

use readout_annotator::export::{theme_counts, validate_v1, write_csv_with, CsvOptions, Formulas};

use super::{input, read_text, write_stdout, Failure};

/// Sentences per document, speaker and theme in labeled-JSON files, as
/// a table (or CSV, formula cells neutralised unless --raw)
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
    /// A labeled-JSON file; - for standard input
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
    let header = ["file", "document", "title", "speaker", "theme", "sentences"];
    let mut rows: Vec<[String; 6]> = Vec::new();
    for file in files {
        let (name, text) = read_text(input(file))?;
        let ws = validate_v1(&text).map_err(|problems| {
            let first = problems.first().map_or("", |p| p.message());
            Failure::input(format!("{name}: {first} (see 'readout validate')"))
        })?;
        rows.extend(theme_counts(&ws).into_iter().map(|c| {
            [
                name.clone(),
                c.document,
                c.title,
                c.speaker,
                c.theme,
                c.sentences.to_string(),
            ]
        }));
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

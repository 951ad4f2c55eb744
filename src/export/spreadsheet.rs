//! CSV for spreadsheets, R and pandas: one row per sentence and theme.

use super::labels::sentence_ranges;
use super::rfc4180::{write_record_with, CsvOptions};
use crate::annotation::Workspace;

/// The header row.
pub const CSV_COLUMNS: [&str; 12] = [
    "document",
    "title",
    "date",
    "sentence",
    "paragraph",
    "start",
    "end",
    "speaker",
    "theme",
    "theme_name",
    "text",
    "note",
];

/// One row per sentence and theme (a sentence with two themes gives two rows; an unlabelled
/// sentence one row with an empty theme, so every sentence is counted). `paragraph` is the
/// index used in the JSON (from 0); `start`/`end` are code points. Lines end in CRLF as
/// RFC 4180 says; `bom` puts a UTF-8 byte-order mark first, which Excel needs to read UTF-8.
/// Cells a spreadsheet would run as formulas are neutralised (see [`export_csv_with`] to
/// write them raw).
pub fn export_csv(workspace: &Workspace, bom: bool) -> String {
    export_csv_with(
        workspace,
        CsvOptions {
            bom,
            ..CsvOptions::default()
        },
    )
}

/// [`export_csv`] with every option: [`super::Formulas::Raw`] writes each cell exactly, so
/// the text round-trips into programs that run nothing (R, pandas).
pub fn export_csv_with(workspace: &Workspace, options: CsvOptions) -> String {
    let mut out = String::new();
    if options.bom {
        out.push('\u{feff}');
    }
    write_record_with(&mut out, &CSV_COLUMNS, options.formulas);
    for doc in &workspace.documents {
        let date = doc.date.as_deref().unwrap_or_default();
        for (s, (start, end)) in doc.sentences.iter().zip(sentence_ranges(doc)) {
            let numbers = [s.id.0 as usize, s.paragraph, start, end].map(|n| n.to_string());
            let speaker = doc.speaker_label(&s.speaker);
            let text = doc.sentence_text(s);
            let themes: Vec<(&str, &str)> = s
                .themes
                .iter()
                .map(|t| {
                    let name = workspace.codebook.get(t).map_or("", |t| t.name.as_str());
                    (t.as_str(), name)
                })
                .collect();
            let unlabelled = [("", "")];
            let rows = if themes.is_empty() {
                &unlabelled[..]
            } else {
                &themes[..]
            };
            for (theme, name) in rows {
                let row: [&str; 12] = [
                    &doc.id,
                    &doc.title,
                    date,
                    &numbers[0],
                    &numbers[1],
                    &numbers[2],
                    &numbers[3],
                    &speaker,
                    theme,
                    name,
                    text,
                    &s.note,
                ];
                write_record_with(&mut out, &row, options.formulas);
            }
        }
    }
    out
}

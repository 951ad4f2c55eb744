//! CSV for spreadsheets, R and pandas: one row per sentence and theme.

use super::labels::sentence_ranges;
use super::rfc4180::write_record;
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
/// Cells are written as they are (no formula escaping), so the text round-trips exactly.
pub fn export_csv(workspace: &Workspace, bom: bool) -> String {
    let mut out = String::new();
    if bom {
        out.push('\u{feff}');
    }
    write_record(&mut out, &CSV_COLUMNS);
    for doc in &workspace.documents {
        let date = doc.date.as_deref().unwrap_or_default();
        for (s, (start, end)) in doc.sentences.iter().zip(sentence_ranges(doc)) {
            let numbers = [s.id as usize, s.paragraph, start, end].map(|n| n.to_string());
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
                write_record(&mut out, &row);
            }
        }
    }
    out
}

//! The formats a workspace exports to, listed once: the page's Export menu and `readout
//! convert` both read [`FORMATS`], so a new format is one entry here, its writer and its test.

use super::{
    export_csv_with, export_doccano, export_prodigy, export_qdc, export_qdpx, CsvOptions, JsonlUnit,
};
use crate::annotation::Workspace;

/// The choices a format's writer takes besides the workspace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WriteOptions {
    /// One JSONL record per document or per sentence (doccano, Prodigy).
    pub unit: JsonlUnit,
    /// The CSV's byte-order mark and the handling of cells a spreadsheet would run.
    pub csv: CsvOptions,
}

impl Default for WriteOptions {
    fn default() -> Self {
        WriteOptions {
            unit: JsonlUnit::Document,
            csv: CsvOptions::default(),
        }
    }
}

impl WriteOptions {
    /// What a download from the page uses: a CSV starts with a byte-order mark, since Excel
    /// reads a file as UTF-8 only then.
    pub fn for_download() -> Self {
        WriteOptions {
            csv: CsvOptions {
                bom: true,
                ..CsvOptions::default()
            },
            ..WriteOptions::default()
        }
    }
}

/// Which of the [`WriteOptions`] a format reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Takes {
    /// None of them.
    Nothing,
    /// [`WriteOptions::unit`].
    Unit,
    /// [`WriteOptions::csv`].
    Csv,
}

/// Why a format wrote nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteError(pub String);

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One export format.
#[derive(Debug)]
pub struct Format {
    /// The name `readout convert --to` takes.
    pub name: &'static str,
    /// What the page's button offers ("Download {label}").
    pub label: &'static str,
    /// What the file is for, in a phrase: the CLI's help and the page's button tooltip.
    pub purpose: &'static str,
    /// The file name's extension, without its dot.
    pub extension: &'static str,
    /// The MIME type of a download.
    pub mime: &'static str,
    /// True when the file is binary (a zip), so it is never written to a terminal.
    pub binary: bool,
    /// False when a codebook alone is worth exporting.
    pub needs_documents: bool,
    /// The options its writer reads.
    pub takes: Takes,
    /// Writes `workspace`; the time stamp (RFC 3339) dates files that record one.
    pub write: fn(&Workspace, &WriteOptions, &str) -> Result<Vec<u8>, WriteError>,
}

/// Every export format, in the order the page lists them.
pub const FORMATS: &[Format] = &[
    Format {
        name: "doccano",
        label: "doccano JSONL",
        purpose: "one line per document or sentence, for doccano and Label Studio",
        extension: "doccano.jsonl",
        mime: "application/jsonl",
        binary: false,
        needs_documents: true,
        takes: Takes::Unit,
        write: |ws, o, _| Ok(export_doccano(ws, o.unit).into_bytes()),
    },
    Format {
        name: "prodigy",
        label: "Prodigy JSONL",
        purpose: "one line per document or sentence, for Prodigy",
        extension: "prodigy.jsonl",
        mime: "application/jsonl",
        binary: false,
        needs_documents: true,
        takes: Takes::Unit,
        write: |ws, o, _| Ok(export_prodigy(ws, o.unit).into_bytes()),
    },
    Format {
        name: "csv",
        label: "CSV",
        purpose: "one row per sentence and theme, for spreadsheets, pandas and R",
        extension: "csv",
        mime: "text/csv",
        binary: false,
        needs_documents: true,
        takes: Takes::Csv,
        write: |ws, o, _| Ok(export_csv_with(ws, o.csv).into_bytes()),
    },
    Format {
        name: "qdpx",
        label: "REFI-QDA project (.qdpx)",
        purpose: "documents, codes and coded segments for NVivo, ATLAS.ti, MAXQDA and QualCoder",
        extension: "qdpx",
        mime: "application/zip",
        binary: true,
        needs_documents: true,
        takes: Takes::Nothing,
        write: |ws, _, stamp| Ok(export_qdpx(ws, stamp)),
    },
    Format {
        name: "qdc",
        label: "REFI-QDA codebook (.qdc)",
        purpose: "the themes alone, for NVivo, ATLAS.ti, MAXQDA and QualCoder",
        extension: "qdc",
        mime: "application/xml",
        binary: false,
        needs_documents: false,
        takes: Takes::Nothing,
        write: |ws, _, _| {
            export_qdc(&ws.codebook)
                .map(String::into_bytes)
                .ok_or_else(|| {
                    WriteError(
                        "The codebook is empty: add a theme to export a .qdc codebook.".into(),
                    )
                })
        },
    },
];

/// The format `readout convert --to` calls `name`.
pub fn format(name: &str) -> Option<&'static Format> {
    FORMATS.iter().find(|f| f.name == name)
}

/// The names of every format, for a message: "doccano, prodigy, csv, qdpx or qdc".
pub fn format_names() -> String {
    let names: Vec<&str> = FORMATS.iter().map(|f| f.name).collect();
    match names.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The name of a downloaded file: `title` made safe (lower case, letters and digits joined by
/// hyphens, at most 60 characters; "workspace" when nothing is left), then the date and the
/// extension: "readout-of-the-call-2026-12-03.csv".
pub fn file_name(title: &str, date: &str, extension: &str) -> String {
    let mut stem = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() {
            stem.extend(c.to_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
        if stem.chars().count() >= 60 {
            break;
        }
    }
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "workspace" } else { stem };
    format!("{stem}-{date}.{extension}")
}

/// The name of a file `workspace` downloads as: after its only document's title, or
/// "workspace" when it holds several or none.
pub fn workspace_file_name(workspace: &Workspace, date: &str, extension: &str) -> String {
    let title = match workspace.documents.as_slice() {
        [only] => only.title.as_str(),
        _ => "workspace",
    };
    file_name(title, date, extension)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::Codebook;

    fn workspace() -> Workspace {
        let mut ws = Workspace::default();
        let doc = crate::annotation::AnnotatedDocument::parse(
            "Readout\n\nPresident Xi spoke with President Macron. They discussed trade.\n",
        );
        let edit = ws.add_document_edit(doc);
        ws.apply(edit).expect("a parsed readout is valid");
        ws
    }

    #[test]
    fn names_are_unique_and_found() {
        for f in FORMATS {
            assert_eq!(format(f.name).map(|g| g.extension), Some(f.extension));
            assert_eq!(FORMATS.iter().filter(|g| g.name == f.name).count(), 1);
        }
        assert!(format("docx").is_none());
        assert_eq!(format_names(), "doccano, prodigy, csv, qdpx or qdc");
    }

    /// Every format writes the workspace it is given; a binary one is a zip.
    #[test]
    fn every_format_writes() {
        // The default codebook and one document.
        let ws = workspace();
        for f in FORMATS {
            let bytes = (f.write)(&ws, &WriteOptions::default(), "2026-01-01T00:00:00Z")
                .unwrap_or_else(|e| panic!("{}: {e}", f.name));
            assert!(!bytes.is_empty(), "{}", f.name);
            assert_eq!(f.binary, bytes.starts_with(b"PK"), "{}", f.name);
        }
    }

    #[test]
    fn options_reach_the_writers() {
        let ws = workspace();
        let csv = format("csv").expect("csv");
        let with_bom = (csv.write)(&ws, &WriteOptions::for_download(), "").expect("csv");
        assert!(with_bom.starts_with("\u{feff}".as_bytes()));
        let plain = (csv.write)(&ws, &WriteOptions::default(), "").expect("csv");
        assert!(!plain.starts_with("\u{feff}".as_bytes()));
        let doccano = format("doccano").expect("doccano");
        let per_sentence = WriteOptions {
            unit: JsonlUnit::Sentence,
            ..WriteOptions::default()
        };
        let lines = |o: &WriteOptions| {
            String::from_utf8((doccano.write)(&ws, o, "").expect("doccano"))
                .expect("UTF-8")
                .lines()
                .count()
        };
        assert_eq!(lines(&WriteOptions::default()), 1);
        assert!(lines(&per_sentence) > 1);
    }

    #[test]
    fn an_empty_codebook_is_no_qdc() {
        let ws = workspace();
        let qdc = format("qdc").expect("qdc");
        let ws = Workspace {
            codebook: Codebook::default(),
            ..ws
        };
        assert!((qdc.write)(&ws, &WriteOptions::default(), "").is_err());
    }

    #[test]
    fn file_names() {
        let cases = [
            ("Readout of the Call", "readout-of-the-call-2026-12-03.csv"),
            (
                "  «Entretien» — Macron / Xi  ",
                "entretien-macron-xi-2026-12-03.csv",
            ),
            (
                "习近平同马克龙通电话",
                "习近平同马克龙通电话-2026-12-03.csv",
            ),
            ("", "workspace-2026-12-03.csv"),
            ("!!!", "workspace-2026-12-03.csv"),
        ];
        for (title, want) in cases {
            assert_eq!(file_name(title, "2026-12-03", "csv"), want, "{title:?}");
        }
        let long = file_name(&"word ".repeat(40), "2026-12-03", "json");
        assert!(
            long.chars().count() <= 60 + "-2026-12-03.json".len(),
            "{long}"
        );
        assert_eq!(
            workspace_file_name(&Workspace::default(), "2026-12-03", "json"),
            "workspace-2026-12-03.json"
        );
        let title = workspace().documents[0].title.clone();
        assert_eq!(
            workspace_file_name(&workspace(), "2026-12-03", "json"),
            file_name(&title, "2026-12-03", "json")
        );
    }
}

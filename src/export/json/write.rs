//! Writing format v1 and codebook files: the model turned into the wire types, streamed so
//! that no copy of the texts is made and each document's offsets are converted only as it is
//! written.

use std::rc::Rc;

use serde::Serialize;

use crate::annotation::{AnnotatedDocument, Codebook, Workspace};
use crate::export::offsets::PositionTable;
use crate::export::v1::*;
use crate::readout::Span;

/// The `generator` written into every file.
pub fn generator() -> String {
    format!("readout-annotator {}", env!("CARGO_PKG_VERSION"))
}

/// The workspace as a format-v1 file (pretty JSON). `exported_at` is written as given (RFC 3339
/// UTC is expected); it is a parameter so the core needs no clock and stays deterministic.
pub fn export_v1(workspace: &Workspace, exported_at: &str) -> String {
    let mut out = Vec::new();
    write_v1(workspace, exported_at, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// [`export_v1`] written to `out` as it is produced, for files too large to hold twice: no
/// copy of the texts is made, and each document's offsets are converted only when it is
/// written. The bytes are exactly [`export_v1`]'s.
pub fn write_v1(
    workspace: &Workspace,
    exported_at: &str,
    out: impl std::io::Write,
) -> std::io::Result<()> {
    let generator = generator();
    let file = WorkspaceOut::of(workspace, &generator, exported_at, None);
    serde_json::to_writer_pretty(out, &file).map_err(std::io::Error::from)
}

/// The workspace as one line of format-v1 JSONL (`readout parse --jsonl`): the same file as
/// [`write_v1`] on a single line, without the final line break, and with `source`, the path
/// the readout was read from, after `offsets`. Every line is a whole format-v1 file by
/// itself, so a stream can be split, sampled or concatenated and each line still imports.
pub fn write_v1_line(
    workspace: &Workspace,
    exported_at: &str,
    source: Option<&str>,
    out: impl std::io::Write,
) -> std::io::Result<()> {
    let generator = generator();
    let file = WorkspaceOut::of(workspace, &generator, exported_at, source);
    serde_json::to_writer(out, &file).map_err(std::io::Error::from)
}

/// The codebook alone, as a `readout-codebook` file (pretty JSON).
pub fn export_codebook(codebook: &Codebook) -> String {
    let file = CodebookFileV1 {
        format: CODEBOOK_FORMAT.to_string(),
        version: VERSION,
        themes: themes_to_wire(codebook),
    };
    serde_json::to_string_pretty(&file).expect("wire types have string keys and always serialize")
}

fn themes_to_wire(codebook: &Codebook) -> Vec<ThemeV1> {
    codebook
        .themes
        .iter()
        .map(|t| ThemeV1 {
            id: t.id.clone(),
            name: t.name.clone(),
            color: t.color.to_string(),
            key: t.key.map(String::from),
            description: t.description.clone(),
            parent: t.parent.clone(),
        })
        .collect()
}

/// [`WorkspaceV1`] as written: the same fields in the same order, so it serializes to the
/// same bytes (a test reads every export back into the wire types and compares), but
/// borrowing the model instead of copying every text into a [`DocumentV1`].
#[derive(Serialize)]
struct WorkspaceOut<'a> {
    format: &'a str,
    version: u64,
    generator: Option<&'a str>,
    exported_at: Option<&'a str>,
    offsets: Option<&'a str>,
    /// Only in JSONL lines; a reader of format v1 ignores it.
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    codebook: CodebookV1,
    documents: DocumentsOut<'a>,
}

impl<'a> WorkspaceOut<'a> {
    fn of(
        workspace: &'a Workspace,
        generator: &'a str,
        exported_at: &'a str,
        source: Option<&'a str>,
    ) -> Self {
        WorkspaceOut {
            format: FORMAT,
            version: VERSION,
            generator: Some(generator),
            exported_at: Some(exported_at),
            offsets: Some(OFFSETS),
            source,
            codebook: CodebookV1 {
                themes: themes_to_wire(&workspace.codebook),
            },
            documents: DocumentsOut(&workspace.documents),
        }
    }
}

/// The documents, each converted to [`DocumentOut`] only while it is being written.
struct DocumentsOut<'a>(&'a [Rc<AnnotatedDocument>]);

impl Serialize for DocumentsOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|d| DocumentOut::of(d)))
    }
}

/// [`DocumentV1`] as written, borrowing the model.
#[derive(Serialize)]
struct DocumentOut<'a> {
    id: &'a str,
    title: Option<&'a str>,
    date: Option<&'a str>,
    date_text: Option<&'a str>,
    event: EventV1,
    participants: Vec<ParticipantV1>,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    front_matter: Option<Vec<FrontMatterV1>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    paragraphs: Option<Vec<ParagraphV1>>,
    sentences: SentencesOut<'a>,
}

/// A document's sentences, each converted to [`SentenceOut`] only while it is being written.
struct SentencesOut<'a> {
    doc: &'a AnnotatedDocument,
    table: PositionTable,
}

impl Serialize for SentencesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text: &str = &self.doc.text;
        serializer.collect_seq(self.doc.sentences.iter().map(|s| {
            let start = self.table.at_byte(s.span.start);
            let end = self.table.at_byte(s.span.end);
            SentenceOut {
                id: s.id.0,
                paragraph: s.paragraph,
                start: start.char,
                end: end.char,
                start_utf16: Some(start.utf16),
                end_utf16: Some(end.utf16),
                text: s.span.slice(text),
                speaker: s.speaker.wire_id(),
                themes: &s.themes,
                note: &s.note,
            }
        }))
    }
}

/// [`SentenceV1`] as written, borrowing the model.
#[derive(Serialize)]
struct SentenceOut<'a> {
    id: u32,
    paragraph: usize,
    start: usize,
    end: usize,
    start_utf16: Option<usize>,
    end_utf16: Option<usize>,
    text: &'a str,
    speaker: Option<&'a str>,
    themes: &'a [String],
    note: &'a str,
}

impl<'a> DocumentOut<'a> {
    fn of(d: &'a AnnotatedDocument) -> Self {
        let text: &str = &d.text;
        let mut bytes = Vec::with_capacity(2 * (d.sentences.len() + d.paragraphs.len()) + 8);
        for s in &d.sentences {
            bytes.extend([s.span.start, s.span.end]);
        }
        for p in &d.paragraphs {
            bytes.extend([p.span.start, p.span.end]);
            if let Some(n) = p.number {
                bytes.extend([n.start, n.end]);
            }
        }
        for f in &d.front_matter {
            bytes.extend([f.span.start, f.span.end]);
        }
        let table = PositionTable::from_bytes(text, bytes);
        let chars = |s: Span| (table.at_byte(s.start).char, table.at_byte(s.end).char);
        DocumentOut {
            id: &d.id,
            title: (!d.title.is_empty()).then_some(d.title.as_str()),
            date: d.date.as_deref(),
            date_text: d.date_text.as_deref(),
            event: EventV1::from(d.event),
            participants: d
                .participants
                .iter()
                .map(|p| ParticipantV1 {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    title: p.title.clone(),
                    country: p.country.clone(),
                })
                .collect(),
            text,
            front_matter: Some(
                d.front_matter
                    .iter()
                    .map(|f| {
                        let (start, end) = chars(f.span);
                        FrontMatterV1 {
                            start,
                            end,
                            kind: FrontMatterKindV1::from(f.kind),
                        }
                    })
                    .collect(),
            ),
            paragraphs: Some(
                d.paragraphs
                    .iter()
                    .map(|p| {
                        let (start, end) = chars(p.span);
                        ParagraphV1 {
                            start,
                            end,
                            number: p.number.map(|n| {
                                let (start, end) = chars(n);
                                RangeV1 { start, end }
                            }),
                        }
                    })
                    .collect(),
            ),
            sentences: SentencesOut { doc: d, table },
        }
    }
}

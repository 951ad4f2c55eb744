//! doccano and Prodigy/spaCy JSONL: one JSON object per line, spans in code points.
//!
//! Both tools index text as Python does, by code point, so a span written here slices the
//! same characters in Python, doccano and spaCy's `Doc.char_span` (doccano itself counts
//! UTF-16 in its browser UI; its importer takes code points). Theme ids are the labels.

use serde::Serialize;

use super::labels::sentence_ranges;
use crate::annotation::{AnnotatedDocument, Sentence, Workspace};

/// What one line of a JSONL export holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonlUnit {
    /// A whole readout; each labelled sentence is a span of its text (span labelling).
    Document,
    /// One sentence; its themes are spans over the whole sentence (sentence classification).
    Sentence,
}

/// One line before it takes a tool's shape.
struct Line<'a> {
    text: &'a str,
    spans: Vec<(usize, usize, &'a str)>,
    doc: &'a AnnotatedDocument,
    sentence: Option<&'a Sentence>,
}

fn lines(workspace: &Workspace, unit: JsonlUnit) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    for doc in &workspace.documents {
        let ranges = sentence_ranges(doc);
        let labelled = doc.sentences.iter().zip(ranges);
        match unit {
            JsonlUnit::Document => out.push(Line {
                text: &doc.text,
                spans: labelled
                    .flat_map(|(s, (start, end))| {
                        s.themes.iter().map(move |t| (start, end, t.as_str()))
                    })
                    .collect(),
                doc,
                sentence: None,
            }),
            JsonlUnit::Sentence => out.extend(labelled.map(|(s, (start, end))| {
                Line {
                    text: doc.sentence_text(s),
                    spans: s
                        .themes
                        .iter()
                        .map(|t| (0, end - start, t.as_str()))
                        .collect(),
                    doc,
                    sentence: Some(&**s),
                }
            })),
        }
    }
    out
}

/// Where a line came from, so labels made in the other tool can be matched back.
#[derive(Serialize)]
struct Meta<'a> {
    document: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentence: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<String>,
}

impl<'a> Meta<'a> {
    fn of(line: &Line<'a>) -> Self {
        Meta {
            document: &line.doc.id,
            title: &line.doc.title,
            date: line.doc.date.as_deref(),
            sentence: line.sentence.map(|s| s.id.0),
            speaker: line.sentence.map(|s| line.doc.speaker_label(&s.speaker)),
        }
    }
}

fn to_jsonl<T: Serialize>(items: impl Iterator<Item = T>) -> String {
    let mut out = String::new();
    for item in items {
        out.push_str(&serde_json::to_string(&item).expect("string keys always serialize"));
        out.push('\n');
    }
    out
}

/// doccano's JSONL: `{"text", "label": [[start, end, "theme"]], ...}` per line; the other keys
/// (`document`, `title`, `date`, `sentence`, `speaker`) become doccano metadata.
pub fn export_doccano(workspace: &Workspace, unit: JsonlUnit) -> String {
    #[derive(Serialize)]
    struct Doccano<'a> {
        text: &'a str,
        label: &'a [(usize, usize, &'a str)],
        #[serde(flatten)]
        meta: Meta<'a>,
    }
    to_jsonl(lines(workspace, unit).iter().map(|l| Doccano {
        text: l.text,
        label: &l.spans,
        meta: Meta::of(l),
    }))
}

/// Prodigy's (and spaCy's) JSONL: `{"text", "spans": [{"start", "end", "label"}], "meta"}`.
pub fn export_prodigy(workspace: &Workspace, unit: JsonlUnit) -> String {
    #[derive(Serialize)]
    struct Span<'a> {
        start: usize,
        end: usize,
        label: &'a str,
    }
    #[derive(Serialize)]
    struct Prodigy<'a> {
        text: &'a str,
        spans: Vec<Span<'a>>,
        meta: Meta<'a>,
    }
    to_jsonl(lines(workspace, unit).iter().map(|l| {
        Prodigy {
            text: l.text,
            spans: l
                .spans
                .iter()
                .map(|&(start, end, label)| Span { start, end, label })
                .collect(),
            meta: Meta::of(l),
        }
    }))
}

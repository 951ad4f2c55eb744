//! Writing and reading format v1 (the labeled JSON) and codebook files.

use std::collections::HashSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::{ImportError, ImportErrorKind as K};
use super::limits;
use super::offsets::{char_count, PositionTable};
use super::v1::*;
use crate::annotation::{
    AnnotatedDocument, Codebook, Color, Paragraph, Sentence, Theme, Workspace,
};
use crate::readout::{EventKind, FrontMatterKind, FrontMatterLine, Participant, Span, Speaker};

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
    let file = WorkspaceOut {
        format: FORMAT,
        version: VERSION,
        generator: Some(&generator),
        exported_at: Some(exported_at),
        offsets: Some(OFFSETS),
        codebook: CodebookV1 {
            themes: themes_to_wire(&workspace.codebook),
        },
        documents: DocumentsOut(&workspace.documents),
    };
    serde_json::to_writer_pretty(out, &file).map_err(std::io::Error::from)
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

/// Reads a format-v1 file back into a workspace, checking everything the format promises.
/// On any problem nothing is returned but an error saying what is wrong and where (the first
/// problem; [`validate_v1`] lists them all), so a caller can keep the current work untouched.
pub fn import_v1(json: &str) -> Result<Workspace, ImportError> {
    validate_v1(json).map_err(|mut problems| problems.swap_remove(0))
}

/// Like [`import_v1`], but on failure lists every problem found (never an empty list), in file
/// order, for `readout validate`. Problems that make the rest unreadable (bad JSON, another
/// format, a missing field) come alone; problems in sentences and themes are all listed.
pub fn validate_v1(json: &str) -> Result<Workspace, Vec<ImportError>> {
    limits::check_file_size(json.len()).map_err(|e| vec![e.into()])?;
    let version = check_header(json, FORMAT).map_err(|e| vec![e])?;
    let json = upgrade(json, version).map_err(|e| vec![e])?;
    let file: WorkspaceV1 =
        serde_json::from_str(&json).map_err(|e| vec![ImportError::from_json(K::Malformed, &e)])?;
    if let Some(offsets) = &file.offsets {
        if offsets != OFFSETS {
            return Err(vec![ImportError::new(
                K::UnsupportedVersion,
                format!("offsets {offsets:?} are not supported: version 1 counts {OFFSETS:?}"),
            )]);
        }
    }
    limits::check_themes(file.codebook.themes.len()).map_err(|e| vec![e.into()])?;
    limits::check_documents(file.documents.len()).map_err(|e| vec![e.into()])?;
    let mut problems = Vec::new();
    let codebook = codebook_from_wire(&file.codebook.themes, &mut problems);
    let mut documents = Vec::with_capacity(file.documents.len());
    let mut ids = HashSet::new();
    for (i, d) in file.documents.into_iter().enumerate() {
        let where_ = format!("document {}", i + 1);
        if !ids.insert(d.id.clone()) {
            problems.push(ImportError::new(
                K::DuplicateId,
                format!("{where_}: id {:?} is used by an earlier document", d.id),
            ));
        }
        let before = problems.len();
        match document_from_wire(d, &codebook, &where_, &mut problems) {
            Ok(doc) if problems.len() == before => documents.push(Rc::new(doc)),
            Ok(_) => {}
            Err(e) => problems.push(e),
        }
    }
    if problems.is_empty() {
        Ok(Workspace {
            codebook,
            documents,
        })
    } else {
        Err(problems)
    }
}

/// Reads a codebook from a `readout-codebook` file, or the codebook of a workspace file.
pub fn import_codebook(json: &str) -> Result<Codebook, ImportError> {
    #[derive(Deserialize)]
    struct WithCodebook {
        codebook: CodebookV1,
    }
    limits::check_file_size(json.len())?;
    match check_header(json, CODEBOOK_FORMAT) {
        Ok(version) => {
            let json = upgrade(json, version)?;
            let file: CodebookFileV1 = serde_json::from_str(&json)
                .map_err(|e| ImportError::from_json(K::Malformed, &e))?;
            limits::check_themes(file.themes.len())?;
            first_problem(|p| codebook_from_wire(&file.themes, p))
        }
        Err(e) if e.kind() == K::WrongFormat => {
            let version = check_header(json, FORMAT).map_err(|_| e)?;
            let json = upgrade(json, version)?;
            let file: WithCodebook = serde_json::from_str(&json)
                .map_err(|e| ImportError::from_json(K::Malformed, &e))?;
            limits::check_themes(file.codebook.themes.len())?;
            first_problem(|p| codebook_from_wire(&file.codebook.themes, p))
        }
        Err(e) => Err(e),
    }
}

/// The two fields that say what a file is. Read with a visitor that accepts only a JSON
/// object (a derived struct would also accept an array) and skips every other value without
/// building it, so checking a 10 MB file allocates next to nothing.
struct Header {
    format: Option<Field>,
    version: Option<Field>,
}

/// A header field's value: a string or a whole number to check, or anything else as messages
/// show it. Reading it without `serde_json::Value` keeps `Value`'s parser and printer out of
/// the page, which needs them nowhere else.
enum Field {
    Str(String),
    Uint(u64),
    Other(String),
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Field;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any JSON value")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Field, E> {
                Ok(Field::Str(v.to_string()))
            }

            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Field, E> {
                Ok(Field::Uint(v))
            }

            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Field, E> {
                Ok(Field::Other(v.to_string()))
            }

            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Field, E> {
                // `{:?}` keeps the point: `1.0` is shown as written, not as `1`.
                Ok(Field::Other(format!("{v:?}")))
            }

            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Field, E> {
                Ok(Field::Other(v.to_string()))
            }

            fn visit_unit<E: serde::de::Error>(self) -> Result<Field, E> {
                Ok(Field::Other("null".to_string()))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Field, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Field::Other("an array".to_string()))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Field, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Field::Other("an object".to_string()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Header;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Header, A::Error> {
                let mut header = Header {
                    format: None,
                    version: None,
                };
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match &*key {
                        "format" => header.format = Some(map.next_value()?),
                        "version" => header.version = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(header)
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// One step of [`upgrade`]: rewrites a file of version `n` (a JSON value) into version `n + 1`.
type Upgrade = fn(Value) -> Result<Value, ImportError>;

/// The upgrade steps, oldest first: step `i` turns version `i + 1` into version `i + 2`. Its
/// length is tied to [`VERSION`], so a version 2 cannot ship without the step that reads
/// every file version 1 wrote. Version 1 is the first, so there is no step yet.
const UPGRADES: [Upgrade; VERSION as usize - 1] = [];

/// Brings a file of any version this build reads up to [`VERSION`], so that the rest of the
/// import only knows the current wire types. A current file is passed through untouched.
fn upgrade(json: &str, version: u64) -> Result<std::borrow::Cow<'_, str>, ImportError> {
    let Some(steps) = usize::try_from(version)
        .ok()
        .and_then(|v| UPGRADES.get(v.checked_sub(1)?..))
        .filter(|steps| !steps.is_empty())
    else {
        return Ok(std::borrow::Cow::Borrowed(json));
    };
    let mut value: Value =
        serde_json::from_str(json).map_err(|e| ImportError::from_json(K::InvalidJson, &e))?;
    for step in steps {
        value = step(value)?;
    }
    Ok(std::borrow::Cow::Owned(value.to_string()))
}

/// Checks that `json` is JSON with `"format": expected` and a `"version"` this build reads
/// (1 to [`VERSION`]), before the whole shape is read, so that another program's file or a
/// newer version gets a message about that rather than about some missing field. Returns the
/// file's version for [`upgrade`].
fn check_header(json: &str, expected: &str) -> Result<u64, ImportError> {
    let header: Header = serde_json::from_str(json).map_err(|e| {
        if e.is_data() {
            ImportError::new(
                K::WrongFormat,
                format!("not a {expected} file: the JSON is not an object"),
            )
        } else {
            ImportError::from_json(K::InvalidJson, &e)
        }
    })?;
    match header.format {
        Some(Field::Str(f)) if f == expected => {}
        Some(Field::Str(f)) if f == FORMAT || f == CODEBOOK_FORMAT => {
            return Err(ImportError::new(
                K::WrongFormat,
                format!("this is a {f} file, not a {expected} file"),
            ))
        }
        Some(Field::Str(f)) => {
            return Err(ImportError::new(
                K::WrongFormat,
                format!("not a {expected} file: its format is {f:?}"),
            ))
        }
        Some(_) | None => {
            return Err(ImportError::new(
                K::WrongFormat,
                format!("not a {expected} file: it has no \"format\": \"{expected}\" field"),
            ))
        }
    }
    match header.version {
        Some(Field::Uint(v)) if (1..=VERSION).contains(&v) => Ok(v),
        Some(Field::Uint(v)) if v > VERSION => Err(ImportError::new(
            K::UnsupportedVersion,
            format!(
                "version {v} is newer than this build of Readout Annotator reads \
                     (version {VERSION}); update it"
            ),
        )),
        Some(v) => {
            let found = match v {
                Field::Str(s) => format!("{s:?}"),
                Field::Uint(n) => n.to_string(),
                Field::Other(o) => o,
            };
            let expected = if VERSION == 1 {
                "the integer 1".to_string()
            } else {
                format!("an integer from 1 to {VERSION}")
            };
            Err(ImportError::new(
                K::UnsupportedVersion,
                format!("\"version\" must be {expected}; found {found}"),
            ))
        }
        None => Err(ImportError::new(
            K::UnsupportedVersion,
            "the file has no \"version\" field",
        )),
    }
}

fn themes_to_wire(codebook: &Codebook) -> Vec<ThemeV1> {
    codebook
        .themes
        .iter()
        .enumerate()
        .map(|(i, t)| ThemeV1 {
            id: t.id.clone(),
            name: t.name.clone(),
            color: t.color.to_string(),
            key: Codebook::key_of_index(i).map(String::from),
            description: t.description.clone(),
        })
        .collect()
}

/// Runs a collecting check and keeps only its first problem.
fn first_problem<T>(f: impl FnOnce(&mut Vec<ImportError>) -> T) -> Result<T, ImportError> {
    let mut problems = Vec::new();
    let value = f(&mut problems);
    match problems.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(value),
    }
}

/// The codebook of a file. A theme with a problem is reported and still kept (with a
/// placeholder colour when its own is invalid), so that sentences labelled with it do not
/// add a second, misleading "unknown theme" problem.
fn codebook_from_wire(themes: &[ThemeV1], problems: &mut Vec<ImportError>) -> Codebook {
    let mut out: Vec<Theme> = Vec::with_capacity(themes.len());
    for (i, t) in themes.iter().enumerate() {
        let where_ = format!("codebook, theme {} ({:?})", i + 1, t.id);
        if t.id.trim().is_empty() {
            problems.push(ImportError::new(
                K::Malformed,
                format!("codebook, theme {}: the id is blank", i + 1),
            ));
            continue;
        }
        if out.iter().any(|u| u.id == t.id) {
            problems.push(ImportError::new(
                K::DuplicateId,
                format!("{where_}: the id is used by an earlier theme"),
            ));
            continue;
        }
        if t.name.trim().is_empty() {
            problems.push(ImportError::new(
                K::Malformed,
                format!("{where_}: the name is blank"),
            ));
        }
        let color = Color::parse(&t.color).unwrap_or_else(|e| {
            problems.push(ImportError::new(K::InvalidColor, format!("{where_}: {e}")));
            Color::rgb(0, 0, 0)
        });
        out.push(Theme {
            id: t.id.clone(),
            name: t.name.clone(),
            color,
            description: t.description.clone(),
        });
    }
    Codebook::new(out)
}

fn event_to_wire(e: EventKind) -> EventV1 {
    match e {
        EventKind::PhoneCall => EventV1::PhoneCall,
        EventKind::VideoCall => EventV1::VideoCall,
        EventKind::Meeting => EventV1::Meeting,
        EventKind::Talks => EventV1::Talks,
        EventKind::Other => EventV1::Other,
    }
}

fn event_from_wire(e: EventV1) -> EventKind {
    match e {
        EventV1::PhoneCall => EventKind::PhoneCall,
        EventV1::VideoCall => EventKind::VideoCall,
        EventV1::Meeting => EventKind::Meeting,
        EventV1::Talks => EventKind::Talks,
        EventV1::Other => EventKind::Other,
    }
}

fn front_kind_to_wire(k: FrontMatterKind) -> FrontMatterKindV1 {
    match k {
        FrontMatterKind::Title => FrontMatterKindV1::Title,
        FrontMatterKind::Date => FrontMatterKindV1::Date,
        FrontMatterKind::Publisher => FrontMatterKindV1::Publisher,
        FrontMatterKind::Noise => FrontMatterKindV1::Noise,
    }
}

fn front_kind_from_wire(k: FrontMatterKindV1) -> FrontMatterKind {
    match k {
        FrontMatterKindV1::Title => FrontMatterKind::Title,
        FrontMatterKindV1::Date => FrontMatterKind::Date,
        FrontMatterKindV1::Publisher => FrontMatterKind::Publisher,
        FrontMatterKindV1::Noise => FrontMatterKind::Noise,
    }
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
    codebook: CodebookV1,
    documents: DocumentsOut<'a>,
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
                id: s.id,
                paragraph: s.paragraph,
                start: start.char,
                end: end.char,
                start_utf16: Some(start.utf16),
                end_utf16: Some(end.utf16),
                text: s.span.slice(text),
                speaker: match &s.speaker {
                    Speaker::Narration => None,
                    Speaker::Both => Some("both"),
                    Speaker::Participant(id) => Some(id),
                },
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
            event: event_to_wire(d.event),
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
                            kind: front_kind_to_wire(f.kind),
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

/// Checks a code point range against the text length; `what` names it in messages.
fn check_range(start: usize, end: usize, len: usize, what: &str) -> Result<(), ImportError> {
    if end > len {
        return Err(ImportError::new(
            K::OffsetOutOfRange,
            format!("{what}: end {end} is past the end of the text ({len} code points)"),
        ));
    }
    if start > end {
        return Err(ImportError::new(
            K::OffsetOutOfRange,
            format!("{what}: start {start} is after end {end}"),
        ));
    }
    Ok(())
}

/// One document of a file. Problems that leave the document unreadable return `Err`; problems
/// in single sentences go to `problems` and the remaining sentences are still checked.
fn document_from_wire(
    d: DocumentV1,
    codebook: &Codebook,
    where_: &str,
    problems: &mut Vec<ImportError>,
) -> Result<AnnotatedDocument, ImportError> {
    if d.id.trim().is_empty() {
        return Err(ImportError::new(
            K::Malformed,
            format!("{where_}: the id is blank"),
        ));
    }
    let text = d.text.as_str();
    let len = char_count(text);

    let mut participants: Vec<Participant> = Vec::with_capacity(d.participants.len());
    for (i, p) in d.participants.into_iter().enumerate() {
        let what = format!("{where_}, participant {}", i + 1);
        if p.id.trim().is_empty() || p.id == "both" {
            return Err(ImportError::new(
                K::Malformed,
                format!("{what}: {:?} cannot be a participant id", p.id),
            ));
        }
        if participants.iter().any(|q| q.id == p.id) {
            return Err(ImportError::new(
                K::DuplicateId,
                format!("{what}: id {:?} is used by an earlier participant", p.id),
            ));
        }
        participants.push(Participant {
            id: p.id,
            name: p.name,
            title: p.title,
            country: p.country,
        });
    }

    // Every range in code points, checked against the length, before one conversion pass.
    let front_matter = d.front_matter.unwrap_or_default();
    let mut previous_end = 0;
    for (i, f) in front_matter.iter().enumerate() {
        let what = format!("{where_}, front-matter line {}", i + 1);
        check_range(f.start, f.end, len, &what)?;
        if f.start < previous_end {
            return Err(ImportError::new(
                K::Overlap,
                format!("{what} overlaps the line before it or is out of order"),
            ));
        }
        previous_end = f.end;
    }
    // Sentences with impossible offsets are reported here and skipped below.
    let mut out_of_range = vec![false; d.sentences.len()];
    for (i, s) in d.sentences.iter().enumerate() {
        if let Err(e) = check_range(s.start, s.end, len, &sentence_where(where_, i, s)) {
            problems.push(e);
            out_of_range[i] = true;
        }
    }
    let paragraphs = match d.paragraphs {
        Some(p) => p,
        None => paragraphs_from_sentences(&d.sentences, where_)?,
    };
    let mut previous_end = 0;
    for (i, p) in paragraphs.iter().enumerate() {
        let what = format!("{where_}, paragraph {}", i + 1);
        check_range(p.start, p.end, len, &what)?;
        if p.start < previous_end {
            return Err(ImportError::new(
                K::Overlap,
                format!("{what} overlaps the paragraph before it or is out of order"),
            ));
        }
        previous_end = p.end;
        if let Some(n) = p.number {
            check_range(n.start, n.end, len, &format!("{what}, number"))?;
            if n.start < p.start || n.end > p.end {
                return Err(ImportError::new(
                    K::Malformed,
                    format!("{what}: its number lies outside the paragraph"),
                ));
            }
        }
    }

    let mut chars = Vec::with_capacity(2 * (d.sentences.len() + paragraphs.len()) + 8);
    for s in &d.sentences {
        chars.extend([s.start, s.end]);
    }
    for p in &paragraphs {
        chars.extend([p.start, p.end]);
        if let Some(n) = p.number {
            chars.extend([n.start, n.end]);
        }
    }
    for f in &front_matter {
        chars.extend([f.start, f.end]);
    }
    let table = PositionTable::from_chars(text, chars);
    let pos = |c: usize| {
        table
            .at_char(c)
            .expect("every offset was checked against the length and put in the table")
    };
    let bytes = |start: usize, end: usize| Span::new(pos(start).byte, pos(end).byte);

    let model_paragraphs: Vec<Paragraph> = paragraphs
        .iter()
        .map(|p| Paragraph {
            span: bytes(p.start, p.end),
            number: p.number.map(|n| bytes(n.start, n.end)),
        })
        .collect();

    let mut ids = HashSet::with_capacity(d.sentences.len());
    let mut sentences = Vec::with_capacity(d.sentences.len());
    let mut previous: Option<(usize, &SentenceV1)> = None;
    // A problem in one sentence is recorded and the next sentence checked.
    macro_rules! bail {
        ($e:expr) => {{
            problems.push($e);
            continue;
        }};
    }
    for (i, s) in d.sentences.iter().enumerate() {
        if out_of_range[i] {
            continue;
        }
        let what = sentence_where(where_, i, s);
        if let Err(e) = limits::check_sentence_chars(s.end - s.start) {
            bail!(ImportError::new(K::TooLarge, format!("{what}: {e}")));
        }
        if let Err(e) = limits::check_note(&s.note) {
            bail!(ImportError::new(K::TooLarge, format!("{what}: {e}")));
        }
        if s.start == s.end {
            bail!(ImportError::new(
                K::Malformed,
                format!("{what}: the sentence is empty (start = end = {})", s.start),
            ));
        }
        if !ids.insert(s.id) {
            bail!(ImportError::new(
                K::DuplicateId,
                format!("{what}: id {} is used by an earlier sentence", s.id),
            ));
        }
        if let Some((j, p)) = previous {
            if s.start < p.end {
                bail!(ImportError::new(
                    K::Overlap,
                    format!(
                        "{what} overlaps sentence {} (id {}) or is out of order",
                        j + 1,
                        p.id
                    ),
                ));
            }
            if s.paragraph < p.paragraph {
                bail!(ImportError::new(
                    K::Malformed,
                    format!(
                        "{what}: paragraph {} comes after paragraph {} of the sentence before",
                        s.paragraph, p.paragraph
                    ),
                ));
            }
        }
        previous = Some((i, s));
        let Some(para) = paragraphs.get(s.paragraph) else {
            bail!(ImportError::new(
                K::Malformed,
                format!(
                    "{what}: paragraph {} does not exist ({} paragraphs)",
                    s.paragraph,
                    paragraphs.len()
                ),
            ));
        };
        if s.start < para.start || s.end > para.end {
            bail!(ImportError::new(
                K::Malformed,
                format!(
                    "{what}: [{}, {}) lies outside its paragraph [{}, {})",
                    s.start, s.end, para.start, para.end
                ),
            ));
        }
        let (start, end) = (pos(s.start), pos(s.end));
        if s.start_utf16.is_some_and(|u| u != start.utf16)
            || s.end_utf16.is_some_and(|u| u != end.utf16)
        {
            bail!(ImportError::new(
                K::TextMismatch,
                format!(
                    "{what}: start_utf16/end_utf16 ({}, {}) do not match start/end (expected {}, {})",
                    opt(s.start_utf16),
                    opt(s.end_utf16),
                    start.utf16,
                    end.utf16
                ),
            ));
        }
        let span = Span::new(start.byte, end.byte);
        if span.slice(text) != s.text {
            bail!(ImportError::new(
                K::TextMismatch,
                format!(
                    "{what}: text does not match text[{}:{}] of the document",
                    s.start, s.end
                ),
            ));
        }
        for (k, t) in s.themes.iter().enumerate() {
            if !codebook.contains(t) {
                bail!(ImportError::new(
                    K::UnknownTheme,
                    format!("{what}: theme {t:?} is not in the codebook"),
                ));
            }
            if s.themes[..k].contains(t) {
                bail!(ImportError::new(
                    K::DuplicateId,
                    format!("{what}: theme {t:?} is listed twice"),
                ));
            }
        }
        let speaker = match s.speaker.as_deref() {
            None => Speaker::Narration,
            Some("both") => Speaker::Both,
            Some(id) if participants.iter().any(|p| p.id == id) => {
                Speaker::Participant(id.to_string())
            }
            Some(id) => {
                bail!(ImportError::new(
                    K::UnknownSpeaker,
                    format!("{what}: speaker {id:?} is not a participant of the document"),
                ))
            }
        };
        sentences.push(Rc::new(Sentence {
            id: s.id,
            paragraph: s.paragraph,
            span,
            speaker,
            themes: s.themes.clone(),
            note: s.note.clone(),
        }));
    }

    let front_matter = front_matter
        .iter()
        .map(|f| FrontMatterLine {
            span: bytes(f.start, f.end),
            kind: front_kind_from_wire(f.kind),
        })
        .collect();
    Ok(AnnotatedDocument {
        id: d.id,
        text: Rc::from(text),
        title: d.title.unwrap_or_default(),
        date: d.date,
        date_text: d.date_text,
        event: event_from_wire(d.event),
        participants,
        front_matter,
        paragraphs: model_paragraphs,
        sentences,
    })
}

fn sentence_where(doc: &str, index: usize, s: &SentenceV1) -> String {
    format!("{doc}, sentence {} (id {})", index + 1, s.id)
}

fn opt(v: Option<usize>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

/// Paragraphs for a file that has none: each covers its sentences; an index no sentence uses
/// gets an empty paragraph where the previous one ended.
///
/// The paragraphs are then made from the sentences alone, so there cannot be more of them
/// than sentences that give them their spans: an index from the number of sentences on is
/// refused before anything is allocated from it, and the list made is never longer than the
/// file's own list of sentences.
fn paragraphs_from_sentences(
    sentences: &[SentenceV1],
    where_: &str,
) -> Result<Vec<ParagraphV1>, ImportError> {
    if let Some((i, s)) = sentences
        .iter()
        .enumerate()
        .find(|(_, s)| s.paragraph >= sentences.len())
    {
        let n = sentences.len();
        return Err(ImportError::new(
            K::Malformed,
            format!(
                "{}: paragraph {} is out of range: without a \"paragraphs\" list, a \
                 paragraph index must be below the document's {n} sentence{}",
                sentence_where(where_, i, s),
                s.paragraph,
                if n == 1 { "" } else { "s" }
            ),
        ));
    }
    let count = sentences.iter().map(|s| s.paragraph + 1).max().unwrap_or(0);
    let mut covered: Vec<Option<(usize, usize)>> = vec![None; count];
    for s in sentences {
        let c = &mut covered[s.paragraph];
        *c = Some(match *c {
            Some((start, end)) => (start.min(s.start), end.max(s.end)),
            None => (s.start, s.end),
        });
    }
    let mut out: Vec<ParagraphV1> = Vec::with_capacity(count);
    for c in covered {
        let previous_end = out.last().map_or(0, |p| p.end);
        let (start, end) = c.unwrap_or((previous_end, previous_end));
        out.push(ParagraphV1 {
            start,
            end,
            number: None,
        });
    }
    Ok(out)
}

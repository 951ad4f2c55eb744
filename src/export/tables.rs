//! A workspace as four tidy long tables, the shape pandas, R and DuckDB analyse: one row per
//! document, per participant, per sentence and per label (a sentence × theme). `readout
//! convert --to parquet` and `--to csv-tables` write them; both read the rows from here, so
//! the two formats hold the same values under the same column names.
//!
//! Every table carries `document_id` and `coder`, the keys that join them: the same document
//! coded by two people is two sets of rows told apart by `coder`.

use super::offsets::PositionTable;
use crate::annotation::{speaker_label, AnnotatedDocument, Workspace};
use crate::readout::{FrontMatterKind, Speaker};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// UTF-8 text.
    Text,
    /// A whole number (64-bit signed).
    Integer,
    /// A calendar date, as days since 1970-01-01 (Parquet's DATE).
    Date,
}

/// One column of a table.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// The column's name, the same in every format.
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// True when a row may have no value (null in Parquet, an empty cell in CSV).
    pub nullable: bool,
}

const fn column(name: &'static str, kind: Kind, nullable: bool) -> Column {
    Column {
        name,
        kind,
        nullable,
    }
}

use Kind::{Date, Integer, Text};

/// One of the tables: its file's name (without extension) and its columns in order.
#[derive(Debug)]
pub struct Table {
    /// `documents`, `participants`, `sentences` or `labels`.
    pub name: &'static str,
    /// The columns, in the order every row gives its values.
    pub columns: &'static [Column],
}

/// One row per document.
pub const DOCUMENTS: Table = Table {
    name: "documents",
    columns: &[
        column("document_id", Text, false),
        column("title", Text, true),
        column("date", Date, true),
        column("date_text", Text, true),
        column("event", Text, false),
        column("publisher", Text, true),
        column("participants", Integer, false),
        column("paragraphs", Integer, false),
        column("sentences", Integer, false),
        column("labelled_sentences", Integer, false),
        column("characters", Integer, false),
        column("source", Text, true),
        column("coder", Text, true),
    ],
};

/// One row per participant of a document.
pub const PARTICIPANTS: Table = Table {
    name: "participants",
    columns: &[
        column("document_id", Text, false),
        column("participant_id", Text, false),
        column("name", Text, false),
        column("title", Text, true),
        column("country", Text, true),
        column("sentences", Integer, false),
        column("coder", Text, true),
    ],
};

/// One row per body sentence, with its offsets in code points (Python, R) and UTF-16 code
/// units (JavaScript).
pub const SENTENCES: Table = Table {
    name: "sentences",
    columns: &[
        column("document_id", Text, false),
        column("sentence_id", Integer, false),
        column("paragraph", Integer, false),
        column("start", Integer, false),
        column("end", Integer, false),
        column("start_utf16", Integer, false),
        column("end_utf16", Integer, false),
        column("speaker_id", Text, true),
        column("speaker", Text, false),
        column("text", Text, false),
        column("note", Text, true),
        column("coder", Text, true),
    ],
};

/// One row per theme a sentence carries, in the order the coder applied them.
pub const LABELS: Table = Table {
    name: "labels",
    columns: &[
        column("document_id", Text, false),
        column("sentence_id", Integer, false),
        column("theme_id", Text, false),
        column("theme_name", Text, false),
        column("coder", Text, true),
    ],
};

/// The four tables, in the order they are written.
pub const TABLES: [&Table; 4] = [&DOCUMENTS, &PARTICIPANTS, &SENTENCES, &LABELS];

/// One cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value<'a> {
    /// No value.
    Null,
    /// Text.
    Text(&'a str),
    /// A whole number.
    Integer(i64),
    /// Days since 1970-01-01.
    Date(i32),
}

impl Value<'_> {
    /// The cell as CSV writes it: text as it is, a date as `YYYY-MM-DD`, null as empty.
    pub fn to_csv_cell(&self) -> std::borrow::Cow<'_, str> {
        match *self {
            Value::Null => "".into(),
            Value::Text(s) => s.into(),
            Value::Integer(n) => n.to_string().into(),
            Value::Date(days) => iso_date(days).into(),
        }
    }
}

/// Where the rows of a workspace come from, written into every row.
#[derive(Clone, Copy, Debug, Default)]
pub struct Origin<'a> {
    /// Who coded it (`coder`); `None` when unknown.
    pub coder: Option<&'a str>,
    /// The file its readouts were parsed from (`source`), which a JSONL line records.
    pub source: Option<&'a str>,
}

/// Receives rows, table by table, in document order.
pub trait Sink {
    /// Why a row could not be taken.
    type Error;
    /// One row of `table`: a value per column, in [`Table::columns`] order.
    fn row(&mut self, table: &'static Table, values: &[Value<'_>]) -> Result<(), Self::Error>;
}

/// Gives `sink` every row of `workspace`'s four tables, document by document.
pub fn rows<S: Sink>(
    workspace: &Workspace,
    origin: Origin<'_>,
    sink: &mut S,
) -> Result<(), S::Error> {
    for doc in &workspace.documents {
        document_rows(workspace, doc, origin, sink)?;
    }
    Ok(())
}

fn document_rows<S: Sink>(
    workspace: &Workspace,
    doc: &AnnotatedDocument,
    origin: Origin<'_>,
    sink: &mut S,
) -> Result<(), S::Error> {
    let text: &str = &doc.text;
    let coder = opt(origin.coder);
    let id = Value::Text(&doc.id);
    let count = |n: usize| Value::Integer(i64::try_from(n).unwrap_or(i64::MAX));
    let publisher = doc
        .front_matter
        .iter()
        .find(|f| f.kind == FrontMatterKind::Publisher)
        .map(|f| f.span.slice(text).trim());
    let labelled = doc.sentences.iter().filter(|s| s.is_labelled()).count();
    sink.row(
        &DOCUMENTS,
        &[
            id,
            opt(Some(&doc.title)),
            doc.date
                .as_deref()
                .and_then(date_days)
                .map_or(Value::Null, Value::Date),
            opt(doc.date_text.as_deref()),
            Value::Text(doc.event.wire_name()),
            opt(publisher),
            count(doc.participants.len()),
            count(doc.paragraphs.len()),
            count(doc.sentences.len()),
            count(labelled),
            count(text.chars().count()),
            opt(origin.source),
            coder,
        ],
    )?;
    for p in &doc.participants {
        let spoken = doc
            .sentences
            .iter()
            .filter(|s| matches!(&s.speaker, Speaker::Participant(who) if *who == p.id))
            .count();
        sink.row(
            &PARTICIPANTS,
            &[
                id,
                Value::Text(&p.id),
                Value::Text(&p.name),
                opt(Some(&p.title)),
                opt(Some(&p.country)),
                count(spoken),
                coder,
            ],
        )?;
    }
    let offsets = doc
        .sentences
        .iter()
        .flat_map(|s| [s.span.start, s.span.end])
        .collect();
    let table = PositionTable::from_bytes(text, offsets);
    for s in &doc.sentences {
        let (start, end) = (table.at_byte(s.span.start), table.at_byte(s.span.end));
        let speaker = speaker_label(&doc.participants, &s.speaker);
        sink.row(
            &SENTENCES,
            &[
                id,
                Value::Integer(s.id.0.into()),
                count(s.paragraph),
                count(start.char),
                count(end.char),
                count(start.utf16),
                count(end.utf16),
                opt(s.speaker.wire_id()),
                Value::Text(&speaker),
                Value::Text(s.text(text)),
                opt(Some(&s.note)),
                coder,
            ],
        )?;
    }
    for s in &doc.sentences {
        for theme in &s.themes {
            let name = workspace
                .codebook
                .themes
                .iter()
                .find(|t| t.id == *theme)
                .map_or(theme.as_str(), |t| t.name.as_str());
            sink.row(
                &LABELS,
                &[
                    id,
                    Value::Integer(s.id.0.into()),
                    Value::Text(theme),
                    Value::Text(name),
                    coder,
                ],
            )?;
        }
    }
    Ok(())
}

/// Text, or null when it is absent or empty (as format v1 writes an empty title as null).
fn opt(s: Option<&str>) -> Value<'_> {
    s.filter(|s| !s.is_empty()).map_or(Value::Null, Value::Text)
}

/// Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (years 0000 to 9999); `None` for
/// anything else, such as a date a user typed as "2021-02" or "Feb 2021".
pub fn date_days(iso: &str) -> Option<i32> {
    let b = iso.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |r: std::ops::Range<usize>| -> Option<i64> {
        let digits = &iso[r];
        digits
            .bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| digits.parse().ok())
            .flatten()
    };
    let (y, m, d) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = i32::try_from(era * 146_097 + doe - 719_468).ok()?;
    // A day past its month's end (Feb 30) counts on into the next month: only a date that
    // comes back as written is one.
    (iso_date(days) == iso).then_some(days)
}

/// `YYYY-MM-DD` of a count of days since 1970-01-01 (the inverse of [`date_days`]).
pub fn iso_date(days: i32) -> String {
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::AnnotatedDocument;

    #[test]
    fn dates_convert_both_ways() {
        for (iso, days) in [
            ("1970-01-01", 0),
            ("1969-12-31", -1),
            ("2000-02-29", 11_016),
            ("2021-02-10", 18_668),
            ("0000-03-01", -719_468),
            ("9999-12-31", 2_932_896),
        ] {
            assert_eq!(date_days(iso), Some(days), "{iso}");
            assert_eq!(iso_date(days), iso, "{days}");
        }
        for bad in [
            "2021-02",
            "2021-02-30",
            "1900-02-29",
            "2021-13-01",
            "2021-00-10",
            "2021-1-10",
            "+021-01-10",
            "2021/01/10",
            "",
            "２０２１-01-10",
        ] {
            assert_eq!(date_days(bad), None, "{bad}");
        }
        // Every day of four centuries goes there and back.
        for days in -146_097..146_097 {
            assert_eq!(date_days(&iso_date(days)), Some(days));
        }
    }

    /// Collects rows as CSV cells, per table.
    #[derive(Default)]
    struct Collect(Vec<(&'static str, Vec<String>)>);

    impl Sink for Collect {
        type Error = ();
        fn row(&mut self, table: &'static Table, values: &[Value<'_>]) -> Result<(), ()> {
            assert_eq!(values.len(), table.columns.len(), "{}", table.name);
            for (value, column) in values.iter().zip(table.columns) {
                let fits = match value {
                    Value::Null => column.nullable,
                    Value::Text(_) => column.kind == Kind::Text,
                    Value::Integer(_) => column.kind == Kind::Integer,
                    Value::Date(_) => column.kind == Kind::Date,
                };
                assert!(fits, "{}.{}: {value:?}", table.name, column.name);
            }
            let cells = values.iter().map(|v| v.to_csv_cell().into_owned());
            self.0.push((table.name, cells.collect()));
            Ok(())
        }
    }

    #[test]
    fn a_labelled_readout_fills_every_table() {
        let text = "Xi Jinping spoke with Emmanuel Macron by phone on 15 October 2019.\n\n\
                    Xi said that China values trade \u{1F600}. Macron said France agrees.\n";
        let mut ws = Workspace::default();
        let mut doc = AnnotatedDocument::parse(text);
        doc.date = Some("2019-10-15".into());
        let s = std::rc::Rc::make_mut(&mut doc.sentences[2]);
        s.themes = vec!["trade".into(), "bilateral".into()];
        let edit = ws.add_document_edit(doc);
        ws.apply(edit).unwrap();
        let mut rows_ = Collect::default();
        let origin = Origin {
            coder: Some("ana"),
            source: Some("a.txt"),
        };
        rows(&ws, origin, &mut rows_).unwrap();
        let of = |name: &str| -> Vec<&Vec<String>> {
            rows_
                .0
                .iter()
                .filter(|(t, _)| *t == name)
                .map(|(_, r)| r)
                .collect()
        };
        let doc = &ws.documents[0];
        let documents = of("documents");
        assert_eq!(documents.len(), 1);
        assert_eq!(documents[0][0], doc.id);
        assert_eq!(documents[0][2], "2019-10-15");
        assert_eq!(documents[0][4], "phone_call");
        assert_eq!(documents[0][8], doc.sentences.len().to_string());
        assert_eq!(documents[0][9], "1");
        assert_eq!(documents[0][10], text.chars().count().to_string());
        assert_eq!(documents[0][11..], ["a.txt", "ana"]);
        assert_eq!(of("participants").len(), doc.participants.len());
        let sentences = of("sentences");
        assert_eq!(sentences.len(), doc.sentences.len());
        // Offsets in code points slice the text; the emoji is one code point, two UTF-16 units.
        let chars: Vec<char> = text.chars().collect();
        let number = |cell: &String| cell.parse::<usize>().unwrap();
        for row in &sentences {
            let (start, end) = (number(&row[3]), number(&row[4]));
            assert_eq!(chars[start..end].iter().collect::<String>(), row[9]);
            let utf16 = |n: usize| chars[..n].iter().map(|c| c.len_utf16()).sum::<usize>();
            assert_eq!(
                (number(&row[5]), number(&row[6])),
                (utf16(start), utf16(end))
            );
        }
        let third = sentences[2];
        assert_eq!(number(&third[5]), number(&third[3]) + 1, "after the emoji");
        let labels = of("labels");
        let themes: Vec<(&str, &str)> = labels
            .iter()
            .map(|r| (r[2].as_str(), r[3].as_str()))
            .collect();
        assert_eq!(
            themes,
            [
                ("trade", "Trade, economy and investment"),
                ("bilateral", "Bilateral relations and friendship")
            ]
        );
        assert_eq!(labels[0][1], third[1]);
    }
}

//! `readout convert --to parquet|csv-tables -o DIR`: the long tables of `export::tables`
//! written as `documents`, `participants`, `sentences` and `labels` files in DIR.
//!
//! Parquet is written with the `parquet` crate's column writers (no Arrow: it would add a
//! dozen crates to build for four flat tables): text as UTF-8 strings, whole numbers as
//! INT64, dates as DATE, snappy-compressed, a row group every [`ROW_GROUP_ROWS`] rows or
//! [`ROW_GROUP_BYTES`] of buffered rows, so memory stays bounded however large the input. The
//! files are written under temporary names and renamed only when every input was read, so
//! DIR never holds a table that silently lacks part of the input.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use parquet::basic::{Compression, LogicalType, Repetition, Type as PhysicalType};
use parquet::data_type::{ByteArray, ByteArrayType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use readout_annotator::export::tables::{self, date_days, Kind, Origin, Sink, Table, Value};
use readout_annotator::export::{generator, write_record_with, CsvOptions};

use super::inputs::{records, Input};
use super::Failure;

/// Rows per Parquet row group: about what DuckDB and pyarrow read in one piece.
const ROW_GROUP_ROWS: usize = 128 * 1024;
/// Memory a table's buffered rows may take (their text and the bookkeeping of each value)
/// before they are written as a row group, whatever their number.
const ROW_GROUP_BYTES: usize = 32 * 1024 * 1024;
/// What a buffered value costs besides its text: a `ByteArray` and its allocation, or a
/// number, and a definition level.
const VALUE_BYTES: usize = 48;

/// The two ways the tables are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TableFormat {
    /// `--to parquet`.
    Parquet,
    /// `--to csv-tables`.
    Csv,
}

impl TableFormat {
    fn extension(self) -> &'static str {
        match self {
            TableFormat::Parquet => "parquet",
            TableFormat::Csv => "csv",
        }
    }
}

/// What `convert` asks of the tables.
pub(super) struct Request<'a> {
    pub format: TableFormat,
    pub dir: &'a Path,
    /// `--coder`, else each input's file name without its extension.
    pub coder: Option<&'a str>,
    pub csv: CsvOptions,
}

/// Writes the tables of every input into `request.dir`. Every bad input is reported; if there
/// is any, nothing is written and the last one is the failure.
pub(super) fn convert(inputs: &[Input], request: &Request<'_>) -> Result<(), Failure> {
    let dir = request.dir;
    std::fs::create_dir_all(dir).map_err(|e| Failure::input(format!("{}: {e}", dir.display())))?;
    let mut files = TableFiles::create(request)?;
    let mut failures: Vec<Failure> = Vec::new();
    for input in inputs {
        let stem = input.stem();
        let coder = request.coder.or(stem.as_deref());
        // Where each document was first seen in this input: a coder codes a readout once.
        let mut seen: HashMap<String, String> = HashMap::new();
        let result = records(input, &mut |record| {
            let place = record.place(input);
            for doc in &record.workspace.documents {
                if let Some(earlier) = seen.insert(doc.id.clone(), place.clone()) {
                    return Err(Failure::input(format!(
                        "{place}: document {:?} is already at {earlier}; each readout can be \
                         added once",
                        doc.id
                    )));
                }
                if let Some(date) = doc.date.as_deref().filter(|d| date_days(d).is_none()) {
                    super::warn(&format!(
                        "{place}: document {:?}: the date {date:?} is not a calendar date \
                         (YYYY-MM-DD); the table leaves it empty",
                        doc.id
                    ));
                }
            }
            let origin = Origin {
                coder,
                source: record.source.as_deref(),
            };
            tables::rows(&record.workspace, origin, &mut files)
        });
        if let Err(f) = result {
            failures.push(f);
        }
    }
    match failures.pop() {
        Some(last) => {
            for f in &failures {
                super::warn(&f.message);
            }
            // Dropping the files removes them.
            Err(last)
        }
        None => files.finish(),
    }
}

/// The four files being written, under temporary names until [`TableFiles::finish`].
struct TableFiles {
    parts: Vec<Part>,
}

/// One table's file.
struct Part {
    table: &'static Table,
    temporary: PathBuf,
    path: PathBuf,
    writer: Option<Writer>,
}

enum Writer {
    // Boxed: four of these live for the whole conversion, and the CSV one is small.
    Parquet(Box<ParquetTable>),
    Csv(CsvTable),
}

impl TableFiles {
    fn create(request: &Request<'_>) -> Result<Self, Failure> {
        let mut files = TableFiles { parts: Vec::new() };
        for table in tables::TABLES {
            let name = format!("{}.{}", table.name, request.format.extension());
            let path = request.dir.join(&name);
            let temporary = request
                .dir
                .join(format!(".{name}.{}.partial", std::process::id()));
            let file = File::create(&temporary).map_err(|e| failure(&temporary, e))?;
            // Pushed before anything is written, so a failure below still removes it.
            files.parts.push(Part {
                table,
                temporary,
                path,
                writer: None,
            });
            let part = files.parts.last_mut().expect("just pushed");
            let out = BufWriter::with_capacity(1 << 16, file);
            part.writer = Some(match request.format {
                TableFormat::Parquet => Writer::Parquet(Box::new(
                    ParquetTable::new(table, out).map_err(|e| failure(&part.path, e))?,
                )),
                TableFormat::Csv => Writer::Csv(
                    CsvTable::new(table, out, request.csv).map_err(|e| failure(&part.path, e))?,
                ),
            });
        }
        Ok(files)
    }

    /// Closes every file and gives each its name.
    fn finish(mut self) -> Result<(), Failure> {
        for part in &mut self.parts {
            match part.writer.take() {
                Some(Writer::Parquet(t)) => t.finish().map_err(|e| failure(&part.path, e))?,
                Some(Writer::Csv(t)) => t.finish().map_err(|e| failure(&part.path, e))?,
                None => {}
            }
        }
        for part in &self.parts {
            std::fs::rename(&part.temporary, &part.path).map_err(|e| failure(&part.path, e))?;
        }
        self.parts.clear();
        Ok(())
    }
}

impl Drop for TableFiles {
    /// Unfinished files are removed: a failed conversion leaves nothing behind.
    fn drop(&mut self) {
        for part in &self.parts {
            let _ = std::fs::remove_file(&part.temporary);
        }
    }
}

impl Sink for TableFiles {
    type Error = Failure;

    fn row(&mut self, table: &'static Table, values: &[Value<'_>]) -> Result<(), Failure> {
        let part = self
            .parts
            .iter_mut()
            .find(|p| p.table.name == table.name)
            .expect("a file for every table");
        let written = match &mut part.writer {
            Some(Writer::Parquet(t)) => t.push(values),
            Some(Writer::Csv(t)) => t.push(values).map_err(|e| e.to_string()),
            None => Ok(()),
        };
        written.map_err(|e| failure(&part.path, e))
    }
}

fn failure(path: &Path, e: impl std::fmt::Display) -> Failure {
    Failure::input(format!("{}: {e}", path.display()))
}

/// A column's values waiting for the next row group, with its definition levels (1 for a
/// value, 0 for null) when it is nullable.
struct Buffer {
    values: Values,
    levels: Vec<i16>,
    nullable: bool,
}

enum Values {
    Text(Vec<ByteArray>),
    Integer(Vec<i64>),
    Date(Vec<i32>),
}

/// One Parquet file being written.
struct ParquetTable {
    table: &'static Table,
    writer: SerializedFileWriter<BufWriter<File>>,
    buffers: Vec<Buffer>,
    rows: usize,
    bytes: usize,
}

/// The Parquet schema of a table: a flat message of its columns, nullable ones optional.
fn schema(table: &Table) -> parquet::errors::Result<Type> {
    let mut fields = Vec::with_capacity(table.columns.len());
    for column in table.columns {
        let (physical, logical) = match column.kind {
            Kind::Text => (PhysicalType::BYTE_ARRAY, Some(LogicalType::String)),
            Kind::Integer => (PhysicalType::INT64, None),
            Kind::Date => (PhysicalType::INT32, Some(LogicalType::Date)),
        };
        let repetition = if column.nullable {
            Repetition::OPTIONAL
        } else {
            Repetition::REQUIRED
        };
        let field = Type::primitive_type_builder(column.name, physical)
            .with_logical_type(logical)
            .with_repetition(repetition)
            .build()?;
        fields.push(Arc::new(field));
    }
    Type::group_type_builder(table.name)
        .with_fields(fields)
        .build()
}

impl ParquetTable {
    fn new(table: &'static Table, out: BufWriter<File>) -> parquet::errors::Result<Self> {
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(generator())
            .build();
        let writer =
            SerializedFileWriter::new(out, Arc::new(schema(table)?), Arc::new(properties))?;
        let buffers = table
            .columns
            .iter()
            .map(|c| Buffer {
                values: match c.kind {
                    Kind::Text => Values::Text(Vec::new()),
                    Kind::Integer => Values::Integer(Vec::new()),
                    Kind::Date => Values::Date(Vec::new()),
                },
                levels: Vec::new(),
                nullable: c.nullable,
            })
            .collect();
        Ok(ParquetTable {
            table,
            writer,
            buffers,
            rows: 0,
            bytes: 0,
        })
    }

    fn push(&mut self, values: &[Value<'_>]) -> Result<(), String> {
        if values.len() != self.buffers.len() {
            return Err(format!(
                "a row of {} values for {} columns",
                values.len(),
                self.buffers.len()
            ));
        }
        self.bytes += VALUE_BYTES * values.len();
        for ((value, buffer), column) in
            values.iter().zip(&mut self.buffers).zip(self.table.columns)
        {
            let present = match (value, &mut buffer.values) {
                (Value::Null, _) if buffer.nullable => false,
                (Value::Text(s), Values::Text(v)) => {
                    self.bytes += s.len();
                    v.push(ByteArray::from(*s));
                    true
                }
                (Value::Integer(n), Values::Integer(v)) => {
                    v.push(*n);
                    true
                }
                (Value::Date(d), Values::Date(v)) => {
                    v.push(*d);
                    true
                }
                _ => return Err(format!("column {} cannot hold {value:?}", column.name)),
            };
            if buffer.nullable {
                buffer.levels.push(i16::from(present));
            }
        }
        self.rows += 1;
        if self.rows >= ROW_GROUP_ROWS || self.bytes >= ROW_GROUP_BYTES {
            self.flush().map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Writes the buffered rows as one row group.
    fn flush(&mut self) -> parquet::errors::Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let mut group = self.writer.next_row_group()?;
        for buffer in &mut self.buffers {
            let mut column = group
                .next_column()?
                .ok_or_else(|| parquet::errors::ParquetError::General("too few columns".into()))?;
            let levels = buffer.nullable.then_some(buffer.levels.as_slice());
            match &mut buffer.values {
                Values::Text(v) => {
                    column
                        .typed::<ByteArrayType>()
                        .write_batch(v, levels, None)?;
                    v.clear();
                }
                Values::Integer(v) => {
                    column.typed::<Int64Type>().write_batch(v, levels, None)?;
                    v.clear();
                }
                Values::Date(v) => {
                    column.typed::<Int32Type>().write_batch(v, levels, None)?;
                    v.clear();
                }
            }
            buffer.levels.clear();
            column.close()?;
        }
        group.close()?;
        self.rows = 0;
        self.bytes = 0;
        Ok(())
    }

    fn finish(mut self) -> parquet::errors::Result<()> {
        self.flush()?;
        let mut out = self.writer.into_inner()?;
        out.flush()?;
        Ok(())
    }
}

/// One CSV file being written: a header of the column names, then a record per row (RFC
/// 4180, CRLF, as `--to csv` writes).
struct CsvTable {
    out: BufWriter<File>,
    options: CsvOptions,
    record: String,
}

impl CsvTable {
    fn new(table: &Table, mut out: BufWriter<File>, options: CsvOptions) -> std::io::Result<Self> {
        if options.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let mut record = String::new();
        let names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        write_record_with(&mut record, &names, options.formulas);
        out.write_all(record.as_bytes())?;
        Ok(CsvTable {
            out,
            options,
            record,
        })
    }

    fn push(&mut self, values: &[Value<'_>]) -> std::io::Result<()> {
        let cells: Vec<_> = values.iter().map(Value::to_csv_cell).collect();
        self.record.clear();
        write_record_with(&mut self.record, &cells, self.options.formulas);
        self.out.write_all(self.record.as_bytes())
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

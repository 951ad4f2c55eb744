//! Format v1 (the labeled JSON) and the other export formats.
//!
//! The model counts bytes; files count code points (and UTF-16 units for JavaScript and
//! NVivo). This module is the only place that converts, and it checks on import everything
//! the format promises, so a workspace that imports is always one the editor can work on.

// The page and the CLI read and write files only through this API: document all of it.
#![warn(missing_docs)]

pub mod autosave;
mod error;
pub mod formats;
mod import;
mod json;
mod jsonl;
mod labels;
pub mod limits;
mod lines;
mod offsets;
mod refi;
mod rfc4180;
#[cfg(feature = "schema")]
pub mod schema;
pub mod segments;
mod spreadsheet;
mod stats;
mod stored_zip;
pub mod tables;
pub mod v1;
pub mod view;

pub use autosave::DocumentSnapshot;
pub use error::{ImportError, ImportErrorKind};
pub use formats::{
    file_name, format, format_names, workspace_file_name, Format, Takes, WriteError, WriteOptions,
    FORMATS,
};
pub use import::{
    import_codebook_file, import_codebook_file_noting_keys, import_readout, readout_text,
};
pub use json::{
    export_codebook, export_v1, generator, import_codebook, import_codebook_noting_keys, import_v1,
    validate_v1, write_v1, write_v1_line,
};
pub use jsonl::{export_doccano, export_prodigy, JsonlUnit};
pub use lines::{at_line, import_v1_lines, import_workspace, is_v1_lines, line_source, LineMerger};
pub use refi::{export_qdc, export_qde, export_qdpx, import_qdc};
pub use rfc4180::{
    is_formula_cell, write_csv, write_csv_with, write_record, write_record_with, CsvOptions,
    Formulas,
};
pub use spreadsheet::{export_csv, export_csv_with, CSV_COLUMNS};
pub use stats::{theme_counts, ThemeCount};
pub use stored_zip::{crc32, StoredZip};

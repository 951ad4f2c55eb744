//! Format v1 (the labeled JSON) and the other export formats.
//!
//! The model counts bytes; files count code points (and UTF-16 units for JavaScript and
//! NVivo). This module is the only place that converts, and it checks on import everything
//! the format promises, so a workspace that imports is always one the editor can work on.

// The page and the CLI read and write files only through this API: document all of it.
#![warn(missing_docs)]

mod error;
mod json;
mod offsets;
pub mod v1;

pub use error::{ImportError, ImportErrorKind};
pub use json::{export_codebook, export_v1, generator, import_codebook, import_v1, validate_v1};

//! Writing and reading format v1 (the labeled JSON) and codebook files.
//!
//! Writing ([`mod@write`]) borrows the model and streams it; reading ([`read`]) checks
//! everything the format promises before a workspace is returned.

mod read;
mod write;

pub use read::{import_codebook, import_codebook_noting_keys, import_v1, validate_v1};
pub use write::{export_codebook, export_v1, generator, write_v1, write_v1_line};

//! Readout Annotator's core: parse diplomatic readouts, hold their annotations, and export them.
//!
//! Everything here is plain Rust with no browser dependency, so the command-line tool and the
//! native tests share exactly the code the page runs. The Yew UI lives in [`app`] behind the
//! `ui` feature.

// Every public item is part of the contract between the core, the page and the CLI.
#![warn(missing_debug_implementations)]

pub mod annotation;
pub mod export;
mod fnv;
pub mod readout;

#[cfg(feature = "ui")]
pub mod app;

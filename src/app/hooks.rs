//! The App component's hooks: what the page does around its components, named.

mod autosave;
mod shortcuts;

pub use autosave::use_autosave;
pub use shortcuts::use_shortcuts;

//! The App component's hooks: what the page does around its components, named.

mod autosave;
mod shortcuts;
pub mod view_memory;

pub use autosave::use_autosave;
pub use shortcuts::use_shortcuts;
pub use view_memory::use_view_memory;

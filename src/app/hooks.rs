//! The App component's hooks: what the page does around its components, named.

mod shortcuts;

pub use shortcuts::use_shortcuts;

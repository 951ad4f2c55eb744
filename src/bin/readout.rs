//! `readout`: the command-line tool over the same core as the page.

fn main() {}

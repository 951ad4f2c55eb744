//! A CSV writer (RFC 4180), written by hand because the `csv` crate costs the page about 20 KB
//! of gzipped WebAssembly for what is, on the writing side, a few lines: every cell we write is
//! already a `str`, and we never read CSV.
//!
//! Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (and some strip a
//! leading tab or carriage return first), so a title like `=HYPERLINK(...)` in an imported
//! readout would run on the coder's machine. By default such cells are neutralised as OWASP
//! advises (CSV injection): a single quote is put before them and the cell is quoted, so the
//! spreadsheet shows the text. [`Formulas::Raw`] writes every cell exactly, for programs
//! (R, pandas) that read the text and run nothing.

/// What to do with cells a spreadsheet would run as formulas.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Formulas {
    /// Put `'` before a cell starting with `=`, `+`, `-`, `@`, tab or CR, and quote it.
    #[default]
    Neutralise,
    /// Write every cell exactly as it is.
    Raw,
}

/// How a whole CSV file is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CsvOptions {
    /// Start with a UTF-8 byte-order mark (Excel reads a CSV file as UTF-8 only with one).
    pub bom: bool,
    /// Formula cells neutralised (the default) or written raw.
    pub formulas: Formulas,
}

/// True when a spreadsheet would take the cell for a formula (OWASP's list of first
/// characters).
pub fn is_formula_cell(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Appends one record to `out` with formula cells neutralised: see [`write_record_with`].
pub fn write_record<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    write_record_with(out, cells, Formulas::Neutralise);
}

/// Appends one record to `out`: cells separated by commas, the line ended by CRLF. A cell is
/// quoted when it holds a quote, a comma, a CR or an LF (quotes inside are doubled), or when
/// it is a neutralised formula, and only then, so a spreadsheet shows exactly the text that
/// was written.
///
/// A record of one empty cell is written as `""`: an empty line would read back as no record
/// at all.
pub fn write_record_with<S: AsRef<str>>(out: &mut String, cells: &[S], formulas: Formulas) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = cell.as_ref();
        let neutralise = formulas == Formulas::Neutralise && is_formula_cell(cell);
        if neutralise
            || cell.contains(['"', ',', '\r', '\n'])
            || (cells.len() == 1 && cell.is_empty())
        {
            out.push('"');
            if neutralise {
                out.push('\'');
            }
            for (j, part) in cell.split('"').enumerate() {
                if j > 0 {
                    out.push_str("\"\"");
                }
                out.push_str(part);
            }
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

/// A whole CSV file with formula cells neutralised: see [`write_csv_with`].
pub fn write_csv<S: AsRef<str>>(
    bom: bool,
    rows: impl IntoIterator<Item = impl AsRef<[S]>>,
) -> String {
    write_csv_with(
        CsvOptions {
            bom,
            formulas: Formulas::Neutralise,
        },
        rows,
    )
}

/// A whole CSV file: `rows` in order, after a UTF-8 byte-order mark when `options.bom` is set.
pub fn write_csv_with<S: AsRef<str>>(
    options: CsvOptions,
    rows: impl IntoIterator<Item = impl AsRef<[S]>>,
) -> String {
    let mut out = String::new();
    if options.bom {
        out.push('\u{feff}');
    }
    for row in rows {
        write_record_with(&mut out, row.as_ref(), options.formulas);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(cells: &[&str]) -> String {
        let mut out = String::new();
        write_record(&mut out, cells);
        out
    }

    #[test]
    fn quotes_only_what_needs_quoting() {
        assert_eq!(record(&["a", "b c", "", "😀"]), "a,b c,,😀\r\n");
        assert_eq!(record(&["a,b"]), "\"a,b\"\r\n");
        assert_eq!(record(&["say \"hi\""]), "\"say \"\"hi\"\"\"\r\n");
        assert_eq!(record(&["\"\""]), "\"\"\"\"\"\"\r\n");
        assert_eq!(
            record(&["one\r\ntwo", "x\ry", "x\ny"]),
            "\"one\r\ntwo\",\"x\ry\",\"x\ny\"\r\n"
        );
        assert_eq!(record(&[" padded "]), " padded \r\n");
    }

    #[test]
    fn formula_cells_get_a_quote_and_are_quoted() {
        assert_eq!(record(&["=1+1", "-2", "a"]), "\"'=1+1\",\"'-2\",a\r\n");
        assert_eq!(record(&["@x\"y"]), "\"'@x\"\"y\"\r\n");
        assert_eq!(record(&["\tx", "\rx"]), "\"'\tx\",\"'\rx\"\r\n");
        let mut raw = String::new();
        write_record_with(&mut raw, &["=1+1", "-2"], Formulas::Raw);
        assert_eq!(raw, "=1+1,-2\r\n");
    }

    #[test]
    fn empty_records_are_not_empty_lines() {
        assert_eq!(record(&[""]), "\"\"\r\n");
        assert_eq!(record(&["", ""]), ",\r\n");
        assert_eq!(record(&[]), "\r\n");
    }

    #[test]
    fn a_file_is_its_records_after_an_optional_bom() {
        let rows = [["a", "b"], ["1", "2"]];
        assert_eq!(write_csv(false, rows), "a,b\r\n1,2\r\n");
        assert_eq!(write_csv(true, rows), "\u{feff}a,b\r\n1,2\r\n");
        assert_eq!(write_csv::<&str>(true, Vec::<Vec<&str>>::new()), "\u{feff}");
    }
}

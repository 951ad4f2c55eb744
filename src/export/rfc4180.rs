//! A CSV writer (RFC 4180), written by hand because the `csv` crate costs the page about 20 KB
//! of gzipped WebAssembly for what is, on the writing side, a few lines: every cell we write is
//! already a `str`, and we never read CSV.

/// Appends one record to `out`: cells separated by commas, the line ended by CRLF. A cell is
/// quoted when it holds a quote, a comma, a CR or an LF (quotes inside are doubled), and only
/// then, so a spreadsheet shows exactly the text that was written.
///
/// A record of one empty cell is written as `""`: an empty line would read back as no record
/// at all.
pub fn write_record<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let cell = cell.as_ref();
        if cell.contains(['"', ',', '\r', '\n']) || (cells.len() == 1 && cell.is_empty()) {
            out.push('"');
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

/// A whole CSV file: `rows` in order, after a UTF-8 byte-order mark when `bom` is set (Excel
/// reads a CSV file as UTF-8 only when it starts with one).
pub fn write_csv<S: AsRef<str>>(
    bom: bool,
    rows: impl IntoIterator<Item = impl AsRef<[S]>>,
) -> String {
    let mut out = String::new();
    if bom {
        out.push('\u{feff}');
    }
    for row in rows {
        write_record(&mut out, row.as_ref());
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

//! Converting offsets between bytes (the model), code points and UTF-16 code units (the file).
//!
//! Each conversion takes every offset a document needs at once, sorts them and walks the text
//! a single time, so converting a document costs one pass over its text however many sentences
//! it has (not one pass per sentence from the start).

/// One position in all three units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Position {
    /// Byte offset.
    pub byte: usize,
    /// Code point offset.
    pub char: usize,
    /// UTF-16 code unit offset.
    pub utf16: usize,
}

/// Positions of a set of offsets, sorted by offset.
#[derive(Clone, Debug)]
pub(crate) struct PositionTable {
    positions: Vec<Position>,
}

impl PositionTable {
    /// Positions for byte offsets into `text`. Offsets that are past the end or inside a
    /// character are resolved to the character that contains them, so a broken model still
    /// exports something readable rather than panicking.
    pub fn from_bytes(text: &str, mut bytes: Vec<usize>) -> Self {
        bytes.sort_unstable();
        bytes.dedup();
        let mut positions = Vec::with_capacity(bytes.len());
        let mut wanted = bytes.into_iter().peekable();
        let mut here = Position::default();
        for (b, c) in text.char_indices() {
            while let Some(&w) = wanted.peek() {
                if w > b {
                    break;
                }
                positions.push(Position { byte: w, ..here });
                wanted.next();
            }
            here = Position {
                byte: b + c.len_utf8(),
                char: here.char + 1,
                utf16: here.utf16 + c.len_utf16(),
            };
        }
        positions.extend(wanted.map(|w| Position { byte: w, ..here }));
        Self { positions }
    }

    /// Positions for code point offsets into `text`; offsets past the end are left out (the
    /// caller checks them against [`char_count`] first and reports them).
    pub fn from_chars(text: &str, mut chars: Vec<usize>) -> Self {
        chars.sort_unstable();
        chars.dedup();
        let mut positions = Vec::with_capacity(chars.len());
        let mut wanted = chars.into_iter().peekable();
        let mut here = Position::default();
        for c in text.chars().chain(std::iter::once('\0')) {
            while wanted.peek() == Some(&here.char) {
                positions.push(here);
                wanted.next();
            }
            if wanted.peek().is_none() {
                break;
            }
            here = Position {
                byte: here.byte + c.len_utf8(),
                char: here.char + 1,
                utf16: here.utf16 + c.len_utf16(),
            };
        }
        Self { positions }
    }

    /// The position of a byte offset given to [`Self::from_bytes`].
    pub fn at_byte(&self, byte: usize) -> Position {
        match self.positions.binary_search_by_key(&byte, |p| p.byte) {
            Ok(i) => self.positions[i],
            Err(_) => Position {
                byte,
                ..Position::default()
            },
        }
    }

    /// The position of a code point offset given to [`Self::from_chars`].
    pub fn at_char(&self, char: usize) -> Option<Position> {
        self.positions
            .binary_search_by_key(&char, |p| p.char)
            .ok()
            .map(|i| self.positions[i])
    }
}

/// Number of code points in `text`.
pub(crate) fn char_count(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_to_chars_and_utf16() {
        let text = "a😀b\r\n中é";
        let table = PositionTable::from_bytes(text, vec![0, 1, 5, 6, 8, 11, text.len()]);
        let p = table.at_byte(5);
        assert_eq!((p.char, p.utf16), (2, 3));
        let p = table.at_byte(8);
        assert_eq!((p.char, p.utf16), (5, 6));
        let p = table.at_byte(text.len());
        assert_eq!((p.char, p.utf16), (7, 8));
    }

    #[test]
    fn chars_to_bytes() {
        let text = "a😀b\r\n中é";
        let table = PositionTable::from_chars(text, vec![7, 0, 2, 5, 9]);
        assert_eq!(table.at_char(2).map(|p| p.byte), Some(5));
        assert_eq!(table.at_char(5).map(|p| p.byte), Some(8));
        assert_eq!(table.at_char(7).map(|p| p.byte), Some(text.len()));
        assert_eq!(table.at_char(9), None);
    }
}

//! Which bytes are text: one decision for the page and the CLI.
//!
//! Read are UTF-8, with or without a byte-order mark, and UTF-16 (little- or big-endian) with
//! one. Everything else is refused with what was found, rather than guessed at: a guess
//! (Windows-1252, UTF-16 without a mark) that is wrong turns every sentence into a different
//! text with no sign of it, and the labels made on it would not match the readout. The
//! message says where the first problem is, so the file can be re-saved as UTF-8.

use std::fmt;

/// The encoding a text was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 after a byte-order mark (EF BB BF), which is not part of the text.
    Utf8Bom,
    /// UTF-16 little-endian after its byte-order mark (FF FE).
    Utf16Le,
    /// UTF-16 big-endian after its byte-order mark (FE FF).
    Utf16Be,
}

/// A decoded text and the encoding it was in. The byte-order mark is not in `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// How it was encoded.
    pub encoding: TextEncoding,
}

/// Why bytes were not read as text. Offsets count bytes from the start of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodingError {
    /// A NUL byte (or, after decoding, a NUL character): binary data, not text.
    Binary {
        /// Where the first NUL is.
        offset: usize,
    },
    /// NUL bytes in every other position with text between: UTF-16 saved without the
    /// byte-order mark that says which byte order it uses.
    Utf16WithoutBom {
        /// The byte order the NULs suggest.
        big_endian: bool,
    },
    /// Bytes that are not UTF-8 (Latin-1 or Windows-1252 text, most often).
    InvalidUtf8 {
        /// Where the first invalid byte is.
        offset: usize,
        /// That byte.
        byte: u8,
    },
    /// UTF-16 with a byte-order mark whose code units do not make text: an odd number of
    /// bytes, or half a surrogate pair.
    InvalidUtf16 {
        /// Where the bad code unit starts (or the stray last byte is).
        offset: usize,
        /// The byte order of the mark.
        big_endian: bool,
    },
}

fn order(big_endian: bool) -> &'static str {
    if big_endian {
        "big-endian"
    } else {
        "little-endian"
    }
}

impl fmt::Display for EncodingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            EncodingError::Binary { offset } => write!(
                f,
                "binary data, not text (a NUL byte at offset {offset}); open a .txt, .html \
                 or .json file"
            ),
            EncodingError::Utf16WithoutBom { big_endian } => write!(
                f,
                "this looks like UTF-16 ({}) without a byte-order mark; save it as UTF-8 \
                 (or as UTF-16 with a byte-order mark) and try again",
                order(big_endian)
            ),
            EncodingError::InvalidUtf8 { offset, byte } => write!(
                f,
                "not UTF-8 text (invalid byte 0x{byte:02X} at offset {offset}; Latin-1 and \
                 Windows-1252 are not read); save it as UTF-8 and try again"
            ),
            EncodingError::InvalidUtf16 { offset, big_endian } => write!(
                f,
                "not valid UTF-16 ({}): broken at byte offset {offset}; save it as UTF-8 and \
                 try again",
                order(big_endian)
            ),
        }
    }
}

impl std::error::Error for EncodingError {}

/// Decodes the bytes of a text or JSON file: UTF-8 with or without a byte-order mark, UTF-16
/// with one; refuses everything else, saying what was found (see [`EncodingError`]). A text
/// holding a NUL character is binary data whatever its encoding.
pub fn decode_text(bytes: &[u8]) -> Result<Decoded, EncodingError> {
    if let Some(rest) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return decode_utf8(rest, 3).map(|text| Decoded {
            text,
            encoding: TextEncoding::Utf8Bom,
        });
    }
    for (mark, big_endian, encoding) in [
        ([0xff, 0xfe], false, TextEncoding::Utf16Le),
        ([0xfe, 0xff], true, TextEncoding::Utf16Be),
    ] {
        if let Some(rest) = bytes.strip_prefix(&mark) {
            let text = decode_utf16(rest, big_endian)?;
            if let Some(at) = text.find('\0') {
                // The character's offset in the file: two bytes per unit before it, and the mark.
                let units: usize = text[..at].chars().map(char::len_utf16).sum();
                return Err(EncodingError::Binary {
                    offset: 2 + 2 * units,
                });
            }
            return Ok(Decoded { text, encoding });
        }
    }
    decode_utf8(bytes, 0).map(|text| Decoded {
        text,
        encoding: TextEncoding::Utf8,
    })
}

/// UTF-8 without NULs; `skipped` bytes (a mark) came before `bytes` in the file.
fn decode_utf8(bytes: &[u8], skipped: usize) -> Result<String, EncodingError> {
    if let Some(nul) = bytes.iter().position(|b| *b == 0) {
        return Err(match utf16_without_bom(bytes) {
            Some(big_endian) => EncodingError::Utf16WithoutBom { big_endian },
            None => EncodingError::Binary {
                offset: skipped + nul,
            },
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            Err(EncodingError::InvalidUtf8 {
                offset: skipped + at,
                byte: bytes[at],
            })
        }
    }
}

/// When NULs fill most of one byte position of each pair and few of the other, the bytes
/// are UTF-16 text of mostly Latin script: `Some(true)` for big-endian (NUL first).
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let pairs = bytes.len() / 2;
    if pairs == 0 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // Nearly all NULs on one side, text (few NULs) on the other.
    let mostly = |n: usize| n * 10 >= pairs * 6;
    let few = |n: usize| n * 10 <= pairs;
    if mostly(odd) && few(even) {
        Some(false)
    } else if mostly(even) && few(odd) {
        Some(true)
    } else {
        None
    }
}

fn decode_utf16(bytes: &[u8], big_endian: bool) -> Result<String, EncodingError> {
    let units = bytes.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    let mut text = String::with_capacity(bytes.len());
    let mut offset = 2;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                text.push(c);
                offset += 2 * c.len_utf16();
            }
            Err(_) => return Err(EncodingError::InvalidUtf16 { offset, big_endian }),
        }
    }
    if bytes.len() % 2 == 1 {
        return Err(EncodingError::InvalidUtf16 {
            offset: 2 + bytes.len() - 1,
            big_endian,
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let units = bom.then_some(0xfeff).into_iter().chain(text.encode_utf16());
        units
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    }

    const TEXT: &str = "Xi Jinping said 😀 中国 café.\r\n";

    #[test]
    fn utf8_with_or_without_a_mark() {
        let plain = decode_text(TEXT.as_bytes()).expect("UTF-8");
        assert_eq!(
            (plain.text.as_str(), plain.encoding),
            (TEXT, TextEncoding::Utf8)
        );
        let mut marked = vec![0xef, 0xbb, 0xbf];
        marked.extend(TEXT.as_bytes());
        let marked = decode_text(&marked).expect("UTF-8 with a BOM");
        assert_eq!(
            (marked.text.as_str(), marked.encoding),
            (TEXT, TextEncoding::Utf8Bom)
        );
        assert_eq!(decode_text(b"").expect("empty").text, "");
    }

    #[test]
    fn utf16_with_a_mark_either_order() {
        for (big_endian, encoding) in [
            (false, TextEncoding::Utf16Le),
            (true, TextEncoding::Utf16Be),
        ] {
            let d = decode_text(&utf16(TEXT, big_endian, true)).expect("UTF-16");
            assert_eq!((d.text.as_str(), d.encoding), (TEXT, encoding));
        }
    }

    #[test]
    fn refusals_say_what_was_found() {
        assert_eq!(
            decode_text(&[0; 1024]),
            Err(EncodingError::Binary { offset: 0 })
        );
        assert_eq!(
            decode_text(b"abc\0def"),
            Err(EncodingError::Binary { offset: 3 })
        );
        assert_eq!(
            decode_text(&utf16("The ministers met.", false, false)),
            Err(EncodingError::Utf16WithoutBom { big_endian: false })
        );
        assert_eq!(
            decode_text(&utf16("The ministers met.", true, false)),
            Err(EncodingError::Utf16WithoutBom { big_endian: true })
        );
        let e = decode_text(b"Caf\xe9").expect_err("Latin-1");
        assert_eq!(
            e,
            EncodingError::InvalidUtf8 {
                offset: 3,
                byte: 0xe9
            }
        );
        assert!(e.to_string().contains("0xE9 at offset 3"), "{e}");
        assert_eq!(
            decode_text(b"\xef\xbb\xbfCaf\xe9"),
            Err(EncodingError::InvalidUtf8 {
                offset: 6,
                byte: 0xe9
            })
        );
        let mut lone = vec![0xff, 0xfe, b'a', 0];
        lone.extend([0x00, 0xd8, b'b', 0]);
        assert_eq!(
            decode_text(&lone),
            Err(EncodingError::InvalidUtf16 {
                offset: 4,
                big_endian: false
            })
        );
        assert_eq!(
            decode_text(&[0xff, 0xfe, b'a', 0, b'b']),
            Err(EncodingError::InvalidUtf16 {
                offset: 4,
                big_endian: false
            })
        );
        assert_eq!(
            decode_text(&utf16("ab\0", false, true)),
            Err(EncodingError::Binary { offset: 6 })
        );
    }
}

//! Which bytes are text: UTF-8 (with or without a byte-order mark) and UTF-16 with a
//! byte-order mark are read; anything else is refused with a message saying what was found,
//! so a Latin-1 file never turns silently into replacement characters.

use std::fmt;

/// Why bytes were not read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodingError {
    /// Not valid UTF-8 and no UTF-16 byte-order mark.
    InvalidUtf8 {
        /// Offset of the first byte that is not UTF-8.
        offset: usize,
        /// That byte.
        byte: u8,
    },
    /// A UTF-16 byte-order mark, then something that is not UTF-16.
    InvalidUtf16 {
        /// Byte offset of the first bad code unit (or of the odd last byte).
        offset: usize,
    },
    /// A NUL character: binary data, or UTF-16 without a byte-order mark.
    Binary {
        /// Byte offset of the first NUL.
        offset: usize,
    },
}

impl fmt::Display for EncodingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InvalidUtf8 { offset, byte } => write!(
                f,
                "the file is not UTF-8 text: byte {offset} (0x{byte:02X}) is not valid UTF-8 \
                 (Latin-1 or Windows-1252 perhaps); save it as UTF-8 and open it again"
            ),
            Self::InvalidUtf16 { offset } => write!(
                f,
                "the file starts like UTF-16 text but byte {offset} is not valid UTF-16"
            ),
            Self::Binary { offset } => write!(
                f,
                "the file holds binary data (a NUL byte at offset {offset}), not text; \
                 UTF-16 text needs a byte-order mark"
            ),
        }
    }
}

impl std::error::Error for EncodingError {}

/// Decodes a file's bytes as text, without its byte-order mark.
pub fn decode_text(bytes: &[u8]) -> Result<String, EncodingError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    decode_utf8(bytes, 0)
}

/// `bytes` as UTF-8; `start` is their offset in the file, for messages.
fn decode_utf8(bytes: &[u8], start: usize) -> Result<String, EncodingError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => refuse_nul(text, start),
        Err(error) => {
            let at = error.valid_up_to();
            Err(EncodingError::InvalidUtf8 {
                offset: start + at,
                byte: bytes[at],
            })
        }
    }
}

/// `bytes` after a UTF-16 byte-order mark, with `unit` reading one code unit.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, EncodingError> {
    const BOM: usize = 2;
    if bytes.len() % 2 == 1 {
        return Err(EncodingError::InvalidUtf16 {
            offset: BOM + bytes.len() - 1,
        });
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len());
    let mut position = 0;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(c) => {
                if c == '\0' {
                    return Err(EncodingError::Binary {
                        offset: BOM + position,
                    });
                }
                position += 2 * c.len_utf16();
                text.push(c);
            }
            Err(_) => {
                return Err(EncodingError::InvalidUtf16 {
                    offset: BOM + position,
                })
            }
        }
    }
    Ok(text)
}

/// `text` unless it holds a NUL; `start` is its offset in the file.
fn refuse_nul(text: &str, start: usize) -> Result<String, EncodingError> {
    match text.bytes().position(|b| b == 0) {
        Some(at) => Err(EncodingError::Binary { offset: start + at }),
        None => Ok(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode_text("Café ✓".as_bytes()).unwrap(), "Café ✓");
        assert_eq!(decode_text(b"\xEF\xBB\xBFCaf\xC3\xA9").unwrap(), "Café");
        assert_eq!(decode_text(b"").unwrap(), "");
    }

    #[test]
    fn utf16_with_bom_both_byte_orders() {
        let text = "Café 中国 🙂";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode_text(&le).unwrap(), text);
        assert_eq!(decode_text(&be).unwrap(), text);
    }

    #[test]
    fn latin1_is_refused_naming_the_offset() {
        let error = decode_text(b"Caf\xe9 talks.").unwrap_err();
        assert_eq!(
            error,
            EncodingError::InvalidUtf8 {
                offset: 3,
                byte: 0xE9
            }
        );
        assert!(error.to_string().contains("byte 3 (0xE9)"), "{error}");
        let after_bom = decode_text(b"\xEF\xBB\xBFab\xff").unwrap_err();
        assert_eq!(
            after_bom,
            EncodingError::InvalidUtf8 {
                offset: 5,
                byte: 0xFF
            }
        );
    }

    #[test]
    fn nul_bytes_are_binary_data() {
        let error = decode_text(b"ab\0cd").unwrap_err();
        assert_eq!(error, EncodingError::Binary { offset: 2 });
        assert!(error.to_string().contains("binary data"));
        // UTF-16 without a byte-order mark: ASCII text full of NULs.
        assert!(matches!(
            decode_text(b"H\0i\0"),
            Err(EncodingError::Binary { offset: 1 })
        ));
        assert!(matches!(
            decode_text(&[0xFF, 0xFE, b'a', 0, 0, 0]),
            Err(EncodingError::Binary { offset: 4 })
        ));
    }

    #[test]
    fn broken_utf16_is_refused() {
        // An odd length, and a lone high surrogate.
        assert_eq!(
            decode_text(&[0xFF, 0xFE, b'a', 0, b'b']),
            Err(EncodingError::InvalidUtf16 { offset: 4 })
        );
        assert_eq!(
            decode_text(&[0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0]),
            Err(EncodingError::InvalidUtf16 { offset: 4 })
        );
    }
}

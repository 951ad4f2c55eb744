//! Normalisation that never rewrites the text: character classes and line scanning that treat
//! CRLF/CR, Unicode spaces, zero-width characters and the BOM as their plain equivalents while
//! every offset stays a byte offset into the original.

/// True for every character the parser treats as white space: ASCII and Unicode spaces, line
/// and paragraph separators, and invisible characters (zero-width space/joiners, word joiner,
/// BOM) that web copies scatter through text.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\u{0B}'
            | '\u{0C}'
            | '\u{85}'
            | '\u{A0}'
            | '\u{AD}'
            | '\u{1680}'
            | '\u{180E}'
            | '\u{2000}'
            ..='\u{200D}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{2060}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// One line of the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// First byte of the line.
    pub start: usize,
    /// First byte of the line break (or the end of the text).
    pub content_end: usize,
    /// One past the line break.
    pub end: usize,
}

/// Splits `text` into lines; `\n`, `\r\n`, a lone `\r`, U+0085, U+2028 and U+2029 all end a
/// line, so pasted text from any platform reads the same. The lines tile the text.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip, in one scan, the bytes that cannot start a line break.
        match bytes[i..]
            .iter()
            .position(|&b| matches!(b, b'\n' | b'\r' | 0xC2 | 0xE2))
        {
            Some(offset) => i += offset,
            None => break,
        }
        let b = bytes[i];
        let brk = match b {
            b'\n' => 1,
            b'\r' => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                }
            }
            0xC2 if bytes.get(i + 1) == Some(&0x85) => 2,
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                3
            }
            _ => 0,
        };
        if brk > 0 {
            out.push(Line {
                start,
                content_end: i,
                end: i + brk,
            });
            i += brk;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < bytes.len() {
        out.push(Line {
            start,
            content_end: bytes.len(),
            end: bytes.len(),
        });
    }
    out
}

/// Shrinks `start..end` past white space at both ends; returns an empty range at `end` when
/// nothing but white space is left.
pub(crate) fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(s) = text.get(start..end) else {
        return (end, end);
    };
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let rest = &s[lead..];
    let kept = rest.trim_end_matches(is_space).len();
    if kept == 0 {
        (end, end)
    } else {
        (start + lead, start + lead + kept)
    }
}

/// True when the range holds nothing but white space.
pub(crate) fn is_blank(text: &str, start: usize, end: usize) -> bool {
    text.get(start..end).is_none_or(|s| s.chars().all(is_space))
}

/// The character starting at byte `i`, if `i` is a boundary inside the text.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The character ending at byte `i`, with its start.
pub(crate) fn char_before(text: &str, i: usize) -> Option<(usize, char)> {
    let s = text.get(..i)?;
    let c = s.chars().next_back()?;
    Some((i - c.len_utf8(), c))
}

/// `text` in lower case with every byte offset kept, so a token's range reads its lower-case
/// form: a character whose lower case takes another number of bytes (Turkish "İ") stays as
/// it is.
pub(crate) fn lowered(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = bytes.to_ascii_lowercase();
    // Runs of ASCII are done; only the characters past them are decoded.
    let mut i = 0;
    while let Some(skip) = bytes[i..].iter().position(|b| !b.is_ascii()) {
        i += skip;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let n = c.len_utf8();
        if c.is_uppercase() {
            let mut lower = c.to_lowercase();
            if let (Some(l), None) = (lower.next(), lower.next()) {
                if l.len_utf8() == n {
                    l.encode_utf8(&mut out[i..i + n]);
                }
            }
        }
        i += n;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// True for CJK ideographs, kana and hangul: scripts that write no spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_of_every_platform() {
        let cases: &[(&str, &[&str])] = &[
            ("a\nb", &["a", "b"]),
            ("a\r\nb\r\n", &["a", "b"]),
            ("a\rb", &["a", "b"]),
            ("a\u{2028}b\u{2029}c", &["a", "b", "c"]),
            ("a\u{85}b", &["a", "b"]),
            ("", &[]),
            ("\n\n", &["", ""]),
        ];
        for (input, expected) in cases {
            let got: Vec<&str> = lines(input)
                .iter()
                .map(|l| &input[l.start..l.content_end])
                .collect();
            assert_eq!(&got, expected, "{input:?}");
            let covered: usize = lines(input).iter().map(|l| l.end - l.start).sum();
            assert_eq!(covered, input.len());
        }
    }

    #[test]
    fn trimming_knows_unicode_spaces() {
        let cases: &[(&str, &str)] = &[
            ("  a b  ", "a b"),
            ("\u{FEFF}\u{A0}Title\u{200B}", "Title"),
            ("\u{3000}中文\u{3000}", "中文"),
            (" \t\r\n", ""),
        ];
        for (input, expected) in cases {
            let (s, e) = trim(input, 0, input.len());
            assert_eq!(&input[s..e], *expected, "{input:?}");
        }
    }

    #[test]
    fn lowered_keeps_every_offset() {
        let cases = [
            ("The Two LEADERS", "the two leaders"),
            ("Президент ПУТИН", "президент путин"),
            ("Außenminister ÉTAT", "außenminister état"),
            // The lower case of "İ" takes three bytes: it stays.
            ("İstanbul Ankara", "İstanbul ankara"),
            ("习近平 Xi", "习近平 xi"),
        ];
        for (input, want) in cases {
            let got = lowered(input);
            assert_eq!(got, want);
            assert_eq!(got.len(), input.len(), "{input}");
        }
    }
}

//! List markers, the classes of characters the splitter stops at, and the pairing of quotes
//! and brackets that protects a short quotation or parenthesis.

use super::MAX_PROTECTED;
use crate::readout::normalise::{char_at, is_space, trim};

/// A list marker's kind and ordinal: "3." and "(3)" are `Number(3)`, "b." is `Lower(2)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Marker {
    /// Arabic numerals.
    Number(u32),
    /// Lower-case letters.
    Lower(u32),
    /// Upper-case letters (only with a bracket: "A)", "(B)").
    Upper(u32),
}

impl Marker {
    /// True when `self` is the item right after `prev` in the same list.
    pub(super) fn follows(self, prev: Marker) -> bool {
        match (prev, self) {
            (Marker::Number(a), Marker::Number(b))
            | (Marker::Lower(a), Marker::Lower(b))
            | (Marker::Upper(a), Marker::Upper(b)) => b == a + 1,
            _ => false,
        }
    }
}

/// Reads a list marker ("1.", "2.)", "(3)", "4)", "a.", "b)", "(C)") at `pos`; it must be
/// followed by white space and more text. Returns the marker and where it ends.
pub(crate) fn list_marker(text: &str, pos: usize, end: usize) -> Option<(Marker, usize)> {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut i = pos;
    let paren = bytes.get(i) == Some(&b'(');
    if paren {
        i += 1;
    }
    let body_start = i;
    while i < end && i - body_start < 3 && bytes[i].is_ascii_digit() {
        i += 1;
    }
    let marker = if i > body_start {
        if i < end && bytes[i].is_ascii_digit() {
            return None;
        }
        let digits = text.get(body_start..i)?;
        Marker::Number(digits.parse().ok()?)
    } else {
        let b = *bytes.get(i)?;
        if !b.is_ascii_alphabetic() {
            return None;
        }
        i += 1;
        if b.is_ascii_lowercase() {
            Marker::Lower(u32::from(b - b'a') + 1)
        } else {
            Marker::Upper(u32::from(b - b'A') + 1)
        }
    };
    let close = *bytes.get(i)?;
    let upper = matches!(marker, Marker::Upper(_));
    match (paren, close) {
        (true, b')') => i += 1,
        (false, b')') => i += 1,
        (false, b'.') if !upper => {
            i += 1;
            if bytes.get(i) == Some(&b')') {
                i += 1;
            }
        }
        _ => return None,
    }
    // The marker must stand alone: white space after it, then text.
    let next = char_at(text, i)?;
    if !is_space(next) || i >= end {
        return None;
    }
    let (s, _) = trim(text, i, end);
    if s >= end {
        return None;
    }
    Some((marker, i))
}

/// Bullets that start list items inside running text ("• 9. The first item • 10. ...").
pub(super) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '▪' | '◦' | '‣' | '●' | '■' | '□' | '➢' | '►')
}

pub(super) fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '。'
            | '！'
            | '？'
            | '｡'
            // Arabic-script question mark, Greek question mark.
            | '؟'
            | '\u{37e}'
    ) || is_caseless_stop(c)
}

/// Greek writes its question mark as ";" (U+037E, which Unicode folds to the plain semicolon,
/// so most Greek text has the plain one) and its semicolon as "·". A semicolon right after a
/// Greek letter is therefore a question mark; after any other script it stays a semicolon.
pub(super) fn is_greek_question(c: char, before: Option<char>) -> bool {
    c == ';' && before.is_some_and(is_greek_letter)
}

/// A letter of the Greek and Coptic or the Greek Extended block.
pub(super) fn is_greek_letter(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3ff}' | '\u{1f00}'..='\u{1fff}') && c.is_alphabetic()
}

/// A precomposed Hangul syllable (Korean's everyday script).
pub(super) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7a3}')
}

/// Stops of scripts without letter case: they end a sentence whatever follows. Urdu's full
/// stop ۔ and the Devanagari danda । (Hindi, Marathi) join the CJK ones.
fn is_caseless_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡' | '۔' | '।' | '॥')
}

pub(super) fn is_cjk_terminator(c: char) -> bool {
    is_caseless_stop(c)
}

pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            // German closes „ with “.
            | '“'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '》'
            | '）'
            | '〉'
            | '】'
            | '〕'
            | '〗'
            | '〛'
    )
}

pub(super) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―')
}

/// Bytes worth a look in the main pass: ASCII terminators, `)`, `;`, and the lead bytes of the
/// three-byte characters among terminators and bullets. Everything else is skipped by a
/// table lookup.
pub(super) const INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b')' as usize] = true;
    // The Greek question mark as Greek text mostly writes it (see `is_greek_question`).
    t[b';' as usize] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    // ; (U+037E), ؟ (U+061F), ۔ (U+06D4), । ॥ (U+0964, U+0965).
    t[0xCD] = true;
    t[0xD8] = true;
    t[0xDB] = true;
    t[0xE0] = true;
    t
};

/// Lead bytes of quote and bracket characters for the pairing pre-pass.
const PAIRING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'(' as usize] = true;
    t[b')' as usize] = true;
    t[b'[' as usize] = true;
    t[b']' as usize] = true;
    t[b'{' as usize] = true;
    t[b'}' as usize] = true;
    t[b'"' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// The opener a closing character pairs with, or the character itself for openers.
fn pair_kind(c: char) -> Option<(char, bool)> {
    // (kind, is_opener)
    Some(match c {
        '(' => ('(', true),
        ')' => ('(', false),
        '[' => ('[', true),
        ']' => ('[', false),
        '{' => ('{', true),
        '}' => ('{', false),
        '«' => ('«', true),
        '»' => ('«', false),
        '‹' => ('‹', true),
        '›' => ('‹', false),
        '“' => ('“', true),
        '”' => ('“', false),
        '„' => ('„', true),
        '《' => ('《', true),
        '》' => ('《', false),
        '「' => ('「', true),
        '」' => ('「', false),
        '『' => ('『', true),
        '』' => ('『', false),
        '【' => ('【', true),
        '】' => ('【', false),
        '〈' => ('〈', true),
        '〉' => ('〈', false),
        '（' => ('（', true),
        '）' => ('（', false),
        _ => return None,
    })
}

/// Opening quotation marks (as pairing kinds): a pair of these is a quotation, which may hold
/// several sentences, where a pair of brackets holds an aside.
fn is_quote_kind(kind: char) -> bool {
    matches!(kind, '"' | '“' | '„' | '«' | '‹' | '「' | '『')
}

/// A protected pair: where it opens, where it closes, and whether it is a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Pair {
    pub(super) open: usize,
    pub(super) close: usize,
    pub(super) quote: bool,
}

/// Pairs quotes and brackets in `start..end` with a stack and returns the outermost short
/// pairs, sorted and disjoint.
pub(super) fn protected_ranges(text: &str, start: usize, end: usize) -> Vec<Pair> {
    let bytes = text.as_bytes();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut found: Vec<Pair> = Vec::new();
    let mut i = start;
    while i < end {
        if !PAIRING[bytes[i] as usize] {
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else {
            i += 1;
            continue;
        };
        let len = c.len_utf8();
        let role = if c == '"' {
            Some(if stack.last().is_some_and(|(k, _)| *k == '"') {
                ('"', false)
            } else {
                ('"', true)
            })
        } else if c == '“' && stack.last().is_some_and(|(k, _)| *k == '„') {
            Some(('„', false))
        } else {
            pair_kind(c)
        };
        if let Some((kind, opener)) = role {
            if opener {
                if stack.len() < 16 {
                    stack.push((kind, i));
                }
            } else if let Some(depth) = stack.iter().rev().take(4).position(|(k, _)| *k == kind) {
                let idx = stack.len() - 1 - depth;
                let open = stack[idx].1;
                stack.truncate(idx);
                if i + len - open <= MAX_PROTECTED {
                    found.push(Pair {
                        open,
                        close: i + len,
                        quote: is_quote_kind(kind),
                    });
                }
            }
        }
        i += len;
    }
    found.sort_unstable();
    let mut out: Vec<Pair> = Vec::with_capacity(found.len());
    for r in found {
        match out.last() {
            Some(last) if r.open < last.close => {}
            _ => out.push(r),
        }
    }
    out
}

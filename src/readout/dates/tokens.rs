//! A date's tokens: numbers in any script's digits (with an ordinal suffix), words and
//! symbols, and what a single token can stand for (a year, a day, a month's number). The
//! patterns in the parent module read dates from these tokens, never from the characters.

use crate::readout::normalise::{is_cjk, is_space};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tok<'a> {
    /// Digits (any script's), with the number of digits and an ordinal suffix flag ("27th").
    Num {
        value: u32,
        digits: usize,
        ordinal: bool,
    },
    Word(&'a str),
    Sym(char),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct T<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) tok: Tok<'a>,
}

/// The value of a decimal digit in any of the scripts readouts use: ASCII, Arabic-Indic,
/// Persian, Devanagari and full-width.
fn digit(c: char) -> Option<u32> {
    let base = match c {
        '0'..='9' => '0',
        '\u{660}'..='\u{669}' => '\u{660}',
        '\u{6f0}'..='\u{6f9}' => '\u{6f0}',
        '\u{966}'..='\u{96f}' => '\u{966}',
        '\u{ff10}'..='\u{ff19}' => '\u{ff10}',
        _ => return None,
    };
    Some(c as u32 - base as u32)
}

/// Letters and the marks that belong to words (vowel signs, harakat, the Persian
/// zero-width non-joiner), outside the scripts written without spaces.
pub(super) fn word_char(c: char) -> bool {
    (c.is_alphabetic() && !is_cjk(c) && digit(c).is_none())
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{610}'..='\u{61a}' | '\u{64b}'..='\u{65f}'
            | '\u{670}' | '\u{6d6}'..='\u{6ed}' | '\u{900}'..='\u{903}' | '\u{93a}'..='\u{94f}'
            | '\u{951}'..='\u{957}' | '\u{962}'..='\u{963}' | '\u{200c}')
}

/// Ordinal suffixes written after a day ("27th", "1er").
const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er"];

pub(super) fn tokenize(s: &str, limit: usize) -> Vec<T<'_>> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if out.len() >= limit {
            break;
        }
        if let Some(first) = digit(c) {
            let mut end = i + c.len_utf8();
            let mut value: u32 = first;
            let mut digits = 1;
            while let Some(&(j, d)) = it.peek() {
                let Some(v) = digit(d) else { break };
                value = value.saturating_mul(10).saturating_add(v);
                digits += 1;
                end = j + d.len_utf8();
                it.next();
            }
            let rest = &s[end..];
            let ordinal = ORDINALS.iter().any(|suf| {
                rest.starts_with(suf)
                    && !rest[2..]
                        .chars()
                        .next()
                        .is_some_and(|n| n.is_alphanumeric())
            });
            if ordinal {
                end += 2;
                it.next();
                it.next();
            }
            out.push(T {
                start: i,
                end,
                tok: Tok::Num {
                    value,
                    digits,
                    ordinal,
                },
            });
        } else if word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if !word_char(d) {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            out.push(T {
                start: i,
                end,
                tok: Tok::Word(&s[i..end]),
            });
        } else if !c.is_whitespace() && !is_space(c) {
            out.push(T {
                start: i,
                end: i + c.len_utf8(),
                tok: Tok::Sym(c),
            });
        }
    }
    out
}

pub(super) fn year_of(t: &Tok<'_>) -> Option<i32> {
    match *t {
        Tok::Num {
            value,
            digits: 4,
            ordinal: false,
        } if (1900..=2100).contains(&value) => i32::try_from(value).ok(),
        _ => None,
    }
}

/// A Solar Hijri year of the last century and this one (1300 is 1921).
pub(super) fn solar_year_of(t: &Tok<'_>) -> Option<i32> {
    match *t {
        Tok::Num {
            value,
            digits: 4,
            ordinal: false,
        } if (1300..=1500).contains(&value) => i32::try_from(value).ok(),
        _ => None,
    }
}

pub(super) fn day_of(t: &Tok<'_>) -> Option<u32> {
    match *t {
        Tok::Num {
            value,
            digits: 1 | 2,
            ..
        } if (1..=31).contains(&value) => Some(value),
        _ => None,
    }
}

pub(super) fn num_month(t: &Tok<'_>) -> Option<u32> {
    match *t {
        Tok::Num {
            value,
            digits: 1 | 2,
            ordinal: false,
        } if (1..=12).contains(&value) => Some(value),
        _ => None,
    }
}

pub(super) fn is_num(t: Option<&T<'_>>) -> bool {
    matches!(
        t,
        Some(T {
            tok: Tok::Num { .. },
            ..
        })
    )
}

pub(super) fn sym(t: Option<&T<'_>>, c: char) -> bool {
    matches!(t, Some(T { tok: Tok::Sym(s), .. }) if *s == c)
}

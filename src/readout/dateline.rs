//! A news agency's dateline at the start of the first paragraph ("SINGAPORE, May 24 --",
//! "新华社北京10月25日电", "(CNN en Español) –", "АСТАНА, 17 апр — Sputnik."): not body by
//! KEYING.md, so the first sentence starts after it. Only the shape is read — a place in
//! capitals or an agency in brackets before a spaced dash, or a Chinese wire line ending in
//! 日电 — never a list of agencies or places.

use super::normalise::{char_at, is_cjk, is_space, trim};

/// Longest dateline read, in characters.
const MAX_DATELINE: usize = 64;

/// Where the body starts when `start..end` (the first paragraph) opens with a dateline.
pub(crate) fn dateline_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let rest = text.get(start..end)?;
    let after = chinese_wire(rest).or_else(|| dashed(rest))?;
    let (s, _) = trim(text, start + after, end);
    // Something must be left: a paragraph that is only a dateline stays as it is.
    (s < end).then_some(s)
}

/// "新华社北京10月25日电 ", "新華社俄羅斯烏法7月9日電 ", "新华社北京4月2日电（记者 某某）":
/// CJK letters and digits up to 日电/日電, then a space or a bracketed byline.
fn chinese_wire(rest: &str) -> Option<usize> {
    let mut prev = None;
    for (i, c) in rest.char_indices().take(MAX_DATELINE) {
        if matches!(c, '电' | '電') && prev == Some('日') {
            let e = i + c.len_utf8();
            let next = char_at(rest, e)?;
            if is_space(next) {
                return Some(e);
            }
            if matches!(next, '（' | '(') {
                let close = rest[e..]
                    .char_indices()
                    .take(24)
                    .find(|&(_, d)| matches!(d, '）' | ')'))?;
                return Some(e + close.0 + close.1.len_utf8());
            }
            return None;
        }
        if !(is_cjk(c) || c.is_ascii_digit()) {
            return None;
        }
        prev = Some(c);
    }
    None
}

/// "SINGAPORE, May 24 -- ", "ROMA\ aise\ - ", "(CNN en Español) – ", "АСТАНА, 17 апр —
/// Sputnik. ": a place written in capitals (three letters or more, then a comma, space or
/// backslash) or an agency in brackets, no sentence stop, a spaced dash, then a capital. A
/// single agency name closed by a full stop right after the dash goes with it.
fn dashed(rest: &str) -> Option<usize> {
    let head: String = rest.chars().take(MAX_DATELINE).collect();
    let opens = if let Some(inner) = head.strip_prefix('(') {
        // An agency has a name: "(2) - " is a list number and a dash, not a dateline.
        let close = inner.find(')')?;
        let letters = inner[..close].chars().filter(|c| c.is_alphabetic()).count();
        (letters >= 2).then_some(close + 2)
    } else {
        let word: String = head.chars().take_while(|c| c.is_alphabetic()).collect();
        let n = word.chars().count();
        let caps = n >= 3 && word.chars().all(char::is_uppercase);
        let next = head[word.len()..].chars().next();
        (caps && matches!(next, Some(',' | ' ' | '\\'))).then_some(word.len())
    }?;
    // The spaced dash: " -- ", " – ", " — ", " - " (maybe "\ - ").
    let mut k = opens;
    let bytes = head.as_bytes();
    let dash_at = loop {
        let c = char_at(&head, k)?;
        if matches!(c, '!' | '?' | '。') {
            return None;
        }
        // "Feb. 25" is a date; "agreed. Then" is a sentence, not a dateline.
        if c == '.' && char_at(&head, skip_spaces(&head, k + 1)).is_some_and(char::is_uppercase) {
            return None;
        }
        if matches!(c, '-' | '–' | '—')
            && k > 0
            && (is_space(char_before_byte(&head, k)) || bytes[k - 1] == b'\\')
        {
            break k;
        }
        k += c.len_utf8();
    };
    let mut e = dash_at;
    while let Some(c) = char_at(&head, e).filter(|&c| matches!(c, '-' | '–' | '—')) {
        e += c.len_utf8();
    }
    if !char_at(&head, e).is_some_and(is_space) {
        return None;
    }
    let body = skip_spaces(&head, e);
    let first = char_at(&head, body)?;
    if !first.is_uppercase() {
        return None;
    }
    // "— Sputnik. The presidents…": an agency name and its stop.
    let word: String = head[body..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let stop = body + word.len();
    if word.chars().count() >= 4 && head[stop..].starts_with(". ") {
        let then = skip_spaces(&head, stop + 1);
        if char_at(&head, then).is_some_and(char::is_uppercase) {
            return Some(then);
        }
    }
    Some(body)
}

fn char_before_byte(s: &str, k: usize) -> char {
    s[..k].chars().next_back().unwrap_or(' ')
}

fn skip_spaces(s: &str, mut k: usize) -> usize {
    while let Some(c) = char_at(s, k).filter(|&c| is_space(c)) {
        k += c.len_utf8();
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> &str {
        dateline_end(text, 0, text.len()).map_or(text, |s| &text[s..])
    }

    #[test]
    fn datelines_are_cut_off() {
        let table: &[(&str, &str)] = &[
            (
                "BEIJING, Feb. 25 (Xinhua) -- Chinese President Xi Jinping spoke with him.",
                "Chinese President Xi Jinping spoke with him.",
            ),
            (
                "WASHINGTON – President Biden spoke today with the Chancellor.",
                "President Biden spoke today with the Chancellor.",
            ),
            (
                "PARIS\\ afp\\ - Le président a parlé avec lui.",
                "Le président a parlé avec lui.",
            ),
            (
                "(Reuters) – El presidente habló por teléfono.",
                "El presidente habló por teléfono.",
            ),
            (
                "МОСКВА, 3 мар — ТАСС. Президенты обсудили ситуацию.",
                "Президенты обсудили ситуацию.",
            ),
            (
                "新华社北京3月5日电 国家主席同他通电话。",
                "国家主席同他通电话。",
            ),
            (
                "新华社东京5月1日电（记者王某）外交部长同他通电话。",
                "外交部长同他通电话。",
            ),
        ];
        for (text, expected) in table {
            assert_eq!(body(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn ordinary_openings_stay() {
        assert_eq!(dateline_end("(2) - President", 0, 15), None);
        for text in [
            "The President spoke with him – a long call.",
            "NATO Secretary General Jens Stoltenberg spoke with him.",
            "USA and Canada agreed. Then – as planned – they met.",
            "4月2日晚，国家主席习近平应约同美国总统拜登通电话。",
            "双方就两国关系交换意见，一致同意加强合作。",
            "UN chief – in a call – thanked him.",
            "— Ele me ligou — relatou.",
        ] {
            assert_eq!(body(text), text, "{text:?}");
        }
    }
}

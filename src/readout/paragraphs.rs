//! Paragraphs: blank-line separated blocks, one paragraph per line (web copies), or
//! hard-wrapped lines joined back together. A line break inside a block starts a new
//! paragraph unless the line reads as cut off mid-sentence.

use super::normalise::{char_at, is_cjk, is_space, trim, Line};
use super::sentences::{list_marker, Marker};

/// A paragraph's extent in lines (`first..=last`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LineGroup {
    /// Index of its first line.
    pub first: usize,
    /// Index of its last non-blank line.
    pub last: usize,
}

fn content(text: &str, line: &Line) -> (usize, usize) {
    trim(text, line.start, line.content_end)
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        matches!(
            c,
            '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '）'
        ) || is_space(c)
    });
    t.ends_with(['.', '!', '?', '。', '！', '？', '…', ':', '：', ';', '；'])
}

/// True when a line starts a list item or bullet, which always opens a new paragraph.
pub(crate) fn starts_item(text: &str, start: usize, end: usize) -> bool {
    if let Some(c) = char_at(text, start) {
        if matches!(c, '•' | '▪' | '◦' | '‣' | '●' | '■' | '⁃' | '*' | '·') {
            return true;
        }
        if matches!(c, '-' | '–' | '—') && char_at(text, start + c.len_utf8()).is_some_and(is_space)
        {
            return true;
        }
    }
    list_marker(text, start, end).is_some() || cjk_marker(text, start).is_some()
}

/// "一、", "（二）", "(三)", "1、": Chinese list numbers.
pub(crate) fn cjk_marker(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    let numeral = |c: char| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        ) || c.is_ascii_digit()
    };
    let mut it = rest.char_indices();
    let (_, c0) = it.next()?;
    if c0 == '（' || c0 == '(' {
        let mut n = 0;
        for (i, c) in it {
            if numeral(c) && n < 3 {
                n += 1;
            } else if (c == '）' || c == ')')
                && n > 0
                && !rest[..i].chars().all(|d| d.is_ascii_digit() || d == '(')
            {
                return Some(start + i + c.len_utf8());
            } else {
                return None;
            }
        }
        return None;
    }
    if !numeral(c0) {
        return None;
    }
    for (i, c) in rest.char_indices().skip(1).take(3) {
        if c == '、' {
            return Some(start + i + c.len_utf8());
        }
        if !numeral(c) {
            return spaced_number(rest, i, c).map(|e| start + e);
        }
    }
    None
}

/// "1　ガザ情勢に関し…", "2 ウクライナ情勢…": an Arabic number set off by a space before CJK
/// text, the way Japanese and Chinese pages number paragraphs. `i` is where the number stops
/// and `c` the character there; returns where the marker ends (after the space).
fn spaced_number(rest: &str, i: usize, c: char) -> Option<usize> {
    if !rest[..i].chars().all(|d| d.is_ascii_digit()) || !matches!(c, ' ' | '\u{3000}') {
        return None;
    }
    let after = i + c.len_utf8();
    rest[after..]
        .chars()
        .next()
        .is_some_and(|n| is_cjk(n) && !('\u{AC00}'..='\u{D7AF}').contains(&n))
        .then_some(after)
}

/// True when the dash before `from` opens a line of reported speech, as Portuguese, Spanish
/// and Russian write it: "— Ele me ligou… — relatou.", "– Мы договорились, – сказал он." A
/// later spaced dash before a lower-case word (the speech verb) shows it; such a dash is part
/// of the sentence, not a bullet.
fn opens_dialogue(text: &str, from: usize, end: usize) -> bool {
    let Some(rest) = text.get(from..end) else {
        return false;
    };
    let mut chars = rest.chars().peekable();
    let mut prev_space = false;
    while let Some(c) = chars.next() {
        if prev_space && matches!(c, '—' | '–') {
            let mut after = chars.clone();
            if after.next().is_some_and(is_space) && after.next().is_some_and(char::is_lowercase) {
                return true;
            }
        }
        prev_space = is_space(c);
    }
    false
}

/// The list number or bullet at the start of a paragraph, with the ordinal when it has one.
pub(crate) fn paragraph_number(
    text: &str,
    start: usize,
    end: usize,
) -> Option<(usize, Option<Marker>)> {
    if let Some((m, mend)) = list_marker(text, start, end) {
        // "1. 2. 3." is a run of numbers, not a numbered paragraph.
        let (next, _) = trim(text, mend, end);
        if starts_item(text, next, end) {
            return None;
        }
        return Some((mend, Some(m)));
    }
    if let Some(e) = cjk_marker(text, start) {
        return Some((e, None));
    }
    let c = char_at(text, start)?;
    let bullet = matches!(c, '•' | '▪' | '◦' | '‣' | '●' | '■' | '⁃' | '·')
        || (matches!(c, '-' | '–' | '—' | '*')
            && char_at(text, start + c.len_utf8()).is_some_and(is_space)
            && !opens_dialogue(text, start + c.len_utf8(), end));
    if bullet {
        let e = start + c.len_utf8();
        let (s, _) = trim(text, e, end);
        if s < end && !starts_item(text, s, end) {
            return Some((e, None));
        }
    }
    None
}

/// Groups the body lines (`body[i]` true) into paragraphs. Blank lines and front-matter
/// lines end a paragraph; inside a run of text lines, a line break is a hard wrap when the
/// line stops mid-sentence.
pub(crate) fn group(text: &str, lines: &[Line], body: &[bool]) -> Vec<LineGroup> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if !body[i] {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < lines.len() && body[j + 1] {
            j += 1;
        }
        split_block(text, &lines[i..=j], i, &mut out);
        i = j + 1;
    }
    out
}

fn char_len(text: &str, l: &Line) -> usize {
    let (s, e) = content(text, l);
    text.get(s..e).map_or(0, |t| t.chars().count())
}

fn split_block(text: &str, block: &[Line], offset: usize, out: &mut Vec<LineGroup>) {
    // A hard-wrapped block: several lines of similar, moderate width.
    if block.len() == 1 {
        out.push(LineGroup {
            first: offset,
            last: offset,
        });
        return;
    }
    let widths: Vec<usize> = block.iter().map(|l| char_len(text, l)).collect();
    let max = widths.iter().copied().max().unwrap_or(0);
    let near = widths.iter().filter(|&&w| w * 10 >= max * 7).count();
    let wrapped = block.len() >= 2 && (40..=160).contains(&max) && near * 2 >= block.len();
    let mut first = 0;
    for k in 0..block.len() {
        if k + 1 == block.len() {
            out.push(LineGroup {
                first: offset + first,
                last: offset + k,
            });
            break;
        }
        let (s, e) = content(text, &block[k]);
        let (ns, ne) = content(text, &block[k + 1]);
        let line = &text[s..e];
        let next_first = char_at(text, ns);
        let join = if starts_item(text, ns, ne) {
            false
        } else if !ends_sentence(line) {
            let next_lower = next_first.is_some_and(|c| c.is_lowercase());
            let words = line.split_whitespace().count();
            let cjk = line.chars().last().is_some_and(is_cjk) && next_first.is_some_and(is_cjk);
            (next_lower && words >= 3)
                || (wrapped && widths[k] * 10 >= max * 6 && words >= 3)
                || (cjk && wrapped)
        } else {
            // Ends with a stop: a wrap only in a wrapped block when the line is full width.
            wrapped && widths[k] * 10 >= max * 8 && next_first.is_some_and(|c| c.is_lowercase())
        };
        if !join {
            out.push(LineGroup {
                first: offset + first,
                last: offset + k,
            });
            first = k + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::readout::normalise::lines;

    fn paragraphs(text: &str) -> Vec<String> {
        let ls = lines(text);
        let body: Vec<bool> = ls
            .iter()
            .map(|l| !crate::readout::normalise::is_blank(text, l.start, l.content_end))
            .collect();
        group(text, &ls, &body)
            .iter()
            .map(|g| text[ls[g.first].start..ls[g.last].content_end].to_string())
            .collect()
    }

    #[test]
    fn paragraph_shapes() {
        let table: &[(&str, &[&str])] = &[
            ("One.\n\nTwo.", &["One.", "Two."]),
            ("One.\nTwo.\nThree.", &["One.", "Two.", "Three."]),
            ("This is a sentence\ncut off in the middle because pdf.", &["This is a sentence\ncut off in the middle because pdf."]),
            ("It was a cold \nnight in the city.", &["It was a cold \nnight in the city."]),
            ("features\ncontact manager\nevents, activities\n", &["features", "contact manager", "events, activities"]),
            (
                "President Biden spoke today with Prime Minister Modi of India and\nthe two leaders agreed to stay in close touch on a range of issues\nof mutual interest.\n\nNext paragraph.",
                &[
                    "President Biden spoke today with Prime Minister Modi of India and\nthe two leaders agreed to stay in close touch on a range of issues\nof mutual interest.",
                    "Next paragraph.",
                ],
            ),
            ("Intro:\n1. First item.\n2. Second item.", &["Intro:", "1. First item.", "2. Second item."]),
            ("Main Content\nToday, the leaders met.", &["Main Content", "Today, the leaders met."]),
        ];
        for (input, expected) in table {
            assert_eq!(&paragraphs(input), expected, "{input:?}");
        }
    }

    #[test]
    fn numbers_and_bullets() {
        let table: &[(&str, Option<&str>)] = &[
            ("1. Trade.", Some("1.")),
            ("(2) Climate.", Some("(2)")),
            ("3) Health.", Some("3)")),
            ("• Security.", Some("•")),
            ("- Energy.", Some("-")),
            ("一、双方同意。", Some("一、")),
            ("（二）双方同意。", Some("（二）")),
            ("2020 was a year.", None),
            ("A. Smith said.", None),
            ("1　ガザ情勢に関し、意見交換した。", Some("1　")),
            ("2 ウクライナ情勢に関し、述べた。", Some("2 ")),
            ("2 leaders met.", None),
            ("— Ele me ligou muito cedo — relatou.", None),
            ("– Мы договорились, – сказал он.", None),
            ("— Energy and trade.", Some("—")),
        ];
        for (input, expected) in table {
            let got = paragraph_number(input, 0, input.len()).map(|(e, _)| &input[..e]);
            assert_eq!(got, *expected, "{input:?}");
        }
    }
}

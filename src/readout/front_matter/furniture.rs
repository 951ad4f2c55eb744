//! Page furniture inside and after the body: lines that a copy of the page carries along with
//! the readout but that are not its sentences (a list of related articles, a pointer to a full
//! text and the copied document's own heading, a reference table, a note, a closing formula, a
//! summary the body repeats). Each rule reads a line's shape and a few general words of its
//! language, never a publisher's name.

use super::{classify, has_terminal, word_count, LineClass, PUBLISHER_MARKERS};
use crate::readout::lang;
use crate::readout::normalise::{trim, Line};
use crate::readout::FrontMatterKind;

/// The trimmed text of a line.
fn content<'a>(text: &'a str, line: &Line) -> &'a str {
    let (s, e) = trim(text, line.start, line.content_end);
    text.get(s..e).unwrap_or("")
}

/// The line in lower case without a final colon or full stop, for comparing whole lines.
fn bare(content: &str) -> String {
    content
        .to_lowercase()
        .trim_end_matches([':', '：', '.', '。', '…'])
        .trim()
        .to_string()
}

/// "Related articles", "Leia também", "相关新闻": the heading of a list of other pages. What
/// follows it to the end is that list, not the readout.
#[cfg(test)]
pub(super) fn is_related_heading(content: &str) -> bool {
    is_related_bare(&bare(content))
}

/// [`is_related_heading`] for a line already made [`bare`].
fn is_related_bare(bare: &str) -> bool {
    lang::FURNITURE.iter().any(|f| f.related.contains(&bare))
}

/// "See the full text of the note", "Veja a íntegra da nota": a short line without a stop
/// that only points to a document copied below it.
pub(super) fn is_pointer(content: &str) -> bool {
    // The shape first, its cheapest part (the line's end) before its word count: it rules out
    // almost every line of running text without reading or lower-casing the whole line.
    if (has_terminal(content) && !content.ends_with([':', '：'])) || word_count(content) > 12 {
        return false;
    }
    let lower = content.to_lowercase();
    lang::FURNITURE
        .iter()
        .any(|f| f.pointers.iter().any(|p| lower.starts_with(p)))
}

/// "Respectfully announced to the public.": a closing formula on a line of its own.
#[cfg(test)]
pub(super) fn is_sign_off(content: &str) -> bool {
    is_sign_off_bare(&bare(content))
}

/// [`is_sign_off`] for a line already made [`bare`].
fn is_sign_off_bare(bare: &str) -> bool {
    lang::FURNITURE.iter().any(|f| f.sign_offs.contains(&bare))
}

/// Brackets a label can stand in at the start of a line.
const LABEL_BRACKETS: &[(char, char)] = &[
    ('【', '】'),
    ('[', ']'),
    ('［', '］'),
    ('(', ')'),
    ('（', '）'),
    ('〔', '〕'),
    ('〈', '〉'),
];

/// The bracketed label opening `content` ("【参考】…" gives "参考"), if any.
fn label(content: &str) -> Option<&str> {
    let open = content.chars().next()?;
    let &(_, close) = LABEL_BRACKETS.iter().find(|&&(o, _)| o == open)?;
    let rest = &content[open.len_utf8()..];
    let end = rest.find(close)?;
    let inner = rest[..end].trim();
    (inner.chars().count() <= 4).then_some(inner)
}

/// "【参考】最近の首脳会談", "[참고]": a reference block (a table of earlier talks, links)
/// appended after the readout. It and everything after it are not body.
pub(super) fn opens_reference_block(content: &str) -> bool {
    label(content).is_some_and(|l| matches!(l, "参考" | "參考" | "참고" | "参照"))
}

/// "(注)肩書はいずれも当時のもの。", "注：…": an editor's note on a line of its own.
pub(super) fn is_note(content: &str) -> bool {
    label(content).is_some_and(|l| matches!(l, "注" | "註" | "備考" | "备注" | "주"))
        || content.starts_with("注：")
        || content.starts_with("注:")
        || content.starts_with('※')
}

/// "2025-11-09,12315| 2025-11-08,12308| …": a line without a single letter that holds
/// several numbers is a table of figures or a page's date list, not a sentence.
pub(super) fn is_figures(content: &str) -> bool {
    if content.chars().any(char::is_alphabetic) {
        return false;
    }
    let mut runs = 0;
    let mut in_digits = false;
    for c in content.chars() {
        let d = c.is_ascii_digit();
        if d && !in_digits {
            runs += 1;
        }
        in_digits = d;
    }
    runs >= 4
}

/// Marks the furniture among the lines from `from` on (the body and what follows it).
pub(super) fn mark(
    text: &str,
    lines: &[Line],
    blank: &[bool],
    from: usize,
    kinds: &mut [Option<FrontMatterKind>],
) {
    let noise = Some(FrontMatterKind::Noise);
    let mut i = from;
    while i < lines.len() {
        if blank[i] || kinds[i].is_some() {
            i += 1;
            continue;
        }
        let c = content(text, &lines[i]);
        if c.len() > 300 {
            i += 1;
            continue;
        }
        // Lower-cased once for both whole-line comparisons: this runs on every short line.
        let b = bare(c);
        if is_related_bare(&b) || opens_reference_block(c) {
            for j in i..lines.len() {
                if !blank[j] {
                    kinds[j] = noise;
                }
            }
            return;
        }
        if is_pointer(c) {
            kinds[i] = noise;
            i = mark_copied_heading(text, lines, blank, i + 1, kinds);
            continue;
        }
        if is_sign_off_bare(&b) || is_note(c) || is_figures(c) {
            kinds[i] = noise;
        }
        i += 1;
    }
}

/// After a pointer to a full text, the copied document's own heading lines ("NOTA À IMPRENSA
/// Nº 469", its title) up to its first line of running text are not body. Returns the index
/// to go on from.
fn mark_copied_heading(
    text: &str,
    lines: &[Line],
    blank: &[bool],
    from: usize,
    kinds: &mut [Option<FrontMatterKind>],
) -> usize {
    let mut i = from;
    let mut marked = 0;
    while i < lines.len() && marked < 4 {
        if !blank[i] {
            if classify(text, &lines[i]) == LineClass::Body {
                break;
            }
            kinds[i] = Some(FrontMatterKind::Noise);
            marked += 1;
        }
        i += 1;
    }
    i
}

/// Words compared at the start of a summary and the paragraph that repeats it.
const SUMMARY_WORDS: usize = 8;

/// A page's summary above the body, on a line of its own (`first`, the first body line): it is
/// repeated by the paragraph under it (the same first words; when the same line comes twice,
/// the second copy is the one left out), or it stands above a line that introduces the
/// statement ("A Downing Street spokesperson said:"), so the statement starts after that line.
/// Returns the line that is not body, and the introducing line if there is one.
pub(super) fn summary(
    text: &str,
    lines: &[Line],
    blank: &[bool],
    first: usize,
) -> Option<(usize, Option<usize>)> {
    let next = (first + 1..lines.len()).find(|&j| !blank[j])?;
    let a = content(text, &lines[first]);
    let b = content(text, &lines[next]);
    if a.len() > 400 || b.is_empty() {
        return None;
    }
    if introduces(b) {
        return Some((first, Some(next)));
    }
    // The same line twice: the body is the first, the copy under it is not.
    if a == b {
        return Some((next, None));
    }
    let wa: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
    let wb: Vec<String> = b.split_whitespace().map(str::to_lowercase).collect();
    let repeated = wa.len() >= SUMMARY_WORDS
        && wb.len() > SUMMARY_WORDS
        && wa[..SUMMARY_WORDS] == wb[..SUMMARY_WORDS];
    repeated.then_some((first, None))
}

/// "A Downing Street spokesperson said:", "The below is attributable to …:": a short line
/// that names who makes the statement below it.
fn introduces(content: &str) -> bool {
    let lower = content.to_lowercase();
    content.ends_with([':', '：'])
        && word_count(content) <= 14
        && PUBLISHER_MARKERS.iter().any(|m| lower.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line and the rule that reads it.
    type Case = (&'static str, fn(&str) -> bool);

    #[test]
    fn furniture_lines() {
        let yes: &[Case] = &[
            ("Related articles", is_related_heading),
            ("LEIA TAMBÉM:", is_related_heading),
            ("Читайте также", is_related_heading),
            ("相关新闻", is_related_heading),
            ("See the full text of the statement", is_pointer),
            ("Veja a íntegra da nota do ministério", is_pointer),
            ("Respectfully announced to the public.", is_sign_off),
            ("Kamuoyuna saygıyla duyurulur.", is_sign_off),
            ("【参考】首脳会談の記録", opens_reference_block),
            ("[参考]最近の会談", opens_reference_block),
            ("(注)肩書は当時のもの。", is_note),
            ("注：本文有删节。", is_note),
            ("2020-01-02,123| 2020-01-01,120|", is_figures),
        ];
        for (line, rule) in yes {
            assert!(rule(line), "{line:?}");
        }
        let no: &[Case] = &[
            (
                "The leaders discussed related articles of the treaty.",
                is_related_heading,
            ),
            (
                "See the full text below for details of the agreement.",
                is_pointer,
            ),
            ("The public was respectfully informed.", is_sign_off),
            ("参考になる意見を交換した。", opens_reference_block),
            ("注目すべき点について議論した。", is_note),
            ("1.", is_figures),
            ("2020年1月2日", is_figures),
        ];
        for (line, rule) in no {
            assert!(!rule(line), "{line:?}");
        }
    }

    fn kinds_of(text: &str) -> Vec<(String, bool)> {
        let ls = crate::readout::normalise::lines(text);
        let kinds = super::super::detect(text, &ls);
        ls.iter()
            .zip(kinds)
            .filter(|(l, _)| l.start < l.content_end)
            .map(|(l, k)| (content(text, l).to_string(), k.is_none()))
            .collect()
    }

    #[test]
    fn blocks_after_the_body() {
        let text = "Leaders talk\n\nThe two leaders spoke today. They agreed to meet.\n\nRelated articles\nAnother story about something\nA third story about something else\n";
        let body: Vec<String> = kinds_of(text)
            .into_iter()
            .filter(|(_, b)| *b)
            .map(|(c, _)| c)
            .collect();
        assert_eq!(body, ["The two leaders spoke today. They agreed to meet."]);

        let text = "Leaders talk\n\nThe two leaders spoke today.\nSee the full text of the note\n\"NOTE No. 12\nTalks between the ministers\nThe ministers spoke by phone today.\"\n";
        let body: Vec<String> = kinds_of(text)
            .into_iter()
            .filter(|(_, b)| *b)
            .map(|(c, _)| c)
            .collect();
        assert_eq!(
            body,
            [
                "The two leaders spoke today.",
                "The ministers spoke by phone today.\""
            ]
        );
    }

    #[test]
    fn summaries_above_the_body() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Leaders talk\n\nThe Prime Minister spoke to the President this morning about trade.\n\nThe Prime Minister spoke to the President this morning, before the summit.\n",
                &["The Prime Minister spoke to the President this morning, before the summit."],
            ),
            (
                "Leaders talk\nThe leaders spoke.\nThe leaders spoke.\nThey agreed.\n",
                &["The leaders spoke.", "They agreed."],
            ),
            (
                "Leaders talk\n\nThe leaders discussed trade.\n\nA Downing Street spokesperson said:\n\nThe Prime Minister spoke to the President.\n",
                &["The Prime Minister spoke to the President."],
            ),
            // Two paragraphs that only begin alike are both body.
            (
                "Leaders talk\n\nThe leaders spoke.\n\nThe leaders agreed.\n",
                &["The leaders spoke.", "The leaders agreed."],
            ),
        ];
        for (text, expected) in cases {
            let body: Vec<String> = kinds_of(text)
                .into_iter()
                .filter(|(_, b)| *b)
                .map(|(c, _)| c)
                .collect();
            assert_eq!(body, *expected, "{text:?}");
        }
    }
}

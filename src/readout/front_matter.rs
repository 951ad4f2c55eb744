//! Front matter: which lines are the title, a date line, a publisher line or page furniture
//! copied along with the readout. Lines are classified by their own shape and words; the
//! title is then chosen among the heading-like lines before the body.

use super::dates;
use super::normalise::{is_blank, is_cjk, trim, Line};
use super::FrontMatterKind;

mod furniture;
mod noise;
mod title;

use noise::{
    is_breadcrumb, is_image_label, is_layout_label, is_link_label, is_noise_phrase, is_search_box,
    is_share_row, NOISE_INFIXES, NOISE_PREFIXES, SHORT_LINE_NOISE,
};
use title::{continues, exchange_words, heading_words, names_exchange, title_below_banner};
pub(crate) use title::{title_score, title_span};

/// What one line looks like on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineClass {
    /// Nothing but white space.
    Blank,
    /// Menus, share buttons, breadcrumbs, footers, disclaimers.
    Noise,
    /// "READOUT", "OFFICE OF THE SPOKESPERSON", "The below is attributable to ...".
    Publisher,
    /// A date line or dateline.
    Date,
    /// Short and without a final stop: a heading, maybe the title.
    Heading,
    /// Running text.
    Body,
}

/// Publisher lines, compared case-insensitively as substrings of short lines.
pub(super) const PUBLISHER_MARKERS: &[&str] = &[
    "attributable to",
    "spokesperson",
    "spokesman",
    "press secretary",
    "office of the",
    "for immediate release",
    "media note",
    "the white house",
    "ministry of foreign affairs",
    "informationsamt",
    "bundesregierung",
    "downing street",
    "press office",
    "department of state",
    "пресс-служба",
    "外交部",
    "新闻稿",
    "readout",
    "prime minister's office",
    "prime minister’s office",
    "embassy of",
    "press service",
    "teilt mit",
];

pub(super) fn has_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| {
        matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | '」' | '』' | '）') || c.is_whitespace()
    });
    t.ends_with(['.', '!', '?', '。', '！', '？', '…', ';', '；'])
}

pub(super) fn word_count(s: &str) -> usize {
    let latin = s.split_whitespace().count();
    let cjk = s.chars().filter(|&c| is_cjk(c)).count();
    latin.max(cjk / 2)
}

/// Classifies one line by itself.
pub(crate) fn classify(text: &str, line: &Line) -> LineClass {
    let (s, e) = trim(text, line.start, line.content_end);
    if s >= e {
        return LineClass::Blank;
    }
    let content = &text[s..e];
    // Long lines are always running text; checking them would only cost time.
    if content.len() > 600 {
        return LineClass::Body;
    }
    let lower = content.to_lowercase();
    let bare = lower.trim_end_matches([':', '：']).trim();
    let words = word_count(content);
    if is_noise_phrase(bare)
        || NOISE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || NOISE_INFIXES.iter().any(|p| lower.contains(p))
        || (words <= 6 && SHORT_LINE_NOISE.iter().any(|p| lower.contains(p)))
        || (words <= 6 && is_search_box(&lower))
        || is_breadcrumb(content)
        || is_share_row(&lower)
        || is_link_label(content)
        || is_layout_label(&lower)
        || is_image_label(&lower)
        || content.chars().all(|c| !c.is_alphanumeric())
    {
        return LineClass::Noise;
    }
    let bullet = content.starts_with(['•', '-', '–', '·', '*', '▪']);
    if words <= 12 && dates::is_date_line(content) {
        return LineClass::Date;
    }
    if bullet && words <= 12 {
        return LineClass::Noise;
    }
    let titled = exchange_words(&lower) > 0;
    if words <= 14 && !titled && PUBLISHER_MARKERS.iter().any(|m| lower.contains(m)) {
        return LineClass::Publisher;
    }
    if words <= 14 && lower.starts_with("the below is attributable") {
        return LineClass::Publisher;
    }
    let letters: Vec<char> = content.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 4
        && letters.iter().all(|c| c.is_uppercase())
        && (words <= 3 || (words <= 5 && !titled))
    {
        return LineClass::Publisher;
    }
    // A line that introduces what follows is never a title: short ones, and longer ones that
    // name who speaks ("… released the following is attributable to Spokesperson …:").
    if content.ends_with([':', '：'])
        && (words <= 14 || (words <= 40 && PUBLISHER_MARKERS.iter().any(|m| lower.contains(m))))
    {
        return LineClass::Publisher;
    }
    if has_terminal(content) || content.len() > 250 {
        LineClass::Body
    } else {
        LineClass::Heading
    }
}

/// The kind of a line that is front matter on its own, for lines outside the leading block.
pub(crate) fn kind_of(class: LineClass) -> Option<FrontMatterKind> {
    match class {
        LineClass::Noise => Some(FrontMatterKind::Noise),
        LineClass::Publisher => Some(FrontMatterKind::Publisher),
        LineClass::Date => Some(FrontMatterKind::Date),
        _ => None,
    }
}

/// Page furniture that can sit anywhere, even between body paragraphs.
pub(crate) fn is_strong_noise(text: &str, line: &Line) -> bool {
    let (s, e) = trim(text, line.start, line.content_end);
    let content = text.get(s..e).unwrap_or("");
    if content.is_empty() || content.len() > 40 {
        return false;
    }
    let lower = content.to_lowercase();
    let bare = lower.trim_end_matches([':', '：']).trim();
    is_noise_phrase(bare) || content.chars().all(|c| !c.is_alphanumeric())
}

/// Decides the front matter of a document from its lines: returns, per line, its
/// front-matter kind (`None` for body and blank lines). Only the lines before the first body
/// line and after the last one are classified in full; the rest are only checked for
/// unmistakable furniture, which keeps the cost low on long pastes.
pub(crate) fn detect(text: &str, lines: &[Line]) -> Vec<Option<FrontMatterKind>> {
    let mut kinds: Vec<Option<FrontMatterKind>> = vec![None; lines.len()];
    let blank: Vec<bool> = lines
        .iter()
        .map(|l| is_blank(text, l.start, l.content_end))
        .collect();

    // Leading block: everything before the first body line, within a dozen lines.
    let Some((mut leading, mut first_body)) = leading_block(text, lines, &blank, 0) else {
        mark_strong_noise(text, lines, &blank, &mut kinds);
        return kinds;
    };
    // A site's banner can read as running text ("Welcome to …. It's your world.", "Official
    // websites use .gov …"): when no heading above it names an exchange and one does a few
    // short lines below, those lines are the banner and the body starts after that heading.
    if !leading
        .iter()
        .any(|&(i, c)| c == LineClass::Heading && names_exchange(text, &lines[i]))
    {
        if let Some((skipped, heading)) = title_below_banner(text, lines, &blank, first_body) {
            if let Some((more, body)) = leading_block(text, lines, &blank, heading) {
                leading.extend(skipped);
                leading.extend(more);
                first_body = body;
            }
        }
    }
    let mut best: Option<(usize, usize)> = None;
    for &(i, class) in &leading {
        if class == LineClass::Heading {
            let score = title_score(text, &lines[i]);
            // A heading that names no exchange is a title only when it is long enough to
            // say something: a short one is a section's or a site's name ("中華人民共和国",
            // "Middle East").
            let eligible = names_exchange(text, &lines[i]) || heading_words(text, &lines[i]) >= 3;
            if eligible && best.is_none_or(|(_, s)| score > s) {
                best = Some((i, score));
            }
            kinds[i] = Some(FrontMatterKind::Noise);
        } else {
            kinds[i] = kind_of(class);
        }
    }
    if let Some((i, _)) = best {
        kinds[i] = Some(FrontMatterKind::Title);
        // A title cut by a hard wrap goes on in the heading right under it.
        if let Some(&(next, LineClass::Heading)) = leading.iter().find(|&&(j, _)| j > i) {
            if next == i + 1 && continues(text, &lines[i], &lines[next]) {
                kinds[next] = Some(FrontMatterKind::Title);
            }
        }
    }
    let title = best.map(|(i, _)| {
        let (s, e) = trim(text, lines[i].start, lines[i].content_end);
        text[s..e].to_lowercase()
    });

    if let Some((summary, intro)) = furniture::summary(text, lines, &blank, first_body) {
        kinds[summary] = Some(FrontMatterKind::Noise);
        if let Some(j) = intro {
            kinds[j] = Some(FrontMatterKind::Publisher);
        }
    }
    furniture::mark(text, lines, &blank, first_body, &mut kinds);

    // Trailing block: furniture after the last paragraph.
    let mut i = lines.len();
    while i > first_body + 1 {
        i -= 1;
        if blank[i] {
            continue;
        }
        let class = classify(text, &lines[i]);
        match class {
            LineClass::Noise | LineClass::Publisher | LineClass::Date => kinds[i] = kind_of(class),
            LineClass::Heading if word_count_line(text, &lines[i]) <= 8 => {
                kinds[i] = Some(FrontMatterKind::Noise);
            }
            // A citation of the page under it repeats the title ("Name, <title>. Online by
            // ..."): it is the page's footer, however long.
            LineClass::Heading if title.as_deref().is_some_and(|t| cites(text, &lines[i], t)) => {
                kinds[i] = Some(FrontMatterKind::Noise);
            }
            _ => break,
        }
    }
    mark_strong_noise(text, lines, &blank, &mut kinds);
    kinds
}

/// The classified lines from `from` up to the first body line (at most a dozen), and that
/// line's index; `None` when no body line follows.
pub(super) fn leading_block(
    text: &str,
    lines: &[Line],
    blank: &[bool],
    from: usize,
) -> Option<(Vec<(usize, LineClass)>, usize)> {
    let mut leading = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(from) {
        if blank[i] {
            continue;
        }
        let class = classify(text, line);
        if class == LineClass::Body {
            return Some(unwrap_first_paragraph(text, lines, leading, i));
        }
        leading.push((i, class));
        if leading.len() >= 12 {
            return None;
        }
    }
    None
}

/// A hard-wrapped first paragraph reads, line by line, as headings without a stop up to its
/// first line that ends one: the headings right above `body` that it carries on (see
/// [`continues`]) are the paragraph's start, not front matter. The first heading of the block
/// stays, since it may be the title.
fn unwrap_first_paragraph(
    text: &str,
    lines: &[Line],
    mut leading: Vec<(usize, LineClass)>,
    mut body: usize,
) -> (Vec<(usize, LineClass)>, usize) {
    let first_heading = leading
        .iter()
        .find(|&&(_, c)| c == LineClass::Heading)
        .map(|&(i, _)| i);
    while let Some(&(k, LineClass::Heading)) = leading.last() {
        if Some(k) == first_heading || k + 1 != body || !continues(text, &lines[k], &lines[body]) {
            break;
        }
        leading.pop();
        body = k;
    }
    (leading, body)
}

/// Furniture that is unmistakable anywhere, even between paragraphs.
fn mark_strong_noise(
    text: &str,
    lines: &[Line],
    blank: &[bool],
    kinds: &mut [Option<FrontMatterKind>],
) {
    for (i, line) in lines.iter().enumerate() {
        if kinds[i].is_none() && !blank[i] && is_strong_noise(text, line) {
            kinds[i] = Some(FrontMatterKind::Noise);
        }
    }
}

/// True when `line` quotes the whole `title` (lower case, four words or more) beside other
/// words: a citation or a "share" line that names the page.
fn cites(text: &str, line: &Line, title: &str) -> bool {
    let (s, e) = trim(text, line.start, line.content_end);
    let content = text.get(s..e).unwrap_or("").to_lowercase();
    word_count(title) >= 4 && content.len() > title.len() && content.contains(title)
}

fn word_count_line(text: &str, line: &Line) -> usize {
    let (s, e) = trim(text, line.start, line.content_end);
    word_count(text.get(s..e).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::readout::normalise::lines;

    fn class_of(line: &str) -> LineClass {
        let ls = lines(line);
        ls.first().map_or(LineClass::Blank, |l| classify(line, l))
    }

    #[test]
    fn line_classes() {
        use LineClass::*;
        let table: &[(&str, LineClass)] = &[
            ("March 27, 2020", Date),
            ("2020/03/27", Date),
            ("2023-02-04 11:14", Date),
            ("• Tue. May 18th, 2021", Date),
            ("BEIJING, Feb. 25 (Xinhua) --", Date),
            ("新闻网 时间:2021-05-06 09:10", Date),
            ("READOUT", Publisher),
            ("OFFICE OF THE SPOKESPERSON", Publisher),
            (
                "The below is attributable to Spokesperson Ned Price:",
                Publisher,
            ),
            (
                "Der Sprecher der Bundesregierung, Steffen Hebestreit, teilt mit:",
                Publisher,
            ),
            ("Home > China News", Noise),
            ("Share", Noise),
            ("Print", Noise),
            ("Back to Index", Noise),
            ("Печать", Noise),
            ("###", Noise),
            ("Photo of Donald Trump", Noise),
            ("Send to a friend", Noise),
            ("Email this page to a friend:", Noise),
            ("<Print This Article>", Noise),
            ("[Back]", Noise),
            ("【打印本页】", Noise),
            ("Page Header", Noise),
            ("Skip to main navigation", Noise),
            ("Government of Canada logo", Noise),
            ("Ministry Crest", Noise),
            ("Search our archives", Noise),
            ("<b>Talks</b> in Paris", Heading),
            ("Main Street talks", Heading),
            ("Talks on search and rescue", Heading),
            ("Research cooperation", Heading),
            ("声明:本文转载自其他网站,如侵权请联系删除。", Noise),
            ("Xi Jinping Calls Iranian President Rouhani", Heading),
            (
                "PM call with President Macron of France: 18 October 2022",
                Heading,
            ),
            ("The two leaders agreed to meet again.", Body),
            ("", Blank),
        ];
        for (line, expected) in table {
            assert_eq!(class_of(line), *expected, "{line:?}");
        }
    }
}

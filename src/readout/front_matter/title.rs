//! Which heading is the title: the words that name an exchange, in every language's tables;
//! a banner above the title; a title cut by a hard wrap; a label before it.

use super::{classify, word_count, word_count_line, LineClass};
use crate::readout::lang::{self, Words};
use crate::readout::normalise::{is_cjk, trim, Line};
use crate::readout::{FrontMatterKind, Span};

/// How many words that name an exchange a lower-case heading holds: the title words and
/// the event words of every language's tables ("電話会談", "conversación telefónica").
pub(super) fn exchange_words(lower: &str) -> usize {
    let words = Words::new(lower);
    lang::ALL
        .iter()
        .map(|(_, t)| {
            let e = &t.events;
            [
                t.title_words,
                e.video,
                e.phone,
                e.call,
                e.conversation,
                e.talks,
                e.meeting,
            ]
            .iter()
            .flat_map(|list| list.iter())
            .filter(|entry| words.find(entry).is_some())
            .count()
        })
        .sum::<usize>()
}

/// How well a heading reads as the readout's title: words that name an exchange count most
/// (two at most, so a row of menu words cannot outweigh them), then length.
pub(crate) fn title_score(text: &str, line: &Line) -> usize {
    let (s, e) = trim(text, line.start, line.content_end);
    let content = text.get(s..e).unwrap_or("");
    let lower = content.to_lowercase();
    let mut score = 4 * exchange_words(&lower).min(2);
    let words = word_count(content);
    if words >= 4 {
        score += 2;
    }
    if words >= 2 {
        score += 1;
    }
    score
}

/// Most body lines a banner is taken to have, and most words in each.
const BANNER_LINES: usize = 3;
const BANNER_WORDS: usize = 30;

/// A heading that names an exchange within a few short lines after `first_body`: the lines
/// before it, classified (the body lines among them as furniture), and the heading's index.
pub(super) fn title_below_banner(
    text: &str,
    lines: &[Line],
    blank: &[bool],
    first_body: usize,
) -> Option<(Vec<(usize, LineClass)>, usize)> {
    let mut skipped = Vec::new();
    let mut body_lines = 0;
    let mut seen = 0;
    for (i, line) in lines.iter().enumerate().skip(first_body) {
        if blank[i] {
            continue;
        }
        seen += 1;
        if seen > 8 {
            return None;
        }
        match classify(text, line) {
            LineClass::Body => {
                body_lines += 1;
                // A banner names no exchange; a first paragraph that does is the body.
                if body_lines > BANNER_LINES
                    || word_count_line(text, line) > BANNER_WORDS
                    || names_exchange(text, line)
                {
                    return None;
                }
                skipped.push((i, LineClass::Noise));
            }
            LineClass::Heading if names_exchange(text, line) => return Some((skipped, i)),
            class => skipped.push((i, class)),
        }
    }
    None
}

/// Words of a heading, counting two and a half Han, kana or Hangul letters as one word, and
/// no punctuation ("外務省・新着情報" is two).
pub(super) fn heading_words(text: &str, line: &Line) -> usize {
    let (s, e) = trim(text, line.start, line.content_end);
    let content = text.get(s..e).unwrap_or("");
    let cjk = content
        .chars()
        .filter(|&c| is_cjk(c) && c.is_alphabetic())
        .count();
    let latin = content
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric() && !is_cjk(c)))
        .count();
    // Letters of a script without spaces: two or three to a word.
    latin.max(cjk * 2 / 5)
}

/// True when the heading `line` names an exchange.
pub(super) fn names_exchange(text: &str, line: &Line) -> bool {
    let (s, e) = trim(text, line.start, line.content_end);
    exchange_words(&text.get(s..e).unwrap_or("").to_lowercase()) > 0
}

/// Characters from which a line reads as cut at a wrapping width (hard-wrapped texts are
/// cut at 60 to 80 columns).
const WRAP_WIDTH: usize = 55;

/// True when heading `next` carries on heading `line` cut by a hard wrap: `line` ends on a
/// small word, a comma or a dash, or `next` begins in lower case, or `line` is as long as a
/// wrapped line and `next` a shorter rest that names no exchange of its own.
pub(super) fn continues(text: &str, line: &Line, next: &Line) -> bool {
    let (s, e) = trim(text, line.start, line.content_end);
    let (ns, ne) = trim(text, next.start, next.content_end);
    let (first, second) = (&text[s..e], &text[ns..ne]);
    if second.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    let (first_len, second_len) = (first.chars().count(), second.chars().count());
    if first_len >= WRAP_WIDTH
        && second_len < first_len
        && !second.chars().any(is_cjk)
        && !names_exchange(text, next)
    {
        return true;
    }
    if first.ends_with([',', '-', '–', '—', '&']) {
        return true;
    }
    let last = first
        .rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    lang::ALL
        .iter()
        .any(|(_, t)| t.connectors.contains(&last.as_str()))
}

/// Labels a copy can leave before a title ("Headline: …", "Title: …"), lower case, without
/// the colon.
const TITLE_LABELS: &[&str] = &[
    "headline",
    "title",
    "titre",
    "titel",
    "titolo",
    "título",
    "заголовок",
];

/// The title's text: the lines marked [`FrontMatterKind::Title`] (two when a hard wrap cut
/// it), trimmed, without a label such as "Headline:" before it.
pub(crate) fn title_span(
    text: &str,
    lines: &[Line],
    kinds: &[Option<FrontMatterKind>],
) -> Option<Span> {
    let first = kinds
        .iter()
        .position(|k| *k == Some(FrontMatterKind::Title))?;
    let mut last = first;
    while kinds.get(last + 1) == Some(&Some(FrontMatterKind::Title)) {
        last += 1;
    }
    let (mut s, _) = trim(text, lines[first].start, lines[first].content_end);
    let (_, e) = trim(text, lines[last].start, lines[last].content_end);
    let head = &text[s..e];
    if let Some(colon) = head.find([':', '：']) {
        let label = head[..colon].trim().to_lowercase();
        if TITLE_LABELS.contains(&label.as_str()) {
            let after = colon + head[colon..].chars().next().map_or(1, char::len_utf8);
            let rest = &head[after..];
            let skip = rest.len() - rest.trim_start().len();
            if after + skip < head.len() {
                s += after + skip;
            }
        }
    }
    Some(Span::new(s, e))
}

#[cfg(test)]
mod tests {
    use super::super::detect;
    use super::*;
    use crate::readout::normalise::lines;

    fn title_of(text: &str) -> Option<String> {
        let ls = lines(text);
        let kinds = detect(text, &ls);
        title_span(text, &ls, &kinds).map(|s| {
            s.slice(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    /// Whole pastes written for these tests, and the title each should give.
    #[test]
    fn titles() {
        let table: &[(&str, Option<&str>)] = &[
            (
                "Readout of the Minister’s Call with the Foreign Minister of Chile\n\nThe Minister spoke today with the Foreign Minister of Chile about trade.\n",
                Some("Readout of the Minister’s Call with the Foreign Minister of Chile"),
            ),
            // A title cut by a hard wrap, on a small word or before a lower-case word.
            (
                "Readout of the President’s Telephone Call with\nPrime Minister Ana Lopes of Portugal\n\nThe President spoke today with Prime Minister Lopes.\n",
                Some("Readout of the President’s Telephone Call with Prime Minister Ana Lopes of Portugal"),
            ),
            (
                "Conversación telefónica del presidente con el primer ministro de\nItalia\n\nEl presidente conversó hoy con el primer ministro.\n",
                Some("Conversación telefónica del presidente con el primer ministro de Italia"),
            ),
            (
                "Readout of the Secretary’s Telephone Call with Foreign Minister\nKaya of Türkiye\n\nThe Secretary spoke today with Foreign Minister Kaya.\n",
                Some("Readout of the Secretary’s Telephone Call with Foreign Minister Kaya of Türkiye"),
            ),
            // Two headings, not one cut in two.
            (
                "Europe and Eurasia\nSecretary’s Call with the Foreign Minister of Peru\n\nThe Secretary spoke today with the Minister.\n",
                Some("Secretary’s Call with the Foreign Minister of Peru"),
            ),
            (
                "Press Releases\nReadout of the Secretary’s Meeting with the Minister\n\nThe Secretary met the Minister today.\n",
                Some("Readout of the Secretary’s Meeting with the Minister"),
            ),
            // A label before the title is not part of it.
            (
                "Headline: Minister’s Call With the Foreign Minister of Kenya\n\nThe Minister spoke with her counterpart.\n",
                Some("Minister’s Call With the Foreign Minister of Kenya"),
            ),
            // A row of share buttons names a network, not an exchange.
            (
                "facebook twitter linkedin met email\n\nReadout of the President’s call with the Chancellor\n\nThe President spoke with the Chancellor.\n",
                Some("Readout of the President’s call with the Chancellor"),
            ),
            // A site banner that reads like running text, then the title.
            (
                "Welcome to the portal. Your source for news.\n\nReadout of the Secretary-General’s telephone call with the President of Chad\n\nNew York, 3 May 2019\n\nThe Secretary-General spoke today by telephone with the President of Chad.\n",
                Some("Readout of the Secretary-General’s telephone call with the President of Chad"),
            ),
            // A short first paragraph that names the exchange is no banner.
            (
                "The Prime Minister spoke with the Chancellor this evening.\n\nMeeting of the Council\n\nThe Council met today.\n",
                None,
            ),
            // A section's name is not a title; nor is an introduction ending in a colon.
            ("大韓民国\n\n令和2年4月1日\n\n4月1日、外務大臣は会談を行いました。\n", None),
            ("Middle East\n\nThe Minister spoke today with his counterpart.\n", None),
            (
                "Foreign Minister’s Remarks\n\nThe Minister spoke today with his counterpart.\n",
                Some("Foreign Minister’s Remarks"),
            ),
            (
                "Paris (Agency) The ministry released the following, attributable to Spokesperson Ana Lima of the Ministry of Foreign Affairs of the Republic:\n\nThe Minister spoke today with his counterpart.\n",
                None,
            ),
            ("日英外相電話会談\n\n令和2年4月1日\n\n外務大臣は電話会談を行いました。\n", Some("日英外相電話会談")),
        ];
        for (text, expected) in table {
            assert_eq!(title_of(text).as_deref(), *expected, "{text:?}");
        }
    }
}

//! The offices around a name in English and the Latin-script languages read the same way:
//! before it ("Chinese President", "President of the United States"), after it (", Prime
//! Minister of Japan,"), and the courtesy titles that mark one ("Mr.", "H.E.").

use super::{collapse, Tok};
use crate::readout::lexicon;

/// The walk back from a name over its office and country: "Chinese President",
/// "President of the United States", "Director of the Office of ... Foreign Affairs".
pub(super) fn title_before(toks: &[Tok<'_>], name_start: usize, text: &str) -> (String, String) {
    let mut j = name_start;
    let mut title_first: Option<usize> = None;
    let mut title_last: Option<usize> = None;
    let mut country = String::new();
    while j > 0 {
        let k = j - 1;
        let w = toks[k].text;
        if k > 0 {
            if let Some(c) = lexicon::country_pair(toks[k - 1].text, w) {
                if country.is_empty() {
                    country = c.to_string();
                }
                j = k - 1;
                continue;
            }
        }
        if lexicon::is_title_word(w) && !matches!(w, "His" | "Her") || w == "PM" {
            title_first = Some(k);
            title_last = title_last.or(Some(k));
            j = k;
            continue;
        }
        if let Some(c) = lexicon::country(w) {
            if country.is_empty() {
                country = c.to_string();
            }
            j = k;
            continue;
        }
        if matches!(w, "of" | "the" | "for" | "on") && (title_last.is_some() || !country.is_empty())
            || (w == ","
                && k == name_start - 1
                && k > 0
                && (lexicon::is_title_word(toks[k - 1].text)
                    || lexicon::country(toks[k - 1].text).is_some()
                    // "the President of the United States, Donald J. Trump"
                    || (k > 1
                        && lexicon::country_pair(toks[k - 2].text, toks[k - 1].text).is_some())))
        {
            j = k;
            continue;
        }
        break;
    }
    let title = match (title_first, title_last) {
        (Some(a), Some(b)) => {
            let mut t = collapse(&text[toks[a].start..toks[b].end]);
            // "President of the United States": the country is not part of the office.
            for cut in [" of the ", " of "] {
                if let Some(p) = t.find(cut) {
                    let tail = &t[p + cut.len()..];
                    let first = tail.split(' ').next().unwrap_or("");
                    let second = tail.split(' ').nth(1).unwrap_or("");
                    if lexicon::country(first).is_some()
                        || lexicon::country_pair(first, second).is_some()
                    {
                        t.truncate(p);
                    }
                }
            }
            if t == "PM" {
                t = "Prime Minister".to_string();
            }
            lexicon::german_title(&t).map_or(t, str::to_string)
        }
        _ => String::new(),
    };
    // "Mr Putin", "Free Trade Agreement": a courtesy title, or words that qualify an office
    // but name no holder ("Trade", "Foreign Affairs"), are no office.
    let holds_office = title.split(' ').any(|w| {
        let w = w.trim_end_matches('.');
        lexicon::is_title_word(w)
            && !lexicon::is_portfolio_word(w)
            && !matches!(
                w,
                "Mr" | "Mrs" | "Ms" | "Dr" | "H.E" | "Hon" | "Sir" | "Dame" | "Madam"
            )
    });
    let title = if holds_office { title } else { String::new() };
    (title, country)
}

/// "of Japan", "of the United States" after a name.
pub(super) fn country_after(toks: &[Tok<'_>], k: usize) -> Option<&'static str> {
    if toks.get(k)?.text != "of" {
        return None;
    }
    let mut j = k + 1;
    if toks.get(j).is_some_and(|t| t.text == "the") {
        j += 1;
    }
    let a = toks.get(j)?.text;
    if let Some(b) = toks.get(j + 1) {
        if let Some(c) = lexicon::country_pair(a, b.text) {
            return Some(c);
        }
    }
    lexicon::country(a)
}

/// True when `toks[k]` is a courtesy title before a name: "Mr", "Mrs", "Ms", "Dr", "H.E",
/// "Hon" (with or without their full stop, which is a token of its own).
pub(super) fn is_honorific(toks: &[Tok<'_>], k: usize) -> bool {
    let k = if toks[k].text == "." && k > 0 {
        k - 1
    } else {
        k
    };
    matches!(
        toks[k].text,
        "Mr" | "Mrs" | "Ms" | "Dr" | "H.E" | "Hon" | "Sir" | "Dame" | "Madam"
    )
}

/// An office in apposition after a name: ", Prime Minister of Japan," or ", MP, Prime
/// Minister of Australia" (letters after a name are skipped), with its country.
pub(super) fn title_after(
    toks: &[Tok<'_>],
    k: usize,
    text: &str,
) -> Option<(String, &'static str)> {
    let mut j = k;
    if toks.get(j)?.text != "," {
        return None;
    }
    j += 1;
    // Post-nominal letters: ", MP,".
    if toks
        .get(j)
        .is_some_and(|t| t.text.len() <= 3 && t.text.chars().all(|c| c.is_ascii_uppercase()))
        && toks.get(j + 1).is_some_and(|t| t.text == ",")
    {
        j += 2;
    }
    if toks
        .get(j)
        .is_some_and(|t| matches!(t.text, "Former" | "former"))
    {
        j += 1;
    }
    let first = j;
    while toks.get(j).is_some_and(|t| lexicon::is_title_word(t.text)) {
        j += 1;
    }
    if j == first {
        return None;
    }
    let title = collapse(&text[toks[first].start..toks[j - 1].end]);
    Some((title, country_after(toks, j).unwrap_or("")))
}

//! Participants: the people named in the title and the opening narration, with their office
//! and country ("Chinese President Xi Jinping", "Foreign Minister Fumio Kishida of Japan",
//! "法国总统马克龙"), merged across mentions and given the aliases later sentences use.

mod cjk;
mod offices;
mod words;

use super::lexicon;
use super::normalise::{is_cjk, is_space};

pub(crate) use cjk::{find_cjk, without_readings};
use offices::{country_after, is_honorific, title_after, title_before};
use words::{is_capitalised_stopword, is_particle};

/// A word or punctuation token with its byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok<'t> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The token text.
    pub text: &'t str,
}

/// Splits `start..end` into at most `limit` tokens: words keep inner `.`, `-` and
/// apostrophes ("U.S", "China-Japan", "Biden’s"); every other visible character is a token of
/// its own; a run of CJK characters is one token.
pub(crate) fn tokenize(text: &str, start: usize, end: usize, limit: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    tokenize_into(text, start, end, limit, &mut out);
    out
}

/// [`tokenize`] into a buffer the caller reuses.
pub(crate) fn tokenize_into<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    limit: usize,
    out: &mut Vec<Tok<'t>>,
) {
    let s = text.get(start..end).unwrap_or("");
    let b = s.as_bytes();
    let limit = out.len() + limit;
    // ASCII bytes are classified directly; other characters are decoded.
    let ch = |i: usize| -> (char, usize) {
        match b[i] {
            x if x < 0x80 => (char::from(x), 1),
            _ => s[i..]
                .chars()
                .next()
                .map_or((' ', 1), |c| (c, c.len_utf8())),
        }
    };
    let word_char = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric() && !is_cjk(c)
        }
    };
    let mut i = 0;
    while i < b.len() && out.len() < limit {
        // ASCII outside words, the common case, needs no decoding: white space is skipped,
        // any other mark is a token of its own.
        let x = b[i];
        if x.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if x.is_ascii() && !x.is_ascii_alphanumeric() {
            out.push(Tok {
                start: start + i,
                end: start + i + 1,
                text: &s[i..i + 1],
            });
            i += 1;
            continue;
        }
        let (c, len) = ch(i);
        if c.is_ascii_whitespace() || (!c.is_ascii() && (is_space(c) || c.is_whitespace())) {
            i += len;
            continue;
        }
        let mut e = i + len;
        if !c.is_ascii() && is_cjk(c) {
            while e < b.len() {
                let (d, l) = ch(e);
                if !is_cjk(d) {
                    break;
                }
                e += l;
            }
        } else if word_char(c) {
            while e < b.len() {
                // Fast path: plain ASCII letters and digits.
                let x = b[e];
                if x.is_ascii_alphanumeric() {
                    e += 1;
                    continue;
                }
                if x < 0x80 && !matches!(x, b'.' | b'-' | b'\'') {
                    break;
                }
                let (d, l) = ch(e);
                if word_char(d) {
                    e += l;
                    continue;
                }
                if matches!(d, '.' | '-' | '\'' | '’') && e + l < b.len() && word_char(ch(e + l).0)
                {
                    e += l;
                    continue;
                }
                break;
            }
        }
        out.push(Tok {
            start: start + i,
            end: start + e,
            text: &s[i..e],
        });
        i = e;
    }
}

/// The opening tokens of one sentence with their lower-case forms, read once and shared by
/// the readers that look for a subject.
#[derive(Default)]
pub(crate) struct Opening<'t> {
    /// The first [`Opening::TOKENS`] tokens.
    pub toks: Vec<Tok<'t>>,
    /// Each token in lower case.
    pub low: Vec<&'t str>,
}

impl<'t> Opening<'t> {
    /// The most tokens read: subjects stand in a sentence's first words.
    pub(crate) const TOKENS: usize = 40;

    /// Reads the sentence `start..end` of `text`; `lowered` is [`normalise::lowered`] of
    /// `text`.
    ///
    /// [`normalise::lowered`]: super::normalise::lowered
    pub(crate) fn read(&mut self, text: &'t str, lowered: &'t str, start: usize, end: usize) {
        self.toks.clear();
        tokenize_into(text, start, end, Self::TOKENS, &mut self.toks);
        self.low.clear();
        self.low.extend(
            self.toks
                .iter()
                .map(|t| lowered.get(t.start..t.end).unwrap_or(t.text)),
        );
    }
}

/// The word without a possessive ending, and whether it had one.
pub(crate) fn strip_possessive(w: &str) -> (&str, bool) {
    for suf in ["’s", "'s", "’", "'"] {
        if let Some(b) = w.strip_suffix(suf) {
            if !b.is_empty() {
                return (b, true);
            }
        }
    }
    (w, false)
}

fn is_verbish(w: &str) -> bool {
    lexicon::with_lower(w, |lw| {
        lexicon::is_reporting_verb(lw)
            || lexicon::is_event_verb(lw)
            || matches!(
                lw,
                "spoke" | "speaks" | "calls" | "called" | "meets" | "holds"
            )
    })
}

/// True for a token that can be part of a person's name.
pub(crate) fn is_name_like(w: &str) -> bool {
    let (w, _) = strip_possessive(w);
    // "al-Abadi", "el-Sisi": an Arabic article before a capitalised surname.
    let w = ["al-", "el-", "ad-", "as-", "ash-", "at-"]
        .iter()
        .find_map(|p| {
            w.strip_prefix(p)
                .filter(|rest| rest.starts_with(char::is_uppercase))
        })
        .unwrap_or(w);
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let rest_upper = w
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if rest_upper && w.chars().count() >= 2 {
        return false;
    }
    // "Ministers", "Advisors", "Leaders": offices in the plural name no one person.
    let plural_office = w.strip_suffix('s').is_some_and(|stem| {
        lexicon::is_title_word(stem) || matches!(stem, "Leader" | "Advisor" | "Adviser")
    });
    !(lexicon::is_title_word(w)
        || plural_office
        || lexicon::country(w).is_some()
        || is_capitalised_stopword(w)
        || lexicon::month_number(w).is_some()
        || lexicon::is_weekday(w)
        || lexicon::is_sentence_starter(w)
        || is_verbish(w)
        || w.contains('-') && w.split('-').any(|p| lexicon::country(p).is_some()))
}

/// A person found in the text, before ids are given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Person {
    /// Name as written (white space collapsed).
    pub name: String,
    /// Office, empty when unknown.
    pub title: String,
    /// Country in English, empty when unknown.
    pub country: String,
    /// Single words that refer to this person ("Biden", "Xi"); empty for someone known only
    /// by office ("the Prime Minister").
    pub aliases: Vec<String>,
    /// Byte offset of the first mention.
    pub pos: usize,
}

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_space(c) || c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Two name words are the same when equal, or (for inflected scripts such as Russian) when
/// they share all but a case ending ("Путин" / "Путиным", "Обама" / "Обамой").
pub(crate) fn same_name_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Names written without spaces are referred to by their first characters: "岸田" for
    // "岸田文雄", "習" for "習近平", "문" for "문재인".
    let unspaced = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| is_cjk(c) || ('\u{AC00}'..='\u{D7A3}').contains(&c))
    };
    if unspaced(a) && unspaced(b) {
        return !a.is_empty() && !b.is_empty() && (a.starts_with(b) || b.starts_with(a));
    }
    let cyr = |s: &str| s.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c));
    if !(cyr(a) && cyr(b)) {
        return false;
    }
    let ac: Vec<char> = a.chars().collect();
    let bc: Vec<char> = b.chars().collect();
    let common = ac.iter().zip(&bc).take_while(|(x, y)| x == y).count();
    let short = ac.len().min(bc.len());
    common >= 3 && common + 2 >= short
}

impl Person {
    fn merge(&mut self, other: Person) {
        if other.name.chars().count() > self.name.chars().count() && !other.aliases.is_empty() {
            self.name = other.name;
        }
        if self.title.is_empty() {
            self.title = other.title;
        }
        if self.country.is_empty() {
            self.country = other.country;
        }
        for a in other.aliases {
            if !self.aliases.contains(&a) {
                self.aliases.push(a);
            }
        }
    }

    fn same_as(&self, other: &Person) -> bool {
        if self.aliases.is_empty() || other.aliases.is_empty() {
            return self.aliases.is_empty()
                && other.aliases.is_empty()
                && self.title == other.title;
        }
        self.aliases
            .iter()
            .any(|a| other.aliases.iter().any(|b| same_name_word(a, b)))
    }

    /// Gives someone known only by office the name a later mention uses ("the Prime
    /// Minister" … "Prime Minister Johnson underlined").
    pub(crate) fn take_name(&mut self, words: &[&str]) {
        self.name = words.join(" ");
        self.aliases = aliases_of(words);
    }

    /// True when `word` (possessive stripped) names this person.
    pub(crate) fn is_called(&self, word: &str) -> bool {
        let (w, _) = strip_possessive(word);
        self.aliases.iter().any(|a| same_name_word(a, w))
    }
}

/// The index of the one participant that `fits`; `None` when none or several do (a rule that
/// picks someone by office or country picks no one when the choice is not clear).
pub(crate) fn only_one(people: &[Person], fits: impl Fn(&Person) -> bool) -> Option<usize> {
    let mut matching = people.iter().enumerate().filter(|(_, p)| fits(p));
    match (matching.next(), matching.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// The one participant known only by `office` (lower case), who a later mention may name.
pub(crate) fn only_unnamed_holder(people: &[Person], office: &str) -> Option<usize> {
    only_one(people, |p| {
        p.aliases.is_empty() && p.title.to_lowercase() == office
    })
}

fn aliases_of(words: &[&str]) -> Vec<String> {
    let core: Vec<&str> = words
        .iter()
        .map(|w| strip_possessive(w).0)
        .filter(|w| {
            w.chars().count() >= 2 && !matches!(*w, "Jr" | "Sr" | "II" | "III") && !is_particle(w)
        })
        .collect();
    let mut out = Vec::new();
    if let Some(last) = core.last() {
        out.push((*last).to_string());
    }
    if core.len() == 2 && lexicon::is_east_asian_surname(core[0]) {
        out.push(core[0].to_string());
    }
    out
}

/// People named in `start..end` of `text` (a title or the opening narration).
pub(crate) fn find_latin(text: &str, start: usize, end: usize) -> Vec<Person> {
    let toks = tokenize(text, start, end, 400);
    let mut out = Vec::new();
    let n = toks.len();
    if toks.first().is_some_and(|t| t.text == "PM") {
        out.push(Person {
            name: "Prime Minister".into(),
            title: "Prime Minister".into(),
            pos: toks[0].start,
            ..Person::default()
        });
    }
    let mut k = 0;
    while k < n {
        let pair = toks
            .get(k + 1)
            .and_then(|t| lexicon::country_pair(toks[k].text, t.text));
        if pair.is_some() {
            k += 2;
            continue;
        }
        let after_possessive_pronoun = k > 0
            && matches!(
                toks[k - 1].text,
                "his" | "her" | "their" | "its" | "His" | "Her"
            );
        if !is_name_like(toks[k].text) || after_possessive_pronoun {
            k += 1;
            continue;
        }
        let r0 = k;
        let mut r1 = k + 1;
        let mut possessive = strip_possessive(toks[k].text).1;
        while r1 < n && !possessive {
            let w = toks[r1].text;
            let prev = toks[r1 - 1].text;
            let initial_dot =
                w == "." && prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
            let particle = is_particle(w)
                && r1 + 1 < n
                && (is_name_like(toks[r1 + 1].text) || is_particle(toks[r1 + 1].text));
            // "Theresa May": a month's name after a first name is a surname, unless a day
            // number follows ("Tuesday 4 May 2019" has no first name before it anyway).
            let month_surname = lexicon::month_number(strip_possessive(w).0).is_some()
                && !toks
                    .get(r1 + 1)
                    .is_some_and(|t| t.text.chars().all(|c| c.is_ascii_digit()));
            if is_name_like(w) || month_surname {
                possessive = strip_possessive(w).1;
                r1 += 1;
            } else if initial_dot || particle {
                r1 += 1;
            } else {
                break;
            }
        }
        let words: Vec<&str> = toks[r0..r1]
            .iter()
            .map(|t| t.text)
            .filter(|w| *w != ".")
            .collect();
        let mut name_end = toks[r1 - 1].end;
        if possessive {
            name_end -= toks[r1 - 1].text.len() - strip_possessive(toks[r1 - 1].text).0.len();
        }
        let mut after = r1;
        if !possessive
            && toks.get(r1).is_some_and(|t| t.text == ",")
            && toks
                .get(r1 + 1)
                .is_some_and(|t| matches!(t.text, "Jr" | "Sr"))
        {
            after = r1 + 2;
            name_end = toks[r1 + 1].end;
            if toks.get(after).is_some_and(|t| t.text == ".") {
                name_end = toks[after].end;
                after += 1;
            }
        }
        // "Joseph R. Biden Jr.": the suffix keeps its full stop.
        if !possessive
            && matches!(toks[r1 - 1].text, "Jr" | "Sr")
            && toks.get(r1).is_some_and(|t| t.text == ".")
        {
            name_end = toks[r1].end;
            after = r1 + 1;
        }
        let (mut title, mut country) = title_before(&toks, r0, text);
        if let Some(c) = country_after(&toks, after) {
            country = c.to_string();
        }
        // "Mr. Shinzo Abe, Prime Minister of Japan,": the office in apposition after the name.
        if title.is_empty() {
            if let Some((t, c)) = title_after(&toks, after, text) {
                title = t;
                if country.is_empty() {
                    country = c.to_string();
                }
            }
        }
        let aliases = aliases_of(&words);
        let name = collapse(&text[toks[r0].start..name_end]);
        let verb_follows = toks.get(after).is_some_and(|t| is_verbish(t.text));
        let honoured = r0 > 0 && is_honorific(&toks, r0 - 1);
        if !aliases.is_empty() && (!title.is_empty() || verb_follows || honoured) {
            out.push(Person {
                name,
                title,
                country,
                aliases,
                pos: toks[r0].start,
            });
        }
        k = after.max(k + 1);
    }
    // Someone known only by office: "The Prime Minister spoke to ...", "This evening the
    // Prime Minister spoke to ...".
    let subject = toks.iter().take_while(|t| is_time_word(t.text)).count();
    let subject = &toks[subject.min(toks.len())..];
    if out
        .iter()
        .all(|p| p.pos != subject.first().map_or(0, |t| t.start))
    {
        if let Some(p) = unnamed_subject(subject, text) {
            out.push(p);
        }
    }
    out
}

/// Words of a setting in time that may open a sentence before its subject ("This evening",
/// "Earlier today,", "On Monday").
fn is_time_word(w: &str) -> bool {
    lexicon::is_weekday(w)
        || lexicon::with_lower(w, |w| {
            matches!(
                w,
                "this"
                    | "earlier"
                    | "later"
                    | "today"
                    | "tonight"
                    | "yesterday"
                    | "evening"
                    | "morning"
                    | "afternoon"
                    | "on"
                    | ","
            )
        })
}

fn unnamed_subject(toks: &[Tok<'_>], text: &str) -> Option<Person> {
    let first = toks.first()?;
    if !matches!(first.text, "The" | "the") {
        return None;
    }
    let mut k = 1;
    while k < toks.len() && lexicon::is_title_word(toks[k].text) {
        k += 1;
    }
    if k == 1 {
        return None;
    }
    let next = toks.get(k)?;
    if is_name_like(next.text) || next.text == "," || next.text == "of" || next.text == "and" {
        return None;
    }
    let title = collapse(&text[toks[1].start..toks[k - 1].end]);
    Some(Person {
        name: title.clone(),
        title,
        pos: first.start,
        ..Person::default()
    })
}

/// Merges mentions of the same person, keeps them in order of first mention, and keeps at most
/// twelve.
pub(crate) fn merge(found: Vec<Person>) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    for mut p in found {
        // "Lee" after "Lee Hsien Loong": a family name written first.
        if let [only] = &p.aliases[..] {
            let first_of = |q: &Person| {
                q.name.split(' ').next() == Some(only.as_str()) && q.name.contains(' ')
            };
            if p.name == *only {
                if let Some(q) = out.iter().find(|q| first_of(q)) {
                    p.aliases = q.aliases.clone();
                }
            }
        }
        if let Some(q) = out.iter_mut().find(|q| q.same_as(&p)) {
            let pos = q.pos.min(p.pos);
            q.merge(p);
            q.pos = pos;
        } else {
            out.push(p);
        }
    }
    out.sort_by_key(|p| p.pos);
    out.truncate(12);
    out
}

#[cfg(test)]
mod tests;

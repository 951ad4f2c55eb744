//! The words a language names people and attributes speech with: offices, courtesy titles,
//! the words that join two names, subjects that stand for the principals together, agentless
//! accounts, speech-act verbs and pronouns.
//!
//! Entries are lower case. In scripts written with spaces, an entry is a run of words matched
//! word by word, where `stem*` matches any word that begins with `stem`, `*tail` any word that
//! ends with `tail` and `~` any one word ("главы ~ ведомств"). In Han, kana and Hangul an entry
//! is matched as a substring.

use super::{tables_of, Language};

/// Whether an office comes before the name it belongs to ("President Macron", "Президент
/// Путин") or after it ("习近平主席", "岸田総理", "문재인 대통령").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameOrder {
    /// Office, then name.
    OfficeFirst,
    /// Name, then office.
    NameFirst,
}

/// One language's words for people and their speech.
pub(crate) struct PeopleWords {
    /// Where the office stands.
    pub order: NameOrder,
    /// Offices a principal holds ("президент*", "*minister", "外務大臣").
    pub offices: &'static [&'static str],
    /// Courtesy titles that come before a name and are part of neither office nor name
    /// ("m.", "mme", "sr.", "السيد").
    pub honorifics: &'static [&'static str],
    /// Words that join two names or two offices ("и", "et", "ve").
    pub and: &'static [&'static str],
    /// Subjects that are the principals together ("стороны", "les deux présidents", "両首脳").
    pub joint: &'static [&'static str],
    /// Accounts of what was discussed or agreed that name no one ("обсуждались", "se acordó",
    /// "ele alındı"): both sides.
    pub agentless: &'static [&'static str],
    /// Speech-act verbs, any form ("подчеркн*", "soulign*", "belirt*", "述べ").
    pub speech: &'static [&'static str],
    /// Words for "during" or "at": an event word right after one is a setting ("во время
    /// разговора"), not the sentence's predicate.
    pub during: &'static [&'static str],
    /// Prepositions: a joint subject right after one is an object ("de ambos mandatarios",
    /// "между сторонами"), not the sentence's subject.
    pub prepositions: &'static [&'static str],
    /// Words of a sentence that lists who took part ("Participants in the call included …"):
    /// its people are participants wherever it stands.
    pub participation: &'static [&'static str],
    /// Subject pronouns for one person ("он", "elle").
    pub pronouns: &'static [&'static str],
    /// Particles that mark the word before them as the one who speaks (Japanese "から",
    /// "より"): "岸田大臣から…" reports the minister.
    pub source_markers: &'static [&'static str],
    /// Words for a form of state that follow a country's short name in unspaced scripts
    /// ("共和国", "連邦"): a segment of a name that holds one is a country, not the name.
    pub state_words: &'static [&'static str],
}

/// No words: languages without a table.
pub(crate) const NONE: PeopleWords = PeopleWords {
    order: NameOrder::OfficeFirst,
    offices: &[],
    honorifics: &[],
    and: &[],
    joint: &[],
    agentless: &[],
    speech: &[],
    during: &[],
    prepositions: &[],
    participation: &[],
    pronouns: &[],
    source_markers: &[],
    state_words: &[],
};

/// The people words of `language` (none for a language without a table).
pub(crate) fn words(language: Language) -> &'static PeopleWords {
    tables_of(language).map_or(&NONE, |t| t.people)
}

/// True when one pattern word (see the module doc) matches `word`, which is lower case.
pub(crate) fn word_matches(pattern: &str, word: &str) -> bool {
    if pattern == "~" {
        return !word.is_empty();
    }
    match (pattern.strip_prefix('*'), pattern.strip_suffix('*')) {
        (Some(inner), _) if inner.ends_with('*') => word.contains(&inner[..inner.len() - 1]),
        (Some(tail), _) => word.ends_with(tail),
        (_, Some(stem)) => word.starts_with(stem),
        _ => word == pattern,
    }
}

/// How many of `words` (lower case) the entry `entry` matches from their start, if it does.
pub(crate) fn match_at(entry: &str, words: &[&str]) -> Option<usize> {
    // Most words start with another letter than the entry: one byte tells.
    let first = *words.first()?.as_bytes().first()?;
    match entry.as_bytes().first() {
        Some(b'*' | b'~') | None => {}
        Some(&b) if b != first => return None,
        _ => {}
    }
    let mut n = 0;
    for pattern in entry.split(' ') {
        if !word_matches(pattern, words.get(n)?) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The longest entry of `entries` that matches at the start of `words`, and its length in
/// words.
pub(crate) fn longest_at(entries: &[&str], words: &[&str]) -> Option<usize> {
    entries.iter().filter_map(|e| match_at(e, words)).max()
}

/// True when an entry of `entries` matches somewhere in `words` (lower case). Words whose
/// first byte opens no entry are passed over at once, so a sentence costs a byte test a word.
pub(crate) fn occurs_in(entries: &[&str], words: &[&str]) -> bool {
    let mut openers = [false; 256];
    let mut any_position = false;
    for entry in entries {
        match entry.as_bytes().first() {
            Some(b'*' | b'~') => any_position = true,
            Some(&b) => openers[usize::from(b)] = true,
            None => {}
        }
    }
    (0..words.len()).any(|k| {
        let opens = words[k]
            .as_bytes()
            .first()
            .is_some_and(|&b| openers[usize::from(b)]);
        (opens || any_position) && longest_at(entries, &words[k..]).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        let cases: &[(&str, &str, bool)] = &[
            ("президент*", "президента", true),
            ("президент*", "вице-президент", false),
            ("*minister", "bundesaußenminister", true),
            ("*minister", "minister", true),
            ("*minist*", "außenministers", true),
            ("ils", "ils", true),
            ("ils", "il", false),
            ("~", "word", true),
        ];
        for &(pattern, word, want) in cases {
            assert_eq!(word_matches(pattern, word), want, "{pattern} / {word}");
        }
        assert_eq!(
            match_at(
                "главы ~ ведомств",
                &["главы", "внешнеполитических", "ведомств"]
            ),
            Some(3)
        );
        assert_eq!(match_at("les deux président*", &["les", "deux"]), None);
        assert_eq!(
            longest_at(&["se", "se acord*"], &["se", "acordó", "que"]),
            Some(2)
        );
    }
}

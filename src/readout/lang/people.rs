//! The words a language names people and attributes speech with: offices, courtesy titles,
//! the words that join two names, subjects that stand for the principals together, agentless
//! accounts, speech-act verbs and pronouns.
//!
//! Entries are lower case. In scripts written with spaces, an entry is a run of words matched
//! word by word, where `stem*` matches any word that begins with `stem`, `*tail` any word that
//! ends with `tail` and `~` any one word ("главы ~ ведомств"). In Han, kana and Hangul an entry
//! is matched as a substring.

use super::{tables_of, Language, ALL};
use crate::fnv;
use std::ops::Deref;
use std::sync::OnceLock;

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
    pub offices: WordList,
    /// Courtesy titles that come before a name and are part of neither office nor name
    /// ("m.", "mme", "sr.", "السيد").
    pub honorifics: WordList,
    /// Words that join two names or two offices ("и", "et", "ve").
    pub and: WordList,
    /// Subjects that are the principals together ("стороны", "les deux présidents", "両首脳").
    pub joint: WordList,
    /// Accounts of what was discussed or agreed that name no one ("обсуждались", "se acordó",
    /// "ele alındı"): both sides.
    pub agentless: WordList,
    /// Speech-act verbs, any form ("подчеркн*", "soulign*", "belirt*", "述べ").
    pub speech: WordList,
    /// Words for "during" or "at": an event word right after one is a setting ("во время
    /// разговора"), not the sentence's predicate.
    pub during: WordList,
    /// Prepositions: a joint subject right after one is an object ("de ambos mandatarios",
    /// "между сторонами"), not the sentence's subject.
    pub prepositions: WordList,
    /// Words of a sentence that lists who took part ("Participants in the call included …"):
    /// its people are participants wherever it stands.
    pub participation: WordList,
    /// Subject pronouns for one person ("он", "elle").
    pub pronouns: WordList,
    /// Particles that mark the word before them as the one who speaks (Japanese "から",
    /// "より"): "岸田大臣から…" reports the minister.
    pub source_markers: WordList,
    /// Words for a form of state that follow a country's short name in unspaced scripts
    /// ("共和国", "連邦"): a segment of a name that holds one is a country, not the name.
    pub state_words: WordList,
    /// Words that open a reported clause ("que", "что", "dass"): a participant after one is
    /// the subject of what is reported, not the one reporting it.
    pub complementizers: WordList,
}

/// No words: languages without a table.
pub(crate) const NONE: PeopleWords = PeopleWords {
    order: NameOrder::OfficeFirst,
    offices: WordList::EMPTY,
    honorifics: WordList::EMPTY,
    and: WordList::EMPTY,
    joint: WordList::EMPTY,
    agentless: WordList::EMPTY,
    speech: WordList::EMPTY,
    during: WordList::EMPTY,
    prepositions: WordList::EMPTY,
    participation: WordList::EMPTY,
    pronouns: WordList::EMPTY,
    source_markers: WordList::EMPTY,
    state_words: WordList::EMPTY,
    complementizers: WordList::EMPTY,
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
    let mut rest = entry;
    loop {
        // The next pattern word: entries are short, so a plain scan finds the space.
        let cut = rest.bytes().position(|b| b == b' ');
        let pattern = cut.map_or(rest, |i| &rest[..i]);
        if !word_matches(pattern, words.get(n)?) {
            return None;
        }
        n += 1;
        match cut {
            Some(i) => rest = &rest[i + 1..],
            None => return Some(n),
        }
    }
}

/// The longest entry of `entries` that matches at the start of `words`, and its length in
/// words.
pub(crate) fn longest_at(entries: &[&str], words: &[&str]) -> Option<usize> {
    entries.iter().filter_map(|e| match_at(e, words)).max()
}

/// A table's entries with a summary of the words they can start at, worked out when the
/// program is compiled: a word no entry can start at is passed over after one hash, and most
/// words are.
pub(crate) struct WordList {
    entries: &'static [&'static str],
    /// One bit for each hash (see [`word_hash`]) of an entry's first word written out.
    first_words: [u64; 4],
    /// One bit for each byte a `stem*` first word opens with.
    stems: [u64; 4],
    /// One bit for each byte any entry opens with, wildcards aside: the first test.
    first_bytes: [u64; 4],
    /// Whether an entry opens with a wildcard (`*tail`, `~`), which any word may start.
    anywhere: bool,
    /// The most words an entry runs over.
    longest: usize,
}

/// Sets bit `n` of a 256-bit set.
const fn with_bit(mut set: [u64; 4], n: u8) -> [u64; 4] {
    set[(n >> 6) as usize] |= 1 << (n & 63);
    set
}

fn has_bit(set: &[u64; 4], n: u8) -> bool {
    set[usize::from(n >> 6)] & (1 << (n & 63)) != 0
}

/// The hash of `word` in lower case, and its first byte in lower case, lower-casing one
/// character at a time (which differs from `str::to_lowercase` only for a word-final Greek
/// sigma) unless `word` is in lower case already.
fn word_hash(word: &str, already_lower: bool) -> (u8, u8) {
    let mut hash = fnv::OFFSET;
    let mut first = None;
    let mut add = |b: u8| {
        first.get_or_insert(b);
        hash = fnv::step(hash, b);
    };
    if already_lower {
        word.bytes().for_each(add);
    } else if word.is_ascii() {
        word.bytes().for_each(|b| add(b.to_ascii_lowercase()));
    } else {
        for c in word.chars() {
            let mut buf = [0u8; 4];
            for lower in c.to_lowercase() {
                lower.encode_utf8(&mut buf).bytes().for_each(&mut add);
            }
        }
    }
    (hash as u8, first.unwrap_or(0))
}

impl WordList {
    /// No entries.
    pub(crate) const EMPTY: WordList = WordList::new(&[]);

    /// The list of `entries` (lower case, in the syntax of the module doc).
    pub(crate) const fn new(entries: &'static [&'static str]) -> Self {
        let mut first_words = [0u64; 4];
        let mut stems = [0u64; 4];
        let mut first_bytes = [0u64; 4];
        let mut anywhere = false;
        let mut longest = 0;
        let mut i = 0;
        while i < entries.len() {
            let bytes = entries[i].as_bytes();
            // The first word's hash, and whether it is a stem; the count of words.
            let mut words = 1;
            let mut hash = fnv::OFFSET;
            let mut first_word = true;
            let mut stem = false;
            let mut j = 0;
            while j < bytes.len() {
                match bytes[j] {
                    b' ' => {
                        words += 1;
                        first_word = false;
                    }
                    b'*' if first_word && j > 0 => stem = true,
                    b if first_word => hash = fnv::step(hash, b),
                    _ => {}
                }
                j += 1;
            }
            if words > longest {
                longest = words;
            }
            match bytes.first() {
                None => {}
                Some(b'*' | b'~') => anywhere = true,
                Some(&b) if stem => stems = with_bit(stems, b),
                Some(_) => first_words = with_bit(first_words, hash as u8),
            }
            if let Some(&b) = bytes.first() {
                first_bytes = with_bit(first_bytes, b);
            }
            i += 1;
        }
        WordList {
            entries,
            first_words,
            stems,
            first_bytes,
            anywhere,
            longest,
        }
    }

    /// False when no entry can start at `word` (in any case).
    fn may_open(&self, word: &str) -> bool {
        self.may_open_as(word, false)
    }

    /// [`WordList::may_open`], told whether `word` is in lower case already.
    fn may_open_as(&self, word: &str, already_lower: bool) -> bool {
        if self.anywhere {
            return true;
        }
        let Some(&b) = word.as_bytes().first() else {
            return false;
        };
        if b.is_ascii() && !has_bit(&self.first_bytes, b.to_ascii_lowercase()) {
            return false;
        }
        let (hash, first) = word_hash(word, already_lower);
        has_bit(&self.first_words, hash) || has_bit(&self.stems, first)
    }

    /// The longest entry that matches at the start of `words` (lower case), and its length
    /// in words.
    pub(crate) fn longest_at(&self, words: &[&str]) -> Option<usize> {
        if !self.may_open_as(words.first()?, true) {
            return None;
        }
        longest_at(self.entries, words)
    }

    /// False when no entry can match in `lowered` (lower case): the words an entry opens
    /// with, up to its first wildcard, are not in it.
    pub(crate) fn may_occur_in(&self, lowered: &str) -> bool {
        self.entries.iter().any(|entry| {
            let literal = entry.split(['*', '~', ' ']).next().unwrap_or("");
            lowered.contains(literal)
        })
    }

    /// True when an entry matches somewhere in `text`, read as its runs of letters and
    /// digits in any case. Only the words where an entry may start are lower-cased.
    pub(crate) fn occurs_in_text(&self, text: &str) -> bool {
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        (0..words.len()).any(|k| {
            if !self.may_open(words[k]) {
                return false;
            }
            let run = &words[k..words.len().min(k + self.longest)];
            let lower: Vec<String> = run.iter().map(|w| w.to_lowercase()).collect();
            let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
            longest_at(self.entries, &lower).is_some()
        })
    }
}

/// A word list as a tree of its entries' pattern words, so that entries opening with the
/// same words compare them once: "the two leaders", "the two sides" and "the ~ leaders"
/// share one "the". The speaker rules try two lists at every word of a sentence, and common
/// words such as "the" open a dozen entries. Built on first use from the list, which stays
/// the one source; it matches exactly what [`WordList::longest_at`] matches.
pub(crate) struct PhraseTree {
    list: &'static WordList,
    root: Branch,
}

/// The entries that share the pattern words up to here.
#[derive(Default)]
struct Branch {
    /// Whether an entry ends here.
    ends: bool,
    /// Each next pattern word, with the entries that continue with it.
    next: Vec<(&'static str, Branch)>,
}

impl Branch {
    fn insert(&mut self, mut patterns: impl Iterator<Item = &'static str>) {
        let Some(pattern) = patterns.next() else {
            self.ends = true;
            return;
        };
        let i = match self.next.iter().position(|(p, _)| *p == pattern) {
            Some(i) => i,
            None => {
                self.next.push((pattern, Branch::default()));
                self.next.len() - 1
            }
        };
        self.next[i].1.insert(patterns);
    }

    /// The most words an entry through here takes, `depth` words having matched before
    /// `words`.
    fn longest(&self, words: &[&str], depth: usize) -> Option<usize> {
        let mut best = self.ends.then_some(depth);
        if let Some((word, rest)) = words.split_first() {
            for (pattern, branch) in &self.next {
                if word_matches(pattern, word) {
                    best = best.max(branch.longest(rest, depth + 1));
                }
            }
        }
        best
    }
}

impl PhraseTree {
    fn new(list: &'static WordList) -> Self {
        let mut root = Branch::default();
        for entry in list.entries {
            root.insert(entry.split(' '));
        }
        PhraseTree { list, root }
    }

    /// [`WordList::longest_at`]: the longest entry that matches at the start of `words`
    /// (lower case), and its length in words.
    pub(crate) fn longest_at(&self, words: &[&str]) -> Option<usize> {
        let first = *words.first()?.as_bytes().first()?;
        // No entry opens with this letter: one bit tells.
        if !self.list.anywhere && first.is_ascii() && !has_bit(&self.list.first_bytes, first) {
            return None;
        }
        self.root.longest(words, 0)
    }
}

/// The trees of the lists read at every word of a sentence.
pub(crate) struct PhraseTrees {
    /// [`PeopleWords::joint`].
    pub joint: PhraseTree,
    /// [`PeopleWords::agentless`].
    pub agentless: PhraseTree,
}

impl PhraseTrees {
    fn new(words: &'static PeopleWords) -> Self {
        PhraseTrees {
            joint: PhraseTree::new(&words.joint),
            agentless: PhraseTree::new(&words.agentless),
        }
    }
}

/// The phrase trees of `language`, built on first use (none for a language without a table).
pub(crate) fn trees(language: Language) -> &'static PhraseTrees {
    static TREES: OnceLock<Vec<(Language, PhraseTrees)>> = OnceLock::new();
    static NO_TREES: OnceLock<PhraseTrees> = OnceLock::new();
    let trees = TREES.get_or_init(|| {
        ALL.iter()
            .map(|(language, tables)| (*language, PhraseTrees::new(tables.people)))
            .collect()
    });
    match trees.iter().find(|(l, _)| *l == language) {
        Some((_, t)) => t,
        None => NO_TREES.get_or_init(|| PhraseTrees::new(&NONE)),
    }
}

impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &Self::Target {
        self.entries
    }
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

    /// Every list of every language: the word test lets through each entry's own words, in
    /// lower case and capitalised, so it never loses a match the entries make.
    #[test]
    fn word_lists_let_their_entries_through() {
        for (language, tables) in super::super::ALL {
            let p = tables.people;
            let lists = [
                &p.offices,
                &p.honorifics,
                &p.and,
                &p.joint,
                &p.agentless,
                &p.speech,
                &p.during,
                &p.prepositions,
                &p.participation,
                &p.pronouns,
                &p.source_markers,
                &p.state_words,
                &p.complementizers,
            ];
            for list in lists {
                for entry in list.iter() {
                    let words: Vec<String> = entry
                        .split(' ')
                        .map(|w| match w {
                            "~" => "any".to_string(),
                            w => {
                                w.trim_matches('*').to_string()
                                    + if w.ends_with('*') { "x" } else { "" }
                            }
                        })
                        .collect();
                    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
                    assert!(list.longest_at(&refs).is_some(), "{language:?} {entry}");
                    let mut capitalised: String = words[0]
                        .chars()
                        .flat_map(char::to_uppercase)
                        .take(1)
                        .collect();
                    capitalised.extend(words[0].chars().skip(1));
                    assert!(list.may_open(&capitalised), "{language:?} {capitalised}");
                }
            }
        }
    }

    /// The phrase trees match what their lists match, on every entry's words and on each
    /// run of words cut from them (where entries sharing opening words part ways).
    #[test]
    fn phrase_trees_match_as_their_lists() {
        for (language, tables) in super::super::ALL {
            let p = tables.people;
            let trees = trees(*language);
            let pairs = [(&p.joint, &trees.joint), (&p.agentless, &trees.agentless)];
            let runs: Vec<Vec<String>> = [&p.joint, &p.agentless]
                .iter()
                .flat_map(|list| list.iter())
                .map(|entry| {
                    entry
                        .split(' ')
                        .map(|w| match w {
                            "~" => "any".to_string(),
                            w => {
                                let head = if w.starts_with('*') { "x" } else { "" };
                                let tail = if w.ends_with('*') { "x" } else { "" };
                                format!("{head}{}{tail}", w.trim_matches('*'))
                            }
                        })
                        .collect()
                })
                .collect();
            for run in &runs {
                let refs: Vec<&str> = run.iter().map(String::as_str).collect();
                for from in 0..refs.len() {
                    for to in from..=refs.len() {
                        let words = &refs[from..to];
                        for (list, tree) in pairs {
                            assert_eq!(
                                tree.longest_at(words),
                                list.longest_at(words),
                                "{language:?} {words:?}"
                            );
                        }
                    }
                }
            }
        }
        let joint = &trees(Language::En).joint;
        assert_eq!(
            joint.longest_at(&["the", "two", "leaders", "agreed"]),
            Some(3)
        );
        assert_eq!(joint.longest_at(&["the", "foreign", "leaders"]), Some(3));
        assert_eq!(joint.longest_at(&["the", "president"]), None);
    }

    #[test]
    fn word_lists_pass_over_words_no_entry_starts_at() {
        let list = WordList::new(&["took part", "particip*", "joined by"]);
        assert!(list.may_open("Took"));
        assert!(list.may_open("participants"));
        assert!(!list.may_open("the"));
        assert!(!list.may_open("minister"));
        assert!(list.occurs_in_text("Also Participating: the Foreign Ministers."));
        assert!(list.occurs_in_text("Ministers TOOK PART in the call."));
        assert!(!list.occurs_in_text("They took the call."));
        assert!(list.may_occur_in("also participating: the foreign ministers."));
        assert!(!list.may_occur_in("they spoke on the telephone."));
        assert!(WordList::new(&["*лись"]).may_open("the"));
        assert!(!WordList::EMPTY.may_open("the"));
    }
}

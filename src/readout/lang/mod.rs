//! Which language a readout is written in, decided once, in one place.
//!
//! Scripts decide most languages outright (Hangul is Korean, kana is Japanese, Han without kana
//! is Chinese, Devanagari is Hindi); letters only one language of a script uses separate the
//! rest (Ukrainian і ї є ґ among Cyrillic texts, Persian پ چ ژ گ and Urdu ے among Arabic-script
//! ones). Latin-script texts are told apart by their most common function words — the words
//! every text of a language is made of, whatever it is about — with a language's own letters
//! (ß, ñ, ã, ş…) as tie-breakers.

use std::fmt;

mod ar;
pub(crate) mod countries;
mod de;
mod en;
mod es;
mod fa;
mod fr;
mod hi;
mod it;
mod ja;
mod ko;
pub(crate) mod people;
mod pt;
mod ru;
mod tr;
mod uk;
mod ur;
mod zh;

/// How a language writes a date in numbers alone when both numbers could be the month
/// ("03/04/2020"): the day first or the month first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumericOrder {
    /// 27/03/2020: most languages.
    DayFirst,
    /// 03/27/2020: American English.
    MonthFirst,
}

/// The calendar a month name or an era belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Calendar {
    /// The Gregorian calendar.
    Gregorian,
    /// The Solar Hijri calendar of Iran and Afghanistan (Farvardin … Esfand).
    SolarHijri,
}

/// The words of one language that name a kind of exchange. Each entry is matched in the
/// lower-cased text: entries in scripts written without spaces between words (Han, kana,
/// Hangul) or with prefixes glued to words (Arabic script, Devanagari) as substrings; the rest
/// word by word, where `stem*` matches any word that begins with `stem` and `~` allows one
/// word of any kind in between ("spoke ~ with": "spoke today with").
pub(crate) struct EventWords {
    /// A video call or virtual meeting.
    pub video: &'static [&'static str],
    /// A telephone call.
    pub phone: &'static [&'static str],
    /// A word for "call" that also means an appeal: a call only when the next word is not
    /// one of [`EventWords::call_not_before`] ("called for calm").
    pub call: &'static [&'static str],
    /// Words after which a [`EventWords::call`] word is an appeal.
    pub call_not_before: &'static [&'static str],
    /// A conversation without a medium ("spoke with"): a phone call unless the same
    /// sentence speaks of a meeting or talks.
    pub conversation: &'static [&'static str],
    /// Negotiations, formal talks.
    pub talks: &'static [&'static str],
    /// A meeting in person.
    pub meeting: &'static [&'static str],
}

/// The words and forms of one language that dates are written with.
pub(crate) struct DateWords {
    /// Month names and their abbreviations, lower case, in every grammatical form a date
    /// uses (Russian "марта" as well as "март"), with the month number and the calendar.
    pub months: &'static [(&'static str, u32, Calendar)],
    /// Weekday names, lower case: date lines carry them ("Tue. May 18th, 2021").
    pub weekdays: &'static [&'static str],
    /// Small words a date may have between its parts ("15 de marzo de 2018", "the 3rd of
    /// May").
    pub joiners: &'static [&'static str],
    /// Words after the year that belong to the date ("2014 года", "2019 р.").
    pub year_suffixes: &'static [&'static str],
    /// Year, month and day marks written after the numbers ("2018年3月15日", "2018년 3월
    /// 15일").
    pub marks: Option<(&'static str, &'static str, &'static str)>,
    /// Eras counted from a first year ("令和3年"): the era's name and the Gregorian year
    /// before its first year.
    pub eras: &'static [(&'static str, i32)],
    /// How numbers alone are ordered.
    pub numeric_order: NumericOrder,
    /// The calendar of dates written in numbers alone ("1402/08/23" in Persian; an Arabic
    /// page's "1445/09/05 هـ" is the lunar Hijri calendar, which is not read).
    pub numeric_calendar: Calendar,
    /// Words that place the conversation on the day the page was published ("today",
    /// "this evening").
    pub today: &'static [&'static str],
    /// Words that place it on another day the text does not date ("yesterday").
    pub other_day: &'static [&'static str],
    /// Words of a line that gives when a page was changed, not when the conversation took
    /// place ("Last updated").
    pub updated: &'static [&'static str],
}

/// Everything the parser's language-neutral rules read about one language.
pub(crate) struct Tables {
    /// Kinds of exchange.
    pub events: EventWords,
    /// Dates.
    pub dates: DateWords,
    /// Words that make a heading a title besides the event words: what a readout's heading
    /// calls itself ("Readout", "Statement", "entretien"), lower case, matched like event
    /// words.
    pub title_words: &'static [&'static str],
    /// Small words a heading does not end on unless it is cut by a hard wrap ("… Call
    /// with" / "Prime Minister …"), lower case.
    pub connectors: &'static [&'static str],
    /// Offices, speech verbs and the other words people are named and quoted with.
    pub people: &'static people::PeopleWords,
}

/// Every language with tables, English first.
pub(crate) const ALL: &[(Language, &Tables)] = &[
    (Language::En, &en::TABLES),
    (Language::Zh, &zh::TABLES),
    (Language::Ja, &ja::TABLES),
    (Language::Ko, &ko::TABLES),
    (Language::Ru, &ru::TABLES),
    (Language::Uk, &uk::TABLES),
    (Language::De, &de::TABLES),
    (Language::Fr, &fr::TABLES),
    (Language::Es, &es::TABLES),
    (Language::It, &it::TABLES),
    (Language::Pt, &pt::TABLES),
    (Language::Tr, &tr::TABLES),
    (Language::Ar, &ar::TABLES),
    (Language::Fa, &fa::TABLES),
    (Language::Ur, &ur::TABLES),
    (Language::Hi, &hi::TABLES),
];

/// The tables of `language`, if it has any.
pub(crate) fn tables_of(language: Language) -> Option<&'static Tables> {
    ALL.iter().find(|(l, _)| *l == language).map(|(_, t)| *t)
}

/// The tables of `language`; English for [`Language::Other`].
pub(crate) fn tables(language: Language) -> &'static Tables {
    ALL.iter()
        .find(|(l, _)| *l == language)
        .map_or(&en::TABLES, |(_, t)| t)
}

/// Every language's abbreviation table.
///
/// The splitter reads all of them at once rather than the detected language's alone: a
/// sentence must split the same whether it is read inside its readout or on its own, and a
/// few words on their own rarely tell their language. The tables hold words that are not
/// sentence-final words of another language ("Srta", "Avv", "kath", "пгт").
const ABBREVIATION_TABLES: &[&[&str]] = &[
    de::ABBREVIATIONS,
    es::ABBREVIATIONS,
    fr::ABBREVIATIONS,
    it::ABBREVIATIONS,
    pt::ABBREVIATIONS,
    ru::ABBREVIATIONS,
];

/// True when `word` (without its full stop, any case, maybe elided: "l'Avv") is in one of
/// the languages' abbreviation tables.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let word = word.rsplit(['\'', '’']).next().unwrap_or(word);
    if word.is_empty() || word.chars().count() > 8 {
        return false;
    }
    let lower = word.to_lowercase();
    ABBREVIATION_TABLES
        .iter()
        .any(|table| table.contains(&lower.as_str()))
}

/// A language the parser knows by name. [`Language::Other`] is any other, or too little text
/// to tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// English.
    En,
    /// Chinese.
    Zh,
    /// Japanese.
    Ja,
    /// Korean.
    Ko,
    /// Russian.
    Ru,
    /// Ukrainian.
    Uk,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Portuguese.
    Pt,
    /// Turkish.
    Tr,
    /// Arabic.
    Ar,
    /// Persian.
    Fa,
    /// Urdu.
    Ur,
    /// Hindi.
    Hi,
    /// Another language, or not enough text to tell.
    Other,
}

impl Language {
    /// The ISO 639-1 code (`"und"` for [`Language::Other`]).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Zh => "zh",
            Language::Ja => "ja",
            Language::Ko => "ko",
            Language::Ru => "ru",
            Language::Uk => "uk",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::It => "it",
            Language::Pt => "pt",
            Language::Tr => "tr",
            Language::Ar => "ar",
            Language::Fa => "fa",
            Language::Ur => "ur",
            Language::Hi => "hi",
            Language::Other => "und",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// True for letters of scripts whose table entries are matched as substrings: written without
/// spaces between words (Han, kana, Hangul) or with particles and prefixes glued to words
/// (Arabic script, Devanagari).
fn glued_script(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{1100}'..='\u{11ff}'
        | '\u{3130}'..='\u{318f}'
        | '\u{600}'..='\u{6ff}'
        | '\u{750}'..='\u{77f}'
        | '\u{fb50}'..='\u{fdff}'
        | '\u{fe70}'..='\u{feff}'
        | '\u{900}'..='\u{97f}')
}

/// A text cut into lower-case words once, for matching many table entries against it.
pub(crate) struct Words<'a> {
    lower: &'a str,
    words: Vec<(usize, usize)>,
}

impl<'a> Words<'a> {
    /// Cuts `lower` (already lower case) into words: letters and digits, with an apostrophe
    /// or hyphen between two letters kept inside the word ("aujourd'hui", "video-call").
    pub(crate) fn new(lower: &'a str) -> Words<'a> {
        let mut words = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = lower.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let inner = matches!(c, '\'' | '’' | '-')
                && start.is_some()
                && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || inner || c == '\u{200c}' {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                words.push((s, i));
            }
        }
        if let Some(s) = start {
            words.push((s, lower.len()));
        }
        Words { lower, words }
    }

    /// The lower-case text of `start..end`.
    pub(crate) fn text(&self, start: usize, end: usize) -> &'a str {
        &self.lower[start..end]
    }

    /// The words, as byte ranges of the lower-case text.
    pub(crate) fn ranges(&self) -> &[(usize, usize)] {
        &self.words
    }

    /// The byte range of the first occurrence of a table `entry` (see [`EventWords`] for how
    /// entries are written).
    pub(crate) fn find(&self, entry: &str) -> Option<(usize, usize)> {
        if entry.chars().any(glued_script) {
            return self.lower.find(entry).map(|p| (p, p + entry.len()));
        }
        let parts: Vec<&str> = entry.split_whitespace().collect();
        (0..self.words.len())
            .find_map(|k| self.match_from(k, &parts).map(|end| (self.words[k].0, end)))
    }

    /// Matches `parts` from word `k`; returns the end of the last word matched.
    fn match_from(&self, k: usize, parts: &[&str]) -> Option<usize> {
        let Some((first, rest)) = parts.split_first() else {
            return k.checked_sub(1).map(|i| self.words[i].1);
        };
        if *first == "~" {
            // One optional word of any kind.
            return self.match_from(k, rest).or_else(|| {
                (k < self.words.len())
                    .then(|| self.match_from(k + 1, rest))
                    .flatten()
            });
        }
        let &(s, e) = self.words.get(k)?;
        let word = &self.lower[s..e];
        let hit = match first.strip_suffix('*') {
            Some(stem) => word.starts_with(stem),
            None => word == *first,
        };
        if hit {
            self.match_from(k + 1, rest)
        } else {
            None
        }
    }

    /// The first of `entries` found, by position.
    pub(crate) fn first_of(&self, entries: &[&str]) -> Option<(usize, usize)> {
        entries.iter().filter_map(|e| self.find(e)).min()
    }
}

/// Letters counted by script.
#[derive(Default)]
struct Scripts {
    latin: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    cyrillic: usize,
    ukrainian_letters: usize,
    arabic: usize,
    persian_letters: usize,
    urdu_letters: usize,
    devanagari: usize,
}

impl Scripts {
    fn count(text: &str) -> Scripts {
        let mut s = Scripts::default();
        for c in text.chars() {
            // Most of a readout is ASCII, and its only letters are Latin.
            if c.is_ascii() {
                s.latin += usize::from(c.is_ascii_alphabetic());
                continue;
            }
            match c {
                '\u{c0}'..='\u{24f}' => s.latin += 1,
                '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' => s.kana += 1,
                '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' => {
                    s.han += 1
                }
                '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' => {
                    s.hangul += 1
                }
                '\u{400}'..='\u{4ff}' => {
                    s.cyrillic += 1;
                    if matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ') {
                        s.ukrainian_letters += 1;
                    }
                }
                '\u{600}'..='\u{6ff}' | '\u{750}'..='\u{77f}' | '\u{fb50}'..='\u{fdff}' => {
                    s.arabic += 1;
                    // پ چ ژ گ ک ی: letters Persian (and Urdu) write and Arabic does not.
                    if matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی') {
                        s.persian_letters += 1;
                    }
                    // ے ٹ ڈ ڑ ں ھ: Urdu's own letters.
                    if matches!(c, 'ے' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ھ') {
                        s.urdu_letters += 1;
                    }
                }
                '\u{900}'..='\u{97f}' => s.devanagari += 1,
                _ => {}
            }
        }
        s
    }
}

/// The most frequent function words of each Latin-script language, lower case.
const FUNCTION_WORDS: &[(Language, &[&str])] = &[
    (
        Language::En,
        &[
            "the", "and", "of", "to", "in", "that", "with", "on", "for", "is", "their", "was",
        ],
    ),
    (
        Language::De,
        &[
            "der", "die", "und", "das", "mit", "den", "des", "nicht", "sich", "ist", "auf", "dem",
        ],
    ),
    (
        Language::Fr,
        &[
            "le", "les", "et", "des", "du", "une", "avec", "est", "pour", "dans", "sur", "au",
        ],
    ),
    (
        Language::Es,
        &[
            "el", "los", "las", "y", "del", "con", "una", "que", "por", "para", "se", "su",
        ],
    ),
    (
        Language::It,
        &[
            "il", "di", "e", "che", "della", "con", "per", "del", "gli", "è", "nel", "una",
        ],
    ),
    (
        Language::Pt,
        &[
            "o", "os", "do", "da", "dos", "das", "com", "que", "em", "uma", "para", "não",
        ],
    ),
    (
        Language::Tr,
        &[
            "ve", "bir", "ile", "bu", "için", "olarak", "da", "de", "ki", "çok", "olan", "daha",
        ],
    ),
];

/// Letters that only some Latin-script languages among those above write.
const OWN_LETTERS: &[(Language, &[char])] = &[
    (Language::De, &['ß', 'ä', 'ö', 'ü']),
    (Language::Es, &['ñ', '¿', '¡']),
    (Language::Pt, &['ã', 'õ']),
    (Language::Tr, &['ş', 'ğ', 'ı', 'İ']),
    (Language::Fr, &['œ', 'ê', 'û']),
];

/// The most bytes [`detect`] reads: a readout shows its language long before that, and a
/// long paste costs no more.
const DETECT_BYTES: usize = 64 * 1024;

/// Decides the language of `text` (the whole readout, or any large part of it) from its
/// first [`DETECT_BYTES`].
pub fn detect(text: &str) -> Language {
    let mut end = text.len().min(DETECT_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let s = Scripts::count(text);
    let letters = s.latin + s.han + s.kana + s.hangul + s.cyrillic + s.arabic + s.devanagari;
    if letters == 0 {
        return Language::Other;
    }
    // A script decides when it is a fifth of the letters: readouts quote names in Latin
    // letters, and Japanese mixes Han and kana.
    let share = |n: usize| n * 5 >= letters;
    if share(s.hangul) {
        return Language::Ko;
    }
    if s.kana > 0 && share(s.kana + s.han) && s.kana * 20 >= s.han {
        return Language::Ja;
    }
    if share(s.han) {
        return Language::Zh;
    }
    if share(s.cyrillic) {
        // Ukrainian і, ї, є, ґ are common in every Ukrainian sentence and absent from Russian.
        return if s.ukrainian_letters * 100 >= s.cyrillic {
            Language::Uk
        } else {
            Language::Ru
        };
    }
    if share(s.arabic) {
        return if s.urdu_letters * 100 >= s.arabic {
            Language::Ur
        } else if s.persian_letters * 50 >= s.arabic {
            Language::Fa
        } else {
            Language::Ar
        };
    }
    if share(s.devanagari) {
        return Language::Hi;
    }
    latin_language(text)
}

/// The Latin-script language whose function words make up most of the text's words.
///
/// One pass over the text, without allocating: [`detect`] reads the whole readout, so this
/// runs over every byte of the largest paste and is the parser's most-used loop after the
/// sentence splitter.
fn latin_language(text: &str) -> Language {
    let mut hits = [0usize; FUNCTION_WORDS.len()];
    let mut own = [0usize; OWN_LETTERS.len()];
    let mut words = 0usize;
    let mut lower = LowerWord::default();
    let mut in_word = false;
    for c in text.chars() {
        let alphabetic = if c.is_ascii() {
            c.is_ascii_alphabetic()
        } else {
            for (k, (_, letters)) in OWN_LETTERS.iter().enumerate() {
                own[k] += usize::from(letters.contains(&c));
            }
            c.is_alphabetic()
        };
        if alphabetic {
            if !in_word {
                in_word = true;
                words += 1;
                lower.clear();
            }
            lower.push(c);
        } else if std::mem::take(&mut in_word) {
            count_function_word(&lower, &mut hits);
        }
    }
    if in_word {
        count_function_word(&lower, &mut hits);
    }
    for ((language, _), count) in OWN_LETTERS.iter().zip(own) {
        if let Some(i) = FUNCTION_WORDS.iter().position(|(l, _)| l == language) {
            // A language's own letters count as half a function word each.
            hits[i] += count / 2;
        }
    }
    let best = hits
        .iter()
        .enumerate()
        .max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i)))
        .map(|(i, &n)| (i, n));
    match best {
        // At least one word in twenty is a function word of the language: real running text.
        Some((i, n)) if n > 0 && n * 20 >= words => FUNCTION_WORDS[i].0,
        _ => Language::Other,
    }
}

/// Counts the word in `lower` for every language whose function words hold it.
fn count_function_word(lower: &LowerWord, hits: &mut [usize; FUNCTION_WORDS.len()]) {
    let Some(word) = lower.as_bytes() else {
        return;
    };
    for (i, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
        if list.iter().any(|w| w.as_bytes() == word) {
            hits[i] += 1;
        }
    }
}

/// The most bytes a lower-cased function word takes ("olarak", "için", "della").
const FUNCTION_WORD_BYTES: usize = 8;

/// A word lower-cased into a fixed buffer, as far as [`FUNCTION_WORD_BYTES`]: a longer word is
/// no function word and is only marked as too long. Lower-casing character by character
/// matches `str::to_lowercase` on every word it can match (the two differ only for a
/// word-final Greek sigma, in no function word).
#[derive(Default)]
struct LowerWord {
    buf: [u8; FUNCTION_WORD_BYTES],
    len: usize,
    too_long: bool,
}

impl LowerWord {
    fn clear(&mut self) {
        self.len = 0;
        self.too_long = false;
    }

    fn push(&mut self, c: char) {
        if self.too_long {
            return;
        }
        if c.is_ascii() {
            if self.len == FUNCTION_WORD_BYTES {
                self.too_long = true;
            } else {
                self.buf[self.len] = c.to_ascii_lowercase() as u8;
                self.len += 1;
            }
            return;
        }
        for l in c.to_lowercase() {
            let n = l.len_utf8();
            if self.len + n > FUNCTION_WORD_BYTES {
                self.too_long = true;
                return;
            }
            l.encode_utf8(&mut self.buf[self.len..]);
            self.len += n;
        }
    }

    /// The lower-cased word's UTF-8 bytes, or `None` when it is longer than any function word.
    fn as_bytes(&self) -> Option<&[u8]> {
        (!self.too_long).then_some(&self.buf[..self.len])
    }
}

/// Words of one language for page furniture (see each language's `PAGE_FURNITURE`).
pub(crate) struct Furniture {
    /// Headings of a list of related articles ("related articles", "leia também").
    pub related: &'static [&'static str],
    /// Openings of a line that only points to a full text below it ("see the full text").
    pub pointers: &'static [&'static str],
    /// Closing formulas of a statement ("respectfully announced to the public").
    pub sign_offs: &'static [&'static str],
}

/// Every language's page furniture, read all at once: a copy's furniture is often in the
/// site's language rather than the readout's.
pub(crate) const FURNITURE: &[&Furniture] = &[
    &en::PAGE_FURNITURE,
    &es::PAGE_FURNITURE,
    &pt::PAGE_FURNITURE,
    &fr::PAGE_FURNITURE,
    &it::PAGE_FURNITURE,
    &de::PAGE_FURNITURE,
    &ru::PAGE_FURNITURE,
    &uk::PAGE_FURNITURE,
    &tr::PAGE_FURNITURE,
    &zh::PAGE_FURNITURE,
    &ja::PAGE_FURNITURE,
    &ko::PAGE_FURNITURE,
];

#[cfg(test)]
mod tests;

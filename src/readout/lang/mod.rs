//! Which language a readout is written in, decided once, in one place.
//!
//! Scripts decide most languages outright (Hangul is Korean, kana is Japanese, Han without kana
//! is Chinese, Devanagari is Hindi); letters only one language of a script uses separate the
//! rest (Ukrainian і ї є ґ among Cyrillic texts, Persian پ چ ژ گ and Urdu ے among Arabic-script
//! ones). Latin-script texts are told apart by their most common function words — the words
//! every text of a language is made of, whatever it is about — with a language's own letters
//! (ß, ñ, ã, ş…) as tie-breakers.

use std::fmt;

pub mod de;
pub mod es;
pub mod fr;
pub mod it;
pub mod pt;
pub mod ru;

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
            match c {
                'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' => s.latin += 1,
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

/// Decides the language of `text` (the whole readout, or any large part of it).
pub fn detect(text: &str) -> Language {
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
fn latin_language(text: &str) -> Language {
    let mut hits = [0usize; FUNCTION_WORDS.len()];
    let mut words = 0usize;
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let lower = word.to_lowercase();
        for (i, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
            if list.contains(&lower.as_str()) {
                hits[i] += 1;
            }
        }
    }
    for (language, letters) in OWN_LETTERS {
        let count = text.chars().filter(|c| letters.contains(c)).count();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_is_told_from_a_sentence_of_its_own() {
        let table: &[(&str, Language)] = &[
            (
                "The two ministers discussed trade and the situation in the region.",
                Language::En,
            ),
            (
                "两国领导人就双边关系和共同关心的国际问题交换了意见。",
                Language::Zh,
            ),
            (
                "両首脳は、二国間関係や地域情勢について意見交換を行いました。",
                Language::Ja,
            ),
            (
                "양국 정상은 양자 관계와 지역 정세에 대해 의견을 나눴다.",
                Language::Ko,
            ),
            (
                "Стороны обсудили вопросы двустороннего сотрудничества и ситуацию в регионе.",
                Language::Ru,
            ),
            (
                "Сторони обговорили питання двостороннього співробітництва та ситуацію в регіоні.",
                Language::Uk,
            ),
            (
                "Die beiden Minister sprachen über den Handel und die Lage in der Region.",
                Language::De,
            ),
            (
                "Les deux ministres ont évoqué le commerce et la situation dans la région.",
                Language::Fr,
            ),
            (
                "Los dos ministros conversaron sobre el comercio y la situación en la región.",
                Language::Es,
            ),
            (
                "I due ministri hanno discusso del commercio e della situazione nella regione.",
                Language::It,
            ),
            (
                "Os dois ministros conversaram sobre o comércio e a situação da região.",
                Language::Pt,
            ),
            (
                "İki bakan ticaret ve bölgedeki durum hakkında görüştü ve bu konuda mutabık kaldı.",
                Language::Tr,
            ),
            (
                "وبحث الوزيران العلاقات الثنائية والأوضاع في المنطقة.",
                Language::Ar,
            ),
            (
                "دو وزیر درباره روابط دوجانبه و تحولات منطقه گفتگو کردند.",
                Language::Fa,
            ),
            (
                "دونوں وزرائے خارجہ نے دوطرفہ تعلقات اور خطے کی صورتحال پر بات چیت کی۔",
                Language::Ur,
            ),
            (
                "दोनों मंत्रियों ने द्विपक्षीय संबंधों और क्षेत्र की स्थिति पर चर्चा की।",
                Language::Hi,
            ),
        ];
        for (text, expected) in table {
            assert_eq!(detect(text), *expected, "{text}");
        }
    }

    #[test]
    fn names_in_latin_letters_do_not_change_the_script_decision() {
        assert_eq!(
            detect("习近平同法国总统马克龙（Emmanuel Macron）通电话。"),
            Language::Zh
        );
        assert_eq!(
            detect("Президент России Владимир Путин провёл разговор с Olaf Scholz."),
            Language::Ru
        );
    }

    #[test]
    fn too_little_text_is_other() {
        for text in ["", "   ", "12/10/2023", "Xi", "😀 ✨"] {
            assert_eq!(detect(text), Language::Other, "{text:?}");
        }
    }
}

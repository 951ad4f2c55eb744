//! Word lists the rules consult: abbreviations, sentence starters, titles, countries and
//! demonyms, reporting and event verbs. Kept apart from the rules so that adding a word never
//! means touching a rule. Lookups are `match`es, which compile to length-then-bytes
//! comparisons and allocate nothing.

use super::lang::countries;

/// ASCII-lowercases `word` into `buf` and returns it, or `None` when it does not fit (long
/// words are never abbreviations).
pub(crate) fn lower_ascii<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// Calls `f` with `word` in lower case, without allocating for short ASCII words (the common
/// case in the hot path of speaker detection).
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    if word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(word);
        }
        if let Some(w) = lower_ascii(word, &mut buf) {
            return f(w);
        }
    }
    f(&word.to_lowercase())
}

/// How an abbreviation behaves before the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Always followed by more of the sentence ("Mr. Smith", "e.g. China", "vs. Japan").
    Prepositive,
    /// Only continues before a number ("No. 5", "p. 55", "Art. 3").
    BeforeNumber,
    /// A month or weekday: continues before a number or another date word.
    Date,
    /// May end a sentence ("etc.", "Co.", "Jr."): ends it before a typical sentence start.
    Ambiguous,
}

/// Classifies a word written before a full stop (without the stop), case-insensitively for
/// ASCII; Cyrillic abbreviations are matched as written in lower case.
pub(crate) fn abbreviation(word: &str) -> Option<Abbrev> {
    let mut buf = [0u8; 24];
    let w = lower_ascii(word, &mut buf)?;
    use Abbrev::*;
    let kind = match w {
        "mr" | "mrs" | "ms" | "messrs" | "mme" | "mlle" | "dr" | "prof" | "gen" | "sen" | "rep"
        | "gov" | "lt" | "col" | "capt" | "sgt" | "maj" | "adm" | "cmdr" | "hon" | "rev" | "fr"
        | "st" | "mt" | "ft" | "pres" | "amb" | "supt" | "insp" | "excel" | "sr" | "rt"
        | "brig" | "cpl" | "pvt" | "gov't" | "vs" | "v" | "approx" | "cf" | "viz" | "incl"
        | "esp" | "ca" | "bzw" | "vgl" | "ggf" | "evtl" | "sog" | "z" | "hr" | "fa" | "herr"
        | "frau" => Prepositive,
        "no" | "nos" | "nr" | "art" | "arts" | "fig" | "figs" | "vol" | "vols" | "p" | "pp"
        | "para" | "paras" | "ch" | "chap" | "sec" | "secs" | "eq" | "ed" | "op" | "abs"
        | "tel" | "ext" | "ref" | "n°" | "№" => BeforeNumber,
        "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov"
        | "dec" | "mon" | "tue" | "tues" | "wed" | "thu" | "thur" | "thurs" | "fri" | "sat"
        | "sun" => Date,
        "etc" | "co" | "corp" | "inc" | "ltd" | "jr" | "bros" | "dept" | "est" | "govt"
        | "intl" | "assn" | "univ" | "ave" | "blvd" | "rd" | "sq" | "esq" | "phd" | "al"
        | "min" | "max" | "hrs" | "yrs" | "mos" | "km" | "kg" | "mln" | "bn" | "tr" | "usw"
        | "str" | "hrsg" | "mio" | "mrd" | "ag" | "gmbh" | "a" | "b" | "c" | "d" | "ff" => {
            Ambiguous
        }
        _ => return cyrillic_abbreviation(word),
    };
    Some(kind)
}

fn cyrillic_abbreviation(word: &str) -> Option<Abbrev> {
    use Abbrev::*;
    let kind = match word {
        "г" | "гг" | "ул" | "им" | "пр" | "пл" | "обл" | "просп" | "д" | "кв" | "куб" | "ст"
        | "т" | "с" | "см" | "напр" | "ср" | "проф" | "акад" | "ген" | "г-н" | "г-жа" | "тов" => {
            Prepositive
        }
        "№" | "рис" | "табл" | "гл" | "п" => BeforeNumber,
        "янв" | "февр" | "фев" | "авг" | "сент" | "окт" | "нояб" | "дек" => {
            Date
        }
        "др" | "руб" | "коп" | "тыс" | "млн" | "млрд" | "трлн" | "дол" | "долл" | "км" | "кг"
        | "мин" | "сек" | "м" | "л" => Ambiguous,
        _ => return None,
    };
    Some(kind)
}

/// Multi-period abbreviations that never end a sentence ("e.g.", "i.e.").
pub(crate) fn never_final_dotted(word: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lower_ascii(word, &mut buf),
        Some("e.g" | "i.e" | "z.b" | "d.h" | "u.a" | "h.e" | "s.e" | "t.e")
    ) || matches!(word, "т.е" | "т.к" | "т.н" | "и.о")
}

/// Capitalised words that typically open a sentence: after an ambiguous abbreviation ("U.S.",
/// "etc.", "Jr.") one of these marks a new sentence, any other capitalised word a name.
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Here"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "In"
            | "On"
            | "At"
            | "As"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "If"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "However"
            | "Also"
            | "Both"
            | "Each"
            | "Many"
            | "Some"
            | "Most"
            | "All"
            | "Not"
            | "What"
            | "Why"
            | "How"
            | "Who"
            | "Where"
            | "Which"
            | "Did"
            | "Do"
            | "Does"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Has"
            | "Have"
            | "Had"
            | "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Should"
            | "Let"
            | "Please"
            | "Since"
            | "Although"
            | "Though"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Then"
            | "Thus"
            | "Therefore"
            | "Furthermore"
            | "Moreover"
            | "Meanwhile"
            | "Additionally"
            | "During"
            | "Under"
            | "With"
            | "Without"
            | "For"
            | "From"
            | "To"
            | "By"
            | "Further"
            | "Finally"
            | "First"
            | "Second"
            | "Later"
            | "Earlier"
            | "Following"
            | "According"
            | "Among"
            | "Despite"
            | "Regarding"
            | "Given"
            | "One"
            | "Such"
            | "Other"
            | "Only"
            | "Even"
            | "Every"
            | "Another"
            | "Any"
            | "Because"
            | "Once"
            | "Until"
            | "Unless"
            | "Whether"
            | "Now"
            | "Again"
            | "Instead"
            | "Nevertheless"
            | "Indeed"
            | "Overall"
            | "Similarly"
            | "Likewise"
            | "Lastly"
            | "Next"
            | "Separately"
            | "Throughout"
            | "Through"
            | "Over"
            | "Amid"
            | "Ahead"
            | "No"
            | "Yes"
            | "Well"
            | "Oh"
            | "Still"
            | "Just"
            | "Он"
            | "Она"
            | "Они"
            | "Это"
            | "Мы"
            | "Я"
            | "В"
            | "На"
            | "По"
            | "Так"
            | "Также"
            | "Кроме"
            | "При"
            | "Для"
            | "Но"
            | "И"
            | "А"
            | "Стороны"
            | "Как"
            | "Что"
            | "До"
            | "После"
            | "Передавайте"
            | "Er"
            | "Sie"
            | "Es"
            | "Die"
            | "Der"
            | "Das"
            | "Wir"
            | "Ich"
            | "Im"
            | "Am"
            | "Auch"
            | "Dabei"
            | "Zudem"
    )
}

/// Month names in the languages readouts come in, for "21. Dezember" and dates.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let mut buf = [0u8; 24];
    let w = lower_ascii(word, &mut buf).unwrap_or("");
    let n = match w {
        "january" | "jan" | "januar" | "janvier" => 1,
        "february" | "feb" | "februar" | "février" => 2,
        "march" | "mar" | "märz" | "mars" => 3,
        "april" | "apr" | "avril" => 4,
        "may" | "mai" => 5,
        "june" | "jun" | "juni" | "juin" => 6,
        "july" | "jul" | "juli" | "juillet" => 7,
        "august" | "aug" | "août" => 8,
        "september" | "sep" | "sept" | "septembre" => 9,
        "october" | "oct" | "oktober" | "octobre" => 10,
        "november" | "nov" | "novembre" => 11,
        "december" | "dec" | "dezember" | "décembre" => 12,
        _ => match word {
            "января" | "январь" => 1,
            "февраля" | "февраль" => 2,
            "марта" | "март" => 3,
            "апреля" | "апрель" => 4,
            "мая" | "май" => 5,
            "июня" | "июнь" => 6,
            "июля" | "июль" => 7,
            "августа" | "август" => 8,
            "сентября" | "сентябрь" => 9,
            "октября" | "октябрь" => 10,
            "ноября" | "ноябрь" => 11,
            "декабря" | "декабрь" => 12,
            _ => return None,
        },
    };
    Some(n)
}

/// Weekday names and abbreviations, which date lines carry ("Tue. May 18th, 2021").
pub(crate) fn is_weekday(word: &str) -> bool {
    let mut buf = [0u8; 24];
    matches!(
        lower_ascii(word, &mut buf),
        Some(
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "mon"
                | "tue"
                | "tues"
                | "wed"
                | "thu"
                | "thur"
                | "thurs"
                | "fri"
                | "sat"
                | "sun"
                | "montag"
                | "dienstag"
                | "mittwoch"
                | "donnerstag"
                | "freitag"
                | "samstag"
                | "sonntag"
        )
    )
}

/// Maps a country name, short form or demonym (any case ending for German and Russian) to the
/// English country name, so that documents in different languages can be compared.
pub(crate) fn country(word: &str) -> Option<&'static str> {
    let c = match word {
        "China" | "Chinese" | "PRC" | "Chinas" => "China",
        "Iran" | "Iranian" | "Iran's" => "Iran",
        "US" | "U.S." | "USA" | "U.S.A." | "American" | "America" => "United States",
        "Russia" | "Russian" | "Russland" => "Russia",
        "France" | "French" | "Frankreich" => "France",
        "Germany" | "German" | "Deutschland" => "Germany",
        "UK" | "U.K." | "Britain" | "British" => "United Kingdom",
        "Japan" | "Japanese" => "Japan",
        "India" | "Indian" => "India",
        "Canada" | "Canadian" => "Canada",
        "Italy" | "Italian" => "Italy",
        "Spain" | "Spanish" => "Spain",
        "Turkey" | "Turkish" | "Türkiye" => "Turkey",
        "Ukraine" | "Ukrainian" => "Ukraine",
        "Israel" | "Israeli" => "Israel",
        "Palestine" | "Palestinian" => "Palestine",
        "Egypt" | "Egyptian" => "Egypt",
        "Korea" | "Korean" | "ROK" => "South Korea",
        "DPRK" => "North Korea",
        "Australia" | "Australian" => "Australia",
        "Brazil" | "Brazilian" => "Brazil",
        "Mexico" | "Mexican" => "Mexico",
        "Pakistan" | "Pakistani" => "Pakistan",
        "Indonesia" | "Indonesian" => "Indonesia",
        "Vietnam" | "Vietnamese" | "Viet" => "Vietnam",
        "Thailand" | "Thai" => "Thailand",
        "Malaysia" | "Malaysian" => "Malaysia",
        "Singapore" | "Singaporean" => "Singapore",
        "Philippines" | "Philippine" | "Filipino" => "Philippines",
        "Kazakhstan" | "Kazakh" => "Kazakhstan",
        "Belarus" | "Belarusian" => "Belarus",
        "Poland" | "Polish" => "Poland",
        "Netherlands" | "Dutch" => "Netherlands",
        "Belgium" | "Belgian" => "Belgium",
        "Switzerland" | "Swiss" => "Switzerland",
        "Austria" | "Austrian" => "Austria",
        "Sweden" | "Swedish" => "Sweden",
        "Norway" | "Norwegian" => "Norway",
        "Denmark" | "Danish" => "Denmark",
        "Finland" | "Finnish" => "Finland",
        "Greece" | "Greek" => "Greece",
        "Hungary" | "Hungarian" => "Hungary",
        "Czechia" | "Czech" => "Czech Republic",
        "Romania" | "Romanian" => "Romania",
        "Bulgaria" | "Bulgarian" => "Bulgaria",
        "Serbia" | "Serbian" => "Serbia",
        "Croatia" | "Croatian" => "Croatia",
        "Portugal" | "Portuguese" => "Portugal",
        "Ireland" | "Irish" => "Ireland",
        "Argentina" | "Argentine" | "Argentinian" => "Argentina",
        "Chile" | "Chilean" => "Chile",
        "Colombia" | "Colombian" => "Colombia",
        "Venezuela" | "Venezuelan" => "Venezuela",
        "Cuba" | "Cuban" => "Cuba",
        "Peru" | "Peruvian" => "Peru",
        "Nigeria" | "Nigerian" => "Nigeria",
        "Kenya" | "Kenyan" => "Kenya",
        "Ethiopia" | "Ethiopian" => "Ethiopia",
        "UAE" | "Emirati" => "United Arab Emirates",
        "Qatar" | "Qatari" => "Qatar",
        "Kuwait" | "Kuwaiti" => "Kuwait",
        "Iraq" | "Iraqi" => "Iraq",
        "Syria" | "Syrian" => "Syria",
        "Jordan" | "Jordanian" => "Jordan",
        "Lebanon" | "Lebanese" => "Lebanon",
        "Afghanistan" | "Afghan" => "Afghanistan",
        "Bangladesh" | "Bangladeshi" => "Bangladesh",
        "Nepal" | "Nepalese" | "Nepali" => "Nepal",
        "Mongolia" | "Mongolian" => "Mongolia",
        "Uzbekistan" | "Uzbek" => "Uzbekistan",
        "Saudi" => "Saudi Arabia",
        "Burma" | "Myanmar" | "Burmese" => "Myanmar",
        "Cambodia" | "Cambodian" => "Cambodia",
        "Laos" | "Lao" => "Laos",
        "Azerbaijan" | "Azerbaijani" => "Azerbaijan",
        "Armenia" | "Armenian" => "Armenia",
        "Georgia" | "Georgian" => "Georgia",
        "Moldova" | "Moldovan" => "Moldova",
        "Lithuania" | "Lithuanian" => "Lithuania",
        "Latvia" | "Latvian" => "Latvia",
        "Estonia" | "Estonian" => "Estonia",
        "Slovakia" | "Slovak" => "Slovakia",
        "Slovenia" | "Slovenian" => "Slovenia",
        "Algeria" | "Algerian" => "Algeria",
        "Morocco" | "Moroccan" => "Morocco",
        "Tunisia" | "Tunisian" => "Tunisia",
        "Libya" | "Libyan" => "Libya",
        "Sudan" | "Sudanese" => "Sudan",
        "Oman" | "Omani" => "Oman",
        "Bahrain" | "Bahraini" => "Bahrain",
        "Yemen" | "Yemeni" => "Yemen",
        "Europe" | "European" | "EU" | "E.U." => "European Union",
        "Россия" | "России" | "Российской" | "РФ" => "Russia",
        "США" => "United States",
        "Китай" | "Китая" | "КНР" => "China",
        "Франция" | "Франции" => "France",
        "Германия" | "Германии" | "ФРГ" => "Germany",
        "Украина" | "Украины" => "Ukraine",
        "Ирана" | "Иран" => "Iran",
        "中国" | "中方" | "中华人民共和国" => "China",
        "法国" | "法方" => "France",
        "美国" | "美方" => "United States",
        "俄罗斯" | "俄方" | "俄" => "Russia",
        "伊朗" => "Iran",
        "日本" => "Japan",
        "英国" => "United Kingdom",
        "德国" => "Germany",
        "印度" => "India",
        "韩国" => "South Korea",
        "朝鲜" => "North Korea",
        "意大利" => "Italy",
        "西班牙" => "Spain",
        "加拿大" => "Canada",
        "澳大利亚" => "Australia",
        "巴西" => "Brazil",
        "南非" => "South Africa",
        "埃及" => "Egypt",
        "土耳其" => "Turkey",
        "乌克兰" => "Ukraine",
        "巴基斯坦" => "Pakistan",
        "沙特" | "沙特阿拉伯" => "Saudi Arabia",
        "欧盟" => "European Union",
        _ => return german_or_russian_demonym(word).or_else(|| cldr_country(word)),
    };
    Some(c)
}

/// A country name in any of the parser's languages, from CLDR (see `lang::countries`): the
/// whole word, or a one-word name inflected. In scripts with capitals the word must start with
/// one, as names do ("turkey", "chad" and "jordan" are ordinary words).
fn cldr_country(word: &str) -> Option<&'static str> {
    let first = word.chars().next()?;
    if first.is_lowercase() {
        return None;
    }
    countries::named(word).or_else(|| countries::inflected(word))
}

/// Inflected demonyms ("russischen", "российский") are matched by stem.
fn german_or_russian_demonym(word: &str) -> Option<&'static str> {
    if word.len() < 5 {
        return None;
    }
    with_lower(word, demonym_stem)
}

fn demonym_stem(lower: &str) -> Option<&'static str> {
    let stems: &[(&str, &str)] = &[
        ("russisch", "Russia"),
        ("deutsch", "Germany"),
        ("französisch", "France"),
        ("chinesisch", "China"),
        ("amerikanisch", "United States"),
        ("ukrainisch", "Ukraine"),
        ("britisch", "United Kingdom"),
        ("japanisch", "Japan"),
        ("iranisch", "Iran"),
        ("türkisch", "Turkey"),
        ("российск", "Russia"),
        ("американск", "United States"),
        ("китайск", "China"),
        ("французск", "France"),
        ("германск", "Germany"),
        ("украинск", "Ukraine"),
        ("иранск", "Iran"),
    ];
    stems
        .iter()
        .find(|(stem, _)| lower.starts_with(stem))
        .map(|(_, c)| *c)
}

/// The first word of a multi-word country ("United States", "South Korea"), with how the rest
/// continues: returns the country when `first` and `second` together name one.
pub(crate) fn country_pair(first: &str, second: &str) -> Option<&'static str> {
    let c = match (first, second) {
        ("United", "States") => "United States",
        ("United", "Kingdom") => "United Kingdom",
        ("United", "Nations") => "United Nations",
        ("United", "Arab") => "United Arab Emirates",
        ("European", "Union" | "Commission" | "Council") => "European Union",
        ("African", "Union") => "African Union",
        ("South", "Korea" | "Korean") => "South Korea",
        ("North", "Korea" | "Korean") => "North Korea",
        ("Saudi", "Arabia" | "Arabian") => "Saudi Arabia",
        ("New", "Zealand") => "New Zealand",
        ("South", "Africa" | "African") => "South Africa",
        ("Sri", "Lanka" | "Lankan") => "Sri Lanka",
        ("Czech", "Republic") => "Czech Republic",
        ("Russian", "Federation") => "Russia",
        ("People's" | "People’s", "Republic") => "China",
        _ => return None,
    };
    Some(c)
}

/// Office words that qualify an office but hold none on their own ("Prime", "Foreign",
/// "Trade", "Affairs"): a title made only of these ("Free Trade Agreement") is no office.
pub(crate) fn is_portfolio_word(word: &str) -> bool {
    matches!(
        word,
        "Prime"
            | "Foreign"
            | "State"
            | "Affairs"
            | "Office"
            | "Commission"
            | "Central"
            | "Committee"
            | "Political"
            | "Bureau"
            | "Vice"
            | "General"
            | "Defense"
            | "Defence"
            | "Security"
            | "National"
            | "Special"
            | "Supreme"
            | "Deputy"
            | "Federal"
            | "High"
            | "Council"
            | "Treasury"
            | "Trade"
            | "Commerce"
            | "Finance"
            | "Economy"
            | "Interior"
            | "Justice"
            | "Health"
            | "Assistant"
            | "Under"
            | "Acting"
            | "Executive"
            | "Party"
            | "Communist"
            | "CPC"
            | "CCP"
            | "Standing"
            | "Politburo"
            | "Congress"
            | "Government"
            | "Ministry"
            | "Department"
            | "Cabinet"
            | "Union"
            | "Nations"
    )
}

/// Words that make up offices and titles ("Prime Minister", "Secretary of State",
/// "Director of the Office of the Central Commission for Foreign Affairs").
pub(crate) fn is_title_word(word: &str) -> bool {
    is_portfolio_word(word)
        || matches!(
            word,
            "President"
                | "Minister"
                | "Secretary"
                | "Director"
                | "Member"
                | "Premier"
                | "Chancellor"
                | "Chairman"
                | "Chair"
                | "Chairwoman"
                | "Councilor"
                | "Councillor"
                | "Commissioner"
                | "Advisor"
                | "Adviser"
                | "Envoy"
                | "Ambassador"
                | "King"
                | "Queen"
                | "Crown"
                | "Prince"
                | "Princess"
                | "Emir"
                | "Amir"
                | "Sultan"
                | "Leader"
                | "Head"
                | "Representative"
                | "Governor"
                | "Mayor"
                | "Speaker"
                | "Senator"
                | "Chief"
                | "Staff"
                | "Spokesperson"
                | "Spokesman"
                | "Secretary-General"
                | "His"
                | "Her"
                | "Majesty"
                | "Highness"
                | "Excellency"
                | "H.E."
                | "Mr."
                | "Mr"
                | "Mrs."
                | "Mrs"
                | "Ms."
                | "Ms"
                | "Dr."
                | "Dr"
                | "Madam"
                | "Sheikh"
                | "Crown-Prince"
                | "Co-Chair"
                | "Taoiseach"
                | "Pope"
                | "Sir"
                | "Defence-Minister"
                | "Sen."
                | "Gov."
                | "Rep."
                | "Amb."
                | "Bundeskanzler"
                | "Bundeskanzlerin"
                | "Kanzler"
                | "Kanzlerin"
                | "Präsident"
                | "Präsidentin"
                | "Staatspräsident"
                | "Staatspräsidentin"
                | "Ministerpräsident"
                | "Außenminister"
                | "Außenministerin"
                | "Premierminister"
                | "Bundespräsident"
                | "Президент"
                | "Президента"
                | "Президентом"
                | "Премьер-министр"
                | "Премьер-министром"
                | "Председатель"
                | "Председателем"
                | "Министр"
                | "Министром"
                | "Канцлер"
                | "Канцлером"
                | "Госсекретарь"
                | "Госсекретарём"
        )
        || german_title(word).is_some()
}

/// Inflected German titles ("Staatspräsidenten", "Bundeskanzlers") map to their base form.
pub(crate) fn german_title(word: &str) -> Option<&'static str> {
    const BASES: &[&str] = &[
        "Staatspräsident",
        "Bundeskanzler",
        "Präsident",
        "Kanzler",
        "Außenminister",
        "Premierminister",
        "Ministerpräsident",
        "Bundespräsident",
    ];
    for base in BASES {
        if let Some(rest) = word.strip_prefix(base) {
            if matches!(rest, "" | "en" | "n" | "s" | "in") {
                return Some(base);
            }
        }
    }
    None
}

/// Verbs that introduce what a participant said or did in the exchange ("stressed",
/// "pointed out", "表示", "заявил", "betonte").
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "stressed"
            | "stresses"
            | "noted"
            | "notes"
            | "pointed"
            | "expressed"
            | "expresses"
            | "underscored"
            | "underscores"
            | "underlined"
            | "welcomed"
            | "welcomes"
            | "reaffirmed"
            | "reaffirms"
            | "affirmed"
            | "affirms"
            | "thanked"
            | "thanks"
            | "urged"
            | "urges"
            | "called"
            | "calls"
            | "emphasized"
            | "emphasised"
            | "emphasizes"
            | "emphasises"
            | "highlighted"
            | "highlights"
            | "stated"
            | "states"
            | "added"
            | "adds"
            | "reiterated"
            | "reiterates"
            | "conveyed"
            | "conveys"
            | "shared"
            | "shares"
            | "discussed"
            | "discusses"
            | "raised"
            | "raises"
            | "agreed"
            | "agrees"
            | "briefed"
            | "briefs"
            | "informed"
            | "informs"
            | "told"
            | "tells"
            | "committed"
            | "commits"
            | "recalled"
            | "recalls"
            | "congratulated"
            | "congratulates"
            | "praised"
            | "praises"
            | "hoped"
            | "hopes"
            | "believed"
            | "believes"
            | "proposed"
            | "proposes"
            | "suggested"
            | "suggests"
            | "explained"
            | "explains"
            | "outlined"
            | "outlines"
            | "described"
            | "describes"
            | "assured"
            | "assures"
            | "invited"
            | "invites"
            | "offered"
            | "offers"
            | "condemned"
            | "condemns"
            | "warned"
            | "warns"
            | "insisted"
            | "insists"
            | "acknowledged"
            | "acknowledges"
            | "appreciated"
            | "appreciates"
            | "voiced"
            | "voices"
            | "confirmed"
            | "confirms"
            | "announced"
            | "announces"
            | "asked"
            | "asks"
            | "requested"
            | "requests"
            | "expected"
            | "looked"
            | "looks"
            | "exchanged"
            | "exchanges"
            | "addressed"
            | "addresses"
            | "reviewed"
            | "reviews"
            | "declared"
            | "declares"
            | "mentioned"
            | "mentions"
            | "observed"
            | "remarked"
            | "argued"
            | "argues"
            | "recognized"
            | "recognised"
            | "recognizes"
            | "extended"
            | "extends"
            | "encouraged"
            | "encourages"
            | "supported"
            | "supports"
            | "resolved"
            | "reaffirming"
            | "spoke"
            | "speaks"
            | "agreeing"
            | "condoled"
            | "accepted"
            | "accepts"
            | "wished"
            | "wishes"
            | "reported"
            | "reports"
            | "presented"
            | "presents"
            | "introduced"
            | "introduces"
            | "reminded"
            | "reminds"
            | "pledged"
            | "pledges"
            | "promised"
            | "promises"
            | "considered"
            | "considers"
            | "maintained"
            | "maintains"
            | "clarified"
            | "denied"
            | "rejected"
            | "opposed"
            | "opposes"
            | "sought"
            | "seeks"
            | "vowed"
            | "vows"
            | "deplored"
            | "regretted"
            | "indicated"
            | "indicates"
            | "signaled"
            | "signalled"
            | "detailed"
            | "spelled"
            | "laid"
            | "set"
            | "made"
            | "gave"
            | "updated"
            | "welcoming"
            | "gratulierte"
            | "betonte"
            | "unterstrich"
            | "erklärte"
            | "sagte"
            | "drückte"
            | "sprach"
            | "bekräftigte"
            | "begrüßte"
            | "forderte"
            | "warnte"
            | "informierte"
            | "dankte"
            | "äußerte"
            | "versicherte"
            | "hob"
            | "wies"
            | "verwies"
            | "mahnte"
            | "appellierte"
            | "kritisierte"
            | "machte"
            | "stellte"
            | "bat"
            | "lud"
            | "заявил"
            | "заявила"
            | "отметил"
            | "отметила"
            | "подчеркнул"
            | "подчеркнула"
            | "сказал"
            | "сказала"
            | "выразил"
            | "выразила"
            | "указал"
            | "указала"
            | "сообщил"
            | "сообщила"
            | "проинформировал"
            | "информировал"
            | "поблагодарил"
            | "поздравил"
            | "призвал"
            | "подтвердил"
            | "приветствовал"
            | "предложил"
            | "акцентировал"
            | "высказался"
            | "обратил"
            | "поделился"
            | "изложил"
            | "пригласил"
            | "выступил"
            | "констатировал"
            | "рассказал"
    )
}

/// Verbs of the exchange itself ("spoke with", "met", "held talks"): a sentence built on one
/// is the publisher's narration even though a participant is its subject.
pub(crate) fn is_event_verb(word: &str) -> bool {
    matches!(
        word,
        "met"
            | "meets"
            | "held"
            | "holds"
            | "had"
            | "has"
            | "hosted"
            | "hosts"
            | "received"
            | "receives"
            | "telephoned"
            | "phoned"
            | "talked"
            | "talks"
            | "visited"
            | "visits"
            | "joined"
            | "joins"
            | "convened"
            | "convenes"
            | "chaired"
            | "chairs"
            | "hat"
            | "hatte"
            | "telefonierte"
            | "traf"
            | "empfing"
            | "провел"
            | "провёл"
            | "провели"
            | "встретился"
            | "встретились"
            | "принял"
            | "состоялся"
    )
}

/// Words that may sit between a subject and its verb ("also", "further", "once again").
pub(crate) fn is_adverb(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "further"
            | "again"
            | "once"
            | "strongly"
            | "warmly"
            | "firmly"
            | "fully"
            | "both"
            | "jointly"
            | "all"
            | "each"
            | "additionally"
            | "then"
            | "later"
            | "repeatedly"
            | "specifically"
            | "particularly"
            | "briefly"
            | "too"
            | "likewise"
            | "similarly"
            | "furthermore"
            | "moreover"
            | "separately"
            | "sincerely"
            | "personally"
            | "clearly"
            | "explicitly"
            | "today"
            | "yesterday"
            | "earlier"
            | "unequivocally"
            | "deeply"
            | "highly"
            | "positively"
            | "reportedly"
            | "had"
            | "has"
            | "have"
            | "would"
            | "will"
            | "did"
            | "had,"
            | "first"
            | "finally"
            | "auch"
            | "ebenfalls"
            | "zudem"
            | "außerdem"
            | "erneut"
            | "nochmals"
            | "heute"
            | "также"
            | "тоже"
            | "еще"
            | "ещё"
            | "вновь"
            | "особо"
            | "вместе"
    )
}

/// Subjects that stand for all participants together ("The two leaders", "Both sides").
/// `words` are the sentence's first words; returns how many words the phrase takes.
pub(crate) fn joint_subject(words: &[&str]) -> Option<usize> {
    let w0 = words.first().copied().unwrap_or("");
    let w1 = words.get(1).copied().unwrap_or("");
    let w2 = words.get(2).copied().unwrap_or("");
    let group = |w: &str| {
        matches!(
            w,
            "leaders"
                | "sides"
                | "side"
                | "parties"
                | "presidents"
                | "ministers"
                | "Ministers"
                | "Presidents"
                | "Leaders"
                | "counterparts"
                | "delegations"
                | "heads"
                | "officials"
                | "Secretaries"
                | "secretaries"
                | "chancellors"
                | "governments"
                | "interlocutors"
                | "men"
                | "women"
                | "two"
        )
    };
    with_lower(w0, |lw0| joint_by_first(lw0, w1, w2, group))
}

fn joint_by_first(lw0: &str, w1: &str, w2: &str, group: impl Fn(&str) -> bool) -> Option<usize> {
    match lw0 {
        "the" => {
            let three = (matches!(w1, "two" | "Two" | "three" | "both") && group(w2))
                || (matches!(w1, "Foreign" | "Prime") && matches!(w2, "Ministers" | "ministers"));
            if three {
                Some(3)
            } else if w1 == "two" || (group(w1) && w1 != "side") {
                Some(2)
            } else {
                None
            }
        }
        "both" => {
            if group(w1) {
                Some(2)
            } else if w1 == "of" && w2 == "them" {
                Some(3)
            } else {
                None
            }
        }
        "they" => Some(1),
        "die" if matches!(w1, "beiden" | "Seiten") => Some(2),
        "beide" if matches!(w1, "Seiten" | "Politiker") => Some(2),
        // "Beide sprachen über ...": the pronoun alone before its verb (German verbs are lower case).
        "beide" if w1.chars().next().is_some_and(char::is_lowercase) => Some(1),
        "стороны" | "собеседники" | "лидеры" | "президенты" | "они" => {
            Some(1)
        }
        _ => None,
    }
}

/// Chinese and Korean family names: a two-word name starting with one of these is also
/// referred to by its first word ("President Xi").
pub(crate) fn is_east_asian_surname(word: &str) -> bool {
    matches!(
        word,
        "Xi" | "Wang"
            | "Li"
            | "Zhang"
            | "Liu"
            | "Chen"
            | "Yang"
            | "Zhao"
            | "Huang"
            | "Zhou"
            | "Wu"
            | "Xu"
            | "Sun"
            | "Hu"
            | "Zhu"
            | "Gao"
            | "Lin"
            | "Guo"
            | "Luo"
            | "Liang"
            | "Song"
            | "Zheng"
            | "Xie"
            | "Han"
            | "Tang"
            | "Feng"
            | "Dong"
            | "Xiao"
            | "Cheng"
            | "Cao"
            | "Yuan"
            | "Deng"
            | "Fu"
            | "Shen"
            | "Zeng"
            | "Peng"
            | "Lu"
            | "Su"
            | "Jiang"
            | "Cai"
            | "Jia"
            | "Ding"
            | "Wei"
            | "Ye"
            | "Yan"
            | "Pan"
            | "Du"
            | "Dai"
            | "Xia"
            | "Zhong"
            | "Wen"
            | "Qin"
            | "Kim"
            | "Park"
            | "Moon"
            | "Yoon"
            | "Hun"
    )
}

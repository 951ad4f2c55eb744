//! Names in the nominative, for the languages that decline them (Russian, Ukrainian): a name
//! after an office in another case takes that case ("с президентом России Владимиром
//! Путиным", "Президента України Володимира Зеленського"); the key and the reader want
//! "Владимир Путин", "Володимир Зеленський".
//!
//! The case is read off the office word before the name, whose endings are regular, and the
//! name's ending is then undone by the common patterns of first names and surnames. A name
//! that matches no pattern stays as written (foreign surnames such as "Меркель" do not
//! decline).

use crate::readout::lang::Language;

/// A grammatical case of the office word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Nominative,
    Genitive,
    Dative,
    Instrumental,
}

/// The case of an office word ("президента", "министром", "канцлером", "президентов").
fn case_of(office: &str) -> Case {
    let ends = |tails: &[&str]| tails.iter().any(|t| office.ends_with(t));
    if ends(&["ом", "ем", "ым", "им", "ой", "ою"]) {
        Case::Instrumental
    } else if ends(&["ов", "ев", "ів", "а", "я"]) {
        Case::Genitive
    } else if ends(&["у", "ю", "ові", "еві"]) {
        Case::Dative
    } else {
        Case::Nominative
    }
}

fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c))
}

fn is_vowel(c: char) -> bool {
    "аеёиоуыэюяіїє".contains(c)
}

/// `word` with `tail` replaced by `with`, when it ends with `tail` and keeps at least three
/// letters before it.
fn replace_tail(word: &str, tail: &str, with: &str) -> Option<String> {
    let stem = word.strip_suffix(tail)?;
    (stem.chars().count() >= 3).then(|| format!("{stem}{with}"))
}

/// `word`, a name after the office word `office` (lower case), in the nominative.
pub(crate) fn nominative(language: Language, word: &str, office: &str) -> String {
    if !matches!(language, Language::Ru | Language::Uk) || !is_cyrillic(word) {
        return word.to_string();
    }
    let first = |rules: &[(&str, &str)]| {
        rules
            .iter()
            .find_map(|(tail, with)| replace_tail(word, tail, with))
    };
    let out = match case_of(office) {
        Case::Nominative => None,
        Case::Genitive => first(&[
            ("ського", "ський"),
            ("ского", "ский"),
            ("цкого", "цкий"),
            ("ого", "ий"),
            ("ея", "ей"),
            ("ія", "ій"),
        ])
        .or_else(|| {
            // "Путина", "Владимира", "Игоря".
            let mut cs = word.chars().rev();
            match (cs.next(), cs.next()) {
                (Some('а'), Some(c)) if !is_vowel(c) => replace_tail(word, "а", ""),
                (Some('я'), Some(c)) if !is_vowel(c) => replace_tail(word, "я", "ь"),
                _ => None,
            }
        }),
        Case::Dative => first(&[
            ("ському", "ський"),
            ("скому", "ский"),
            ("ому", "ий"),
            ("ею", "ей"),
        ])
        .or_else(|| replace_tail(word, "у", "")),
        Case::Instrumental => first(&[
            ("ським", "ський"),
            ("ским", "ский"),
            ("цким", "цкий"),
            ("овым", "ов"),
            ("евым", "ев"),
            ("иным", "ин"),
            ("ыным", "ын"),
            ("овим", "ов"),
            ("євим", "єв"),
            ("іним", "ін"),
            ("еем", "ей"),
            ("ієм", "ій"),
            ("ою", "а"),
            ("ой", "а"),
            ("ом", ""),
        ]),
    };
    out.unwrap_or_else(|| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_the_nominative() {
        let cases: &[(Language, &str, &str, &str)] = &[
            (Language::Ru, "Путиным", "президентом", "Путин"),
            (Language::Ru, "Владимиром", "президентом", "Владимир"),
            (Language::Ru, "Сергея", "министра", "Сергей"),
            (Language::Ru, "Лаврова", "министра", "Лавров"),
            (Language::Ru, "Назарбаева", "президентов", "Назарбаев"),
            (Language::Ru, "Хаканом", "министром", "Хакан"),
            (Language::Ru, "Путин", "президент", "Путин"),
            (Language::Uk, "Зеленського", "президента", "Зеленський"),
            (Language::Uk, "Ангелою", "канцлером", "Ангела"),
            (Language::Uk, "Меркель", "канцлером", "Меркель"),
            (Language::Ru, "Путину", "президенту", "Путин"),
            (Language::De, "Putina", "präsidenta", "Putina"),
        ];
        for &(language, word, office, want) in cases {
            assert_eq!(
                nominative(language, word, office),
                want,
                "{word} after {office}"
            );
        }
    }
}

//! The short marks of the page's speaker margin: a participant's initials ("XJ" for Xi
//! Jinping), unique within the document, and an ordinal that keeps a participant's colour
//! fixed when others are added or removed.

use crate::readout::Participant;

/// Name parts that are not a name's first or last word ("Joseph R. Biden, Jr.").
const NAME_SUFFIXES: [&str; 6] = ["jr", "sr", "ii", "iii", "iv", "phd"];

/// A name's words without their trailing punctuation and without generational suffixes.
fn name_words(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | '(' | ')')))
        .filter(|w| !w.is_empty() && !NAME_SUFFIXES.contains(&w.to_lowercase().as_str()))
        .collect()
}

/// True for letters of scripts without case (Chinese, Japanese, Korean, Arabic, ...), whose
/// names read well as their first character.
fn caseless(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// The initials of a name: first and last words' first letters ("Xi Jinping" → "XJ"), the
/// first two letters of a one-word name, the first character in scripts without case.
pub fn initials(name: &str) -> String {
    let words = name_words(name);
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return "?".to_owned();
    };
    let lead = first.chars().next().unwrap_or('?');
    if caseless(lead) {
        return lead.to_string();
    }
    let mark: String = if words.len() == 1 {
        first.chars().take(2).collect()
    } else {
        [lead, last.chars().next().unwrap_or('?')]
            .into_iter()
            .collect()
    };
    mark.to_uppercase()
}

/// One mark per participant, in order, no two alike: initials, then the first word's initial
/// with the whole last word's first two letters, then a number added.
pub fn participant_marks(participants: &[Participant]) -> Vec<String> {
    let mut marks: Vec<String> = Vec::with_capacity(participants.len());
    for p in participants {
        let plain = initials(&p.name);
        let mark = if marks.contains(&plain) {
            let words = name_words(&p.name);
            let longer: String = match (words.first(), words.last()) {
                (Some(first), Some(last)) if words.len() > 1 => first
                    .chars()
                    .take(1)
                    .chain(last.chars().take(2))
                    .collect::<String>()
                    .to_uppercase(),
                _ => plain.clone(),
            };
            if marks.contains(&longer) {
                (2..)
                    .map(|n| format!("{plain}{n}"))
                    .find(|m| !marks.contains(m))
                    .expect("an unbounded range always yields an unused mark")
            } else {
                longer
            }
        } else {
            plain
        };
        marks.push(mark);
    }
    marks
}

/// A number that stays with a participant: the `N` of the parser's and the page's ids
/// `pN`, counted from 0, or a hash of any other id. Colours chosen by it do not move when
/// another participant is added or removed.
pub fn participant_ordinal(id: &str) -> usize {
    match id.strip_prefix('p').and_then(|n| n.parse::<usize>().ok()) {
        Some(n) => n.saturating_sub(1),
        None => crate::fnv::extend(crate::fnv::OFFSET, id.bytes()) as usize,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, name: &str) -> Participant {
        Participant {
            id: id.into(),
            name: name.into(),
            title: String::new(),
            country: String::new(),
        }
    }

    #[test]
    fn initials_of_names_in_several_scripts() {
        let cases = [
            ("Xi Jinping", "XJ"),
            ("Joseph R. Biden, Jr.", "JB"),
            ("Macron", "MA"),
            ("习近平", "习"),
            ("윤석열", "윤"),
            ("Владимир Путин", "ВП"),
            ("", "?"),
        ];
        for (name, expected) in cases {
            assert_eq!(initials(name), expected, "{name:?}");
        }
    }

    #[test]
    fn marks_are_unique_within_a_document() {
        let marks = participant_marks(&[
            person("p1", "Wang Yi"),
            person("p2", "Wendy Yates"),
            person("p3", "Wei Yang"),
            person("p4", "Wu Ya"),
        ]);
        assert_eq!(marks, ["WY", "WYA", "WY2", "WY3"]);
    }

    #[test]
    fn ordinals_follow_the_id_not_the_position() {
        assert_eq!(participant_ordinal("p1"), 0);
        assert_eq!(participant_ordinal("p7"), 6);
        assert_eq!(participant_ordinal("lead"), participant_ordinal("lead"));
    }
}

//! Speakers in the languages other than English and Chinese, read from the language's own
//! words (see [`lang::people`]) by rules that hold across word orders.
//!
//! A sentence is read from its start for the first of these:
//!
//! * the principals together ("главы государств", "les deux présidents", "両首脳") or two
//!   participants joined by "and" ("Володимир Зеленський та Ангела Меркель"): both;
//! * an agentless account ("обсуждались", "se acordó", "ele alındı"): both;
//! * a participant, by name, by office ("le Président français") or by pronoun: the first
//!   speech-act verb or event word after it decides, wherever the verb stands (Turkish,
//!   Korean and Japanese put it last); a speech verb reports the participant, an event word
//!   is the narration of the exchange (unless it is a setting: "во время разговора",
//!   "görüşmede"). In Japanese a participant marked by "から" or "より" is the one who speaks;
//! * a speech verb right before a participant ("ha poi aggiunto Tajani"): that participant.
//!
//! Anything else continues the current speaker.

use super::lang::people::{longest_at, PeopleWords};
use super::lang::{self, Language};
use super::participants::{only_one, same_name_word, tokenize_into, Opening, Person, Tok};
use super::people::{country_of, name_before};
use super::speakers::{Subject, Tracker};

/// The most tokens of a sentence looked at: verbs stand last in some languages.
const SENTENCE_TOKENS: usize = 160;

/// The subject of the sentence `start..end` of `text`, written in `language`.
pub(crate) fn analyse<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    language: Language,
    people: &[Person],
    tracker: &Tracker,
    scratch: &mut Vec<Tok<'t>>,
) -> Option<Subject> {
    let words = lang::people::words(language);
    let events = &lang::tables(language).events;
    let event_words: Vec<&str> = [
        events.video,
        events.phone,
        events.call,
        events.conversation,
        events.talks,
        events.meeting,
    ]
    .concat();
    match language {
        Language::Ja | Language::Ko => {
            analyse_unspaced(text.get(start..end)?, language, words, &event_words, people)
        }
        _ => {
            scratch.clear();
            tokenize_into(text, start, end, SENTENCE_TOKENS, scratch);
            analyse_spaced(scratch, language, words, &event_words, people, tracker)
        }
    }
}

/// True when the sentence `start..end` has the principals together as a subject or an
/// agentless account in its first words ("The Quad leaders discussed …", "… were also
/// discussed"): the cheap part of [`analyse`], for readers that handle named subjects
/// themselves.
pub(crate) fn names_both(opening: &Opening<'_>, language: Language) -> bool {
    let words = lang::people::words(language);
    let trees = lang::people::trees(language);
    let low = &opening.low;
    for k in 0..low.len() {
        if trees.agentless.longest_at(&low[k..]).is_some() {
            return true;
        }
        let Some(len) = trees.joint.longest_at(&low[k..]) else {
            continue;
        };
        if k > 0 && words.prepositions.contains(&low[k - 1]) {
            continue;
        }
        let pronoun = len == 1 && words.joint.iter().any(|j| !j.contains(' ') && *j == low[k]);
        let clause_start = k == 0 || matches!(low[k - 1], "," | ";" | ":" | "“" | "\"");
        if pronoun && !clause_start {
            continue;
        }
        // "Today the Quad Leaders – … – held a call": the exchange itself.
        let events = &lang::tables(language).events;
        let framing = (k + len..low.len()).any(|j| {
            [
                events.video,
                events.phone,
                events.conversation,
                events.talks,
                events.meeting,
            ]
            .iter()
            .any(|table| longest_at(table, &low[j..]).is_some())
        });
        return !framing;
    }
    false
}

/// The participant a mention at `toks[k..]` names, and how many tokens it takes: a name word,
/// or an office with the country or title that picks one participant.
fn mention(
    toks: &[Tok<'_>],
    low: &[&str],
    k: usize,
    words: &PeopleWords,
    people: &[Person],
) -> Option<(usize, usize)> {
    let w = toks[k].text;
    if w.chars().next().is_some_and(char::is_uppercase) || !w.chars().any(char::is_alphabetic) {
        if let Some(i) = people.iter().position(|p| p.is_called(w)) {
            return Some((i, 1));
        }
    }
    let office = words.offices.longest_at(&low[k..low.len().min(k + 6)])?;
    let stem: String = low[k].chars().take(5).collect();
    // The office's country, within the next few words ("le Président français", "президент
    // России"), or its holder's name ("Präsident Putin").
    let mut j = k + office;
    while j < toks.len() && j < k + office + 4 {
        if let Some(i) = people.iter().position(|p| p.is_called(toks[j].text)) {
            return Some((i, j + 1 - k));
        }
        if let Some(c) = country_of(toks[j].text).or_else(|| lang::countries::demonym(toks[j].text))
        {
            // The participant of that country who holds that office ("le Président français";
            // "o presidente brasileiro" is not the Brazilian foreign minister), or the only
            // holder of the office whose country is not known.
            let holds = |p: &Person| p.title.is_empty() || p.title.to_lowercase().contains(&stem);
            let of_country = people.iter().position(|p| p.country == c && holds(p));
            let unplaced = || only_one(people, |p| p.country.is_empty() && holds(p));
            return of_country.or_else(unplaced).map(|i| (i, j + 1 - k));
        }
        let joined = words.and.contains(&low[j]);
        if joined || !toks[j].text.chars().any(char::is_alphabetic) {
            break;
        }
        j += 1;
    }
    // The office alone: the one participant whose title starts the same way.
    only_one(people, |p| p.title.to_lowercase().contains(&stem)).map(|i| (i, office))
}

fn is_locative(w: &str) -> bool {
    ["de", "da", "te", "ta", "nde", "nda"]
        .iter()
        .any(|s| w.ends_with(s))
}

/// What the words after a subject say it does: report (a speech verb), the exchange itself
/// (an event word that is not a setting), or nothing.
fn predicate(
    low: &[&str],
    from: usize,
    language: Language,
    words: &PeopleWords,
    event_words: &[&str],
) -> Option<bool> {
    for j in from..low.len() {
        if words.speech.longest_at(&low[j..]).is_some() {
            return Some(true);
        }
        if longest_at(event_words, &low[j..]).is_some() {
            let setting = j > 0 && words.during.contains(&low[j - 1])
                || language == Language::Tr && is_locative(low[j]);
            if !setting {
                return Some(false);
            }
        }
    }
    None
}

fn analyse_spaced(
    toks: &[Tok<'_>],
    language: Language,
    words: &PeopleWords,
    event_words: &[&str],
    people: &[Person],
    tracker: &Tracker,
) -> Option<Subject> {
    let low: Vec<String> = toks.iter().map(|t| t.text.to_lowercase()).collect();
    let low_refs: Vec<&str> = low.iter().map(String::as_str).collect();
    let n = toks.len();
    let mut k = 0;
    while k < n {
        let after_preposition = k > 0 && words.prepositions.contains(&low_refs[k - 1]);
        if let Some(len) = words
            .joint
            .longest_at(&low_refs[k..])
            .filter(|_| !after_preposition)
        {
            // "Они" / "ils" only as a subject: at a clause start.
            let pronoun = len == 1 && words.joint.iter().any(|j| !j.contains(' ') && *j == low[k]);
            if !pronoun || k == 0 || matches!(toks[k - 1].text, "," | ";" | ":" | "“" | "\"") {
                // "Today the Quad Leaders – … – held a call": the exchange itself.
                let framing = language == Language::En
                    && predicate(&low_refs, k + len, language, words, event_words) == Some(false);
                return (!framing).then_some(Subject::Both);
            }
        }
        if words.agentless.longest_at(&low_refs[k..]).is_some() {
            return Some(Subject::Both);
        }
        let clause_start = k == 0 || matches!(toks[k - 1].text, "," | ";" | ":" | "“" | "\"");
        let found = if clause_start && words.pronouns.contains(&low_refs[k]) {
            tracker.last_person.map(|i| (i, 1))
        } else {
            mention(toks, &low_refs, k, words, people)
        };
        if let Some((who, len)) = found {
            let after = k + len;
            // "X and Y agreed": both.
            // The second may open with an article or adjective: "und der russische Präsident".
            if after + 1 < n && words.and.contains(&low_refs[after]) {
                let second = (after + 1..n.min(after + 4))
                    .find_map(|j| mention(toks, &low_refs, j, words, people));
                if let Some((other, len)) = second.filter(|(other, _)| *other != who) {
                    // "Lula e Trump conversaram por telefone": the exchange itself.
                    let end = (after + 1..n)
                        .find(|&j| {
                            mention(toks, &low_refs, j, words, people).map(|(o, _)| o)
                                == Some(other)
                        })
                        .map_or(n, |j| j + len);
                    return match predicate(&low_refs, end, language, words, event_words) {
                        Some(false) => Some(Subject::Event(who)),
                        _ => Some(Subject::Both),
                    };
                }
            }
            // No verb after the subject: an agentless account may still follow ("Il a été
            // convenu …").
            match predicate(&low_refs, after, language, words, event_words) {
                Some(true) => return Some(Subject::Says(who)),
                Some(false) => return Some(Subject::Event(who)),
                None => {
                    let agentless =
                        (after..n).any(|j| words.agentless.longest_at(&low_refs[j..]).is_some());
                    return agentless.then_some(Subject::Both);
                }
            }
        }
        if words.speech.longest_at(&low_refs[k..]).is_some() {
            // "ha poi aggiunto Tajani", "dijo Peña Nieto", "ha detto il ministro Tajani"; not
            // past punctuation or a word that opens a reported clause ("confirmó que Trump
            // había hablado", "açıklamaya göre, Cumhurbaşkanı Erdoğan").
            for j in k + 1..n.min(k + 4) {
                let between = &low_refs[j - 1];
                if j > k + 1
                    && (!between.chars().any(char::is_alphanumeric)
                        || words.complementizers.contains(between))
                {
                    break;
                }
                if let Some((who, _)) = mention(toks, &low_refs, j, words, people) {
                    return Some(Subject::Says(who));
                }
            }
        }
        k += 1;
    }
    None
}

/// The participant a name (or an office alone, "同長官") before an office at `at` in `s`
/// names.
fn unspaced_mention(
    before: &str,
    office: &str,
    words: &PeopleWords,
    people: &[Person],
) -> Option<usize> {
    let name = name_before(before, &words.state_words).map_or("", |(n, _)| n);
    let name = name.rsplit(' ').next().unwrap_or(name);
    if !name.is_empty() {
        if let Some(i) = people
            .iter()
            .position(|p| p.aliases.iter().any(|a| same_name_word(a, name)))
        {
            return Some(i);
        }
    }
    only_one(people, |p| p.title.contains(office))
}

fn analyse_unspaced(
    s: &str,
    language: Language,
    words: &PeopleWords,
    event_words: &[&str],
    people: &[Person],
) -> Option<Subject> {
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if let Some(joint) = words.joint.iter().find(|j| rest.starts_with(**j)) {
            // "両外相間で": between the two, not the two as subject.
            if !rest[joint.len()..].starts_with(['間', '의']) {
                return Some(Subject::Both);
            }
        }
        if words.agentless.iter().any(|a| rest.starts_with(a)) {
            return Some(Subject::Both);
        }
        if let Some(office) = words
            .offices
            .iter()
            .filter(|o| rest.starts_with(**o))
            .max_by_key(|o| o.len())
        {
            let who = if language == Language::Ko {
                korean_mention(&s[..i], people)
            } else {
                unspaced_mention(&s[..i], office, words, people)
            };
            let after = &rest[office.len()..];
            if let Some(who) = who {
                let after = after.trim_start_matches([' ', '、', ',', '，']);
                let unquoted = without_quotations(after);
                let after = unquoted.as_str();
                if words.source_markers.iter().any(|m| after.starts_with(m)) {
                    return Some(Subject::Says(who));
                }
                // Joined to another participant: "문 대통령과 트럼프 대통령은" is narration of
                // the exchange unless a joint subject follows; leave it to the words after.
                let speech = words.speech.iter().filter_map(|v| after.find(v)).min();
                // "고위급 회담의 성과", "会談の成果": an event word the genitive particle
                // follows names a thing, not what the subject did.
                let event = event_words
                    .iter()
                    .filter_map(|v| {
                        let v = v.trim_end_matches('*');
                        after
                            .match_indices(v)
                            .map(|(at, _)| at)
                            .find(|&at| !after[at + v.len()..].starts_with(['의', 'の']))
                    })
                    .min();
                return match (speech, event) {
                    (Some(a), Some(b)) if b < a => Some(Subject::Event(who)),
                    (Some(_), _) => Some(Subject::Says(who)),
                    (None, Some(_)) => Some(Subject::Event(who)),
                    (None, None) => None,
                };
            }
            i += office.len();
            continue;
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The participant named by the Hangul word or two before an office ("트럼프 ", "문 ").
fn korean_mention(before: &str, people: &[Person]) -> Option<usize> {
    let mut words = before.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let candidates = [last, words.next().unwrap_or("")];
    candidates.iter().filter(|w| !w.is_empty()).find_map(|w| {
        people
            .iter()
            .position(|p| p.aliases.iter().any(|a| same_name_word(a, w)))
    })
}

/// `s` without what stands between quotation marks: a quotation's words are the speaker's,
/// not the sentence's predicate ("트럼프 대통령은 “…회담…”고 말했습니다").
fn without_quotations(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '“' | '「' | '『' => depth += 1,
            '”' | '」' | '』' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, title: &str, country: &str) -> Person {
        Person {
            name: name.to_string(),
            title: title.to_string(),
            country: country.to_string(),
            aliases: vec![name.rsplit(' ').next().unwrap_or(name).to_string()],
            pos: 0,
        }
    }

    fn subject(language: Language, people: &[Person], s: &str) -> Option<Subject> {
        let tracker = Tracker {
            last_person: Some(0),
            speaking: false,
        };
        analyse(s, 0, s.len(), language, people, &tracker, &mut Vec::new())
    }

    /// General cases of each rule in each word order, not sentences of the corpus.
    #[test]
    fn subjects_across_word_orders() {
        use Subject::*;
        let ru = [
            person("Владимир Путин", "президент", "Russia"),
            person("Олаф Шольц", "канцлер", "Germany"),
        ];
        let fr = [
            person("Emmanuel Macron", "Président", "France"),
            person("Olaf Scholz", "chancelier", "Germany"),
        ];
        let tr = [
            person("Recep Tayyip Erdoğan", "Cumhurbaşkanı", "Turkey"),
            person("Olaf Scholz", "Şansölye", "Germany"),
        ];
        let es = [
            person("Pedro Sánchez", "presidente", "Spain"),
            person("Olaf Scholz", "canciller", "Germany"),
        ];
        let ja = [
            person("岸田文雄", "総理大臣", "Japan"),
            person("ジョン・ケリー", "国務長官", "United States"),
        ];
        let ko = [
            person("문재인", "대통령", "South Korea"),
            person("트럼프", "대통령", "United States"),
        ];
        let cases: &[(Language, &[Person], &str, Option<Subject>)] = &[
            (
                Language::Ru,
                &ru,
                "Путин подчеркнул важность диалога.",
                Some(Says(0)),
            ),
            (
                Language::Ru,
                &ru,
                "В ходе беседы главы государств обсудили ситуацию.",
                Some(Both),
            ),
            (
                Language::Ru,
                &ru,
                "Обсуждались вопросы торговли.",
                Some(Both),
            ),
            (
                Language::Ru,
                &ru,
                "Путин провёл телефонный разговор с Шольцем.",
                Some(Event(0)),
            ),
            (
                Language::Ru,
                &ru,
                "Путин и Шольц подтвердили приверженность договорённостям.",
                Some(Both),
            ),
            (
                Language::Ru,
                &ru,
                "Он поблагодарил собеседника.",
                Some(Says(0)),
            ),
            (Language::Ru, &ru, "Ситуация остаётся сложной.", None),
            (
                Language::Fr,
                &fr,
                "A cette occasion, le Président français a réitéré son invitation.",
                Some(Says(0)),
            ),
            (
                Language::Fr,
                &fr,
                "Les deux dirigeants ont évoqué la situation.",
                Some(Both),
            ),
            (
                Language::Fr,
                &fr,
                "Il a été convenu de poursuivre le dialogue.",
                Some(Both),
            ),
            (
                Language::Fr,
                &fr,
                "« Nous continuerons », a ajouté Scholz.",
                None,
            ),
            (
                Language::Tr,
                &tr,
                "Cumhurbaşkanı Erdoğan görüşmede, ateşkesin önemli olduğunu belirtti.",
                Some(Says(0)),
            ),
            (
                Language::Tr,
                &tr,
                "Erdoğan, Scholz ile bir telefon görüşmesi gerçekleştirdi.",
                Some(Event(0)),
            ),
            (
                Language::Tr,
                &tr,
                "Görüşmede ikili ilişkiler ele alındı.",
                Some(Both),
            ),
            // A statement's words before a comma are its source, not the participant's.
            (
                Language::Tr,
                &tr,
                "Açıklamaya göre, Cumhurbaşkanı Erdoğan, Scholz ile bir telefon görüşmesi gerçekleştirdi.",
                Some(Event(0)),
            ),
            (
                Language::Es,
                &es,
                "Agregó el presidente Sánchez que el diálogo sigue.",
                Some(Says(0)),
            ),
            (
                Language::Es,
                &es,
                "El portavoz confirmó que Scholz había llamado.",
                None,
            ),
            (
                Language::Ja,
                &ja,
                "岸田大臣より、懸念を表明しました。",
                Some(Says(0)),
            ),
            (
                Language::Ja,
                &ja,
                "ケリー長官からは謝意が示されました。",
                Some(Says(1)),
            ),
            (
                Language::Ja,
                &ja,
                "両首脳は協力していくことで一致しました。",
                Some(Both),
            ),
            (
                Language::Ja,
                &ja,
                "その際、両外相間で意見交換がありました。",
                None,
            ),
            (
                Language::Ko,
                &ko,
                "트럼프 대통령은 “회담을 환영한다”고 말했습니다.",
                Some(Says(1)),
            ),
            // An event word with the genitive particle names a thing: "회담의 성과".
            (
                Language::Ko,
                &ko,
                "문 대통령은 고위급 회담의 성과를 높이 평가했다.",
                Some(Says(0)),
            ),
            (
                Language::Ko,
                &ko,
                "문 대통령은 트럼프 대통령과 전화통화를 했습니다.",
                Some(Event(0)),
            ),
            (
                Language::Ko,
                &ko,
                "양 정상은 긴밀히 협의하기로 했습니다.",
                Some(Both),
            ),
        ];
        for (language, people, s, want) in cases {
            assert_eq!(subject(*language, people, s), *want, "{language:?}: {s}");
        }
    }
}

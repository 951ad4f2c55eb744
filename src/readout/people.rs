//! Participants in the languages other than English, from the language's own words (see
//! [`lang::people`]): an office and the name it belongs to, in the language's order.
//!
//! * Office first (Russian, German, French, Spanish, Turkish…): "Президент России Владимир
//!   Путин", "dem Bundesaußenminister Deutschlands, Heiko Maas", "le Président de la
//!   République Emmanuel Macron", "президентов России и Казахстана Владимира Путина и
//!   Нурсултана Назарбаева". The office phrase runs over lower-case words, countries, more
//!   offices and the capitalised words a function word brings in ("de la République"); the
//!   name is the capitalised run that closes it. Names the language inflects are given in
//!   the nominative.
//! * Name first, written without spaces (Japanese): "岸田文雄外務大臣", "習近平・中華人民共和国
//!   主席", "ジョン・ケリー米国務長官": the run of Han and katakana before the office, less the
//!   country at its end.
//! * Name first, with spaces (Korean): "문재인 대통령", "도널드 트럼프 미국 대통령": the one or
//!   two words before the office, less a country.

mod inflection;
mod uncased;

use super::lang::countries;
use super::lang::people::{NameOrder, PeopleWords};
use super::lang::Language;
use super::lexicon;
use super::participants::{strip_possessive, tokenize, Person, Tok};

/// The most tokens an office phrase may run over before its name.
const OFFICE_PHRASE_TOKENS: usize = 24;

/// People named in `start..end` of `text`, written in `language`.
pub(crate) fn find(
    text: &str,
    start: usize,
    end: usize,
    language: Language,
    words: &PeopleWords,
) -> Vec<Person> {
    match (language, words.order) {
        (Language::Ja, _) => find_unspaced(text, start, end, words),
        (Language::Ar | Language::Fa | Language::Ur, _) => {
            uncased::find_uncased(text, start, end, words)
        }
        (_, NameOrder::NameFirst) => find_name_first(text, start, end, words),
        (_, NameOrder::OfficeFirst) => find_office_first(text, start, end, language, words),
    }
}

/// The country a word names, in any language and any case form it is written in.
pub(crate) fn country_of(word: &str) -> Option<&'static str> {
    let (w, _) = strip_possessive(word);
    let w = w.trim_end_matches([',', '.', ':']);
    lexicon::country(w)
        .or_else(|| countries::named(w))
        .or_else(|| countries::inflected(w))
}

fn is_capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.chars().any(char::is_alphabetic)
        && cs.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
}

fn is_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_alphabetic)
}

/// The country named by the words from `toks[j]` (one or several: "Estados Unidos"), and how
/// many words it takes.
fn country_at(toks: &[Tok<'_>], j: usize) -> Option<(&'static str, usize)> {
    let texts: Vec<&str> = toks[j..toks.len().min(j + 6)]
        .iter()
        .map(|t| t.text)
        .collect();
    countries::at_words(&texts).or_else(|| country_of(texts.first()?).map(|c| (c, 1)))
}

/// The words of `toks`, lower case, for matching tables.
fn lower(toks: &[Tok<'_>]) -> Vec<String> {
    toks.iter().map(|t| t.text.to_lowercase()).collect()
}

/// One capitalised run: token range and the words before it.
struct Run {
    start: usize,
    end: usize,
}

/// People in a language that puts the office first.
fn find_office_first(
    text: &str,
    start: usize,
    end: usize,
    language: Language,
    words: &PeopleWords,
) -> Vec<Person> {
    let toks = tokenize(text, start, end, 400);
    let low = lower(&toks);
    let low_refs: Vec<&str> = low.iter().map(String::as_str).collect();
    let n = toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let office_len = words.offices.longest_at(&low_refs[i..]);
        let honorific_len = words.honorifics.longest_at(&low_refs[i..]);
        let Some(len) = office_len.or(honorific_len) else {
            i += 1;
            continue;
        };
        let by_office = office_len.is_some();
        let office_start = i;
        let mut j = i + len;
        if toks.get(j).is_some_and(|t| t.text == ".") {
            j += 1;
        }
        let mut countries_seen: Vec<&'static str> = Vec::new();
        let mut runs: Vec<Run> = Vec::new();
        // "el presidente argentino", "der russische Präsident": a nationality next to the
        // office.
        // "seinen ukrainischen, russischen und französischen Amtskollegen": a list of them
        // before it, in order.
        let nationality = |w: &str| {
            countries::demonym(w).or_else(|| lexicon::country(w).filter(|_| !is_capitalised(w)))
        };
        let mut before = office_start;
        while before > 0 {
            let w = toks[before - 1].text;
            if nationality(w).is_some() || w == "," || words.and.contains(&low_refs[before - 1]) {
                before -= 1;
            } else {
                break;
            }
        }
        countries_seen.extend(
            toks[before..office_start]
                .iter()
                .filter_map(|t| nationality(t.text)),
        );
        if let Some(c) = toks
            .get(office_start + len)
            .and_then(|t| nationality(t.text))
        {
            countries_seen.push(c);
        }
        // Names joined by a comma count only when an "and" closes the list ("Pawlo Klimkin,
        // Sergej Lawrow und Laurent Fabius"); the runs before the first such comma.
        let mut before_commas: Option<usize> = None;
        let limit = (j + OFFICE_PHRASE_TOKENS).min(n);
        while j < limit {
            let w = toks[j].text;
            if let Some(l) = words.honorifics.longest_at(&low_refs[j..]) {
                j += l;
                if toks.get(j).is_some_and(|t| t.text == ".") {
                    j += 1;
                }
                continue;
            }
            if is_capitalised(w) {
                // A country of several words ("Estados Unidos"), or of one that is not the
                // first word of a name ("Mauricio Macri": Mauricio is also Mauritius).
                let texts: Vec<&str> = toks[j..n.min(j + 6)].iter().map(|t| t.text).collect();
                if let Some((c, l)) = countries::at_words(&texts) {
                    let name_follows = l == 1
                        && toks.get(j + 1).is_some_and(|t| {
                            is_capitalised(t.text) && country_of(t.text).is_none()
                        });
                    if !name_follows {
                        countries_seen.push(c);
                        j += l;
                        continue;
                    }
                } else if let Some(c) = country_of(w) {
                    countries_seen.push(c);
                    j += 1;
                    continue;
                }
                if words.offices.longest_at(&low_refs[j..]).is_some() && runs.is_empty() {
                    j += 1;
                    continue;
                }
                let r0 = j;
                while j < n && (is_capitalised(toks[j].text) || is_name_particle(&low[j], &toks, j))
                {
                    j += 1;
                }
                // "degli Affari Esteri", "de la República", "das Relações Exteriores": a run
                // of one or two words after a function word is part of the office.
                let after_function_word = r0 > 0 && is_function_word(toks[r0 - 1].text);
                if j - r0 <= 2 && after_function_word && runs.is_empty() {
                    continue;
                }
                // One word stands for a name only right after its office, a courtesy title
                // or a comma ("Präsident Putin"); elsewhere it is a noun ("dem Bundeskanzler
                // zu seinem Amtsantritt").
                let adjacent = r0 == i + len
                    || r0 > 0 && toks[r0 - 1].text == ","
                    || r0 > 0 && words.honorifics.longest_at(&low_refs[r0 - 1..]).is_some()
                    || r0 > 1
                        && toks[r0 - 1].text == "."
                        && words.honorifics.longest_at(&low_refs[r0 - 2..]).is_some();
                if j - r0 == 1 && !adjacent && runs.is_empty() {
                    continue;
                }
                runs.push(Run { start: r0, end: j });
                // A list of names: "Владимира Путина и Нурсултана Назарбаева".
                let name_next = |k: usize| {
                    toks.get(k)
                        .is_some_and(|t| is_capitalised(t.text) && country_of(t.text).is_none())
                };
                let by_and = j + 1 < n && words.and.contains(&low[j].as_str());
                let by_comma = j + 1 < n && toks[j].text == ",";
                if (by_and || by_comma) && name_next(j + 1) && runs.len() < 6 {
                    if by_comma {
                        before_commas.get_or_insert(runs.len());
                    } else {
                        before_commas = None;
                    }
                    j += 1;
                    continue;
                }
                if let Some(kept) = before_commas {
                    runs.truncate(kept);
                }
                break;
            }
            if let Some(c) = country_of(w).or_else(|| countries::demonym(w)) {
                countries_seen.push(c);
                j += 1;
                continue;
            }
            // A comma opens an apposition ("Außenministers Russlands, Sergej Lawrow"); before
            // a lower-case word it ends the office phrase ("ministre …, s’est entretenue").
            let apposition = w == ","
                && toks.get(j + 1).is_some_and(|t| {
                    is_capitalised(t.text)
                        || words.honorifics.longest_at(&low_refs[j + 1..]).is_some()
                });
            if is_word(w) || apposition || w == "’" || w == "'" {
                j += 1;
                continue;
            }
            break;
        }
        let mut found_any = false;
        let name_runs = trim_runs(&toks, &low, runs, words);
        let count = name_runs.len();
        for (k, run) in name_runs.into_iter().enumerate() {
            let names: Vec<String> = toks[run.start..run.end]
                .iter()
                .map(|t| inflection::nominative(language, t.text, &low[office_start]))
                .collect();
            if names.len() == 1 && !by_office {
                continue;
            }
            let name = names.join(" ");
            let alias = names.last().cloned().unwrap_or_default();
            let country = if countries_seen.len() == count {
                countries_seen[k]
            } else {
                countries_seen.first().copied().unwrap_or("")
            };
            let title = if by_office {
                let t = collapse_words(&toks[office_start..office_start + office_len.unwrap_or(1)]);
                lexicon::german_title(&t).map_or(t, str::to_string)
            } else {
                String::new()
            };
            out.push(Person {
                name,
                title,
                country: country.to_string(),
                aliases: vec![alias],
                pos: toks[run.start].start,
            });
            found_any = true;
            i = run.end;
        }
        if !found_any {
            i = office_start + 1;
        }
    }
    out
}

/// Lower-case words inside a name ("Di Maio" has none; "Luiz Inácio Lula da Silva", "Ursula
/// von der Leyen" do): a particle followed by a capitalised word.
fn is_name_particle(low: &str, toks: &[Tok<'_>], j: usize) -> bool {
    matches!(
        low,
        "da" | "de"
            | "do"
            | "dos"
            | "das"
            | "von"
            | "van"
            | "der"
            | "den"
            | "bin"
            | "al"
            | "el"
            | "di"
            | "del"
            | "la"
            | "le"
    ) && j > 0
        && is_capitalised(toks[j - 1].text)
        && toks.get(j + 1).is_some_and(|t| is_capitalised(t.text))
        && country_at(toks, j + 1).is_none()
        && !toks[j].text.starts_with(char::is_uppercase)
}

/// A short lower-case word: an article or preposition ("de la", "des", "degli", "of").
fn is_function_word(w: &str) -> bool {
    is_word(w) && !is_capitalised(w) && w.chars().count() <= 5
}

/// The runs that are names. A run of three words or more that opens after a function word or
/// with a country belongs to the office but for its last two words ("de la République
/// Emmanuel Macron", "des Auswärtigen Sigmar Gabriel", "della Federazione Russa Sergey
/// Lavrov"); leading office and country words go from any run.
fn trim_runs(toks: &[Tok<'_>], low: &[String], runs: Vec<Run>, words: &PeopleWords) -> Vec<Run> {
    let mut out = Vec::new();
    for mut run in runs {
        let opens_office = run.start > 0 && is_function_word(toks[run.start - 1].text)
            || country_of(toks[run.start].text).is_some();
        if run.end - run.start >= 3 && opens_office {
            run.start = run.end - 2;
        }
        while run.end - run.start >= 3
            && (country_of(toks[run.start].text).is_some()
                || words
                    .offices
                    .longest_at(&[low[run.start].as_str()])
                    .is_some())
            || run.end - run.start == 2
                && words
                    .offices
                    .longest_at(&[low[run.start].as_str()])
                    .is_some()
        {
            run.start += 1;
        }
        if run.end > run.start {
            out.push(run);
        }
    }
    out
}

fn collapse_words(toks: &[Tok<'_>]) -> String {
    toks.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

/// Hangul words that are no part of a name before an office: times and connectives.
const NOT_NAME_HANGUL: &[&str] = &[
    "오늘",
    "어제",
    "이날",
    "지난",
    "이번",
    "한편",
    "또",
    "및",
    "그리고",
    "밤",
    "저녁",
    "오전",
    "오후",
    "아침",
    "당시",
    "前",
    "전",
    "현",
];

/// Korean particles that end a word that is not a name ("대통령은", "정상과").
fn ends_with_particle(w: &str) -> bool {
    [
        "은", "는", "을", "를", "의", "에", "과", "와", "도", "로", "께서", "에게",
    ]
    .iter()
    .any(|p| w.ends_with(p))
}

/// People in a language that puts the name first and spaces words (Korean).
fn find_name_first(text: &str, start: usize, end: usize, words: &PeopleWords) -> Vec<Person> {
    let s = text.get(start..end).unwrap_or("");
    let toks: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    let mut out = Vec::new();
    for (k, &(at, w)) in toks.iter().enumerate() {
        let Some((office_at, office)) = office_in(w, &words.offices) else {
            continue;
        };
        let remainder = w[office_at + office.len()..].trim_end_matches([',', '.']);
        let particle_or_nothing = remainder.is_empty()
            || ends_with_particle(remainder)
            || matches!(remainder, "이" | "가" | "께서");
        if !particle_or_nothing {
            continue;
        }
        let glued = &w[..office_at];
        let mut name: Vec<&str> = Vec::new();
        let mut country = "";
        let mut pos = start + at;
        if !glued.is_empty() {
            match countries::named(glued) {
                Some(c) => country = c,
                None => name.push(glued),
            }
        }
        if name.is_empty() {
            let mut m = k;
            while m > 0 && name.len() < 2 {
                let (prev_at, prev) = toks[m - 1];
                let quoted = prev.trim_start_matches(['“', '"', '‘', '\'', '(']);
                let opens_quotation = quoted.len() < prev.len();
                let prev_at = prev_at + (prev.len() - quoted.len());
                let prev = quoted;
                if prev.ends_with([',', '.', '"', '“', '”'])
                    || office_in(prev, &words.offices).is_some()
                {
                    break;
                }
                if let Some(c) = countries::named(prev) {
                    if name.is_empty() && country.is_empty() {
                        country = c;
                        m -= 1;
                        continue;
                    }
                    break;
                }
                let hangul = prev.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
                if !hangul
                    || NOT_NAME_HANGUL.contains(&prev)
                    || (!name.is_empty() && ends_with_particle(prev))
                {
                    break;
                }
                if name.is_empty() && ends_with_particle(prev) && prev.chars().count() > 3 {
                    break;
                }
                name.insert(0, prev);
                pos = start + prev_at;
                m -= 1;
                if opens_quotation {
                    break;
                }
            }
        }
        if name.is_empty() {
            continue;
        }
        let full = name.join(" ");
        out.push(Person {
            aliases: vec![
                name.last().map_or(String::new(), |l| (*l).to_string()),
                full.clone(),
            ],
            name: full,
            title: office.to_string(),
            country: country.to_string(),
            pos,
        });
    }
    out
}

/// Where the first office of `offices` stands in `word`, and which it is (the longest at the
/// earliest place).
fn office_in(word: &str, offices: &[&'static str]) -> Option<(usize, &'static str)> {
    offices
        .iter()
        .filter_map(|o| word.find(o).map(|at| (at, *o)))
        .min_by_key(|(at, o)| (*at, usize::MAX - o.len()))
}

fn is_katakana(c: char) -> bool {
    ('\u{30A0}'..='\u{30FF}').contains(&c) && c != '・'
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// The name written just before an office in unspaced Japanese: the Han, katakana and `・` run,
/// less a country at its end ("ジョン・ケリー米", "習近平・中華人民共和国"), and its country.
pub(crate) fn name_before<'s>(
    before: &'s str,
    state_words: &[&str],
) -> Option<(&'s str, &'static str)> {
    let run_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_han(c) || is_katakana(c) || c == '・' || c == 'ー')
        .last()
        .map(|(i, _)| i)?;
    let mut run = &before[run_start..];
    let mut country = "";
    // "・オーストラリア連邦": a last segment that opens with a country.
    if let Some(dot) = run.rfind('・') {
        let segment = &run[dot + '・'.len_utf8()..];
        if let Some((c, _)) = countries::starting(segment) {
            country = c;
            run = &run[..dot];
        } else if state_words.iter().any(|w| segment.contains(w)) {
            run = &run[..dot];
        }
    }
    if country.is_empty() {
        if let Some((c, len)) = countries::ending(run) {
            if len < run.len() {
                country = c;
                run = &run[..run.len() - len];
            }
        }
    }
    if country.is_empty() {
        // One character for a country after a name in katakana: "ケリー米".
        let mut cs = run.chars().rev();
        if let (Some(last), Some(prev)) = (cs.next(), cs.next()) {
            if is_han(last) && (is_katakana(prev) || prev == 'ー') {
                if let Some(c) = countries::named(&last.to_string()) {
                    country = c;
                    run = &run[..run.len() - last.len_utf8()];
                }
            }
        }
    }
    let run = run.trim_end_matches('・');
    (!run.is_empty()).then_some((run, country))
}

/// People in unspaced Japanese: every office with the name before it.
fn find_unspaced(text: &str, start: usize, end: usize, words: &PeopleWords) -> Vec<Person> {
    let s = text.get(start..end).unwrap_or("");
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let Some(office) = words
            .offices
            .iter()
            .filter(|o| rest.starts_with(**o))
            .max_by_key(|o| o.len())
        else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        if let Some((name, country)) = name_before(&s[..i], &words.state_words) {
            // "日米外相", "日中首脳": two countries' short forms, not a name.
            let all_countries = name.chars().count() <= 3
                && name
                    .chars()
                    .last()
                    .is_some_and(|c| countries::named(c.encode_utf8(&mut [0; 4])).is_some())
                && name.chars().all(is_han);
            if name.chars().count() >= 2 && !all_countries {
                let mut aliases = vec![name.to_string()];
                if let Some(last) = name.rsplit('・').next() {
                    if last != name {
                        aliases.push(last.to_string());
                    }
                }
                out.push(Person {
                    name: name.to_string(),
                    title: (*office).to_string(),
                    country: country.to_string(),
                    aliases,
                    pos: start + i - name.len(),
                });
            }
        }
        i += office.len();
    }
    out
}

#[cfg(test)]
mod tests;

//! Speakers: whose words each sentence reports. A sentence whose subject is a participant
//! followed by a reporting verb ("Xi Jinping stressed", "He noted", "马克龙表示") switches the
//! speaker; a joint subject ("The two leaders", "Both sides", "双方") makes it both; an event
//! verb ("spoke with", "held talks") is the publisher's narration. Other sentences continue
//! the current speaker until the paragraph ends. Each sentence is looked at once, near its
//! start, so the cost is linear in the text.

mod cjk;

use super::lang;
use super::lexicon;
use super::normalise::is_cjk;
use super::participants::{
    is_name_like, only_one, only_unnamed_holder, strip_possessive, tokenize_into, Opening, Person,
    Tok,
};
use super::Span;
use std::collections::HashMap;

/// Who a sentence's subject is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Subject {
    /// A participant (index into the participant list) reporting.
    Says(usize),
    /// A participant as the subject of the exchange itself: narration.
    Event(usize),
    /// All participants together.
    Both,
}

/// The state carried from sentence to sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tracker {
    /// The last participant named as a subject, for "He", "她", "Он".
    pub last_person: Option<usize>,
    /// Whether the current sentence continues a participant's words: a joint subject with no
    /// reporting verb ("The two sides should strengthen …") is then part of what they say.
    pub speaking: bool,
}

/// True for an office word in any case: "President", "president" (a lower-case office after
/// "During the call," is still an office).
fn is_office_word(w: &str) -> bool {
    if lexicon::is_title_word(w) {
        return true;
    }
    // Most words open with an ASCII letter: that one is capitalised in a buffer.
    let mut buf = [0u8; 32];
    match w.as_bytes() {
        [first, rest @ ..] if first.is_ascii_lowercase() && rest.len() < buf.len() => {
            buf[0] = first.to_ascii_uppercase();
            buf[1..=rest.len()].copy_from_slice(rest);
            std::str::from_utf8(&buf[..=rest.len()]).is_ok_and(lexicon::is_title_word)
        }
        [first, ..] if first.is_ascii() => false,
        _ => {
            let mut cs = w.chars();
            match cs.next() {
                Some(c) if c.is_lowercase() => {
                    let capitalised: String = c.to_uppercase().chain(cs).collect();
                    lexicon::is_title_word(&capitalised)
                }
                _ => false,
            }
        }
    }
}

/// Subject words only: pronouns that refer back to the last named participant.
fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "He" | "he" | "She" | "she" | "Er" | "er" | "Он" | "он" | "Она" | "она"
    )
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "The" | "the" | "Der" | "der" | "Die" | "die" | "Das" | "das"
    )
}

/// Office words that stand for a person by country ("the Russia leader", "the Iranian side").
fn is_role_noun(w: &str) -> bool {
    matches!(
        w,
        "leader" | "side" | "counterpart" | "head" | "Leader" | "Side" | "delegation"
    )
}

/// What the lexicon says of the words mentions are read from, looked up once per text: a
/// readout names the same people, offices and countries sentence after sentence, and each
/// lookup is dozens of comparisons. Keyed by the word as written, with the standard hasher
/// because the words are the input's.
#[derive(Debug, Default)]
pub(crate) struct WordFacts<'t> {
    by_word: HashMap<&'t str, Facts>,
}

/// One word's facts.
#[derive(Clone, Copy, Debug)]
struct Facts {
    /// [`lexicon::country`] of the word without a possessive ending.
    country: Option<&'static str>,
    /// [`is_name_like`] of the word.
    name_like: bool,
}

impl<'t> WordFacts<'t> {
    fn of(&mut self, word: &'t str) -> Facts {
        *self.by_word.entry(word).or_insert_with(|| Facts {
            country: lexicon::country(strip_possessive(word).0),
            name_like: is_name_like(word),
        })
    }
}

/// A mention at `toks[k..]`: the participant it resolves to (if any) and how many tokens it
/// takes. `None` when no mention starts here.
fn mention<'t>(
    toks: &[Tok<'t>],
    k: usize,
    people: &mut [Person],
    tracker: &Tracker,
    words: &mut WordFacts<'t>,
) -> Option<(Option<usize>, usize, bool)> {
    let w0 = toks.get(k)?.text;
    if is_pronoun(w0) {
        return Some((tracker.last_person, 1, false));
    }
    // Most clauses open with a word no mention starts with: reject those at once.
    let first = w0.chars().next()?;
    if !first.is_uppercase()
        && !is_determiner(w0)
        && lexicon::country(w0).is_none()
        && !is_office_word(w0)
    {
        return None;
    }
    // "The Head of State": the readout's own principal, who is named first.
    let head_of_state = |j: usize| {
        toks.get(j)
            .is_some_and(|t| t.text.eq_ignore_ascii_case("head"))
            && toks.get(j + 1).is_some_and(|t| t.text == "of")
            && toks
                .get(j + 2)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("state"))
    };
    let at = k + usize::from(is_determiner(w0));
    if head_of_state(at) && !people.is_empty() {
        return Some((Some(0), at + 3 - k, false));
    }
    let mut j = k;
    if is_determiner(w0) {
        j += 1;
    }
    // "Mr. Akiba": a courtesy title before a name.
    if matches!(w0, "Mr" | "Mrs" | "Ms" | "Dr") && toks.get(k + 1).is_some_and(|t| t.text == ".") {
        j += 2;
    }
    let mut country: Option<&'static str> = None;
    let mut title_words: Vec<&str> = Vec::new();
    let mut role = false;
    let mut name_hit: Option<usize> = None;
    let mut name_words: Vec<&str> = Vec::new();
    let mut named = false;
    let mut possessive = false;
    while let Some(t) = toks.get(j) {
        let w = t.text;
        if let Some(next) = toks.get(j + 1) {
            if let Some(c) = lexicon::country_pair(w, next.text) {
                country = Some(c);
                j += 2;
                continue;
            }
        }
        if is_office_word(w) && !matches!(w, "His" | "Her") {
            title_words.push(lexicon::german_title(w).unwrap_or(w));
            j += 1;
            continue;
        }
        let facts = words.of(w);
        if let Some(c) = facts.country {
            if strip_possessive(w).1 {
                break;
            }
            country = Some(c);
            j += 1;
            continue;
        }
        if is_role_noun(w) && (country.is_some() || !title_words.is_empty()) {
            role = true;
            j += 1;
            continue;
        }
        if (w == "of") && !title_words.is_empty() {
            // "The President of Russia", "President of the United States"
            let mut m = j + 1;
            if toks.get(m).is_some_and(|t| t.text == "the") {
                m += 1;
            }
            if let Some(a) = toks.get(m) {
                let pair = toks
                    .get(m + 1)
                    .and_then(|b| lexicon::country_pair(a.text, b.text));
                if let Some(c) = pair {
                    country = Some(c);
                    j = m + 2;
                    continue;
                }
                if let Some(c) = lexicon::country(a.text) {
                    country = Some(c);
                    j = m + 1;
                    continue;
                }
            }
            break;
        }
        // "Prime Minister May": a month's name right after an office is a surname, unless a
        // day number follows.
        let month_surname = !named
            && !title_words.is_empty()
            && lexicon::month_number(strip_possessive(w).0).is_some()
            && !toks
                .get(j + 1)
                .is_some_and(|t| t.text.bytes().all(|b| b.is_ascii_digit()));
        if facts.name_like
            || month_surname
            || (named && w == ".")
            || (named && matches!(w, "von" | "der" | "van" | "de" | "bin" | "al"))
        {
            let (base, poss) = strip_possessive(w);
            if name_hit.is_none() {
                name_hit = people.iter().position(|p| p.is_called(base));
            }
            if w != "." {
                name_words.push(base);
            }
            named = true;
            possessive = poss;
            j += 1;
            if poss {
                break;
            }
            continue;
        }
        break;
    }
    // ", Jr." after a name
    if named
        && toks.get(j).is_some_and(|t| t.text == ",")
        && toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.text, "Jr" | "Sr"))
    {
        j += 2;
        if toks.get(j).is_some_and(|t| t.text == ".") {
            j += 1;
        }
    }
    if j == k || (!named && title_words.is_empty() && !role) {
        return None;
    }
    if possessive {
        return Some((None, j - k, true));
    }
    if named {
        if name_hit.is_none() && !title_words.is_empty() {
            name_hit = name_office_holder(people, &title_words, &name_words);
        }
        return Some((name_hit, j - k, false));
    }
    // Known by office and/or country.
    let phrase = title_words.join(" ").to_lowercase();
    let by_title = |p: &Person| !phrase.is_empty() && p.title.to_lowercase().contains(&phrase);
    let by_country = |p: &Person| country.is_some_and(|c| p.country == c);
    // Someone the text gives no country or office for: the only such participant ("The
    // President of Russia" for "Vladimir Putin" of a Kremlin readout).
    let only = |fits: &dyn Fn(&Person) -> bool| only_one(people, fits);
    let hit = if country.is_some() {
        people
            .iter()
            .position(|p| by_title(p) && by_country(p))
            .or_else(|| people.iter().position(by_country))
            .or_else(|| {
                // "leader", "side": no office to agree with.
                let any_office = title_words.iter().all(|w| is_role_noun(&w.to_lowercase()));
                only(&|p: &Person| {
                    p.country.is_empty() && (any_office || p.title.is_empty() || by_title(p))
                })
            })
    } else {
        // Someone known only by this office is called by it ("The Prime Minister called
        // Prime Minister Trudeau of Canada").
        let office_only = people
            .iter()
            .position(|p| p.aliases.is_empty() && by_title(p));
        office_only
            .or_else(|| people.iter().position(by_title))
            .or_else(|| {
                // "the Secretary" for "Secretary of State": match on the last office word.
                let last = title_words
                    .last()
                    .map(|w| w.to_lowercase())
                    .unwrap_or_default();
                people
                    .iter()
                    .position(|p| {
                        !last.is_empty() && p.title.to_lowercase().split(' ').any(|x| x == last)
                    })
                    .or_else(|| {
                        // An office a person holds, not an institution ("the ministry said").
                        let personal = title_words.last().is_some_and(|w| {
                            matches!(
                                w.to_lowercase().as_str(),
                                "president"
                                    | "minister"
                                    | "chancellor"
                                    | "premier"
                                    | "secretary"
                                    | "king"
                                    | "emir"
                                    | "sultan"
                                    | "leader"
                            )
                        });
                        personal
                            .then(|| only(&|p: &Person| p.title.is_empty()))
                            .flatten()
                    })
            })
    };
    if let Some(i) = hit {
        if people[i].title.is_empty() && !phrase.is_empty() {
            people[i].title = title_words.join(" ");
        }
    }
    Some((hit, j - k, false))
}

/// The one participant known only by the office `title_words` name, who takes the name
/// `name_words` the subject gives them ("Prime Minister Johnson" after "the Prime Minister
/// spoke to …").
fn name_office_holder(
    people: &mut [Person],
    title_words: &[&str],
    name_words: &[&str],
) -> Option<usize> {
    if name_words.is_empty() {
        return None;
    }
    let i = only_unnamed_holder(people, &title_words.join(" ").to_lowercase())?;
    people[i].take_name(name_words);
    Some(i)
}

/// How the words after a subject continue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Predicate {
    Report,
    Event,
    Other,
}

fn predicate(toks: &[Tok<'_>], mut j: usize, generic_ok: bool) -> Predicate {
    // Apposition: "the Prime Minister, Justin Trudeau, spoke ..."
    if toks.get(j).is_some_and(|t| t.text == ",") {
        let mut m = j + 1;
        while m < toks.len() && m < j + 8 && (is_name_like(toks[m].text) || toks[m].text == ".") {
            m += 1;
        }
        if m > j + 1 && toks.get(m).is_some_and(|t| t.text == ",") {
            j = m + 1;
        }
    }
    let mut skipped = 0;
    while let Some(t) = toks.get(j) {
        if skipped < 4
            && lexicon::with_lower(t.text, lexicon::is_adverb)
            && !matches!(t.text, "had" | "has" | "hat" | "hatte")
        {
            j += 1;
            skipped += 1;
            continue;
        }
        break;
    }
    let Some(t) = toks.get(j) else {
        return Predicate::Other;
    };
    let next = toks.get(j + 1).map_or("", |t| t.text);
    lexicon::with_lower(t.text, |w| {
        lexicon::with_lower(next, |next| classify_verb(toks, j, w, next, generic_ok))
    })
}

fn classify_verb(toks: &[Tok<'_>], j: usize, w: &str, next: &str, generic_ok: bool) -> Predicate {
    // "She began by telling him …", "He opened by congratulating …": what follows "by" is
    // the speech act.
    if matches!(
        w,
        "began" | "begins" | "opened" | "opens" | "started" | "starts"
    ) && next == "by"
        && toks.get(j + 2).is_some_and(|t| t.text.ends_with("ing"))
    {
        return Predicate::Report;
    }
    match w {
        "spoke" | "speaks" | "talked" | "talks" => {
            return if matches!(next, "of" | "about" | "on" | "highly") {
                Predicate::Report
            } else {
                Predicate::Event
            };
        }
        "called" | "calls" => {
            return if matches!(next, "for" | "on" | "upon") {
                Predicate::Report
            } else {
                Predicate::Event
            };
        }
        "had" | "has" | "have" | "hat" | "hatte" => {
            // "had a telephone conversation", "hat ... telefoniert": the exchange itself;
            // "has always supported": a position.
            let rest: Vec<String> = toks[j + 1..toks.len().min(j + 12)]
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect();
            let eventish = rest.iter().any(|r| {
                matches!(
                    r.as_str(),
                    "call"
                        | "conversation"
                        | "talks"
                        | "meeting"
                        | "phone"
                        | "telephone"
                        | "telefoniert"
                        | "getroffen"
                        | "gesprochen"
                        | "video"
                        | "exchange"
                )
            });
            if eventish {
                return Predicate::Event;
            }
            if let Some(n) = rest.first() {
                if lexicon::is_reporting_verb(n) {
                    return Predicate::Report;
                }
            }
            return Predicate::Other;
        }
        _ => {}
    }
    // "sent a message", "sent his congratulations": words sent are a speech act; goods
    // sent are not.
    if matches!(w, "sent" | "sends" | "conveyed" | "conveys") {
        let message = toks[j + 1..toks.len().min(j + 6)].iter().any(|t| {
            lexicon::with_lower(t.text, |m| {
                matches!(
                    m,
                    "message"
                        | "messages"
                        | "letter"
                        | "greetings"
                        | "congratulations"
                        | "condolences"
                        | "wishes"
                        | "thanks"
                        | "invitation"
                )
            })
        });
        if message {
            return Predicate::Report;
        }
    }
    if lexicon::is_event_verb(w) {
        return Predicate::Event;
    }
    if lexicon::is_reporting_verb(w) {
        return Predicate::Report;
    }
    if generic_ok && w.ends_with("ed") && w.chars().all(char::is_alphabetic) && w.len() > 4 {
        return Predicate::Report;
    }
    Predicate::Other
}

/// Subject positions: the start, and after each of the first few commas when the sentence
/// opens with an adverbial ("In addition, they expressed", "On behalf of ..., Xi Jinping
/// expressed").
fn subject_positions(toks: &[Tok<'_>]) -> ([usize; 4], usize) {
    let mut out = [0; 4];
    // After an opening quotation mark: "“They discussed …".
    if toks
        .first()
        .is_some_and(|t| matches!(t.text, "“" | "\"" | "‘"))
    {
        out[0] = 1;
    }
    let mut n = 1;
    // After a setting with no comma: "During the call the European Council president …".
    let word = |i: usize| toks.get(i).map_or("", |t| t.text);
    if matches!(
        word(0),
        "During" | "In" | "On" | "At" | "After" | "Following"
    ) && matches!(word(1), "the" | "their" | "this")
        && matches!(
            word(2),
            "call" | "conversation" | "meeting" | "talks" | "discussion" | "exchange"
        )
        && word(3) != ","
    {
        out[n] = 3;
        n += 1;
    }
    for (i, t) in toks.iter().enumerate().take(22) {
        if t.text == "," && n < out.len() {
            out[n] = i + 1;
            n += 1;
        }
    }
    (out, n)
}

fn analyse_latin<'t>(
    opening: &Opening<'t>,
    cut: usize,
    people: &mut [Person],
    tracker: &Tracker,
    words: &mut WordFacts<'t>,
) -> Option<Subject> {
    // The first 24 tokens before the cut.
    let within = opening.toks[..opening.toks.len().min(24)]
        .iter()
        .take_while(|t| t.end <= cut)
        .count();
    let toks = &opening.toks[..within];
    let low = &opening.low[..within];
    let word = |i: usize| toks.get(i).map_or("", |t| t.text);
    let (positions, count) = subject_positions(toks);
    let english = lang::people::trees(lang::Language::En);
    for &p in &positions[..count] {
        if p >= toks.len() {
            break;
        }
        let opens_joint = matches!(word(p), "The" | "the" | "Both" | "both");
        if let Some(n) = lexicon::joint_subject(&[word(p), word(p + 1), word(p + 2)]) {
            let solo_they = matches!(word(p), "They" | "they" | "Они" | "они");
            let pred = predicate(toks, p + n, false);
            if pred != Predicate::Other || !(solo_they || tracker.speaking) {
                return Some(Subject::Both);
            }
            // "The two Prime Ministers agreed": the longer subject decides.
            if !opens_joint {
                continue;
            }
        }
        // "The two Prime Ministers", "The Quad leaders", "The three NSAs" (a subject opening
        // with an article or "both").
        let joint = if opens_joint {
            english.joint.longest_at(&low[p..toks.len().min(p + 5)])
        } else {
            None
        };
        if let Some(n) = joint.filter(|&n| n > 1) {
            match predicate(toks, p + n, false) {
                Predicate::Report => return Some(Subject::Both),
                Predicate::Event => return None,
                Predicate::Other if !tracker.speaking => return Some(Subject::Both),
                // Part of what the current speaker says: not a mention of anyone.
                Predicate::Other => continue,
            }
        }
        let Some((who, n, possessive)) = mention(toks, p, people, tracker, words) else {
            continue;
        };
        if possessive {
            continue;
        }
        let mut j = p + n;
        let mut who = who;
        let conj = toks.get(j).map(|t| t.text);
        if matches!(conj, Some("and" | "und" | "и")) {
            if let Some((second, n2, false)) = mention(toks, j + 1, people, tracker, words) {
                match (who, second) {
                    // "Moon and Trump had the phone conversation": the exchange itself.
                    (Some(a), Some(b)) if a != b => {
                        return match predicate(toks, j + 1 + n2, false) {
                            Predicate::Event => Some(Subject::Event(a)),
                            _ => Some(Subject::Both),
                        };
                    }
                    (None, Some(b)) => who = Some(b),
                    _ => {}
                }
                j = j + 1 + n2;
            }
        }
        let Some(w) = who else { continue };
        let pronoun = is_pronoun(toks[p].text);
        return match predicate(toks, j, !pronoun) {
            Predicate::Report => Some(Subject::Says(w)),
            Predicate::Event => Some(Subject::Event(w)),
            Predicate::Other => None,
        };
    }
    None
}

/// The participant a sentence's closing attribution names: "…,” Zelenskyy emphasized.",
/// "…, Xi said.", "…,” said the President." Latin script only. `opening` holds the
/// sentence's opening tokens: when they reach its end, the closing words are read from them.
pub(crate) fn closing_attribution<'t>(
    text: &'t str,
    sentence: Span,
    opening: &Opening<'t>,
    people: &mut [Person],
    tracker: &Tracker,
    words: &mut WordFacts<'t>,
    scratch: &mut Vec<Tok<'t>>,
) -> Option<usize> {
    // The last few words are enough: the attribution closes the sentence, after the last
    // comma or quotation mark. Those marks are tokens of their own, so the words after the
    // last one are read alone.
    let Span { start, end } = sentence;
    let mut from = end.saturating_sub(120).max(start);
    while from < end && !text.is_char_boundary(from) {
        from += 1;
    }
    let mark = last_opening_mark(text.get(from..end)?)?;
    let toks = closing_tokens(text, from + mark, end, opening, scratch);
    let n = toks.len();
    let last = if toks.last().is_some_and(|t| t.text == ".") {
        n - 1
    } else {
        n
    };
    if last == 0 {
        return None;
    }
    let k = 1;
    let is_verb = |i: usize| {
        toks.get(i)
            .is_some_and(|t| lexicon::with_lower(t.text, lexicon::is_reporting_verb))
    };
    // "…,” said the President."
    if is_verb(k) {
        let (who, len, _) = mention(toks, k + 1, people, tracker, words)?;
        // A name's mention may take the closing full stop as an initial's.
        return (k + 1 + len >= last).then_some(who).flatten();
    }
    let (who, len, possessive) = mention(toks, k, people, tracker, words)?;
    (!possessive && is_verb(k + len) && k + len + 1 == last)
        .then_some(who)
        .flatten()
}

/// The tokens of `from..end`, the close of a sentence from a mark that is a token of its
/// own. Tokenising resumes the same way at any token's start, so when the sentence's opening
/// tokens reach its end and one starts at `from`, the close is their tail; otherwise it is
/// tokenised into `scratch`.
fn closing_tokens<'o, 't>(
    text: &'t str,
    from: usize,
    end: usize,
    opening: &'o Opening<'t>,
    scratch: &'o mut Vec<Tok<'t>>,
) -> &'o [Tok<'t>] {
    let whole_sentence = opening.toks.len() < Opening::TOKENS;
    if whole_sentence {
        if let Ok(i) = opening.toks.binary_search_by_key(&from, |t| t.start) {
            return &opening.toks[i..];
        }
    }
    scratch.clear();
    tokenize_into(text, from, end, Opening::TOKENS, scratch);
    scratch
}

/// Where the last comma or quotation mark that stands as a token of its own is in `tail`: a
/// closing `’` between two letters is an apostrophe inside a word ("Biden’s").
fn last_opening_mark(tail: &str) -> Option<usize> {
    let bytes = tail.as_bytes();
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // The marks are ASCII or start with the byte 0xE2 (U+2019, U+201D): the others are
    // passed over a byte at a time.
    (0..bytes.len()).rev().find(|&i| match bytes[i] {
        b',' | b'"' => true,
        0xE2 if tail.is_char_boundary(i) => match tail[i..].chars().next() {
            Some('”') => true,
            Some('’') => {
                !(is_word(tail[..i].chars().next_back()) && is_word(tail[i + 3..].chars().next()))
            }
            _ => false,
        },
        _ => false,
    })
}

/// The subject of the sentence `start..end` of `text`, whose opening words are `opening`, if
/// it names one.
pub(crate) fn analyse<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    opening: &Opening<'t>,
    people: &mut [Person],
    tracker: &Tracker,
    words: &mut WordFacts<'t>,
) -> Option<Subject> {
    // Only the opening matters; a long sentence is cut to bound the work.
    let mut cut = end.min(start + 600);
    while cut > start && !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let s = text.get(start..cut)?;
    let head = &s.as_bytes()[..s.len().min(120)];
    let cjk_share = if head.is_ascii() {
        0
    } else {
        s.chars().take(40).filter(|&c| is_cjk(c)).count()
    };
    if cjk_share >= 4 {
        cjk::analyse_cjk(s, people, tracker)
    } else {
        analyse_latin(opening, cut, people, tracker, words)
    }
}

#[cfg(test)]
mod tests;

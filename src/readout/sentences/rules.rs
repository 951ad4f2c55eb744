//! The splitter's rules: how a candidate stop is decided, one small method per rule.

use super::markers::{
    is_cjk_terminator, is_closer, is_dash, is_hangul, is_terminator, list_marker,
};
use super::{Decision, Splitter, MAX_WORD};
use crate::readout::lang;
use crate::readout::lexicon::{self, Abbrev};
use crate::readout::normalise::{char_at, char_before, is_space};

/// The run of punctuation at a candidate stop, and what follows it.
struct Stop {
    /// Full stops in the run ("…" counts three).
    dots: usize,
    /// Other terminators in the run ("?", "!", "。").
    other: usize,
    /// The run holds a CJK terminator.
    cjk: bool,
    /// Closing quotes or brackets follow the terminators.
    closed: bool,
    /// Where the run, closers included, ends.
    bend: usize,
    /// Where the next text starts after white space.
    j: usize,
}

impl Splitter<'_, '_> {
    /// Decides the candidate stop at `i` by trying each rule in turn: the first that decides
    /// gives the verdict.
    pub(super) fn decide(&mut self, i: usize, sent_start: usize) -> Decision {
        if let Some(d) = self.spaced_ellipsis(i) {
            return d;
        }
        let stop = self.stop_run(i);
        if let Some(d) = self.inside_pair(i, &stop) {
            return d;
        }
        let Some(nc) = char_at(self.text, stop.j).filter(|_| stop.j < self.end) else {
            // The range ends here: the sentence does too.
            return Decision::Boundary {
                end: stop.bend,
                next: self.end,
            };
        };
        if let Some(d) = self.punctuation_decides(i, sent_start, &stop, nc) {
            return d;
        }
        self.word_before_stop(i, sent_start, &stop, nc)
    }

    /// Rule: a spaced ellipsis (". . .", three or four dots) never ends a sentence inside
    /// one, and four dots before a capital do (the fourth is the full stop). Any run of white
    /// space may separate the dots, whatever its width in bytes: zero-width and no-break
    /// spaces count as one space each, as they do everywhere else, so the same text splits
    /// the same way however its spaces were encoded. `None` when `i` opens no such run.
    fn spaced_ellipsis(&self, i: usize) -> Option<Decision> {
        let (text, bytes, end) = (self.text, self.bytes, self.end);
        let spaced_dot = |from: usize| {
            let m = self.skip_space(from);
            (m > from && m < end && bytes[m] == b'.').then_some(m)
        };
        if char_at(text, i) != Some('.') || spaced_dot(i + 1).is_none() {
            return None;
        }
        let mut k = i + 1;
        let mut dots = 1;
        while let Some(m) = spaced_dot(k) {
            dots += 1;
            k = m + 1;
        }
        if dots < 3 {
            return None;
        }
        let attached = i > self.start && char_before(text, i).is_some_and(|(_, p)| !is_space(p));
        let after = self.skip_closers(k);
        let j = self.skip_space(after);
        let upper = char_at(text, j).is_some_and(|n| n.is_uppercase());
        if j < end && upper && dots >= 4 {
            let at = if attached { i + 1 } else { after };
            return Some(Decision::Boundary { end: at, next: at });
        }
        Some(Decision::Continue(after))
    }

    /// The run of terminal punctuation at `i` ("?!", "...", "。", or a Greek question mark
    /// the main pass found at `i`), then closing quotes and brackets, then possibly more
    /// punctuation ("?»." ).
    fn stop_run(&self, i: usize) -> Stop {
        let (text, end) = (self.text, self.end);
        let mut k = i;
        let (mut dots, mut other, mut cjk) = (0, 0, false);
        while let Some(t) = char_at(text, k).filter(|&t| is_terminator(t) || (k == i && t == ';')) {
            if k >= end {
                break;
            }
            match t {
                '.' => dots += 1,
                '…' => dots += 3,
                _ => other += 1,
            }
            cjk |= is_cjk_terminator(t);
            k += t.len_utf8();
        }
        let mut closed = false;
        loop {
            match char_at(text, k) {
                Some(q) if k < end && is_closer(q) => {
                    closed = true;
                    k += q.len_utf8();
                }
                Some(t) if k < end && closed && is_terminator(t) => k += t.len_utf8(),
                _ => break,
            }
        }
        Stop {
            dots,
            other,
            cjk,
            closed,
            bend: k,
            j: self.skip_space(k),
        }
    }

    /// Rule: a stop inside a short quotation or bracket does not end the sentence around it,
    /// unless the quotation holds several sentences (see [`Self::quoted_sentence_ends`]).
    fn inside_pair(&mut self, i: usize, stop: &Stop) -> Option<Decision> {
        let pair = self.protected(i, stop.bend)?;
        let ends =
            pair.quote && self.quoted_sentence_ends(stop.bend, stop.j, stop.closed, stop.cjk);
        (!ends).then_some(Decision::Continue(stop.bend))
    }

    /// Rules read from the punctuation and the next character `nc` alone, before the word
    /// before the stop: `None` when they leave the verdict to that word.
    fn punctuation_decides(
        &self,
        i: usize,
        sent_start: usize,
        stop: &Stop,
        nc: char,
    ) -> Option<Decision> {
        let boundary = Decision::Boundary {
            end: stop.bend,
            next: stop.j,
        };
        let keep = Decision::Continue(stop.bend);
        let spaced = stop.j > stop.bend;
        // Chinese and Japanese stops always end a sentence: the scripts have no case.
        if stop.cjk {
            return Some(boundary);
        }
        // Lower case after a stop continues the sentence ("e.g. this", "? asked he"), unless
        // the word before cannot be an abbreviation.
        if nc.is_lowercase() {
            return Some(if self.whole_greek_word_ends(i, stop) {
                boundary
            } else {
                keep
            });
        }
        if self.dash_then_lower(stop.j, nc) {
            return Some(keep);
        }
        // "?", "!", "?!": a boundary unless lower case follows (checked above).
        if stop.other > 0 {
            return Some(boundary);
        }
        // An ellipsis ends a sentence only before a capital after a space.
        if stop.dots > 1 {
            return Some(if spaced && nc.is_uppercase() {
                boundary
            } else {
                keep
            });
        }
        if !spaced {
            // A closing quote or bracket then a capital: "…agreed.”The" ends the quotation.
            if stop.closed {
                return Some(if nc.is_uppercase() { boundary } else { keep });
            }
            return Some(self.glued(i, sent_start));
        }
        // A full stop closed by a quote or bracket, then a space: the quotation ended.
        if stop.closed {
            return Some(boundary);
        }
        None
    }

    /// Rule: a full stop after a Greek word ending in final sigma ends the sentence even before
    /// lower case. Lower case continues a sentence because the word before might be an
    /// abbreviation nobody listed; a Greek abbreviation cuts its word short, and "ς" is only
    /// ever written as a word's last letter, so a word ending in it is whole. Only a single
    /// full stop followed by a space counts: a closing quote then lower case is still an
    /// attribution ("…κανένας.» είπε").
    fn whole_greek_word_ends(&self, i: usize, stop: &Stop) -> bool {
        stop.dots == 1
            && stop.other == 0
            && !stop.closed
            && stop.j > stop.bend
            && char_before(self.text, i).is_some_and(|(_, c)| c == 'ς')
    }

    /// Rule: a dash then lower case continues the sentence ("? — asked the minister"), with
    /// or without a space before the dash, so that re-spacing a text never moves a boundary.
    fn dash_then_lower(&self, j: usize, nc: char) -> bool {
        if !is_dash(nc) {
            return false;
        }
        let after_dash = self.skip_space(j + nc.len_utf8());
        char_at(self.text, after_dash).is_some_and(|d| d.is_lowercase())
    }

    /// A single full stop after a space-separated word, before a space and a capital, digit
    /// or symbol: the word before it decides (abbreviation, initial, number, time).
    fn word_before_stop(&self, i: usize, sent_start: usize, stop: &Stop, nc: char) -> Decision {
        let boundary = Decision::Boundary {
            end: stop.bend,
            next: stop.j,
        };
        let keep = Decision::Continue(stop.bend);
        let verdict = |ends: bool| if ends { boundary } else { keep };
        let Some((wstart, raw)) = self.token_before(i) else {
            return verdict(true);
        };
        let word = raw.trim_start_matches(|ch: char| !ch.is_alphanumeric());
        if word.is_empty() {
            return verdict(true);
        }
        let next_word = self.word_at(stop.j);
        let starter = lexicon::is_sentence_starter(next_word);
        let last = word.chars().next_back().unwrap_or(' ');
        // A word closed by a symbol ("(see 3).") ends the sentence unless it is an
        // abbreviation.
        if !last.is_alphanumeric() && lexicon::abbreviation(word).is_none() {
            return verdict(true);
        }
        let ends = if is_doubled_initial(word) && is_doubled_initial(next_word) {
            false
        } else if word.contains('.') {
            self.dotted_word_ends(wstart, word, next_word, sent_start, nc, starter)
        } else if word.chars().any(|ch| ch.is_ascii_digit()) {
            number_ends(word, next_word)
        } else if word.chars().count() == 1 {
            !self.unit_after_number(wstart, word, sent_start)
                && self.single_letter_ends(wstart, word, sent_start, nc, starter)
        } else {
            abbreviation_ends(word, next_word, nc, starter)
        };
        verdict(ends)
    }

    /// Rule: a dotted abbreviation ("U.S.", "e.g.", "p.m.") ends a sentence only before a
    /// typical sentence opening in capitals; some never do ("e.g.", "i.e."), and a clock
    /// time has its own rule ([`Self::clock_time_ends`]). Other words with inner full stops
    /// ("example.com.") end it.
    fn dotted_word_ends(
        &self,
        wstart: usize,
        word: &str,
        next_word: &str,
        sent_start: usize,
        nc: char,
        starter: bool,
    ) -> bool {
        if !is_dotted_abbreviation(word) {
            return true;
        }
        if lexicon::never_final_dotted(word) {
            return false;
        }
        if let Some(ends) = self.clock_time_ends(wstart, word, next_word, sent_start) {
            return ends;
        }
        nc.is_uppercase() && starter
    }

    /// Rule: a single letter is an initial ("Jonas E. Smith") unless it is the pronoun "I"
    /// closing a sentence before a typical sentence opening; a lower-case one ends a sentence
    /// only before such an opening.
    fn single_letter_ends(
        &self,
        wstart: usize,
        word: &str,
        sent_start: usize,
        nc: char,
        starter: bool,
    ) -> bool {
        let first = word.chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            let pronoun = first == 'I' && self.previous_word_is_lower(wstart, sent_start);
            return pronoun && starter;
        }
        nc.is_uppercase() && starter
    }
}

/// Rule: a number ends a sentence, except an ordinal before a month ("21. Dezember").
fn number_ends(word: &str, next_word: &str) -> bool {
    !(word.chars().all(|ch| ch.is_ascii_digit()) && lexicon::month_number(next_word).is_some())
}

/// Rule: a word of letters ends a sentence unless it is an abbreviation, and each kind of
/// abbreviation has its own verdict: a title before a name never ends one ("Mr."), "No." and
/// "p." not before a number, a month or weekday not before a date, an ambiguous one ("fig.",
/// "Inc.") and a language's own ("Srta. Ledesma", "l'Avv. Fabrizi", "kath. Schule") only
/// before a typical sentence opening or a symbol.
fn abbreviation_ends(word: &str, next_word: &str, nc: char, starter: bool) -> bool {
    match lexicon::abbreviation(word) {
        Some(Abbrev::Prepositive) => false,
        Some(Abbrev::BeforeNumber) => !nc.is_ascii_digit(),
        Some(Abbrev::Date) => {
            !(nc.is_ascii_digit() || lexicon::month_number(next_word).is_some()) && starter
        }
        Some(Abbrev::Ambiguous) => (nc.is_uppercase() && starter) || !nc.is_alphanumeric(),
        None if lang::is_abbreviation(word) => {
            (nc.is_uppercase() && starter) || !nc.is_alphanumeric()
        }
        None => true,
    }
}

impl Splitter<'_, '_> {
    /// A full stop with no space after it: "one.This" ends a sentence, "U.S.-led",
    /// "example.com", "3.5" and "Jane.Doe@x" do not.
    fn glued(&self, i: usize, sent_start: usize) -> Decision {
        let text = self.text;
        let keep = Decision::Continue(i + 1);
        if self.between_hangul(i) {
            return Decision::Boundary {
                end: i + 1,
                next: i + 1,
            };
        }
        let Some((wstart, before)) = self.token_before(i) else {
            return keep;
        };
        if wstart < sent_start {
            return keep;
        }
        let tail: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if tail.chars().count() < 2 || !tail.chars().all(|c| c.is_lowercase()) {
            return keep;
        }
        let mut after = text.get(i + 1..self.end).unwrap_or("").chars();
        let (Some(a), Some(b)) = (after.next(), after.next()) else {
            return keep;
        };
        if !(a.is_uppercase() && b.is_lowercase()) {
            return keep;
        }
        let token_end = text
            .get(i..self.end)
            .unwrap_or("")
            .char_indices()
            .take_while(|&(k, c)| k < MAX_WORD && !is_space(c))
            .last()
            .map_or(i, |(k, c)| i + k + c.len_utf8());
        let token = &text[wstart..token_end];
        if token.contains('@')
            || token.contains("://")
            || token.starts_with("www")
            || token.contains('/')
        {
            return keep;
        }
        let word: String = tail.chars().rev().collect();
        if lexicon::abbreviation(&word).is_some() {
            return keep;
        }
        Decision::Boundary {
            end: i + 1,
            next: i + 1,
        }
    }

    /// Rule: a full stop glued between two Hangul syllables ends a Korean sentence
    /// ("말했다.그는"). Hangul has no case to show where a sentence starts, and Korean writes
    /// no abbreviation with a full stop inside a word, so the stop can only be the sentence's.
    fn between_hangul(&self, i: usize) -> bool {
        char_before(self.text, i).is_some_and(|(p, c)| p >= self.start && is_hangul(c))
            && char_at(self.text, i + 1).is_some_and(is_hangul)
            && i + 1 < self.end
    }

    /// Rule: a quotation of several sentences is several sentences. Inside a quotation, a stop
    /// not closed by a quote or bracket ends a sentence when a new one starts right after it
    /// in the same quotation: a capital after white space ("…Italia. Il ministro…"), or any
    /// text after a CJK stop (「…。…」). The usual checks (abbreviations, initials) still
    /// apply afterwards.
    fn quoted_sentence_ends(&self, bend: usize, j: usize, closed: bool, cjk: bool) -> bool {
        if closed || j >= self.end {
            return false;
        }
        let Some(nc) = char_at(self.text, j) else {
            return false;
        };
        if cjk {
            return !is_closer(nc);
        }
        j > bend && nc.is_uppercase()
    }

    /// Rule: a clock time closes its clause. "a.m."/"p.m." after a number, before a
    /// capitalised word, ends the sentence when a clause precedes the time ("He left the bank
    /// at 6 P.M. Mr. Smith then went…"), and not when the time opens the sentence as a short
    /// adverbial ("At 5 a.m. Mr. Smith went…") or a time zone follows ("10 a.m. EST").
    /// `None` when `word` is not such a time.
    fn clock_time_ends(
        &self,
        wstart: usize,
        word: &str,
        next_word: &str,
        sent_start: usize,
    ) -> Option<bool> {
        if !(word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m")) {
            return None;
        }
        // A list number opening the sentence ("1. At 5 a.m. …") is not a word of the clause:
        // the parser lifts it off as the paragraph's number, and the verdict must not change
        // with it. The splitter's own notion of space throughout (zero-width and no-break
        // spaces included), so that a text splits the same however its spaces are encoded.
        let clause_start = list_marker(self.text, sent_start, wstart)
            .map_or(sent_start, |(_, marker_end)| marker_end);
        let before = self
            .text
            .get(clause_start..wstart)?
            .trim_end_matches(is_space);
        let number = before.rsplit(is_space).next().unwrap_or("");
        if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || c == ':') {
            return None;
        }
        if !next_word.chars().next().is_some_and(char::is_uppercase) {
            return Some(false);
        }
        if next_word.chars().count() > 1 && next_word.chars().all(char::is_uppercase) {
            return Some(false);
        }
        // Only words with letters or digits count: a bullet or a lone bracket the parser
        // lifts off the paragraph is not a word of the clause.
        let clause_words = before
            .split(is_space)
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
            .saturating_sub(1);
        Some(clause_words > 3)
    }

    /// Rule: a one-letter abbreviation the lexicon reads as prepositive, right after a number,
    /// is what the number counts ("в 1898 г.": the year), not the end of a sentence; KEYING.md
    /// lists "г." among the abbreviations that never end one. Without the number the
    /// single-letter rule decides, so "д." closing "и т. д." can still end a sentence.
    fn unit_after_number(&self, wstart: usize, word: &str, sent_start: usize) -> bool {
        if lexicon::abbreviation(word) != Some(Abbrev::Prepositive) {
            return false;
        }
        let before = self
            .text
            .get(sent_start..wstart)
            .unwrap_or("")
            .trim_end_matches(is_space);
        let number = before.rsplit(is_space).next().unwrap_or("");
        !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
    }

    fn previous_word_is_lower(&self, wstart: usize, sent_start: usize) -> bool {
        let mut k = wstart;
        while let Some((p, c)) = char_before(self.text, k) {
            if p < sent_start || !is_space(c) {
                break;
            }
            k = p;
        }
        match char_before(self.text, k) {
            Some((p, _)) if p >= sent_start => {
                let (ws, w) = self.token_before(k).unwrap_or((k, ""));
                ws >= sent_start && w.chars().next().is_some_and(|c| c.is_lowercase())
            }
            _ => false,
        }
    }

    fn skip_closers(&self, mut k: usize) -> usize {
        while let Some(q) = char_at(self.text, k).filter(|&q| is_closer(q)) {
            if k >= self.end {
                break;
            }
            k += q.len_utf8();
        }
        k
    }
}

/// Spanish writes the plural of an initial by doubling it, one pair per word: "EE. UU."
/// (Estados Unidos), "FF. AA.", "RR. HH.". Between two such pairs the full stop is inside the
/// abbreviation.
fn is_doubled_initial(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(a), Some(b), None) => a == b && a.is_uppercase(),
        _ => false,
    }
}

/// "U.S", "a.m", "U.S.A", "e.g", "Ph.D", "т.е": letters in groups of one or two joined by
/// full stops.
fn is_dotted_abbreviation(word: &str) -> bool {
    let mut groups = 0;
    for part in word.split('.') {
        let n = part.chars().count();
        if n == 0 || n > 2 || !part.chars().all(char::is_alphabetic) {
            return false;
        }
        groups += 1;
    }
    groups >= 2
}

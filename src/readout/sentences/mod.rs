//! The sentence splitter: one forward pass over a paragraph's bytes that stops only at
//! terminal punctuation, list markers and bullets, and decides each candidate from a few
//! characters around it. Quotes and brackets are paired in a linear pre-pass so that a full
//! stop inside a short quotation or a parenthesis does not end the sentence around it.

use super::normalise::{char_at, char_before, is_space, trim};
use super::Span;

/// Quotations and parentheses longer than this are not protected: a long quotation is
/// several sentences in its own right, and an unclosed bracket must not swallow a paragraph.
const MAX_PROTECTED: usize = 320;

/// Words longer than this are never abbreviations; it also bounds every look-back.
const MAX_WORD: usize = 64;

mod markers;
mod rules;
#[cfg(test)]
mod tests;

use markers::{is_bullet, is_greek_question, is_terminator, protected_ranges, Pair, INTERESTING};
pub(crate) use markers::{list_marker, Marker};

/// What a candidate stop turned out to be.
enum Decision {
    /// The sentence ends at `end`; the next one starts at or after `next`.
    Boundary { end: usize, next: usize },
    /// Not a boundary; scanning resumes at the given offset.
    Continue(usize),
}

/// Splits `start..end` of `text` into trimmed sentence spans, appended to `out`. `marker` is
/// the list marker already taken off the front (a paragraph number), so that the next item
/// of the same list is recognised.
pub(crate) fn split_range(
    text: &str,
    start: usize,
    end: usize,
    marker: Option<Marker>,
    out: &mut Vec<Span>,
) {
    let end = end.min(text.len());
    if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return;
    }
    let mut candidates = Vec::new();
    split_once(text, start, end, marker, &mut candidates);
    for sentence in candidates {
        push_standing_alone(text, sentence, 0, out);
    }
}

/// How many times a sentence is split again on its own. Each round only splits (pieces get
/// strictly shorter), and real text settles after one; the cap bounds pathological input.
const MAX_RESPLITS: u32 = 8;

/// Appends `sentence` to `out` if it is one sentence on its own, or else the sentences it
/// splits into alone, each checked the same way.
///
/// A boundary can be held back by context outside the sentence: a quotation or bracket that a
/// bullet cut in two, or a list that numbered the marker. Read on its own (copied out, filtered,
/// exported, split by another tool) such a sentence would split, so the splitter keeps only
/// boundaries a sentence's own text supports: every sentence it returns is one sentence alone.
fn push_standing_alone(text: &str, sentence: Span, depth: u32, out: &mut Vec<Span>) {
    if depth < MAX_RESPLITS {
        let mut pieces = Vec::new();
        split_once(text, sentence.start, sentence.end, None, &mut pieces);
        if pieces.len() > 1 {
            for piece in pieces {
                push_standing_alone(text, piece, depth + 1, out);
            }
            return;
        }
    }
    out.push(sentence);
}

/// One pass of the splitter over `start..end`, seeing nothing of the text outside it.
fn split_once(text: &str, start: usize, end: usize, marker: Option<Marker>, out: &mut Vec<Span>) {
    let mut s = Splitter {
        text,
        bytes: text.as_bytes(),
        start,
        end,
        protected: protected_ranges(text, start, end),
        pi: 0,
        last_marker: marker,
        out,
    };
    s.run(start);
}

struct Splitter<'t, 'o> {
    text: &'t str,
    bytes: &'t [u8],
    /// The range split: nothing before `start` or from `end` on is read.
    start: usize,
    end: usize,
    protected: Vec<Pair>,
    pi: usize,
    last_marker: Option<Marker>,
    out: &'o mut Vec<Span>,
}

impl Splitter<'_, '_> {
    fn run(&mut self, start: usize) {
        let (mut sent_start, _) = trim(self.text, start, self.end);
        // A paragraph number already taken off the front is the only marker at the start.
        let mut i = if self.last_marker.is_some() {
            sent_start
        } else {
            self.enter_sentence(sent_start)
        };
        while i < self.end {
            let b = self.bytes[i];
            if !INTERESTING[b as usize] {
                i += 1;
                continue;
            }
            let Some(c) = char_at(self.text, i) else {
                i += 1;
                continue;
            };
            let len = c.len_utf8();
            if is_terminator(c) || self.greek_question_at(i, c) {
                if c == '.' {
                    if let Some((split_at, resume)) = self.inner_marker(i, sent_start) {
                        if split_at > sent_start {
                            self.push(sent_start, split_at);
                            sent_start = split_at;
                        }
                        i = resume;
                        continue;
                    }
                }
                match self.decide(i, sent_start) {
                    Decision::Boundary { end, next } => {
                        self.push(sent_start, end);
                        let (ns, _) = trim(self.text, next, self.end);
                        sent_start = ns;
                        i = self.enter_sentence(ns);
                    }
                    Decision::Continue(next) => i = next.max(i + len),
                }
            } else if c == ')' {
                if let Some((split_at, resume)) = self.inner_marker(i, sent_start) {
                    if split_at > sent_start {
                        self.push(sent_start, split_at);
                        sent_start = split_at;
                    }
                    i = resume;
                    continue;
                }
                i += len;
            } else if is_bullet(c) {
                let spaced_before = char_before(self.text, i).is_none_or(|(_, p)| is_space(p));
                let spaced_after = i + len < self.end
                    && char_at(self.text, i + len)
                        .is_some_and(|n| is_space(n) || n.is_ascii_digit())
                    && trim(self.text, i + len, self.end).0 < self.end;
                if i > sent_start && spaced_before && spaced_after {
                    self.push(sent_start, i);
                    sent_start = i;
                    i = self.enter_sentence(i);
                } else {
                    i += len;
                }
            } else {
                i += len;
            }
        }
        self.push(sent_start, self.end);
    }

    /// At the start of a sentence: skips a leading bullet and list marker, remembering the
    /// marker, and returns where scanning resumes.
    fn enter_sentence(&mut self, pos: usize) -> usize {
        let mut p = pos;
        if let Some(c) = char_at(self.text, p) {
            if is_bullet(c) {
                p += c.len_utf8();
                let (s, _) = trim(self.text, p, self.end);
                p = s;
            }
        }
        if let Some((m, mend)) = list_marker(self.text, p, self.end) {
            self.last_marker = Some(m);
            return mend;
        }
        pos
    }

    /// A list marker ending at the `.` or `)` at `i` in the middle of a sentence: when it
    /// continues the current list, the sentence ends before it. Returns where to split and
    /// where to resume.
    fn inner_marker(&mut self, i: usize, sent_start: usize) -> Option<(usize, usize)> {
        let bytes = self.bytes;
        // Walk back over the marker body: up to three digits or one letter, maybe "(".
        let mut k = i;
        if bytes[i] == b')' && i > 0 && bytes[i - 1] == b'.' {
            k -= 1;
        }
        let body_end = k;
        while k > 0 && body_end - k < 3 && bytes[k - 1].is_ascii_digit() {
            k -= 1;
        }
        if k == body_end {
            if k > 0 && bytes[k - 1].is_ascii_alphabetic() {
                k -= 1;
            } else {
                return None;
            }
        }
        if k > 0 && bytes[k - 1] == b'(' {
            k -= 1;
        }
        if k <= sent_start {
            return None;
        }
        let (_, before) = char_before(self.text, k)?;
        if !(is_space(before) || is_bullet(before)) {
            return None;
        }
        let (m, mend) = list_marker(self.text, k, self.end)?;
        if mend <= i {
            return None;
        }
        let prev = self.last_marker?;
        if !m.follows(prev) {
            return None;
        }
        self.last_marker = Some(m);
        // A bullet glued to the marker ("⁃10.") belongs to the new item.
        let mut split_at = k;
        if is_bullet(before) {
            split_at -= before.len_utf8();
        }
        Some((split_at, mend))
    }

    /// True when `c` at `i` is a semicolon written as Greek's question mark.
    fn greek_question_at(&self, i: usize, c: char) -> bool {
        c == ';'
            && i > self.start
            && is_greek_question(c, char_before(self.text, i).map(|(_, p)| p))
    }

    fn push(&mut self, start: usize, end: usize) {
        let (s, e) = trim(self.text, start, end);
        if s < e {
            self.out.push(Span::new(s, e));
        }
    }

    /// The protected pair `pos..boundary_end` lies strictly inside, if any.
    fn protected(&mut self, pos: usize, boundary_end: usize) -> Option<Pair> {
        while self.pi < self.protected.len() && self.protected[self.pi].close <= pos {
            self.pi += 1;
        }
        self.protected
            .get(self.pi)
            .copied()
            .filter(|p| p.open < pos && boundary_end < p.close)
    }

    fn skip_space(&self, mut j: usize) -> usize {
        while j < self.end {
            match char_at(self.text, j) {
                Some(c) if is_space(c) => j += c.len_utf8(),
                _ => break,
            }
        }
        j
    }

    /// The alphabetic word starting at `j`.
    fn word_at(&self, j: usize) -> &str {
        let rest = self.text.get(j..self.end).unwrap_or("");
        let len = rest
            .char_indices()
            .take_while(|&(k, c)| k < MAX_WORD && c.is_alphabetic())
            .last()
            .map_or(0, |(k, c)| k + c.len_utf8());
        &rest[..len]
    }

    /// The token ending right before `i` (back to white space), or `None` when longer than a
    /// word can be.
    fn token_before(&self, i: usize) -> Option<(usize, &str)> {
        let mut k = i;
        while let Some((p, c)) = char_before(self.text, k) {
            if p < self.start || is_space(c) {
                break;
            }
            if i - p > MAX_WORD {
                return None;
            }
            k = p;
        }
        Some((k, &self.text[k..i]))
    }
}

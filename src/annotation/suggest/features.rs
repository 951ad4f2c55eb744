//! Features: the tokenizer (content words, CJK characters one by one) and the hashed word
//! and bigram features the model counts.

use crate::fnv;

/// Whether `c` belongs to a script written without spaces between words (CJK ideographs,
/// kana, Hangul syllables): lexicon entries starting with one match anywhere in a text.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' | '\u{ac00}'..='\u{d7af}')
}

/// Words that say nothing about a theme (English and German function words, reporting verbs).
const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "a",
    "an",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "by",
    "as",
    "at",
    "that",
    "this",
    "it",
    "its",
    "their",
    "his",
    "her",
    "he",
    "she",
    "they",
    "we",
    "our",
    "from",
    "or",
    "but",
    "not",
    "will",
    "would",
    "should",
    "can",
    "could",
    "has",
    "have",
    "had",
    "also",
    "both",
    "two",
    "all",
    "other",
    "said",
    "say",
    "says",
    "which",
    "who",
    "what",
    "into",
    "such",
    "than",
    "then",
    "there",
    "these",
    "those",
    "noted",
    "stressed",
    "pointed",
    "out",
    "expressed",
    "side",
    "sides",
    "der",
    "die",
    "das",
    "und",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "mit",
    "von",
    "zu",
    "im",
    "auf",
    "für",
    "ist",
    "sich",
    "es",
    "auch",
    "um",
];

/// Lowercased content words of a text: runs of letters and digits without stopwords, a
/// plural `s` dropped; CJK characters one by one (they have no spaces to split on).
pub(in crate::annotation) fn content_words(text: &str) -> Vec<String> {
    fn flush(word: &mut String, out: &mut Vec<String>) {
        if word.chars().count() >= 2 && !STOPWORDS.contains(&word.as_str()) {
            let plural =
                word.ends_with('s') && !["ss", "is", "us"].iter().any(|e| word.ends_with(e));
            if word.len() > 3 && plural {
                word.pop();
            }
            out.push(std::mem::take(word));
        }
        word.clear();
    }
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            flush(&mut word, &mut out);
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// FNV-1a (see [`crate::fnv`]): features are kept as 64-bit hashes so the model stores no
/// strings. The unit separator 0x1f stands between parts.
fn hash(parts: &[&str]) -> u64 {
    parts.iter().enumerate().fold(fnv::OFFSET, |h, (i, p)| {
        fnv::extend(h, p.bytes().chain((i + 1 < parts.len()).then_some(0x1f)))
    })
}

/// A sentence's features: its content words and adjacent pairs of them, each counted once
/// (presence, not frequency, works better for short texts: Wang & Manning 2012).
pub fn features(text: &str) -> Vec<u64> {
    let words = content_words(text);
    let mut out: Vec<u64> = words.iter().map(|w| hash(&[w])).collect();
    out.extend(words.windows(2).map(|p| hash(&[&p[0], &p[1]])));
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_drop_stopwords_and_plurals() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The two sides discussed sanctions.",
                &["discussed", "sanction"],
            ),
            ("Russia’s crisis", &["russia", "crisis"]),
            ("中法关系", &["中", "法", "关", "系"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(content_words(text), *want, "given {text:?}");
        }
    }
}

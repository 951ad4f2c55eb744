//! How much of a long text the page shows at once. Laying out megabytes of one sentence, or
//! a megabyte note in an attribute, froze the tab for tens of seconds; the page shows a
//! bounded excerpt and offers the rest on request.

/// Characters of a sentence shown before the rest is folded away.
pub const SENTENCE_PREVIEW_CHARS: usize = 2000;

/// Characters of a note read out as a sentence's accessible description.
pub const NOTE_EXCERPT_CHARS: usize = 200;

/// The first `max_chars` characters of `text` when it is longer than that; `None` when it
/// fits. Cuts on a `char` boundary and reads at most `max_chars` characters.
pub fn excerpt(text: &str, max_chars: usize) -> Option<&str> {
    if text.len() <= max_chars {
        return None;
    }
    let (cut, _) = text.char_indices().nth(max_chars)?;
    Some(&text[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_whole() {
        assert_eq!(excerpt("", 3), None);
        assert_eq!(excerpt("abc", 3), None);
        // Three characters in nine bytes still fit three characters.
        assert_eq!(excerpt("中国人", 3), None);
    }

    #[test]
    fn long_texts_are_cut_on_a_char_boundary() {
        assert_eq!(excerpt("abcd", 3), Some("abc"));
        assert_eq!(excerpt("中国人民", 3), Some("中国人"));
        let long = "é".repeat(SENTENCE_PREVIEW_CHARS * 2);
        let cut = excerpt(&long, SENTENCE_PREVIEW_CHARS).unwrap();
        assert_eq!(cut.chars().count(), SENTENCE_PREVIEW_CHARS);
    }
}

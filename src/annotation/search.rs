//! Matching what a user types against names: the command palette's filter.

/// Text folded for matching: lowercase, runs of whitespace as one space.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when every word of `query` occurs in `text`, ignoring case, in any order ("sec def"
/// finds "Security and defence"). An empty query matches everything.
pub fn matches_all_words(query: &str, text: &str) -> bool {
    let text = folded(text);
    query
        .split_whitespace()
        .all(|word| text.contains(&word.to_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_must_occur_in_any_order_and_case() {
        let cases = [
            ("", "Anything", true),
            ("sec def", "Apply theme: Security and defence", true),
            ("DEFENCE security", "Security and defence", true),
            ("trade", "Security and defence", false),
            ("  ", "x", true),
            ("ü", "Über", true),
        ];
        for (query, text, expected) in cases {
            assert_eq!(
                matches_all_words(query, text),
                expected,
                "{query:?} in {text:?}"
            );
        }
    }
}

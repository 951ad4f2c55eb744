//! Searching text: the command palette's filter, and the search box over every sentence of
//! the workspace (words, "quoted phrases", or a /regular expression/).

use super::document::SentenceId;
use super::workspace::Workspace;

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

/// A search over sentences, as typed in the search box.
#[derive(Debug)]
pub enum SentenceQuery {
    /// Words and "quoted phrases", all of which must occur, ignoring case and spacing.
    Terms(Vec<String>),
    /// `/pattern/`: a regular expression, ignoring case.
    Pattern(regex_lite::Regex),
}

/// Why a query cannot run (only a regular expression can be wrong).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError(pub String);

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl SentenceQuery {
    /// Reads what the user typed; `Ok(None)` for a blank query.
    pub fn parse(typed: &str) -> Result<Option<Self>, QueryError> {
        let typed = typed.trim();
        if typed.len() > 1 && typed.starts_with('/') && typed.ends_with('/') {
            let pattern = &typed[1..typed.len() - 1];
            return regex_lite::RegexBuilder::new(pattern)
                .case_insensitive(true)
                .size_limit(1 << 20)
                .build()
                .map(|re| Some(SentenceQuery::Pattern(re)))
                .map_err(|e| QueryError(format!("not a regular expression: {e}")));
        }
        let mut terms = Vec::new();
        for (i, part) in typed.split('"').enumerate() {
            if i % 2 == 1 {
                let phrase = folded(part);
                if !phrase.is_empty() {
                    terms.push(phrase);
                }
            } else {
                terms.extend(part.split_whitespace().map(str::to_lowercase));
            }
        }
        Ok((!terms.is_empty()).then_some(SentenceQuery::Terms(terms)))
    }

    /// True when a sentence's text matches.
    pub fn matches(&self, text: &str) -> bool {
        match self {
            SentenceQuery::Pattern(re) => re.is_match(text),
            SentenceQuery::Terms(terms) => {
                let text = folded(text);
                terms.iter().all(|t| text.contains(t.as_str()))
            }
        }
    }
}

/// One sentence found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    /// The document's id.
    pub document: String,
    /// The sentence.
    pub sentence: SentenceId,
    /// Its position in the document, from 1.
    pub position: usize,
}

/// What a search found: the first hits, in workspace order, and how many there are in all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResults {
    /// Up to the limit asked for.
    pub hits: Vec<SearchHit>,
    /// Every match.
    pub total: usize,
}

/// Every sentence of every document that matches, in document and text order; only the
/// first `limit` are listed, all are counted.
pub fn search_sentences(
    workspace: &Workspace,
    query: &SentenceQuery,
    limit: usize,
) -> SearchResults {
    let mut results = SearchResults::default();
    for doc in &workspace.documents {
        for (i, s) in doc.sentences.iter().enumerate() {
            if query.matches(doc.sentence_text(s)) {
                results.total += 1;
                if results.hits.len() < limit {
                    results.hits.push(SearchHit {
                        document: doc.id.clone(),
                        sentence: s.id,
                        position: i + 1,
                    });
                }
            }
        }
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{AnnotatedDocument, Codebook};
    use std::rc::Rc;

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

    #[test]
    fn queries_of_words_phrases_and_patterns() {
        let text = "The two leaders discussed the  Korean Peninsula and trade.";
        let cases = [
            ("korean", true),
            ("trade KOREAN", true),
            ("\"korean peninsula\"", true),
            ("\"peninsula korean\"", false),
            ("\"two leaders\" trade", true),
            ("/lead(er|ing)s/", true),
            ("/^trade/", false),
            ("/PENIN\\w+/", true),
            ("sanctions", false),
        ];
        for (typed, expected) in cases {
            let query = SentenceQuery::parse(typed)
                .expect("valid")
                .expect("not blank");
            assert_eq!(query.matches(text), expected, "{typed:?}");
        }
        assert!(SentenceQuery::parse("   ").expect("valid").is_none());
        assert!(SentenceQuery::parse("\"\"").expect("valid").is_none());
        let wrong = SentenceQuery::parse("/(unclosed/").expect_err("a broken pattern");
        assert!(wrong.0.starts_with("not a regular expression"), "{wrong}");
    }

    #[test]
    fn a_search_covers_every_document_and_counts_past_the_limit() {
        let mut ws = Workspace::new(Codebook::diplomatic_default());
        ws.documents = vec![
            Rc::new(AnnotatedDocument::parse("Trade grew. Nothing else.")),
            Rc::new(AnnotatedDocument::parse(
                "They spoke of trade. And trade again.",
            )),
        ];
        let query = SentenceQuery::parse("trade")
            .expect("valid")
            .expect("not blank");
        let found = search_sentences(&ws, &query, 2);
        assert_eq!(found.total, 3);
        assert_eq!(found.hits.len(), 2);
        assert_eq!(found.hits[0].document, ws.documents[0].id);
        assert_eq!(found.hits[0].position, 1);
        assert_eq!(found.hits[1].document, ws.documents[1].id);
    }
}

//! Coded segments: the sentences of every document that a retrieval asks for, by theme (all
//! of some, any of others, none of the rest), speaker, participant country and date range,
//! each with its citation.

use super::codebook::Codebook;
use super::document::{speaker_label, AnnotatedDocument, Sentence, SentenceId};
use super::workspace::Workspace;
use crate::readout::Speaker;

/// How one theme takes part in a retrieval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeRole {
    /// Every sentence must have it (AND).
    Required,
    /// A sentence must have at least one of the themes so marked (OR).
    AnyOf,
    /// No sentence may have it (NOT).
    Excluded,
}

/// Whose sentences to retrieve.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SpeakerPick {
    /// Anyone's, narration included.
    #[default]
    Anyone,
    /// Statements of both sides.
    Both,
    /// Narration.
    Narration,
    /// Participants from this country (compared ignoring case and spacing).
    Country(String),
}

/// A retrieval of coded sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SegmentQuery {
    /// Themes and their roles; themes not listed play no part.
    pub themes: Vec<(String, ThemeRole)>,
    /// Whose sentences.
    pub speaker: SpeakerPick,
    /// The earliest document date, `YYYY-MM-DD`, included.
    pub from: Option<String>,
    /// The latest document date, `YYYY-MM-DD`, included.
    pub to: Option<String>,
}

/// One retrieved sentence and where it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The document's id.
    pub document: String,
    /// The sentence.
    pub sentence: SentenceId,
    /// The sentence's text.
    pub text: String,
    /// The document's name ([`AnnotatedDocument::display_name`]).
    pub title: String,
    /// The document's date, when it has one.
    pub date: Option<String>,
    /// Who says it ("Xi Jinping", "Both sides", "Narration").
    pub speaker: String,
    /// Its themes' ids, in the sentence's order.
    pub themes: Vec<String>,
}

fn same_words(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    fold(a) == fold(b)
}

impl SegmentQuery {
    /// True when the document's date lies in the range; a document without a date is left
    /// out once a range is set.
    fn date_fits(&self, doc: &AnnotatedDocument) -> bool {
        if self.from.is_none() && self.to.is_none() {
            return true;
        }
        let Some(date) = doc.date.as_deref() else {
            return false;
        };
        self.from.as_deref().is_none_or(|from| date >= from)
            && self.to.as_deref().is_none_or(|to| date <= to)
    }

    fn speaker_fits(&self, doc: &AnnotatedDocument, sentence: &Sentence) -> bool {
        match (&self.speaker, &sentence.speaker) {
            (SpeakerPick::Anyone, _) => true,
            (SpeakerPick::Both, Speaker::Both) => true,
            (SpeakerPick::Narration, Speaker::Narration) => true,
            (SpeakerPick::Country(country), Speaker::Participant(id)) => doc
                .participant(id)
                .is_some_and(|p| same_words(&p.country, country)),
            _ => false,
        }
    }

    /// A sentence "has" a theme when it carries it or one under it, so a parent retrieves
    /// its children's sentences and excluding a parent excludes them too.
    fn themes_fit(&self, codebook: &Codebook, sentence: &Sentence) -> bool {
        let has = |t: &str| codebook.counts_toward(&sentence.themes, t);
        let mut any_of = self
            .themes
            .iter()
            .filter(|(_, role)| *role == ThemeRole::AnyOf)
            .peekable();
        let some_any = any_of.peek().is_none() || any_of.any(|(t, _)| has(t));
        some_any
            && self.themes.iter().all(|(t, role)| match role {
                ThemeRole::Required => has(t),
                ThemeRole::Excluded => !has(t),
                ThemeRole::AnyOf => true,
            })
    }
}

/// The sentences of every document that the query retrieves, in document and text order.
/// Only coded sentences are retrieved: a query that names no theme retrieves every coded
/// sentence.
pub fn retrieve(workspace: &Workspace, query: &SegmentQuery) -> Vec<Segment> {
    let mut out = Vec::new();
    for doc in workspace.documents.iter().filter(|d| query.date_fits(d)) {
        for s in &doc.sentences {
            if s.is_labelled()
                && query.themes_fit(&workspace.codebook, s)
                && query.speaker_fits(doc, s)
            {
                out.push(Segment {
                    document: doc.id.clone(),
                    sentence: s.id,
                    text: doc.sentence_text(s).to_owned(),
                    title: doc.display_name(),
                    date: doc.date.clone(),
                    speaker: speaker_label(&doc.participants, &s.speaker),
                    themes: s.themes.clone(),
                });
            }
        }
    }
    out
}

/// The countries of every participant in the workspace, once each, in order of appearance:
/// the choices of the speaker menu.
pub fn participant_countries(workspace: &Workspace) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in workspace.documents.iter().flat_map(|d| &d.participants) {
        let country = p.country.trim();
        if !country.is_empty() && !out.iter().any(|c| same_words(c, country)) {
            out.push(country.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::annotation::{Codebook, Edit};
    use crate::readout::Participant;

    /// Two documents: one dated 2020 with China and Iran speaking, one dated 2022.
    fn workspace() -> Workspace {
        let mut ws = Workspace::new(Codebook::diplomatic_default());
        let mut first = AnnotatedDocument::parse("Trade grew. Sanctions hurt. Both agreed.");
        first.date = Some("2020-03-27".into());
        first.participants = vec![
            Participant {
                id: "p1".into(),
                name: "Xi Jinping".into(),
                title: String::new(),
                country: "China".into(),
            },
            Participant {
                id: "p2".into(),
                name: "Rouhani".into(),
                title: String::new(),
                country: "Iran".into(),
            },
        ];
        let mut second = AnnotatedDocument::parse("Trade again. Nothing coded.");
        second.date = Some("2022-01-10".into());
        ws.documents = vec![Rc::new(first), Rc::new(second)];
        let (a, b) = (ws.documents[0].id.clone(), ws.documents[1].id.clone());
        let s = |n| SentenceId(n);
        ws.apply(Edit::SetThemes {
            doc: a.clone(),
            changes: vec![
                (s(1), vec!["trade".into()]),
                (s(2), vec!["sanctions".into(), "trade".into()]),
                (s(3), vec!["bilateral".into()]),
            ],
        })
        .expect("labels");
        ws.apply(Edit::SetSpeakers {
            doc: a,
            changes: vec![
                (s(1), Speaker::Participant("p1".into())),
                (s(2), Speaker::Participant("p2".into())),
                (s(3), Speaker::Both),
            ],
        })
        .expect("speakers");
        ws.apply(Edit::SetThemes {
            doc: b,
            changes: vec![(s(1), vec!["trade".into()])],
        })
        .expect("labels");
        ws
    }

    fn texts(ws: &Workspace, query: &SegmentQuery) -> Vec<String> {
        retrieve(ws, query).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn a_parent_theme_retrieves_and_excludes_the_sentences_of_themes_under_it() {
        let mut ws = workspace();
        ws.apply(Edit::SetThemeParent {
            id: "sanctions".into(),
            parent: Some("bilateral".into()),
        })
        .expect("nests");
        let q = |themes: &[(&str, ThemeRole)]| SegmentQuery {
            themes: themes.iter().map(|(t, r)| (t.to_string(), *r)).collect(),
            ..SegmentQuery::default()
        };
        use ThemeRole::*;
        /// Themes with their roles, and the sentences expected back.
        type Case<'a> = (&'a [(&'a str, ThemeRole)], &'a [&'a str]);
        let cases: [Case; 4] = [
            (
                &[("bilateral", Required)],
                &["Sanctions hurt.", "Both agreed."],
            ),
            (&[("sanctions", Required)], &["Sanctions hurt."]),
            (
                &[("trade", Required), ("bilateral", Excluded)],
                &["Trade grew.", "Trade again."],
            ),
            (
                &[("bilateral", AnyOf)],
                &["Sanctions hurt.", "Both agreed."],
            ),
        ];
        for (themes, want) in cases {
            assert_eq!(texts(&ws, &q(themes)), want, "{themes:?}");
        }
    }

    #[test]
    fn themes_combine_with_and_or_and_not() {
        let ws = workspace();
        let q = |themes: &[(&str, ThemeRole)]| SegmentQuery {
            themes: themes.iter().map(|(t, r)| (t.to_string(), *r)).collect(),
            ..SegmentQuery::default()
        };
        use ThemeRole::*;
        /// Themes with their roles, and the sentences expected back.
        type Case<'a> = (&'a [(&'a str, ThemeRole)], &'a [&'a str]);
        let cases: [Case; 5] = [
            (
                &[("trade", Required)],
                &["Trade grew.", "Sanctions hurt.", "Trade again."],
            ),
            (
                &[("trade", Required), ("sanctions", Required)],
                &["Sanctions hurt."],
            ),
            (
                &[("trade", Required), ("sanctions", Excluded)],
                &["Trade grew.", "Trade again."],
            ),
            (
                &[("sanctions", AnyOf), ("bilateral", AnyOf)],
                &["Sanctions hurt.", "Both agreed."],
            ),
            (
                &[],
                &[
                    "Trade grew.",
                    "Sanctions hurt.",
                    "Both agreed.",
                    "Trade again.",
                ],
            ),
        ];
        for (themes, expected) in cases {
            assert_eq!(texts(&ws, &q(themes)), expected, "{themes:?}");
        }
    }

    #[test]
    fn speakers_countries_and_dates_narrow_it() {
        let ws = workspace();
        let trade = vec![("trade".to_string(), ThemeRole::AnyOf)];
        let by = |speaker: SpeakerPick| SegmentQuery {
            themes: trade.clone(),
            speaker,
            ..SegmentQuery::default()
        };
        assert_eq!(
            texts(&ws, &by(SpeakerPick::Country(" china ".into()))),
            ["Trade grew."]
        );
        assert_eq!(
            texts(&ws, &by(SpeakerPick::Country("Iran".into()))),
            ["Sanctions hurt."]
        );
        assert_eq!(texts(&ws, &by(SpeakerPick::Narration)), ["Trade again."]);
        assert!(texts(&ws, &by(SpeakerPick::Both)).is_empty());
        let in_2022 = SegmentQuery {
            themes: trade.clone(),
            from: Some("2021-01-01".into()),
            to: Some("2022-12-31".into()),
            ..SegmentQuery::default()
        };
        assert_eq!(texts(&ws, &in_2022), ["Trade again."]);
        let segment = &retrieve(&ws, &by(SpeakerPick::Country("China".into())))[0];
        assert_eq!(segment.speaker, "Xi Jinping");
        assert_eq!(segment.date.as_deref(), Some("2020-03-27"));
        assert_eq!(participant_countries(&ws), ["China", "Iran"]);
    }
}

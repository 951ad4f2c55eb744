//! What an edit is checked against before it changes anything: the document it names, and
//! the ids, names, theme lists, speakers and sentence spans it brings. Shared by applying
//! edits and by the builders, so both refuse with the same errors.

use super::codebook::Codebook;
use super::document::{AnnotatedDocument, Sentence};
use super::edit::{err, over_limit, unknown_participant, unknown_theme, EditError, EditErrorKind};
use super::workspace::Workspace;
use crate::export::limits;
use crate::readout::{Span, Speaker};

impl Workspace {
    pub(super) fn require_document(&self, id: &str) -> Result<&AnnotatedDocument, EditError> {
        self.document(id).map(|d| &**d).ok_or_else(|| {
            EditError::new(
                EditErrorKind::UnknownDocument,
                format!("no document with id {id:?}"),
            )
        })
    }

    pub(super) fn doc_index(&self, id: &str) -> Result<usize, EditError> {
        self.document_index(id).ok_or_else(|| {
            err(
                EditErrorKind::UnknownDocument,
                format!("no document with id {id:?}"),
            )
        })
    }
}

pub(super) fn check_theme_list(codebook: &Codebook, themes: &[String]) -> Result<(), EditError> {
    for (i, t) in themes.iter().enumerate() {
        if !codebook.contains(t) {
            return Err(unknown_theme(t));
        }
        if themes[..i].contains(t) {
            return Err(err(
                EditErrorKind::InvalidValue,
                format!("theme {t:?} is listed twice"),
            ));
        }
    }
    Ok(())
}

pub(super) fn check_speaker(d: &AnnotatedDocument, speaker: &Speaker) -> Result<(), EditError> {
    match speaker {
        Speaker::Participant(id) if d.participant(id).is_none() => {
            Err(unknown_participant(&d.id, id))
        }
        _ => Ok(()),
    }
}

pub(super) fn check_sentence(
    d: &AnnotatedDocument,
    codebook: &Codebook,
    s: &Sentence,
) -> Result<(), EditError> {
    let invalid = |why: String| {
        err(
            EditErrorKind::InvalidSentence,
            format!("sentence {}: {why}", s.id),
        )
    };
    let p = d
        .paragraphs
        .get(s.paragraph)
        .ok_or_else(|| invalid(format!("no paragraph {}", s.paragraph)))?;
    let Span { start, end } = s.span;
    if start >= end || start < p.span.start || end > p.span.end {
        return Err(invalid(format!(
            "span {start}..{end} is empty or outside its paragraph"
        )));
    }
    if !d.text.is_char_boundary(start) || !d.text.is_char_boundary(end) {
        return Err(invalid(format!("span {start}..{end} cuts a character")));
    }
    check_theme_list(codebook, &s.themes)?;
    check_speaker(d, &s.speaker)
}

pub(super) fn check_participant_id(id: &str) -> Result<(), EditError> {
    if id.trim().is_empty() || id == "both" {
        return Err(err(
            EditErrorKind::InvalidValue,
            format!("{id:?} cannot be a participant id"),
        ));
    }
    Ok(())
}

pub(super) fn check_theme_id(id: &str) -> Result<(), EditError> {
    if id.trim().is_empty() {
        return Err(err(
            EditErrorKind::InvalidValue,
            "a theme id cannot be blank",
        ));
    }
    Ok(())
}

pub(super) fn check_theme_name(name: &str) -> Result<(), EditError> {
    if name.trim().is_empty() {
        return Err(err(
            EditErrorKind::InvalidValue,
            "a theme name cannot be blank",
        ));
    }
    Ok(())
}

/// Checks that a codebook's ids are present and unique and its names not blank.
pub fn check_codebook(codebook: &Codebook) -> Result<(), EditError> {
    limits::check_themes(codebook.themes.len()).map_err(over_limit)?;
    for (i, t) in codebook.themes.iter().enumerate() {
        check_theme_id(&t.id)?;
        check_theme_name(&t.name)?;
        if codebook.themes[..i].iter().any(|u| u.id == t.id) {
            return Err(err(
                EditErrorKind::DuplicateId,
                format!("theme id {:?} is used twice", t.id),
            ));
        }
    }
    Ok(())
}

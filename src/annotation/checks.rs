//! What an edit is checked against before it changes anything: the document it names, and
//! the ids, names, theme lists, speakers and sentence spans it brings. Shared by applying
//! edits and by the builders, so both refuse with the same errors; the model's own rules are
//! [`validate`]'s, here only turned into edit refusals.

use super::codebook::{is_shortcut_key, Codebook};
use super::document::{AnnotatedDocument, Sentence, SentenceId};
use super::edit::{err, over_limit, EditError, EditErrorKind};
use super::validate::{self, Place, Problem, ProblemKind};
use super::workspace::Workspace;
use crate::export::limits;
use crate::readout::Speaker;

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

/// A broken model rule ([`validate`]) as the edit's refusal.
pub(super) fn refusal(problem: Problem) -> EditError {
    let kind = match (problem.kind, &problem.place) {
        (ProblemKind::UnknownTheme, _) => EditErrorKind::UnknownTheme,
        (ProblemKind::UnknownSpeaker, _) => EditErrorKind::UnknownParticipant,
        (ProblemKind::DuplicateId, _) => EditErrorKind::DuplicateId,
        (ProblemKind::InvalidId | ProblemKind::RepeatedTheme, _) => EditErrorKind::InvalidValue,
        (_, Place::Sentence(_)) => EditErrorKind::InvalidSentence,
        _ => EditErrorKind::InvalidValue,
    };
    err(kind, problem.to_string())
}

pub(super) fn check_theme_list(
    codebook: &Codebook,
    sentence: SentenceId,
    themes: &[String],
) -> Result<(), EditError> {
    validate::check_themes(codebook, themes, &Place::Sentence(sentence)).map_err(refusal)
}

pub(super) fn check_speaker(
    d: &AnnotatedDocument,
    sentence: SentenceId,
    speaker: &Speaker,
) -> Result<(), EditError> {
    validate::check_speaker(&d.participants, speaker, &Place::Sentence(sentence)).map_err(refusal)
}

/// A sentence an edit brings: its position in `d`, its themes and its speaker.
pub(super) fn check_sentence(
    d: &AnnotatedDocument,
    codebook: &Codebook,
    s: &Sentence,
) -> Result<(), EditError> {
    validate::check_position(d, s).map_err(refusal)?;
    check_theme_list(codebook, s.id, &s.themes)?;
    check_speaker(d, s.id, &s.speaker)
}

pub(super) fn check_participant_id(id: &str, index: usize) -> Result<(), EditError> {
    validate::check_participant_id(id, Place::Participant(index)).map_err(refusal)
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

/// A theme's parent, when it has one, must be another theme of the codebook and must not sit
/// under the theme itself, so the codebook stays a tree.
pub(super) fn check_theme_parent(
    codebook: &Codebook,
    id: &str,
    parent: Option<&str>,
) -> Result<(), EditError> {
    let Some(parent) = parent else {
        return Ok(());
    };
    if !codebook.contains(parent) {
        return Err(err(
            EditErrorKind::UnknownTheme,
            format!("theme {id:?} is placed under {parent:?}, which is not in the codebook"),
        ));
    }
    if codebook.is_within(parent, id) {
        return Err(err(
            EditErrorKind::InvalidValue,
            format!("theme {id:?} cannot sit under {parent:?}, which sits under it"),
        ));
    }
    Ok(())
}

/// Checks that a codebook's ids are present and unique and its names not blank, its keys
/// unique, and its parents form a tree.
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
        if let Some(key) = t.key {
            if !is_shortcut_key(key) {
                return Err(err(
                    EditErrorKind::InvalidValue,
                    format!("theme {:?} has key {key:?}: keys are 1 to 9", t.id),
                ));
            }
            if codebook.themes[..i].iter().any(|u| u.key == Some(key)) {
                return Err(err(
                    EditErrorKind::DuplicateId,
                    format!("key {key} is held by two themes"),
                ));
            }
        }
    }
    for t in &codebook.themes {
        check_theme_parent(codebook, &t.id, t.parent.as_deref())?;
    }
    Ok(())
}

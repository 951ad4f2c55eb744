//! The autosave record as pages wrote it before records carried a version.
//!
//! Those records were the serde form of the parser's own types (speakers as `"Narration"`,
//! `{"Participant": "p1"}` or `"Both"`, front-matter spans as `{"start", "end"}` objects). The
//! types here are a frozen copy of that form, so the parser's types can change without
//! breaking what browsers already hold; a record read here becomes a current
//! [`DocumentSnapshot`] and is written again in the current version.

use serde::Deserialize;

use super::snapshot::{DocumentSnapshot, StoredParticipant, StoredSentence, VERSION};
use crate::annotation::SentenceId;
use crate::readout::Speaker;

/// A document record without a version.
#[derive(Deserialize)]
pub(super) struct LegacySnapshot {
    id: String,
    title: String,
    date: Option<String>,
    date_text: Option<String>,
    event: String,
    /// Participants were stored in the shape they still have; a change to
    /// [`StoredParticipant`] must give this reader a frozen copy of the old one.
    participants: Vec<StoredParticipant>,
    front_matter: Vec<LegacyLine>,
    paragraphs: Vec<[usize; 4]>,
    sentences: Vec<LegacySentence>,
}

#[derive(Deserialize)]
struct LegacySpan {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct LegacyLine {
    span: LegacySpan,
    kind: String,
}

/// Id, paragraph index, start, end, speaker, themes, note.
#[derive(Deserialize)]
struct LegacySentence(
    SentenceId,
    usize,
    usize,
    usize,
    LegacySpeaker,
    Vec<String>,
    String,
);

#[derive(Deserialize)]
enum LegacySpeaker {
    Narration,
    Participant(String),
    Both,
}

impl From<LegacySpeaker> for Speaker {
    fn from(speaker: LegacySpeaker) -> Self {
        match speaker {
            LegacySpeaker::Narration => Speaker::Narration,
            LegacySpeaker::Participant(id) => Speaker::Participant(id),
            LegacySpeaker::Both => Speaker::Both,
        }
    }
}

impl From<LegacySnapshot> for DocumentSnapshot {
    fn from(legacy: LegacySnapshot) -> Self {
        DocumentSnapshot {
            version: VERSION,
            id: legacy.id,
            title: legacy.title,
            date: legacy.date,
            date_text: legacy.date_text,
            event: legacy.event,
            participants: legacy.participants,
            front_matter: legacy
                .front_matter
                .into_iter()
                .map(|l| (l.span.start, l.span.end, l.kind))
                .collect(),
            paragraphs: legacy.paragraphs,
            sentences: legacy
                .sentences
                .into_iter()
                .map(
                    |LegacySentence(id, paragraph, start, end, speaker, themes, note)| {
                        let speaker = Speaker::from(speaker);
                        let speaker = speaker.wire_id().map(str::to_owned);
                        StoredSentence(id, paragraph, start, end, speaker, themes, note)
                    },
                )
                .collect(),
        }
    }
}

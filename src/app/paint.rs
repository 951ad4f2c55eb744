//! How themes and speakers look on the page: colours, bands and marks. Rebuilt only when the
//! codebook or the participants change, and shared by every sentence row.

use yew::AttrValue;

use crate::annotation::speaker_marks::{initials, participant_marks, participant_ordinal};
use crate::annotation::{speaker_label, Codebook};
use crate::readout::{Participant, Speaker};

/// One theme as a row draws it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeLook {
    /// Theme id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// `#rrggbb`.
    pub color: String,
    /// Black or white, whichever reads on `color` (for the key on a stripe).
    pub ink: &'static str,
    /// Shortcut key, when it has one.
    pub key: Option<char>,
}

/// The codebook's looks, in codebook order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThemePaint {
    looks: Vec<ThemeLook>,
}

impl ThemePaint {
    /// Looks for every theme of the codebook.
    pub fn new(codebook: &Codebook) -> Self {
        let looks = codebook
            .themes
            .iter()
            .map(|theme| ThemeLook {
                id: theme.id.clone(),
                name: theme.name.clone(),
                color: theme.color.to_string(),
                ink: if theme.color.contrasting_text().r == 0 {
                    "#000"
                } else {
                    "#fff"
                },
                key: theme.key,
            })
            .collect();
        Self { looks }
    }

    /// The looks of the listed theme ids, in the sentence's order (unknown ids skipped).
    pub fn of<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = &'a ThemeLook> + 'a {
        ids.iter()
            .filter_map(|id| self.looks.iter().find(|look| look.id == *id))
    }

    /// Inline style for a labelled sentence: a light tint of its first theme, so coded text
    /// stands out while the stripes in the margin say which themes.
    pub fn sentence_style(&self, ids: &[String]) -> Option<String> {
        let first = self.of(ids).next()?;
        Some(format!("--tint: {}1f", first.color))
    }

    /// Every theme's id, in codebook order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.looks.iter().map(|look| look.id.as_str())
    }

    /// Theme names for a tooltip ("Public health; Sanctions").
    pub fn names(&self, ids: &[String]) -> String {
        self.of(ids)
            .map(|look| look.name.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// Colours for participants, dark enough for white initials (contrast at least 4.5:1) and
/// apart in hue. A participant keeps its colour (see [`participant_ordinal`]); the list
/// repeats only past twelve participants, whose initials still tell them apart.
const SPEAKER_COLORS: [&str; 12] = [
    "#1f5fbf", "#b3261e", "#2e7d32", "#8e24aa", "#a34400", "#00695c", "#5d4037", "#ad1457",
    "#283593", "#556b00", "#00668a", "#6a4c93",
];

/// The colour of "both sides".
const BOTH_COLOR: &str = "#374151";

/// The colour of narration's mark (an outline, not a fill).
const NARRATION_COLOR: &str = "#6b7280";

/// The colour of a participant's mark, fixed by its id.
pub fn participant_color(id: &str) -> &'static str {
    SPEAKER_COLORS[participant_ordinal(id) % SPEAKER_COLORS.len()]
}

/// Which kind of mark a speaker gets in the margin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerKind {
    /// A participant: initials on their colour.
    Participant,
    /// Both sides: a two-sided mark.
    Both,
    /// Narration: an empty outline.
    Narration,
}

/// How one speaker looks in the margin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpeakerLook {
    /// Initials, "Both", or "" for narration.
    pub mark: AttrValue,
    /// The full name, for the tooltip and the screen reader.
    pub name: AttrValue,
    /// Its colour.
    pub color: &'static str,
    /// Its kind.
    pub kind: SpeakerKind,
}

/// The looks of a document's speakers, rebuilt when its participants change and shared by
/// every sentence row.
#[derive(Debug, PartialEq)]
pub struct SpeakerLooks {
    participants: Vec<(String, SpeakerLook)>,
    both: SpeakerLook,
    narration: SpeakerLook,
}

impl SpeakerLooks {
    /// The looks of a document with these participants.
    pub fn new(participants: &[Participant]) -> Self {
        let marks = participant_marks(participants);
        let participants = participants
            .iter()
            .zip(marks)
            .map(|(p, mark)| {
                let look = SpeakerLook {
                    mark: mark.into(),
                    name: p.name.clone().into(),
                    color: participant_color(&p.id),
                    kind: SpeakerKind::Participant,
                };
                (p.id.clone(), look)
            })
            .collect();
        Self {
            participants,
            both: SpeakerLook {
                mark: "Both".into(),
                name: speaker_label(&[], &Speaker::Both).into(),
                color: BOTH_COLOR,
                kind: SpeakerKind::Both,
            },
            narration: SpeakerLook {
                mark: "".into(),
                name: speaker_label(&[], &Speaker::Narration).into(),
                color: NARRATION_COLOR,
                kind: SpeakerKind::Narration,
            },
        }
    }

    /// How this speaker looks; an id no participant has looks like its own participant.
    pub fn of(&self, speaker: &Speaker) -> SpeakerLook {
        match speaker {
            Speaker::Narration => self.narration.clone(),
            Speaker::Both => self.both.clone(),
            Speaker::Participant(id) => self
                .participants
                .iter()
                .find(|(pid, _)| pid == id)
                .map(|(_, look)| look.clone())
                .unwrap_or_else(|| SpeakerLook {
                    mark: initials(id).into(),
                    name: id.clone().into(),
                    color: participant_color(id),
                    kind: SpeakerKind::Participant,
                }),
        }
    }
}

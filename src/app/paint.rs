//! How themes and speakers look on the page: colours, bands and marks. Rebuilt only when the
//! codebook or the participants change, and shared by every sentence row.

use crate::annotation::Codebook;
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
    /// Shortcut key, when it has one.
    pub key: Option<char>,
}

/// The codebook's looks, in codebook order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ThemePaint {
    looks: Vec<ThemeLook>,
}

/// Thickness of one theme's band under a sentence, in pixels.
const BAND: usize = 4;

impl ThemePaint {
    /// Looks for every theme of the codebook.
    pub fn new(codebook: &Codebook) -> Self {
        let looks = codebook
            .themes
            .iter()
            .enumerate()
            .map(|(index, theme)| ThemeLook {
                id: theme.id.clone(),
                name: theme.name.clone(),
                color: theme.color.to_string(),
                key: Codebook::key_of_index(index),
            })
            .collect();
        Self { looks }
    }

    /// The looks of the listed theme ids, in the sentence's order (unknown ids skipped).
    pub fn of<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = &'a ThemeLook> + 'a {
        ids.iter()
            .filter_map(|id| self.looks.iter().find(|look| look.id == *id))
    }

    /// Inline style for a labelled sentence: a light tint of its first theme and one coloured
    /// band per theme under the text, so several themes show at once.
    pub fn sentence_style(&self, ids: &[String]) -> Option<String> {
        let looks: Vec<&ThemeLook> = self.of(ids).collect();
        let first = looks.first()?;
        let mut stops = Vec::with_capacity(looks.len() + 1);
        for (i, look) in looks.iter().enumerate() {
            stops.push(format!(
                "{} {}px {}px",
                look.color,
                i * BAND,
                (i + 1) * BAND
            ));
        }
        stops.push(format!("transparent {}px", looks.len() * BAND));
        Some(format!(
            "background-color: {}22; --bands: linear-gradient(to top, {}); --band-size: {}px",
            first.color,
            stops.join(", "),
            looks.len() * BAND + 1
        ))
    }

    /// Theme names for a tooltip ("Public health; Sanctions").
    pub fn names(&self, ids: &[String]) -> String {
        self.of(ids)
            .map(|look| look.name.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// Colours for speakers: participants in order, then joint statements.
const SPEAKER_COLORS: [&str; 6] = [
    "#1f5fbf", "#b3261e", "#2e7d32", "#8e24aa", "#e65100", "#00695c",
];

/// The colour of a speaker's tag.
pub fn speaker_color(participants: &[Participant], speaker: &Speaker) -> &'static str {
    match speaker {
        Speaker::Narration => "#6b7280",
        Speaker::Both => "#4b5563",
        Speaker::Participant(id) => {
            let index = participants.iter().position(|p| p.id == *id).unwrap_or(0);
            SPEAKER_COLORS[index % SPEAKER_COLORS.len()]
        }
    }
}

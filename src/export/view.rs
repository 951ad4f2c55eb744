//! Where the user was: the open document, its filter and the focused sentence, kept apart
//! from the workspace (it is not work, and losing it loses nothing) so a reload comes back
//! to the same place.

use serde::{Deserialize, Serialize};

use crate::annotation::{SentenceFilter, SentenceId};

/// The view to come back to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedView {
    /// The open document's id.
    pub document: String,
    /// Which sentences were shown.
    pub filter: SentenceFilter,
    /// The sentence with the keyboard focus (and so the scroll position).
    pub focus: Option<SentenceId>,
}

/// The stored shape: the filter as its [`SentenceFilter::wire_value`].
#[derive(Serialize, Deserialize)]
struct ViewRecord {
    document: String,
    filter: String,
    focus: Option<u32>,
}

impl SavedView {
    /// The view as stored.
    pub fn to_json(&self) -> String {
        let record = ViewRecord {
            document: self.document.clone(),
            filter: self.filter.wire_value(),
            focus: self.focus.map(|id| id.0),
        };
        serde_json::to_string(&record).expect("a view record always serializes")
    }

    /// A stored view; `None` for anything else (an older shape, a damaged value), which
    /// simply means the page opens as it would without one.
    pub fn from_json(json: &str) -> Option<Self> {
        let record: ViewRecord = serde_json::from_str(json).ok()?;
        Some(Self {
            document: record.document,
            filter: SentenceFilter::from_wire_value(&record.filter)?,
            focus: record.focus.map(SentenceId),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::readout::Speaker;

    #[test]
    fn every_filter_comes_back_as_it_was_stored() {
        let filters = [
            SentenceFilter::All,
            SentenceFilter::Unlabelled,
            SentenceFilter::Theme("trade".into()),
            SentenceFilter::Theme("a:b".into()),
            SentenceFilter::Speaker(Speaker::Both),
            SentenceFilter::Speaker(Speaker::Narration),
            SentenceFilter::Speaker(Speaker::Participant("p2".into())),
        ];
        for filter in filters {
            for focus in [None, Some(SentenceId(7))] {
                let view = SavedView {
                    document: "abc".into(),
                    filter: filter.clone(),
                    focus,
                };
                assert_eq!(SavedView::from_json(&view.to_json()), Some(view));
            }
        }
    }

    #[test]
    fn anything_else_is_no_view() {
        for stored in [
            "",
            "null",
            "{}",
            "[1]",
            r#"{"document":"a","filter":"odd","focus":null}"#,
        ] {
            assert_eq!(SavedView::from_json(stored), None, "{stored:?}");
        }
    }
}

//! The autosave record as pages wrote it before records carried a version.
//!
//! Those records were the serde form of the parser's own types: a speaker was `"Narration"`,
//! `{"Participant": "p1"}` or `"Both"`, a front-matter line `{"span": {"start", "end"},
//! "kind"}`. Every other field had the shape it still has, so [`super::snapshot`] reads a record
//! of either version in one pass and asks this module only for those two fields; the record is
//! then written again in the current version.

use serde_json::Value;

use crate::readout::Speaker;

/// A speaker as written before versions: its current wire id (`None` for narration), or
/// `None` when the value is not a speaker at all.
pub(super) fn speaker(value: &Value) -> Option<Option<String>> {
    match value {
        Value::String(kind) if kind == "Narration" => Some(None),
        Value::String(kind) if kind == "Both" => Some(Some(Speaker::BOTH_ID.to_owned())),
        Value::Object(tagged) if tagged.len() == 1 => tagged
            .get("Participant")?
            .as_str()
            .map(|id| Some(id.to_owned())),
        _ => None,
    }
}

/// A front-matter line as written before versions: start, end and kind's wire name.
pub(super) fn front_matter_line(value: &Value) -> Option<(usize, usize, String)> {
    let span = value.get("span")?;
    let offset = |name: &str| usize::try_from(span.get(name)?.as_u64()?).ok();
    let kind = value.get("kind")?.as_str()?;
    Some((offset("start")?, offset("end")?, kind.to_owned()))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{front_matter_line, speaker};

    #[test]
    fn the_old_shapes_read_as_the_current_ones() {
        assert_eq!(speaker(&json!("Narration")), Some(None));
        assert_eq!(speaker(&json!("Both")), Some(Some("both".into())));
        assert_eq!(
            speaker(&json!({"Participant": "p2"})),
            Some(Some("p2".into()))
        );
        for not_a_speaker in [
            json!("both"),
            json!(null),
            json!({"Participant": 2}),
            json!([]),
        ] {
            assert_eq!(speaker(&not_a_speaker), None, "{not_a_speaker}");
        }
        let line = json!({"span": {"start": 0, "end": 7}, "kind": "title"});
        assert_eq!(front_matter_line(&line), Some((0, 7, "title".into())));
        assert_eq!(front_matter_line(&json!([0, 7, "title"])), None);
    }
}

//! Autosave records written by the page before records carried a version (stored in
//! `tests/fixtures/autosave/records-2026-12.json`, with the same workspace exported as format
//! v1 beside it) still restore, whole, and are rewritten in the current version.

use std::collections::BTreeMap;

use readout_annotator::annotation::{Sentence, Workspace};
use readout_annotator::export::autosave::{restore_records, StoredValue, OPEN_KEY};
use readout_annotator::export::export_v1;
use readout_annotator::readout::{EventKind, Speaker};

const RECORDS: &str = include_str!("fixtures/autosave/records-2026-12.json");
const AS_V1: &str = include_str!("fixtures/autosave/records-2026-12.v1.json");

fn stored() -> BTreeMap<String, StoredValue> {
    let records: BTreeMap<String, String> = serde_json::from_str(RECORDS).unwrap();
    records
        .into_iter()
        .map(|(key, value)| (key, StoredValue::Text(value)))
        .collect()
}

/// Format v1 of a workspace, without the line that names the build that wrote it.
fn as_v1(workspace: &Workspace) -> serde_json::Value {
    let mut value: serde_json::Value =
        serde_json::from_str(&export_v1(workspace, "2026-12-03T00:00:00Z")).unwrap();
    value.as_object_mut().unwrap().remove("generator");
    value
}

#[test]
fn records_from_before_versioning_restore_whole() {
    let records = stored();
    let restored = restore_records(&records).expect("the fixture holds a workspace");
    assert!(restored.set_aside.is_empty(), "{:?}", restored.set_aside);
    assert!(restored.missing.is_empty());
    let workspace = &restored.workspace;
    assert_eq!(workspace.documents.len(), 3);
    let mut expected: serde_json::Value = serde_json::from_str(AS_V1).unwrap();
    expected.as_object_mut().unwrap().remove("generator");
    assert_eq!(as_v1(workspace), expected);

    // What the user did before saving, checked directly as well as through format v1.
    let first = &workspace.documents[0];
    let noted: Vec<&Sentence> = first
        .sentences
        .iter()
        .map(|s| &**s)
        .filter(|s| !s.note.is_empty())
        .collect();
    assert_eq!(noted.len(), 1);
    assert_eq!(noted[0].note, "ünïcödé ✓ 中国 \"quoted\"");
    assert_eq!(noted[0].themes, ["security", "humanitarian"]);
    assert!(first.sentences.iter().any(|s| s.speaker == Speaker::Both));
    assert!(first
        .participants
        .iter()
        .any(|p| p.id == "p9" && p.name == "Interpreter"));
    assert!(workspace.codebook.contains("humanitarian"));
    let second = &workspace.documents[1];
    assert_eq!(second.event, EventKind::VideoCall);
    assert!(second.title.ends_with("(edited)"));
    assert_eq!(restored.open.as_deref(), Some(second.id.as_str()));
    assert_eq!(
        records.get(OPEN_KEY),
        Some(&StoredValue::Text(second.id.clone()))
    );
}

#[test]
fn records_from_before_versioning_are_rewritten_once_in_the_current_version() {
    let mut records = stored();
    let restored = restore_records(&records).unwrap();
    assert!(restored.rewrite);
    let ids: Vec<&str> = restored
        .workspace
        .documents
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(restored.migrated, ids);
    let rewritten = restored.rewritten_records();
    for id in &ids {
        let key = format!("doc:{id}");
        let (_, value) = rewritten
            .iter()
            .find(|(k, _)| *k == key)
            .expect("each snapshot is rewritten");
        let record: serde_json::Value = serde_json::from_str(value).unwrap();
        assert_eq!(record["version"], 2, "{key}");
    }
    for (key, value) in rewritten {
        records.insert(key, StoredValue::Text(value));
    }
    let again = restore_records(&records).unwrap();
    assert!(again.migrated.is_empty() && again.set_aside.is_empty());
    assert!(!again.rewrite, "a migrated store is not rewritten again");
    assert_eq!(again.workspace, restored.workspace);
}

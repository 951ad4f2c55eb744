//! Restoring the autosave store record by record.

use super::*;

const TEXTS: [&str; 3] = [
    "First readout\n\nA spoke with B. They agreed on trade.",
    "Second readout\n\nC met D. They discussed climate.",
    "Third readout\n\nE called F. They talked about security.",
];

/// The records the page saves for three documents, each with its first sentence labelled.
fn stored() -> (BTreeMap<String, StoredValue>, Vec<AnnotatedDocument>) {
    let codebook = Codebook::diplomatic_default();
    let theme = codebook.themes[0].id.clone();
    let mut records = BTreeMap::new();
    let mut documents = Vec::new();
    for text in TEXTS {
        let mut doc = AnnotatedDocument::parse(text);
        Rc::make_mut(&mut doc.sentences[0])
            .themes
            .push(theme.clone());
        records.insert(text_key(&doc.id), StoredValue::Text(text.to_owned()));
        records.insert(
            snapshot_key(&doc.id),
            StoredValue::Text(DocumentSnapshot::to_json(&doc)),
        );
        documents.push(doc);
    }
    let order: Vec<&str> = documents.iter().map(|d| d.id.as_str()).collect();
    records.insert(
        ORDER_KEY.into(),
        StoredValue::Text(serde_json::to_string(&order).unwrap()),
    );
    records.insert(
        CODEBOOK_KEY.into(),
        StoredValue::Text(export_codebook(&codebook)),
    );
    (records, documents)
}

fn ids(restored: &Restored) -> Vec<&str> {
    restored
        .workspace
        .documents
        .iter()
        .map(|d| d.id.as_str())
        .collect()
}

fn text(value: &str) -> StoredValue {
    StoredValue::Text(value.to_owned())
}

#[test]
fn nothing_stored_restores_nothing() {
    assert_eq!(restore_records(&BTreeMap::new()), None);
}

#[test]
fn an_intact_store_restores_everything_and_rewrites_nothing() {
    let (records, documents) = stored();
    let restored = restore_records(&records).unwrap();
    let expected: Vec<Rc<AnnotatedDocument>> = documents.into_iter().map(Rc::new).collect();
    assert_eq!(restored.workspace.documents, expected);
    assert!(restored.set_aside.is_empty() && restored.missing.is_empty());
    assert!(!restored.rewrite);
    assert_eq!(restored.summary(), None);
}

#[test]
fn the_document_on_screen_is_restored_when_it_still_exists() {
    let (mut records, documents) = stored();
    assert_eq!(restore_records(&records).unwrap().open, None);
    records.insert(OPEN_KEY.into(), text(&documents[1].id));
    assert_eq!(
        restore_records(&records).unwrap().open.as_deref(),
        Some(documents[1].id.as_str())
    );
    // A removed document, or a value someone else wrote: the view falls back, nothing is
    // set aside or rewritten for it.
    for stale in [
        text("no-such-document"),
        StoredValue::NotText {
            not_text: "42".into(),
        },
    ] {
        records.insert(OPEN_KEY.into(), stale);
        let restored = restore_records(&records).unwrap();
        assert_eq!(restored.open, None);
        assert!(restored.set_aside.is_empty() && !restored.rewrite);
        assert_eq!(restored.workspace.documents.len(), 3);
    }
}

#[test]
fn one_damaged_document_costs_only_that_document() {
    let (records, documents) = stored();
    let victim = &documents[1];
    let snapshot = match &records[&snapshot_key(&victim.id)] {
        StoredValue::Text(json) => json.clone(),
        StoredValue::NotText { .. } => unreachable!(),
    };
    let span = victim.sentences[0].span;
    let damages: Vec<(&str, BTreeMap<String, StoredValue>)> = vec![
        ("cut short", {
            let mut r = records.clone();
            r.insert(
                snapshot_key(&victim.id),
                text(&snapshot[..snapshot.len() / 2]),
            );
            r
        }),
        ("impossible offset", {
            let mut r = records.clone();
            let bad = snapshot.replacen(&format!("{},{}", span.start, span.end), "0,99999", 1);
            assert_ne!(bad, snapshot);
            r.insert(snapshot_key(&victim.id), text(&bad));
            r
        }),
        ("text missing", {
            let mut r = records.clone();
            r.remove(&text_key(&victim.id));
            r
        }),
        ("unknown theme", {
            let mut r = records.clone();
            let theme = &victim.sentences[0].themes[0];
            let bad = snapshot.replace(&format!("\"{theme}\""), "\"no-such-theme\"");
            assert_ne!(bad, snapshot);
            r.insert(snapshot_key(&victim.id), text(&bad));
            r
        }),
        ("text not a string", {
            let mut r = records.clone();
            r.insert(
                text_key(&victim.id),
                StoredValue::NotText {
                    not_text: "42".into(),
                },
            );
            r
        }),
    ];
    for (damage, damaged) in damages {
        let restored = restore_records(&damaged).unwrap();
        assert_eq!(
            ids(&restored),
            [documents[0].id.as_str(), documents[2].id.as_str()],
            "{damage}"
        );
        assert_eq!(restored.set_aside.len(), 1, "{damage}");
        let aside = &restored.set_aside[0];
        assert_eq!(
            aside.document.as_deref(),
            Some(victim.id.as_str()),
            "{damage}"
        );
        // Every record of the damaged document that was there is kept, byte for byte.
        for key in [text_key(&victim.id), snapshot_key(&victim.id)] {
            assert_eq!(
                aside.records.get(&key),
                damaged.get(&key),
                "{damage}: {key}"
            );
        }
        assert!(restored.rewrite, "{damage}");
        let summary = restored.summary().unwrap();
        assert!(
            summary.starts_with("Restored 2 documents; 1 damaged document set aside"),
            "{damage}: {summary}"
        );
        // The order written back lists the intact documents only.
        let order = &restored.rewritten_records()[0];
        assert_eq!(order.0, ORDER_KEY);
        let order: Vec<String> = serde_json::from_str(&order.1).unwrap();
        assert_eq!(order, [documents[0].id.clone(), documents[2].id.clone()]);
    }
}

#[test]
fn a_damaged_order_is_set_aside_and_rebuilt_from_the_documents() {
    let (mut records, documents) = stored();
    records.insert(ORDER_KEY.into(), text("[\"cut"));
    let restored = restore_records(&records).unwrap();
    let mut expected: Vec<&str> = documents.iter().map(|d| d.id.as_str()).collect();
    expected.sort_by_key(|id| {
        let d = documents.iter().find(|d| d.id == *id).unwrap();
        (d.date.clone(), d.title.clone())
    });
    assert_eq!(ids(&restored), expected);
    assert_eq!(restored.set_aside.len(), 1);
    assert_eq!(restored.set_aside[0].document, None);
    assert_eq!(
        restored.set_aside[0].records.get(ORDER_KEY),
        Some(&text("[\"cut"))
    );
    assert!(restored.rewrite);
    let summary = restored.summary().unwrap();
    assert!(summary.starts_with("Restored 3 documents; 0 damaged documents set aside"));
    assert!(summary.contains("rebuilt"), "{summary}");
}

#[test]
fn documents_the_order_forgot_are_recovered() {
    // What an earlier page left: an order listing only the newest document.
    let (mut records, documents) = stored();
    records.insert(
        ORDER_KEY.into(),
        text(&serde_json::to_string(&[&documents[2].id]).unwrap()),
    );
    let restored = restore_records(&records).unwrap();
    assert_eq!(restored.workspace.documents.len(), 3);
    assert_eq!(ids(&restored)[0], documents[2].id);
    assert!(restored.set_aside.is_empty());
    assert!(restored.rewrite, "the order must be written again");
}

#[test]
fn a_damaged_codebook_falls_back_to_the_default_and_keeps_the_record() {
    let (mut records, _) = stored();
    records.insert(CODEBOOK_KEY.into(), text("{not json"));
    let restored = restore_records(&records).unwrap();
    // The labels use default themes, so every document still restores.
    assert_eq!(restored.workspace.documents.len(), 3);
    assert_eq!(restored.workspace.codebook, Codebook::diplomatic_default());
    assert_eq!(
        restored.set_aside[0].records.get(CODEBOOK_KEY),
        Some(&text("{not json"))
    );
    assert!(restored.summary().unwrap().contains("default codebook"));
}

#[test]
fn a_listed_document_with_no_records_is_reported() {
    let (mut records, documents) = stored();
    records.insert(
        ORDER_KEY.into(),
        text(&serde_json::to_string(&[&documents[0].id, &"gone".to_owned()]).unwrap()),
    );
    let restored = restore_records(&records).unwrap();
    assert_eq!(restored.missing, ["gone"]);
    assert_eq!(restored.workspace.documents.len(), 3);
    let summary = restored.summary().unwrap();
    assert!(
        summary.contains("1 listed document had nothing stored"),
        "{summary}"
    );
    assert!(
        !summary.contains("download"),
        "nothing to download: {summary}"
    );
}

#[test]
fn labels_stored_under_another_documents_key_are_set_aside() {
    let (mut records, documents) = stored();
    for key in [text_key, snapshot_key] {
        let other = records[&key(&documents[0].id)].clone();
        records.insert(key(&documents[1].id), other);
    }
    let restored = restore_records(&records).unwrap();
    assert_eq!(restored.workspace.documents.len(), 2);
    assert!(restored.set_aside[0].reason.contains("another document"));
}

#[test]
fn the_set_aside_file_keeps_each_entry_and_what_is_known_of_it() {
    let (mut records, documents) = stored();
    records.insert(
        snapshot_key(&documents[0].id),
        text("{\"title\":\"First readout\",\"id\":7}"),
    );
    let restored = restore_records(&records).unwrap();
    let entry = restored.set_aside[0].to_json();
    let file = set_aside_file(&[entry, "not json".into()]);
    let back: serde_json::Value = serde_json::from_str(&file).unwrap();
    let entries = back["set_aside"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["title"], "First readout");
    assert_eq!(entries[0]["records"][text_key(&documents[0].id)], TEXTS[0]);
    assert_eq!(entries[1], "not json");
    // An entry reads back as it was set aside.
    let again: SetAside = serde_json::from_value(entries[0].clone()).unwrap();
    assert_eq!(again, restored.set_aside[0]);
}

//! Change detector: every readout in `seeds/` parses to exactly the title, date, event,
//! participants, sentences and speakers recorded in `tests/snapshots/<name>.json`.
//!
//! The snapshots are the parser's own output, not a judgement of it: they freeze its mistakes
//! as well as its successes, so that any change in what the parser finds on a seed is seen and
//! reviewed. Whether the parser is *right* is `tests/seed_keys.rs`, against keys made by hand.
//! After a reviewed change, `UPDATE_SNAPSHOTS=1 cargo test --test parse_snapshots` rewrites
//! them. A seed without a snapshot fails the test.

use readout_annotator::readout::{parse, EventKind, Speaker};
use serde_json::{json, Value};
use std::path::Path;

fn event_name(e: EventKind) -> &'static str {
    match e {
        EventKind::PhoneCall => "phone_call",
        EventKind::VideoCall => "video_call",
        EventKind::Meeting => "meeting",
        EventKind::Talks => "talks",
        EventKind::Other => "other",
    }
}

fn actual(text: &str) -> Value {
    let d = parse(text);
    let sentences: Vec<Value> = d
        .paragraphs
        .iter()
        .flat_map(|p| p.sentences.iter())
        .map(|s| {
            let speaker = match &s.speaker {
                Speaker::Narration => Value::Null,
                Speaker::Both => json!("both"),
                Speaker::Participant(id) => json!(id),
            };
            json!({ "text": s.span.slice(text), "speaker": speaker })
        })
        .collect();
    let participants: Vec<Value> = d
        .participants
        .iter()
        .map(|p| json!({ "id": p.id, "name": p.name, "title": p.title, "country": p.country }))
        .collect();
    json!({
        "title": d.title.map(|t| t.slice(text)),
        "date": d.date,
        "date_text": d.date_text,
        "event": event_name(d.event),
        "participants": participants,
        "sentences": sentences,
    })
}

#[test]
fn every_seed_parses_as_its_snapshot_records() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds: Vec<_> = std::fs::read_dir(root.join("seeds"))
        .expect("seeds/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    seeds.sort();
    assert!(!seeds.is_empty(), "no seeds found");
    let mut failures = Vec::new();
    for seed in &seeds {
        let stem = seed
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("utf-8 file name");
        let snapshot_path = root.join("tests/snapshots").join(format!("{stem}.json"));
        let text = std::fs::read_to_string(seed).expect("seed is UTF-8");
        let got = actual(&text);
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            let json = serde_json::to_string_pretty(&got).expect("JSON") + "\n";
            std::fs::write(&snapshot_path, json).expect("snapshot written");
            continue;
        }
        let Ok(snapshot) = std::fs::read_to_string(&snapshot_path) else {
            failures.push(format!(
                "{stem}: no snapshot at {} (UPDATE_SNAPSHOTS=1 writes one)",
                snapshot_path.display()
            ));
            continue;
        };
        let expected: Value = serde_json::from_str(&snapshot).expect("snapshot is JSON");
        for key in ["title", "date", "date_text", "event", "participants"] {
            if got[key] != expected[key] {
                failures.push(format!(
                    "{stem}: {key}: expected {} got {}",
                    expected[key], got[key]
                ));
            }
        }
        let want = expected["sentences"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let have = got["sentences"].as_array().cloned().unwrap_or_default();
        for i in 0..want.len().max(have.len()) {
            let (w, h) = (want.get(i), have.get(i));
            if w != h {
                failures.push(format!("{stem}: sentence {i}: expected {w:?} got {h:?}"));
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

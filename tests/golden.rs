//! Golden test: every readout in `seeds/` parses to the title, date, event, participants,
//! sentences and speakers in `tests/golden/<name>.json`, which were written by reading each
//! readout. A seed without a golden file fails the test.

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
fn every_seed_matches_its_golden_file() {
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
        let golden_path = root.join("tests/golden").join(format!("{stem}.json"));
        let Ok(golden) = std::fs::read_to_string(&golden_path) else {
            failures.push(format!(
                "{stem}: no golden file at {}",
                golden_path.display()
            ));
            continue;
        };
        let expected: Value = serde_json::from_str(&golden).expect("golden file is JSON");
        let text = std::fs::read_to_string(seed).expect("seed is UTF-8");
        let got = actual(&text);
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

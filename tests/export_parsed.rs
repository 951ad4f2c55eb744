//! Whatever the parser makes of a text, the result keeps every model invariant and saves and
//! loads back unchanged, as format v1 and as an autosave record: a paste must never produce a
//! workspace that cannot be reloaded.

use proptest::prelude::*;
#[path = "common/property_config.rs"]
mod property_config;
use property_config::property_config;
use readout_annotator::annotation::{check_document, AnnotatedDocument, Codebook, Workspace};
use readout_annotator::export::{export_v1, import_v1, DocumentSnapshot};

fn check(text: &str) -> Result<(), TestCaseError> {
    let doc = AnnotatedDocument::parse(text);
    let codebook = Codebook::diplomatic_default();
    prop_assert_eq!(check_document(&doc, &codebook), Ok(()), "text {:?}", text);
    let saved = DocumentSnapshot::to_json(&doc);
    let restored = DocumentSnapshot::restore(&saved, doc.text.clone(), &codebook);
    prop_assert_eq!(restored.as_ref(), Ok(&doc), "autosave of {:?}", text);
    let mut ws = Workspace::default();
    let edit = ws.add_document_edit(doc);
    ws.apply(edit)
        .expect("an empty workspace takes any document");
    let json = export_v1(&ws, "2026-11-27T22:41:00Z");
    let back = import_v1(&json);
    prop_assert_eq!(back.as_ref(), Ok(&ws), "text {:?}", text);
    Ok(())
}

fn readout_like() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Xi Jinping said that ",
        "Rouhani stressed ",
        "China and Iran. ",
        "U.S. ",
        "Mr. ",
        "😷 ",
        "🇮🇷",
        "中国表示，",
        "合作。",
        "Россия заявила. ",
        "e\u{301}",
        "\r\n",
        "\n",
        "\n\n",
        "\r\n\r\n",
        "\u{a0}",
        "\u{feff}",
        "\u{200b}",
        "“Quoted.” ",
        "1. ",
        "(2) ",
        "March 27, 2020\n",
        "READOUT\n",
        "Share\n",
        "...",
        "?!",
        " ",
        "\t",
        "\r",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(property_config(256))]

    #[test]
    fn parsed_readouts_round_trip(text in readout_like()) {
        check(&text)?;
    }

    #[test]
    fn parsed_arbitrary_text_round_trips(text in any::<String>()) {
        check(&text)?;
    }
}

#[test]
fn every_seed_and_corpus_readout_round_trips() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for dir in ["seeds", "tests/corpus"] {
        for entry in std::fs::read_dir(root.join(dir)).expect(dir) {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&path).expect("UTF-8 readout");
                check(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                checked += 1;
            }
        }
    }
    assert!(checked > 60, "only {checked} readouts found");
}

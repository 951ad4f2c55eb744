//! The hand-written CSV and ZIP writers (src/export/rfc4180.rs, stored_zip.rs), read back by
//! the `csv` and `zip` crates: independent readers that the page no longer ships, kept as
//! dev-dependencies to check that what we write is what other tools read.

#[path = "annotation_support.rs"]
mod support;

use readout_annotator::annotation::SentenceId;
use std::io::{Cursor, Read};

use proptest::prelude::*;
#[path = "common/property_config.rs"]
mod property_config;
use property_config::property_config;
use readout_annotator::export::{
    crc32, is_formula_cell, write_csv, write_csv_with, CsvOptions, Formulas, StoredZip,
};

/// Every record of `text`, as the `csv` crate reads it (no header row, no BOM handling).
fn read_csv(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.expect("a well-formed record")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect()
}

/// Raw cells read back exactly; by default, formula cells read back after a `'`.
fn csv_round_trip(rows: &[Vec<String>]) {
    let raw = |bom| CsvOptions {
        bom,
        formulas: Formulas::Raw,
    };
    let plain = write_csv_with(raw(false), rows);
    assert_eq!(read_csv(&plain), rows, "{plain:?}");
    let neutralised: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| {
                    if is_formula_cell(c) {
                        format!("'{c}")
                    } else {
                        c.clone()
                    }
                })
                .collect()
        })
        .collect();
    assert_eq!(read_csv(&write_csv(false, rows)), neutralised);
    let bom = write_csv_with(raw(true), rows);
    assert_eq!(bom.strip_prefix('\u{feff}'), Some(plain.as_str()));
    for line in plain.split_inclusive('\n') {
        assert!(line.ends_with("\r\n") || line.ends_with('\n'), "{line:?}");
    }
}

fn strings(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[test]
fn csv_edge_cases_read_back() {
    let cases: &[&[&[&str]]] = &[
        &[&["a", "b"], &["", ""], &["", "x"], &["x", ""]],
        &[&[""]],
        &[&["", "", ""]],
        &[&["\"", "\"\"", "a\"b", "\"start", "end\""]],
        &[&["a,b", ",", ",,"]],
        &[&["one\r\ntwo", "\r", "\n", "\n\n", "x\ry", "trailing\r\n"]],
        &[&["😀", "👩‍👩‍👧", "🇮🇷", "中国。", "e\u{301}", "\u{feff}bom inside"]],
        &[&[" spaced ", "\ttab", "=SUM(A1)", "#", "'quote"]],
        &[&["short"], &["a", "longer", "row"]],
    ];
    for rows in cases {
        csv_round_trip(&strings(rows));
    }
    assert_eq!(write_csv::<String>(false, Vec::<Vec<String>>::new()), "");
}

#[test]
fn csv_quotes_only_what_rfc_4180_requires() {
    let text = write_csv(false, [["plain", "a,b", "say \"hi\"", "two\nlines", ""]]);
    assert_eq!(text, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
}

proptest! {
    #![proptest_config(property_config(512))]
    #[test]
    fn any_cells_read_back_from_csv(
        rows in prop::collection::vec(
            prop::collection::vec(
                prop_oneof![
                    any::<String>(),
                    "[\",\r\n a😀é中]{0,6}",
                ],
                1..6,
            ),
            0..6,
        )
    ) {
        csv_round_trip(&rows);
    }
}

/// Every entry of `bytes` as the `zip` crate reads it: name, contents, CRC, time, method.
fn read_zip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip the zip crate reads");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("an entry");
            assert_eq!(f.compression(), zip::CompressionMethod::Stored);
            let time = f.last_modified().expect("a DOS timestamp");
            assert_eq!(
                (
                    time.year(),
                    time.month(),
                    time.day(),
                    time.hour(),
                    time.minute()
                ),
                (1980, 1, 1, 0, 0)
            );
            let mut contents = Vec::new();
            // Reading to the end checks the CRC.
            f.read_to_end(&mut contents)
                .expect("contents with the right CRC");
            assert_eq!(f.crc32(), crc32(&contents));
            (f.name().to_string(), contents)
        })
        .collect()
}

fn zip_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = StoredZip::new();
    for (name, contents) in entries {
        zip.add(name, contents);
    }
    zip.finish()
}

#[test]
fn zip_with_no_entries_reads_back_empty() {
    assert_eq!(read_zip(&zip_of(&[])), vec![]);
}

#[test]
fn zip_entries_read_back_with_names_and_bytes() {
    let entries: Vec<(String, Vec<u8>)> = [
        ("project.qde", "<Project/>\n".as_bytes()),
        ("sources/empty.txt", b""),
        (
            "sources/中国 readout.txt",
            "中国。\r\nline two 😀".as_bytes(),
        ),
        ("sources/émigré/ñ.txt", b"\0\xff binary \r\n"),
        ("👩‍👩‍👧.txt", b"x"),
    ]
    .iter()
    .map(|(n, c)| (n.to_string(), c.to_vec()))
    .collect();
    let bytes = zip_of(&entries);
    assert_eq!(read_zip(&bytes), entries);
    assert_eq!(
        bytes,
        zip_of(&entries),
        "the same entries give the same bytes"
    );
}

#[test]
fn zip_past_65535_entries_uses_zip64() {
    let entries: Vec<(String, Vec<u8>)> = (0..70_000)
        .map(|i| (format!("e/{i}"), i.to_string().into_bytes()))
        .collect();
    let bytes = zip_of(&entries);
    assert!(
        bytes.windows(4).any(|w| w == b"PK\x06\x06"),
        "a ZIP64 end record"
    );
    assert_eq!(read_zip(&bytes), entries);
}

proptest! {
    #![proptest_config(property_config(256))]
    #[test]
    fn any_entries_read_back_from_zip(
        entries in prop::collection::btree_map(
            "[a-zé中😀/._ -]{1,12}",
            prop::collection::vec(any::<u8>(), 0..300),
            0..8,
        )
    ) {
        let entries: Vec<(String, Vec<u8>)> = entries.into_iter().collect();
        prop_assert_eq!(read_zip(&zip_of(&entries)), entries);
    }
}

/// `export_v1` writes through borrowed views of the model (src/export/json/write.rs) rather
/// than the wire types: every file must be byte for byte what the wire types themselves write.
fn check_v1_matches_wire_types(ws: &readout_annotator::annotation::Workspace) {
    use readout_annotator::export::v1::WorkspaceV1;
    let file = readout_annotator::export::export_v1(ws, "2026-11-27T22:41:00Z");
    let wire: WorkspaceV1 = serde_json::from_str(&file).expect("the wire types read it");
    let again = serde_json::to_string_pretty(&wire).expect("the wire types write it");
    assert_eq!(file, again);
    let mut streamed = Vec::new();
    readout_annotator::export::write_v1(ws, "2026-11-27T22:41:00Z", &mut streamed)
        .expect("writes to memory");
    assert_eq!(streamed, file.as_bytes());
}

#[test]
fn v1_writer_matches_the_wire_types_on_samples() {
    use readout_annotator::annotation::{AnnotatedDocument, Edit, Workspace};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut ws = Workspace::default();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("UTF-8 seed");
        let edit = ws.add_document_edit(AnnotatedDocument::parse(&text));
        ws.apply(edit).expect("distinct seeds");
    }
    let doc = ws.documents[0].clone();
    let ids: Vec<SentenceId> = doc.sentences.iter().map(|s| s.id).take(3).collect();
    let edit = ws
        .toggle_theme(&doc.id, &ids, "health")
        .expect("a theme of the default codebook");
    ws.apply(edit).expect("label");
    ws.apply(Edit::SetNote {
        doc: doc.id.clone(),
        sentence: ids[0],
        note: "note 📝 \"q\"\r\n".into(),
    })
    .expect("note");
    check_v1_matches_wire_types(&ws);
    check_v1_matches_wire_types(&Workspace::default());
    check_v1_matches_wire_types(&support::sample_workspace());
}

proptest! {
    #![proptest_config(property_config(128))]
    #[test]
    fn v1_writer_matches_the_wire_types_on_random_readouts(
        docs in prop::collection::vec(support::arb::document(), 0..4)
    ) {
        let mut ws = readout_annotator::annotation::Workspace::default();
        for (text, parsed) in docs {
            let doc = readout_annotator::annotation::AnnotatedDocument::from_parsed(&text, &parsed);
            let edit = ws.add_document_edit(doc);
            let _ = ws.apply(edit);
        }
        check_v1_matches_wire_types(&ws);
    }
}

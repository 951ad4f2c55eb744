//! The other tools' formats: every export reads back to the labels of the format-v1 file it
//! came from (code points over the text as stored: emoji, CJK, combining marks, CRLF), the
//! REFI-QDA files validate against the published XSDs, and the imports take what users bring.

#[path = "annotation_support.rs"]
mod support;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::rc::Rc;

use proptest::prelude::*;
#[path = "common/property_config.rs"]
mod property_config;
use property_config::property_config;
use quick_xml::events::Event;
use readout_annotator::annotation::{
    AnnotatedDocument, Codebook, Color, Edit, SentenceId, Theme, Workspace,
};
use readout_annotator::export::{
    export_csv, export_csv_with, export_doccano, export_prodigy, export_qdc, export_qde,
    export_qdpx, export_v1, import_codebook_file, import_qdc, import_readout, theme_counts,
    CsvOptions, Formulas, ImportErrorKind, JsonlUnit, CSV_COLUMNS,
};
use readout_annotator::readout::Speaker;
use serde_json::Value;

/// (document id, start, end, theme id), code points; sorted for comparison.
type Label = (String, usize, usize, String);

fn chars_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// What the format-v1 file says: the reference every other format is checked against.
struct V1 {
    file: Value,
}

impl V1 {
    fn of(ws: &Workspace) -> Self {
        let file = serde_json::from_str(&export_v1(ws, "2026-11-27T22:41:00Z")).expect("JSON");
        Self { file }
    }

    fn documents(&self) -> &Vec<Value> {
        self.file["documents"].as_array().expect("documents")
    }

    fn document(&self, id: &str) -> &Value {
        self.documents()
            .iter()
            .find(|d| d["id"] == id)
            .unwrap_or_else(|| panic!("no document {id}"))
    }

    fn sentence(&self, doc: &str, id: u64) -> &Value {
        self.document(doc)["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .find(|s| s["id"] == id)
            .unwrap_or_else(|| panic!("no sentence {id} in {doc}"))
    }

    fn labels(&self) -> Vec<Label> {
        let mut out = Vec::new();
        for d in self.documents() {
            let doc = d["id"].as_str().expect("id");
            for s in d["sentences"].as_array().expect("sentences") {
                for t in s["themes"].as_array().expect("themes") {
                    out.push((
                        doc.to_string(),
                        num(&s["start"]),
                        num(&s["end"]),
                        t.as_str().expect("theme").to_string(),
                    ));
                }
            }
        }
        out.sort();
        out
    }

    /// Checks that `[start, end)` of the document's text is a sentence's text.
    fn check_slice(&self, doc: &str, start: usize, end: usize) {
        let text = self.document(doc)["text"].as_str().expect("text");
        let slice = chars_slice(text, start, end);
        let found = self.document(doc)["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .any(|s| s["text"] == slice.as_str());
        assert!(
            found,
            "[{start}, {end}) of {doc} is {slice:?}, not a sentence"
        );
    }
}

fn num(v: &Value) -> usize {
    v.as_u64().expect("a number") as usize
}

fn jsonl(s: &str) -> Vec<Value> {
    assert!(
        s.is_empty() || s.ends_with('\n'),
        "JSONL ends with a newline"
    );
    s.lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// Reads labels back from a JSONL export; `spans` yields (start, end, label) of one line.
fn read_jsonl(
    v1: &V1,
    out: &str,
    unit: JsonlUnit,
    spans: fn(&Value) -> Vec<(usize, usize, String)>,
    meta: fn(&Value) -> &Value,
) -> Vec<Label> {
    let mut labels = Vec::new();
    for line in jsonl(out) {
        let meta = meta(&line);
        let doc = meta["document"].as_str().expect("document");
        let text = line["text"].as_str().expect("text");
        let offset = match unit {
            JsonlUnit::Document => {
                assert_eq!(text, v1.document(doc)["text"], "the whole text, exactly");
                0
            }
            JsonlUnit::Sentence => {
                let s = v1.sentence(doc, meta["sentence"].as_u64().expect("sentence"));
                assert_eq!(text, s["text"]);
                num(&s["start"])
            }
        };
        for (start, end, label) in spans(&line) {
            assert_eq!(
                chars_slice(text, start, end).chars().count(),
                end - start,
                "span inside the text"
            );
            v1.check_slice(doc, offset + start, offset + end);
            labels.push((doc.to_string(), offset + start, offset + end, label));
        }
    }
    labels.sort();
    labels
}

fn doccano_spans(line: &Value) -> Vec<(usize, usize, String)> {
    line["label"]
        .as_array()
        .expect("label")
        .iter()
        .map(|l| {
            (
                num(&l[0]),
                num(&l[1]),
                l[2].as_str().expect("label").to_string(),
            )
        })
        .collect()
}

fn prodigy_spans(line: &Value) -> Vec<(usize, usize, String)> {
    line["spans"]
        .as_array()
        .expect("spans")
        .iter()
        .map(|s| {
            (
                num(&s["start"]),
                num(&s["end"]),
                s["label"].as_str().expect("label").to_string(),
            )
        })
        .collect()
}

fn read_csv(v1: &V1, out: &str) -> Vec<Label> {
    let body = out.strip_prefix('\u{feff}').unwrap_or(out);
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header, CSV_COLUMNS);
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).expect("column");
    let mut labels = Vec::new();
    let mut sentences = 0;
    for row in reader.records() {
        let row = row.expect("a CSV row");
        let (doc, start, end) = (
            &row[col("document")],
            row[col("start")].parse::<usize>().expect("start"),
            row[col("end")].parse::<usize>().expect("end"),
        );
        let text = v1.document(doc)["text"].as_str().expect("text");
        assert_eq!(chars_slice(text, start, end), &row[col("text")]);
        let s = v1.sentence(doc, row[col("sentence")].parse().expect("id"));
        assert_eq!(s["note"], &row[col("note")], "notes, CRLF and all");
        let theme = &row[col("theme")];
        if theme.is_empty() {
            assert_eq!(s["themes"].as_array().map(Vec::len), Some(0));
        } else {
            labels.push((doc.to_string(), start, end, theme.to_string()));
        }
        sentences += 1;
    }
    assert!(sentences >= labels.len());
    labels.sort();
    labels
}

/// The attributes of an XML start tag, unescaped.
fn attributes(e: &quick_xml::events::BytesStart) -> HashMap<String, String> {
    e.attributes()
        .map(|a| {
            let a = a.expect("attribute");
            (
                String::from_utf8(a.key.as_ref().to_vec()).expect("UTF-8"),
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .expect("value")
                    .into_owned(),
            )
        })
        .collect()
}

/// Reads labels back from a `.qdpx`: the selections' positions over each source's text,
/// and their codes by GUID, mapped to theme ids through the codebook names.
fn read_qdpx(v1: &V1, ws: &Workspace, bytes: &[u8]) -> Vec<Label> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut entry = |name: &str| {
        let mut s = String::new();
        zip.by_name(name)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .read_to_string(&mut s)
            .expect("UTF-8");
        s
    };
    let qde = entry("project.qde");
    let mut codes: HashMap<String, String> = HashMap::new();
    let mut reader = quick_xml::Reader::from_str(&qde);
    let mut found = Vec::new(); // (source text, start, end, code guid)
    let mut source = String::new();
    let mut selection = (0, 0);
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => {
                let a = attributes(&e);
                match e.local_name().as_ref() {
                    b"Code" => {
                        codes.insert(a["guid"].clone(), a["name"].clone());
                    }
                    b"TextSource" => {
                        let path = &a["plainTextPath"];
                        let file = path.strip_prefix("internal://").expect("internal path");
                        source = entry(&format!("sources/{file}"));
                    }
                    b"PlainTextSelection" => {
                        selection = (
                            a["startPosition"].parse().expect("start"),
                            a["endPosition"].parse().expect("end"),
                        );
                    }
                    b"CodeRef" => found.push((
                        source.clone(),
                        selection.0,
                        selection.1,
                        a["targetGUID"].clone(),
                    )),
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let mut labels: Vec<Label> = found
        .into_iter()
        .map(|(text, start, end, code)| {
            let doc = v1
                .documents()
                .iter()
                .find(|d| d["text"] == text.as_str())
                .expect("each source is a document's text, exactly");
            let doc = doc["id"].as_str().expect("id").to_string();
            let name = &codes[&code];
            let theme = ws
                .codebook
                .themes
                .iter()
                .find(|t| &t.name == name)
                .expect("a code of the codebook");
            v1.check_slice(&doc, start, end);
            (doc, start, end, theme.id.clone())
        })
        .collect();
    labels.sort();
    labels
}

/// Every format, read back, gives the labels of the format-v1 file.
fn check_round_trips(ws: &Workspace) {
    let v1 = V1::of(ws);
    let want = v1.labels();
    let meta_flat: fn(&Value) -> &Value = |l| l;
    let meta_nested: fn(&Value) -> &Value = |l| &l["meta"];
    for unit in [JsonlUnit::Document, JsonlUnit::Sentence] {
        let got = read_jsonl(
            &v1,
            &export_doccano(ws, unit),
            unit,
            doccano_spans,
            meta_flat,
        );
        assert_eq!(got, want, "doccano, per {unit:?}");
        let got = read_jsonl(
            &v1,
            &export_prodigy(ws, unit),
            unit,
            prodigy_spans,
            meta_nested,
        );
        assert_eq!(got, want, "prodigy, per {unit:?}");
    }
    for bom in [false, true] {
        // Raw: every cell exactly as written (the default neutralises formula cells, which
        // tests/csv_formulas.rs covers).
        let options = CsvOptions {
            bom,
            formulas: Formulas::Raw,
        };
        let csv = export_csv_with(ws, options);
        assert_eq!(read_csv(&v1, &csv), want, "csv, bom {bom}");
    }
    let qdpx = export_qdpx(ws, "2026-11-27T22:41:00Z");
    assert_eq!(read_qdpx(&v1, ws, &qdpx), want, "qdpx");
}

fn label(ws: &mut Workspace, doc: &str, sentences: &[SentenceId], theme: &str) {
    let edit = ws.toggle_theme(doc, sentences, theme).expect("toggle");
    ws.apply(edit).expect("label");
}

/// Emoji (ZWJ family, flag), CJK, combining marks and CRLF, with notes to match.
fn unicode_workspace() -> Workspace {
    let s = |t: &str, sp: Speaker| (t.to_string(), sp);
    let (text, parsed) = support::build(
        Some("标题 👩‍👩‍👧"),
        &[
            vec![s("e\u{301}clair 😀, \"quoted\".", Speaker::Narration)],
            vec![
                s("中国。", Speaker::Both),
                s("🇮🇷 ok, a\u{308}\u{301}.", Speaker::Participant("p1".into())),
            ],
            vec![s("=SUM(A1) is text.", Speaker::Participant("p2".into()))],
        ],
        "\r\n",
    );
    let mut ws = Workspace::default();
    ws.documents
        .push(Rc::new(AnnotatedDocument::from_parsed(&text, &parsed)));
    ws.documents.push(Rc::new(support::sample_doc()));
    let (a, b) = (ws.documents[0].id.clone(), ws.documents[1].id.clone());
    label(&mut ws, &a, &[SentenceId(1), SentenceId(3)], "health");
    label(&mut ws, &a, &[SentenceId(3), SentenceId(4)], "sanctions");
    label(&mut ws, &b, &[SentenceId(2), SentenceId(4)], "trade");
    ws.apply(Edit::SetNote {
        doc: a,
        sentence: SentenceId(3),
        note: "note 📝, \"q\"\r\nline two & <b>".into(),
    })
    .expect("note");
    ws
}

#[test]
fn every_format_reads_back_to_the_same_labels() {
    let cases: Vec<(&str, Workspace)> = vec![
        ("emoji, CJK, combining marks, CRLF", unicode_workspace()),
        ("nothing labelled", support::sample_workspace()),
        ("no documents", Workspace::default()),
    ];
    for (what, ws) in cases {
        eprintln!("case: {what}");
        check_round_trips(&ws);
    }
}

#[test]
fn doccano_offsets_are_code_points_not_utf16() {
    let ws = unicode_workspace();
    let lines = jsonl(&export_doccano(&ws, JsonlUnit::Document));
    // "标题 👩‍👩‍👧\r\n\r\n" is 12 code points (15 UTF-16 units); the first sentence, with
    // its combining accent and emoji, 20 more (22 units).
    assert_eq!(lines[0]["label"][0], serde_json::json!([12, 32, "health"]));
    let lines = jsonl(&export_prodigy(&ws, JsonlUnit::Sentence));
    assert_eq!(
        lines[0]["spans"][0],
        serde_json::json!({"start": 0, "end": 20, "label": "health"})
    );
    assert_eq!(lines[0]["meta"]["speaker"], "Narration");
}

#[test]
fn csv_opens_cleanly_in_a_spreadsheet() {
    let ws = unicode_workspace();
    let plain = export_csv(&ws, false);
    let bom = export_csv(&ws, true);
    assert_eq!(bom.strip_prefix('\u{feff}'), Some(plain.as_str()));
    assert!(plain.starts_with(
        "document,title,date,sentence,paragraph,start,end,speaker,theme,theme_name,text,note\r\n"
    ));
    // A sentence with two themes is two rows; an unlabelled one is one row with no theme.
    let rows = csv::Reader::from_reader(plain.as_bytes()).records().count();
    let sentences: usize = ws.documents.iter().map(|d| d.sentences.len()).sum();
    assert_eq!(
        rows,
        sentences + 1,
        "the one double-labelled sentence adds a row"
    );
    assert!(plain.contains("\"note 📝, \"\"q\"\"\r\nline two & <b>\""));
}

/// Runs `xmllint --schema` on `xml`; the message names the failing case.
fn xmllint(xsd: &str, xml: &str, what: &str) {
    let schema = format!("{}/tests/refi-qda/{xsd}", env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema", &schema, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("xmllint runs (Debian package libxml2-utils; scripts/setup.sh installs it)");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(xml.as_bytes())
        .expect("write to xmllint");
    let out = child.wait_with_output().expect("xmllint finishes");
    assert!(
        out.status.success(),
        "{what} does not validate against {xsd}:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn seeds_workspace() -> Workspace {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut ws = Workspace::default();
    for (i, f) in files.iter().enumerate() {
        let text = std::fs::read_to_string(f).expect("UTF-8 seed");
        let edit = ws.add_document_edit(AnnotatedDocument::parse(&text));
        ws.apply(edit).expect("distinct seeds");
        let doc = ws.documents[i].clone();
        let ids: Vec<SentenceId> = doc.sentences.iter().step_by(2).map(|s| s.id).collect();
        let theme = ws.codebook.themes[i % 9].id.clone();
        label(&mut ws, &doc.id, &ids, &theme);
    }
    ws
}

/// The default codebook with sanctions and health under trade and conflicts under
/// sanctions; conflicts comes before trade in the list.
fn nested_codebook() -> Codebook {
    let mut book = Codebook::diplomatic_default();
    for (id, parent) in [
        ("sanctions", "trade"),
        ("health", "trade"),
        ("conflicts", "sanctions"),
    ] {
        let at = book.index_of(id).expect("default theme");
        book.themes[at].parent = Some(parent.into());
    }
    let conflicts = book.themes.pop().expect("nine themes");
    book.themes.insert(0, conflicts);
    book
}

#[test]
fn qdc_nests_codes_as_themes_nest_and_reads_the_nesting_back() {
    let book = nested_codebook();
    let qdc = export_qdc(&book).expect("qdc");
    let trade = qdc.find("name=\"Trade").expect("trade's code");
    let sanctions = qdc.find("name=\"Sanctions").expect("sanctions' code");
    let conflicts = qdc.find("name=\"Regional").expect("conflicts' code");
    assert!(
        trade < sanctions && sanctions < conflicts,
        "children inside their parent"
    );
    let back = import_qdc(&qdc).expect("imports");
    let parent_name = |b: &Codebook, name_start: &str| {
        let t = b
            .themes
            .iter()
            .find(|t| t.name.starts_with(name_start))
            .expect("theme");
        t.parent
            .as_deref()
            .and_then(|p| b.get(p))
            .map(|p| p.name.clone())
    };
    for b in [&book, &back] {
        assert_eq!(
            parent_name(b, "Sanctions").as_deref(),
            Some(book.themes[5].name.as_str())
        );
        assert_eq!(
            parent_name(b, "Regional"),
            Some(book.themes[7].name.clone())
        );
        assert_eq!(parent_name(b, "Trade"), None);
    }
    // A folder (not codable) is left out; the codes in it sit under the folder's parent.
    let folder = r##"<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test"><Codes>
  <Code guid="00000000-0000-8000-8000-000000000001" name="Top" isCodable="true">
    <Code guid="00000000-0000-8000-8000-000000000002" name="Folder" isCodable="false">
      <Code guid="00000000-0000-8000-8000-000000000003" name="Inner" isCodable="true"/>
    </Code>
  </Code>
  <Code guid="00000000-0000-8000-8000-000000000004" name="After" isCodable="true"/>
</Codes></CodeBook>"##;
    let read = import_qdc(folder).expect("imports");
    let pairs: Vec<(&str, Option<&str>)> = read
        .themes
        .iter()
        .map(|t| (t.name.as_str(), t.parent.as_deref()))
        .collect();
    assert_eq!(
        pairs,
        [("Top", None), ("Inner", Some("top")), ("After", None)]
    );
}

#[test]
fn refi_qda_files_validate_against_the_published_schemas() {
    let mut odd = Codebook::diplomatic_default();
    odd.themes.push(Theme::new(
        "odd",
        "Odd \u{1} \"name\" <&> ’ 😀",
        Color::rgb(0, 0, 0),
        "line\r\nbreak \u{b} and ]]>",
    ));
    let mut odd_ws = unicode_workspace();
    odd_ws.codebook = odd;
    let mut nested_ws = seeds_workspace();
    nested_ws.codebook = nested_codebook();
    let cases: Vec<(&str, Workspace)> = vec![
        ("emoji, CJK, notes", unicode_workspace()),
        ("nested themes", nested_ws),
        ("every sample readout, labelled", seeds_workspace()),
        ("control characters and markup in names", odd_ws),
        ("no documents", Workspace::default()),
        ("no themes", Workspace::new(Codebook::new(Vec::new()))),
    ];
    for (what, ws) in &cases {
        xmllint(
            "Project-mrt2019.xsd",
            &export_qde(ws, "2026-11-27T22:41:00Z"),
            what,
        );
        match export_qdc(&ws.codebook) {
            Some(qdc) => xmllint("Codebook-mrt2019.xsd", &qdc, what),
            None => assert!(ws.codebook.themes.is_empty(), "{what}: no .qdc"),
        }
    }
}

#[test]
fn qdpx_is_reproducible_with_lowercase_sources() {
    let ws = unicode_workspace();
    let a = export_qdpx(&ws, "2026-11-27T22:41:00Z");
    assert_eq!(
        a,
        export_qdpx(&ws, "2026-11-27T22:41:00Z"),
        "same bytes every time"
    );
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&a)).expect("zip");
    let names: Vec<String> = zip.file_names().map(String::from).collect();
    assert_eq!(names.len(), 1 + ws.documents.len());
    assert!(names.contains(&"project.qde".to_string()));
    for n in names.iter().filter(|n| *n != "project.qde") {
        assert!(n.starts_with("sources/") && n.ends_with(".txt"), "{n}");
    }
    let mut first = String::new();
    zip.by_name(&names[1])
        .expect("source")
        .read_to_string(&mut first)
        .expect("UTF-8");
    assert!(
        ws.documents.iter().any(|d| *d.text == first),
        "text as stored, CRLF and all"
    );
}

#[test]
fn guids_are_distinct_and_well_formed() {
    let qde = export_qde(&seeds_workspace(), "2026-11-27T22:41:00Z");
    let mut seen = std::collections::HashSet::new();
    for part in qde.split("guid=\"").skip(1) {
        let g = &part[..36];
        assert!(
            g.len() == 36 && g.chars().nth(14) == Some('8'),
            "version-8 GUID: {g}"
        );
        assert!(seen.insert(g.to_string()), "GUID {g} used twice");
    }
    assert!(seen.len() > 50);
}

#[test]
fn qdc_round_trips_names_colours_descriptions_and_order() {
    let mut book = Codebook::diplomatic_default();
    book.themes.push(Theme::new(
        "x",
        "Tenth & “last” <one>",
        Color::rgb(0xab, 0xcd, 0xef),
        "€ and\nmore",
    ));
    let back = import_qdc(&export_qdc(&book).expect("qdc")).expect("imports");
    let shape = |b: &Codebook| -> Vec<(String, Color, String)> {
        b.themes
            .iter()
            .map(|t| (t.name.clone(), t.color, t.description.clone()))
            .collect()
    };
    assert_eq!(shape(&back), shape(&book));
    assert_eq!(back.themes[9].id, "tenth-last-one");
    // Both readers: XML is REFI-QDA, anything else our JSON.
    assert_eq!(
        import_codebook_file(&export_qdc(&book).expect("qdc")),
        Ok(back)
    );
    let json = readout_annotator::export::export_codebook(&book);
    assert_eq!(import_codebook_file(&json), Ok(book));
}

#[test]
fn qdc_from_other_tools() {
    let xml = r##"<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder">
  <Codes>
    <Code guid="{11111111-1111-1111-1111-111111111111}" name="Folder" isCodable="false">
      <Code guid="22222222-2222-2222-2222-222222222222" name="Health &amp; aid" isCodable="true" color="#0F0">
        <Description>Short &#x263A; colour</Description>
      </Code>
    </Code>
    <Code guid="33333333-3333-3333-3333-333333333333" name="No colour" isCodable="true"/>
  </Codes>
  <Sets><Set guid="44444444-4444-4444-4444-444444444444" name="s"><MemberCode guid="33333333-3333-3333-3333-333333333333"/></Set></Sets>
</CodeBook>"##;
    let book = import_qdc(xml).expect("imports");
    let got: Vec<(&str, &str, String, &str)> = book
        .themes
        .iter()
        .map(|t| {
            (
                t.id.as_str(),
                t.name.as_str(),
                t.color.to_string(),
                t.description.as_str(),
            )
        })
        .collect();
    let default_first = Codebook::diplomatic_default().themes[1].color.to_string();
    assert_eq!(
        got,
        vec![
            (
                "health-aid",
                "Health & aid",
                "#00ff00".to_string(),
                "Short ☺ colour"
            ),
            ("no-colour", "No colour", default_first, ""),
        ]
    );
}

#[test]
fn qdc_refusals_say_why() {
    let cases: &[(&str, &str, ImportErrorKind)] = &[
        ("not XML", "<CodeBook><Codes>", ImportErrorKind::Malformed),
        (
            "another XML file",
            "<html><body/></html>",
            ImportErrorKind::WrongFormat,
        ),
        (
            "no codes",
            "<CodeBook><Codes/></CodeBook>",
            ImportErrorKind::Malformed,
        ),
        (
            "a bad colour",
            r#"<CodeBook><Codes><Code guid="x" name="a" isCodable="true" color="red"/></Codes></CodeBook>"#,
            ImportErrorKind::InvalidColor,
        ),
        (
            "a code without a name",
            r#"<CodeBook><Codes><Code guid="x" isCodable="true"/></Codes></CodeBook>"#,
            ImportErrorKind::Malformed,
        ),
        ("empty", "", ImportErrorKind::WrongFormat),
    ];
    for (what, xml, kind) in cases {
        match import_qdc(xml) {
            Ok(b) => panic!("{what}: imported {b:?}"),
            Err(e) => assert_eq!(e.kind(), *kind, "{what}: {e}"),
        }
    }
}

#[test]
fn readouts_import_from_text_and_html() {
    let text =
        "Xi Jinping Calls Iranian President Rouhani\n\nXi Jinping said that China supports Iran.\n";
    let html = "<!DOCTYPE html><html><body><h1>Xi Jinping Calls Iranian President Rouhani</h1>\
                <p>Xi Jinping said that China supports Iran.</p><script>alert(1)</script></body></html>";
    let cases: &[(&str, &str)] = &[
        ("call.txt", text),
        ("call.txt", &format!("\u{feff}{text}")),
        ("call.html", html),
        ("saved-without-extension", html),
    ];
    for (name, contents) in cases {
        let doc = import_readout(name, contents).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            doc.title, "Xi Jinping Calls Iranian President Rouhani",
            "{name}"
        );
        assert!(
            !doc.text.contains('<') && !doc.text.contains("alert"),
            "{name}: markup kept"
        );
        assert!(doc
            .sentences
            .iter()
            .any(|s| doc.sentence_text(s).contains("supports Iran")));
    }
    for (name, contents) in [
        ("empty.txt", "  \n"),
        ("empty.html", "<html><body></body></html>"),
    ] {
        let e = import_readout(name, contents).expect_err("nothing to annotate");
        assert_eq!(e.kind(), ImportErrorKind::Malformed, "{name}");
    }
}

#[test]
fn stats_count_per_document_speaker_and_theme() {
    let ws = unicode_workspace();
    let got: Vec<(String, String, usize)> = theme_counts(&ws)
        .into_iter()
        .filter(|c| c.document == ws.documents[0].id)
        .map(|c| (c.speaker, c.theme, c.sentences))
        .collect();
    let want = [
        ("Xi Jinping", "health", 1),
        ("Xi Jinping", "sanctions", 1),
        ("Rouhani", "sanctions", 1),
        ("Narration", "health", 1),
    ];
    let want: Vec<(String, String, usize)> = want
        .iter()
        .map(|(a, b, n)| (a.to_string(), b.to_string(), *n))
        .collect();
    assert_eq!(got, want);
}

fn labelled_workspace() -> impl Strategy<Value = Workspace> {
    (
        prop::collection::vec(support::arb::document(), 1..4),
        prop::collection::vec((any::<u16>(), 0..9usize, any::<bool>()), 0..30),
    )
        .prop_map(|(docs, labels)| {
            let mut ws = Workspace::default();
            for (text, parsed) in docs {
                let edit = ws.add_document_edit(AnnotatedDocument::from_parsed(&text, &parsed));
                let _ = ws.apply(edit);
            }
            for (n, theme, note) in labels {
                let d = ws.documents[n as usize % ws.documents.len()].clone();
                let id = d.sentences[n as usize % d.sentences.len()].id;
                if note {
                    ws.apply(Edit::SetNote {
                        doc: d.id.clone(),
                        sentence: id,
                        note: format!("n{n}, \"😀\"\r\n"),
                    })
                    .expect("note");
                } else {
                    let theme = ws.codebook.themes[theme].id.clone();
                    label(&mut ws, &d.id, &[id], &theme);
                }
            }
            ws
        })
}

proptest! {
    #![proptest_config(property_config(64))]
    #[test]
    fn every_format_round_trips_random_unicode_readouts(ws in labelled_workspace()) {
        check_round_trips(&ws);
    }
}

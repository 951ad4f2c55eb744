//! `readout convert --to parquet` and `--to csv-tables`: every Parquet file read back with the
//! `parquet` crate, its column types and rows checked against the JSON it was made from, and
//! the CSV tables against the Parquet ones.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use parquet::basic::{LogicalType, Repetition, Type as PhysicalType};
use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::Field;
use readout_annotator::export::import_v1;
use readout_annotator::export::tables::{date_days, iso_date, Kind, TABLES};
use serde_json::{json, Value};

fn readout(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1764283260")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("readout-tables-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Scratch(dir)
    }

    fn path(&self, relative: &str) -> String {
        self.0
            .join(relative)
            .to_str()
            .expect("UTF-8 path")
            .to_string()
    }

    fn write(&self, relative: &str, contents: &str) -> String {
        let path = self.path(relative);
        std::fs::write(&path, contents).expect("write");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn seed(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name)
        .to_str()
        .unwrap()
        .to_string()
}

/// A workspace of three seeds, labelled, with a note, a speaker's sentence and an emoji, as
/// format-v1 JSON.
fn labelled_workspace() -> Value {
    let o = readout(&[
        "parse",
        &seed("china-xi-jinping-calls-rouhani.txt"),
        &seed("whitehouse-2021-02-10-biden-xi.txt"),
        &seed("govuk-2022-10-18-truss-macron.txt"),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let mut ws: Value = serde_json::from_slice(&o.stdout).unwrap();
    let docs = &mut ws["documents"];
    docs[0]["sentences"][1]["themes"] = json!(["trade", "security"]);
    docs[0]["sentences"][1]["note"] = json!("=check the date");
    docs[0]["sentences"][2]["themes"] = json!(["bilateral"]);
    docs[1]["sentences"][0]["themes"] = json!(["security"]);
    docs[2]["title"] = Value::Null;
    docs[2]["date"] = json!("2022-10-18");
    let json = serde_json::to_string(&ws).unwrap();
    import_v1(&json).expect("the labelled workspace is valid");
    ws
}

/// One line of JSONL per document of `ws`, each a whole file, as `readout parse --jsonl` writes.
fn as_jsonl(ws: &Value) -> String {
    let mut out = String::new();
    for doc in ws["documents"].as_array().unwrap() {
        let mut line = ws.clone();
        line["documents"] = json!([doc]);
        line["source"] = json!(format!("corpus/{}.txt", doc["id"].as_str().unwrap()));
        out.push_str(&serde_json::to_string(&line).unwrap());
        out.push('\n');
    }
    out
}

/// A Parquet file's columns (name, physical type, logical type, optional) and rows.
struct Read {
    columns: Vec<(String, PhysicalType, Option<LogicalType>, bool)>,
    rows: Vec<Vec<Field>>,
}

fn read_parquet(path: &str) -> Read {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let reader = SerializedFileReader::new(file).expect("a Parquet file");
    let schema = reader.metadata().file_metadata().schema_descr();
    let columns = schema
        .columns()
        .iter()
        .map(|c| {
            let t = c.self_type();
            let optional = t.get_basic_info().repetition() == Repetition::OPTIONAL;
            (
                c.name().to_string(),
                c.physical_type(),
                c.logical_type_ref().cloned(),
                optional,
            )
        })
        .collect();
    let rows = reader
        .get_row_iter(None)
        .expect("rows")
        .map(|row| {
            row.expect("a row")
                .get_column_iter()
                .map(|(_, f)| f.clone())
                .collect()
        })
        .collect();
    Read { columns, rows }
}

/// Rows as maps from column name to value, for checks by name.
fn by_name(read: &Read) -> Vec<BTreeMap<String, Field>> {
    read.rows
        .iter()
        .map(|row| {
            read.columns
                .iter()
                .map(|c| c.0.clone())
                .zip(row.iter().cloned())
                .collect()
        })
        .collect()
}

fn s(v: &str) -> Field {
    Field::Str(v.to_string())
}

fn n(v: &Value) -> Field {
    Field::Long(v.as_i64().unwrap_or_else(|| panic!("a number: {v}")))
}

/// A JSON string, or null for null and empty strings (as the tables write them).
fn opt(v: &Value) -> Field {
    match v.as_str() {
        Some(t) if !t.is_empty() => s(t),
        _ => Field::Null,
    }
}

#[test]
fn parquet_tables_match_the_json() {
    let f = Scratch::new("match");
    let ws = labelled_workspace();
    let input = f.write("ana.jsonl", &as_jsonl(&ws));
    let dir = f.path("out");
    let o = readout(&["convert", "--to", "parquet", &input, "-o", &dir]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        o.stdout.is_empty() && o.stderr.is_empty(),
        "{}",
        text(&o.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "documents.parquet",
            "labels.parquet",
            "participants.parquet",
            "sentences.parquet"
        ]
    );

    let tables: BTreeMap<&str, Read> = TABLES
        .iter()
        .map(|t| (t.name, read_parquet(&format!("{dir}/{}.parquet", t.name))))
        .collect();
    // Types: text is UTF-8, numbers INT64, dates DATE, and only nullable columns optional.
    for table in TABLES {
        let read = &tables[table.name];
        assert_eq!(read.columns.len(), table.columns.len(), "{}", table.name);
        for (got, want) in read.columns.iter().zip(table.columns) {
            let expected = match want.kind {
                Kind::Text => (PhysicalType::BYTE_ARRAY, Some(LogicalType::String)),
                Kind::Integer => (PhysicalType::INT64, None),
                Kind::Date => (PhysicalType::INT32, Some(LogicalType::Date)),
            };
            assert_eq!(got.0, want.name, "{}", table.name);
            assert_eq!(
                (got.1, got.2.clone()),
                expected,
                "{}.{}",
                table.name,
                want.name
            );
            assert_eq!(
                got.3, want.nullable,
                "{}.{} nullable",
                table.name, want.name
            );
        }
    }
    let column = |table: &str, name: &str| -> (PhysicalType, Option<LogicalType>) {
        let c = tables[table].columns.iter().find(|c| c.0 == name).unwrap();
        (c.1, c.2.clone())
    };
    assert_eq!(
        column("documents", "date"),
        (PhysicalType::INT32, Some(LogicalType::Date))
    );
    assert_eq!(
        column("sentences", "start_utf16"),
        (PhysicalType::INT64, None)
    );
    assert_eq!(
        column("labels", "theme_name"),
        (PhysicalType::BYTE_ARRAY, Some(LogicalType::String))
    );

    let docs = ws["documents"].as_array().unwrap();
    let theme_names: BTreeMap<&str, &str> = ws["codebook"]["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["id"].as_str().unwrap(), t["name"].as_str().unwrap()))
        .collect();
    let coder = s("ana");

    let documents = by_name(&tables["documents"]);
    assert_eq!(documents.len(), docs.len());
    for (row, doc) in documents.iter().zip(docs) {
        let sentences = doc["sentences"].as_array().unwrap();
        let labelled = sentences
            .iter()
            .filter(|s| !s["themes"].as_array().unwrap().is_empty());
        let date = match doc["date"].as_str() {
            Some(d) => Field::Date(date_days(d).expect("a calendar date")),
            None => Field::Null,
        };
        assert_eq!(row["document_id"], s(doc["id"].as_str().unwrap()));
        assert_eq!(row["title"], opt(&doc["title"]));
        assert_eq!(row["date"], date);
        assert_eq!(row["date_text"], opt(&doc["date_text"]));
        assert_eq!(row["event"], s(doc["event"].as_str().unwrap()));
        assert_eq!(
            row["participants"],
            Field::Long(doc["participants"].as_array().unwrap().len() as i64)
        );
        assert_eq!(
            row["paragraphs"],
            Field::Long(doc["paragraphs"].as_array().unwrap().len() as i64)
        );
        assert_eq!(row["sentences"], Field::Long(sentences.len() as i64));
        assert_eq!(
            row["labelled_sentences"],
            Field::Long(labelled.count() as i64)
        );
        assert_eq!(
            row["characters"],
            Field::Long(doc["text"].as_str().unwrap().chars().count() as i64)
        );
        assert_eq!(
            row["source"],
            s(&format!("corpus/{}.txt", doc["id"].as_str().unwrap()))
        );
        assert_eq!(row["coder"], coder);
    }
    assert_eq!(documents[2]["title"], Field::Null);
    assert_eq!(
        documents[2]["date"],
        Field::Date(date_days("2022-10-18").unwrap())
    );
    assert_eq!(iso_date(date_days("2022-10-18").unwrap()), "2022-10-18");

    let participants = by_name(&tables["participants"]);
    let expected: Vec<(Field, Field, Field, Field, Field)> = docs
        .iter()
        .flat_map(|d| {
            d["participants"].as_array().unwrap().iter().map(move |p| {
                (
                    s(d["id"].as_str().unwrap()),
                    s(p["id"].as_str().unwrap()),
                    s(p["name"].as_str().unwrap()),
                    opt(&p["title"]),
                    opt(&p["country"]),
                )
            })
        })
        .collect();
    let got: Vec<_> = participants
        .iter()
        .map(|r| {
            (
                r["document_id"].clone(),
                r["participant_id"].clone(),
                r["name"].clone(),
                r["title"].clone(),
                r["country"].clone(),
            )
        })
        .collect();
    assert_eq!(got, expected);
    for row in &participants {
        let Field::Str(doc_id) = &row["document_id"] else {
            panic!()
        };
        let Field::Str(who) = &row["participant_id"] else {
            panic!()
        };
        let doc = docs.iter().find(|d| d["id"] == doc_id.as_str()).unwrap();
        let spoken = doc["sentences"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["speaker"] == who.as_str())
            .count();
        assert_eq!(
            row["sentences"],
            Field::Long(spoken as i64),
            "{doc_id} {who}"
        );
    }

    let sentences = by_name(&tables["sentences"]);
    let expected: Vec<(&Value, &Value)> = docs
        .iter()
        .flat_map(|d| {
            d["sentences"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |s| (d, s))
        })
        .collect();
    assert_eq!(sentences.len(), expected.len());
    for (row, (doc, sentence)) in sentences.iter().zip(&expected) {
        assert_eq!(row["document_id"], s(doc["id"].as_str().unwrap()));
        for key in ["paragraph", "start", "end", "start_utf16", "end_utf16"] {
            assert_eq!(row[key], n(&sentence[key]), "{key}");
        }
        assert_eq!(row["sentence_id"], n(&sentence["id"]));
        assert_eq!(row["speaker_id"], opt(&sentence["speaker"]));
        let speaker = match sentence["speaker"].as_str() {
            None => "Narration".to_string(),
            Some("both") => "Both sides".to_string(),
            Some(id) => doc["participants"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["id"] == id)
                .unwrap()["name"]
                .as_str()
                .unwrap()
                .to_string(),
        };
        assert_eq!(row["speaker"], s(&speaker));
        assert_eq!(row["text"], s(sentence["text"].as_str().unwrap()));
        assert_eq!(row["note"], opt(&sentence["note"]));
        assert_eq!(row["coder"], coder);
    }
    assert!(
        sentences.iter().any(|r| r["speaker_id"] != Field::Null),
        "a speaker's sentence"
    );

    let labels = by_name(&tables["labels"]);
    let expected: Vec<(Field, Field, Field, Field)> = expected
        .iter()
        .flat_map(|(d, sentence)| {
            sentence["themes"].as_array().unwrap().iter().map(|t| {
                let t = t.as_str().unwrap();
                (
                    s(d["id"].as_str().unwrap()),
                    n(&sentence["id"]),
                    s(t),
                    s(theme_names[t]),
                )
            })
        })
        .collect();
    assert_eq!(expected.len(), 4);
    let got: Vec<_> = labels
        .iter()
        .map(|r| {
            (
                r["document_id"].clone(),
                r["sentence_id"].clone(),
                r["theme_id"].clone(),
                r["theme_name"].clone(),
            )
        })
        .collect();
    assert_eq!(got, expected);
    assert!(labels.iter().all(|r| r["coder"] == coder));

    // The workspace file gives the same tables as its JSONL, bar the source.
    let whole = f.write("ana.json", &serde_json::to_string_pretty(&ws).unwrap());
    let dir2 = f.path("out-json");
    let o = readout(&["convert", "--to", "parquet", &whole, "-o", &dir2]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    for table in TABLES {
        let again = read_parquet(&format!("{dir2}/{}.parquet", table.name));
        let strip = |rows: &[Vec<Field>]| -> Vec<Vec<Field>> {
            let source = table.columns.iter().position(|c| c.name == "source");
            rows.iter()
                .map(|r| {
                    r.iter()
                        .enumerate()
                        .filter(|(i, _)| Some(*i) != source)
                        .map(|(_, f)| f.clone())
                        .collect()
                })
                .collect()
        };
        assert_eq!(
            strip(&again.rows),
            strip(&tables[table.name].rows),
            "{}",
            table.name
        );
    }
    assert!(by_name(&read_parquet(&format!("{dir2}/documents.parquet")))
        .iter()
        .all(|r| r["source"] == Field::Null));
}

/// The CSV value of a Parquet field, as `--to csv-tables` writes it.
fn csv_cell(f: &Field) -> String {
    match f {
        Field::Null => String::new(),
        Field::Str(s) => s.clone(),
        Field::Long(n) => n.to_string(),
        Field::Date(d) => iso_date(*d),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn csv_tables_hold_the_same_rows() {
    let f = Scratch::new("csv");
    let input = f.write(
        "ana.json",
        &serde_json::to_string(&labelled_workspace()).unwrap(),
    );
    let (pq, csv) = (f.path("pq"), f.path("csv"));
    let o = readout(&["convert", "--to", "parquet", &input, "-o", &pq]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let o = readout(&["convert", "--to", "csv-tables", "--raw", &input, "-o", &csv]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    for table in TABLES {
        let parquet = read_parquet(&format!("{pq}/{}.parquet", table.name));
        let mut reader = csv::Reader::from_path(format!("{csv}/{}.csv", table.name)).unwrap();
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        let names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        assert_eq!(header, names);
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        let expected: Vec<Vec<String>> = parquet
            .rows
            .iter()
            .map(|r| r.iter().map(csv_cell).collect())
            .collect();
        assert_eq!(rows, expected, "{}", table.name);
    }
    // Without --raw a cell a spreadsheet would run gets its leading quote.
    let neutral = f.path("neutral");
    let o = readout(&[
        "convert",
        "--to",
        "csv-tables",
        "--bom",
        &input,
        "-o",
        &neutral,
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let sentences = std::fs::read_to_string(format!("{neutral}/sentences.csv")).unwrap();
    assert!(
        sentences.starts_with("\u{feff}document_id,"),
        "a byte-order mark"
    );
    assert!(sentences.contains(",\"'=check the date\","), "{sentences}");
}

#[test]
fn each_file_is_a_coder() {
    let f = Scratch::new("coders");
    let ws = labelled_workspace();
    let ana = f.write("ana.json", &serde_json::to_string(&ws).unwrap());
    let ben = f.write("ben.v2.jsonl", &as_jsonl(&ws));
    let dir = f.path("out");
    let o = readout(&["convert", "--to", "parquet", &ana, &ben, "-o", &dir]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let labels = by_name(&read_parquet(&format!("{dir}/labels.parquet")));
    let coders: Vec<&Field> = labels.iter().map(|r| &r["coder"]).collect();
    assert_eq!(
        coders,
        [&s("ana"); 4]
            .into_iter()
            .chain([&s("ben.v2"); 4])
            .collect::<Vec<_>>()
    );
    let o = readout(&[
        "convert", "--to", "parquet", "--coder", "Ana Lima", &ana, "-o", &dir,
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let documents = by_name(&read_parquet(&format!("{dir}/documents.parquet")));
    assert!(documents.iter().all(|r| r["coder"] == s("Ana Lima")));
    assert_eq!(documents.len(), 3, "the old tables are replaced");
    // A directory of coders' files.
    let o = readout(&[
        "convert",
        "--to",
        "csv-tables",
        f.0.to_str().unwrap(),
        "-o",
        &f.path("csv"),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let documents = std::fs::read_to_string(f.path("csv/documents.csv")).unwrap();
    assert_eq!(documents.lines().count(), 1 + 3 + 3, "{documents}");
}

#[test]
fn a_failed_conversion_leaves_nothing() {
    let f = Scratch::new("failed");
    let ws = labelled_workspace();
    let good = f.write("good.json", &serde_json::to_string(&ws).unwrap());
    let mut lines = as_jsonl(&ws);
    lines.push_str("{\"format\": \"readout-annotations\", \"version\": 1}\n");
    let bad = f.write("bad.jsonl", &lines);
    let twice = f.write("twice.jsonl", &format!("{0}{0}", as_jsonl(&ws)));
    let dir = f.path("out");
    let o = readout(&[
        "convert", "--to", "parquet", &good, &bad, &twice, "-o", &dir,
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(err.contains(&format!("{bad}: line 4: ")), "{err}");
    assert!(
        err.contains(&format!("{twice}: line 4: document")) && err.contains("already at"),
        "{err}"
    );
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_date_that_is_not_a_calendar_date_is_null_with_a_warning() {
    let f = Scratch::new("dates");
    let mut ws = labelled_workspace();
    ws["documents"][0]["date"] = json!("2021-02");
    let input = f.write("ana.json", &serde_json::to_string(&ws).unwrap());
    let dir = f.path("out");
    let o = readout(&["convert", "--to", "parquet", &input, "-o", &dir]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("the date \"2021-02\" is not a calendar date"),
        "{err}"
    );
    let documents = by_name(&read_parquet(&format!("{dir}/documents.parquet")));
    assert_eq!(documents[0]["date"], Field::Null);
    assert_eq!(
        documents[2]["date"],
        Field::Date(date_days("2022-10-18").unwrap())
    );
}

#[test]
fn table_refusals() {
    let f = Scratch::new("refusals");
    let ws = f.write(
        "ws.json",
        &serde_json::to_string(&labelled_workspace()).unwrap(),
    );
    let out = f.path("out");
    let cases: &[(&[&str], i32, &str)] = &[
        (&["convert", "--to", "parquet", &ws], 2, "give -o DIR"),
        (
            &["convert", "--to", "parquet", "--bom", &ws, "-o", &out],
            2,
            "--bom applies",
        ),
        (
            &[
                "convert", "--to", "parquet", "--per", "sentence", &ws, "-o", &out,
            ],
            2,
            "--per applies",
        ),
        (
            &[
                "convert", "--to", "parquet", "--coder", "a", &ws, &ws, "-o", &out,
            ],
            2,
            "--coder",
        ),
        (
            &["convert", "--to", "csv", "--coder", "a", &ws],
            2,
            "--coder applies",
        ),
        (&["convert", "--to", "csv", &ws, &ws], 2, "takes one FILE"),
        (
            &["convert", "--to", "parquet", "-o", &out],
            2,
            "needs a FILE",
        ),
        (
            &[
                "convert",
                "--to",
                "parquet",
                "/nonexistent.json",
                "-o",
                &out,
            ],
            1,
            "/nonexistent.json",
        ),
    ];
    for (args, status, message) in cases {
        let o = readout(args);
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(*status), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err:?} lacks {message:?}");
    }
    assert!(!Path::new(&out).exists() || std::fs::read_dir(&out).unwrap().next().is_none());
    let help = text(&readout(&["convert", "--help"]).stdout);
    for piece in ["parquet", "csv-tables", "--coder"] {
        assert!(help.contains(piece), "{help}");
    }
}

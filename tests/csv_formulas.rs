//! CSV cells a spreadsheet would run as formulas are neutralised by default (OWASP's advice:
//! a leading `'`, and the cell quoted), in the core's CSV and the CLI's; `--raw` opts out.

#[path = "annotation_support.rs"]
mod support;

use readout_annotator::annotation::SentenceId;
use std::path::PathBuf;
use std::process::{Command, Output};

use readout_annotator::annotation::{Edit, Workspace};
use readout_annotator::export::{
    export_csv, export_csv_with, export_v1, write_csv, CsvOptions, Formulas, CSV_COLUMNS,
};

const TITLE: &str = "=HYPERLINK(\"http://x\",\"y\")";
const NOTES: [&str; 5] = ["+1", "-2", "@SUM(A1)", "\tleading tab", "\rleading CR"];

/// The sample workspace with a formula for a title and formulas for notes.
fn workspace() -> Workspace {
    let mut ws = support::sample_workspace();
    let doc = support::sample_id();
    ws.apply(Edit::SetTitle {
        doc: doc.clone(),
        title: TITLE.into(),
    })
    .expect("title");
    let ids: Vec<SentenceId> = ws.documents[0].sentences.iter().map(|s| s.id).collect();
    for (id, note) in ids.iter().zip(NOTES) {
        ws.apply(Edit::SetNote {
            doc: doc.clone(),
            sentence: *id,
            note: note.into(),
        })
        .expect("note");
    }
    ws
}

fn read(csv: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes())
        .records()
        .map(|r| r.expect("a record").iter().map(String::from).collect())
        .collect()
}

fn column(name: &str) -> usize {
    CSV_COLUMNS
        .iter()
        .position(|c| *c == name)
        .expect("a column")
}

fn check_neutralised(csv: &str) {
    let rows = read(csv);
    let (title, note) = (column("title"), column("note"));
    assert!(rows.len() > NOTES.len());
    for row in &rows[1..] {
        assert_eq!(row[title], format!("'{TITLE}"), "{csv}");
    }
    for (row, note_text) in rows[1..].iter().zip(NOTES) {
        assert_eq!(row[note], format!("'{note_text}"));
    }
    // Every neutralised cell is quoted in the file.
    assert!(
        csv.contains(&format!("\"'{}\"", TITLE.replace('"', "\"\""))),
        "{csv}"
    );
    assert!(csv.contains(",\"'+1\""), "{csv}");
}

#[test]
fn formula_cells_are_neutralised_by_default() {
    let ws = workspace();
    check_neutralised(&export_csv(&ws, false));
    check_neutralised(&export_csv(&ws, true).replacen('\u{feff}', "", 1));
}

#[test]
fn raw_keeps_every_cell_as_written() {
    let ws = workspace();
    let raw = export_csv_with(
        &ws,
        CsvOptions {
            bom: false,
            formulas: Formulas::Raw,
        },
    );
    let rows = read(&raw);
    assert_eq!(rows[1][column("title")], TITLE);
    for (row, note_text) in rows[1..].iter().zip(NOTES) {
        assert_eq!(row[column("note")], note_text);
    }
}

#[test]
fn plain_cells_are_left_alone() {
    let csv = write_csv(false, [["a", "1", " -x", "'q", "x=1", "", "#"]]);
    assert_eq!(csv, "a,1, -x,'q,x=1,,#\r\n");
    let csv = write_csv(false, [["=1", "-", "@", "+"]]);
    assert_eq!(read(&csv), [["'=1", "'-", "'@", "'+"]]);
}

// ---- the CLI -----------------------------------------------------------------------------------

fn readout(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1764283260")
        .output()
        .expect("the binary runs")
}

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("readout-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let mut ws = workspace();
        let doc = support::sample_id();
        let edit = ws
            .toggle_theme(&doc, &[SentenceId(2)], "health")
            .expect("toggle");
        ws.apply(edit).expect("label");
        std::fs::write(dir.join("ws.json"), export_v1(&ws, "2026-11-27T22:41:00Z")).expect("write");
        Self(dir)
    }

    fn path(&self) -> String {
        self.0.join("ws.json").to_str().expect("UTF-8").to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn out(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

#[test]
fn the_cli_neutralises_unless_raw() {
    let f = Scratch::new("csv-formulas");
    check_neutralised(&out(&readout(&["convert", "--to", "csv", &f.path()])));
    let raw = out(&readout(&["convert", "--to", "csv", "--raw", &f.path()]));
    assert_eq!(read(&raw)[1][column("title")], TITLE);

    let stats = out(&readout(&["stats", "--csv", &f.path()]));
    let rows = read(&stats);
    assert_eq!(rows[1][2], format!("'{TITLE}"), "{stats}");
    let raw = out(&readout(&["stats", "--csv", "--raw", &f.path()]));
    assert_eq!(read(&raw)[1][2], TITLE);

    let o = readout(&["convert", "--to", "doccano", "--raw", &f.path()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--raw applies to --to csv only"));
    let o = readout(&["stats", "--raw", &f.path()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--raw applies to --csv only"));
}

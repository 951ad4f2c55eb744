//! `readout parse --jsonl` on directories: the walk, its stable order, bad files reported while
//! the rest go on, the exit status, and the JSONL read back by the page's import, `stats`,
//! `agree`, `convert` and `validate`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use readout_annotator::export::{import_v1, import_workspace};
use serde_json::Value;

fn readout_with(args: &[&str], threads: Option<&str>, stdin: &[u8]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_readout"));
    command
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1764283260")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match threads {
        Some(n) => command.env("RAYON_NUM_THREADS", n),
        None => command.env_remove("RAYON_NUM_THREADS"),
    };
    let mut child = command.spawn().expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("the binary finishes")
}

fn readout(args: &[&str]) -> Output {
    readout_with(args, None, b"")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// A scratch directory of this test's own, removed afterwards.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("readout-corpus-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Scratch(dir)
    }

    /// Writes `contents` at `relative`, creating its directories; returns its path.
    fn write(&self, relative: &str, contents: &[u8]) -> String {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&path, contents).expect("write");
        path.to_str().expect("UTF-8 path").to_string()
    }

    fn path(&self, relative: &str) -> String {
        self.0
            .join(relative)
            .to_str()
            .expect("UTF-8 path")
            .to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn seed(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const XI: &str = "china-xi-jinping-calls-rouhani.txt";
const BIDEN: &str = "whitehouse-2021-02-10-biden-xi.txt";
const TRUSS: &str = "govuk-2022-10-18-truss-macron.txt";
const MODI: &str = "whitehouse-2021-02-08-biden-modi.txt";

/// The lines of JSONL output, each parsed.
fn lines(out: &str) -> Vec<Value> {
    assert!(
        out.is_empty() || out.ends_with('\n'),
        "JSONL ends with a newline"
    );
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// A tree with readouts at several depths, and things the walk must pass over.
fn corpus(s: &Scratch) -> String {
    s.write("corpus/b/z.txt", &seed(XI));
    s.write("corpus/a.txt", &seed(BIDEN));
    let html = format!(
        "<!doctype html><html><body><p>{}</p></body></html>",
        text(&seed(TRUSS)).replace("\n\n", "</p><p>")
    );
    s.write("corpus/b/a.html", html.as_bytes());
    s.write("corpus/c.TXT", &seed(MODI));
    s.write("corpus/.hidden/skipped.txt", b"Not read: hidden.");
    s.write("corpus/notes.md", b"Not read: not a readout.");
    s.write("corpus/b/key.truth.json", b"{}");
    s.path("corpus")
}

#[test]
fn jsonl_walks_directories_in_name_order() {
    let s = Scratch::new("walk");
    let dir = corpus(&s);
    let extra = s.write(
        "extra.txt",
        b"Joe Biden spoke with Olaf Scholz by phone today.\n",
    );
    let o = readout(&["parse", "--jsonl", &dir, &extra]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stderr), "", "nothing extra when piped");
    let out = text(&o.stdout);
    let got = lines(&out);
    let sources: Vec<&str> = got.iter().map(|l| l["source"].as_str().unwrap()).collect();
    let expected: Vec<String> = [
        "corpus/a.txt",
        "corpus/b/a.html",
        "corpus/b/z.txt",
        "corpus/c.TXT",
    ]
    .iter()
    .map(|r| s.path(r))
    .chain([extra.clone()])
    .collect();
    assert_eq!(sources, expected);
    for line in &got {
        assert_eq!(line["format"], "readout-annotations");
        assert_eq!(line["documents"].as_array().map(Vec::len), Some(1));
        let doc = &line["documents"][0];
        let text = doc["text"].as_str().unwrap();
        // Standalone: every line is a whole format-v1 file.
        let one = import_v1(&serde_json::to_string(line).unwrap()).expect("a line imports");
        assert_eq!(&*one.documents[0].text, text);
    }
    assert_eq!(got[0]["documents"][0]["text"], text(&seed(BIDEN)));
    let html_text = got[1]["documents"][0]["text"].as_str().unwrap();
    assert!(
        !html_text.contains('<') && html_text.contains("Macron"),
        "{html_text}"
    );

    // The same order on one thread and on several, byte for byte.
    for threads in ["1", "3"] {
        let again = readout_with(&["parse", "--jsonl", &dir, &extra], Some(threads), b"");
        assert!(again.status.success());
        assert_eq!(text(&again.stdout), out, "RAYON_NUM_THREADS={threads}");
    }

    // The page's import of the JSONL is the workspace `readout parse` prints for the same files.
    let whole = readout(&["parse", &dir, &extra]);
    assert!(whole.status.success(), "{}", text(&whole.stderr));
    let expected = import_v1(&text(&whole.stdout)).expect("imports");
    assert_eq!(import_workspace(&out).expect("JSONL imports"), expected);
}

#[test]
fn a_bad_file_is_reported_and_the_rest_go_on() {
    let s = Scratch::new("bad");
    let dir = s.path("corpus");
    s.write("corpus/1-good.txt", &seed(XI));
    let binary = s.write("corpus/2-binary.txt", b"GIF89a\x00\x01\x02 not text");
    let latin1 = s.write(
        "corpus/3-latin1.txt",
        b"Le pr\xe9sident a parl\xe9 avec M. Xi.\n",
    );
    let empty = s.write("corpus/4-empty.txt", b" \n\t\n");
    s.write("corpus/5-good.txt", &seed(BIDEN));
    let copy = s.write("corpus/6-copy.txt", &seed(XI));
    let missing = s.path("missing.txt");
    let o = readout(&["parse", "--jsonl", &dir, &missing]);
    assert_eq!(o.status.code(), Some(1), "any failure exits 1");
    let err = text(&o.stderr);
    for (path, why) in [
        (&binary, "binary"),
        (&latin1, "UTF-8"),
        (&empty, "empty"),
        (&copy, "1-good.txt"),
        (&missing, "No such file"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(path.as_str()))
            .unwrap_or_else(|| panic!("{path} is not reported: {err}"));
        assert!(line.starts_with("readout: "), "{line}");
        assert!(line.contains(why), "{line} lacks {why:?}");
    }
    assert!(err.contains("5 of 7 files could not be parsed"), "{err}");
    let got = lines(&text(&o.stdout));
    let sources: Vec<&str> = got.iter().map(|l| l["source"].as_str().unwrap()).collect();
    assert_eq!(
        sources,
        [s.path("corpus/1-good.txt"), s.path("corpus/5-good.txt")]
    );
}

#[test]
fn arguments_that_name_nothing_to_parse() {
    let s = Scratch::new("nothing");
    let empty_dir = s.path("empty");
    std::fs::create_dir_all(&empty_dir).unwrap();
    s.write("only-json/a.json", b"{}");
    let o = readout(&["parse", "--jsonl", &empty_dir, &s.path("only-json")]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!("{empty_dir}: no .txt, .html or .htm files")),
        "{err}"
    );
    assert!(o.stdout.is_empty());
    let o = readout(&["parse", "--jsonl", "-", "-"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    // Standard input by default, with no source recorded.
    let o = readout_with(&["parse", "--jsonl"], None, &seed(XI));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let got = lines(&text(&o.stdout));
    assert_eq!(got.len(), 1);
    assert!(got[0].get("source").is_none());
    // Without --jsonl a directory is one workspace, and any bad file stops it.
    s.write("two/a.txt", &seed(XI));
    s.write("two/b.txt", &seed(BIDEN));
    let o = readout(&["parse", &s.path("two")]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let ws = import_v1(&text(&o.stdout)).unwrap();
    assert_eq!(ws.documents.len(), 2);
    s.write("two/c.txt", b"");
    let o = readout(&["parse", &s.path("two")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
}

/// Every line validates against the shipped JSON Schema of format v1.
#[test]
fn each_line_is_a_valid_format_v1_file() {
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("static/readout-annotations.v1.schema.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let o = readout(&["parse", "--jsonl", seeds.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let got = lines(&text(&o.stdout));
    let seeds = std::fs::read_dir(&seeds)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt")
        })
        .count();
    assert_eq!(got.len(), seeds, "every seed");
    for line in &got {
        let errors: Vec<String> = validator.iter_errors(line).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", line["source"]);
    }
}

/// Labels `sentence` of every line's document with `themes`.
fn labelled(jsonl: &str, sentence: usize, themes: &[&str]) -> String {
    let mut out = String::new();
    for mut line in lines(jsonl) {
        line["documents"][0]["sentences"][sentence]["themes"] = serde_json::json!(themes);
        out.push_str(&serde_json::to_string(&line).unwrap());
        out.push('\n');
    }
    out
}

#[test]
fn jsonl_feeds_stats_agree_and_convert() {
    let s = Scratch::new("feeds");
    s.write("in/a.txt", &seed(XI));
    s.write("in/b.txt", &seed(BIDEN));
    let o = readout(&["parse", "--jsonl", &s.path("in")]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let jsonl = text(&o.stdout);
    let ana = s.write(
        "coders/ana.jsonl",
        labelled(&jsonl, 0, &["trade"]).as_bytes(),
    );
    let ben = s.write(
        "coders/ben.jsonl",
        labelled(&jsonl, 0, &["trade", "security"]).as_bytes(),
    );

    // stats: a file, standard input (found to be JSONL by its first line), a directory.
    let o = readout(&["stats", "--csv", &ana]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let csv = text(&o.stdout);
    assert_eq!(csv.lines().count(), 1 + 2, "{csv}");
    assert!(
        csv.lines()
            .skip(1)
            .all(|l| l.starts_with(&ana) && l.ends_with(",trade,1")),
        "{csv}"
    );
    let o = readout_with(
        &["stats", "--csv", "-"],
        None,
        std::fs::read(&ana).unwrap().as_slice(),
    );
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout).lines().count(), 3);
    let o = readout(&["stats", "--csv", &s.path("coders")]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(
        text(&o.stdout).lines().count(),
        1 + 2 + 4,
        "ana's two rows, ben's four"
    );

    // agree: two JSONL files, or the directory holding them.
    for args in [vec!["agree", &ana, &ben], vec!["agree", &s.path("coders")]] {
        let o = readout(&args);
        assert!(o.status.success(), "{args:?}: {}", text(&o.stderr));
        let report: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(report["coders"], 2);
        assert_eq!(report["documents"], 2);
        assert_eq!(report["files"], serde_json::json!([ana, ben]));
        let trade = report["themes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == "trade");
        assert_eq!(trade.unwrap()["percent_agreement"], 1.0);
    }

    // convert to a registry format: the lines merged into one workspace.
    let o = readout(&["convert", "--to", "doccano", &ana]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(lines(&text(&o.stdout)).len(), 2);

    // A bad line is named with its file and line, and stats prints nothing then.
    let broken = format!(
        "{}{{\"format\": \"readout-annotations\"}}\n",
        labelled(&jsonl, 0, &[])
    );
    let broken = s.write("broken.jsonl", broken.as_bytes());
    for args in [vec!["stats", &broken], vec!["agree", &ana, &broken]] {
        let o = readout(&args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        let err = text(&o.stderr);
        assert!(err.contains(&format!("{broken}: line 3: ")), "{err}");
        assert!(o.stdout.is_empty(), "{args:?}");
    }
    // A document on two lines is one readout added twice.
    let twice = s.write(
        "twice.jsonl",
        format!("{}{}", labelled(&jsonl, 0, &[]), labelled(&jsonl, 0, &[])).as_bytes(),
    );
    let o = readout(&["agree", &ana, &twice]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("already on line 1"),
        "{}",
        text(&o.stderr)
    );
}

/// The summary `readout validate` prints when every input is valid.
fn validated(args: &[&str], stdin: &[u8]) -> Value {
    let o = readout_with(args, None, stdin);
    assert!(o.status.success(), "{args:?}: {}", text(&o.stderr));
    assert_eq!(text(&o.stderr), "", "{args:?}");
    serde_json::from_slice(&o.stdout).expect("a JSON summary")
}

#[test]
fn validate_reads_jsonl_and_directories() {
    let s = Scratch::new("validate");
    s.write("in/a.txt", &seed(XI));
    s.write("in/b.txt", &seed(BIDEN));
    let o = readout(&["parse", "--jsonl", &s.path("in")]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let jsonl = labelled(&text(&o.stdout), 0, &["trade"]);
    let lines = s.write("checked/two.jsonl", jsonl.as_bytes());
    let o = readout(&["parse", &s.path("in/a.txt")]);
    let whole = s.write("checked/one.json", &o.stdout);
    // Passed over in a directory: a readout and a hidden file.
    s.write("checked/a.txt", &seed(XI));
    s.write("checked/.hidden.jsonl", b"not checked");

    let summary = validated(&["validate", &lines], b"");
    assert_eq!(summary["ok"], true);
    assert_eq!(summary["documents"], 2);
    assert_eq!(summary["labelled"], 2);
    assert_eq!(summary["themes"], 9);
    assert_eq!(summary["files"][0]["file"], lines.as_str());
    assert_eq!(summary["files"][0]["lines"], 2);
    let sentences = summary["sentences"].as_u64().unwrap();
    assert!(sentences > 2, "{summary}");

    // Standard input is found to be JSONL by its first line, and blank lines are skipped.
    let spaced = jsonl.replace('\n', "\n\n");
    let summary = validated(&["validate", "-"], spaced.as_bytes());
    assert_eq!(summary["files"][0]["file"], "<stdin>");
    assert_eq!(summary["files"][0]["lines"], 2);
    assert_eq!(summary["documents"], 2);

    // A directory: its .json and .jsonl files in name order, each counted and all totalled.
    let summary = validated(&["validate", &s.path("checked")], b"");
    let files: Vec<&str> = summary["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, [whole.as_str(), lines.as_str()]);
    assert_eq!(summary["files"][0]["lines"], Value::Null, "a whole file");
    assert_eq!(summary["files"][0]["documents"], 1);
    assert_eq!(summary["documents"], 3);
    assert_eq!(summary["themes"], 9, "themes are counted once by id");
    assert_eq!(
        summary["sentences"].as_u64(),
        Some(sentences + summary["files"][0]["sentences"].as_u64().unwrap())
    );
}

#[test]
fn validate_names_every_bad_line_and_goes_on() {
    let s = Scratch::new("validate-bad");
    s.write("in/a.txt", &seed(XI));
    s.write("in/b.txt", &seed(BIDEN));
    let o = readout(&["parse", "--jsonl", &s.path("in")]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let good = text(&o.stdout);
    let first = good.lines().next().unwrap();
    let mut corrupted: Value = serde_json::from_str(good.lines().nth(1).unwrap()).unwrap();
    corrupted["documents"][0]["sentences"][0]["end"] = Value::from(10_000_000u64);
    corrupted["documents"][0]["sentences"][1]["themes"] = serde_json::json!(["no-such-theme"]);
    let mut bad = Vec::new();
    bad.extend(format!("{first}\n").as_bytes()); // 1: valid
    bad.extend(b"{\"format\": \"readout-annotations\"}\n"); // 2: no version
    bad.extend(b"\n"); // 3: blank, skipped but counted
    bad.extend(format!("{corrupted}\n").as_bytes()); // 4: two problems
    bad.extend(format!("{first}\n").as_bytes()); // 5: the document of line 1 again
    bad.extend(b"{\"caf\xe9\": 1}\n"); // 6: not UTF-8
    let broken = s.write("corpus/broken.jsonl", &bad);
    let fine = s.write("corpus/fine.jsonl", good.as_bytes());
    let missing = s.path("missing.jsonl");

    let o = readout(&["validate", &s.path("corpus"), &missing]);
    assert_eq!(o.status.code(), Some(1), "any bad input exits 1");
    assert!(o.stdout.is_empty(), "no summary when anything failed");
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!(
            "readout: {broken}: not valid labeled-JSON lines (5 problems on 4 of 5 lines)"
        )),
        "{err}"
    );
    for expected in [
        "  - line 2: the file has no \"version\" field",
        "  - line 4: document 1, sentence 1 (id 1): end 10000000 is past the end",
        "  - line 4: document 1, sentence 2 (id 2): theme \"no-such-theme\" is not in the codebook",
        "  - line 5: document ",
        "  - line 6: not UTF-8",
    ] {
        assert!(
            err.lines().any(|l| l.starts_with(expected)),
            "{expected:?} is not reported: {err}"
        );
    }
    assert!(err.contains("already on line 1"), "{err}");
    assert!(
        !err.contains("line 1:") && !err.contains("line 3:"),
        "{err}"
    );
    assert!(!err.contains(&fine), "a valid file is not reported: {err}");
    assert!(err.contains(&format!("readout: {missing}: ")), "{err}");
    assert!(
        err.trim_end()
            .ends_with("readout: 2 of 3 files are not valid"),
        "{err}"
    );

    // The valid file alone passes; the broken one alone is its own report.
    validated(&["validate", &fine], b"");
    let o = readout(&["validate", &broken]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).starts_with(&format!("readout: {broken}: not valid")));
    assert!(!text(&o.stderr).contains("files are not valid"));
}

#[test]
fn validate_refuses_what_holds_nothing_to_check() {
    let s = Scratch::new("validate-nothing");
    let empty = s.write("empty.jsonl", b"\n \n");
    let o = readout(&["validate", &empty]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        text(&o.stderr),
        format!("readout: {empty}: the file is empty: there is nothing to check\n")
    );
    s.write("readouts/a.txt", &seed(XI));
    let o = readout(&["validate", &s.path("readouts")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("no .json, .jsonl or .ndjson files in the directory"),
        "{}",
        text(&o.stderr)
    );
    for args in [vec!["validate"], vec!["validate", "-", "-"]] {
        let o = readout(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o.stderr));
    }
}

#[test]
fn validate_lists_the_first_problems_and_counts_the_rest() {
    let s = Scratch::new("validate-many");
    let many = s.write(
        "many.jsonl",
        "{\"format\": \"readout-annotations\"}\n"
            .repeat(60)
            .as_bytes(),
    );
    let o = readout(&["validate", &many]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.starts_with(&format!(
            "readout: {many}: not valid labeled-JSON lines (60 problems on 60 of 60 lines)\n"
        )),
        "{err}"
    );
    let listed: Vec<&str> = err.lines().filter(|l| l.starts_with("  - line ")).collect();
    assert_eq!(listed.len(), 50, "{err}");
    assert!(listed[49].starts_with("  - line 50: "), "{err}");
    assert!(err.ends_with("\n  ... and 10 more\n"), "{err}");
}

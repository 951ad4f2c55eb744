//! `readout eval DIR...`: the parser scored against hand-made answer keys (`NAME.txt` with
//! `NAME.truth.json`, keyed under KEYING.md), per file, per language and in all.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use readout_annotator::readout::eval::{score, Key, Score, Tally};
use readout_annotator::readout::lang::{self, Language};
use readout_annotator::readout::parse;

use super::{read_text, write_stdout, Failure};

/// Score the parser against answer keys: every NAME.txt in each DIR
/// with its NAME.truth.json (see tests/corpus/KEYING.md); prints per
/// file, per language, English and not, and in all: sentence
/// precision/recall/F1, speaker accuracy, participants found, titles,
/// dates and events (--json: the same as data)
#[derive(clap::Args)]
#[command(override_usage = "readout eval [--json] DIR...", verbatim_doc_comment)]
pub(super) struct Args {
    /// The same figures as JSON
    #[arg(long)]
    json: bool,
    /// A directory of NAME.txt readouts and their NAME.truth.json keys
    #[arg(value_name = "DIR", required = true)]
    dirs: Vec<PathBuf>,
}

/// One scored readout.
struct Scored {
    name: String,
    language: Language,
    score: Score,
}

/// Runs `readout eval`.
pub(super) fn run(args: &Args) -> Result<(), Failure> {
    let &Args { json, ref dirs } = args;
    // Elsewhere `-` is standard input, which holds no directory.
    if dirs.iter().any(|d| d == Path::new("-")) {
        return Err(Failure::usage(
            Some("eval"),
            "eval reads directories, not standard input (-)",
        ));
    }
    let mut scored = Vec::new();
    for dir in dirs {
        for txt in readouts_in(dir)? {
            scored.push(score_file(&txt)?);
        }
    }
    if scored.is_empty() {
        return Err(Failure::input(format!(
            "no NAME.txt readout in {}",
            dirs.iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let out = if json {
        let mut text = serde_json::to_string_pretty(&as_json(&scored))
            .map_err(|e| Failure::input(format!("cannot write JSON: {e}")))?;
        text.push('\n');
        text
    } else {
        table(&scored)
    };
    write_stdout(&out)
}

/// The `.txt` files of `dir`, sorted by name.
fn readouts_in(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| Failure::input(format!("{}: {e}", dir.display())))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Ok(files)
}

fn score_file(txt: &Path) -> Result<Scored, Failure> {
    let key_path = txt.with_extension("truth.json");
    let (name, text) = read_text(Some(txt))?;
    let (key_name, key_json) = read_text(Some(&key_path)).map_err(|_| {
        Failure::input(format!(
            "{name} has no answer key {} (see KEYING.md)",
            key_path.display()
        ))
    })?;
    let key: Key = serde_json::from_str(&key_json)
        .map_err(|e| Failure::input(format!("{key_name}: not an answer key: {e}")))?;
    let stem = txt
        .file_stem()
        .map_or_else(|| name.clone(), |s| s.to_string_lossy().into_owned());
    Ok(Scored {
        name: stem,
        language: lang::detect(&text),
        score: score(&text, &parse(&text), &key),
    })
}

/// Readouts grouped by language, then English and everything else, then all.
fn groups(scored: &[Scored]) -> Vec<(String, Score)> {
    let mut by_language: BTreeMap<&'static str, Score> = BTreeMap::new();
    let (mut english, mut others, mut all) = (Score::default(), Score::default(), Score::default());
    for s in scored {
        by_language
            .entry(s.language.code())
            .or_default()
            .add(&s.score);
        if s.language == Language::En {
            english.add(&s.score);
        } else {
            others.add(&s.score);
        }
        all.add(&s.score);
    }
    let mut out: Vec<(String, Score)> = by_language
        .into_iter()
        .map(|(code, score)| (code.to_owned(), score))
        .collect();
    out.push(("English".into(), english));
    out.push(("not English".into(), others));
    out.push(("all".into(), all));
    out
}

fn fraction(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The figures of one score, by name, as the table and the JSON give them.
fn figures(s: &Score) -> [(&'static str, f64); 9] {
    let Tally { matched, .. } = s.participants;
    [
        ("sentence_precision", s.sentences.precision()),
        ("sentence_recall", s.sentences.recall()),
        ("sentence_f1", s.sentences.f1()),
        ("speakers", s.speaker_accuracy()),
        ("participants", s.participants.recall()),
        ("countries", fraction(s.countries, matched)),
        ("titles", fraction(s.titles, s.readouts)),
        ("dates", fraction(s.dates, s.readouts)),
        ("events", fraction(s.events, s.readouts)),
    ]
}

fn table(scored: &[Scored]) -> String {
    let mut out = String::new();
    let header = format!(
        "{:<52} {:>4} {:>6} {:>6} {:>6} {:>8} {:>12} {:>5} {:>5} {:>5}\n",
        "readout",
        "lang",
        "sent.P",
        "sent.R",
        "sent.F",
        "speakers",
        "participants",
        "title",
        "date",
        "event"
    );
    out.push_str(&header);
    let mark = |ok: usize| if ok > 0 { "yes" } else { "no" };
    for s in scored {
        let c = &s.score;
        out.push_str(&format!(
            "{:<52} {:>4} {:>6.3} {:>6.3} {:>6.3} {:>8.3} {:>12} {:>5} {:>5} {:>5}\n",
            truncate(&s.name, 52),
            s.language.code(),
            c.sentences.precision(),
            c.sentences.recall(),
            c.sentences.f1(),
            c.speaker_accuracy(),
            format!(
                "{}/{} (+{})",
                c.participants.matched,
                c.participants.expected,
                c.participants.found - c.participants.matched
            ),
            mark(c.titles),
            mark(c.dates),
            mark(c.events),
        ));
    }
    out.push_str(&format!(
        "\n{:<12} {:>5} {:>6} {:>6} {:>6} {:>8} {:>12} {:>6} {:>6} {:>6} {:>6}\n",
        "group",
        "files",
        "sent.P",
        "sent.R",
        "sent.F",
        "speakers",
        "participants",
        "country",
        "title",
        "date",
        "event"
    ));
    for (name, s) in groups(scored) {
        let f = figures(&s);
        out.push_str(&format!(
            "{:<12} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>8.3} {:>12.3} {:>7.3} {:>6.3} {:>6.3} {:>6.3}\n",
            name, s.readouts, f[0].1, f[1].1, f[2].1, f[3].1, f[4].1, f[5].1, f[6].1, f[7].1, f[8].1
        ));
    }
    let key_errors: Vec<String> = scored
        .iter()
        .flat_map(|s| {
            s.score
                .key_errors
                .iter()
                .map(move |e| format!("{}: {e}", s.name))
        })
        .collect();
    if !key_errors.is_empty() {
        out.push_str("\nKey errors (the key, not the parser):\n");
        for e in key_errors {
            out.push_str(&format!("  {e}\n"));
        }
    }
    out
}

fn truncate(s: &str, chars: usize) -> String {
    if s.chars().count() <= chars {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(chars - 1).collect();
        t.push('…');
        t
    }
}

fn score_json(s: &Score) -> serde_json::Value {
    let mut object = serde_json::Map::new();
    object.insert("readouts".into(), s.readouts.into());
    for (name, value) in figures(s) {
        object.insert(name.into(), value.into());
    }
    for (name, tally) in [
        ("sentence_counts", s.sentences),
        ("participant_counts", s.participants),
    ] {
        object.insert(
            name.into(),
            serde_json::json!({
                "matched": tally.matched, "found": tally.found, "expected": tally.expected
            }),
        );
    }
    object.insert("key_errors".into(), s.key_errors.clone().into());
    object.into()
}

fn as_json(scored: &[Scored]) -> serde_json::Value {
    serde_json::json!({
        "files": scored.iter().map(|s| {
            let mut v = score_json(&s.score);
            v["file"] = s.name.clone().into();
            v["language"] = s.language.code().into();
            v
        }).collect::<Vec<_>>(),
        "groups": groups(scored).into_iter().map(|(name, s)| {
            let mut v = score_json(&s);
            v["group"] = name.into();
            v
        }).collect::<Vec<_>>(),
    })
}

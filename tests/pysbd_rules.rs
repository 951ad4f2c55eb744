//! pySBD's per-language sentence boundary cases (`tests/fixtures/pysbd/`, taken from pySBD's
//! own test suite by `scripts/gen-pysbd-cases.py`) through the public splitter.
//!
//! pySBD's English "Golden Rules" are the cases a sentence splitter is commonly held to, so
//! every one must pass. The other languages' cases are scored together against a floor: the
//! number of passes measured when it was set, so that a change to the splitter that loses a case
//! fails here. A few cases whose expected output this project disagrees with are listed,
//! each with its reason, in `exclusions.json`; an excluded case that starts passing fails
//! the test too, so the list never outlives its reasons. The per-language table is printed
//! with `cargo test --test pysbd_rules -- --nocapture`.

use std::collections::{BTreeMap, HashMap};

use readout_annotator::readout::split_sentences;
use serde::Deserialize;

/// How many of the non-English cases (exclusions left out) must pass: the number measured
/// when it was set, so that losing any one case fails.
const OTHER_LANGUAGES_FLOOR: usize = 132;

#[derive(Deserialize)]
struct Fixture {
    commit: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    lang: String,
    golden: bool,
    text: String,
    expected: Vec<String>,
}

#[derive(Deserialize)]
struct Exclusions {
    exclusions: Vec<Exclusion>,
}

#[derive(Deserialize)]
struct Exclusion {
    id: String,
    reason: String,
}

fn load<T: for<'de> Deserialize<'de>>(name: &str) -> T {
    let path = format!("{}/tests/fixtures/pysbd/{name}", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The splitter's sentences for `text`, white space trimmed as pySBD's tests trim theirs.
fn sentences(text: &str) -> Vec<String> {
    split_sentences(text)
        .iter()
        .map(|s| s.slice(text).trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

fn expected(case: &Case) -> Vec<String> {
    case.expected
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

#[derive(Default)]
struct Tally {
    passed: usize,
    total: usize,
    excluded: usize,
}

#[test]
fn pysbd_cases_split_as_expected() {
    let fixture: Fixture = load("cases.json");
    let exclusions: Exclusions = load("exclusions.json");
    let reasons: HashMap<&str, &str> = exclusions
        .exclusions
        .iter()
        .map(|e| (e.id.as_str(), e.reason.as_str()))
        .collect();
    assert_eq!(
        reasons.len(),
        exclusions.exclusions.len(),
        "an exclusion is listed twice"
    );
    for e in &exclusions.exclusions {
        assert!(
            fixture.cases.iter().any(|c| c.id == e.id),
            "exclusion {} names no case",
            e.id
        );
        assert!(
            !e.reason.trim().is_empty(),
            "exclusion {} gives no reason",
            e.id
        );
    }
    assert!(
        fixture
            .cases
            .iter()
            .filter(|c| c.lang == "en" && c.golden)
            .count()
            >= 48,
        "the English Golden Rules are all in the fixture"
    );

    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut golden_failures = Vec::new();
    let mut passing_exclusions = Vec::new();
    for case in &fixture.cases {
        let got = sentences(&case.text);
        let ok = got == expected(case);
        let tally = tallies.entry(case.lang.as_str()).or_default();
        if let Some(reason) = reasons.get(case.id.as_str()) {
            tally.excluded += 1;
            if ok {
                passing_exclusions.push(format!("{} ({reason})", case.id));
            }
            continue;
        }
        tally.total += 1;
        if ok {
            tally.passed += 1;
            continue;
        }
        let report = format!(
            "{}\n  text:     {:?}\n  expected: {:?}\n  got:      {:?}",
            case.id, case.text, case.expected, got
        );
        if case.lang == "en" && case.golden {
            golden_failures.push(report);
        } else {
            failures.push(report);
        }
    }

    println!("pySBD {}: cases passed per language", fixture.commit);
    let (mut other_passed, mut other_total) = (0, 0);
    for (lang, t) in &tallies {
        println!(
            "  {lang}: {}/{} ({} excluded)",
            t.passed, t.total, t.excluded
        );
        if *lang != "en" {
            other_passed += t.passed;
            other_total += t.total;
        }
    }
    let rate = other_passed as f64 / other_total.max(1) as f64;
    println!("  not English: {other_passed}/{other_total} ({:.3})", rate);
    for f in &failures {
        println!("FAIL {f}");
    }

    assert!(
        golden_failures.is_empty(),
        "English Golden Rules failing:\n{}",
        golden_failures.join("\n")
    );
    assert!(
        passing_exclusions.is_empty(),
        "excluded cases that now pass (drop them from exclusions.json):\n{}",
        passing_exclusions.join("\n")
    );
    assert!(
        other_passed >= OTHER_LANGUAGES_FLOOR,
        "not English: {other_passed}/{other_total} ({rate:.3}) pass, below the floor of \
         {OTHER_LANGUAGES_FLOOR}:\n{}",
        failures.join("\n")
    );
}

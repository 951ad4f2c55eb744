//! The CLI reads text the way the page does (`readout::encoding::decode_text`): UTF-8 with or
//! without a byte-order mark and UTF-16 with one are read; anything else is refused with a
//! message naming what was found, and a non-zero exit.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const READOUT: &str = "Xi Jinping Calls Rouhani\n\nXi Jinping said that China supports Iran. \
                       Rouhani thanked him 😀.\n";

fn readout(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1764283260")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("the binary finishes")
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom.then_some(0xfeff).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    out
}

fn refused(o: &Output, needles: &[&str]) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(o.stdout.is_empty(), "nothing on stdout");
    for needle in needles {
        assert!(err.contains(needle), "{err:?} lacks {needle:?}");
    }
}

fn parsed(o: &Output) -> Value {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).expect("JSON")
}

#[test]
fn nul_bytes_are_refused_as_binary() {
    let nul = vec![0u8; 1 << 20];
    refused(
        &readout(&["parse"], &nul),
        &["<stdin>", "binary", "NUL", "offset 0"],
    );
    let mut text = READOUT.as_bytes().to_vec();
    text.insert(30, 0);
    refused(&readout(&["split"], &text), &["binary", "offset 30"]);
}

#[test]
fn utf16_with_a_bom_reads_as_its_utf8() {
    let want = parsed(&readout(&["parse"], READOUT.as_bytes()));
    for big_endian in [false, true] {
        let got = parsed(&readout(&["parse"], &utf16(READOUT, big_endian, true)));
        assert_eq!(got, want, "UTF-16 {}", if big_endian { "BE" } else { "LE" });
    }
    let mut bom8 = "\u{feff}".as_bytes().to_vec();
    bom8.extend(READOUT.as_bytes());
    assert_eq!(parsed(&readout(&["parse"], &bom8)), want);
    let split = readout(&["split"], &utf16(READOUT, false, true));
    assert_eq!(
        split.stdout,
        readout(&["split"], READOUT.as_bytes()).stdout,
        "split reads UTF-16 too"
    );
}

#[test]
fn utf16_without_a_bom_is_refused() {
    let ascii = "Talks Held\n\nThe ministers met and agreed.\n";
    for text in [READOUT, ascii] {
        for (big_endian, name) in [(false, "little-endian"), (true, "big-endian")] {
            let o = readout(&["parse"], &utf16(text, big_endian, false));
            refused(&o, &["UTF-16", name, "byte-order mark"]);
        }
    }
}

#[test]
fn latin1_is_refused_naming_the_offset() {
    let latin1 = b"Caf\xe9 talks\n\nThe ministers met.\n";
    refused(
        &readout(&["parse"], latin1),
        &["not UTF-8", "offset 3", "0xE9"],
    );
}

#[test]
fn invalid_utf8_inside_json_is_refused_not_replaced() {
    let mut json = br#"{"format": "readout-annotations", "version": 1, "codebook": {"themes": []},
        "documents": [{"id": "d", "text": "Caf"#
        .to_vec();
    json.push(0xe9);
    json.extend(br#"", "sentences": []}]}"#);
    let offset = json
        .iter()
        .position(|b| *b == 0xe9)
        .expect("the byte")
        .to_string();
    refused(&readout(&["validate", "-"], &json), &["not UTF-8", &offset]);
    // A JSON escape of half a surrogate pair is refused by the JSON reader, not replaced.
    let escaped = String::from_utf8_lossy(&json).replace('\u{fffd}', "\\udc00");
    let o = readout(&["validate", "-"], escaped.as_bytes());
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn utf16_json_with_a_bom_validates() {
    let ws = readout(&["parse"], READOUT.as_bytes());
    let json = String::from_utf8(ws.stdout).expect("UTF-8");
    let o = readout(&["validate", "-"], &utf16(&json, false, true));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// The commands that read workspaces line by line read a whole file as it is: UTF-16 in either
/// byte order, and an offset counted from the file's first byte.
#[test]
fn workspace_readers_read_a_whole_file_as_it_is() {
    let ws = readout(&["parse"], READOUT.as_bytes());
    let json = String::from_utf8(ws.stdout).expect("UTF-8");
    for args in [
        &["stats", "--csv", "-"][..],
        &["convert", "--to", "csv", "-"],
    ] {
        let expected = readout(args, json.as_bytes());
        assert!(expected.status.success(), "{args:?}");
        for big_endian in [false, true] {
            let o = readout(args, &utf16(&json, big_endian, true));
            assert!(
                o.status.success(),
                "{args:?}, big endian {big_endian}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            assert_eq!(o.stdout, expected.stdout, "{args:?}");
        }
    }
    let mut bad = b"{\n  \"format\": \"readout-annotations\", \"version\": 1, \"caf".to_vec();
    bad.push(0xe9);
    let offset = bad.len() - 1;
    refused(
        &readout(&["stats", "-"], &bad),
        &["not UTF-8", &format!("offset {offset};")],
    );
}

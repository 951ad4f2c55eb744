//! REFI-QDA (QDA-XML 1.0): a `.qdc` codebook and a `.qdpx` project, the exchange format that
//! NVivo, ATLAS.ti, MAXQDA and QualCoder import.
//!
//! A `.qdpx` is a zip holding `project.qde` (the XML) and `sources/<guid>.txt` (each readout's
//! text exactly as stored). Each labelled sentence is a `PlainTextSelection` whose positions
//! count code points (start inclusive, end exclusive, as Python slices), with one `Coding` per
//! theme. GUIDs are derived from ids, never random, so the same workspace always gives the
//! same bytes and a re-export updates rather than duplicates codes in the other tool.

use std::borrow::Cow;
use std::io;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use super::error::{ImportError, ImportErrorKind as K};
use super::json::generator;
use super::labels::sentence_ranges;
use super::stored_zip::StoredZip;
use crate::annotation::{AnnotatedDocument, Codebook, Color, Theme, Workspace};
use crate::fnv;

const PROJECT_NS: &str = "urn:QDA-XML:project:1.0";
const CODEBOOK_NS: &str = "urn:QDA-XML:codebook:1.0";

type Xml = Writer<Vec<u8>>;

/// A GUID determined by `parts`: two FNV-1a hashes with different seeds, each finished with
/// MurmurHash3's mixer so that similar ids give unrelated GUIDs, laid out as an RFC 9562
/// version-8 (application-defined) UUID. `0xff` never occurs in UTF-8, so it separates the
/// parts unambiguously.
fn guid(parts: &[&str]) -> String {
    let hash = |seed: u64| {
        let mut h = fnv::extend(seed, parts.iter().flat_map(|p| p.bytes().chain([0xff])));
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    };
    let hi = (hash(fnv::OFFSET) & !0xf000) | 0x8000;
    let lo = (hash(0x8422_2325_cbf2_9ce4) & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

fn code_guid(theme: &str) -> String {
    guid(&["code", theme])
}

fn source_guid(doc: &AnnotatedDocument) -> String {
    guid(&["source", &doc.id])
}

/// Characters XML 1.0 cannot carry even escaped (most C0 controls) become U+FFFD, so a stray
/// control character pasted into a name cannot make the whole file unreadable.
fn xml_safe(s: &str) -> Cow<'_, str> {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    if s.contains(bad) {
        Cow::Owned(s.replace(bad, "\u{fffd}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// An XML document written by `body`, with declaration and final newline.
fn xml_document(body: impl FnOnce(&mut Xml) -> io::Result<()>) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))
        .and_then(|()| body(&mut w))
        .expect("writing to memory cannot fail");
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("every piece written was a str")
}

/// `<Description>` with `text`, when there is any.
fn description(w: &mut Xml, text: &str) -> io::Result<()> {
    if !text.is_empty() {
        w.create_element("Description")
            .write_text_content(BytesText::new(&xml_safe(text)))?;
    }
    Ok(())
}

/// The codebook's codes, nested as its themes are (a theme's `<Code>` holds those under it).
fn codes(w: &mut Xml, codebook: &Codebook) -> io::Result<()> {
    let tree = codebook.tree();
    w.create_element("Codes")
        .write_inner_content(|w| code_subtrees(w, &tree))?;
    Ok(())
}

/// Writes each theme of `tree` at the slice's top depth as a `<Code>`, with the entries that
/// follow it at greater depths (the themes under it) inside.
fn code_subtrees(w: &mut Xml, tree: &[(usize, &Theme)]) -> io::Result<()> {
    let mut at = 0;
    while at < tree.len() {
        let (depth, t) = tree[at];
        let end = tree[at + 1..]
            .iter()
            .position(|(d, _)| *d <= depth)
            .map_or(tree.len(), |n| at + 1 + n);
        let (guid, color) = (code_guid(&t.id), t.color.to_string());
        w.create_element("Code")
            .with_attributes([
                ("guid", guid.as_str()),
                ("name", &xml_safe(&t.name)),
                ("isCodable", "true"),
                ("color", &color),
            ])
            .write_inner_content(|w| {
                description(w, &t.description)?;
                code_subtrees(w, &tree[at + 1..end])
            })?;
        at = end;
    }
    Ok(())
}

/// The codebook as a REFI-QDA `.qdc` file; `None` for an empty codebook, which the format
/// cannot express (a codebook holds at least one code).
pub fn export_qdc(codebook: &Codebook) -> Option<String> {
    if codebook.themes.is_empty() {
        return None;
    }
    Some(xml_document(|w| {
        w.create_element("CodeBook")
            .with_attributes([("xmlns", CODEBOOK_NS), ("origin", &generator())])
            .write_inner_content(|w| codes(w, codebook))?;
        Ok(())
    }))
}

/// One readout as a `TextSource` whose text is `internal://<guid>.txt` in the `.qdpx`.
fn source(w: &mut Xml, doc: &AnnotatedDocument, user: &str, at: &str) -> io::Result<()> {
    let source_id = source_guid(doc);
    let path = format!("internal://{source_id}.txt");
    let name = if doc.title.is_empty() {
        &doc.id
    } else {
        &doc.title
    };
    w.create_element("TextSource")
        .with_attributes([
            ("guid", source_id.as_str()),
            ("name", &xml_safe(name)),
            ("plainTextPath", &path),
            ("creatingUser", user),
            ("creationDateTime", at),
        ])
        .write_inner_content(|w| {
            let about: Vec<String> = [
                doc.date.as_ref().map(|d| format!("Date: {d}")),
                (!doc.participants.is_empty()).then(|| {
                    let names: Vec<&str> =
                        doc.participants.iter().map(|p| p.name.as_str()).collect();
                    format!("Participants: {}", names.join(", "))
                }),
                Some(format!("Readout Annotator document {}", doc.id)),
            ]
            .into_iter()
            .flatten()
            .collect();
            description(w, &about.join("\n"))?;
            for (s, (start, end)) in doc.sentences.iter().zip(sentence_ranges(doc)) {
                if s.themes.is_empty() && s.note.is_empty() {
                    continue;
                }
                let sid = s.id.to_string();
                let name = format!("Sentence {sid} — {}", doc.speaker_label(&s.speaker));
                let (start, end) = (start.to_string(), end.to_string());
                w.create_element("PlainTextSelection")
                    .with_attributes([
                        ("guid", guid(&["selection", &doc.id, &sid]).as_str()),
                        ("name", &xml_safe(&name)),
                        ("startPosition", &start),
                        ("endPosition", &end),
                        ("creatingUser", user),
                        ("creationDateTime", at),
                    ])
                    .write_inner_content(|w| {
                        description(w, &s.note)?;
                        for t in &s.themes {
                            let coding = guid(&["coding", &doc.id, &sid, t]);
                            w.create_element("Coding")
                                .with_attributes([
                                    ("guid", coding.as_str()),
                                    ("creatingUser", user),
                                    ("creationDateTime", at),
                                ])
                                .write_inner_content(|w| {
                                    w.create_element("CodeRef")
                                        .with_attribute(("targetGUID", code_guid(t).as_str()))
                                        .write_empty()?;
                                    Ok(())
                                })?;
                        }
                        Ok(())
                    })?;
            }
            Ok(())
        })?;
    Ok(())
}

/// The `project.qde` of [`export_qdpx`]: users, codebook, and one text source per readout.
/// `exported_at` (RFC 3339) is the creation time of everything in it, so output is
/// reproducible.
pub fn export_qde(workspace: &Workspace, exported_at: &str) -> String {
    let user = guid(&["user", "readout-annotator"]);
    let at = exported_at;
    xml_document(|w| {
        w.create_element("Project")
            .with_attributes([
                ("xmlns", PROJECT_NS),
                ("name", "Readout Annotator workspace"),
                ("origin", &generator()),
                ("creatingUserGUID", &user),
                ("creationDateTime", at),
            ])
            .write_inner_content(|w| {
                w.create_element("Users").write_inner_content(|w| {
                    w.create_element("User")
                        .with_attributes([("guid", user.as_str()), ("name", "Readout Annotator")])
                        .write_empty()?;
                    Ok(())
                })?;
                if !workspace.codebook.themes.is_empty() {
                    w.create_element("CodeBook")
                        .write_inner_content(|w| codes(w, &workspace.codebook))?;
                }
                if !workspace.documents.is_empty() {
                    w.create_element("Sources").write_inner_content(|w| {
                        for doc in &workspace.documents {
                            source(w, doc, &user, at)?;
                        }
                        Ok(())
                    })?;
                }
                Ok(())
            })?;
        Ok(())
    })
}

/// The workspace as a REFI-QDA `.qdpx` project: a zip with `project.qde` and each readout as
/// `sources/<guid>.txt` (UTF-8). Entries are stored uncompressed with the fixed 1980 DOS
/// timestamp, so the same workspace and `exported_at` always give the same bytes.
pub fn export_qdpx(workspace: &Workspace, exported_at: &str) -> Vec<u8> {
    let mut zip = StoredZip::new();
    zip.add("project.qde", export_qde(workspace, exported_at).as_bytes());
    for doc in &workspace.documents {
        zip.add(
            &format!("sources/{}.txt", source_guid(doc)),
            doc.text.as_bytes(),
        );
    }
    zip.finish()
}

/// A codebook from a REFI-QDA `.qdc` file (or the codebook of a `.qde` project). Codes keep
/// their order (nested codes follow their parent) and their nesting: a nested code's theme
/// sits under its enclosing code's. Codes marked not codable are folders and are left out;
/// the codes inside a folder sit under the folder's nearest enclosing code. Ids are made from the names; colours given as `#rgb` are widened, and a code
/// without a colour gets one from the default palette.
pub fn import_qdc(xml: &str) -> Result<Codebook, ImportError> {
    use quick_xml::events::Event as E;
    use quick_xml::XmlVersion;

    let palette = Codebook::diplomatic_default();
    let mut book = Codebook::new(Vec::new());
    // For each open <Code>: the index of its theme, or None when it is not codable.
    let mut open: Vec<Option<usize>> = Vec::new();
    let mut description: Option<(usize, String)> = None;
    let mut root_seen = false;
    let mut reader = quick_xml::Reader::from_str(xml.trim_start_matches('\u{feff}'));
    let invalid = |e: &dyn std::fmt::Display, at: u64| {
        ImportError::new(K::Malformed, format!("invalid XML near byte {at}: {e}"))
    };
    loop {
        let at = reader.buffer_position();
        let event = reader.read_event().map_err(|e| invalid(&e, at))?;
        match event {
            E::Start(ref e) | E::Empty(ref e) => {
                let local = e.local_name();
                let name = local.as_ref();
                if !root_seen {
                    root_seen = true;
                    if name != b"CodeBook" && name != b"Project" {
                        return Err(ImportError::new(
                            K::WrongFormat,
                            "not a REFI-QDA codebook: the root element is not <CodeBook>",
                        ));
                    }
                }
                if name == b"Code" {
                    let attr = |key: &str| -> Result<Option<String>, ImportError> {
                        match e.try_get_attribute(key).map_err(|e| invalid(&e, at))? {
                            Some(a) => Ok(Some(
                                a.normalized_value(XmlVersion::Implicit1_0)
                                    .map_err(|e| invalid(&e, at))?
                                    .into_owned(),
                            )),
                            None => Ok(None),
                        }
                    };
                    let code_name = attr("name")?.unwrap_or_default();
                    let codable =
                        attr("isCodable")?.is_none_or(|v| v.trim() != "false" && v.trim() != "0");
                    let color = attr("color")?;
                    let index = if codable {
                        if code_name.trim().is_empty() {
                            return Err(ImportError::new(
                                K::Malformed,
                                format!("code {} has no name", book.themes.len() + 1),
                            ));
                        }
                        let color = match color {
                            Some(c) => parse_rgb(&c).ok_or_else(|| {
                                ImportError::new(
                                    K::InvalidColor,
                                    format!(
                                        "code {code_name:?}: colour {c:?} is not #rrggbb or #rgb"
                                    ),
                                )
                            })?,
                            None => {
                                let n = book.themes.len() % palette.themes.len().max(1);
                                palette
                                    .themes
                                    .get(n)
                                    .map_or(Color::rgb(0x88, 0x88, 0x88), |t| t.color)
                            }
                        };
                        let id = book.fresh_id(&code_name);
                        // Under the nearest enclosing code that is a theme (folders are not).
                        let parent = open
                            .iter()
                            .rev()
                            .flatten()
                            .next()
                            .map(|&i| book.themes[i].id.clone());
                        book.themes.push(
                            Theme::new(&id, code_name.trim(), color, "")
                                .with_parent(parent.as_deref()),
                        );
                        Some(book.themes.len() - 1)
                    } else {
                        None
                    };
                    if matches!(event, E::Start(_)) {
                        open.push(index);
                    }
                } else if name == b"Description" && matches!(event, E::Start(_)) {
                    if let Some(Some(i)) = open.last() {
                        description = Some((*i, String::new()));
                    }
                }
            }
            E::Text(t) => {
                if let Some((_, text)) = &mut description {
                    text.push_str(&t.xml10_content().map_err(|e| invalid(&e, at))?);
                }
            }
            E::CData(t) => {
                if let Some((_, text)) = &mut description {
                    text.push_str(&t.decode().map_err(|e| invalid(&e, at))?);
                }
            }
            E::GeneralRef(r) => {
                if let Some((_, text)) = &mut description {
                    let name = r.decode().map_err(|e| invalid(&e, at))?;
                    match r.resolve_char_ref().map_err(|e| invalid(&e, at))? {
                        Some(c) => text.push(c),
                        None => text.push_str(
                            quick_xml::escape::resolve_predefined_entity(&name)
                                .ok_or_else(|| invalid(&format!("unknown entity &{name};"), at))?,
                        ),
                    }
                }
            }
            E::End(e) => match e.local_name().as_ref() {
                b"Code" => {
                    open.pop();
                }
                b"Description" => {
                    if let Some((i, text)) = description.take() {
                        if let Some(t) = book.themes.get_mut(i) {
                            t.description = text.trim().to_string();
                        }
                    }
                }
                _ => {}
            },
            E::Eof => break,
            _ => {}
        }
    }
    if !root_seen {
        return Err(ImportError::new(
            K::WrongFormat,
            "not a REFI-QDA codebook: there is no XML element in the file",
        ));
    }
    if book.themes.is_empty() {
        return Err(ImportError::new(
            K::Malformed,
            "the codebook has no codable codes",
        ));
    }
    // REFI-QDA has no shortcut keys: the first nine codes get 1–9.
    book.settle_keys();
    Ok(book)
}

/// `#rrggbb`, or the short `#rgb` that REFI-QDA also allows.
fn parse_rgb(s: &str) -> Option<Color> {
    let s = s.trim();
    match s.len() {
        4 if s.starts_with('#') => {
            let long: String = s[1..].chars().flat_map(|c| [c, c]).collect();
            Color::parse(&format!("#{long}")).ok()
        }
        _ => Color::parse(s).ok(),
    }
}

//! Format-v1 JSONL, as `readout parse --jsonl` writes it: one whole format-v1 file per line
//! ([`super::write_v1_line`]), usually of one document. Reading it back gives one workspace, so
//! a batch parsed on the command line opens in the page and feeds `readout stats`, `agree`
//! and `convert` like any workspace file.

use std::collections::HashMap;

use serde::Deserialize;

use super::error::{ImportError, ImportErrorKind as K};
use super::json::import_v1;
use super::limits;
use crate::annotation::Workspace;

/// True when `contents` is JSONL rather than one (pretty) JSON file: its first non-blank line
/// is a whole JSON object by itself. A pretty file's first line is a lone `{`.
pub fn is_v1_lines(contents: &str) -> bool {
    let first = contents
        .trim_start_matches('\u{feff}')
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    first.len() > 1 && first.starts_with('{') && first.ends_with('}')
}

/// A workspace from the file the page opens or imports: a format-v1 file, or format-v1 JSONL
/// ([`import_v1_lines`]).
pub fn import_workspace(contents: &str) -> Result<Workspace, ImportError> {
    if is_v1_lines(contents) {
        import_v1_lines(contents)
    } else {
        import_v1(contents)
    }
}

/// Every line of format-v1 JSONL merged into one workspace ([`LineMerger`]); blank lines are
/// skipped. A problem is reported with its line ("line 3: document 1, sentence 2 ...") and
/// nothing is returned. The whole is held to the same [`limits`] as a workspace file.
pub fn import_v1_lines(contents: &str) -> Result<Workspace, ImportError> {
    limits::check_file_size(contents.len())?;
    let contents = contents.trim_start_matches('\u{feff}');
    let lines: Vec<(usize, &str)> = contents
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    match lines.as_slice() {
        [] => {
            return Err(ImportError::new(
                K::Malformed,
                "the file is empty: there is nothing to import",
            ))
        }
        // One line is an ordinary file written on one line: its errors need no line number.
        [(_, only)] => return import_v1(only),
        _ => {}
    }
    let mut merger = LineMerger::default();
    for (number, line) in lines {
        let workspace = import_v1(line).map_err(|e| at_line(number, &e))?;
        merger.add(number, workspace)?;
        limits::check_documents(merger.documents()).map_err(|e| at_line(number, &e.into()))?;
    }
    Ok(merger.finish())
}

/// The error of line `number`, saying so.
pub fn at_line(number: usize, e: &ImportError) -> ImportError {
    ImportError::new(e.kind(), format!("line {number}: {}", e.message()))
}

/// The `source` a line of `readout parse --jsonl` records (the path its readout was read
/// from); `None` when it has none or is not JSON. Format v1 itself does not carry it, so
/// [`import_v1`] drops it.
pub fn line_source(line: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Source {
        #[serde(default)]
        source: Option<String>,
    }
    serde_json::from_str::<Source>(line).ok()?.source
}

/// Merges the workspaces of successive lines into one. The codebook is the first line's, with
/// the themes of later lines added after it; a theme id must mean the same theme (the same
/// name) on every line, and a document may appear on one line only.
#[derive(Debug, Default)]
pub struct LineMerger {
    workspace: Option<Workspace>,
    /// The line each document id came from, for the message about a second one.
    lines: HashMap<String, usize>,
    /// The line each theme id was first defined on.
    themes: HashMap<String, usize>,
    /// Only the checks are wanted ([`LineMerger::checking`]): documents are not kept.
    checking: bool,
}

impl LineMerger {
    /// A merger that makes every check of [`LineMerger::add`] but keeps only the documents'
    /// ids, not the documents, so that checking a corpus takes memory for its codebook and ids
    /// alone; [`LineMerger::finish`] gives the merged codebook and no documents.
    pub fn checking() -> Self {
        LineMerger {
            checking: true,
            ..LineMerger::default()
        }
    }

    /// Adds line `number`'s workspace, or refuses it (leaving the merge as it was) when it
    /// repeats a document or gives a theme id another name.
    pub fn add(&mut self, number: usize, mut line: Workspace) -> Result<(), ImportError> {
        let Some(merged) = &mut self.workspace else {
            self.themes = (line.codebook.themes.iter())
                .map(|t| (t.id.clone(), number))
                .collect();
            self.lines = (line.documents.iter())
                .map(|d| (d.id.clone(), number))
                .collect();
            if self.checking {
                line.documents.clear();
            }
            self.workspace = Some(line);
            return Ok(());
        };
        for d in &line.documents {
            if let Some(first) = self.lines.get(&d.id) {
                return Err(ImportError::new(
                    K::DuplicateId,
                    format!(
                        "line {number}: document {:?} is already on line {first}; each readout \
                         can be added once",
                        d.id
                    ),
                ));
            }
        }
        let mut added = Vec::new();
        for t in &line.codebook.themes {
            match merged.codebook.themes.iter().find(|m| m.id == t.id) {
                Some(m) if m.name != t.name => {
                    return Err(ImportError::new(
                        K::DuplicateId,
                        format!(
                            "line {number}: theme {:?} is named {:?}, but {:?} on line {}",
                            t.id, t.name, m.name, self.themes[&t.id]
                        ),
                    ))
                }
                Some(_) => {}
                None => added.push(t.clone()),
            }
        }
        limits::check_themes(merged.codebook.themes.len() + added.len())
            .map_err(|e| at_line(number, &e.into()))?;
        for t in added {
            self.themes.insert(t.id.clone(), number);
            merged.codebook.themes.push(t);
        }
        merged.codebook.settle_keys();
        for d in line.documents {
            self.lines.insert(d.id.clone(), number);
            if !self.checking {
                merged.documents.push(d);
            }
        }
        Ok(())
    }

    /// How many documents have been merged (each id is on one line only).
    pub fn documents(&self) -> usize {
        self.lines.len()
    }

    /// The merged workspace, without its documents when [`LineMerger::checking`]; an empty
    /// default one when no line was added.
    pub fn finish(self) -> Workspace {
        self.workspace.unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{AnnotatedDocument, Codebook, Color, Theme};
    use crate::export::{export_v1, write_v1_line};

    fn workspace(texts: &[&str]) -> Workspace {
        let mut ws = Workspace::default();
        for text in texts {
            let edit = ws.add_document_edit(AnnotatedDocument::parse(text));
            ws.apply(edit).expect("a new document");
        }
        ws
    }

    fn line(ws: &Workspace, source: Option<&str>) -> String {
        let mut out = Vec::new();
        write_v1_line(ws, "2026-01-01T00:00:00Z", source, &mut out).expect("to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    const A: &str = "Xi Jinping spoke with Emmanuel Macron by phone.\n\nXi said trade matters.\n";
    const B: &str = "Joe Biden met Narendra Modi.\n\nBiden said the partnership is strong.\n";

    #[test]
    fn a_line_is_the_file_on_one_line_with_its_source() {
        let ws = workspace(&[A]);
        let one = line(&ws, Some("corpus/a.txt"));
        assert!(!one.contains('\n'), "{one}");
        assert_eq!(line_source(&one).as_deref(), Some("corpus/a.txt"));
        assert_eq!(line_source(&line(&ws, None)), None);
        // The same workspace as the pretty file, whatever the source.
        let pretty: serde_json::Value =
            serde_json::from_str(&export_v1(&ws, "2026-01-01T00:00:00Z")).unwrap();
        let mut compact: serde_json::Value = serde_json::from_str(&one).unwrap();
        compact.as_object_mut().unwrap().remove("source");
        assert_eq!(pretty, compact);
        assert_eq!(import_v1(&one), Ok(ws));
    }

    #[test]
    fn lines_merge_into_one_workspace_in_order() {
        let text = format!(
            "\u{feff}{}\n\n{}\n",
            line(&workspace(&[A]), Some("a.txt")),
            line(&workspace(&[B]), Some("b.txt"))
        );
        assert!(is_v1_lines(&text));
        let ws = import_workspace(&text).expect("imports");
        assert_eq!(ws, workspace(&[A, B]));
        // A pretty file is not JSONL, and imports as before.
        let pretty = export_v1(&ws, "2026-01-01T00:00:00Z");
        assert!(!is_v1_lines(&pretty));
        assert_eq!(import_workspace(&pretty), Ok(ws));
    }

    #[test]
    fn a_bad_line_is_named() {
        let good = line(&workspace(&[A]), None);
        let text = format!("{good}\n{{\"format\": \"readout-annotations\"}}\n");
        let e = import_v1_lines(&text).unwrap_err();
        assert!(e.message().starts_with("line 2: "), "{e}");
        let twice = format!("{good}\n{good}\n");
        let e = import_v1_lines(&twice).unwrap_err();
        assert_eq!(e.kind(), K::DuplicateId);
        assert!(e.message().contains("already on line 1"), "{e}");
        // A single line reads as the file it is: no line number.
        let e = import_workspace("{\"format\": \"other\"}").unwrap_err();
        assert!(!e.message().starts_with("line"), "{e}");
    }

    #[test]
    fn codebooks_merge_by_theme_id() {
        let theme = |id: &str, name: &str| Theme::new(id, name, Color::rgb(1, 2, 3), "");
        let mut first = workspace(&[A]);
        first.codebook = Codebook::new(vec![theme("trade", "Trade")]);
        let mut second = workspace(&[B]);
        second.codebook = Codebook::new(vec![theme("trade", "Trade"), theme("health", "Health")]);
        let mut merger = LineMerger::default();
        merger.add(1, first.clone()).unwrap();
        merger.add(2, second.clone()).unwrap();
        let merged = merger.finish();
        let ids: Vec<&str> = merged
            .codebook
            .themes
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(ids, ["trade", "health"]);
        assert_eq!(merged.documents.len(), 2);
        second.codebook = Codebook::new(vec![theme("trade", "Commerce")]);
        let mut merger = LineMerger::default();
        merger.add(1, first).unwrap();
        let e = merger.add(4, second).unwrap_err();
        assert!(
            e.message()
                .contains("\"Commerce\", but \"Trade\" on line 1"),
            "{e}"
        );
        assert_eq!(merger.documents(), 1, "a refused line adds nothing");
    }

    #[test]
    fn a_checking_merger_checks_as_much_and_keeps_no_document() {
        let theme = |id: &str, name: &str| Theme::new(id, name, Color::rgb(1, 2, 3), "");
        let mut first = workspace(&[A]);
        first.codebook = Codebook::new(vec![theme("trade", "Trade")]);
        let mut second = workspace(&[B]);
        second.codebook = Codebook::new(vec![theme("health", "Health")]);
        let (mut merging, mut checking) = (LineMerger::default(), LineMerger::checking());
        for merger in [&mut merging, &mut checking] {
            merger.add(1, first.clone()).unwrap();
            merger.add(2, second.clone()).unwrap();
            let again = merger.add(3, first.clone()).unwrap_err();
            assert!(again.message().contains("already on line 1"), "{again}");
            let mut renamed = workspace(&["Putin spoke with Xi.\n"]);
            renamed.codebook = Codebook::new(vec![theme("health", "Medicine")]);
            let e = merger.add(5, renamed).unwrap_err();
            assert!(e.message().starts_with("line 5: theme \"health\""), "{e}");
            assert_eq!(merger.documents(), 2);
        }
        let merged = merging.finish();
        let checked = checking.finish();
        assert_eq!(merged.documents.len(), 2);
        assert!(checked.documents.is_empty(), "no document is kept");
        assert_eq!(
            checked.codebook, merged.codebook,
            "the codebook is merged all the same"
        );
    }
}

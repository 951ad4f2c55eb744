//! Reading format v1 and codebook files: the header is checked first ([`header`]), then the
//! codebook here and each document in [`document`], collecting every problem found so that
//! `readout validate` can list them all.

mod document;
mod header;

use std::collections::HashSet;
use std::rc::Rc;

use serde::Deserialize;

use self::document::document_from_wire;
use self::header::{check_header, upgrade};
use crate::annotation::{is_shortcut_key, Codebook, Color, KeyReassigned, Theme, Workspace};
use crate::export::error::{ImportError, ImportErrorKind as K};
use crate::export::limits;
use crate::export::v1::*;

/// Reads a format-v1 file back into a workspace, checking everything the format promises.
/// On any problem nothing is returned but an error saying what is wrong and where (the first
/// problem; [`validate_v1`] lists them all), so a caller can keep the current work untouched.
pub fn import_v1(json: &str) -> Result<Workspace, ImportError> {
    validate_v1(json).map_err(|mut problems| problems.swap_remove(0))
}

/// Like [`import_v1`], but on failure lists every problem found (never an empty list), in file
/// order, for `readout validate`. Problems that make the rest unreadable (bad JSON, another
/// format, a missing field) come alone; problems in sentences and themes are all listed.
pub fn validate_v1(json: &str) -> Result<Workspace, Vec<ImportError>> {
    limits::check_file_size(json.len()).map_err(|e| vec![e.into()])?;
    let version = check_header(json, FORMAT).map_err(|e| vec![e])?;
    let json = upgrade(json, version).map_err(|e| vec![e])?;
    let file: WorkspaceV1 =
        serde_json::from_str(&json).map_err(|e| vec![ImportError::from_json(K::Malformed, &e)])?;
    if let Some(offsets) = &file.offsets {
        if offsets != OFFSETS {
            return Err(vec![ImportError::new(
                K::UnsupportedVersion,
                format!("offsets {offsets:?} are not supported: version 1 counts {OFFSETS:?}"),
            )]);
        }
    }
    limits::check_themes(file.codebook.themes.len()).map_err(|e| vec![e.into()])?;
    limits::check_documents(file.documents.len()).map_err(|e| vec![e.into()])?;
    let mut problems = Vec::new();
    let (codebook, _) = codebook_from_wire(&file.codebook.themes, &mut problems);
    let mut documents = Vec::with_capacity(file.documents.len());
    let mut ids = HashSet::new();
    for (i, d) in file.documents.into_iter().enumerate() {
        let where_ = format!("document {}", i + 1);
        if !ids.insert(d.id.clone()) {
            problems.push(ImportError::new(
                K::DuplicateId,
                format!("{where_}: id {:?} is used by an earlier document", d.id),
            ));
        }
        let before = problems.len();
        match document_from_wire(d, &codebook, &where_, &mut problems) {
            Ok(doc) if problems.len() == before => documents.push(Rc::new(doc)),
            Ok(_) => {}
            Err(e) => problems.push(e),
        }
    }
    if problems.is_empty() {
        Ok(Workspace {
            codebook,
            documents,
        })
    } else {
        Err(problems)
    }
}

/// Reads a codebook from a `readout-codebook` file, or the codebook of a workspace file.
pub fn import_codebook(json: &str) -> Result<Codebook, ImportError> {
    import_codebook_noting_keys(json).map(|(codebook, _)| codebook)
}

/// Like [`import_codebook`], and also lists the themes whose shortcut key in the file clashed
/// with an earlier theme's and was changed, so the page can say so.
pub fn import_codebook_noting_keys(
    json: &str,
) -> Result<(Codebook, Vec<KeyReassigned>), ImportError> {
    #[derive(Deserialize)]
    struct WithCodebook {
        codebook: CodebookV1,
    }
    limits::check_file_size(json.len())?;
    match check_header(json, CODEBOOK_FORMAT) {
        Ok(version) => {
            let json = upgrade(json, version)?;
            let file: CodebookFileV1 = serde_json::from_str(&json)
                .map_err(|e| ImportError::from_json(K::Malformed, &e))?;
            limits::check_themes(file.themes.len())?;
            first_problem(|p| codebook_from_wire(&file.themes, p))
        }
        Err(e) if e.kind() == K::WrongFormat => {
            let version = check_header(json, FORMAT).map_err(|_| e)?;
            let json = upgrade(json, version)?;
            let file: WithCodebook = serde_json::from_str(&json)
                .map_err(|e| ImportError::from_json(K::Malformed, &e))?;
            limits::check_themes(file.codebook.themes.len())?;
            first_problem(|p| codebook_from_wire(&file.codebook.themes, p))
        }
        Err(e) => Err(e),
    }
}

/// Runs a collecting check and keeps only its first problem.
fn first_problem<T>(f: impl FnOnce(&mut Vec<ImportError>) -> T) -> Result<T, ImportError> {
    let mut problems = Vec::new();
    let value = f(&mut problems);
    match problems.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(value),
    }
}

/// The codebook of a file, and the themes whose key clashed (see [`Codebook::settle_keys`];
/// a key that is not one of 1–9 is ignored, as files before stored keys had only those). A
/// theme with a problem is reported and still kept (with a placeholder colour when its own
/// is invalid), so that sentences labelled with it do not add a second, misleading "unknown
/// theme" problem.
fn codebook_from_wire(
    themes: &[ThemeV1],
    problems: &mut Vec<ImportError>,
) -> (Codebook, Vec<KeyReassigned>) {
    let mut out: Vec<Theme> = Vec::with_capacity(themes.len());
    for (i, t) in themes.iter().enumerate() {
        let where_ = format!("codebook, theme {} ({:?})", i + 1, t.id);
        if t.id.trim().is_empty() {
            problems.push(ImportError::new(
                K::Malformed,
                format!("codebook, theme {}: the id is blank", i + 1),
            ));
            continue;
        }
        if out.iter().any(|u| u.id == t.id) {
            problems.push(ImportError::new(
                K::DuplicateId,
                format!("{where_}: the id is used by an earlier theme"),
            ));
            continue;
        }
        if t.name.trim().is_empty() {
            problems.push(ImportError::new(
                K::Malformed,
                format!("{where_}: the name is blank"),
            ));
        }
        let color = Color::parse(&t.color).unwrap_or_else(|e| {
            problems.push(ImportError::new(K::InvalidColor, format!("{where_}: {e}")));
            Color::rgb(0, 0, 0)
        });
        let key = t
            .key
            .as_deref()
            .and_then(|k| k.parse::<char>().ok())
            .filter(|k| is_shortcut_key(*k));
        out.push(
            Theme::new(&t.id, &t.name, color, &t.description)
                .with_key(key)
                .with_parent(t.parent.as_deref()),
        );
    }
    let mut codebook = Codebook { themes: out };
    for (i, t) in codebook.themes.iter().enumerate() {
        let Some(parent) = t.parent.as_deref() else {
            continue;
        };
        let where_ = format!("codebook, theme {} ({:?})", i + 1, t.id);
        if !codebook.contains(parent) {
            problems.push(ImportError::new(
                K::UnknownTheme,
                format!("{where_}: its parent {parent:?} is not in the codebook"),
            ));
        } else if codebook.is_within(parent, &t.id) {
            problems.push(ImportError::new(
                K::Malformed,
                format!("{where_}: its parent {parent:?} sits under it, a loop"),
            ));
        }
    }
    let reassigned = codebook.settle_keys();
    (codebook, reassigned)
}

//! Reading what users bring besides our own workspace files: readouts as `.txt` or `.html`,
//! and codebooks as our JSON or REFI-QDA's `.qdc`.

use super::error::{ImportError, ImportErrorKind as K};
use super::json::import_codebook_noting_keys;
use super::limits;
use super::refi::import_qdc;
use crate::annotation::{AnnotatedDocument, Codebook, KeyReassigned};
use crate::readout::html::html_to_text;

/// True when a file is HTML: by its extension, or by how it starts (a page saved without one).
fn is_html(file_name: &str, contents: &str) -> bool {
    let lower = file_name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        return true;
    }
    let head: String = contents
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// The text a readout file is annotated as: HTML is reduced to its text (markup is never kept
/// or run), by its extension or by how it starts; plain text is taken exactly as it is, apart
/// from a leading byte-order mark. A file with no text is refused.
pub fn readout_text(file_name: &str, contents: &str) -> Result<String, ImportError> {
    let contents = contents.trim_start_matches('\u{feff}');
    let text = if is_html(file_name, contents) {
        html_to_text(contents)
    } else {
        contents.to_string()
    };
    if text.trim().is_empty() {
        return Err(ImportError::new(
            K::Malformed,
            format!("{file_name:?} is empty: there is no text to annotate"),
        ));
    }
    Ok(text)
}

/// A readout file parsed for annotation (its text as [`readout_text`] reads it). A file or a
/// sentence over the [`limits`] is refused.
pub fn import_readout(file_name: &str, contents: &str) -> Result<AnnotatedDocument, ImportError> {
    let too_large =
        |e: limits::LimitError| ImportError::new(K::TooLarge, format!("{file_name}: {e}"));
    limits::check_file_size(contents.len()).map_err(too_large)?;
    let text = readout_text(file_name, contents)?;
    let document = AnnotatedDocument::parse(&text);
    limits::check_document(&document).map_err(too_large)?;
    Ok(document)
}

/// A codebook from any file that holds one: a REFI-QDA `.qdc` (or `.qde`) when the file is
/// XML, otherwise our codebook JSON or a workspace file's codebook.
pub fn import_codebook_file(contents: &str) -> Result<Codebook, ImportError> {
    import_codebook_file_noting_keys(contents).map(|(codebook, _)| codebook)
}

/// Like [`import_codebook_file`], and also lists the themes whose shortcut key clashed with an
/// earlier theme's and was changed (REFI-QDA files have no keys, so only JSON can clash).
pub fn import_codebook_file_noting_keys(
    contents: &str,
) -> Result<(Codebook, Vec<KeyReassigned>), ImportError> {
    limits::check_file_size(contents.len())?;
    let contents = contents.trim_start_matches('\u{feff}');
    if contents.trim_start().starts_with('<') {
        let codebook = import_qdc(contents)?;
        limits::check_themes(codebook.themes.len())?;
        Ok((codebook, Vec::new()))
    } else {
        import_codebook_noting_keys(contents)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readout_texts() {
        let text =
            |name: &str, contents: &str| readout_text(name, contents).map_err(|e| e.to_string());
        assert_eq!(
            text("a.txt", "\u{feff}Readout\n"),
            Ok("Readout\n".to_string())
        );
        // HTML by its extension, or by how it starts when saved without one.
        assert_eq!(
            text("a.html", "<p>Xi <b>spoke</b>.</p>").map(|t| t.contains('<')),
            Ok(false)
        );
        assert_eq!(
            text("page.txt", "<!DOCTYPE html><p>Xi spoke.</p>").map(|t| t.contains('<')),
            Ok(false)
        );
        // Angle brackets in plain text stay.
        assert_eq!(text("a.txt", "a < b"), Ok("a < b".to_string()));
        assert_eq!(
            text("empty.txt", " \r\n\t"),
            Err("\"empty.txt\" is empty: there is no text to annotate".to_string())
        );
        assert!(text("blank.html", "<p> </p>").is_err());
    }
}

//! What importing a codebook does to the labels already made: which current themes the
//! imported codebook lacks, how many labels would go with them, and which of them can be
//! kept by matching theme names. The page asks before anything is dropped.

use super::codebook::Codebook;
use super::edit::Edit;
use super::workspace::Workspace;

/// A current theme whose id the imported codebook does not have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingTheme {
    /// Its id in the current codebook.
    pub id: String,
    /// Its name in the current codebook.
    pub name: String,
    /// Sentences labelled with it, over all documents.
    pub labels: usize,
    /// Documents with at least one such label.
    pub documents: usize,
    /// The id of the imported theme with the same name (ignoring case and spacing), if any.
    pub same_name_as: Option<String>,
}

/// How an imported codebook compares with the workspace's labels.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodebookImportReport {
    /// Current themes missing from the import, in current codebook order.
    pub missing: Vec<MissingTheme>,
    /// Labels (sentence × theme) the import would remove.
    pub dropped_labels: usize,
    /// Documents that would lose at least one label.
    pub affected_documents: usize,
    /// Of `dropped_labels`, those still removed after matching themes by name.
    pub dropped_after_matching: usize,
}

impl CodebookImportReport {
    /// True when applying the import as it is would remove at least one label.
    pub fn drops_labels(&self) -> bool {
        self.dropped_labels > 0
    }

    /// True when some missing theme with labels has a namesake in the import.
    pub fn can_match_by_name(&self) -> bool {
        self.missing
            .iter()
            .any(|m| m.labels > 0 && m.same_name_as.is_some())
    }
}

/// A theme name reduced for comparison: lowercase, runs of whitespace as one space, trimmed.
pub fn theme_name_key(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Old id → imported id for every current theme that the import lacks by id but has by name.
fn name_matches(current: &Codebook, imported: &Codebook) -> Vec<(String, String)> {
    current
        .themes
        .iter()
        .filter(|t| !imported.contains(&t.id))
        .filter_map(|t| {
            let key = theme_name_key(&t.name);
            imported
                .themes
                .iter()
                .find(|u| theme_name_key(&u.name) == key)
                .map(|u| (t.id.clone(), u.id.clone()))
        })
        .collect()
}

/// Compares the workspace's codebook and labels with an imported codebook. Labels whose theme
/// is not in the current codebook either cannot exist (edits refuse them), so only current
/// themes are reported.
pub fn compare_codebooks(workspace: &Workspace, imported: &Codebook) -> CodebookImportReport {
    let matches = name_matches(&workspace.codebook, imported);
    let mut missing: Vec<MissingTheme> = workspace
        .codebook
        .themes
        .iter()
        .filter(|t| !imported.contains(&t.id))
        .map(|t| MissingTheme {
            id: t.id.clone(),
            name: t.name.clone(),
            labels: 0,
            documents: 0,
            same_name_as: matches
                .iter()
                .find(|(from, _)| *from == t.id)
                .map(|(_, to)| to.clone()),
        })
        .collect();
    let mut report = CodebookImportReport::default();
    if missing.is_empty() {
        return report;
    }
    for doc in &workspace.documents {
        let mut in_document = vec![false; missing.len()];
        for sentence in &doc.sentences {
            for theme in &sentence.themes {
                if let Some(at) = missing.iter().position(|m| m.id == *theme) {
                    missing[at].labels += 1;
                    in_document[at] = true;
                }
            }
        }
        for (m, seen) in missing.iter_mut().zip(&in_document) {
            m.documents += usize::from(*seen);
        }
        report.affected_documents += usize::from(in_document.contains(&true));
    }
    report.dropped_labels = missing.iter().map(|m| m.labels).sum();
    report.dropped_after_matching = missing
        .iter()
        .filter(|m| m.same_name_as.is_none())
        .map(|m| m.labels)
        .sum();
    report.missing = missing;
    report
}

/// The one edit (one undo step) that replaces the codebook with `imported`. With
/// `match_by_name`, labels of missing themes move to the imported theme of the same name
/// first; the remaining labels of missing themes are removed.
pub fn import_codebook_edit(
    workspace: &Workspace,
    imported: Codebook,
    match_by_name: bool,
) -> Edit {
    let matches = if match_by_name {
        name_matches(&workspace.codebook, &imported)
    } else {
        Vec::new()
    };
    if matches.is_empty() {
        return Edit::ReplaceCodebook { codebook: imported };
    }
    // Both old and new ids must exist while labels move: go through a codebook that holds
    // the imported themes and, after them, the current themes the import lacks (without
    // their keys, which the imported themes may hold).
    let mut bridge = imported.clone();
    bridge.themes.extend(
        workspace
            .codebook
            .themes
            .iter()
            .filter(|t| !imported.contains(&t.id))
            .map(|t| t.clone().with_key(None)),
    );
    let mut steps = vec![Edit::ReplaceCodebook { codebook: bridge }];
    for doc in &workspace.documents {
        let changes: Vec<_> = doc
            .sentences
            .iter()
            .filter(|s| {
                s.themes
                    .iter()
                    .any(|t| matches.iter().any(|(from, _)| from == t))
            })
            .map(|s| {
                let mut themes: Vec<String> = Vec::with_capacity(s.themes.len());
                for theme in &s.themes {
                    let mapped = matches
                        .iter()
                        .find(|(from, _)| from == theme)
                        .map_or(theme, |(_, to)| to);
                    if !themes.contains(mapped) {
                        themes.push(mapped.clone());
                    }
                }
                (s.id, themes)
            })
            .collect();
        if !changes.is_empty() {
            steps.push(Edit::SetThemes {
                doc: doc.id.clone(),
                changes,
            });
        }
    }
    steps.push(Edit::ReplaceCodebook { codebook: imported });
    Edit::Batch(steps)
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::annotation::{AnnotatedDocument, Color, History, Theme};
    use crate::readout;

    fn theme(id: &str, name: &str) -> Theme {
        Theme::new(id, name, Color::rgb(1, 2, 3), "")
    }

    fn codebook(themes: &[(&str, &str)]) -> Codebook {
        Codebook::new(themes.iter().map(|(id, name)| theme(id, name)).collect())
    }

    fn document(text: &str) -> AnnotatedDocument {
        AnnotatedDocument::from_parsed(text, &readout::parse(text))
    }

    /// Two documents: the first has sentences labelled peace, trade and both; the second one
    /// sentence labelled peace.
    fn labelled_workspace() -> Workspace {
        let mut ws = Workspace::new(codebook(&[("peace", "Peace"), ("trade", "Trade  Talks")]));
        let first = document("One sentence here. Two sentence here. Three sentence here.");
        let second = document("Another text entirely. With more words.");
        let ids: Vec<_> = first.sentences.iter().map(|s| s.id).collect();
        let second_ids: Vec<_> = second.sentences.iter().map(|s| s.id).collect();
        let (a, b) = (first.id.clone(), second.id.clone());
        ws.documents.push(Rc::new(first));
        ws.documents.push(Rc::new(second));
        let set = Edit::Batch(vec![
            Edit::SetThemes {
                doc: a,
                changes: vec![
                    (ids[0], vec!["peace".into()]),
                    (ids[1], vec!["trade".into()]),
                    (ids[2], vec!["peace".into(), "trade".into()]),
                ],
            },
            Edit::SetThemes {
                doc: b,
                changes: vec![(second_ids[0], vec!["peace".into()])],
            },
        ]);
        ws.apply(set).unwrap();
        ws
    }

    fn labels(ws: &Workspace) -> Vec<Vec<String>> {
        ws.documents
            .iter()
            .flat_map(|d| d.sentences.iter().map(|s| s.themes.clone()))
            .collect()
    }

    #[test]
    fn the_same_ids_drop_nothing() {
        let ws = labelled_workspace();
        let imported = codebook(&[("trade", "Commerce"), ("peace", "Peace"), ("new", "New")]);
        let report = compare_codebooks(&ws, &imported);
        assert_eq!(report, CodebookImportReport::default());
        assert!(!report.drops_labels());
    }

    #[test]
    fn other_ids_with_the_same_names_are_reported_and_matched() {
        let ws = labelled_workspace();
        let imported = codebook(&[("p2", " peace "), ("t2", "trade talks")]);
        let report = compare_codebooks(&ws, &imported);
        assert!(report.drops_labels());
        assert!(report.can_match_by_name());
        assert_eq!(report.dropped_labels, 5);
        assert_eq!(report.affected_documents, 2);
        assert_eq!(report.dropped_after_matching, 0);
        assert_eq!(
            report.missing,
            vec![
                MissingTheme {
                    id: "peace".into(),
                    name: "Peace".into(),
                    labels: 3,
                    documents: 2,
                    same_name_as: Some("p2".into()),
                },
                MissingTheme {
                    id: "trade".into(),
                    name: "Trade  Talks".into(),
                    labels: 2,
                    documents: 1,
                    same_name_as: Some("t2".into()),
                },
            ]
        );
    }

    #[test]
    fn an_empty_codebook_drops_every_label_with_nothing_to_match() {
        let ws = labelled_workspace();
        let report = compare_codebooks(&ws, &Codebook::new(Vec::new()));
        assert_eq!(report.dropped_labels, 5);
        assert_eq!(report.dropped_after_matching, 5);
        assert_eq!(report.affected_documents, 2);
        assert!(!report.can_match_by_name());
    }

    #[test]
    fn matching_by_name_keeps_labels_under_the_new_ids_in_one_undo_step() {
        let mut ws = labelled_workspace();
        let before = ws.clone();
        let imported = codebook(&[("t2", "TRADE TALKS"), ("p2", "Peace")]);
        let edit = import_codebook_edit(&ws, imported.clone(), true);
        let mut history = History::default();
        history.apply(&mut ws, edit).unwrap();
        assert_eq!(ws.codebook, imported);
        assert_eq!(
            labels(&ws),
            vec![
                vec!["p2".to_owned()],
                vec!["t2".to_owned()],
                vec!["p2".to_owned(), "t2".to_owned()],
                vec!["p2".to_owned()],
                vec![],
            ]
        );
        assert!(history.undo(&mut ws).unwrap());
        assert_eq!(ws, before);
        assert!(!history.can_undo());
    }

    #[test]
    fn two_old_themes_matching_one_new_theme_give_one_label() {
        let mut ws = labelled_workspace();
        ws.apply(Edit::RenameTheme {
            id: "trade".into(),
            name: "peace".into(),
        })
        .unwrap();
        let imported = codebook(&[("p2", "Peace")]);
        ws.apply(import_codebook_edit(&ws, imported, true)).unwrap();
        assert_eq!(labels(&ws)[2], vec!["p2".to_owned()]);
    }

    #[test]
    fn importing_without_matching_drops_labels_and_undo_brings_them_back() {
        let mut ws = labelled_workspace();
        let before = ws.clone();
        let edit = import_codebook_edit(&ws, Codebook::new(Vec::new()), true);
        let mut history = History::default();
        history.apply(&mut ws, edit).unwrap();
        assert!(labels(&ws).iter().all(Vec::is_empty));
        assert!(history.undo(&mut ws).unwrap());
        assert_eq!(ws, before);
    }

    #[test]
    fn unmatched_themes_still_drop_when_others_match() {
        let mut ws = labelled_workspace();
        let imported = codebook(&[("p2", "Peace")]);
        let report = compare_codebooks(&ws, &imported);
        assert_eq!(report.dropped_after_matching, 2);
        ws.apply(import_codebook_edit(&ws, imported, true)).unwrap();
        assert_eq!(labels(&ws)[1], Vec::<String>::new());
        assert_eq!(labels(&ws)[2], vec!["p2".to_owned()]);
    }
}

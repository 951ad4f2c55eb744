//! Counts behind the page's charts: how many sentences carry each theme, by speaker, by
//! document and over time. The page draws them; tests and exports read the same numbers.

use super::{ThemeRollUp, Workspace};

/// A table of sentence counts: one row per speaker, document or period, one column per
/// theme of the codebook, in codebook order. A parent theme's column counts the sentences of
/// the themes under it; only the top themes' columns add up to a row's total.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CrossTab {
    /// Row labels, in display order.
    pub rows: Vec<String>,
    /// Theme ids, in codebook order.
    pub themes: Vec<String>,
    /// For each theme column, whether the theme sits at the top of the codebook's tree.
    pub top: Vec<bool>,
    /// `counts[row][theme]`.
    pub counts: Vec<Vec<usize>>,
}

impl CrossTab {
    fn new(workspace: &Workspace) -> (Self, ThemeRollUp) {
        let codebook = &workspace.codebook;
        let tab = Self {
            themes: codebook.themes.iter().map(|t| t.id.clone()).collect(),
            top: codebook
                .themes
                .iter()
                .map(|t| codebook.lineage(&t.id).len() == 1)
                .collect(),
            ..Self::default()
        };
        (tab, codebook.roll_up())
    }

    /// Adds a sentence's themes to the row labelled `row`, creating it at the end if new.
    fn add(&mut self, roll: &ThemeRollUp, row: &str, themes: &[String]) {
        let r = match self.rows.iter().position(|l| l == row) {
            Some(r) => r,
            None => {
                self.rows.push(row.to_string());
                self.counts.push(vec![0; self.themes.len()]);
                self.rows.len() - 1
            }
        };
        roll.count(themes, &mut self.counts[r]);
    }

    /// The largest count, for scaling a chart.
    pub fn max(&self) -> usize {
        self.counts.iter().flatten().copied().max().unwrap_or(0)
    }

    /// Row totals over the top themes' columns (a sentence with two top themes counts
    /// twice; one with a theme and its parent, once).
    pub fn row_totals(&self) -> Vec<usize> {
        self.counts
            .iter()
            .map(|r| {
                r.iter()
                    .zip(&self.top)
                    .filter(|(_, top)| **top)
                    .map(|(n, _)| n)
                    .sum()
            })
            .collect()
    }
}

/// Themes by speaker across documents, speakers named as the page names them (participant
/// names, "Both sides", "Narration"), in first-seen order; speakers with no labelled sentence
/// are left out.
pub fn themes_by_speaker(workspace: &Workspace) -> CrossTab {
    let (mut tab, roll) = CrossTab::new(workspace);
    for d in &workspace.documents {
        for s in d.sentences.iter().filter(|s| s.is_labelled()) {
            tab.add(&roll, &d.speaker_label(&s.speaker), &s.themes);
        }
    }
    tab
}

/// Themes by document, one row per document in workspace order (untitled documents are
/// named by their position).
pub fn themes_by_document(workspace: &Workspace) -> CrossTab {
    let (mut tab, roll) = CrossTab::new(workspace);
    for (i, d) in workspace.documents.iter().enumerate() {
        let label = if d.title.trim().is_empty() {
            format!("Document {}", i + 1)
        } else {
            d.title.trim().to_string()
        };
        // Two documents may share a title: keep their rows apart.
        let label = if tab.rows.contains(&label) {
            format!("{label} ({})", i + 1)
        } else {
            label
        };
        tab.add(&roll, &label, &[]);
        for s in &d.sentences {
            tab.add(&roll, &label, &s.themes);
        }
    }
    tab
}

/// How many distinct days a timeline shows before it groups by month.
const MAX_DAYS: usize = 24;

/// Themes over time, by date (by month when there are more than a couple of dozen dates),
/// oldest first. Documents without a `YYYY-MM-DD` date are left out; `None` when none has one.
pub fn themes_over_time(workspace: &Workspace) -> Option<CrossTab> {
    let dated: Vec<(&str, _)> = workspace
        .documents
        .iter()
        .filter_map(|d| {
            let date = d.date.as_deref()?;
            let valid = date.len() >= 10
                && date.bytes().enumerate().take(10).all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                });
            valid.then_some((&date[..10], d))
        })
        .collect();
    if dated.is_empty() {
        return None;
    }
    let mut days: Vec<&str> = dated.iter().map(|(day, _)| *day).collect();
    days.sort_unstable();
    days.dedup();
    let width = if days.len() > MAX_DAYS { 7 } else { 10 };
    let mut periods: Vec<&str> = days.iter().map(|d| &d[..width]).collect();
    periods.dedup();
    let (mut tab, roll) = CrossTab::new(workspace);
    for p in &periods {
        tab.add(&roll, p, &[]);
    }
    for (day, d) in dated {
        for s in &d.sentences {
            tab.add(&roll, &day[..width], &s.themes);
        }
    }
    Some(tab)
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::annotation::AnnotatedDocument;

    fn doc(text: &str, date: Option<&str>, themes: &[&[&str]]) -> Rc<AnnotatedDocument> {
        let mut d = AnnotatedDocument::parse(text);
        d.date = date.map(str::to_string);
        for (s, t) in d.sentences.iter_mut().zip(themes) {
            Rc::make_mut(s).themes = t.iter().map(|x| x.to_string()).collect();
        }
        Rc::new(d)
    }

    #[test]
    fn tables_count_sentences_per_theme() {
        let mut ws = Workspace {
            documents: vec![
                doc(
                    "Talks A\n\nTrade grew. Health too.",
                    Some("2021-02-10"),
                    &[&["trade"], &["health", "trade"]],
                ),
                doc("Talks B\n\nTrade fell.", Some("2020-01-05"), &[&["trade"]]),
                doc("Talks C\n\nNothing.", None, &[&[]]),
            ],
            ..Workspace::default()
        };
        let trade = ws.codebook.index_of("trade").expect("default theme");
        let by_doc = themes_by_document(&ws);
        assert_eq!(by_doc.rows, ["Talks A", "Talks B", "Talks C"]);
        let trade_per_doc: Vec<usize> = by_doc.counts.iter().map(|r| r[trade]).collect();
        assert_eq!(trade_per_doc, [2, 1, 0]);
        assert_eq!(by_doc.max(), 2);

        let time = themes_over_time(&ws).expect("two documents have dates");
        assert_eq!(time.rows, ["2020-01-05", "2021-02-10"]);
        assert_eq!(time.row_totals(), [1, 3]);

        let by_speaker = themes_by_speaker(&ws);
        assert_eq!(by_speaker.row_totals().iter().sum::<usize>(), 4);

        ws.documents.truncate(0);
        assert_eq!(themes_over_time(&ws), None);
    }

    #[test]
    fn a_parent_column_counts_its_childrens_sentences_once_and_totals_count_top_themes() {
        let mut ws = Workspace {
            documents: vec![doc(
                "Talks\n\nSanctions bite. Trade and sanctions. Health.",
                Some("2021-02-10"),
                &[&["sanctions"], &["trade", "sanctions"], &["health"]],
            )],
            ..Workspace::default()
        };
        ws.apply(crate::annotation::Edit::SetThemeParent {
            id: "sanctions".into(),
            parent: Some("trade".into()),
        })
        .expect("nests");
        let col = |id: &str| ws.codebook.index_of(id).expect("default theme");
        let tab = themes_by_document(&ws);
        let row = &tab.counts[0];
        // Trade: its own sentence once (it carries sanctions too) and the sanctions one.
        assert_eq!(
            (row[col("trade")], row[col("sanctions")], row[col("health")]),
            (2, 2, 1)
        );
        assert!(tab.top[col("trade")] && !tab.top[col("sanctions")]);
        // Three sentences, each under one top theme.
        assert_eq!(tab.row_totals(), [3]);
        assert_eq!(ws.theme_counts()[col("trade")], 2);
    }
}

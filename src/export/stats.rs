//! Counts for `readout stats`: how many sentences each speaker devoted to each theme, per
//! document, the table analysts build first.

use crate::annotation::Workspace;

/// Sentences of one document, spoken by one speaker, carrying one theme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThemeCount {
    /// Document id.
    pub document: String,
    /// Document title; empty when none.
    pub title: String,
    /// Speaker name, "Both sides" or "Narration".
    pub speaker: String,
    /// Theme id.
    pub theme: String,
    /// Number of sentences.
    pub sentences: usize,
}

/// Non-zero counts per document × speaker × theme: documents in workspace order, speakers in
/// the document's order (participants, both sides, narration), themes in codebook order.
/// Themes a sentence carries that the codebook lacks are counted after the codebook's. A
/// parent theme's count includes the sentences of the themes under it.
pub fn theme_counts(workspace: &Workspace) -> Vec<ThemeCount> {
    let roll = workspace.codebook.roll_up();
    let mut out = Vec::new();
    for doc in &workspace.documents {
        for (speaker, _) in doc.speaker_counts() {
            let mut themes: Vec<(&str, usize)> = workspace
                .codebook
                .themes
                .iter()
                .map(|t| (t.id.as_str(), 0))
                .collect();
            let known = themes.len();
            let mut rolled = vec![0; known];
            for s in doc.sentences.iter().filter(|s| s.speaker == speaker) {
                roll.count(&s.themes, &mut rolled);
                for t in s.themes.iter().filter(|t| !workspace.codebook.contains(t)) {
                    match themes[known..].iter_mut().find(|(id, _)| id == t) {
                        Some(entry) => entry.1 += 1,
                        None => themes.push((t, 1)),
                    }
                }
            }
            for (entry, n) in themes.iter_mut().zip(rolled) {
                entry.1 = n;
            }
            let label = doc.speaker_label(&speaker);
            out.extend(
                themes
                    .into_iter()
                    .filter(|&(_, n)| n > 0)
                    .map(|(theme, sentences)| ThemeCount {
                        document: doc.id.clone(),
                        title: doc.title.clone(),
                        speaker: label.clone(),
                        theme: theme.to_string(),
                        sentences,
                    }),
            );
        }
    }
    out
}

//! A retrieval of coded segments as files: CSV (one row a sentence) and Markdown (quotations
//! grouped by theme, each with its citation), which is also the printable report's order.

use super::rfc4180::write_csv;
use crate::annotation::segments::Segment;
use crate::annotation::Codebook;

/// The theme names of a segment, in its order ("Trade; Sanctions").
fn theme_names(codebook: &Codebook, segment: &Segment) -> Vec<String> {
    segment
        .themes
        .iter()
        .map(|t| {
            codebook
                .get(t)
                .map_or_else(|| t.clone(), |t| t.name.clone())
        })
        .collect()
}

/// The citation of a quotation: speaker, document, date.
pub fn citation(segment: &Segment) -> String {
    let mut parts = vec![segment.speaker.clone(), segment.title.clone()];
    if let Some(date) = &segment.date {
        parts.push(date.clone());
    }
    parts.join(", ")
}

/// The segments as CSV with a header row; spreadsheet formulas are neutralised.
pub fn segments_csv(codebook: &Codebook, segments: &[Segment]) -> String {
    let header: Vec<String> = [
        "document", "title", "date", "sentence", "speaker", "themes", "text",
    ]
    .map(String::from)
    .to_vec();
    let rows = std::iter::once(header).chain(segments.iter().map(|s| {
        vec![
            s.document.clone(),
            s.title.clone(),
            s.date.clone().unwrap_or_default(),
            s.sentence.to_string(),
            s.speaker.clone(),
            theme_names(codebook, s).join("; "),
            s.text.clone(),
        ]
    }));
    write_csv(true, rows)
}

/// The segments grouped by theme, in codebook order: for each theme that has any, its name
/// and count, then each quotation with its citation. A sentence with several themes is
/// quoted under each.
pub fn by_theme<'a>(
    codebook: &'a Codebook,
    segments: &'a [Segment],
) -> Vec<(&'a str, Vec<&'a Segment>)> {
    codebook
        .themes
        .iter()
        .map(|t| {
            let quoted: Vec<&Segment> = segments
                .iter()
                .filter(|s| s.themes.contains(&t.id))
                .collect();
            (t.name.as_str(), quoted)
        })
        .filter(|(_, quoted)| !quoted.is_empty())
        .collect()
}

/// Markdown text kept literal: characters that would start markup are escaped.
fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
    {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The segments as a Markdown report of quotations grouped by theme.
pub fn segments_markdown(codebook: &Codebook, segments: &[Segment]) -> String {
    let mut out = format!("# Coded segments\n\n{} sentences.\n", segments.len());
    for (theme, quoted) in by_theme(codebook, segments) {
        out.push_str(&format!("\n## {} ({})\n", literal(theme), quoted.len()));
        for s in quoted {
            out.push_str(&format!(
                "\n> {}\n>\n> — {}\n",
                literal(&s.text),
                literal(&citation(s))
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::SentenceId;

    fn segment(text: &str, themes: &[&str]) -> Segment {
        Segment {
            document: "d1".into(),
            sentence: SentenceId(3),
            text: text.into(),
            title: "Xi Jinping and Rouhani".into(),
            date: Some("2020-03-27".into()),
            speaker: "Xi Jinping".into(),
            themes: themes.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn csv_has_a_header_and_neutralises_formulas() {
        let book = Codebook::diplomatic_default();
        let csv = segments_csv(&book, &[segment("=1+1, said he", &["trade", "sanctions"])]);
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "document,title,date,sentence,speaker,themes,text");
        assert_eq!(
            lines[1],
            "d1,Xi Jinping and Rouhani,2020-03-27,3,Xi Jinping,\"Trade, economy and investment; Sanctions and coercion\",\"'=1+1, said he\""
        );
    }

    #[test]
    fn markdown_groups_quotations_by_theme_in_codebook_order() {
        let book = Codebook::diplomatic_default();
        let md = segments_markdown(
            &book,
            &[
                segment("Trade *grew*.", &["trade"]),
                segment("Sanctions hurt.", &["sanctions", "trade"]),
            ],
        );
        let trade = md
            .find("## Trade, economy and investment (2)")
            .expect("trade heading");
        let sanctions = md
            .find("## Sanctions and coercion (1)")
            .expect("sanctions heading");
        assert!(trade < sanctions, "{md}");
        assert!(
            md.contains(
                "> Trade \\*grew\\*.\n>\n> — Xi Jinping, Xi Jinping and Rouhani, 2020-03-27"
            ),
            "{md}"
        );
        assert_eq!(md.matches("> Sanctions hurt.").count(), 2);
    }
}

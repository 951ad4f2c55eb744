//! The front matter: lines around the readout that are not body text.

use std::rc::Rc;

use yew::prelude::*;

use crate::annotation::AnnotatedDocument;
use crate::readout::FrontMatterKind;

/// Properties of [`FrontMatter`].
#[derive(Properties, PartialEq)]
pub struct FrontMatterProps {
    /// The document shown.
    pub doc: Rc<AnnotatedDocument>,
}

/// Lines that are not body text (publisher lines, page furniture), shown dimmed.
#[function_component]
pub fn FrontMatter(props: &FrontMatterProps) -> Html {
    let doc = &props.doc;
    let lines: Vec<&str> = doc
        .front_matter
        .iter()
        .filter(|line| line.kind != FrontMatterKind::Title)
        .map(|line| line.span.slice(&doc.text).trim())
        .filter(|line| !line.is_empty())
        .collect();
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <details class="front">
            <summary>{ format!("{} line{} around the readout (not body text)", lines.len(), if lines.len() == 1 { "" } else { "s" }) }</summary>
            { for lines.iter().map(|line| html! { <p>{ *line }</p> }) }
        </details>
    }
}

//! The document as it reads: title, date, event, participants, front matter dimmed, then the
//! body as paragraphs of selectable sentences.

mod body;
mod front_matter;
mod legend;
mod metadata;
mod participant_chip;
mod sentence_block;

use std::rc::Rc;

use yew::prelude::*;

use super::paint::ThemePaint;
use super::StateHandle;
use crate::app::browser::event_value as input_value;
use body::Body;
use front_matter::FrontMatter;
use legend::Legend;
use metadata::Metadata;

/// Properties of [`DocumentView`].
#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    /// The page state.
    pub state: StateHandle,
}

/// The current document, or a welcome when there is none.
#[function_component]
pub fn DocumentView(props: &DocumentViewProps) -> Html {
    let state = &props.state;
    let codebook = state.workspace.codebook.clone();
    let paint = use_memo(codebook, ThemePaint::new);
    let Some(doc) = state.current_document().cloned() else {
        return html! {
            <section class="doc empty" aria-label="No document">
                <h2>{ "Paste a readout to start" }</h2>
                <p>{ "Paste the text of a readout (or drop a .txt, .html, .json or .jsonl file) on the left and press Annotate, or open one of the samples. Press ? for the keyboard shortcuts." }</p>
                <p>{ "Then click a sentence — or move with " }<kbd>{"j"}</kbd>{ " / " }<kbd>{"k"}</kbd>{ " — and press " }<kbd>{"1"}</kbd>{ "–" }<kbd>{"9"}</kbd>{ " to label it with a theme." }</p>
            </section>
        };
    };
    html! {
        <article class="doc" aria-label={format!("Document: {}", doc.display_name())}>
            <Metadata doc={Rc::clone(&doc)} />
            <FrontMatter doc={Rc::clone(&doc)} />
            <Legend doc={Rc::clone(&doc)} paint={Rc::clone(&paint)} />
            <Body doc={doc} paint={paint} state={state.clone()} />
        </article>
    }
}

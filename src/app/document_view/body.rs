//! The body: the listbox of sentences, grouped in blocks of whole paragraphs.

use std::rc::Rc;

use yew::prelude::*;

use super::sentence_block::SentenceBlock;
use crate::annotation::{AnnotatedDocument, Sentence, SentenceId, ShownSentences};
use crate::app::paint::{SpeakerLooks, ThemePaint};
use crate::app::sentence_row::SharedText;
use crate::app::{Action, Dispatch, SelectOp, StateHandle};

/// Properties of [`Body`].
#[derive(Properties, PartialEq)]
pub struct BodyProps {
    /// The document shown.
    pub doc: Rc<AnnotatedDocument>,
    /// How themes look.
    pub paint: Rc<ThemePaint>,
    /// The page state (selection, filter, expanded sentences).
    pub state: StateHandle,
}

/// About how many sentences a block holds: whole paragraphs are grouped until they reach it.
const BLOCK_SENTENCES: usize = 40;

/// The body: a multi-select listbox of sentences grouped in paragraphs, rendered in blocks so
/// that only the blocks near the viewport hold DOM rows.
#[function_component]
pub fn Body(props: &BodyProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let doc = &props.doc;
    let state = &props.state;
    let selection = &state.selection;
    let speakers = use_memo(doc.participants.clone(), |participants| {
        SpeakerLooks::new(participants)
    });

    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            let extend = event.shift_key();
            let op = match event.key().as_str() {
                "ArrowDown" | "ArrowRight" | "j" | "J" => SelectOp::Move { delta: 1, extend },
                "ArrowUp" | "ArrowLeft" | "k" | "K" => SelectOp::Move { delta: -1, extend },
                "Home" => SelectOp::Edge {
                    last: false,
                    extend,
                },
                "End" => SelectOp::Edge { last: true, extend },
                "Escape" => SelectOp::Clear,
                "a" if event.ctrl_key() || event.meta_key() => SelectOp::All,
                _ => return,
            };
            event.prevent_default();
            dispatch.dispatch(Action::Select(op));
        })
    };

    let tab_stop = selection
        .focus
        .filter(|id| doc.sentence(*id).is_some())
        .or_else(|| doc.sentences.first().map(|s| s.id));
    let mut selected: Vec<SentenceId> = selection.ids.clone();
    selected.sort_unstable();
    let total = doc.sentences.len();
    let shown = Rc::new(ShownSentences::new(
        &state.filter,
        &state.workspace.codebook,
    ));
    let mut blocks: Vec<Html> = Vec::new();
    let mut start = 0;
    while start < total {
        // Extend to the end of the paragraph that reaches the block size.
        let mut end = (start + BLOCK_SENTENCES).min(total);
        let last_paragraph = doc.sentences[end - 1].paragraph;
        while end < total && doc.sentences[end].paragraph == last_paragraph {
            end += 1;
        }
        let sentences: Rc<[Rc<Sentence>]> = doc.sentences[start..end].iter().cloned().collect();
        let key = sentences[0].id.0;
        let focus = selection
            .focus
            .filter(|id| sentences.iter().any(|s| s.id == *id));
        let block_tab_stop = tab_stop.filter(|id| sentences.iter().any(|s| s.id == *id));
        let block_selected: Rc<[SentenceId]> = if selected.is_empty() {
            Rc::from([])
        } else {
            sentences
                .iter()
                .map(|s| s.id)
                .filter(|id| selected.binary_search(id).is_ok())
                .collect()
        };
        let block_expanded: Rc<[SentenceId]> = state
            .expanded
            .iter()
            .copied()
            .filter(|id| sentences.iter().any(|s| s.id == *id))
            .collect();
        let first_paragraph = sentences[0].paragraph;
        let numbers: Rc<[(usize, AttrValue)]> = doc
            .paragraphs
            .iter()
            .enumerate()
            .skip(first_paragraph)
            .take_while(|(i, _)| *i <= last_paragraph)
            .filter_map(|(i, p)| {
                p.number
                    .map(|n| (i, AttrValue::from(n.slice(&doc.text).to_owned())))
            })
            .collect();
        blocks.push(html! {
            <SentenceBlock
                {key}
                {sentences}
                text={SharedText(Rc::clone(&doc.text))}
                selected={block_selected}
                {focus}
                tab_stop={block_tab_stop}
                filter={Rc::clone(&shown)}
                paint={Rc::clone(&props.paint)}
                speakers={Rc::clone(&speakers)}
                {numbers}
                first_position={start}
                {total}
                expanded={block_expanded}
                eager={blocks.len() < 2}
            />
        });
        start = end;
    }

    html! {
        <div class="body" role="listbox" aria-multiselectable="true" aria-label="Sentences"
            data-total={total.to_string()} {onkeydown}>
            { for blocks }
        </div>
    }
}

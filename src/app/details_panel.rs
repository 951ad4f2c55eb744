//! The selected sentences: speaker, note, and split/merge for when the parser got a boundary
//! wrong.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{Action, Dispatch, Message, StateHandle};
use crate::annotation::long_text::{excerpt, SENTENCE_PREVIEW_CHARS};
use crate::annotation::{AnnotatedDocument, Edit, EditError, SentenceId, Workspace};
use crate::readout::Speaker;

/// Properties of [`DetailsPanel`].
#[derive(Properties, PartialEq)]
pub struct DetailsPanelProps {
    /// The page state.
    pub state: StateHandle,
}

/// A speaker as the speaker menu's `value` writes it: its wire id, or `""` for narration.
fn speaker_value(speaker: &Speaker) -> String {
    speaker.wire_id().unwrap_or_default().to_owned()
}

/// Where the text caret sits inside a sentence, as a byte offset of the document text.
fn caret_in_sentence(doc: &AnnotatedDocument, sentence: SentenceId) -> Option<usize> {
    let selection = web_sys::window()?.get_selection().ok()??;
    let node = selection.anchor_node()?;
    let owner = node.parent_element()?;
    let row = owner.closest("[data-sentence-id]").ok()??;
    if row.get_attribute("data-sentence-id")? != sentence.to_string() {
        return None;
    }
    // Only the sentence's own text node counts (not its marks).
    if owner != row || node.node_type() != web_sys::Node::TEXT_NODE {
        return None;
    }
    doc.byte_at_utf16(sentence, selection.anchor_offset() as usize)
}

/// A note as last written in the box (see `DetailsPanel`).
#[derive(Clone, PartialEq)]
struct NoteDraft {
    doc: String,
    sentence: SentenceId,
    note: Rc<str>,
}

/// Details of the selection.
#[function_component]
pub fn DetailsPanel(props: &DetailsPanelProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    // The note last written in the box, by document and sentence: shown instead of the saved
    // note while they differ, so a note the workspace refused (over the length limit) stays
    // in the box to be shortened instead of vanishing.
    let note_draft = use_state(|| None::<NoteDraft>);
    let state = &props.state;
    {
        // Any change to the saved note (accepted, undone, another sentence) ends the draft.
        let saved_note = state
            .current_document()
            .and_then(|doc| match state.selection.ids[..] {
                [id] => doc
                    .sentence(id)
                    .map(|s| (doc.id.clone(), id, s.note.clone())),
                _ => None,
            });
        let note_draft = note_draft.clone();
        use_effect_with(saved_note, move |_| note_draft.set(None));
    }
    let Some(doc) = state.current_document().cloned() else {
        return Html::default();
    };
    let ids = state.selection.ids.clone();
    if ids.is_empty() {
        return html! {
            <section class="panel details" aria-labelledby="details-heading">
                <h2 id="details-heading">{ "Sentence" }</h2>
                <p class="hint">{ "Click a sentence (shift-click for a range, Ctrl-click to add), or use " }
                    <kbd>{"j"}</kbd>{ "/" }<kbd>{"k"}</kbd>{ " or the arrow keys with Shift." }</p>
            </section>
        };
    }
    let single = (ids.len() == 1)
        .then(|| doc.sentence(ids[0]).cloned())
        .flatten();
    let speakers: Vec<Speaker> = ids
        .iter()
        .filter_map(|id| doc.sentence(*id).map(|s| s.speaker.clone()))
        .collect();
    let common_speaker = speakers
        .first()
        .filter(|first| speakers.iter().all(|s| s == *first))
        .cloned();

    let on_speaker = {
        let dispatch = dispatch.clone();
        let doc_id = doc.id.clone();
        let ids = ids.clone();
        Callback::from(move |event: Event| {
            let Some(select) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            else {
                return;
            };
            if select.value() == "mixed" {
                return;
            }
            let speaker = Speaker::from_wire_id(Some(select.value().as_str()));
            dispatch.dispatch(Action::Edit(Edit::SetSpeakers {
                doc: doc_id.clone(),
                changes: ids.iter().map(|id| (*id, speaker.clone())).collect(),
            }));
        })
    };
    let on_note = {
        let dispatch = dispatch.clone();
        let doc_id = doc.id.clone();
        let first = ids[0];
        let note_draft = note_draft.clone();
        Callback::from(move |event: Event| {
            if let Some(area) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                let note = area.value();
                note_draft.set(Some(NoteDraft {
                    doc: doc_id.clone(),
                    sentence: first,
                    note: Rc::from(note.as_str()),
                }));
                dispatch.dispatch(Action::Edit(Edit::SetNote {
                    doc: doc_id.clone(),
                    sentence: first,
                    note,
                }));
            }
        })
    };
    let on_split = {
        let dispatch = dispatch.clone();
        let doc = Rc::clone(&doc);
        let first = ids[0];
        Callback::from(move |_| {
            let action = match caret_in_sentence(&doc, first) {
                Some(at) => Action::Edit(Edit::SplitSentence {
                    doc: doc.id.clone(),
                    sentence: first,
                    at,
                }),
                None => Action::Say(Message::Info(
                    "Click inside the sentence where it should be split, then press Split".into(),
                )),
            };
            dispatch.dispatch(action);
        })
    };
    let merge_with = |build: fn(&Workspace, &str, SentenceId) -> Result<Edit, EditError>| {
        let dispatch = dispatch.clone();
        let doc_id = doc.id.clone();
        let first = ids[0];
        let workspace = state.workspace.clone();
        Callback::from(move |_| {
            dispatch.dispatch(match build(&workspace, &doc_id, first) {
                Ok(edit) => Action::Edit(edit),
                Err(refusal) => Action::Say(Message::Error(refusal.to_string())),
            })
        })
    };
    let on_merge = merge_with(Workspace::merge_with_next_edit);
    let on_merge_paragraph = merge_with(Workspace::merge_paragraph_edit);
    // A long sentence is shown shortened in the document; this button shows it whole.
    let long_sentence = single.as_ref().and_then(|sentence| {
        let text = doc.sentence_text(sentence);
        excerpt(text, SENTENCE_PREVIEW_CHARS).map(|_| {
            let id = sentence.id;
            let dispatch = dispatch.clone();
            let toggle = Callback::from(move |_| dispatch.dispatch(Action::ToggleExpanded(id)));
            let expanded = state.expanded.contains(&id);
            html! {
                <div class="long-sentence">
                    <p class="hint">{ format!(
                        "This sentence has {} characters; the document shows the first {}{}.",
                        text.chars().count(),
                        SENTENCE_PREVIEW_CHARS,
                        if expanded { " unless expanded, as now" } else { "" }
                    ) }</p>
                    <button class="btn small" aria-pressed={expanded.to_string()} onclick={toggle}>
                        { "Show the whole sentence" }
                    </button>
                </div>
            }
        })
    });
    let options: Vec<(String, String)> = doc
        .participants
        .iter()
        .map(|p| (Speaker::Participant(p.id.clone()), p.name.clone()))
        .chain([
            (Speaker::Both, "Both sides (joint)".to_owned()),
            (Speaker::Narration, "Narration".to_owned()),
        ])
        .map(|(speaker, label)| (speaker_value(&speaker), label))
        .collect();
    let current_value = common_speaker.as_ref().map(speaker_value);

    html! {
        <section class="panel details" aria-labelledby="details-heading">
            <h2 id="details-heading">{
                if ids.len() == 1 { format!("Sentence {}", ids[0]) } else { format!("{} sentences selected", ids.len()) }
            }</h2>
            <label for="speaker-select" class="hint">{ "Speaker" }</label>
            <select id="speaker-select" onchange={on_speaker}>
                if current_value.is_none() { <option value="mixed" selected=true>{ "(several speakers)" }</option> }
                { for options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={current_value.as_deref() == Some(value.as_str())}>{ label }</option>
                }) }
            </select>
            { long_sentence.unwrap_or_default() }
            if let Some(sentence) = single {
                <label for="note" class="hint">{ "Note" }</label>
                <textarea id="note" key={format!("note-{}", sentence.id)}
                    value={note_draft.as_ref()
                        .filter(|d| d.doc == doc.id && d.sentence == sentence.id)
                        .map_or_else(|| sentence.note.clone(), |d| d.note.to_string())}
                    onchange={on_note} placeholder="Why this label, a quote to check…" />
                <div class="row">
                    <button class="btn small" onclick={on_split} title="Click inside the sentence where it should be split first">{ "Split at caret" }</button>
                    <button class="btn small" onclick={on_merge}>{ "Merge with next" }</button>
                    <button class="btn small" onclick={on_merge_paragraph}>{ "Merge paragraph with next" }</button>
                </div>
            }
        </section>
    }
}

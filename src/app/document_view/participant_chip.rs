//! One participant of the document's header, editable in place.

use yew::prelude::*;

use super::input_value;
use crate::annotation::Edit;
use crate::app::paint::SpeakerLook;
use crate::app::{Action, Dispatch};
use crate::readout::Participant;

/// Properties of [`ParticipantChip`].
#[derive(Properties, PartialEq)]
pub struct ParticipantChipProps {
    /// The document's id.
    pub doc: String,
    /// The participant shown.
    pub participant: Participant,
    /// The participant's mark in the speaker margin, shown here as its legend.
    pub look: SpeakerLook,
}

/// A participant: name, title and country, editable in place; removable.
#[function_component]
pub fn ParticipantChip(props: &ParticipantChipProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let editing = use_state(|| false);
    let p = &props.participant;
    let field = |set: fn(&mut Participant, String)| {
        let dispatch = dispatch.clone();
        let doc = props.doc.clone();
        let participant = p.clone();
        Callback::from(move |event: Event| {
            let mut changed = participant.clone();
            set(&mut changed, input_value(&event));
            dispatch.dispatch(Action::Edit(Edit::EditParticipant {
                doc: doc.clone(),
                participant: changed,
            }))
        })
    };
    let toggle = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(!*editing))
    };
    let remove = {
        let dispatch = dispatch.clone();
        let doc = props.doc.clone();
        let id = p.id.clone();
        Callback::from(move |_| {
            dispatch.dispatch(Action::Edit(Edit::RemoveParticipant {
                doc: doc.clone(),
                id: id.clone(),
            }))
        })
    };
    let summary = [p.title.as_str(), p.country.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <span class="participant">
            <span class="who" style={format!("--who:{}", props.look.color)} aria-hidden="true">{ props.look.mark.clone() }</span>
            if *editing {
                <input aria-label={format!("Name of {}", p.id)} value={p.name.clone()} onchange={field(|p, v| p.name = v)} size="14" />
                <input aria-label={format!("Title of {}", p.name)} value={p.title.clone()} placeholder="Title" onchange={field(|p, v| p.title = v)} size="10" />
                <input aria-label={format!("Country of {}", p.name)} value={p.country.clone()} placeholder="Country" onchange={field(|p, v| p.country = v)} size="8" />
                <button class="btn small danger" onclick={remove} aria-label={format!("Remove participant {}", p.name)}>{ "Remove" }</button>
                <button class="btn small" onclick={toggle}>{ "Done" }</button>
            } else {
                <strong>{ &p.name }</strong>
                if !summary.is_empty() { <span>{ summary }</span> }
                <button class="btn small" onclick={toggle} aria-label={format!("Edit participant {}", p.name)}>{ "Edit" }</button>
            }
        </span>
    }
}

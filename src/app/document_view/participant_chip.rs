//! One participant of the document's header, editable in place.

use std::rc::Rc;

use yew::prelude::*;

use super::input_value;
use crate::annotation::{AnnotatedDocument, Edit};
use crate::app::paint::SpeakerLook;
use crate::app::{Action, Dispatch, Message};
use crate::readout::{Participant, Speaker};

/// Properties of [`ParticipantChip`].
#[derive(Properties, PartialEq)]
pub struct ParticipantChipProps {
    /// The document.
    pub doc: Rc<AnnotatedDocument>,
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
    // Removing someone who speaks asks first where their sentences go.
    let asking = use_state(|| false);
    let p = &props.participant;
    let field = |set: fn(&mut Participant, String)| {
        let dispatch = dispatch.clone();
        let doc = props.doc.id.clone();
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
    let spoken = props.doc.spoken_by(&Speaker::Participant(p.id.clone()));
    let remove_to = {
        let dispatch = dispatch.clone();
        let doc = Rc::clone(&props.doc);
        let id = p.id.clone();
        Callback::from(move |speaker: Speaker| {
            dispatch.dispatch(match doc.remove_participant_edit(&id, speaker) {
                Ok(edit) => Action::Edit(edit),
                Err(refusal) => Action::Say(Message::Error(refusal.to_string())),
            })
        })
    };
    let remove = {
        let asking = asking.clone();
        let remove_to = remove_to.clone();
        Callback::from(move |_| {
            if spoken == 0 {
                remove_to.emit(Speaker::Narration);
            } else {
                asking.set(true);
            }
        })
    };
    let choices: Vec<(String, Speaker)> = props
        .doc
        .participants
        .iter()
        .filter(|other| other.id != p.id)
        .map(|other| (other.name.clone(), Speaker::Participant(other.id.clone())))
        .chain([
            ("Both sides".to_owned(), Speaker::Both),
            ("Narration".to_owned(), Speaker::Narration),
        ])
        .collect();
    let question = asking.then(|| {
        let cancel = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(false))
        };
        html! {
            <span class="remove-question" role="group" aria-label={format!("Remove {}", p.name)}>
                <span>{ format!(
                    "{} sentence{} by {} become:",
                    spoken,
                    if spoken == 1 { " said" } else { "s said" },
                    p.name
                ) }</span>
                { for choices.iter().map(|(label, speaker)| {
                    let onclick = remove_to.reform({
                        let speaker = speaker.clone();
                        move |_: MouseEvent| speaker.clone()
                    });
                    html! { <button class="btn small" {onclick}>{ label.clone() }</button> }
                }) }
                <button class="btn small" onclick={cancel}>{ "Cancel" }</button>
            </span>
        }
    });
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
                { question.unwrap_or_default() }
                <button class="btn small" onclick={toggle}>{ "Done" }</button>
            } else {
                <strong>{ &p.name }</strong>
                if !summary.is_empty() { <span>{ summary }</span> }
                <button class="btn small" onclick={toggle} aria-label={format!("Edit participant {}", p.name)}>{ "Edit" }</button>
            }
        </span>
    }
}

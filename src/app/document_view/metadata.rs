//! The document's header: title, dates, event and participants, all editable in place.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::input_value;
use super::participant_chip::ParticipantChip;
use crate::annotation::{AnnotatedDocument, Edit};
use crate::app::paint::SpeakerLooks;
use crate::app::{Action, Dispatch};
use crate::readout::{EventKind, Participant, Speaker};

/// Properties of [`Metadata`].
#[derive(Properties, PartialEq)]
pub struct MetadataProps {
    /// The document shown.
    pub doc: Rc<AnnotatedDocument>,
}

/// An event kind as the menu names it.
fn event_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::PhoneCall => "Phone call",
        EventKind::VideoCall => "Video call",
        EventKind::Meeting => "Meeting",
        EventKind::Talks => "Talks",
        EventKind::Other => "Other",
    }
}

/// Title, date, event and participants, all editable (each change one undo step).
#[function_component]
pub fn Metadata(props: &MetadataProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let doc = &props.doc;
    let id = doc.id.clone();
    let edit = |make: fn(String, String) -> Edit| {
        let dispatch = dispatch.clone();
        let id = id.clone();
        Callback::from(move |event: Event| {
            dispatch.dispatch(Action::Edit(make(id.clone(), input_value(&event))))
        })
    };
    let on_title = edit(|doc, title| Edit::SetTitle { doc, title });
    let on_date = edit(|doc, value| Edit::SetDate {
        doc,
        date: (!value.is_empty()).then_some(value),
    });
    let on_date_text = edit(|doc, value| Edit::SetDateText {
        doc,
        date_text: (!value.trim().is_empty()).then_some(value),
    });
    let on_event = edit(|doc, value| Edit::SetEvent {
        doc,
        event: EventKind::from_wire_name(&value).unwrap_or_default(),
    });
    let add_participant = {
        let dispatch = dispatch.clone();
        let doc = Rc::clone(doc);
        Callback::from(move |_| {
            dispatch.dispatch(Action::Edit(Edit::AddParticipant {
                doc: doc.id.clone(),
                index: doc.participants.len(),
                participant: Participant {
                    id: doc.fresh_participant_id(),
                    name: "New participant".into(),
                    ..Participant::default()
                },
            }))
        })
    };

    let speakers = SpeakerLooks::new(&doc.participants);
    // A title is one line of text that wraps: Enter ends the edit instead of adding a line.
    let title_keydown = Callback::from(|event: KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            if let Some(field) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = field.blur();
            }
        }
    });

    html! {
        <header>
            <p class="print-only print-title" aria-hidden="true">{ doc.display_name() }</p>
            if let Some(date) = doc.date.clone().or_else(|| doc.date_text.clone()) {
                <p class="print-only print-date" aria-hidden="true">{ date }</p>
            }
            <textarea class="doc-title" aria-label="Title" value={doc.title.clone()} placeholder={doc.display_name()}
                rows="1" onchange={on_title} onkeydown={title_keydown} />
            <div class="meta">
                <label>{ "Date" }<input type="date" value={doc.date.clone().unwrap_or_default()} onchange={on_date} /></label>
                <label>{ "Date as written" }<input value={doc.date_text.clone().unwrap_or_default()} onchange={on_date_text} size="18" /></label>
                <label>{ "Event" }
                    <select onchange={on_event}>
                        { for EventKind::ALL.into_iter().map(|kind| html! {
                            <option value={kind.wire_name()} selected={doc.event == kind}>{ event_label(kind) }</option>
                        }) }
                    </select>
                </label>
            </div>
            <div class="participants" aria-label="Participants" role="group">
                { for doc.participants.iter().map(|p| html! {
                    <ParticipantChip key={p.id.clone()} doc={Rc::clone(doc)} participant={p.clone()}
                        look={speakers.of(&Speaker::Participant(p.id.clone()))} />
                }) }
                <button class="btn small" onclick={add_participant}>{ "Add participant" }</button>
            </div>
        </header>
    }
}

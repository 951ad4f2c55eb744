//! The document as it reads: title, date, event, participants, front matter dimmed, then the
//! body as paragraphs of selectable sentences.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::paint::{speaker_color, ThemePaint};
use super::sentence_row::{SentenceRow, SpeakerTag};
use super::{Action, Dispatch, SelectOp, StateHandle};
use crate::annotation::{AnnotatedDocument, Edit};
use crate::readout::{EventKind, FrontMatterKind, Participant, Speaker};

/// Properties of [`DocumentView`].
#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    /// The page state.
    pub state: StateHandle,
}

/// Event kinds with their labels, in menu order.
pub const EVENTS: [(EventKind, &str); 5] = [
    (EventKind::PhoneCall, "Phone call"),
    (EventKind::VideoCall, "Video call"),
    (EventKind::Meeting, "Meeting"),
    (EventKind::Talks, "Talks"),
    (EventKind::Other, "Other"),
];

fn input_value(event: &Event) -> String {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .or_else(|| {
            event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
        })
        .unwrap_or_default()
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
                <p>{ "Paste the text of a readout (or drop a .txt, .html or .json file) on the left and press Annotate, or open one of the samples." }</p>
                <p>{ "Then click a sentence — or move with " }<kbd>{"j"}</kbd>{ " / " }<kbd>{"k"}</kbd>{ " — and press " }<kbd>{"1"}</kbd>{ "–" }<kbd>{"9"}</kbd>{ " to label it with a theme." }</p>
            </section>
        };
    };
    html! {
        <article class="doc" aria-label={format!("Document: {}", display_title(&doc))}>
            <Metadata doc={Rc::clone(&doc)} />
            <FrontMatter doc={Rc::clone(&doc)} />
            <Body doc={doc} paint={paint} state={state.clone()} />
        </article>
    }
}

fn display_title(doc: &AnnotatedDocument) -> String {
    if doc.title.trim().is_empty() {
        "Untitled readout".to_owned()
    } else {
        doc.title.clone()
    }
}

#[derive(Properties, PartialEq)]
struct DocProps {
    doc: Rc<AnnotatedDocument>,
}

/// Title, date, event and participants, all editable (each change one undo step).
#[function_component]
fn Metadata(props: &DocProps) -> Html {
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
        event: EVENTS
            .iter()
            .find(|(kind, _)| event_value(*kind) == value)
            .map(|(kind, _)| *kind)
            .unwrap_or_default(),
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

    html! {
        <header>
            <input class="doc-title" aria-label="Title" value={doc.title.clone()} placeholder="Untitled readout" onchange={on_title} />
            <div class="meta">
                <label>{ "Date" }<input type="date" value={doc.date.clone().unwrap_or_default()} onchange={on_date} /></label>
                <label>{ "Date as written" }<input value={doc.date_text.clone().unwrap_or_default()} onchange={on_date_text} size="18" /></label>
                <label>{ "Event" }
                    <select onchange={on_event}>
                        { for EVENTS.iter().map(|(kind, label)| html! {
                            <option value={event_value(*kind)} selected={doc.event == *kind}>{ *label }</option>
                        }) }
                    </select>
                </label>
            </div>
            <div class="participants" aria-label="Participants" role="group">
                { for doc.participants.iter().map(|p| html! {
                    <ParticipantChip key={p.id.clone()} doc={doc.id.clone()} participant={p.clone()}
                        color={speaker_color(&doc.participants, &Speaker::Participant(p.id.clone()))} />
                }) }
                <button class="btn small" onclick={add_participant}>{ "Add participant" }</button>
            </div>
        </header>
    }
}

fn event_value(kind: EventKind) -> &'static str {
    match kind {
        EventKind::PhoneCall => "phone_call",
        EventKind::VideoCall => "video_call",
        EventKind::Meeting => "meeting",
        EventKind::Talks => "talks",
        EventKind::Other => "other",
    }
}

#[derive(Properties, PartialEq)]
struct ParticipantProps {
    doc: String,
    participant: Participant,
    color: &'static str,
}

/// A participant: name, title and country, editable in place; removable.
#[function_component]
fn ParticipantChip(props: &ParticipantProps) -> Html {
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
            <span class="dot" style={format!("background:{}", props.color)} aria-hidden="true"></span>
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

/// Lines that are not body text (publisher lines, page furniture), shown dimmed.
#[function_component]
fn FrontMatter(props: &DocProps) -> Html {
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

#[derive(Properties, PartialEq)]
struct BodyProps {
    doc: Rc<AnnotatedDocument>,
    paint: Rc<ThemePaint>,
    state: StateHandle,
}

/// The body: a multi-select listbox of sentences grouped in paragraphs.
#[function_component]
fn Body(props: &BodyProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let doc = &props.doc;
    let state = &props.state;
    let selection = &state.selection;

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
    let mut previous_speaker: Option<&Speaker> = None;
    let mut previous_paragraph = usize::MAX;
    let mut paragraphs: Vec<Html> = Vec::with_capacity(doc.paragraphs.len());
    let mut rows: Vec<Html> = Vec::new();
    let flush = |paragraph: usize, rows: &mut Vec<Html>, paragraphs: &mut Vec<Html>| {
        if rows.is_empty() {
            return;
        }
        let number = doc
            .paragraphs
            .get(paragraph)
            .and_then(|p| p.number)
            .map(|span| span.slice(&doc.text).to_owned());
        paragraphs.push(html! {
            <p class="para" key={format!("p{paragraph}-{}", paragraphs.len())} role="group" aria-label={format!("Paragraph {}", paragraph + 1)}>
                if let Some(number) = number { <span class="num" aria-hidden="true">{ number }</span> }
                { for rows.drain(..) }
            </p>
        });
    };
    for sentence in &doc.sentences {
        if sentence.paragraph != previous_paragraph {
            flush(previous_paragraph, &mut rows, &mut paragraphs);
            previous_paragraph = sentence.paragraph;
            previous_speaker = None;
        }
        let hidden = !state.filter.matches(sentence);
        let speaker_tag = (!hidden
            && previous_speaker != Some(&sentence.speaker)
            && sentence.speaker != Speaker::Narration)
            .then(|| SpeakerTag {
                name: doc.speaker_label(&sentence.speaker).into(),
                color: speaker_color(&doc.participants, &sentence.speaker),
            });
        if !hidden {
            previous_speaker = Some(&sentence.speaker);
        }
        rows.push(html! {
            <SentenceRow
                key={sentence.id}
                sentence={Rc::clone(sentence)}
                text={Rc::clone(&doc.text)}
                selected={selection.contains(sentence.id)}
                focused={selection.focus == Some(sentence.id)}
                tabbable={tab_stop == Some(sentence.id)}
                {hidden}
                paint={Rc::clone(&props.paint)}
                {speaker_tag}
            />
        });
    }
    flush(previous_paragraph, &mut rows, &mut paragraphs);

    html! {
        <div class="body" role="listbox" aria-multiselectable="true" aria-label="Sentences" {onkeydown}>
            { for paragraphs }
        </div>
    }
}

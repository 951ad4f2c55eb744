//! The document as it reads: title, date, event, participants, front matter dimmed, then the
//! body as paragraphs of selectable sentences.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::paint::{speaker_color, ThemePaint};
use super::sentence_row::{SentenceRow, SharedText, SpeakerTag};
use super::{Action, Dispatch, SelectOp, StateHandle};
use crate::annotation::long_text::SENTENCE_PREVIEW_CHARS;
use crate::annotation::{
    speaker_label, AnnotatedDocument, Edit, Sentence, SentenceFilter, SentenceId,
};
use crate::readout::{EventKind, FrontMatterKind, Participant, Speaker};

/// Properties of [`DocumentView`].
#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    /// The page state.
    pub state: StateHandle,
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

    html! {
        <header>
            <input class="doc-title" aria-label="Title" value={doc.title.clone()} placeholder="Untitled readout" onchange={on_title} />
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
                    <ParticipantChip key={p.id.clone()} doc={doc.id.clone()} participant={p.clone()}
                        color={speaker_color(&doc.participants, &Speaker::Participant(p.id.clone()))} />
                }) }
                <button class="btn small" onclick={add_participant}>{ "Add participant" }</button>
            </div>
        </header>
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

/// About how many sentences a block holds: whole paragraphs are grouped until they reach it.
const BLOCK_SENTENCES: usize = 40;

/// The body: a multi-select listbox of sentences grouped in paragraphs, rendered in blocks so
/// that only the blocks near the viewport hold DOM rows.
#[function_component]
fn Body(props: &BodyProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let doc = &props.doc;
    let state = &props.state;
    let selection = &state.selection;
    let speakers = use_memo(doc.participants.clone(), |participants| SpeakerLooks {
        participants: participants.clone(),
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
        let key = sentences[0].id;
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
                filter={state.filter.clone()}
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

/// Names and colours of a document's speakers, shared by every block.
#[derive(Debug, PartialEq)]
struct SpeakerLooks {
    participants: Vec<Participant>,
}

impl SpeakerLooks {
    fn tag(&self, speaker: &Speaker) -> Option<SpeakerTag> {
        if *speaker == Speaker::Narration {
            return None;
        }
        let name = speaker_label(&self.participants, speaker);
        Some(SpeakerTag {
            name: name.into(),
            color: speaker_color(&self.participants, speaker),
        })
    }
}

#[derive(Properties, PartialEq)]
struct SentenceBlockProps {
    sentences: Rc<[Rc<Sentence>]>,
    text: SharedText,
    selected: Rc<[SentenceId]>,
    focus: Option<SentenceId>,
    tab_stop: Option<SentenceId>,
    filter: SentenceFilter,
    paint: Rc<ThemePaint>,
    speakers: Rc<SpeakerLooks>,
    numbers: Rc<[(usize, AttrValue)]>,
    first_position: usize,
    total: usize,
    /// Long sentences shown whole.
    expanded: Rc<[SentenceId]>,
    /// Render at once, before the viewport is known (the first blocks).
    eager: bool,
}

/// Rough height of a block that has never been on screen, from its length.
fn estimated_height(sentences: &[Rc<Sentence>]) -> f64 {
    // Long sentences start shortened (see `long_text`); bytes stand in for characters.
    let chars: usize = sentences
        .iter()
        .map(|s| s.span.len().min(SENTENCE_PREVIEW_CHARS))
        .sum();
    let paragraphs = 1 + sentences
        .windows(2)
        .filter(|w| w[0].paragraph != w[1].paragraph)
        .count();
    (chars as f64 / 85.0).ceil() * 27.0 + paragraphs as f64 * 14.0
}

/// A run of whole paragraphs. Off screen it is an empty box of the height it had (or is
/// estimated to have), so a long document keeps only a few hundred rows in the DOM.
#[function_component]
fn SentenceBlock(props: &SentenceBlockProps) -> Html {
    let node = use_node_ref();
    let near_viewport = use_state_eq(|| props.eager);
    let height = use_mut_ref(|| estimated_height(&props.sentences));

    {
        let node = node.clone();
        let near_viewport = near_viewport.clone();
        use_effect_with((), move |_| {
            let observer = watch_viewport(&node, move |near| near_viewport.set(near));
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    let rendered = *near_viewport || props.focus.is_some();
    {
        // Remember the real height, for when the block leaves the viewport.
        let node = node.clone();
        let height = height.clone();
        use_effect(move || {
            if rendered {
                if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                    let measured = f64::from(element.offset_height());
                    if measured > 0.0 {
                        *height.borrow_mut() = measured;
                    }
                }
            }
        });
    }
    if !rendered {
        return html! {
            <div ref={node} class="block" role="none" style={format!("height:{}px", *height.borrow())}></div>
        };
    }

    let mut paragraphs: Vec<Html> = Vec::new();
    let mut rows: Vec<Html> = Vec::new();
    let mut previous_speaker: Option<&Speaker> = None;
    let mut current = usize::MAX;
    let flush = |paragraph: usize, rows: &mut Vec<Html>, paragraphs: &mut Vec<Html>| {
        if rows.is_empty() {
            return;
        }
        let number = props
            .numbers
            .iter()
            .find(|(i, _)| *i == paragraph)
            .map(|(_, n)| n.clone());
        paragraphs.push(html! {
            <p class="para" key={paragraph} role="group" aria-label={format!("Paragraph {}", paragraph + 1)}>
                if let Some(number) = number { <span class="num" aria-hidden="true">{ number }</span> }
                { for rows.drain(..) }
            </p>
        });
    };
    for (offset, sentence) in props.sentences.iter().enumerate() {
        if sentence.paragraph != current {
            flush(current, &mut rows, &mut paragraphs);
            current = sentence.paragraph;
            previous_speaker = None;
        }
        let hidden = !props.filter.matches(sentence);
        let speaker_tag = (!hidden && previous_speaker != Some(&sentence.speaker))
            .then(|| props.speakers.tag(&sentence.speaker))
            .flatten();
        if !hidden {
            previous_speaker = Some(&sentence.speaker);
        }
        rows.push(html! {
            <SentenceRow
                key={sentence.id}
                sentence={Rc::clone(sentence)}
                text={props.text.clone()}
                selected={props.selected.contains(&sentence.id)}
                focused={props.focus == Some(sentence.id)}
                tabbable={props.tab_stop == Some(sentence.id)}
                {hidden}
                paint={Rc::clone(&props.paint)}
                {speaker_tag}
                position={props.first_position + offset + 1}
                set_size={props.total}
                expanded={props.expanded.contains(&sentence.id)}
            />
        });
    }
    flush(current, &mut rows, &mut paragraphs);
    html! {
        <div ref={node} class="block" role="none">{ for paragraphs }</div>
    }
}

/// An observer and the callback it calls: both must live as long as the watch.
type ViewportWatch = (
    web_sys::IntersectionObserver,
    wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
);

/// Calls `on_change(true)` when the element comes within about two screens of the viewport
/// and `on_change(false)` when it leaves. Returns what must stay alive while watching.
fn watch_viewport(node: &NodeRef, on_change: impl Fn(bool) + 'static) -> Option<ViewportWatch> {
    use wasm_bindgen::closure::Closure;
    let element = node.cast::<web_sys::Element>()?;
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            on_change(entry.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("1800px 0px 1800px 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(&element);
    Some((observer, callback))
}

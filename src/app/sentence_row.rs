//! One sentence: a focusable option of the document's listbox. Memoized on its props, so a
//! change to one sentence re-renders only that row.

use std::rc::Rc;

use yew::prelude::*;

use super::paint::{SpeakerKind, SpeakerLook, ThemePaint};
use super::{Action, Dispatch, SelectOp};
use crate::annotation::long_text::{excerpt, NOTE_EXCERPT_CHARS, SENTENCE_PREVIEW_CHARS};
use crate::annotation::Sentence;

/// The document text, compared by pointer: comparing a megabyte of text per row on every
/// render is what made large documents slow.
#[derive(Clone, Debug)]
pub struct SharedText(pub Rc<str>);

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Properties of [`SentenceRow`].
#[derive(Properties, PartialEq)]
pub struct SentenceRowProps {
    /// The sentence (compared by pointer first: untouched rows keep their `Rc`).
    pub sentence: Rc<Sentence>,
    /// The document text the sentence's span points into.
    pub text: SharedText,
    /// Selected now.
    pub selected: bool,
    /// Holds the keyboard focus.
    pub focused: bool,
    /// In the tab order (the focused row, or the first when none is).
    pub tabbable: bool,
    /// Hidden by the filter.
    pub hidden: bool,
    /// How themes look.
    pub paint: Rc<ThemePaint>,
    /// How its speaker looks in the margin.
    pub speaker: SpeakerLook,
    /// 1-based position in the document (rows off screen are not in the DOM).
    pub position: usize,
    /// Number of sentences in the document.
    pub set_size: usize,
    /// Shown whole even when long (otherwise a long sentence shows its beginning).
    pub expanded: bool,
}

/// One sentence of the body.
#[function_component]
pub fn SentenceRow(props: &SentenceRowProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("SentenceRow is rendered inside App");
    let node = use_node_ref();
    let sentence = &props.sentence;
    let id = sentence.id;

    // Keyboard moves the focus by state; follow it in the DOM.
    {
        let node = node.clone();
        use_effect_with(props.focused, move |focused| {
            if *focused {
                if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                    let already = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.active_element())
                        .is_some_and(|active| {
                            &active == AsRef::<web_sys::Element>::as_ref(&element)
                        });
                    if !already {
                        let _ = element.focus();
                    }
                }
            }
        });
    }

    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: MouseEvent| {
            let op = if event.shift_key() {
                SelectOp::RangeTo(id)
            } else if event.ctrl_key() || event.meta_key() {
                SelectOp::Toggle(id)
            } else {
                SelectOp::Only(id)
            };
            dispatch.dispatch(Action::Select(op));
        })
    };
    // Shift-click extends the selection of sentences, not the browser's text selection.
    let onmousedown = Callback::from(|event: MouseEvent| {
        if event.shift_key() {
            event.prevent_default();
        }
    });

    let themes = sentence.themes.join(" ");
    let speaker = sentence.speaker.wire_id().unwrap_or_default().to_owned();
    let style = props.paint.sentence_style(&sentence.themes);
    let names = props.paint.names(&sentence.themes);
    let stripes: Vec<Html> = props
        .paint
        .of(&sentence.themes)
        .map(|look| {
            let label = look
                .key
                .map_or_else(|| look.name.chars().take(1).collect(), String::from);
            let style = format!("background:{};color:{}", look.color, look.ink);
            html! { <span class="stripe" {style} title={look.name.clone()}>{ label }</span> }
        })
        .collect();
    // Shown beside a hovered or focused row: each stripe's key and theme name.
    let stripe_names = (!sentence.themes.is_empty()).then(|| {
        props
            .paint
            .of(&sentence.themes)
            .map(|look| match look.key {
                Some(key) => format!("{key} {}", look.name),
                None => look.name.clone(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    let who = &props.speaker;
    let who_class = match who.kind {
        SpeakerKind::Participant => "who",
        SpeakerKind::Both => "who both",
        SpeakerKind::Narration => "who narration",
    };
    let who_style = (who.kind != SpeakerKind::Narration).then(|| format!("--who:{}", who.color));
    // Notes stay out of `title`: the browser lays a title out on focus, and a megabyte note
    // froze the tab. The details panel shows the note; the description reads its start.
    let title = (!names.is_empty()).then(|| names.clone());
    let full_text = sentence.span.slice(&props.text.0);
    let preview = (!props.expanded)
        .then(|| excerpt(full_text, SENTENCE_PREVIEW_CHARS))
        .flatten();
    let description = {
        let mut parts = Vec::new();
        if !names.is_empty() {
            parts.push(format!("Themes: {names}."));
        }
        if !sentence.note.is_empty() {
            let note = match excerpt(&sentence.note, NOTE_EXCERPT_CHARS) {
                Some(start) => format!("{start}…"),
                None => sentence.note.clone(),
            };
            parts.push(format!("Note: {note}"));
        }
        if preview.is_some() {
            parts.push("Shown shortened; the details panel shows the whole sentence.".to_owned());
        }
        parts.push(format!("Speaker: {}.", who.name));
        parts.join(" ")
    };

    html! {
        <div
            ref={node}
            class="sentence"
            role="option"
            id={format!("s-{id}")}
            data-sentence-id={id.to_string()}
            data-speaker={speaker}
            data-themes={themes}
            aria-selected={props.selected.to_string()}
            aria-posinset={props.position.to_string()}
            aria-setsize={props.set_size.to_string()}
            aria-description={description}
            data-truncated={preview.is_some().then_some("true")}
            tabindex={if props.tabbable { "0" } else { "-1" }}
            hidden={props.hidden}
            {style}
            {title}
            {onclick}
            {onmousedown}
        >
            <span class={who_class} style={who_style} title={who.name.clone()} aria-hidden="true">{ who.mark.clone() }</span>
            <span class="text">
                { preview.unwrap_or(full_text) }
                if preview.is_some() { <span class="ellipsis" aria-hidden="true">{ "…" }</span> }
                if !sentence.note.is_empty() {
                    <span class="note-mark" aria-hidden="true">{ "✎" }</span>
                }
            </span>
            <span class="stripes" aria-hidden="true" data-names={stripe_names}>{ for stripes }</span>
        </div>
    }
}

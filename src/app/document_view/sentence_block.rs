//! A block of whole paragraphs of the body, rendered only near the viewport.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::annotation::long_text::SENTENCE_PREVIEW_CHARS;
use crate::annotation::{Sentence, SentenceId, ShownSentences};
use crate::app::paint::{SpeakerLooks, ThemePaint};
use crate::app::sentence_row::{SentenceRow, SharedText};

/// Properties of [`SentenceBlock`].
#[derive(Properties, PartialEq)]
pub struct SentenceBlockProps {
    /// The block's sentences, whole paragraphs in order.
    pub sentences: Rc<[Rc<Sentence>]>,
    /// The document text their spans point into.
    pub text: SharedText,
    /// Which of them are selected.
    pub selected: Rc<[SentenceId]>,
    /// The one holding the keyboard focus, if it is in this block.
    pub focus: Option<SentenceId>,
    /// The one in the tab order, if it is in this block.
    pub tab_stop: Option<SentenceId>,
    /// Which sentences show.
    pub filter: Rc<ShownSentences>,
    /// How themes look.
    pub paint: Rc<ThemePaint>,
    /// How speakers look.
    pub speakers: Rc<SpeakerLooks>,
    /// List numbers of the block's paragraphs, by paragraph index.
    pub numbers: Rc<[(usize, AttrValue)]>,
    /// Position in the document of the block's first sentence (0-based).
    pub first_position: usize,
    /// Number of sentences in the document.
    pub total: usize,
    /// Long sentences shown whole.
    pub expanded: Rc<[SentenceId]>,
    /// Render at once, before the viewport is known (the first blocks).
    pub eager: bool,
}

/// Rough height of a block that has never been on screen, from its length: each sentence is
/// a row of whole lines.
fn estimated_height(sentences: &[Rc<Sentence>]) -> f64 {
    // Long sentences start shortened (see `long_text`); bytes stand in for characters.
    let lines: f64 = sentences
        .iter()
        .map(|s| {
            (s.span.len().min(SENTENCE_PREVIEW_CHARS) as f64 / 75.0)
                .ceil()
                .max(1.0)
        })
        .sum();
    let paragraphs = 1 + sentences
        .windows(2)
        .filter(|w| w[0].paragraph != w[1].paragraph)
        .count();
    lines * 27.0 + sentences.len() as f64 * 4.0 + paragraphs as f64 * 14.0
}

/// A run of whole paragraphs. Off screen it is an empty box of the height it had (or is
/// estimated to have), so a long document keeps only a few hundred rows in the DOM.
#[function_component]
pub fn SentenceBlock(props: &SentenceBlockProps) -> Html {
    let node = use_node_ref();
    let near_viewport = use_state_eq(|| props.eager);
    let height = use_mut_ref(|| estimated_height(&props.sentences));

    {
        let node = node.clone();
        let near_viewport = near_viewport.clone();
        use_effect_with((), move |_| {
            // Printing needs every sentence on paper, not only the blocks near the viewport.
            let printing = web_sys::window().map(|window| {
                let near_viewport = near_viewport.clone();
                gloo::events::EventListener::new(&window, "beforeprint", move |_| {
                    near_viewport.set(true)
                })
            });
            let observer = watch_viewport(&node, move |near| near_viewport.set(near));
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
                drop(printing);
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
            <div class="para" key={paragraph} role="group" aria-label={format!("Paragraph {}", paragraph + 1)}>
                if let Some(number) = number { <span class="num" aria-hidden="true">{ number }</span> }
                { for rows.drain(..) }
            </div>
        });
    };
    for (offset, sentence) in props.sentences.iter().enumerate() {
        if sentence.paragraph != current {
            flush(current, &mut rows, &mut paragraphs);
            current = sentence.paragraph;
        }
        let hidden = !props.filter.matches(sentence);
        rows.push(html! {
            <SentenceRow
                key={sentence.id.0}
                sentence={Rc::clone(sentence)}
                text={props.text.clone()}
                selected={props.selected.contains(&sentence.id)}
                focused={props.focus == Some(sentence.id)}
                tabbable={props.tab_stop == Some(sentence.id)}
                {hidden}
                paint={Rc::clone(&props.paint)}
                speaker={props.speakers.of(&sentence.speaker)}
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

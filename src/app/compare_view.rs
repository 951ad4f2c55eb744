//! Two readouts of one event side by side: paragraphs aligned by what they talk about, themes
//! present in one readout and absent from the other marked.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::StateHandle;
use crate::annotation::compare::compare;
use crate::annotation::{AnnotatedDocument, Codebook};

/// Properties of [`CompareView`].
#[derive(Debug, Properties, PartialEq)]
pub struct CompareViewProps {
    /// The page state.
    pub state: StateHandle,
}

fn doc_label(index: usize, doc: &AnnotatedDocument) -> String {
    if doc.title.trim().is_empty() {
        format!("Document {}", index + 1)
    } else {
        doc.title.trim().to_owned()
    }
}

fn names(codebook: &Codebook, ids: &[String]) -> String {
    let list: Vec<String> = ids
        .iter()
        .map(|id| {
            codebook
                .get(id)
                .map_or_else(|| id.clone(), |t| t.name.clone())
        })
        .collect();
    if list.is_empty() {
        "none".to_owned()
    } else {
        list.join(", ")
    }
}

/// One side of an aligned row: the paragraph and the themes the other side lacks.
fn side(
    codebook: &Codebook,
    doc: &AnnotatedDocument,
    paragraph: Option<usize>,
    only: &[String],
) -> Html {
    let Some(p) = paragraph.and_then(|p| doc.paragraphs.get(p)) else {
        return html! { <td class="hint">{ "(no counterpart)" }</td> };
    };
    html! {
        <td>
            <p>{ p.span.slice(&doc.text).trim().to_owned() }</p>
            if !only.is_empty() {
                <mark>{ format!("Only here: {}", names(codebook, only)) }</mark>
            }
        </td>
    }
}

/// The comparison view.
#[function_component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let ws = &props.state.workspace;
    let docs = &ws.documents;
    let picked = use_state(|| (0usize, 1usize));
    let (left, right) = *picked;
    let pick = |which: bool| {
        let picked = picked.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| s.value().parse::<usize>().ok());
            if let Some(i) = value {
                let (l, r) = *picked;
                picked.set(if which { (l, i) } else { (i, r) });
            }
        })
    };
    let pair = docs
        .get(left)
        .zip(docs.get(right))
        .map(|(a, b)| (Rc::clone(a), Rc::clone(b)));
    let result = use_memo((props.state.revision, left, right), move |_| {
        pair.map(|(a, b)| {
            let c = compare(&a, &b);
            (a, b, c)
        })
    });
    let select = |label: &str, which: bool, current: usize| {
        html! {
            <label>{ label }
                <select onchange={pick(which)}>
                    { for docs.iter().enumerate().map(|(i, d)| html! {
                        <option value={i.to_string()} selected={i == current}>{ doc_label(i, d) }</option>
                    }) }
                </select>
            </label>
        }
    };

    html! {
        <section class="panel compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ "Compare two readouts" }</h2>
            if docs.len() < 2 {
                <p class="hint">{ "Add two readouts of the same event (for example each side's readout of one call) to compare them." }</p>
            } else {
                <div class="filters">
                    { select("Left readout", false, left) }
                    { select("Right readout", true, right) }
                </div>
                if let Some((a, b, c)) = result.as_ref() {
                    <ul>
                        <li>{ format!("Only in the left readout: {}", names(&ws.codebook, &c.only_left)) }</li>
                        <li>{ format!("Only in the right readout: {}", names(&ws.codebook, &c.only_right)) }</li>
                        <li>{ format!("In both: {}", names(&ws.codebook, &c.shared)) }</li>
                    </ul>
                    <table>
                        <caption>{ "Paragraphs aligned by shared words" }</caption>
                        <thead><tr>
                            <th scope="col">{ doc_label(left, a) }</th>
                            <th scope="col">{ doc_label(right, b) }</th>
                        </tr></thead>
                        <tbody>
                            { for c.rows.iter().map(|r| html! {
                                <tr>
                                    { side(&ws.codebook, a, r.left, &r.only_left) }
                                    { side(&ws.codebook, b, r.right, &r.only_right) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }
            }
        </section>
    }
}

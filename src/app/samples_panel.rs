//! The bundled samples, below the document list: open by default, folded away by a click
//! once the user has readouts of their own.

use yew::prelude::*;

use super::input_panel::annotate;
use super::{Dispatch, SAMPLES};
use crate::readout;

/// The samples as a collapsible list of buttons, each annotating its readout.
#[function_component]
pub fn SamplesPanel() -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let sample_titles = use_memo((), |_| {
        SAMPLES
            .iter()
            .map(|sample| {
                let parsed = readout::parse(sample.text);
                parsed
                    .title
                    .map(|span| span.slice(sample.text).trim().to_owned())
                    .filter(|t| !t.is_empty())
                    .unwrap_or_else(|| sample.file.trim_end_matches(".txt").to_owned())
            })
            .collect::<Vec<_>>()
    });
    html! {
        <details class="panel collapsible samples" open=true>
            <summary id="samples-heading">{ "Samples" }</summary>
            <ul class="list" aria-labelledby="samples-heading">
                { for SAMPLES.iter().zip(sample_titles.iter()).map(|(sample, title)| {
                    let open = {
                        let dispatch = dispatch.clone();
                        let text = sample.text;
                        Callback::from(move |_| {
                            annotate(&dispatch, text.to_owned());
                        })
                    };
                    html! {
                        <li key={sample.file}>
                            <button class="item" onclick={open} title={sample.file}
                                aria-label={format!("Open sample: {title}")}>{ title.clone() }</button>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}

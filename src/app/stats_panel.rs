//! Progress, counts per speaker, and the filter.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{Action, Dispatch, StateHandle};
use crate::annotation::SentenceFilter;

/// Properties of [`StatsPanel`].
#[derive(Properties, PartialEq)]
pub struct StatsPanelProps {
    /// The page state.
    pub state: StateHandle,
}

/// Counts and the filter.
#[function_component]
pub fn StatsPanel(props: &StatsPanelProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let state = &props.state;
    let Some(doc) = state.current_document().cloned() else {
        return Html::default();
    };
    let progress = doc.progress();
    let all = state.workspace.progress();
    let on_filter = Callback::from(move |event: Event| {
        if let Some(select) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            dispatch.dispatch(Action::Filter(
                SentenceFilter::from_wire_value(&select.value()).unwrap_or_default(),
            ));
        }
    });
    let current = state.filter.wire_value();
    let mut options: Vec<(String, String)> = vec![
        ("all".into(), "All sentences".into()),
        ("unlabelled".into(), "Not labelled yet".into()),
    ];
    options.extend(
        state
            .workspace
            .codebook
            .themes
            .iter()
            .map(|t| (format!("theme:{}", t.id), format!("Theme: {}", t.name))),
    );
    let speakers = doc.speaker_counts();
    options.extend(speakers.iter().map(|(speaker, _)| {
        (
            SentenceFilter::Speaker(speaker.clone()).wire_value(),
            format!("Speaker: {}", doc.speaker_label(speaker)),
        )
    }));

    html! {
        <section class="panel stats" aria-labelledby="stats-heading">
            <h2 id="stats-heading">{ "Progress" }</h2>
            <p>{ format!("{} of {} sentences labelled", progress.labelled, progress.total) }
                if state.workspace.documents.len() > 1 {
                    <span class="hint">{ format!(" ({} of {} in the workspace)", all.labelled, all.total) }</span>
                }
            </p>
            <table>
                <caption class="visually-hidden">{ "Sentences per speaker" }</caption>
                <tbody>
                    { for speakers.iter().map(|(speaker, n)| html! {
                        <tr><th scope="row">{ doc.speaker_label(speaker) }</th><td class="n">{ n }</td></tr>
                    }) }
                </tbody>
            </table>
            <div class="filters">
                <label for="filter" class="hint">{ "Show" }</label>
                <select id="filter" onchange={on_filter}>
                    { for options.iter().map(|(value, label)| html! {
                        <option value={value.clone()} selected={*value == current}>{ label }</option>
                    }) }
                </select>
            </div>
        </section>
    }
}

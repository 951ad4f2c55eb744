//! Progress, counts per speaker, and the filter.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{Action, Dispatch, StateHandle};
use crate::annotation::SentenceFilter;
use crate::readout::Speaker;

/// Properties of [`StatsPanel`].
#[derive(Properties, PartialEq)]
pub struct StatsPanelProps {
    /// The page state.
    pub state: StateHandle,
}

fn filter_value(filter: &SentenceFilter) -> String {
    match filter {
        SentenceFilter::All => "all".to_owned(),
        SentenceFilter::Unlabelled => "unlabelled".to_owned(),
        SentenceFilter::Theme(id) => format!("theme:{id}"),
        SentenceFilter::Speaker(speaker) => {
            format!("speaker:{}", speaker.wire_id().unwrap_or_default())
        }
    }
}

fn filter_from_value(value: &str) -> SentenceFilter {
    if let Some(id) = value.strip_prefix("theme:") {
        return SentenceFilter::Theme(id.to_owned());
    }
    match value.strip_prefix("speaker:") {
        Some(id) => SentenceFilter::Speaker(Speaker::from_wire_id(Some(id))),
        None if value == "unlabelled" => SentenceFilter::Unlabelled,
        None => SentenceFilter::All,
    }
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
            dispatch.dispatch(Action::Filter(filter_from_value(&select.value())));
        }
    });
    let current = filter_value(&state.filter);
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
            filter_value(&SentenceFilter::Speaker(speaker.clone())),
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

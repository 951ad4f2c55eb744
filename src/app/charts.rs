//! Charts of the workspace: themes by speaker, by document and over time, drawn as SVG by Yew
//! (no chart library), each with the same numbers as a table and an SVG download.

mod chart;

use std::rc::Rc;

use yew::prelude::*;

use super::StateHandle;
use crate::annotation::charts::{themes_by_document, themes_by_speaker, themes_over_time};
use chart::Chart;

/// Properties of [`Charts`].
#[derive(Debug, Properties, PartialEq)]
pub struct ChartsProps {
    /// The page state.
    pub state: StateHandle,
}

/// The charts panel: themes by speaker, by document, and over time when documents have dates.
#[function_component]
pub fn Charts(props: &ChartsProps) -> Html {
    let state = &props.state;
    let data = {
        let workspace = state.workspace.clone();
        use_memo(state.revision, move |_| {
            (
                Rc::new(themes_by_speaker(&workspace)),
                Rc::new(themes_by_document(&workspace)),
                themes_over_time(&workspace).map(Rc::new),
                Rc::new(workspace.codebook.clone()),
            )
        })
    };
    let (speaker, document, time, codebook) = &*data;
    html! {
        <section class="panel charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{ "Charts" }</h2>
            <Chart title="Themes by speaker" rows_label="Speaker" tab={speaker.clone()} codebook={codebook.clone()} />
            <Chart title="Themes by document" rows_label="Document" tab={document.clone()} codebook={codebook.clone()} />
            if let Some(time) = time {
                <Chart title="Themes over time" rows_label="Date" tab={time.clone()} codebook={codebook.clone()} />
            }
        </section>
    }
}

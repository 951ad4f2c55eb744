//! Downloads in the formats other tools read (the list and the writers are
//! `crate::export::FORMATS`, which `readout convert` reads too), and the JSON Schema of our
//! own format.

use yew::prelude::*;

use super::{browser, Action, Dispatch, Message, StateHandle};
use crate::export::{self, WriteOptions, FORMATS};

/// Properties of [`ExportMenu`].
#[derive(Properties, PartialEq, Debug)]
pub struct ExportMenuProps {
    /// The page state.
    pub state: StateHandle,
}

/// The schema as Trunk copies it next to the page (index.html).
const SCHEMA_FILE: &str = "readout-annotations.v1.schema.json";

/// A row of download buttons, one per format, plus a link to the JSON Schema.
#[function_component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let state = &props.state;
    let empty = state.workspace.documents.is_empty();
    let buttons = FORMATS.iter().enumerate().map(|(i, format)| {
        let onclick = {
            let dispatch = dispatch.clone();
            let state = state.clone();
            Callback::from(move |_| {
                let format = &FORMATS[i];
                let (today, stamp) = browser::now_iso();
                let ws = &state.workspace;
                let name = export::workspace_file_name(ws, &today, format.extension);
                let result = (format.write)(ws, &WriteOptions::for_download(), &stamp)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| browser::download_bytes(&name, format.mime, &bytes));
                if let Err(error) = result {
                    dispatch.dispatch(Action::Say(Message::Error(error)));
                }
            })
        };
        html! {
            <button class="btn" {onclick} disabled={format.needs_documents && empty} title={format.purpose}>
                { format!("Download {}", format.label) }
            </button>
        }
    });
    html! {
        <nav class="toolbar export-menu" aria-label="Export">
            { for buttons }
            <a class="btn" href={SCHEMA_FILE} download={SCHEMA_FILE} type="application/schema+json">
                { "Download JSON Schema" }
            </a>
        </nav>
    }
}

//! Downloads in the formats other tools read: doccano, Prodigy/spaCy, CSV, REFI-QDA, and the
//! JSON Schema of our own format. All conversion happens in `crate::export`.

use yew::prelude::*;

use super::{browser, Action, Dispatch, Message, StateHandle};
use crate::annotation::Workspace;
use crate::export::{self, JsonlUnit};

/// Properties of [`ExportMenu`].
#[derive(Properties, PartialEq, Debug)]
pub struct ExportMenuProps {
    /// The page state.
    pub state: StateHandle,
}

/// The file a format downloads as: its contents, MIME type and extension.
enum Contents {
    Text(String),
    Bytes(Vec<u8>),
}

/// One export: its button label, extension, MIME type and conversion.
struct Format {
    label: &'static str,
    extension: &'static str,
    mime: &'static str,
    /// Whether it needs documents (a codebook alone is worth exporting).
    needs_documents: bool,
    write: fn(&Workspace, &str) -> Result<Contents, String>,
}

const FORMATS: [Format; 5] = [
    Format {
        label: "Download doccano JSONL",
        extension: "doccano.jsonl",
        mime: "application/jsonl",
        needs_documents: true,
        write: |ws, _| {
            Ok(Contents::Text(export::export_doccano(
                ws,
                JsonlUnit::Document,
            )))
        },
    },
    Format {
        label: "Download Prodigy JSONL",
        extension: "prodigy.jsonl",
        mime: "application/jsonl",
        needs_documents: true,
        write: |ws, _| {
            Ok(Contents::Text(export::export_prodigy(
                ws,
                JsonlUnit::Document,
            )))
        },
    },
    Format {
        label: "Download CSV",
        extension: "csv",
        mime: "text/csv",
        needs_documents: true,
        // With a byte-order mark: Excel reads the file as UTF-8 only then.
        write: |ws, _| Ok(Contents::Text(export::export_csv(ws, true))),
    },
    Format {
        label: "Download REFI-QDA project (.qdpx)",
        extension: "qdpx",
        mime: "application/zip",
        needs_documents: true,
        write: |ws, stamp| Ok(Contents::Bytes(export::export_qdpx(ws, stamp))),
    },
    Format {
        label: "Download REFI-QDA codebook (.qdc)",
        extension: "qdc",
        mime: "application/xml",
        needs_documents: false,
        write: |ws, _| {
            export::export_qdc(&ws.codebook)
                .map(Contents::Text)
                .ok_or_else(|| "The codebook is empty: add a theme to export it.".to_owned())
        },
    },
];

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
                let title = match ws.documents.as_slice() {
                    [only] => only.title.clone(),
                    _ => "workspace".to_owned(),
                };
                let name = browser::file_name(&title, &today, format.extension);
                let result = (format.write)(ws, &stamp).and_then(|contents| match contents {
                    Contents::Text(text) => browser::download(&name, format.mime, &text),
                    Contents::Bytes(bytes) => browser::download_bytes(&name, format.mime, &bytes),
                });
                if let Err(error) = result {
                    dispatch.dispatch(Action::Say(Message::Error(error)));
                }
            })
        };
        html! {
            <button class="btn" {onclick} disabled={format.needs_documents && empty}>
                { format.label }
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

//! The header's commands: undo, redo, download, import, new workspace.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{browser, Action, Dispatch, Message, StateHandle};
use crate::export;

/// Properties of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The page state.
    pub state: StateHandle,
}

/// The first file of a file input's change event, resetting the input so the same file can
/// be chosen again.
pub fn take_file(event: &Event) -> Option<web_sys::File> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}

/// Reads a JSON workspace file and imports it; a refused file leaves the work untouched.
pub fn import_workspace_file(dispatch: Dispatch, file: web_sys::File) {
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        let action = match browser::read_file(file).await {
            Err(error) => Action::Say(Message::Error(error)),
            Ok(json) => match export::import_workspace(&json) {
                Ok(workspace) => Action::Import(Box::new(workspace)),
                Err(error) => Action::Say(Message::Error(format!(
                    "{name:?} was not imported: {error}. Your current work is unchanged."
                ))),
            },
        };
        dispatch.dispatch(action);
    });
}

/// Undo, Redo, Download JSON, Import JSON, New workspace.
#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let state = &props.state;

    let undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Undo))
    };
    let redo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Redo))
    };
    let download = {
        let dispatch = dispatch.clone();
        let state = state.clone();
        Callback::from(move |_| {
            if let Err(error) = download_workspace(&state.workspace) {
                dispatch.dispatch(Action::Say(Message::Error(error)));
            }
        })
    };
    let import = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(file) = take_file(&event) {
                import_workspace_file(dispatch.clone(), file);
            }
        })
    };
    let new_workspace = {
        let dispatch = dispatch.clone();
        let empty = state.workspace.documents.is_empty();
        Callback::from(move |_| {
            let confirmed = empty
                || web_sys::window()
                    .and_then(|w| {
                        w.confirm_with_message(
                            "Start a new, empty workspace? (Undo brings the current one back.)",
                        )
                        .ok()
                    })
                    .unwrap_or(false);
            if confirmed {
                dispatch.dispatch(Action::NewWorkspace);
            }
        })
    };

    html! {
        <nav class="toolbar" aria-label="Workspace">
            <button class="btn" onclick={undo} disabled={!state.can_undo} title="Undo (Ctrl+Z)">{ "Undo" }</button>
            <button class="btn" onclick={redo} disabled={!state.can_redo} title="Redo (Ctrl+Shift+Z or Ctrl+Y)">{ "Redo" }</button>
            <button class="btn primary" onclick={download} disabled={state.workspace.documents.is_empty()}>{ "Download JSON" }</button>
            <label class="btn file-button">
                { "Import JSON" }
                <input type="file" accept=".json,.jsonl,application/json" aria-label="Import JSON" onchange={import} />
            </label>
            <button class="btn" onclick={new_workspace}>{ "New workspace" }</button>
        </nav>
    }
}

/// Offers the workspace as a format v1 JSON download, named after its only document's title.
pub fn download_workspace(workspace: &crate::annotation::Workspace) -> Result<(), String> {
    let started = browser::now_ms();
    let (today, stamp) = browser::now_iso();
    let json = export::export_v1(workspace, &stamp);
    let name = export::workspace_file_name(workspace, &today, "json");
    let result = browser::download(&name, "application/json", &json);
    browser::measure("download-json", started);
    result
}

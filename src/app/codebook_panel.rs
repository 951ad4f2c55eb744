//! The codebook: a button per theme (toggles it on the selection), shown as the codebook's
//! tree, with an editor to rename, recolour, describe, reorder, nest, delete and merge
//! themes, and codebook export/import.

mod codebook_import_dialog;
mod theme_editor;

use std::rc::Rc;

use yew::prelude::*;

use super::toolbar::take_file;
use super::{browser, Action, Dispatch, Message, StateHandle};
use crate::annotation::{Edit, KeyReassigned};
use crate::export;
pub(super) use codebook_import_dialog::plural;
use codebook_import_dialog::CodebookImportDialog;
use theme_editor::ThemeEditor;

/// Properties of [`CodebookPanel`].
#[derive(Properties, PartialEq)]
pub struct CodebookPanelProps {
    /// The page state.
    pub state: StateHandle,
}

/// The codebook panel.
#[function_component]
pub fn CodebookPanel(props: &CodebookPanelProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let editing = use_state(|| None::<String>);
    let state = &props.state;
    let codebook = &state.workspace.codebook;
    let doc = state.current_document();
    let counts = match doc {
        Some(doc) => state.workspace.document_theme_counts(doc),
        None => vec![0; codebook.themes.len()],
    };

    let add = {
        let dispatch = dispatch.clone();
        let editing = editing.clone();
        let codebook = codebook.clone();
        Callback::from(move |_| {
            let theme = codebook.new_theme("New theme");
            let id = theme.id.clone();
            dispatch.dispatch(Action::Edit(Edit::AddTheme {
                index: codebook.themes.len(),
                theme,
            }));
            editing.set(Some(id));
        })
    };
    let export_codebook = {
        let dispatch = dispatch.clone();
        let codebook = codebook.clone();
        Callback::from(move |_| {
            let (today, _) = browser::now_iso();
            let json = export::export_codebook(&codebook);
            let name = crate::export::file_name("codebook", &today, "json");
            if let Err(error) = browser::download(&name, "application/json", &json) {
                dispatch.dispatch(Action::Say(Message::Error(error)));
            }
        })
    };
    let import_codebook = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let Some(file) = take_file(&event) else {
                return;
            };
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                match browser::read_file(file).await {
                    Err(error) => dispatch.dispatch(Action::Say(Message::Error(error))),
                    Ok(contents) => match export::import_codebook_file_noting_keys(&contents) {
                        Ok((codebook, keys_changed)) => {
                            dispatch.dispatch(Action::ImportCodebook(codebook));
                            if let Some(summary) = KeyReassigned::summary(&keys_changed) {
                                dispatch.dispatch(Action::Say(Message::Info(summary)));
                            }
                        }
                        Err(error) => dispatch.dispatch(Action::Say(Message::Error(format!(
                            "{name:?} was not imported: {error}. The codebook is unchanged."
                        )))),
                    },
                }
            });
        })
    };

    let question = state
        .pending_codebook
        .as_ref()
        .map(|pending| html! { <CodebookImportDialog pending={Rc::clone(pending)} /> });

    html! {
        <section class="panel codebook" aria-labelledby="codebook-heading">
            { question.unwrap_or_default() }
            <h2 id="codebook-heading">{ "Themes" }</h2>
            <p class="hint">{ "Select sentences, then press a theme or its key. " }<kbd>{"0"}</kbd>{ " clears." }</p>
            <div class="themes">
                { for codebook.tree().into_iter().map(|(depth, theme)| {
                    let index = codebook.index_of(&theme.id).unwrap_or_default();
                    let has_children = codebook.children_of(&theme.id).next().is_some();
                    let pressed = doc.is_some_and(|d| d.all_have_theme(&state.selection.ids, &theme.id));
                    let count = counts.get(index).copied().unwrap_or(0);
                    let key = theme.key;
                    let toggle = {
                        let dispatch = dispatch.clone();
                        let id = theme.id.clone();
                        let focus = state.selection.focus;
                        Callback::from(move |_| {
                            dispatch.dispatch(Action::ToggleTheme(id.clone()));
                            browser::focus_sentence_list(focus);
                        })
                    };
                    let is_editing = editing.as_deref() == Some(theme.id.as_str());
                    let edit_toggle = {
                        let editing = editing.clone();
                        let id = theme.id.clone();
                        Callback::from(move |_| editing.set(if is_editing { None } else { Some(id.clone()) }))
                    };
                    // The visible name is the accessible name; key and count are read as its
                    // description, so speech matches what is on the button.
                    let under = theme
                        .parent
                        .as_deref()
                        .and_then(|p| codebook.get(p))
                        .map(|p| format!("Under {}. ", p.name))
                        .unwrap_or_default();
                    let description = format!(
                        "{under}{}{count} sentence{} in this document{}.{}",
                        key.map(|k| format!("Key {k}. ")).unwrap_or_default(),
                        if count == 1 { "" } else { "s" },
                        if has_children { ", with the themes under it" } else { "" },
                        if theme.description.is_empty() { String::new() } else { format!(" {}", theme.description) },
                    );
                    html! {
                        <div key={theme.id.clone()} class="theme-node" data-depth={depth.to_string()}
                            style={(depth > 0).then(|| format!("--depth:{}", depth.min(6)))}>
                            <div class="theme-row">
                                <button class="theme-button" data-theme-id={theme.id.clone()}
                                    aria-pressed={pressed.to_string()} aria-description={description}
                                    title={theme.description.clone()} onclick={toggle}
                                    onmousedown={Callback::from(|event: MouseEvent| event.prevent_default())}>
                                    <span class="swatch" style={format!("background:{}", theme.color)}></span>
                                    <span>{ &theme.name }</span>
                                    <span class="count" aria-hidden="true">{ count }</span>
                                    if let Some(k) = key { <span class="key" aria-hidden="true">{ k }</span> }
                                </button>
                                <button class="btn small" onclick={edit_toggle} aria-expanded={is_editing.to_string()}
                                    aria-label={format!("Edit theme {}", theme.name)}>{ "✎" }</button>
                            </div>
                            if is_editing {
                                <ThemeEditor theme={theme.clone()} index={index} codebook={codebook.clone()} on_close={
                                    let editing = editing.clone();
                                    Callback::from(move |_| editing.set(None))
                                } />
                            }
                        </div>
                    }
                }) }
            </div>
            <div class="row toolbar" style="margin-top:8px">
                <button class="btn small" onclick={add}>{ "Add theme" }</button>
                <button class="btn small" onclick={export_codebook}>{ "Export codebook" }</button>
                <label class="btn small file-button">
                    { "Import codebook" }
                    <input type="file" accept=".json,.qdc,application/json,application/xml" aria-label="Import codebook" onchange={import_codebook} />
                </label>
            </div>
        </section>
    }
}

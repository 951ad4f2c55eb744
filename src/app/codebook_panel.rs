//! The codebook: a button per theme (toggles it on the selection), with an editor to rename,
//! recolour, describe, reorder, delete and merge themes, and codebook export/import.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::toolbar::take_file;
use super::{browser, Action, CodebookChoice, Dispatch, Message, PendingCodebook, StateHandle};
use crate::annotation::{Codebook, Color, Edit, Theme};
use crate::export;

/// Properties of [`CodebookPanel`].
#[derive(Properties, PartialEq)]
pub struct CodebookPanelProps {
    /// The page state.
    pub state: StateHandle,
}

fn field_value(event: &Event) -> String {
    let target = event.target();
    target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .or_else(|| {
            target
                .clone()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|t| t.value())
        })
        .or_else(|| {
            target
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
        })
        .unwrap_or_default()
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
            let id = codebook.fresh_id("New theme");
            let palette = [
                "#6d597a", "#b56576", "#355070", "#e56b6f", "#0081a7", "#588157",
            ];
            let color = Color::parse(palette[codebook.themes.len() % palette.len()])
                .unwrap_or(Color::rgb(0x55, 0x55, 0x55));
            dispatch.dispatch(Action::Edit(Edit::AddTheme {
                index: codebook.themes.len(),
                theme: Theme::new(&id, "New theme", color, ""),
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
                let action = match browser::read_file(file).await {
                    Err(error) => Action::Say(Message::Error(error)),
                    Ok(json) => match export::import_codebook(&json) {
                        Ok(codebook) => Action::ImportCodebook(codebook),
                        Err(error) => Action::Say(Message::Error(format!(
                            "{name:?} was not imported: {error}. The codebook is unchanged."
                        ))),
                    },
                };
                dispatch.dispatch(action);
            });
        })
    };

    let question = state
        .pending_codebook
        .as_ref()
        .map(|pending| html! { <CodebookImportDialog pending={Rc::clone(pending)} /> });

    html! {
        <section class="panel" aria-labelledby="codebook-heading">
            { question.unwrap_or_default() }
            <h2 id="codebook-heading">{ "Themes" }</h2>
            <p class="hint">{ "Select sentences, then press a theme or its key. " }<kbd>{"0"}</kbd>{ " clears." }</p>
            <div class="themes">
                { for codebook.themes.iter().enumerate().map(|(index, theme)| {
                    let pressed = doc.is_some_and(|d| d.all_have_theme(&state.selection.ids, &theme.id));
                    let count = counts.get(index).copied().unwrap_or(0);
                    let key = Codebook::key_of_index(index);
                    let toggle = {
                        let dispatch = dispatch.clone();
                        Callback::from(move |_| dispatch.dispatch(Action::ToggleThemeAt(index)))
                    };
                    let is_editing = editing.as_deref() == Some(theme.id.as_str());
                    let edit_toggle = {
                        let editing = editing.clone();
                        let id = theme.id.clone();
                        Callback::from(move |_| editing.set(if is_editing { None } else { Some(id.clone()) }))
                    };
                    let label = format!(
                        "{}{}, {} sentence{}",
                        theme.name,
                        key.map(|k| format!(" (key {k})")).unwrap_or_default(),
                        count,
                        if count == 1 { "" } else { "s" }
                    );
                    html! {
                        <div key={theme.id.clone()}>
                            <div class="theme-row">
                                <button class="theme-button" data-theme-id={theme.id.clone()}
                                    aria-pressed={pressed.to_string()} aria-label={label}
                                    title={theme.description.clone()} onclick={toggle}>
                                    <span class="swatch" style={format!("background:{}", theme.color)}></span>
                                    <span>{ &theme.name }</span>
                                    <span class="count">{ count }</span>
                                    if let Some(k) = key { <span class="key">{ k }</span> }
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
                    <input type="file" accept=".json,application/json" aria-label="Import codebook" onchange={import_codebook} />
                </label>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ThemeEditorProps {
    theme: Theme,
    index: usize,
    codebook: Codebook,
    on_close: Callback<()>,
}

/// Name, colour, description, order, delete and merge for one theme.
#[function_component]
fn ThemeEditor(props: &ThemeEditorProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let theme = &props.theme;
    let id = theme.id.clone();
    let send = |make: Rc<dyn Fn(String) -> Option<Edit>>| {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(edit) = make(field_value(&event)) {
                dispatch.dispatch(Action::Edit(edit));
            }
        })
    };
    let rename = {
        let id = id.clone();
        send(Rc::new(move |name: String| {
            (!name.trim().is_empty()).then(|| Edit::RenameTheme {
                id: id.clone(),
                name: name.trim().to_owned(),
            })
        }))
    };
    let recolor = {
        let id = id.clone();
        send(Rc::new(move |value: String| {
            Color::parse(&value).ok().map(|color| Edit::RecolorTheme {
                id: id.clone(),
                color,
            })
        }))
    };
    let describe = {
        let id = id.clone();
        send(Rc::new(move |description: String| {
            Some(Edit::DescribeTheme {
                id: id.clone(),
                description,
            })
        }))
    };
    let merge = {
        let id = id.clone();
        let on_close = props.on_close.clone();
        send(Rc::new(move |into: String| {
            on_close.emit(());
            (!into.is_empty()).then(|| Edit::MergeTheme {
                from: id.clone(),
                into,
            })
        }))
    };
    let move_to = |to: Option<usize>| {
        let dispatch = dispatch.clone();
        let id = id.clone();
        Callback::from(move |_| {
            if let Some(to) = to {
                dispatch.dispatch(Action::Edit(Edit::MoveTheme { id: id.clone(), to }));
            }
        })
    };
    let up = move_to(props.index.checked_sub(1));
    let down = move_to((props.index + 1 < props.codebook.themes.len()).then_some(props.index + 1));
    let delete = {
        let dispatch = dispatch.clone();
        let id = id.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |_| {
            on_close.emit(());
            dispatch.dispatch(Action::Edit(Edit::DeleteTheme { id: id.clone() }));
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    html! {
        <div class="theme-edit" role="group" aria-label={format!("Edit {}", theme.name)}>
            <input aria-label="Theme name" value={theme.name.clone()} onchange={rename} />
            <input type="color" aria-label="Theme colour" value={theme.color.to_string()} onchange={recolor} />
            <textarea aria-label="Theme description" value={theme.description.clone()} onchange={describe} rows="2" />
            <span></span>
            <div class="actions">
                <button class="btn small" onclick={up} disabled={props.index == 0} aria-label={format!("Move {} up", theme.name)}>{ "↑" }</button>
                <button class="btn small" onclick={down} disabled={props.index + 1 >= props.codebook.themes.len()} aria-label={format!("Move {} down", theme.name)}>{ "↓" }</button>
                <select aria-label={format!("Merge {} into", theme.name)} onchange={merge}>
                    <option value="" selected=true>{ "Merge into…" }</option>
                    { for props.codebook.themes.iter().filter(|t| t.id != theme.id).map(|t| html! {
                        <option value={t.id.clone()}>{ &t.name }</option>
                    }) }
                </select>
                <button class="btn small danger" onclick={delete}>{ "Delete" }</button>
                <button class="btn small" onclick={close}>{ "Done" }</button>
            </div>
        </div>
    }
}

/// Tab and Shift+Tab cycle through the dialog's buttons instead of leaving it: the question
/// is modal, so focus must not reach the page behind it.
fn keep_focus_inside(event: &KeyboardEvent) {
    // From the key's target: Yew listens at the page's root, so `currentTarget` is not the
    // dialog.
    let Some(dialog) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("[role=alertdialog]").ok().flatten())
    else {
        return;
    };
    let Ok(buttons) = dialog.query_selector_all("button") else {
        return;
    };
    let count = buttons.length();
    let (Some(first), Some(last)) = (buttons.item(0), buttons.item(count.saturating_sub(1))) else {
        return;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(web_sys::Node::from);
    let inside = active.as_ref().is_some_and(|a| dialog.contains(Some(a)));
    let wrap_to = if event.shift_key() {
        (!inside || active.as_ref() == Some(&first)).then_some(last)
    } else {
        (!inside || active.as_ref() == Some(&last)).then_some(first)
    };
    if let Some(target) = wrap_to.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        event.prevent_default();
        let _ = target.focus();
    }
}

/// "1 label", "2 labels".
pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[derive(Properties, PartialEq)]
struct CodebookImportDialogProps {
    pending: Rc<PendingCodebook>,
}

/// Asks before an imported codebook removes labels: which themes are missing, how many labels
/// would go, and whether to match themes by name, import anyway, or cancel.
#[function_component]
fn CodebookImportDialog(props: &CodebookImportDialogProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let first_button = use_node_ref();
    {
        // The question takes the focus, so keyboard users land on the answers.
        let first_button = first_button.clone();
        use_effect_with((), move |_| {
            if let Some(button) = first_button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    let report = &props.pending.report;
    let answer = |choice: CodebookChoice| {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ResolveCodebookImport(choice)))
    };
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                dispatch.dispatch(Action::ResolveCodebookImport(CodebookChoice::Cancel));
            } else if event.key() == "Tab" {
                keep_focus_inside(&event);
            }
        })
    };
    let used = report.missing.iter().filter(|m| m.labels > 0).count();
    let summary = format!(
        "The imported codebook lacks {} in use here: {} in {} would be removed.",
        plural(used, "theme", "themes"),
        plural(report.dropped_labels, "label", "labels"),
        plural(report.affected_documents, "document", "documents"),
    );
    let unused: Vec<&str> = report
        .missing
        .iter()
        .filter(|m| m.labels == 0)
        .map(|m| m.name.as_str())
        .collect();
    let matching = report.can_match_by_name();
    let match_note = if !matching {
        "No missing theme has a namesake in the imported codebook.".to_owned()
    } else if report.dropped_after_matching == 0 {
        "Every missing theme has a theme of the same name in the import: matching by name keeps all labels.".to_owned()
    } else {
        format!(
            "Matching by name keeps the labels of themes with a namesake; {} would still go.",
            plural(report.dropped_after_matching, "label", "labels")
        )
    };
    let drop_label = format!(
        "Import and drop {}",
        plural(report.dropped_labels, "label", "labels")
    );
    html! {
        <div class="modal-backdrop">
            <div class="modal" role="alertdialog" aria-modal="true"
                aria-labelledby="codebook-import-title" aria-describedby="codebook-import-summary"
                {onkeydown}>
                <h3 id="codebook-import-title">{ "Importing this codebook would remove labels" }</h3>
                <p id="codebook-import-summary">{ summary }</p>
                <ul class="missing-themes" aria-label="Themes missing from the import">
                    { for report.missing.iter().filter(|m| m.labels > 0).map(|m| html! {
                        <li key={m.id.clone()}>
                            <strong>{ &m.name }</strong>
                            { format!(" ({}): {} in {}", m.id,
                                plural(m.labels, "label", "labels"),
                                plural(m.documents, "document", "documents")) }
                            if let Some(to) = &m.same_name_as {
                                { format!(" — same name as imported theme {to:?}") }
                            }
                        </li>
                    }) }
                </ul>
                if !unused.is_empty() {
                    <p class="hint">{ format!("Also missing, without labels: {}.", unused.join(", ")) }</p>
                }
                <p class="hint">{ match_note }</p>
                <div class="row">
                    if matching {
                        <button ref={first_button.clone()} class="btn primary"
                            onclick={answer(CodebookChoice::MatchByName)}>{ "Match themes by name" }</button>
                    }
                    <button class="btn danger" onclick={answer(CodebookChoice::Drop)}>{ drop_label }</button>
                    <button ref={if matching { NodeRef::default() } else { first_button.clone() }} class="btn"
                        onclick={answer(CodebookChoice::Cancel)}>{ "Cancel" }</button>
                </div>
            </div>
        </div>
    }
}

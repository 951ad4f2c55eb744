//! The question an imported codebook asks before it removes labels.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::{Action, CodebookChoice, Dispatch, PendingCodebook};

/// Properties of [`CodebookImportDialog`].
#[derive(Properties, PartialEq)]
pub struct CodebookImportDialogProps {
    /// The import waiting for the answer.
    pub pending: Rc<PendingCodebook>,
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
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Asks before an imported codebook removes labels: which themes are missing, how many labels
/// would go, and whether to match themes by name, import anyway, or cancel.
#[function_component]
pub fn CodebookImportDialog(props: &CodebookImportDialogProps) -> Html {
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

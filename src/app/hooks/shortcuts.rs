//! The page's global keyboard shortcuts: undo and redo, theme keys 1–9 and 0, Enter on a
//! sentence for the top theme suggestion, and the keys that open the palettes and the list of
//! shortcuts.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::palette::Overlay;
use crate::app::search_box::SEARCH_FIELD_ID;
use crate::app::{browser, Action, Dispatch};

/// What a key press does: an action for the reducer, a dialog to open, or the search field
/// to focus.
enum Shortcut {
    Act(Action),
    Open(Overlay),
    Search,
}

/// True when a key press belongs to a text field rather than to the page's shortcuts.
fn typing_in_field(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}

/// True when the key goes to an open question: its buttons answer it, shortcuts wait.
fn in_modal_dialog(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("[aria-modal=true]").ok().flatten())
        .is_some()
}

/// Page-wide shortcuts: undo/redo, theme keys 1–9 and 0, the palettes and the shortcut list.
fn global_shortcut(event: &KeyboardEvent) -> Option<Shortcut> {
    if in_modal_dialog(event) {
        return None;
    }
    let key = event.key();
    let command = event.ctrl_key() || event.meta_key();
    // The command palette opens from anywhere, a text field included.
    if command && matches!(key.as_str(), "k" | "K") {
        return Some(Shortcut::Open(Overlay::Commands));
    }
    if typing_in_field(event) {
        return None;
    }
    if command {
        return match key.as_str() {
            "z" | "Z" if event.shift_key() => Some(Action::Redo),
            "z" | "Z" => Some(Action::Undo),
            "y" | "Y" => Some(Action::Redo),
            _ => None,
        }
        .map(Shortcut::Act);
    }
    if event.alt_key() {
        return None;
    }
    let on_sentence = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.has_attribute("data-sentence-id"));
    let action = match key.as_str() {
        "?" => return Some(Shortcut::Open(Overlay::Shortcuts)),
        "/" => return Some(Shortcut::Search),
        "t" | "T" => return Some(Shortcut::Open(Overlay::Themes)),
        "Enter" if on_sentence => Action::AcceptSuggestion,
        "0" => Action::ClearThemes,
        digit if digit.len() == 1 && ("1"..="9").contains(&digit) => {
            Action::ToggleThemeKey(digit.chars().next()?)
        }
        _ => return None,
    };
    Some(Shortcut::Act(action))
}

/// Puts the keyboard focus in the search box.
fn focus_search_field() {
    let field = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(SEARCH_FIELD_ID))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
    }
}

/// Listens for the page-wide shortcuts anywhere on the page while the component is mounted,
/// and records the User Timing mark `app-interactive` once it listens.
#[hook]
pub fn use_shortcuts(dispatch: &Dispatch, open: &Callback<Overlay>) {
    let dispatch = dispatch.clone();
    let open = open.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            // Not passive: shortcuts must stop the browser's own handling of the key.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                match global_shortcut(event) {
                    Some(Shortcut::Act(action)) => {
                        event.prevent_default();
                        dispatch.dispatch(action);
                    }
                    Some(Shortcut::Open(overlay)) => {
                        event.prevent_default();
                        open.emit(overlay);
                    }
                    Some(Shortcut::Search) => {
                        event.prevent_default();
                        focus_search_field();
                    }
                    None => {}
                }
            })
        });
        browser::mark("app-interactive");
        move || drop(listener)
    });
}

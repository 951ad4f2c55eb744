//! The page's global keyboard shortcuts: undo and redo, theme keys 1–9 and 0, and Enter on a
//! sentence for the top theme suggestion.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::{browser, Action, Dispatch};

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

/// Page-wide shortcuts: undo/redo, theme keys 1–9 and 0.
fn global_shortcut(event: &KeyboardEvent) -> Option<Action> {
    if typing_in_field(event) || in_modal_dialog(event) {
        return None;
    }
    let key = event.key();
    let command = event.ctrl_key() || event.meta_key();
    if command {
        return match key.as_str() {
            "z" | "Z" if event.shift_key() => Some(Action::Redo),
            "z" | "Z" => Some(Action::Undo),
            "y" | "Y" => Some(Action::Redo),
            _ => None,
        };
    }
    if event.alt_key() {
        return None;
    }
    let on_sentence = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.has_attribute("data-sentence-id"));
    match key.as_str() {
        "Enter" if on_sentence => Some(Action::AcceptSuggestion),
        "0" => Some(Action::ClearThemes),
        digit if digit.len() == 1 && ("1"..="9").contains(&digit) => {
            let index = digit.parse::<usize>().ok()?.checked_sub(1)?;
            Some(Action::ToggleThemeAt(index))
        }
        _ => None,
    }
}

/// Listens for the page-wide shortcuts anywhere on the page while the component is mounted,
/// and records the User Timing mark `app-interactive` once it listens.
#[hook]
pub fn use_shortcuts(dispatch: &Dispatch) {
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            // Not passive: shortcuts must stop the browser's own handling of the key.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if let Some(action) = global_shortcut(event) {
                    event.prevent_default();
                    dispatch.dispatch(action);
                }
            })
        });
        browser::mark("app-interactive");
        move || drop(listener)
    });
}

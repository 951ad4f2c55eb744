//! The page: Yew components over the core. Components render state and dispatch actions; all
//! parsing, editing and format logic lives in the core modules.

mod agreement_panel;
mod browser;
mod charts;
mod codebook_panel;
mod compare_view;
mod details_panel;
mod document_list;
mod document_view;
pub mod export_menu;
mod input_panel;
mod paint;
mod samples;
mod sentence_row;
mod state;
mod stats_panel;
mod suggestions;
mod toolbar;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::annotation::{Codebook, Workspace};
use crate::export;

pub use samples::{Sample, SAMPLES};
pub use state::{Action, AppState, Message, SelectOp, Selection};

// The insight panels, re-exported so the layout (and tests) can mount them.
pub use agreement_panel::AgreementPanel;
pub use charts::{Chart, Charts};
pub use compare_view::CompareView;
pub use suggestions::SuggestionsPanel;

/// The reducer's dispatcher, shared with every component through context. It is stable for
/// the page's lifetime, so rows that take it never re-render because of it.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// The page state as components receive it (compared by value, so a panel re-renders only
/// when what it shows changed).
pub type StateHandle = UseReducerHandle<AppState>;

/// Mounts the page on the document body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// Restores the autosaved workspace, or starts with the default codebook. A saved workspace
/// that cannot be read is kept aside under another key rather than overwritten.
fn restore() -> AppState {
    let fresh = || Workspace::new(Codebook::diplomatic_default());
    match browser::load(browser::AUTOSAVE_KEY) {
        Ok(None) => AppState::new(fresh()),
        Ok(Some(saved)) => match export::import_v1(&saved) {
            Ok(workspace) => AppState::new(workspace),
            Err(error) => {
                let kept = browser::save(browser::UNREADABLE_KEY, &saved).is_ok();
                let mut state = AppState::new(fresh());
                state.message = Some(Message::Error(format!(
                    "The autosaved workspace could not be restored ({error}).{}",
                    if kept {
                        " It was kept in browser storage under \"readout-annotator/unreadable\"."
                    } else {
                        ""
                    }
                )));
                state
            }
        },
        Err(error) => {
            let mut state = AppState::new(fresh());
            state.message = Some(Message::Error(format!(
                "Autosave is off: {error}. Download the JSON to keep your work."
            )));
            state
        }
    }
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

/// Page-wide shortcuts: undo/redo, theme keys 1–9 and 0.
fn global_shortcut(event: &KeyboardEvent) -> Option<Action> {
    if typing_in_field(event) {
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
    match key.as_str() {
        "0" => Some(Action::ClearThemes),
        digit if digit.len() == 1 && ("1"..="9").contains(&digit) => {
            let index = digit.parse::<usize>().ok()?.checked_sub(1)?;
            Some(Action::ToggleThemeAt(index))
        }
        _ => None,
    }
}

/// The whole page.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer_eq(restore);
    let dispatch = state.dispatcher();

    // Keyboard shortcuts anywhere on the page.
    {
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

    // Autosave shortly after each change, so a burst of keys costs one save.
    {
        let dispatch = dispatch.clone();
        let workspace = state.workspace.clone();
        use_effect_with(state.revision, move |revision| {
            let timer = (*revision > 0).then(|| {
                gloo::timers::callback::Timeout::new(250, move || {
                    let started = browser::now_ms();
                    let (_, stamp) = browser::now_iso();
                    let json = export::export_v1(&workspace, &stamp);
                    if let Err(error) = browser::save(browser::AUTOSAVE_KEY, &json) {
                        dispatch.dispatch(Action::Say(Message::Error(error)));
                    }
                    browser::measure("autosave", started);
                })
            });
            move || drop(timer)
        });
    }

    let error = match &state.message {
        Some(Message::Error(text)) => Some(text.clone()),
        _ => None,
    };
    let info = match &state.message {
        Some(Message::Info(text)) => Some(text.clone()),
        _ => None,
    };
    let dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Dismiss))
    };

    html! {
        <ContextProvider<Dispatch> context={dispatch}>
            <header class="app-header">
                <h1>{ "Readout Annotator" }</h1>
                <span class="tagline">{ "Label diplomatic readouts by theme — nothing leaves your browser" }</span>
                <toolbar::Toolbar state={state.clone()} />
            </header>
            <div class="layout">
                <aside class="side" aria-label="Documents">
                    <input_panel::InputPanel />
                    <document_list::DocumentList state={state.clone()} />
                </aside>
                <main>
                    <div role="alert" class="alert" aria-live="assertive">
                        if let Some(text) = error {
                            <span>{ text }</span>
                            <button class="btn small" onclick={dismiss.clone()} aria-label="Dismiss message">{ "×" }</button>
                        }
                    </div>
                    <p class="status" role="status">{ info.unwrap_or_default() }</p>
                    <document_view::DocumentView state={state.clone()} />
                </main>
                <aside class="side tools" aria-label="Codebook and details">
                    <codebook_panel::CodebookPanel state={state.clone()} />
                    <details_panel::DetailsPanel state={state.clone()} />
                    <stats_panel::StatsPanel state={state.clone()} />
                </aside>
            </div>
        </ContextProvider<Dispatch>>
    }
}

//! The command palette (Ctrl+K) and the theme palette (t): a dialog with a filter box over
//! every action of the page, or over the themes only, so themes past nine and commands
//! without a button are a few keys away. Enter runs the highlighted entry; Escape closes.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{browser, toolbar, Action, Dispatch, Message, StateHandle, View};
use crate::annotation::search::matches_all_words;
use crate::annotation::{SelectOp, SentenceFilter};

/// Which dialog over the page is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// None.
    Closed,
    /// Every command.
    Commands,
    /// The themes only.
    Themes,
    /// The keyboard shortcuts.
    Shortcuts,
}

/// What choosing an entry does.
#[derive(Clone, Debug)]
enum Run {
    /// Dispatches an action.
    Act(Action),
    /// Shows another view.
    Show(View),
    /// Downloads the workspace.
    Download,
    /// Opens the keyboard shortcuts.
    Shortcuts,
}

/// One entry of the palette.
#[derive(Clone, Debug)]
struct Entry {
    label: String,
    /// Its key, when it has one.
    key: Option<String>,
    run: Run,
}

fn entry(label: impl Into<String>, key: Option<&str>, run: Run) -> Entry {
    Entry {
        label: label.into(),
        key: key.map(str::to_owned),
        run,
    }
}

/// The entries for the state: themes first (they are what a coder looks for most), then the
/// commands. The theme palette lists only the themes.
fn entries(state: &StateHandle, themes_only: bool) -> Vec<Entry> {
    let mut out: Vec<Entry> = state
        .workspace
        .codebook
        .themes
        .iter()
        .map(|t| {
            let key = t.key.map(String::from);
            Entry {
                label: format!("Apply theme: {}", t.name),
                key,
                run: Run::Act(Action::ToggleTheme(t.id.clone())),
            }
        })
        .collect();
    if themes_only {
        return out;
    }
    out.extend([
        entry(
            "Clear themes of the selection",
            Some("0"),
            Run::Act(Action::ClearThemes),
        ),
        entry("Undo", Some("Ctrl+Z"), Run::Act(Action::Undo)),
        entry("Redo", Some("Ctrl+Shift+Z"), Run::Act(Action::Redo)),
        entry(
            "Next sentence",
            Some("j"),
            Run::Act(Action::Select(SelectOp::Move {
                delta: 1,
                extend: false,
            })),
        ),
        entry(
            "Previous sentence",
            Some("k"),
            Run::Act(Action::Select(SelectOp::Move {
                delta: -1,
                extend: false,
            })),
        ),
        entry(
            "Select all sentences",
            Some("Ctrl+A"),
            Run::Act(Action::Select(SelectOp::All)),
        ),
        entry(
            "Show all sentences",
            None,
            Run::Act(Action::Filter(SentenceFilter::All)),
        ),
        entry(
            "Show only unlabelled sentences",
            None,
            Run::Act(Action::Filter(SentenceFilter::Unlabelled)),
        ),
    ]);
    out.extend(state.workspace.codebook.themes.iter().map(|t| {
        entry(
            format!("Show only sentences coded {}", t.name),
            None,
            Run::Act(Action::Filter(SentenceFilter::Theme(t.id.clone()))),
        )
    }));
    out.extend(state.workspace.documents.iter().map(|d| {
        entry(
            format!("Open document: {}", d.display_name()),
            None,
            Run::Act(Action::Open(d.id.clone())),
        )
    }));
    out.extend(
        View::ALL
            .iter()
            .map(|(view, label)| entry(format!("Show view: {label}"), None, Run::Show(*view))),
    );
    out.extend([
        entry("Download JSON", None, Run::Download),
        entry("New workspace", None, Run::Act(Action::NewWorkspace)),
        entry("Keyboard shortcuts", Some("?"), Run::Shortcuts),
    ]);
    out
}

/// Properties of [`Palette`].
#[derive(Properties, PartialEq)]
pub struct PaletteProps {
    /// The page state.
    pub state: StateHandle,
    /// Themes only (the theme palette) or every command.
    pub themes_only: bool,
    /// Opens another overlay, or closes this one.
    pub set_overlay: Callback<Overlay>,
    /// Shows a view.
    pub show_view: Callback<View>,
}

/// The palette dialog.
#[function_component]
pub fn Palette(props: &PaletteProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let query = use_state(String::new);
    let active = use_state(|| 0usize);
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(field) = input.cast::<web_sys::HtmlElement>() {
                let _ = field.focus();
            }
        });
    }
    let all = entries(&props.state, props.themes_only);
    let shown: Vec<Entry> = all
        .into_iter()
        .filter(|e| matches_all_words(&query, &e.label))
        .collect();
    let active_index = (*active).min(shown.len().saturating_sub(1));

    let run = {
        let dispatch = dispatch.clone();
        let set_overlay = props.set_overlay.clone();
        let show_view = props.show_view.clone();
        let state = props.state.clone();
        Callback::from(move |chosen: Entry| {
            set_overlay.emit(Overlay::Closed);
            let back_to_sentences = !matches!(chosen.run, Run::Shortcuts | Run::Show(_));
            match chosen.run {
                Run::Act(action) => dispatch.dispatch(action),
                Run::Show(view) => show_view.emit(view),
                Run::Download => {
                    if let Err(error) = toolbar::download_workspace(&state.workspace) {
                        dispatch.dispatch(Action::Say(Message::Error(error)));
                    }
                }
                Run::Shortcuts => set_overlay.emit(Overlay::Shortcuts),
            }
            if back_to_sentences {
                browser::focus_sentence_list(state.selection.focus);
            }
        })
    };
    let oninput = {
        let query = query.clone();
        let active = active.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(field) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                query.set(field.value());
                active.set(0);
            }
        })
    };
    let onkeydown = {
        let active = active.clone();
        let shown = shown.clone();
        let run = run.clone();
        let set_overlay = props.set_overlay.clone();
        let focus = props.state.selection.focus;
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "ArrowDown" => {
                event.prevent_default();
                active.set((active_index + 1).min(shown.len().saturating_sub(1)));
            }
            "ArrowUp" => {
                event.prevent_default();
                active.set(active_index.saturating_sub(1));
            }
            "Enter" => {
                event.prevent_default();
                if let Some(chosen) = shown.get(active_index) {
                    run.emit(chosen.clone());
                }
            }
            "Escape" => {
                event.prevent_default();
                set_overlay.emit(Overlay::Closed);
                browser::focus_sentence_list(focus);
            }
            _ => {}
        })
    };
    let close = {
        let set_overlay = props.set_overlay.clone();
        Callback::from(move |_| set_overlay.emit(Overlay::Closed))
    };
    let name = if props.themes_only {
        "Theme palette"
    } else {
        "Command palette"
    };
    let placeholder = if props.themes_only {
        "Type a theme's name"
    } else {
        "Type a command or a theme"
    };
    let options = shown.iter().enumerate().map(|(i, e)| {
        let onclick = {
            let run = run.clone();
            let e = e.clone();
            Callback::from(move |_| run.emit(e.clone()))
        };
        html! {
            <li id={format!("palette-{i}")} role="option" aria-selected={(i == active_index).to_string()} {onclick}>
                <span>{ &e.label }</span>
                if let Some(key) = &e.key { <kbd>{ key }</kbd> }
            </li>
        }
    });
    html! {
        <div class="modal-backdrop" onclick={close.clone()}>
            <div class="modal palette" role="dialog" aria-modal="true" aria-label={name}
                onclick={Callback::from(|event: MouseEvent| event.stop_propagation())}>
                <input ref={input} type="text" role="combobox" aria-label={name} aria-expanded="true"
                    aria-controls="palette-list" aria-autocomplete="list" {placeholder}
                    aria-activedescendant={(!shown.is_empty()).then(|| format!("palette-{active_index}"))}
                    value={(*query).clone()} {oninput} {onkeydown} />
                <ul id="palette-list" role="listbox" aria-label="Matches">
                    { for options }
                </ul>
                if shown.is_empty() { <p class="hint">{ "Nothing matches." }</p> }
            </div>
        </div>
    }
}

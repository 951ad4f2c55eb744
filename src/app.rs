//! The page: Yew components over the core. Components render state and dispatch actions; all
//! parsing, editing and format logic lives in the core modules.

mod agreement_panel;
mod browser;
mod charts;
mod codebook_panel;
mod compare_view;
mod crash;
mod details_panel;
mod document_list;
mod document_view;
mod export_menu;
mod hooks;
mod input_panel;
mod paint;
mod palette;
mod samples;
mod samples_panel;
mod search_box;
mod segments_view;
mod sentence_row;
mod shortcuts_dialog;
mod state;
mod stats_panel;
mod storage;
mod suggestions;
mod toolbar;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::export;

pub use crash::install_panic_hook;
pub use samples::{Sample, SAMPLES};
pub use state::{Action, AppState, CodebookChoice, Message, PendingCodebook, SelectOp, Selection};

/// The reducer's dispatcher, shared with every component through context. It is stable for
/// the page's lifetime, so rows that take it never re-render because of it.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// The page state as components receive it (compared by value, so a panel re-renders only
/// when what it shows changed).
pub type StateHandle = UseReducerHandle<AppState>;

/// Mounts the page on the document body.
pub fn start() {
    crash::expose_panic_for_test();
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(boot) = document.as_ref().and_then(|d| d.get_element_by_id("boot")) {
        boot.remove();
    }
    match document.and_then(|d| d.get_element_by_id("app")) {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Document,
    Charts,
    Compare,
    Agreement,
    Segments,
}

impl View {
    const ALL: [(View, &'static str); 5] = [
        (View::Document, "Document"),
        (View::Segments, "Segments"),
        (View::Charts, "Charts"),
        (View::Compare, "Compare readouts"),
        (View::Agreement, "Coder agreement"),
    ];
}

/// The whole page.
#[function_component]
pub fn App() -> Html {
    let state = use_reducer_eq(AppState::restoring);
    let dispatch = state.dispatcher();
    let view = use_state_eq(|| View::Document);

    let overlay = use_state_eq(|| palette::Overlay::Closed);
    let set_overlay = {
        let overlay = overlay.clone();
        Callback::from(move |next: palette::Overlay| overlay.set(next))
    };
    hooks::use_shortcuts(&dispatch, &set_overlay);

    let autosave = hooks::use_autosave(&state);
    hooks::use_view_memory(&state);

    let lost_alert = autosave.storage_lost.then(|| {
        let workspace = state.workspace.clone();
        let dispatch = dispatch.clone();
        let download = Callback::from(move |_| {
            if let Err(error) = toolbar::download_workspace(&workspace) {
                dispatch.dispatch(Action::Say(Message::Error(error)));
            }
        });
        html! {
            <div class="alert" role="alert">
                <span>{ storage::LOST }</span>
                <button class="btn small" onclick={download}>{ "Download the workspace" }</button>
            </div>
        }
    });
    let set_aside_notice = autosave.set_aside.clone().map(|notice| {
        let dispatch = dispatch.clone();
        let entries = notice.entries.clone();
        let download = Callback::from(move |_| {
            let (today, _) = browser::now_iso();
            let file = export::autosave::set_aside_file(&entries);
            let name = format!("set-aside-records-{today}.json");
            if let Err(error) = browser::download(&name, "application/json", &file) {
                dispatch.dispatch(Action::Say(Message::Error(error)));
            }
        });
        let dismiss = autosave.dismiss_set_aside.reform(|_: MouseEvent| ());
        let button = (!notice.entries.is_empty()).then(|| html! {
            <button class="btn small" onclick={download}>{ "Download the set-aside records" }</button>
        });
        let close = html! {
            <button class="btn small" onclick={dismiss} aria-label="Dismiss the set-aside message">{ "×" }</button>
        };
        match notice.summary {
            Some(summary) => html! {
                <div class="alert" role="alert"><span>{ summary }</span>{ button }{ close }</div>
            },
            None => html! {
                <div class="notice" role="status">
                    <span>{ format!(
                        "{} damaged autosave record{} from an earlier visit {} kept aside in this browser.",
                        notice.entries.len(),
                        if notice.entries.len() == 1 { "" } else { "s" },
                        if notice.entries.len() == 1 { "is" } else { "are" },
                    ) }</span>
                    { button }{ close }
                </div>
            },
        }
    });
    let conflict = autosave.other_tab_saved.then(|| {
        let reload = Callback::from(|_| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        let keep = autosave.keep_this_tab.reform(|_: MouseEvent| ());
        html! {
            <div class="alert" role="alert">
                <span>{ "This workspace was saved from another tab. Autosave is paused here so neither tab overwrites the other." }</span>
                <button class="btn small" onclick={reload}>{ "Load the other tab's work" }</button>
                <button class="btn small" onclick={keep}>{ "Keep this tab's work" }</button>
            </div>
        }
    });

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

    let tabs = View::ALL.iter().map(|(option, label)| {
        let onclick = {
            let view = view.clone();
            let option = *option;
            Callback::from(move |_| view.set(option))
        };
        html! {
            <button role="tab" class="tab" aria-selected={(*view == *option).to_string()} {onclick}>{ *label }</button>
        }
    });
    let show_view = {
        let view = view.clone();
        Callback::from(move |next: View| view.set(next))
    };
    let main_view = match *view {
        View::Document => html! { <document_view::DocumentView state={state.clone()} /> },
        View::Charts => html! { <charts::Charts state={state.clone()} /> },
        View::Compare => html! { <compare_view::CompareView state={state.clone()} /> },
        View::Agreement => html! { <agreement_panel::AgreementPanel /> },
        View::Segments => html! {
            <segments_view::SegmentsView state={state.clone()} show_view={show_view.clone()} />
        },
    };
    let on_suggestions_toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let open = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                .is_some_and(|d| d.open());
            dispatch.dispatch(Action::ShowSuggestions(open));
        })
    };

    let overlay_view = match *overlay {
        palette::Overlay::Closed => Html::default(),
        palette::Overlay::Commands | palette::Overlay::Themes => html! {
            <palette::Palette state={state.clone()} themes_only={*overlay == palette::Overlay::Themes}
                set_overlay={set_overlay.clone()} {show_view} />
        },
        palette::Overlay::Shortcuts => html! {
            <shortcuts_dialog::ShortcutsDialog focus={state.selection.focus}
                on_close={set_overlay.reform(|_: ()| palette::Overlay::Closed)} />
        },
    };

    html! {
        <ContextProvider<Dispatch> context={dispatch}>
            { overlay_view }
            <header class="app-header">
                <h1>{ "Readout Annotator" }</h1>
                <span class="tagline">{ "Label diplomatic readouts by theme — nothing leaves your browser" }</span>
                <toolbar::Toolbar state={state.clone()} />
                <details class="menu">
                    <summary class="btn">{ "Export…" }</summary>
                    <export_menu::ExportMenu state={state.clone()} />
                </details>
            </header>
            <div class={classes!("layout", state.current_document().is_some().then_some("has-document"))}>
                <aside class="side" aria-label="Documents">
                    <input_panel::InputPanel />
                    <document_list::DocumentList state={state.clone()} />
                    <samples_panel::SamplesPanel />
                </aside>
                <main data-revision={state.revision.to_string()} data-saved-revision={autosave.saved_revision.to_string()}
                data-open={state.current.clone()} data-saved-open={autosave.saved_open.clone()}
                data-inputs-handled={state.inputs_handled.to_string()}>
                    <div role="alert" class="alert" aria-live="assertive">
                        if let Some(text) = error {
                            <span>{ text }</span>
                            <button class="btn small" onclick={dismiss.clone()} aria-label="Dismiss message">{ "×" }</button>
                        }
                    </div>
                    { lost_alert.unwrap_or_default() }
                    { set_aside_notice.unwrap_or_default() }
                    { conflict.unwrap_or_default() }
                    <p class="status" role="status">{
                        if state.restoring {
                            "Restoring your workspace…".to_owned()
                        } else {
                            info.or_else(|| autosave.persistence_note.map(str::to_owned)).unwrap_or_default()
                        }
                    }</p>
                    <search_box::SearchBox state={state.clone()} />
                    <div class="tabs" role="tablist" aria-label="Views">{ for tabs }</div>
                    <div role="tabpanel" aria-label="Current view">{ main_view }</div>
                </main>
                <aside class="side tools" aria-label="Codebook and details">
                    <codebook_panel::CodebookPanel state={state.clone()} />
                    <details_panel::DetailsPanel state={state.clone()} />
                    <details class="panel collapsible" ontoggle={on_suggestions_toggle}>
                        <summary>{ "Theme suggestions" }</summary>
                        // Training and checking the model costs time on big workspaces: only
                        // while the user looks at it.
                        if state.suggestions_shown {
                            <suggestions::SuggestionsPanel state={state.clone()} />
                        }
                    </details>
                    <stats_panel::StatsPanel state={state.clone()} />
                </aside>
            </div>
        </ContextProvider<Dispatch>>
    }
}

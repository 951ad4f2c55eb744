//! Autosave: the workspace restored from the browser's store on start, saved shortly after
//! each change, and paused when another tab saves over it or the store is lost.

use std::rc::Rc;

use yew::prelude::*;

use super::view_memory;
use crate::app::{browser, storage, Action, Message, StateHandle};

/// Damaged autosave records kept aside, offered as a download.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAsideNotice {
    /// What this load restored and set aside; `None` when the entries are from earlier loads.
    pub summary: Option<String>,
    /// Every set-aside entry, as stored.
    pub entries: Rc<Vec<String>>,
}

/// What the autosave tells the page.
#[derive(Debug)]
pub struct Autosave {
    /// Another tab saved this workspace: autosave is paused until the user chooses.
    pub other_tab_saved: bool,
    /// Another page deleted or upgraded the store: autosave has stopped.
    pub storage_lost: bool,
    /// Damaged records kept aside, to offer as a download.
    pub set_aside: Option<SetAsideNotice>,
    /// Why the save may not last (the browser did not make the store persistent).
    pub persistence_note: Option<&'static str>,
    /// The last revision whose save committed.
    pub saved_revision: u64,
    /// The document on screen as last saved.
    pub saved_open: Option<String>,
    /// Keeps this tab's work over the other tab's: the next save writes it in full.
    pub keep_this_tab: Callback<()>,
    /// Dismisses the set-aside notice.
    pub dismiss_set_aside: Callback<()>,
}

/// Restores the workspace once on start (into `state` by [`Action::Restore`]), listens for
/// other tabs' saves, and saves 300 ms after the last change, unless another tab saved over it
/// meanwhile or the store was lost.
#[hook]
pub fn use_autosave(state: &StateHandle) -> Autosave {
    let dispatch = state.dispatcher();
    let session = use_mut_ref(|| None::<Rc<web_sys::IdbDatabase>>);
    let saved = use_mut_ref(storage::Saved::default);
    let tab = use_memo((), |_| storage::tab_id());
    let other_tab_saved = use_state_eq(|| false);
    let storage_lost = use_state_eq(|| false);
    let set_aside = use_state_eq(|| None::<SetAsideNotice>);
    let persistence_note = use_state_eq(|| None::<&'static str>);
    // The last revision whose save committed, shown on `<main>` beside the current one so
    // tests and tools can wait until everything on screen is saved.
    let saved_revision = use_state_eq(|| 0u64);
    // The document on screen as last saved, so switching documents is saved too and a reload
    // shows the same one.
    let saved_open = use_state_eq(|| None::<String>);
    {
        let dispatch = dispatch.clone();
        let session = session.clone();
        let saved = saved.clone();
        let saved_open = saved_open.setter();
        let lost = storage_lost.setter();
        let set_aside = set_aside.setter();
        let persistence_note = persistence_note.setter();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let started = browser::now_ms();
                let on_lost = {
                    let session = session.clone();
                    move || {
                        session.borrow_mut().take();
                        lost.set(true);
                    }
                };
                let loaded = match storage::open(on_lost).await {
                    Err(error) => Err(error),
                    Ok(database) => {
                        let loaded = storage::load(&database).await;
                        *session.borrow_mut() = Some(database);
                        loaded
                    }
                };
                match loaded {
                    Ok(loaded) => {
                        let workspace = loaded.restored.as_ref().map(|r| r.workspace.clone());
                        let open = loaded.restored.as_ref().and_then(|r| r.open.clone());
                        if let Some(workspace) = &workspace {
                            *saved.borrow_mut() = storage::Saved::of(workspace);
                        }
                        saved_open.set(open.clone());
                        dispatch.dispatch(Action::Restore {
                            workspace: workspace.map(Box::new),
                            open,
                            view: view_memory::saved(),
                        });
                        if let Some(problem) = loaded.problem {
                            dispatch.dispatch(Action::Say(Message::Error(problem)));
                        }
                        let summary = loaded.restored.as_ref().and_then(|r| r.summary());
                        if summary.is_some() || !loaded.set_aside.is_empty() {
                            set_aside.set(Some(SetAsideNotice {
                                summary,
                                entries: Rc::new(loaded.set_aside),
                            }));
                        }
                    }
                    Err(error) => {
                        dispatch.dispatch(Action::Restore {
                            workspace: None,
                            open: None,
                            view: None,
                        });
                        dispatch.dispatch(Action::Say(Message::Error(error)));
                    }
                }
                browser::measure("restore", started);
                browser::mark("restore-done");
                if session.borrow().is_some() && storage::ask_persistent().await == Some(false) {
                    persistence_note.set(Some(
                        "Saved in this browser, which may clear it when space runs low: download the JSON to keep it for sure.",
                    ));
                }
            });
        });
    }
    {
        let other_tab_saved = other_tab_saved.clone();
        let tab = tab.clone();
        use_effect_with((), move |_| {
            let watch = storage::watch_saves((*tab).clone(), move || other_tab_saved.set(true));
            move || drop(watch)
        });
    }
    {
        let dispatch = dispatch.clone();
        let workspace = state.workspace.clone();
        let session = session.clone();
        let saved = saved.clone();
        let tab = tab.clone();
        let paused = state.restoring || *other_tab_saved || *storage_lost;
        let saved_revision = saved_revision.setter();
        let open_saved_last = (*saved_open).clone();
        let saved_open = saved_open.setter();
        let open = state.current.clone();
        use_effect_with(
            (state.revision, open, paused),
            move |(revision, open, paused)| {
                let (revision, open) = (*revision, open.clone());
                let due = !paused && (revision > 0 || open != open_saved_last);
                if let Some(database) = session.borrow().clone().filter(|_| due) {
                    // Known to the panic hook until saved, so a panic meanwhile still saves it.
                    storage::set_pending(storage::Pending {
                        revision,
                        database,
                        workspace: workspace.clone(),
                        open: open.clone(),
                        saved: saved.clone(),
                    });
                }
                let timer = due.then(|| {
                    gloo::timers::callback::Timeout::new(300, move || {
                        let Some(database) = session.borrow().clone() else {
                            // No store could be opened: say so after each change, so the user
                            // is never left believing the work is saved.
                            dispatch.dispatch(Action::Say(Message::Error(
                                storage::UNAVAILABLE.to_owned(),
                            )));
                            return;
                        };
                        wasm_bindgen_futures::spawn_local(async move {
                            let started = browser::now_ms();
                            let mut last = std::mem::take(&mut *saved.borrow_mut());
                            let result = storage::save(
                                &database,
                                &workspace,
                                open.as_deref(),
                                revision,
                                &mut last,
                            )
                            .await;
                            *saved.borrow_mut() = last;
                            browser::measure("autosave", started);
                            match result {
                                Ok(()) => {
                                    storage::announce_save(&tab);
                                    browser::mark("autosave-done");
                                    saved_revision.set(revision);
                                    saved_open.set(open);
                                }
                                Err(error) => dispatch.dispatch(Action::Say(Message::Error(error))),
                            }
                        });
                    })
                });
                move || drop(timer)
            },
        );
    }
    let keep_this_tab = {
        let other_tab_saved = other_tab_saved.clone();
        let saved = saved.clone();
        Callback::from(move |()| {
            // Forget what was saved, so the next save writes this tab's work in full.
            *saved.borrow_mut() = storage::Saved::default();
            other_tab_saved.set(false);
        })
    };
    let dismiss_set_aside = {
        let set_aside = set_aside.clone();
        Callback::from(move |()| set_aside.set(None))
    };
    Autosave {
        other_tab_saved: *other_tab_saved,
        storage_lost: *storage_lost,
        set_aside: (*set_aside).clone(),
        persistence_note: *persistence_note,
        saved_revision: *saved_revision,
        saved_open: (*saved_open).clone(),
        keep_this_tab,
        dismiss_set_aside,
    }
}

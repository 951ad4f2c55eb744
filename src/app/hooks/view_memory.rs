//! Remembers where the user is (document, filter, focused sentence) in `localStorage`, so a
//! reload comes back to it. Only a few bytes: the workspace itself is in IndexedDB.

use yew::prelude::*;

use crate::app::StateHandle;
use crate::export::view::SavedView;

/// The `localStorage` key of the view.
const KEY: &str = "readout-annotator/view";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The view saved by the last visit, if the browser kept one.
pub fn saved() -> Option<SavedView> {
    SavedView::from_json(&local_storage()?.get_item(KEY).ok().flatten()?)
}

/// Saves the view whenever the open document, its filter or the focused sentence changes,
/// once the autosaved workspace has been restored (before, it would overwrite the view the
/// restore is about to use).
#[hook]
pub fn use_view_memory(state: &StateHandle) {
    let view = state.current.clone().map(|document| SavedView {
        document,
        filter: state.filter.clone(),
        focus: state.selection.focus,
    });
    let restoring = state.restoring;
    use_effect_with((view, restoring), |(view, restoring)| {
        if let (Some(view), false, Some(storage)) = (view, *restoring, local_storage()) {
            // A full or disabled storage only costs the user their place, never work.
            let _ = storage.set_item(KEY, &view.to_json());
        }
    });
}

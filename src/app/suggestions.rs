//! Theme suggestions for the current document: how often they have been right in this
//! workspace, "accept all above a confidence" (one undo step), and accept or reject for the
//! selected sentence. Suggestions are shown here, apart from labels, until accepted.

use std::collections::HashSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{Action, Dispatch, StateHandle};
use crate::annotation::suggest::{above, accept_edit, leave_one_out, Suggestion};
use crate::annotation::SentenceId;

/// Properties of [`SuggestionsPanel`].
#[derive(Debug, Properties, PartialEq)]
pub struct SuggestionsPanelProps {
    /// The page state.
    pub state: StateHandle,
}

/// How many labelled sentences the "right N% of the time" figure checks, to bound its cost.
const CHECKED: usize = 300;

/// A rejected suggestion: document, sentence, theme. View state: rejecting is not an edit.
type Rejection = (String, SentenceId, String);

/// The suggestions panel.
#[function_component]
pub fn SuggestionsPanel(props: &SuggestionsPanelProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let state = &props.state;
    let threshold = use_state(|| 70u32);
    let rejected = use_state(HashSet::<Rejection>::new);
    let precision = {
        let ws = state.workspace.clone();
        use_memo((state.revision, *threshold), move |(_, t)| {
            leave_one_out(&ws, f64::from(*t) / 100.0, CHECKED).map(|e| (e.total(), e.sentences))
        })
    };
    // The suggester the Enter key uses too: trained once, then following label by label.
    let document_suggestions = {
        let (state, doc) = (state.clone(), state.current_document().cloned());
        use_memo((state.revision, state.current.clone()), move |_| {
            doc.map(|d| state.with_suggester(|live| live.suggester().suggest_document(&d)))
                .unwrap_or_default()
        })
    };
    let Some(doc) = state.current_document().cloned() else {
        return Html::default();
    };
    let not_rejected =
        |id: SentenceId, s: &Suggestion| !rejected.contains(&(doc.id.clone(), id, s.theme.clone()));
    let visible: Vec<(SentenceId, Vec<Suggestion>)> = document_suggestions
        .iter()
        .map(|(id, v)| {
            (
                *id,
                v.iter().filter(|s| not_rejected(*id, s)).cloned().collect(),
            )
        })
        .collect();
    let picks = above(&visible, f64::from(*threshold) / 100.0);
    let pick_count: usize = picks.iter().map(|(_, t)| t.len()).sum();
    let name = |id: &str| {
        state
            .workspace
            .codebook
            .get(id)
            .map_or_else(|| id.to_owned(), |t| t.name.clone())
    };

    let on_threshold = {
        let threshold = threshold.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|i| i.value().parse::<u32>().ok());
            if let Some(v) = value {
                threshold.set(v.clamp(50, 95));
            }
        })
    };
    let accept_all = {
        let (dispatch, doc, picks) = (dispatch.clone(), doc.clone(), Rc::new(picks));
        Callback::from(move |_| dispatch.dispatch(Action::Edit(accept_edit(&doc, &picks))))
    };

    let selected = state
        .selection
        .focus
        .or_else(|| state.selection.ids.first().copied())
        .and_then(|id| doc.sentence(id).cloned());
    let for_selected: Vec<Suggestion> = selected
        .as_ref()
        .map(|s| {
            state
                .with_suggester(|live| live.suggester().suggest(doc.sentence_text(s)))
                .into_iter()
                .filter(|x| !s.has_theme(&x.theme) && not_rejected(s.id, x))
                .collect()
        })
        .unwrap_or_default();

    let headline = match &*precision {
        Some((total, _)) => match total.precision() {
            Some(p) => format!(
                "Suggestions at this confidence were right {:.0}% of the time in this workspace (checked on {} of your labels).",
                100.0 * p,
                total.true_positives + total.false_negatives
            ),
            None => "No suggestion reaches this confidence on your labels yet.".to_owned(),
        },
        None => "Label ten or more sentences to see how often suggestions are right.".to_owned(),
    };

    html! {
        <section class="panel suggestions" aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading">{ "Suggestions" }</h2>
            <p role="status">{ headline }</p>
            <label for="suggest-threshold">{ format!("Minimum confidence: {}%", *threshold) }</label>
            <input id="suggest-threshold" type="range" min="50" max="95" step="5"
                value={threshold.to_string()} onchange={on_threshold} />
            <button class="btn" onclick={accept_all} disabled={pick_count == 0}>
                { format!("Accept all suggestions above {}% ({pick_count})", *threshold) }
            </button>
            if let Some(sid) = selected.map(|s| s.id) {
                <h3>{ format!("For sentence {sid}") }</h3>
                if for_selected.is_empty() {
                    <p class="hint">{ "No suggestion for the selected sentence." }</p>
                } else {
                    <ul class="suggested" aria-label="Suggested themes for the selected sentence">
                        { for for_selected.iter().map(|x| {
                            let theme_name = name(&x.theme);
                            let accept = {
                                let (dispatch, doc, theme) = (dispatch.clone(), doc.clone(), x.theme.clone());
                                Callback::from(move |_| {
                                    dispatch.dispatch(Action::Edit(accept_edit(&doc, &[(sid, vec![theme.clone()])])));
                                })
                            };
                            let reject = {
                                let (rejected, key) = (rejected.clone(), (doc.id.clone(), sid, x.theme.clone()));
                                Callback::from(move |_| {
                                    let mut next = (*rejected).clone();
                                    next.insert(key.clone());
                                    rejected.set(next);
                                })
                            };
                            html! {
                                <li>
                                    { format!("{theme_name} ({:.0}%) ", 100.0 * x.confidence) }
                                    <button class="btn small" onclick={accept} aria-label={format!("Accept {theme_name}")}>{ "Accept" }</button>
                                    <button class="btn small" onclick={reject} aria-label={format!("Reject {theme_name}")}>{ "Reject" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            }
        </section>
    }
}

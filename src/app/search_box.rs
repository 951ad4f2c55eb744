//! The search box over every sentence of every document (`/` focuses it): words, "quoted
//! phrases" or a /regular expression/, with results listing document, speaker and themes.
//! Choosing a result opens its document and focuses the sentence, wherever it is.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{Action, Dispatch, StateHandle};
use crate::annotation::long_text::excerpt;
use crate::annotation::search::{search_sentences, SearchResults, SentenceQuery};

/// The id of the search field, for the `/` shortcut.
pub const SEARCH_FIELD_ID: &str = "search-sentences";

/// How many results are listed; the rest are counted.
const LISTED: usize = 50;

/// Characters of a sentence shown in a result.
const RESULT_CHARS: usize = 160;

/// Properties of [`SearchBox`].
#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The page state.
    pub state: StateHandle,
}

/// The search field and its results.
#[function_component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let typed = use_state(String::new);
    let state = &props.state;
    let found = {
        let workspace = state.workspace.clone();
        use_memo(((*typed).clone(), state.revision), move |(typed, _)| {
            SentenceQuery::parse(typed)
                .map(|query| query.map(|q| search_sentences(&workspace, &q, LISTED)))
        })
    };
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(field) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                typed.set(field.value());
            }
        })
    };
    let onkeydown = {
        let typed = typed.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                typed.set(String::new());
            }
        })
    };
    let results = match &*found {
        Ok(None) => Html::default(),
        Err(problem) => {
            html! { <p class="hint search-problem" role="status">{ problem.to_string() }</p> }
        }
        Ok(Some(results)) => results_list(state, &dispatch, results),
    };
    html! {
        <div class="search" role="search">
            <input id={SEARCH_FIELD_ID} type="search" aria-label="Search sentences" value={(*typed).clone()}
                placeholder="Search every sentence: words, \"a phrase\" or /a pattern/  (press /)"
                {oninput} {onkeydown} />
            { results }
        </div>
    }
}

/// The results: how many, then one button per listed sentence.
fn results_list(state: &StateHandle, dispatch: &Dispatch, results: &SearchResults) -> Html {
    let summary = match results.total {
        0 => "No sentence matches.".to_owned(),
        1 => "1 sentence matches.".to_owned(),
        n if n > results.hits.len() => {
            format!(
                "{n} sentences match; the first {} are listed.",
                results.hits.len()
            )
        }
        n => format!("{n} sentences match."),
    };
    let codebook = &state.workspace.codebook;
    let rows = results.hits.iter().filter_map(|hit| {
        let doc = state.workspace.document(&hit.document)?;
        let sentence = doc.sentence(hit.sentence)?;
        let text = doc.sentence_text(sentence);
        let shown = excerpt(text, RESULT_CHARS).map_or_else(|| text.to_owned(), |start| format!("{start}…"));
        let themes: Vec<&str> = sentence
            .themes
            .iter()
            .filter_map(|t| codebook.get(t).map(|t| t.name.as_str()))
            .collect();
        let onclick = {
            let dispatch = dispatch.clone();
            let document = hit.document.clone();
            let sentence = hit.sentence;
            Callback::from(move |_| {
                dispatch.dispatch(Action::Reveal {
                    document: document.clone(),
                    sentence,
                })
            })
        };
        Some(html! {
            <li key={format!("{}-{}", hit.document, hit.sentence)}>
                <button class="result" {onclick}>
                    <span class="where">{ format!(
                        "{} · sentence {} · {}{}",
                        doc.display_name(),
                        hit.position,
                        doc.speaker_label(&sentence.speaker),
                        if themes.is_empty() { String::new() } else { format!(" · {}", themes.join(", ")) }
                    ) }</span>
                    <span class="what">{ shown }</span>
                </button>
            </li>
        })
    });
    html! {
        <div class="search-results">
            <p class="hint" role="status">{ summary }</p>
            <ul aria-label="Search results">{ for rows }</ul>
        </div>
    }
}

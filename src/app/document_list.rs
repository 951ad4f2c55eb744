//! The workspace's documents: switch between them, remove one (undoable).

use yew::prelude::*;

use super::{Action, Dispatch, StateHandle};

/// Properties of [`DocumentList`].
#[derive(Properties, PartialEq)]
pub struct DocumentListProps {
    /// The page state.
    pub state: StateHandle,
}

/// A list of the workspace's documents with their labelling progress.
#[function_component]
pub fn DocumentList(props: &DocumentListProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let documents = &props.state.workspace.documents;
    if documents.is_empty() {
        return Html::default();
    }
    html! {
        <section class="panel" aria-labelledby="documents-heading">
            <h2 id="documents-heading">{ format!("Documents ({})", documents.len()) }</h2>
            <ul class="list">
                { for documents.iter().map(|doc| {
                    let title = doc.display_name();
                    let progress = doc.progress();
                    let current = props.state.current.as_deref() == Some(doc.id.as_str());
                    let open = {
                        let dispatch = dispatch.clone();
                        let id = doc.id.clone();
                        Callback::from(move |_| dispatch.dispatch(Action::Open(id.clone())))
                    };
                    let remove = {
                        let dispatch = dispatch.clone();
                        let id = doc.id.clone();
                        Callback::from(move |_| dispatch.dispatch(Action::RemoveDocument(id.clone())))
                    };
                    html! {
                        <li key={doc.id.clone()}>
                            <button class="item" onclick={open} aria-current={current.to_string()}
                                title={format!("{title} — {} of {} sentences labelled", progress.labelled, progress.total)}>
                                { title.clone() }
                            </button>
                            <span class="hint">{ format!("{}/{}", progress.labelled, progress.total) }</span>
                            <button class="btn small" onclick={remove} aria-label={format!("Remove document {title}")}>{ "×" }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

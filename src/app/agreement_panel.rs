//! Agreement between coders: load two or more coders' files of the same documents (workspace
//! JSON, or the command line's JSONL, read by [`export::import_workspace`]), read κ, α and
//! percent agreement per theme, settle each disagreement side by side, and load the merged
//! result as the workspace (undoable like any import).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::codebook_panel::plural;
use super::{browser, Action, Dispatch, Message};
use crate::annotation::agreement::{
    agreement, merge, merged_codebook, AgreementReport, Resolution,
};
use crate::annotation::{Codebook, Workspace};
use crate::export;

/// The coders' files as loaded, and what was computed from them.
#[derive(Clone, PartialEq)]
struct Loaded {
    names: Vec<String>,
    coders: Rc<Vec<Workspace>>,
    report: Rc<AgreementReport>,
    codebook: Rc<Codebook>,
}

fn figure(x: Option<f64>, percent: bool) -> String {
    match x {
        None => "—".to_owned(),
        Some(x) if percent => format!("{:.0}%", 100.0 * x),
        Some(x) => format!("{x:.2}"),
    }
}

/// Loads the chosen files; the first unreadable one is reported and nothing changes.
fn load_files(
    event: Event,
    loaded: UseStateHandle<Option<Loaded>>,
    resolutions: UseStateHandle<Vec<Resolution>>,
    dispatch: Dispatch,
) {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let files: Vec<web_sys::File> = input
        .files()
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    wasm_bindgen_futures::spawn_local(async move {
        let mut names = Vec::new();
        let mut coders = Vec::new();
        for file in files {
            let name = file.name();
            let parsed = browser::read_file(file).await.and_then(|json| {
                export::import_workspace(&json).map_err(|e| format!("{name:?} was not loaded: {e}"))
            });
            match parsed {
                Ok(ws) => {
                    names.push(name);
                    coders.push(ws);
                }
                Err(error) => {
                    dispatch.dispatch(Action::Say(Message::Error(error)));
                    return;
                }
            }
        }
        if coders.len() < 2 {
            dispatch.dispatch(Action::Say(Message::Error(
                "Choose two or more coders' JSON or JSONL files at once (hold Ctrl or Shift)"
                    .into(),
            )));
            return;
        }
        let report = agreement(&coders);
        let codebook = merged_codebook(&coders);
        resolutions.set(vec![Resolution::Coder(0); report.disagreements.len()]);
        loaded.set(Some(Loaded {
            names,
            coders: Rc::new(coders),
            report: Rc::new(report),
            codebook: Rc::new(codebook),
        }));
    });
}

/// The agreement panel.
#[function_component]
pub fn AgreementPanel() -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let loaded = use_state(|| None::<Loaded>);
    let resolutions = use_state(Vec::<Resolution>::new);

    let on_files = {
        let (loaded, resolutions, dispatch) =
            (loaded.clone(), resolutions.clone(), dispatch.clone());
        Callback::from(move |event: Event| {
            load_files(event, loaded.clone(), resolutions.clone(), dispatch.clone())
        })
    };
    let input = html! {
        <label class="btn file-button">
            { "Load coders' files" }
            <input type="file" multiple=true accept=".json,.jsonl,application/json" aria-label="Coder files" onchange={on_files} />
        </label>
    };
    let Some(data) = (*loaded).clone() else {
        return html! {
            <section class="panel agreement" aria-labelledby="agreement-heading">
                <h2 id="agreement-heading">{ "Agreement between coders" }</h2>
                <p class="hint">{ "Choose two or more coders' JSON or JSONL files (one coder per file) of the same documents." }</p>
                { input }
            </section>
        };
    };

    let report = &data.report;
    let name = |id: &str| {
        data.codebook
            .get(id)
            .map_or_else(|| id.to_owned(), |t| t.name.clone())
    };
    let load_merged = {
        let (data, resolutions) = (data.clone(), resolutions.clone());
        Callback::from(move |_| {
            let ws = merge(&data.coders, &data.report.disagreements, &resolutions);
            dispatch.dispatch(Action::Import(Box::new(ws)));
        })
    };
    let coder_options: Vec<(Resolution, String)> = data
        .names
        .iter()
        .enumerate()
        .map(|(i, n)| (Resolution::Coder(i), format!("Coder {} ({n})", i + 1)))
        .chain([(Resolution::Union, "All of them".to_owned())])
        .collect();

    html! {
        <section class="panel agreement" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">{ "Agreement between coders" }</h2>
            { input }
            <p>{ format!("{}, {}, {}, {}.",
                plural(report.coders, "coder", "coders"),
                plural(report.documents, "document", "documents"),
                plural(report.units, "sentence", "sentences"),
                plural(report.disagreements.len(), "disagreement", "disagreements")) }</p>
            <table>
                <caption>{ "Agreement per theme (present or absent per sentence)" }</caption>
                <thead><tr>
                    <th scope="col">{ "Theme" }</th>
                    <th scope="col">{ "% agreement" }</th>
                    <th scope="col"><abbr title="Cohen's kappa, two coders">{ "κ" }</abbr></th>
                    <th scope="col"><abbr title="Krippendorff's alpha, nominal">{ "α" }</abbr></th>
                    <th scope="col">{ "Sentences with it" }</th>
                </tr></thead>
                <tbody>
                    { for report.themes.iter().map(|t| html! {
                        <tr>
                            <th scope="row">{ t.name.clone() }</th>
                            <td class="n">{ figure(t.percent_agreement, true) }</td>
                            <td class="n">{ figure(t.cohen_kappa, false) }</td>
                            <td class="n">{ figure(t.krippendorff_alpha, false) }</td>
                            <td class="n">{ t.present }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="hint">{ "— : not defined (κ needs exactly two coders; α and κ need the theme to vary)." }</p>
            if !report.disagreements.is_empty() {
                <h3>{ "Disagreements" }</h3>
                <ol class="disagreements">
                    { for report.disagreements.iter().enumerate().map(|(i, d)| {
                        let group = format!("decision-{i}");
                        let current = resolutions.get(i).copied().unwrap_or(Resolution::Coder(0));
                        html! {
                            <li>
                                <p><span class="hint">{ format!("{} — ", if d.title.is_empty() { "Untitled" } else { &d.title }) }</span>{ d.text.clone() }</p>
                                <table>
                                    <caption class="visually-hidden">{ format!("Each coder's themes for disagreement {}", i + 1) }</caption>
                                    <tbody>
                                        { for d.themes.iter().enumerate().map(|(c, ts)| html! {
                                            <tr>
                                                <th scope="row">{ format!("Coder {}", c + 1) }</th>
                                                <td>{ match ts {
                                                    None => "(sentence split differently)".to_owned(),
                                                    Some(ts) if ts.is_empty() => "no theme".to_owned(),
                                                    Some(ts) => ts.iter().map(|t| name(t)).collect::<Vec<_>>().join(", "),
                                                } }</td>
                                            </tr>
                                        }) }
                                    </tbody>
                                </table>
                                <div role="radiogroup" aria-label={format!("Keep which themes for disagreement {}", i + 1)}>
                                    { for coder_options.iter().map(|(option, label)| {
                                        let onchange = {
                                            let (resolutions, option) = (resolutions.clone(), *option);
                                            Callback::from(move |_| {
                                                let mut next = (*resolutions).clone();
                                                if let Some(slot) = next.get_mut(i) {
                                                    *slot = option;
                                                }
                                                resolutions.set(next);
                                            })
                                        };
                                        html! {
                                            <label>
                                                <input type="radio" name={group.clone()} checked={current == *option} {onchange} />
                                                { label.clone() }
                                            </label>
                                        }
                                    }) }
                                </div>
                            </li>
                        }
                    }) }
                </ol>
            }
            <button class="btn primary" onclick={load_merged}>{ "Load merged workspace" }</button>
            <p class="hint">{ "Replaces the current workspace; Undo brings it back." }</p>
        </section>
    }
}

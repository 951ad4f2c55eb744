//! The Segments view: coded sentences retrieved across every document by theme (must have,
//! any of, must not), speaker or participant country and date range, each with its citation;
//! the retrieval downloads as CSV or Markdown and prints as a report grouped by theme.

use yew::prelude::*;

use super::browser::{self, event_value};
use super::{Action, Dispatch, Message, StateHandle, View};
use crate::annotation::segments::{
    participant_countries, retrieve, SegmentQuery, SpeakerPick, ThemeRole,
};
use crate::export::segments::{by_theme, citation, segments_csv, segments_markdown};

/// Properties of [`SegmentsView`].
#[derive(Properties, PartialEq)]
pub struct SegmentsViewProps {
    /// The page state.
    pub state: StateHandle,
    /// Shows another view (a chosen segment opens in the document).
    pub show_view: Callback<View>,
}

fn role_value(role: Option<ThemeRole>) -> &'static str {
    match role {
        None => "",
        Some(ThemeRole::Required) => "all",
        Some(ThemeRole::AnyOf) => "any",
        Some(ThemeRole::Excluded) => "not",
    }
}

fn role_from_value(value: &str) -> Option<ThemeRole> {
    match value {
        "all" => Some(ThemeRole::Required),
        "any" => Some(ThemeRole::AnyOf),
        "not" => Some(ThemeRole::Excluded),
        _ => None,
    }
}

fn speaker_value(pick: &SpeakerPick) -> String {
    match pick {
        SpeakerPick::Anyone => String::new(),
        SpeakerPick::Both => "both".to_owned(),
        SpeakerPick::Narration => "narration".to_owned(),
        SpeakerPick::Country(c) => format!("country:{c}"),
    }
}

fn speaker_from_value(value: &str) -> SpeakerPick {
    match value {
        "both" => SpeakerPick::Both,
        "narration" => SpeakerPick::Narration,
        _ => value
            .strip_prefix("country:")
            .map_or(SpeakerPick::Anyone, |c| SpeakerPick::Country(c.to_owned())),
    }
}

/// The view.
#[function_component]
pub fn SegmentsView(props: &SegmentsViewProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let state = &props.state;
    let query = &state.segment_query;
    let grouped = use_state(|| false);
    let print_next = use_state(|| false);
    let segments = {
        let workspace = state.workspace.clone();
        use_memo((query.clone(), state.revision), move |(query, _)| {
            retrieve(&workspace, query)
        })
    };
    {
        let print_next = print_next.clone();
        use_effect_with(*print_next, move |asked| {
            if *asked {
                print_next.set(false);
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }
        });
    }
    let set = |change: fn(&mut SegmentQuery, String)| {
        let dispatch = dispatch.clone();
        let query = query.clone();
        Callback::from(move |event: Event| {
            let mut next = query.clone();
            change(&mut next, event_value(&event));
            dispatch.dispatch(Action::SetSegmentQuery(next));
        })
    };
    let codebook = &state.workspace.codebook;
    let theme_pickers = codebook.themes.iter().map(|t| {
        let current = query.themes.iter().find(|(id, _)| *id == t.id).map(|(_, r)| *r);
        let onchange = {
            let dispatch = dispatch.clone();
            let query = query.clone();
            let id = t.id.clone();
            Callback::from(move |event: Event| {
                let mut next = query.clone();
                next.themes.retain(|(theme, _)| *theme != id);
                if let Some(role) = role_from_value(&event_value(&event)) {
                    next.themes.push((id.clone(), role));
                }
                dispatch.dispatch(Action::SetSegmentQuery(next));
            })
        };
        html! {
            <label class="theme-pick">
                <span class="swatch" style={format!("background:{}", t.color)} aria-hidden="true"></span>
                <span>{ &t.name }</span>
                <select aria-label={format!("{} in the retrieval", t.name)} {onchange}>
                    { for [None, Some(ThemeRole::Required), Some(ThemeRole::AnyOf), Some(ThemeRole::Excluded)].into_iter().map(|role| {
                        let label = match role {
                            None => "—",
                            Some(ThemeRole::Required) => "must have",
                            Some(ThemeRole::AnyOf) => "any of",
                            Some(ThemeRole::Excluded) => "must not have",
                        };
                        html! { <option value={role_value(role)} selected={role == current}>{ label }</option> }
                    }) }
                </select>
            </label>
        }
    });
    let countries = participant_countries(&state.workspace);
    let speaker_now = speaker_value(&query.speaker);
    let speaker_options = [
        (String::new(), "Anyone".to_owned()),
        ("both".to_owned(), "Both sides".to_owned()),
        ("narration".to_owned(), "Narration".to_owned()),
    ]
    .into_iter()
    .chain(
        countries
            .iter()
            .map(|c| (format!("country:{c}"), format!("Participants from {c}"))),
    );

    let download = |extension: &'static str| {
        let dispatch = dispatch.clone();
        let segments = segments.clone();
        let codebook = codebook.clone();
        Callback::from(move |_| {
            let (today, _) = browser::now_iso();
            let name = crate::export::file_name("segments", &today, extension);
            let (mime, body) = if extension == "csv" {
                ("text/csv", segments_csv(&codebook, &segments))
            } else {
                ("text/markdown", segments_markdown(&codebook, &segments))
            };
            if let Err(error) = browser::download(&name, mime, &body) {
                dispatch.dispatch(Action::Say(Message::Error(error)));
            }
        })
    };
    let toggle_grouped = {
        let grouped = grouped.clone();
        Callback::from(move |_| grouped.set(!*grouped))
    };
    let print = {
        let grouped = grouped.clone();
        let print_next = print_next.clone();
        Callback::from(move |_| {
            grouped.set(true);
            print_next.set(true);
        })
    };
    let quote = |s: &crate::annotation::segments::Segment| {
        let onclick = {
            let dispatch = dispatch.clone();
            let show_view = props.show_view.clone();
            let (document, sentence) = (s.document.clone(), s.sentence);
            Callback::from(move |_| {
                show_view.emit(View::Document);
                dispatch.dispatch(Action::Reveal {
                    document: document.clone(),
                    sentence,
                });
            })
        };
        let names: Vec<&str> = s
            .themes
            .iter()
            .filter_map(|t| codebook.get(t).map(|t| t.name.as_str()))
            .collect();
        html! {
            <li>
                <blockquote>{ &s.text }</blockquote>
                <p class="cite">
                    { format!("— {}", citation(s)) }
                    <span class="hint">{ format!(" · {}", names.join(", ")) }</span>
                    <button class="btn small" {onclick} aria-label={format!("Open sentence {} of {}", s.sentence, s.title)}>{ "Open" }</button>
                </p>
            </li>
        }
    };
    let listing = if *grouped {
        html! {
            <div class="report">
                { for by_theme(codebook, &segments).into_iter().map(|(theme, quoted)| html! {
                    <section>
                        <h3>{ format!("{theme} ({})", quoted.len()) }</h3>
                        <ul class="quotes">{ for quoted.into_iter().map(&quote) }</ul>
                    </section>
                }) }
            </div>
        }
    } else {
        html! { <ul class="quotes">{ for segments.iter().map(&quote) }</ul> }
    };
    html! {
        <section class="segments" aria-label="Coded segments">
            <fieldset class="segment-query">
                <legend>{ "Retrieve coded sentences from every document" }</legend>
                <div class="theme-picks">{ for theme_pickers }</div>
                <div class="row">
                    <label>{ "Speaker " }
                        <select onchange={set(|q, v| q.speaker = speaker_from_value(&v))}>
                            { for speaker_options.map(|(value, label)| html! {
                                <option value={value.clone()} selected={value == speaker_now}>{ label }</option>
                            }) }
                        </select>
                    </label>
                    <label>{ "From " }<input type="date" value={query.from.clone().unwrap_or_default()}
                        onchange={set(|q, v| q.from = (!v.is_empty()).then_some(v))} /></label>
                    <label>{ "To " }<input type="date" value={query.to.clone().unwrap_or_default()}
                        onchange={set(|q, v| q.to = (!v.is_empty()).then_some(v))} /></label>
                </div>
            </fieldset>
            <div class="row segment-actions">
                <p class="status" role="status">{ format!(
                    "{} sentence{} retrieved",
                    segments.len(),
                    if segments.len() == 1 { "" } else { "s" }
                ) }</p>
                <button class="btn small" aria-pressed={grouped.to_string()} onclick={toggle_grouped}>{ "Group by theme" }</button>
                <button class="btn small" onclick={download("csv")} disabled={segments.is_empty()}>{ "Download CSV" }</button>
                <button class="btn small" onclick={download("md")} disabled={segments.is_empty()}>{ "Download Markdown" }</button>
                <button class="btn small" onclick={print} disabled={segments.is_empty()}>{ "Print report" }</button>
            </div>
            { listing }
        </section>
    }
}

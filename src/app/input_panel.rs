//! Getting readouts in: paste (plain or the clipboard's HTML), drop or choose a file, or open
//! a bundled sample.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::toolbar::{import_workspace_file, take_file};
use super::{browser, Action, Dispatch, Message};
use crate::annotation::byte_at_utf16;
use crate::export::{self, limits::MAX_PAGE_TEXT_BYTES};
use crate::readout::html::html_to_text;

/// "This text is 10.0 MB; the page handles up to 8 MB at once." for a text of `bytes`.
fn too_large(bytes: usize) -> String {
    format!(
        "This text is {:.1} MB; the page handles up to {} MB at once.",
        bytes as f64 / 1_048_576.0,
        MAX_PAGE_TEXT_BYTES / 1_048_576
    )
}

/// Refuses a text over the page's limit as it arrives in the text box, before the box holds
/// it: laying out tens of megabytes in a text box freezes the tab. The box keeps what it held.
fn refuse_in_box(dispatch: &Dispatch, bytes: usize) {
    dispatch.dispatch(Action::Say(Message::Error(format!(
        "{} It was not put in the text box: split it into several documents.",
        too_large(bytes)
    ))));
}

/// The UTF-8 length of the text box's content when it is over the page's limit. Counts
/// UTF-16 units first, so a text far below the limit is never copied just to be measured.
fn box_over_limit(area: &web_sys::HtmlTextAreaElement) -> Option<usize> {
    let units = usize::try_from(area.text_length()).unwrap_or(usize::MAX);
    // A UTF-16 unit is one to three bytes of UTF-8 (a surrogate pair is two units, four bytes).
    if units.saturating_mul(3) <= MAX_PAGE_TEXT_BYTES {
        return None;
    }
    let bytes = area.value().len();
    (bytes > MAX_PAGE_TEXT_BYTES).then_some(bytes)
}

/// Parses text into a new document, timing it for the benchmark script. Returns false when
/// the text is refused (too large), so the caller keeps it for the user to split.
pub(super) fn annotate(dispatch: &Dispatch, text: String) -> bool {
    if text.len() > MAX_PAGE_TEXT_BYTES {
        dispatch.dispatch(Action::Say(Message::Error(format!(
            "{} Split it into several documents.",
            too_large(text.len())
        ))));
        return false;
    }
    if text.len() < LARGE_TEXT_BYTES {
        run_annotate(dispatch, text);
    } else {
        // Parsing several megabytes takes a noticeable moment: say so, and let the browser
        // paint the message before the work starts.
        dispatch.dispatch(Action::Say(Message::Info(format!(
            "Parsing {:.1} MB of text…",
            text.len() as f64 / 1_048_576.0
        ))));
        let dispatch = dispatch.clone();
        gloo::timers::callback::Timeout::new(40, move || run_annotate(&dispatch, text)).forget();
    }
    true
}

/// Texts from this size on get a progress message before they are parsed.
const LARGE_TEXT_BYTES: usize = 256 * 1024;

fn run_annotate(dispatch: &Dispatch, text: String) {
    let started = browser::now_ms();
    dispatch.dispatch(Action::Annotate(text));
    browser::measure("annotate", started);
}

/// Reads a dropped or chosen file: JSON is imported as a workspace, HTML and text annotated.
fn open_file(dispatch: Dispatch, file: web_sys::File) {
    let name = file.name();
    let lower = name.to_lowercase();
    if lower.ends_with(".json") || lower.ends_with(".jsonl") {
        import_workspace_file(dispatch, file);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        match browser::read_file(file).await {
            Err(error) => dispatch.dispatch(Action::Say(Message::Error(error))),
            Ok(contents) => match export::readout_text(&name, &contents) {
                Ok(text) => {
                    annotate(&dispatch, text);
                }
                Err(error) => dispatch.dispatch(Action::Say(Message::Error(error.to_string()))),
            },
        }
    });
}

/// The paste area, the Annotate button and file opening.
#[function_component]
pub fn InputPanel() -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let text = use_state(String::new);
    let dragging = use_state(|| false);
    let oninput = {
        let text = text.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                if let Some(bytes) = box_over_limit(&area) {
                    // Put back what the box held, in this same event: the browser never lays
                    // the large text out.
                    area.set_value(&text);
                    refuse_in_box(&dispatch, bytes);
                    return;
                }
                text.set(area.value());
            }
        })
    };
    // A copy from a web page carries HTML: take its text with the paragraph breaks the reader
    // saw, instead of the browser's flattened plain text. Never inserted as HTML.
    let onpaste = {
        let text = text.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let Some(event) = event.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let Some(data) = event.clipboard_data() else {
                return;
            };
            let plain_bytes = data.get_data("text/plain").map_or(0, |plain| plain.len());
            if plain_bytes > MAX_PAGE_TEXT_BYTES {
                event.prevent_default();
                refuse_in_box(&dispatch, plain_bytes);
                return;
            }
            let html = data.get_data("text/html").unwrap_or_default();
            if html.trim().is_empty() {
                return;
            }
            let plain = html_to_text(&html);
            if plain.trim().is_empty() {
                return;
            }
            event.prevent_default();
            let Some(area) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let value = area.value();
            let start = area.selection_start().ok().flatten().unwrap_or(0) as usize;
            let end = area.selection_end().ok().flatten().unwrap_or(0) as usize;
            // Selection offsets are UTF-16 units; splice on the matching char boundaries.
            let at = |units: usize| byte_at_utf16(&value, units).unwrap_or(value.len());
            let (head, tail) = (at(start.min(end)), at(start.max(end)));
            let combined = format!("{}{}{}", &value[..head], plain, &value[tail..]);
            if combined.len() > MAX_PAGE_TEXT_BYTES {
                refuse_in_box(&dispatch, combined.len());
                return;
            }
            area.set_value(&combined);
            text.set(combined);
        })
    };
    let on_annotate = {
        let dispatch = dispatch.clone();
        let text = text.clone();
        Callback::from(move |_| {
            if annotate(&dispatch, (*text).clone()) {
                text.set(String::new());
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dispatch = dispatch.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let Some(files) = event.data_transfer().and_then(|d| d.files()) else {
                return;
            };
            for index in 0..files.length() {
                if let Some(file) = files.get(index) {
                    open_file(dispatch.clone(), file);
                }
            }
        })
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(file) = take_file(&event) {
                open_file(dispatch.clone(), file);
            }
        })
    };

    html! {
        <>
            <section class={classes!("panel", "paste", dragging.then_some("dragging"))}
                aria-labelledby="input-heading" {ondragover} {ondragleave} {ondrop}>
                <h2 id="input-heading">{ "New document" }</h2>
                <textarea aria-label="Readout text" placeholder="Paste a readout here, or drop a .txt, .html, .json or .jsonl file"
                    value={(*text).clone()} {oninput} {onpaste} spellcheck="false" />
                <div class="row">
                    <button class="btn primary" onclick={on_annotate} disabled={text.trim().is_empty()}>{ "Annotate" }</button>
                    <label class="btn file-button">
                        { "Open file…" }
                        <input type="file" accept=".txt,.html,.htm,.json,.jsonl,text/plain,text/html,application/json"
                            aria-label="Open a readout file" onchange={on_file} />
                    </label>
                </div>
            </section>
        </>
    }
}

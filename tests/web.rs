//! Component tests in headless Chromium (wasm-bindgen-test): the page mounts, a readout is
//! annotated and labelled through the DOM, and autosave restores it.
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use std::time::Duration;

use readout_annotator::app::{App, SAMPLES};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts a fresh page in its own host element, with an empty autosave.
fn mount() -> Element {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    if let Some(storage) = storage {
        let _ = storage.clear();
    }
    let host = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    yew::Renderer::<App>::with_root(host.clone()).render();
    host
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn find(host: &Element, selector: &str) -> Option<Element> {
    host.query_selector(selector).ok().flatten()
}

fn button(host: &Element, name: &str) -> HtmlElement {
    let buttons = host.query_selector_all("button").expect("buttons");
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| {
            b.get_attribute("aria-label")
                .unwrap_or_else(|| b.text_content().unwrap_or_default())
                .trim()
                .starts_with(name)
        })
        .unwrap_or_else(|| panic!("no button named {name:?}"))
}

async fn annotate(host: &Element, text: &str) {
    let area: HtmlTextAreaElement = find(host, "textarea[aria-label='Readout text']")
        .expect("the readout textbox")
        .unchecked_into();
    area.set_value(text);
    let event = web_sys::InputEvent::new("input").expect("an input event");
    area.dispatch_event(&event).expect("dispatched");
    settle().await;
    button(host, "Annotate").click();
    settle().await;
}

#[wasm_bindgen_test]
async fn the_page_mounts_with_its_contract() {
    let host = mount();
    settle().await;
    assert!(find(&host, "h1").is_some());
    assert!(find(&host, "main").is_some());
    assert!(find(&host, "textarea[aria-label='Readout text']").is_some());
    assert!(find(&host, "input[type=file][aria-label='Import JSON']").is_some());
    for name in ["Undo", "Redo", "Download JSON", "Annotate"] {
        button(&host, name);
    }
    let samples = host
        .query_selector_all("button[aria-label^='Open sample:']")
        .expect("samples");
    assert_eq!(samples.length() as usize, SAMPLES.len());
    host.remove();
}

#[wasm_bindgen_test]
async fn annotating_shows_sentences_and_a_key_labels_the_selection() {
    let host = mount();
    settle().await;
    annotate(&host, SAMPLES[0].text).await;
    let first: HtmlElement = find(&host, "[data-sentence-id]")
        .expect("sentences on screen")
        .unchecked_into();
    assert_eq!(first.get_attribute("role").as_deref(), Some("option"));
    assert_eq!(
        first.get_attribute("aria-selected").as_deref(),
        Some("false")
    );
    first.click();
    settle().await;
    assert_eq!(
        first.get_attribute("aria-selected").as_deref(),
        Some("true")
    );

    let key = web_sys::KeyboardEventInit::new();
    key.set_key("1");
    key.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &key)
        .expect("a key event");
    first.dispatch_event(&event).expect("dispatched");
    settle().await;
    let theme = find(&host, "[data-theme-id]").expect("a theme button");
    let theme_id = theme.get_attribute("data-theme-id").expect("an id");
    assert_eq!(first.get_attribute("data-themes"), Some(theme_id));
    assert_eq!(theme.get_attribute("aria-pressed").as_deref(), Some("true"));

    button(&host, "Undo").click();
    settle().await;
    assert_eq!(first.get_attribute("data-themes").as_deref(), Some(""));
    host.remove();
}

#[wasm_bindgen_test]
async fn blank_text_cannot_be_annotated() {
    let host = mount();
    settle().await;
    annotate(&host, "   \n  ").await;
    // The button stays disabled for blank text: nothing is parsed, nothing breaks.
    assert!(find(&host, "[data-sentence-id]").is_none());
    host.remove();
}

//! Component tests in headless Chromium (wasm-bindgen-test): the page mounts, a readout is
//! annotated and labelled through the DOM, and blank text is refused.
//!
//! Each test starts from an empty autosave database and waits on what the page shows (an
//! element, an attribute), polling every few milliseconds, never for a fixed time.
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use std::time::Duration;

use readout_annotator::app::{App, SAMPLES};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The autosave database's name (src/app/storage.rs).
const DATABASE: &str = "readout-annotator";
/// How often a wait looks again, and how long it looks before the test fails.
const POLL: Duration = Duration::from_millis(5);
const PATIENCE: Duration = Duration::from_secs(10);

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

fn document() -> web_sys::Document {
    window().document().expect("a document")
}

/// Polls `condition` until it holds; fails the test, naming `what`, after [`PATIENCE`].
async fn until(what: &str, mut condition: impl FnMut() -> bool) {
    let tries = PATIENCE.as_millis() / POLL.as_millis();
    for _ in 0..tries {
        if condition() {
            return;
        }
        yew::platform::time::sleep(POLL).await;
    }
    panic!("waited {PATIENCE:?} until {what}");
}

/// Deletes the autosave database. A page left open by an earlier test is told through
/// `versionchange`, closes its connection and stops saving, so the deletion goes through.
async fn empty_store() {
    let factory = window()
        .indexed_db()
        .expect("IndexedDB is allowed")
        .expect("IndexedDB exists");
    let request = factory.delete_database(DATABASE).expect("a delete request");
    let done = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(done).await.expect("the database is deleted");
}

fn restores_done() -> u32 {
    window()
        .performance()
        .map_or(0, |p| p.get_entries_by_name("restore-done").length())
}

/// Whether a button is disabled (the page renders `disabled` as an attribute).
fn disabled(button: &Element) -> bool {
    button.has_attribute("disabled")
}

/// A page mounted in its own host element; [`Page::close`] unmounts it.
struct Page {
    host: Element,
    app: yew::AppHandle<App>,
}

impl Page {
    /// Mounts a fresh page over an empty autosave and waits until it has read it.
    async fn open() -> Page {
        empty_store().await;
        let restored_before = restores_done();
        let host = document().create_element("div").expect("a div");
        document()
            .body()
            .expect("a body")
            .append_child(&host)
            .expect("appended");
        let app = yew::Renderer::<App>::with_root(host.clone()).render();
        until("the page has read its autosave", || {
            restores_done() > restored_before
        })
        .await;
        Page { host, app }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).ok().flatten()
    }

    fn count(&self, selector: &str) -> u32 {
        self.host
            .query_selector_all(selector)
            .map_or(0, |list| list.length())
    }

    fn button(&self, name: &str) -> HtmlElement {
        let buttons = self.host.query_selector_all("button").expect("buttons");
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

    fn attribute(&self, selector: &str, name: &str) -> Option<String> {
        self.find(selector).and_then(|e| e.get_attribute(name))
    }

    /// Puts `text` in the readout box as typing would, and waits until Annotate shows
    /// whether the page accepts it (enabled for text, disabled for blank text).
    async fn type_text(&self, text: &str) {
        let area: HtmlTextAreaElement = self
            .find("textarea[aria-label='Readout text']")
            .expect("the readout textbox")
            .unchecked_into();
        area.set_value(text);
        let event = web_sys::InputEvent::new("input").expect("an input event");
        area.dispatch_event(&event).expect("dispatched");
        let blank = text.trim().is_empty();
        until("Annotate reflects the text", || {
            disabled(&self.button("Annotate")) == blank
        })
        .await;
    }

    fn close(self) {
        self.app.destroy();
        self.host.remove();
    }
}

#[wasm_bindgen_test]
async fn the_page_mounts_with_its_contract() {
    let page = Page::open().await;
    assert!(page.find("h1").is_some());
    assert!(page.find("main").is_some());
    assert!(page.find("textarea[aria-label='Readout text']").is_some());
    assert!(page
        .find("input[type=file][aria-label='Import JSON']")
        .is_some());
    for name in ["Undo", "Redo", "Download JSON", "Annotate"] {
        page.button(name);
    }
    assert_eq!(
        page.count("button[aria-label^='Open sample:']") as usize,
        SAMPLES.len()
    );
    // An empty store restores nothing.
    assert_eq!(page.count("[data-sentence-id]"), 0);
    page.close();
}

#[wasm_bindgen_test]
async fn annotating_shows_sentences_and_a_key_labels_the_selection() {
    let page = Page::open().await;
    page.type_text(SAMPLES[0].text).await;
    page.button("Annotate").click();
    until("sentences are on screen", || {
        page.count("[data-sentence-id]") > 0
    })
    .await;
    let first: HtmlElement = page
        .find("[data-sentence-id]")
        .expect("a first sentence")
        .unchecked_into();
    assert_eq!(first.get_attribute("role").as_deref(), Some("option"));
    // Annotating opens the document with its first sentence selected, ready for a key.
    assert_eq!(
        first.get_attribute("aria-selected").as_deref(),
        Some("true")
    );
    first.click();
    until("the first sentence is selected", || {
        first.get_attribute("aria-selected").as_deref() == Some("true")
    })
    .await;

    let key = web_sys::KeyboardEventInit::new();
    key.set_key("1");
    key.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &key)
        .expect("a key event");
    first.dispatch_event(&event).expect("dispatched");
    until("the sentence has a theme", || {
        first
            .get_attribute("data-themes")
            .is_some_and(|t| !t.is_empty())
    })
    .await;
    let theme_id = page
        .attribute("[data-theme-id]", "data-theme-id")
        .expect("the first theme's id");
    assert_eq!(first.get_attribute("data-themes"), Some(theme_id));
    assert_eq!(
        page.attribute("[data-theme-id]", "aria-pressed").as_deref(),
        Some("true")
    );

    page.button("Undo").click();
    until("undo takes the theme off", || {
        first.get_attribute("data-themes").as_deref() == Some("")
    })
    .await;
    page.close();
}

#[wasm_bindgen_test]
async fn blank_text_cannot_be_annotated() {
    let page = Page::open().await;
    // Text first, so that the disabled state seen next is the page's answer to blank text,
    // not the state before any render.
    page.type_text("The two sides met.").await;
    page.type_text("   \n\t\u{a0}\u{3000}  ").await;
    assert!(disabled(&page.button("Annotate")));
    page.button("Annotate").click();
    assert_eq!(page.count("[data-sentence-id]"), 0);
    assert_eq!(
        page.attribute("main", "data-inputs-handled").as_deref(),
        Some("0"),
        "a disabled Annotate answers nothing"
    );
    page.close();
}

/// The page re-renders only for a state that compares unequal (`use_reducer_eq`): an action
/// that changes only what a view shows must still change the comparison, or the view stays
/// as it was until something else happens to render it.
#[wasm_bindgen_test]
fn view_only_actions_change_the_state_the_page_compares() {
    use readout_annotator::annotation::segments::{SegmentQuery, SpeakerPick};
    use readout_annotator::app::{Action, AppState};
    use std::rc::Rc;
    use yew::Reducible;

    let start = Rc::new(AppState::new(
        readout_annotator::annotation::Workspace::new(
            readout_annotator::annotation::Codebook::diplomatic_default(),
        ),
    ));
    let query = SegmentQuery {
        speaker: SpeakerPick::Narration,
        ..SegmentQuery::default()
    };
    for action in [
        Action::ShowSuggestions(true),
        Action::SetSegmentQuery(query),
    ] {
        let label = format!("{action:?}");
        let next = start.clone().reduce(action);
        assert!(*next != *start, "{label} is not seen by the page");
    }
}

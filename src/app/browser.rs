//! Thin wrappers over the browser APIs the page uses: storage, downloads, files, timing.
//! Every failure comes back as a message for the user, never a panic.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

fn window() -> Result<web_sys::Window, String> {
    web_sys::window().ok_or_else(|| "no browser window".to_owned())
}

/// Offers `contents` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the download could not be prepared".to_owned())?;
    download_blob(file_name, &blob)
}

/// Offers `contents` (a zip, or text already encoded as UTF-8) as a file download named
/// `file_name`.
pub fn download_bytes(file_name: &str, mime: &str, contents: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "the download could not be prepared".to_owned())?;
    download_blob(file_name, &blob)
}

/// Starts the download of a blob through a temporary object URL and `<a download>`.
fn download_blob(file_name: &str, blob: &Blob) -> Result<(), String> {
    let url = Url::create_object_url_with_blob(blob)
        .map_err(|_| "the download could not be prepared".to_owned())?;
    let document = window()?
        .document()
        .ok_or_else(|| "no document".to_owned())?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "the download could not be started".to_owned())?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke on the next tick: the click has started the download by then.
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Marks the start of a timed operation (User Timing API: the same figures show in DevTools
/// and in the benchmark script). Returns the start time in milliseconds.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

/// Records a User Timing measure named `name` from `start_ms` until now.
pub fn measure(name: &str, start_ms: f64) {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &JsValue::from_f64(start_ms));
    let _ = js_sys::Reflect::set(
        &options,
        &"end".into(),
        &JsValue::from_f64(performance.now()),
    );
    // `performance.measure(name, {start, end})`: web-sys has no binding for the options form.
    if let Ok(measure) = js_sys::Reflect::get(&performance, &"measure".into()) {
        if let Some(measure) = measure.dyn_ref::<js_sys::Function>() {
            let _ = measure.call2(&performance, &JsValue::from_str(name), &options);
        }
    }
}

/// Today's date as `YYYY-MM-DD` and the current instant as RFC 3339 UTC.
pub fn now_iso() -> (String, String) {
    let date = js_sys::Date::new_0();
    let full = String::from(date.to_iso_string());
    // "2026-11-27T22:41:00.123Z" -> drop the milliseconds.
    let stamp = match (full.get(..19), full.ends_with('Z')) {
        (Some(head), true) => format!("{head}Z"),
        _ => full.clone(),
    };
    (full.get(..10).unwrap_or_default().to_owned(), stamp)
}

/// Reads a dropped or chosen file as text: its bytes, decoded by the core's one rule (UTF-8,
/// or UTF-16 with a byte-order mark), so nothing becomes U+FFFD without a word.
pub async fn read_file(file: web_sys::File) -> Result<String, String> {
    let name = file.name();
    let bytes = gloo::file::futures::read_as_bytes(&gloo::file::Blob::from(file))
        .await
        .map_err(|_| format!("{name:?} could not be read"))?;
    crate::readout::encoding::decode_text(&bytes)
        .map(|decoded| decoded.text)
        .map_err(|error| format!("{name:?} is not a text file the page can read: {error}"))
}

/// Records a User Timing mark (e.g. when the page becomes interactive).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// SVG markup that stands on its own as a file or an image: elements made by the page carry
/// their namespace implicitly, which `outerHTML` leaves out.
pub fn standalone_svg(markup: &str) -> String {
    if markup.contains("xmlns=") {
        markup.to_owned()
    } else {
        markup.replacen("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"", 1)
    }
}

/// Offers an SVG as a PNG download, rendered at twice its size for sharp print: the SVG is
/// loaded as an image from a blob URL and drawn on a canvas, all in the page.
pub fn download_svg_as_png(markup: &str, file_name: &str) -> Result<(), String> {
    use wasm_bindgen::closure::Closure;
    let failed = || "the chart could not be turned into a PNG".to_owned();
    let parts = js_sys::Array::of1(&JsValue::from_str(&standalone_svg(markup)));
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| failed())?;
    let svg_url = Url::create_object_url_with_blob(&blob).map_err(|_| failed())?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| failed())?;
    let name = file_name.to_owned();
    let loaded = image.clone();
    let url = svg_url.clone();
    let onload = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
        let scale = 2u32;
        let (width, height) = (
            loaded.natural_width().max(1),
            loaded.natural_height().max(1),
        );
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(canvas) = document
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width(width * scale);
        canvas.set_height(height * scale);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        // Charts are drawn on a transparent background; a PNG in a paper wants white.
        context.set_fill_style_str("#ffffff");
        context.fill_rect(
            0.0,
            0.0,
            f64::from(width * scale),
            f64::from(height * scale),
        );
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
            &loaded,
            0.0,
            0.0,
            f64::from(width * scale),
            f64::from(height * scale),
        );
        let on_blob = Closure::once_into_js(move |png: Option<Blob>| {
            if let Some(png) = png {
                let _ = download_blob(&name, &png);
            }
        });
        let _ = canvas.to_blob(on_blob.unchecked_ref());
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&svg_url);
    Ok(())
}

/// Moves the keyboard focus back to the sentence list: to the focused sentence's row, or the
/// list's first row, so j/k and the theme keys keep working after a button was used.
pub fn focus_sentence_list(focus: Option<crate::annotation::SentenceId>) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let row = focus
        .and_then(|id| document.get_element_by_id(&format!("s-{id}")))
        .or_else(|| {
            document
                .query_selector("[role=listbox] [role=option]")
                .ok()
                .flatten()
        });
    if let Some(row) = row.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = row.focus();
    }
}

/// The value of the input, text area or select an event came from ("" for anything else).
pub fn event_value(event: &web_sys::Event) -> String {
    use wasm_bindgen::JsCast;
    let target = event.target();
    target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .or_else(|| {
            target
                .clone()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                .map(|t| t.value())
        })
        .or_else(|| {
            target
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value())
        })
        .unwrap_or_default()
}

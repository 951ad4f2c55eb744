//! What the page does when the Rust code panics. Release builds abort on panic, and once the
//! WebAssembly has stopped the Yew app is dead: the hook must do everything before that, with
//! plain DOM calls, and must itself never panic.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::storage;

/// What the user reads over the page after a panic.
pub const MESSAGE: &str = "Something went wrong; your work up to your last change is saved";

/// Installs the panic hook: it keeps the autosave whole (see [`storage::on_panic`]), logs the
/// panic to the console, and covers the page with [`MESSAGE`] and a Reload button.
///
/// Installed through Yew's `set_custom_panic_hook`, which sets the standard library's hook
/// and stops Yew's renderer from replacing it with its own console-only hook on mount.
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        storage::on_panic();
        web_sys::console::error_1(&JsValue::from_str(&format!("Readout Annotator: {info}")));
        show_overlay();
    }));
}

/// Builds the overlay: text only, no markup parsed. The Reload button calls the browser's
/// `location.reload` directly, so it works with the WebAssembly stopped.
fn show_overlay() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    if document.get_element_by_id("crash").is_some() {
        return;
    }
    let (Ok(overlay), Ok(panel), Ok(heading), Ok(button)) = (
        document.create_element("div"),
        document.create_element("div"),
        document.create_element("p"),
        document.create_element("button"),
    ) else {
        return;
    };
    overlay.set_id("crash");
    overlay.set_class_name("crash");
    panel.set_class_name("crash-panel");
    let _ = panel.set_attribute("role", "alertdialog");
    let _ = panel.set_attribute("aria-modal", "true");
    let _ = panel.set_attribute("aria-labelledby", "crash-message");
    heading.set_id("crash-message");
    heading.set_text_content(Some(MESSAGE));
    button.set_class_name("btn primary");
    button.set_text_content(Some("Reload"));
    let _ = button.set_attribute("type", "button");
    let location = window.location();
    let reload = js_sys::Reflect::get(&location, &JsValue::from_str("reload"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .map(|f| f.bind0(&location));
    if let (Some(reload), Some(button)) = (reload, button.dyn_ref::<web_sys::HtmlElement>()) {
        button.set_onclick(Some(&reload));
    }
    let _ = panel.append_child(&heading);
    let _ = panel.append_child(&button);
    let _ = overlay.append_child(&panel);
    if let Some(body) = document.body() {
        let _ = body.append_child(&overlay);
    }
    if let Some(button) = button.dyn_ref::<web_sys::HtmlElement>() {
        let _ = button.focus();
    }
}

/// Exposes `window.__readoutPanicForTest()`, which panics, for the end-to-end test of the
/// panic hook.
///
/// Why a function on `window` and not a URL query or a cargo feature: a query can be followed
/// from a shared link by accident, and a feature would mean testing a second build instead of
/// the release build that ships. A global function is reached only by script running in the
/// page (a test harness or the developer console), which can already do anything to it, so a
/// user never triggers it by accident; it does nothing but panic.
pub fn expose_panic_for_test() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let trigger = Closure::<dyn Fn()>::new(|| {
        panic!("panic requested through window.__readoutPanicForTest()");
    });
    let _ = js_sys::Reflect::set(
        &window,
        &JsValue::from_str("__readoutPanicForTest"),
        trigger.as_ref(),
    );
    trigger.forget();
}

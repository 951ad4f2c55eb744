//! The "Keyboard shortcuts" dialog (`?`): every key of the page, in one table.

use yew::prelude::*;

use super::browser;
use crate::annotation::SentenceId;

/// The keys and what they do, in the order a coder meets them.
const SHORTCUTS: [(&str, &str); 15] = [
    ("j / ↓", "Next sentence"),
    ("k / ↑", "Previous sentence"),
    ("Shift + j / k", "Extend the selection"),
    ("Home / End", "First / last sentence"),
    ("Ctrl + A", "Select every sentence"),
    ("Escape", "Clear the selection"),
    ("1 – 9", "Toggle the theme with that key"),
    ("0", "Remove every theme from the selection"),
    ("t", "Theme palette: type a theme's name, Enter applies it"),
    (
        "Enter",
        "Accept the suggestion shown for the sentence (suggestions panel open)",
    ),
    ("Ctrl + Z", "Undo"),
    ("Ctrl + Shift + Z / Ctrl + Y", "Redo"),
    ("/", "Search every sentence of every document"),
    ("Ctrl + K", "Command palette: every action of the page"),
    ("?", "This list"),
];

/// Properties of [`ShortcutsDialog`].
#[derive(Properties, PartialEq)]
pub struct ShortcutsDialogProps {
    /// Closes the dialog.
    pub on_close: Callback<()>,
    /// The sentence to give the focus back to.
    pub focus: Option<SentenceId>,
}

/// The dialog; Escape or its button closes it.
#[function_component]
pub fn ShortcutsDialog(props: &ShortcutsDialogProps) -> Html {
    let button = use_node_ref();
    {
        let button = button.clone();
        use_effect_with((), move |_| {
            if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let close = {
        let on_close = props.on_close.clone();
        let focus = props.focus;
        Callback::from(move |_: ()| {
            on_close.emit(());
            browser::focus_sentence_list(focus);
        })
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" || event.key() == "?" {
                event.prevent_default();
                close.emit(());
            }
        })
    };
    html! {
        <div class="modal-backdrop" onclick={close.reform(|_: MouseEvent| ())}>
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="shortcuts-heading" {onkeydown}
                onclick={Callback::from(|event: MouseEvent| event.stop_propagation())}>
                <h3 id="shortcuts-heading">{ "Keyboard shortcuts" }</h3>
                <table class="shortcuts">
                    <tbody>
                        { for SHORTCUTS.iter().map(|(keys, what)| html! {
                            <tr><th scope="row"><kbd>{ *keys }</kbd></th><td>{ *what }</td></tr>
                        }) }
                    </tbody>
                </table>
                <div class="row">
                    <button ref={button} class="btn" onclick={close.reform(|_: MouseEvent| ())}>{ "Close" }</button>
                </div>
            </div>
        </div>
    }
}

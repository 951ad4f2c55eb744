//! The editor of one theme: name, key, parent, colour, description, order, delete and merge.

use std::rc::Rc;

use yew::prelude::*;

use crate::annotation::{Codebook, Color, Edit, Theme, SHORTCUT_KEYS, THEME_PALETTE};
use crate::app::{browser, Action, Dispatch};

/// Properties of [`ThemeEditor`].
#[derive(Properties, PartialEq)]
pub struct ThemeEditorProps {
    /// The theme edited.
    pub theme: Theme,
    /// Its place in the codebook.
    pub index: usize,
    /// The whole codebook (for moving and merging).
    pub codebook: Codebook,
    /// Closes the editor.
    pub on_close: Callback<()>,
}

/// Name, colour, description, order, delete and merge for one theme.
#[function_component]
pub fn ThemeEditor(props: &ThemeEditorProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let theme = &props.theme;
    let id = theme.id.clone();
    let send = |make: Rc<dyn Fn(String) -> Option<Edit>>| {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            if let Some(edit) = make(browser::event_value(&event)) {
                dispatch.dispatch(Action::Edit(edit));
            }
        })
    };
    let rename = {
        let id = id.clone();
        send(Rc::new(move |name: String| {
            (!name.trim().is_empty()).then(|| Edit::RenameTheme {
                id: id.clone(),
                name: name.trim().to_owned(),
            })
        }))
    };
    let recolor = {
        let id = id.clone();
        send(Rc::new(move |value: String| {
            Color::parse(&value).ok().map(|color| Edit::RecolorTheme {
                id: id.clone(),
                color,
            })
        }))
    };
    let set_key = {
        let id = id.clone();
        send(Rc::new(move |value: String| {
            Some(Edit::SetThemeKey {
                id: id.clone(),
                key: value.chars().next(),
            })
        }))
    };
    let swatches = THEME_PALETTE.iter().map(|(name, color)| {
        let chosen = *color == theme.color;
        let onclick = {
            let dispatch = dispatch.clone();
            let id = id.clone();
            let color = *color;
            Callback::from(move |_| {
                dispatch.dispatch(Action::Edit(Edit::RecolorTheme {
                    id: id.clone(),
                    color,
                }))
            })
        };
        html! {
            <button type="button" class="swatch-choice" role="radio" aria-checked={chosen.to_string()}
                aria-label={*name} title={*name} style={format!("background:{color}")} {onclick}></button>
        }
    });
    let key_options = SHORTCUT_KEYS.iter().map(|k| {
        let holder = props
            .codebook
            .theme_for_key(*k)
            .filter(|t| t.id != theme.id)
            .map(|t| format!(" (swaps with {})", t.name))
            .unwrap_or_default();
        html! {
            <option value={k.to_string()} selected={theme.key == Some(*k)}>{ format!("{k}{holder}") }</option>
        }
    });
    let set_parent = {
        let id = id.clone();
        send(Rc::new(move |value: String| {
            Some(Edit::SetThemeParent {
                id: id.clone(),
                parent: (!value.is_empty()).then_some(value),
            })
        }))
    };
    // Any theme but this one and those under it, which would make a loop.
    let parent_options = props
        .codebook
        .tree()
        .into_iter()
        .filter(|(_, t)| !props.codebook.is_within(&t.id, &theme.id))
        .map(|(_, t)| {
            html! {
                <option value={t.id.clone()} selected={theme.parent.as_deref() == Some(t.id.as_str())}>
                    { props.codebook.path_name(&t.id) }
                </option>
            }
        });
    let describe = {
        let id = id.clone();
        send(Rc::new(move |description: String| {
            Some(Edit::DescribeTheme {
                id: id.clone(),
                description,
            })
        }))
    };
    let merge = {
        let id = id.clone();
        let on_close = props.on_close.clone();
        send(Rc::new(move |into: String| {
            on_close.emit(());
            (!into.is_empty()).then(|| Edit::MergeTheme {
                from: id.clone(),
                into,
            })
        }))
    };
    let move_to = |to: Option<usize>| {
        let dispatch = dispatch.clone();
        let id = id.clone();
        Callback::from(move |_| {
            if let Some(to) = to {
                dispatch.dispatch(Action::Edit(Edit::MoveTheme { id: id.clone(), to }));
            }
        })
    };
    let up = move_to(props.index.checked_sub(1));
    let down = move_to((props.index + 1 < props.codebook.themes.len()).then_some(props.index + 1));
    let delete = {
        let dispatch = dispatch.clone();
        let id = id.clone();
        let on_close = props.on_close.clone();
        Callback::from(move |_| {
            on_close.emit(());
            dispatch.dispatch(Action::Edit(Edit::DeleteTheme { id: id.clone() }));
        })
    };
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    html! {
        <div class="theme-edit" role="group" aria-label={format!("Edit {}", theme.name)}>
            <input aria-label="Theme name" value={theme.name.clone()} onchange={rename} />
            <label class="key-choice">{ "Key " }
                <select aria-label="Shortcut key" onchange={set_key}>
                    <option value="" selected={theme.key.is_none()}>{ "none" }</option>
                    { for key_options }
                </select>
            </label>
            <label class="parent-choice">{ "Under " }
                <select aria-label="Parent theme" onchange={set_parent}>
                    <option value="" selected={theme.parent.is_none()}>{ "nothing (top level)" }</option>
                    { for parent_options }
                </select>
            </label>
            <div class="swatches" role="radiogroup" aria-label="Theme colour">
                { for swatches }
                <label class="custom-colour" title="Another colour">
                    <input type="color" aria-label="Custom colour" value={theme.color.to_string()} onchange={recolor} />
                </label>
            </div>
            <textarea aria-label="Theme description" value={theme.description.clone()} onchange={describe} rows="2" />
            <div class="actions">
                <button class="btn small" onclick={up} disabled={props.index == 0} aria-label={format!("Move {} up", theme.name)}>{ "↑" }</button>
                <button class="btn small" onclick={down} disabled={props.index + 1 >= props.codebook.themes.len()} aria-label={format!("Move {} down", theme.name)}>{ "↓" }</button>
                <select aria-label={format!("Merge {} into", theme.name)} onchange={merge}>
                    <option value="" selected=true>{ "Merge into…" }</option>
                    { for props.codebook.themes.iter().filter(|t| t.id != theme.id).map(|t| html! {
                        <option value={t.id.clone()}>{ &t.name }</option>
                    }) }
                </select>
                <button class="btn small danger" onclick={delete}>{ "Delete" }</button>
                <button class="btn small" onclick={close}>{ "Done" }</button>
            </div>
        </div>
    }
}

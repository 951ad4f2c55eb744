//! What the margins mean: the speaker marks that are not participants ("Both", narration),
//! and, on paper, which theme each stripe colour and key stands for.

use std::rc::Rc;

use yew::prelude::*;

use crate::annotation::AnnotatedDocument;
use crate::app::paint::ThemePaint;

/// Properties of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The document shown.
    pub doc: Rc<AnnotatedDocument>,
    /// How themes look.
    pub paint: Rc<ThemePaint>,
}

/// A one-line key to the margins; the themes used in the document are listed only in print,
/// where the codebook panel is not beside the text.
#[function_component]
pub fn Legend(props: &LegendProps) -> Html {
    let used: Vec<String> = props
        .paint
        .ids()
        .filter(|id| props.doc.sentences.iter().any(|s| s.has_theme(id)))
        .map(str::to_owned)
        .collect();
    html! {
        <div class="legend">
            <p class="hint">
                <span class="who both" style="--who:#374151" aria-hidden="true">{ "Both" }</span>{ " both sides · " }
                <span class="who narration" aria-hidden="true"></span>{ " narration · on the right, one stripe per theme with its key" }
            </p>
            if !used.is_empty() {
                <p class="print-only themes-legend">
                    { for props.paint.of(&used).map(|look| html! {
                        <span class="legend-theme">
                            <span class="stripe" style={format!("background:{};color:{}", look.color, look.ink)}>
                                { look.key.map(String::from).unwrap_or_default() }
                            </span>
                            { format!(" {}", look.name) }
                        </span>
                    }) }
                </p>
            }
        </div>
    }
}

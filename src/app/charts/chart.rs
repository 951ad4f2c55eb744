//! One chart: a stacked bar chart drawn as SVG beside its table, with SVG and PNG downloads.

use std::rc::Rc;

use yew::prelude::*;

use crate::annotation::charts::CrossTab;
use crate::annotation::Codebook;
use crate::app::{browser, Action, Dispatch, Message};

/// Properties of [`Chart`].
#[derive(Debug, Properties, PartialEq)]
pub struct ChartProps {
    /// Heading, also the chart's accessible name and download file name.
    pub title: AttrValue,
    /// What the rows are ("Speaker", "Document", "Date").
    pub rows_label: AttrValue,
    /// The counts.
    pub tab: Rc<CrossTab>,
    /// For theme names and colours.
    pub codebook: Rc<Codebook>,
}

const LABEL_W: usize = 170;
const BAR_W: usize = 360;
const ROW_H: usize = 24;
const LEGEND_H: usize = 20;

fn short(label: &str) -> String {
    if label.chars().count() <= 26 {
        label.to_string()
    } else {
        format!("{}…", label.chars().take(25).collect::<String>())
    }
}

/// One stacked bar chart (a bar per row, a segment per theme) beside its table.
#[function_component]
pub fn Chart(props: &ChartProps) -> Html {
    let dispatch = use_context::<Dispatch>().expect("inside App");
    let svg = use_node_ref();
    let tab = &props.tab;
    let codebook = &props.codebook;
    let name = |id: &str| {
        codebook
            .get(id)
            .map_or_else(|| id.to_string(), |t| t.name.clone())
    };
    let color = |id: &str| {
        codebook
            .get(id)
            .map_or_else(|| "#777777".into(), |t| t.color.to_string())
    };
    // Only themes that occur get a table column; the bars and the legend show the top
    // themes, whose columns already count the themes under them.
    let used: Vec<usize> = (0..tab.themes.len())
        .filter(|&c| tab.counts.iter().any(|r| r[c] > 0))
        .collect();
    let stacked: Vec<usize> = used.iter().copied().filter(|&c| tab.top[c]).collect();
    let path_name = |id: &str| {
        if codebook.contains(id) {
            codebook.path_name(id)
        } else {
            id.to_string()
        }
    };
    let totals = tab.row_totals();
    let max = totals.iter().copied().max().unwrap_or(0).max(1);
    let legend_rows = stacked.len().div_ceil(3);
    let width = LABEL_W + BAR_W + 40;
    let height = tab.rows.len() * ROW_H + legend_rows * LEGEND_H + 12;
    let summary = format!(
        "{}: stacked bars, one per {} ({} in all); the table beside it gives the numbers",
        props.title,
        props.rows_label.to_lowercase(),
        tab.rows.len()
    );

    let download_png = {
        let svg = svg.clone();
        let title = props.title.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            let markup = svg.cast::<web_sys::Element>().map(|e| e.outer_html());
            let result = match markup {
                Some(markup) => {
                    let (today, _) = browser::now_iso();
                    browser::download_svg_as_png(
                        &markup,
                        &crate::export::file_name(&title, &today, "png"),
                    )
                }
                None => Err("the chart is not on the page".to_owned()),
            };
            if let Err(error) = result {
                dispatch.dispatch(Action::Say(Message::Error(error)));
            }
        })
    };
    let download = {
        let svg = svg.clone();
        let title = props.title.clone();
        Callback::from(move |_| {
            let markup = svg.cast::<web_sys::Element>().map(|e| e.outer_html());
            let result = match markup {
                Some(markup) => {
                    let (today, _) = browser::now_iso();
                    browser::download(
                        &crate::export::file_name(&title, &today, "svg"),
                        "image/svg+xml",
                        &browser::standalone_svg(&markup),
                    )
                }
                None => Err("the chart is not on the page".to_owned()),
            };
            if let Err(error) = result {
                dispatch.dispatch(Action::Say(Message::Error(error)));
            }
        })
    };

    let bars = tab.rows.iter().zip(&tab.counts).zip(&totals).enumerate().map(|(r, ((label, counts), total))| {
        let y = r * ROW_H;
        let mut x = LABEL_W;
        let segments = stacked.iter().filter(|&&c| counts[c] > 0).map(|&c| {
            let w = (counts[c] * BAR_W / max).max(1);
            let seg = html! {
                <rect x={x.to_string()} y={(y + 4).to_string()} width={w.to_string()} height={(ROW_H - 8).to_string()} fill={color(&tab.themes[c])}>
                    <title>{ format!("{label} — {}: {}", name(&tab.themes[c]), counts[c]) }</title>
                </rect>
            };
            x += w;
            seg
        }).collect::<Html>();
        html! {
            <g>
                <text x={(LABEL_W - 6).to_string()} y={(y + ROW_H / 2 + 4).to_string()} text-anchor="end" font-size="12" fill="#222">
                    <title>{ label.clone() }</title>{ short(label) }
                </text>
                { segments }
                <text x={(x + 4).to_string()} y={(y + ROW_H / 2 + 4).to_string()} font-size="11" fill="#444">{ total }</text>
            </g>
        }
    });
    let legend = stacked.iter().enumerate().map(|(i, &c)| {
        let x = 8 + (i % 3) * ((width - 8) / 3);
        let y = tab.rows.len() * ROW_H + 8 + (i / 3) * LEGEND_H;
        html! {
            <g>
                <rect x={x.to_string()} y={y.to_string()} width="12" height="12" fill={color(&tab.themes[c])} />
                <text x={(x + 16).to_string()} y={(y + 10).to_string()} font-size="11" fill="#222">{ short(&name(&tab.themes[c])) }</text>
            </g>
        }
    });

    html! {
        <figure class="chart">
            <figcaption><h3>{ props.title.clone() }</h3></figcaption>
            if tab.rows.is_empty() || used.is_empty() {
                <p class="hint">{ "Nothing labelled yet." }</p>
            } else {
                <svg ref={svg} xmlns="http://www.w3.org/2000/svg" role="img" aria-label={summary}
                    viewBox={format!("0 0 {width} {height}")} width={width.to_string()} height={height.to_string()}>
                    <title>{ props.title.clone() }</title>
                    { for bars }
                    { for legend }
                </svg>
                <button class="btn small" onclick={download}>{ format!("Download “{}” as SVG", props.title) }</button>
                <button class="btn small" onclick={download_png}>{ format!("Download “{}” as PNG", props.title) }</button>
                <table>
                    <caption>{ format!("{} (sentences)", props.title) }</caption>
                    <thead><tr>
                        <th scope="col">{ props.rows_label.clone() }</th>
                        { for used.iter().map(|&c| html! { <th scope="col">{ path_name(&tab.themes[c]) }</th> }) }
                        <th scope="col">{ "Total" }</th>
                    </tr></thead>
                    <tbody>
                        { for tab.rows.iter().zip(&tab.counts).zip(&totals).map(|((label, counts), total)| html! {
                            <tr>
                                <th scope="row">{ label.clone() }</th>
                                { for used.iter().map(|&c| html! { <td class="n">{ counts[c] }</td> }) }
                                <td class="n">{ total }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </figure>
    }
}

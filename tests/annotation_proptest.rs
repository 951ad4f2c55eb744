//! Properties of edits on random documents: every edit's inverse restores the workspace
//! exactly, refused edits change nothing, and undoing a whole random session gets back to
//! the start (and redoing it gets back to the end).

#[path = "annotation_support.rs"]
mod support;

use readout_annotator::annotation::SentenceId;
use std::rc::Rc;

use proptest::prelude::*;
#[path = "common/property_config.rs"]
mod property_config;
use property_config::property_config;
use readout_annotator::annotation::{
    AnnotatedDocument, Codebook, Color, Edit, History, Theme, Workspace,
};
use readout_annotator::export::{export_v1, import_v1};
use readout_annotator::readout::{EventKind, Speaker};

/// One random step: a kind and three numbers the kind interprets against the current state.
type Op = (u8, u32, u32, u32);

fn pick<T>(items: &[T], n: u32) -> Option<&T> {
    if items.is_empty() {
        None
    } else {
        items.get(n as usize % items.len())
    }
}

fn theme_id(ws: &Workspace, n: u32) -> String {
    pick(&ws.codebook.themes, n).map_or_else(|| "missing".to_string(), |t| t.id.clone())
}

/// Turns an op into an edit on the current workspace. Some edits are invalid on purpose
/// (unknown ids, splits at bad points): those must be refused without changing anything.
fn make_edit(ws: &Workspace, extra: &[Rc<AnnotatedDocument>], (kind, a, b, c): Op) -> Edit {
    let Some(d) = pick(&ws.documents, a) else {
        return match pick(extra, b) {
            Some(doc) => Edit::AddDocument {
                index: 0,
                document: doc.clone(),
            },
            None => Edit::ReplaceWorkspace {
                workspace: Box::default(),
            },
        };
    };
    let doc = d.id.clone();
    let ids: Vec<SentenceId> = d.sentences.iter().map(|s| s.id).collect();
    let sid = pick(&ids, b).copied().unwrap_or(SentenceId(0));
    let run: Vec<SentenceId> = (0..(c % 4 + 1))
        .filter_map(|k| pick(&ids, b + k).copied())
        .collect();
    let speaker = match c % 4 {
        0 => Speaker::Narration,
        1 => Speaker::Both,
        _ => pick(&d.participants, c).map_or(Speaker::Participant("ghost".into()), |p| {
            Speaker::Participant(p.id.clone())
        }),
    };
    match kind % 24 {
        0 | 1 => ws
            .toggle_theme(&doc, &run, &theme_id(ws, c))
            .unwrap_or(Edit::Batch(vec![])),
        2 => ws.clear_themes(&doc, &run).unwrap_or(Edit::Batch(vec![])),
        3 => Edit::SetNote {
            doc,
            sentence: sid,
            note: ["", "note 📝", "e\u{301}"][c as usize % 3].into(),
        },
        4 => Edit::SetSpeakers {
            doc,
            changes: run.iter().map(|&id| (id, speaker.clone())).collect(),
        },
        5 | 6 => {
            let at = d
                .sentence(sid)
                .map_or(0, |s| s.span.start + (c as usize % (s.span.len() + 1)));
            Edit::SplitSentence {
                doc,
                sentence: sid,
                at,
            }
        }
        7 => match c % 3 {
            0 => Edit::MergeWithNext { doc, sentence: sid },
            1 => ws
                .merge_with_next_edit(&doc, sid)
                .unwrap_or(Edit::MergeWithNext { doc, sentence: sid }),
            _ => ws
                .merge_paragraph_edit(&doc, sid)
                .unwrap_or(Edit::Batch(vec![])),
        },
        8 => Edit::SetTitle {
            doc,
            title: format!("Title {c} 中文"),
        },
        9 => Edit::SetDate {
            doc,
            date: (c % 2 == 0).then(|| "2020-03-27".into()),
        },
        10 => Edit::SetDateText {
            doc,
            date_text: (c % 2 == 0).then(|| "27th".into()),
        },
        11 => Edit::SetEvent {
            doc,
            event: [EventKind::Meeting, EventKind::Talks, EventKind::Other][c as usize % 3],
        },
        12 => Edit::AddParticipant {
            doc,
            index: c as usize % (d.participants.len() + 2),
            participant: support::person(&d.fresh_participant_id(), "Wang Yi"),
        },
        13 => Edit::EditParticipant {
            doc,
            participant: support::person(&format!("p{}", c % 4), "Renamed"),
        },
        14 => Edit::RemoveParticipant {
            doc,
            id: format!("p{}", c % 4),
        },
        15 => Edit::AddTheme {
            index: c as usize % (ws.codebook.themes.len() + 1),
            theme: Theme::new(
                &ws.codebook.fresh_id("Climate"),
                "Climate",
                Color::rgb(1, 2, 3),
                "",
            ),
        },
        16 => match c % 4 {
            0 => Edit::RenameTheme {
                id: theme_id(ws, a),
                name: format!("Renamed {b}"),
            },
            1 => Edit::RecolorTheme {
                id: theme_id(ws, a),
                color: Color::rgb(c as u8, b as u8, 7),
            },
            2 => Edit::DescribeTheme {
                id: theme_id(ws, a),
                description: "changed".into(),
            },
            _ => Edit::SetThemeKey {
                id: theme_id(ws, a),
                key: char::from_digit(b % 10, 10).filter(|k| *k != '0'),
            },
        },
        17 if c % 2 == 0 => Edit::MoveTheme {
            id: theme_id(ws, a),
            to: c as usize % (ws.codebook.themes.len() + 1),
        },
        // Some of these would make a loop and are refused, which the property covers too.
        17 => Edit::SetThemeParent {
            id: theme_id(ws, a),
            parent: (b % 3 != 0).then(|| theme_id(ws, b)),
        },
        18 => Edit::DeleteTheme {
            id: theme_id(ws, c),
        },
        19 => Edit::MergeTheme {
            from: theme_id(ws, b),
            into: theme_id(ws, c),
        },
        20 => {
            let mut themes: Vec<Theme> = ws
                .codebook
                .themes
                .iter()
                .skip(c as usize % 3)
                .cloned()
                .collect();
            themes.push(Theme::new(
                &ws.codebook.fresh_id("Imported"),
                "Imported",
                Color::rgb(9, 9, 9),
                "",
            ));
            Edit::ReplaceCodebook {
                codebook: Codebook::new(themes),
            }
        }
        21 => match pick(extra, c) {
            Some(doc) => Edit::AddDocument {
                index: a as usize % (ws.documents.len() + 1),
                document: doc.clone(),
            },
            None => Edit::RemoveDocument { id: doc },
        },
        22 => Edit::RemoveDocument { id: doc },
        _ => Edit::Batch(vec![
            Edit::SetNote {
                doc: doc.clone(),
                sentence: sid,
                note: "batched".into(),
            },
            Edit::SetTitle {
                doc,
                title: "batched".into(),
            },
        ]),
    }
}

fn workspace_strategy() -> impl Strategy<Value = (Workspace, Vec<Rc<AnnotatedDocument>>)> {
    prop::collection::vec(support::arb::document(), 1..4).prop_map(|docs| {
        let mut all: Vec<Rc<AnnotatedDocument>> = Vec::new();
        for (text, parsed) in docs {
            let d = AnnotatedDocument::from_parsed(&text, &parsed);
            if all.iter().all(|e| e.id != d.id) {
                all.push(Rc::new(d));
            }
        }
        let extra = all.split_off(1);
        let ws = Workspace {
            documents: all,
            ..Workspace::default()
        };
        (ws, extra)
    })
}

proptest! {
    #![proptest_config(property_config(128))]

    #[test]
    fn every_edit_is_undone_by_its_inverse(
        (start, extra) in workspace_strategy(),
        ops in prop::collection::vec((any::<u8>(), any::<u32>(), any::<u32>(), any::<u32>()), 1..40),
    ) {
        let mut ws = start.clone();
        let mut history = History::new(1000);
        let mut states = vec![ws.clone()];
        for op in ops {
            let edit = make_edit(&ws, &extra, op);
            let before = ws.clone();
            match ws.apply(edit.clone()) {
                Ok(inverse) => {
                    let after = ws.clone();
                    let mut back = after.clone();
                    let redo = back.apply(inverse).expect("inverse applies");
                    prop_assert_eq!(&back, &before);
                    back.apply(redo).expect("redo applies");
                    prop_assert_eq!(&back, &after);
                    // Replay through the history so the whole session can be walked back.
                    let mut replay = before.clone();
                    let mut h = history.clone();
                    h.apply(&mut replay, edit).expect("applies again");
                    prop_assert_eq!(&replay, &after);
                    history = h;
                    states.push(after);
                }
                Err(e) => {
                    prop_assert_eq!(&ws, &before, "refused edit changed the workspace: {}", e);
                }
            }
            // Whatever happened, the workspace still exports and imports to itself.
            let json = export_v1(&ws, "2026-01-01T00:00:00Z");
            let imported = import_v1(&json);
            prop_assert_eq!(imported.as_ref(), Ok(&ws));
        }
        let end = ws.clone();
        for state in states.iter().rev().skip(1) {
            prop_assert_eq!(history.undo(&mut ws), Ok(true));
            prop_assert_eq!(&ws, state);
        }
        prop_assert_eq!(&ws, &start);
        while history.redo(&mut ws) == Ok(true) {}
        prop_assert_eq!(ws, end);
    }
}

//! Every edit, its effect, and that its inverse restores the workspace exactly.

#[path = "annotation_support.rs"]
mod support;

use readout_annotator::annotation::SentenceId;
use std::rc::Rc;

use readout_annotator::annotation::{
    AnnotatedDocument, Codebook, Color, Edit, EditErrorKind, History, SentenceFilter,
    ShownSentences, Theme, Workspace,
};
use readout_annotator::readout::{EventKind, Speaker};
use support::{sample_id, sample_workspace};

/// Applies `edit`, checks that its inverse restores the workspace and that re-applying the
/// inverse's inverse gives the same result again; returns the workspace after the edit.
fn check(ws: &Workspace, edit: Edit) -> Workspace {
    let mut after = ws.clone();
    let inverse = after.apply(edit).expect("edit applies");
    let mut back = after.clone();
    let redo = back.apply(inverse).expect("inverse applies");
    assert_eq!(&back, ws, "inverse restores the workspace");
    back.apply(redo).expect("redo applies");
    assert_eq!(back, after, "the inverse's inverse redoes the edit");
    after
}

fn refused(ws: &Workspace, edit: Edit) -> EditErrorKind {
    let mut w = ws.clone();
    let e = w.apply(edit).expect_err("edit is refused");
    assert_eq!(&w, ws, "a refused edit changes nothing");
    assert!(!e.to_string().is_empty());
    e.kind()
}

fn doc(ws: &Workspace) -> &AnnotatedDocument {
    &ws.documents[0]
}

fn themes(ws: &Workspace, id: u32) -> Vec<String> {
    doc(ws)
        .sentence(SentenceId(id))
        .expect("sentence exists")
        .themes
        .clone()
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn sample_document_has_ids_in_order() {
    let ws = sample_workspace();
    let d = doc(&ws);
    let ids: Vec<SentenceId> = d.sentences.iter().map(|s| s.id).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5, 6].map(SentenceId));
    assert_eq!(d.title, "Xi Jinping Calls Iranian President Rouhani");
    assert_eq!(d.id.len(), 16);
    assert_eq!(d.paragraph_sentences(1).len(), 3);
    assert_eq!(
        d.sentence_text(&d.sentences[3]),
        "Unilateral sanctions hinder Iran's efforts 😷."
    );
}

#[test]
fn set_themes_touches_only_the_changed_rows() {
    let ws = sample_workspace();
    let edit = Edit::SetThemes {
        doc: sample_id(),
        changes: vec![
            (SentenceId(2), strings(&["health"])),
            (SentenceId(3), strings(&["trade", "health"])),
        ],
    };
    let after = check(&ws, edit);
    assert_eq!(themes(&after, 2), ["health"]);
    assert_eq!(themes(&after, 3), ["trade", "health"]);
    for i in [0, 3, 4, 5] {
        assert!(Rc::ptr_eq(
            &doc(&ws).sentences[i],
            &doc(&after).sentences[i]
        ));
    }
    assert!(!Rc::ptr_eq(
        &doc(&ws).sentences[1],
        &doc(&after).sentences[1]
    ));
}

#[test]
fn set_themes_refuses_unknown_theme_sentence_document_and_duplicates() {
    let ws = sample_workspace();
    let set = |doc: String, id, t: &[&str]| Edit::SetThemes {
        doc,
        changes: vec![(id, strings(t))],
    };
    assert_eq!(
        refused(&ws, set(sample_id(), SentenceId(1), &["nope"])),
        EditErrorKind::UnknownTheme
    );
    assert_eq!(
        refused(&ws, set(sample_id(), SentenceId(99), &["health"])),
        EditErrorKind::UnknownSentence
    );
    assert_eq!(
        refused(&ws, set("x".into(), SentenceId(1), &["health"])),
        EditErrorKind::UnknownDocument
    );
    assert_eq!(
        refused(&ws, set(sample_id(), SentenceId(1), &["health", "health"])),
        EditErrorKind::InvalidValue
    );
}

#[test]
fn a_sentence_listed_twice_is_restored_to_its_original() {
    let ws = sample_workspace();
    let after = check(
        &ws,
        Edit::SetThemes {
            doc: sample_id(),
            changes: vec![
                (SentenceId(2), strings(&["health"])),
                (SentenceId(2), strings(&["trade"])),
            ],
        },
    );
    assert_eq!(themes(&after, 2), ["trade"]);
}

#[test]
fn toggle_adds_to_those_lacking_then_removes_from_all() {
    let ws = sample_workspace();
    let id = sample_id();
    let after = check(
        &ws,
        Edit::SetThemes {
            doc: id.clone(),
            changes: vec![(SentenceId(2), strings(&["health"]))],
        },
    );
    let toggle = after
        .toggle_theme(&id, &[SentenceId(2), SentenceId(3)], "health")
        .expect("toggle");
    assert_eq!(
        toggle,
        Edit::SetThemes {
            doc: id.clone(),
            changes: vec![(SentenceId(3), strings(&["health"]))]
        }
    );
    let both = check(&after, toggle);
    assert!(doc(&both).all_have_theme(&[SentenceId(2), SentenceId(3)], "health"));
    let off = both
        .toggle_theme(&id, &[SentenceId(2), SentenceId(3)], "health")
        .expect("toggle");
    let none = check(&both, off);
    assert!(themes(&none, 2).is_empty() && themes(&none, 3).is_empty());
    assert_eq!(
        ws.toggle_theme(&id, &[SentenceId(2)], "nope")
            .map_err(|e| e.kind()),
        Err(EditErrorKind::UnknownTheme)
    );
    assert_eq!(
        ws.toggle_theme(&id, &[SentenceId(77)], "health")
            .map_err(|e| e.kind()),
        Err(EditErrorKind::UnknownSentence)
    );
}

#[test]
fn clear_themes_only_lists_labelled_sentences() {
    let ws = sample_workspace();
    let id = sample_id();
    let labelled = check(
        &ws,
        Edit::SetThemes {
            doc: id.clone(),
            changes: vec![(SentenceId(2), strings(&["health", "trade"]))],
        },
    );
    let clear = labelled
        .clear_themes(&id, &[SentenceId(1), SentenceId(2)])
        .expect("clear");
    assert_eq!(
        clear,
        Edit::SetThemes {
            doc: id,
            changes: vec![(SentenceId(2), vec![])]
        }
    );
    let cleared = check(&labelled, clear);
    assert_eq!(cleared, ws);
}

#[test]
fn set_note() {
    let ws = sample_workspace();
    let after = check(
        &ws,
        Edit::SetNote {
            doc: sample_id(),
            sentence: SentenceId(4),
            note: "cf. Iran's readout 🇮🇷".into(),
        },
    );
    assert_eq!(
        doc(&after).sentence(SentenceId(4)).map(|s| s.note.as_str()),
        Some("cf. Iran's readout 🇮🇷")
    );
    assert_eq!(
        refused(
            &ws,
            Edit::SetNote {
                doc: sample_id(),
                sentence: SentenceId(0),
                note: String::new()
            }
        ),
        EditErrorKind::UnknownSentence
    );
}

#[test]
fn set_speakers() {
    let ws = sample_workspace();
    let after = check(
        &ws,
        Edit::SetSpeakers {
            doc: sample_id(),
            changes: vec![
                (SentenceId(1), Speaker::Both),
                (SentenceId(6), Speaker::Participant("p2".into())),
            ],
        },
    );
    assert_eq!(
        doc(&after)
            .sentence(SentenceId(1))
            .map(|s| s.speaker.clone()),
        Some(Speaker::Both)
    );
    assert_eq!(
        refused(
            &ws,
            Edit::SetSpeakers {
                doc: sample_id(),
                changes: vec![(SentenceId(1), Speaker::Participant("p9".into()))]
            }
        ),
        EditErrorKind::UnknownParticipant
    );
}

#[test]
fn split_gives_the_second_half_a_fresh_id_and_trims_the_cut() {
    let ws = sample_workspace();
    let id = sample_id();
    // "Xi Jinping pointed out that China and Iran help each other." — cut before "China".
    let at = doc(&ws).byte_at_char(SentenceId(2), 27).expect("inside");
    let labelled = check(
        &ws,
        Edit::SetThemes {
            doc: id.clone(),
            changes: vec![(SentenceId(2), strings(&["bilateral"]))],
        },
    );
    let after = check(
        &labelled,
        Edit::SplitSentence {
            doc: id.clone(),
            sentence: SentenceId(2),
            at,
        },
    );
    let d = doc(&after);
    let ids: Vec<SentenceId> = d.sentences.iter().map(|s| s.id).collect();
    assert_eq!(ids, [1, 2, 7, 3, 4, 5, 6].map(SentenceId));
    assert_eq!(
        d.sentence_text(&d.sentences[1]),
        "Xi Jinping pointed out that"
    );
    assert_eq!(
        d.sentence_text(&d.sentences[2]),
        "China and Iran help each other."
    );
    assert_eq!(d.sentences[2].themes, ["bilateral"]);
    assert_eq!(d.sentences[2].paragraph, 1);
    assert_eq!(d.sentences[2].speaker, Speaker::Participant("p1".into()));
}

#[test]
fn split_inside_an_emoji_or_at_the_edges_is_refused() {
    let ws = sample_workspace();
    let id = sample_id();
    let s = doc(&ws).sentence(SentenceId(4)).expect("sentence 4").span;
    let emoji = doc(&ws).text[s.start..s.end].find('😷').expect("emoji") + s.start;
    let split = |at| Edit::SplitSentence {
        doc: id.clone(),
        sentence: SentenceId(4),
        at,
    };
    assert_eq!(refused(&ws, split(emoji + 1)), EditErrorKind::InvalidSplit);
    assert_eq!(refused(&ws, split(s.start)), EditErrorKind::InvalidSplit);
    assert_eq!(refused(&ws, split(s.end)), EditErrorKind::InvalidSplit);
    // Right after "Unilateral": the second half starts after the space; fine. Right at the
    // space before the emoji: both halves non-empty; fine too. A cut leaving only spaces is not.
    check(&ws, split(s.start + "Unilateral".len()));
    let by_utf16 = doc(&ws)
        .byte_at_utf16(SentenceId(4), 43)
        .expect("before the emoji");
    assert_eq!(by_utf16, emoji);
    assert_eq!(
        doc(&ws).byte_at_utf16(SentenceId(4), 44),
        None,
        "inside the surrogate pair"
    );
}

#[test]
fn merge_with_next_keeps_first_id_and_unites_themes_and_notes() {
    let ws = sample_workspace();
    let id = sample_id();
    let labelled = check(
        &ws,
        Edit::Batch(vec![
            Edit::SetThemes {
                doc: id.clone(),
                changes: vec![
                    (SentenceId(2), strings(&["bilateral"])),
                    (SentenceId(3), strings(&["health", "bilateral"])),
                ],
            },
            Edit::SetNote {
                doc: id.clone(),
                sentence: SentenceId(2),
                note: "a".into(),
            },
            Edit::SetNote {
                doc: id.clone(),
                sentence: SentenceId(3),
                note: "b".into(),
            },
        ]),
    );
    let after = check(
        &labelled,
        Edit::MergeWithNext {
            doc: id.clone(),
            sentence: SentenceId(2),
        },
    );
    let d = doc(&after);
    assert_eq!(d.sentences.len(), 5);
    let m = d.sentence(SentenceId(2)).expect("merged");
    assert_eq!(
        d.sentence_text(m),
        "Xi Jinping pointed out that China and Iran help each other. China is willing to share \
         anti-epidemic experience."
    );
    assert_eq!(m.themes, ["bilateral", "health"]);
    assert_eq!(m.note, "a\nb");
    assert!(d.sentence(SentenceId(3)).is_none());
    // The last sentence of a paragraph does not merge across the paragraph break.
    assert_eq!(
        refused(
            &ws,
            Edit::MergeWithNext {
                doc: id.clone(),
                sentence: SentenceId(4)
            }
        ),
        EditErrorKind::InvalidMerge
    );
    assert_eq!(
        refused(
            &ws,
            Edit::MergeWithNext {
                doc: id,
                sentence: SentenceId(6)
            }
        ),
        EditErrorKind::InvalidMerge
    );
}

#[test]
fn merging_across_a_paragraph_end_merges_the_paragraphs_first() {
    let ws = labelled_workspace();
    let id = sample_id();
    // Sentence 4 ends paragraph 2; sentence 5 starts paragraph 3.
    let edit = ws
        .merge_with_next_edit(&id, SentenceId(4))
        .expect("a merge across the paragraph end");
    let after = check(&ws, edit);
    let d = doc(&after);
    assert_eq!(d.paragraphs.len(), 2);
    assert_eq!(d.sentences.len(), 5);
    let merged = d.sentence(SentenceId(4)).expect("merged");
    assert_eq!(merged.paragraph, 1);
    assert_eq!(
        d.sentence_text(merged),
        "Unilateral sanctions hinder Iran's efforts 😷.\n\nRouhani said that he thanks China."
    );
    assert_eq!(d.sentence(SentenceId(6)).map(|s| s.paragraph), Some(1));
    // Inside a paragraph it is the plain merge; the last sentence has no next.
    assert!(matches!(
        ws.merge_with_next_edit(&id, SentenceId(2)),
        Ok(Edit::MergeWithNext { .. })
    ));
    assert_eq!(
        ws.merge_with_next_edit(&id, SentenceId(6))
            .map_err(|e| e.kind()),
        Err(EditErrorKind::InvalidMerge)
    );
}

#[test]
fn a_removed_participants_sentences_go_where_the_user_says() {
    let ws = labelled_workspace();
    assert_eq!(
        ws.documents[0].spoken_by(&Speaker::Participant("p1".into())),
        3
    );
    let to_both = ws.documents[0]
        .remove_participant_edit("p1", Speaker::Both)
        .expect("p1 exists");
    let after = check(&ws, to_both);
    let d = doc(&after);
    assert!(d.participant("p1").is_none());
    assert_eq!(
        d.sentences
            .iter()
            .map(|s| s.speaker.clone())
            .collect::<Vec<_>>(),
        [
            Speaker::Narration,
            Speaker::Both,
            Speaker::Both,
            Speaker::Both,
            Speaker::Participant("p2".into()),
            Speaker::Both
        ]
    );
    let to_narration = ws.documents[0]
        .remove_participant_edit("p2", Speaker::Narration)
        .expect("p2 exists");
    assert!(matches!(to_narration, Edit::RemoveParticipant { .. }));
    assert_eq!(
        ws.documents[0]
            .remove_participant_edit("p1", Speaker::Participant("p1".into()))
            .map_err(|e| e.kind()),
        Err(EditErrorKind::InvalidValue)
    );
}

#[test]
fn paragraphs_merge_and_split_back() {
    let ws = labelled_workspace();
    let id = sample_id();
    let edit = ws
        .merge_paragraph_edit(&id, SentenceId(1))
        .expect("paragraph 1 has a next");
    let after = check(&ws, edit);
    let d = doc(&after);
    assert_eq!(d.paragraphs.len(), 2);
    assert_eq!(
        d.sentences.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
        [0, 0, 0, 0, 1, 1]
    );
    assert_eq!(
        ws.merge_paragraph_edit(&id, SentenceId(6))
            .map_err(|e| e.kind()),
        Err(EditErrorKind::InvalidMerge)
    );
    // A split must fall inside the paragraph, before a sentence that is not its first.
    let split = Edit::SplitParagraph {
        doc: id.clone(),
        paragraph: 0,
        before: SentenceId(1),
        first_end: 0,
        second: ws.documents[0].paragraphs[1],
    };
    assert_eq!(refused(&after, split), EditErrorKind::InvalidSplit);
}

#[test]
fn split_then_merge_is_the_original() {
    let ws = sample_workspace();
    let id = sample_id();
    let at = doc(&ws).byte_at_char(SentenceId(5), 7).expect("inside");
    let mut w = ws.clone();
    w.apply(Edit::SplitSentence {
        doc: id.clone(),
        sentence: SentenceId(5),
        at,
    })
    .expect("split");
    w.apply(Edit::MergeWithNext {
        doc: id,
        sentence: SentenceId(5),
    })
    .expect("merge");
    assert_eq!(w, ws);
}

#[test]
fn replace_sentences_checks_order_ids_and_spans() {
    let ws = sample_workspace();
    let id = sample_id();
    let d = doc(&ws);
    let swap = Edit::ReplaceSentences {
        doc: id.clone(),
        index: 1,
        remove: 2,
        insert: vec![d.sentences[2].clone(), d.sentences[1].clone()],
    };
    assert_eq!(refused(&ws, swap), EditErrorKind::InvalidSentence);
    let dup = Edit::ReplaceSentences {
        doc: id.clone(),
        index: 1,
        remove: 1,
        insert: vec![d.sentences[0].clone()],
    };
    assert_eq!(refused(&ws, dup), EditErrorKind::DuplicateId);
    let past = Edit::ReplaceSentences {
        doc: id.clone(),
        index: 5,
        remove: 2,
        insert: vec![],
    };
    assert_eq!(refused(&ws, past), EditErrorKind::OutOfRange);
    let drop = Edit::ReplaceSentences {
        doc: id,
        index: 5,
        remove: 1,
        insert: vec![],
    };
    let after = check(&ws, drop);
    assert_eq!(doc(&after).sentences.len(), 5);
}

#[test]
fn metadata_edits() {
    let ws = sample_workspace();
    let id = sample_id();
    let after = check(
        &ws,
        Edit::SetTitle {
            doc: id.clone(),
            title: "Xi–Rouhani call".into(),
        },
    );
    assert_eq!(doc(&after).title, "Xi–Rouhani call");
    let after = check(
        &ws,
        Edit::SetDate {
            doc: id.clone(),
            date: Some("2020-03-27".into()),
        },
    );
    assert_eq!(doc(&after).date.as_deref(), Some("2020-03-27"));
    let after = check(
        &ws,
        Edit::SetDateText {
            doc: id.clone(),
            date_text: None,
        },
    );
    assert_eq!(doc(&after).date_text, None);
    let after = check(
        &ws,
        Edit::SetEvent {
            doc: id.clone(),
            event: EventKind::VideoCall,
        },
    );
    assert_eq!(doc(&after).event, EventKind::VideoCall);
    assert_eq!(
        refused(
            &ws,
            Edit::SetTitle {
                doc: "nope".into(),
                title: String::new()
            }
        ),
        EditErrorKind::UnknownDocument
    );
}

#[test]
fn participants_add_edit_remove() {
    let ws = sample_workspace();
    let id = sample_id();
    let new_id = doc(&ws).fresh_participant_id();
    assert_eq!(new_id, "p3");
    let added = check(
        &ws,
        Edit::AddParticipant {
            doc: id.clone(),
            index: 2,
            participant: support::person(&new_id, "Wang Yi"),
        },
    );
    assert_eq!(doc(&added).participants[2].name, "Wang Yi");
    let mut renamed = support::person("p2", "Hassan Rouhani");
    renamed.country = "Iran".into();
    let edited = check(
        &ws,
        Edit::EditParticipant {
            doc: id.clone(),
            participant: renamed,
        },
    );
    assert_eq!(doc(&edited).participants[1].name, "Hassan Rouhani");
    let removed = check(
        &ws,
        Edit::RemoveParticipant {
            doc: id.clone(),
            id: "p1".into(),
        },
    );
    let d = doc(&removed);
    assert_eq!(d.participants.len(), 1);
    for i in [2, 3, 4] {
        assert_eq!(
            d.sentence(SentenceId(i)).map(|s| s.speaker.clone()),
            Some(Speaker::Narration)
        );
    }
    let add = |p| Edit::AddParticipant {
        doc: id.clone(),
        index: 0,
        participant: p,
    };
    assert_eq!(
        refused(&ws, add(support::person("p1", "X"))),
        EditErrorKind::DuplicateId
    );
    assert_eq!(
        refused(&ws, add(support::person("both", "X"))),
        EditErrorKind::InvalidValue
    );
    assert_eq!(
        refused(
            &ws,
            Edit::AddParticipant {
                doc: id.clone(),
                index: 9,
                participant: support::person("p7", "X")
            }
        ),
        EditErrorKind::OutOfRange
    );
    assert_eq!(
        refused(
            &ws,
            Edit::RemoveParticipant {
                doc: id.clone(),
                id: "p9".into()
            }
        ),
        EditErrorKind::UnknownParticipant
    );
    assert_eq!(
        refused(
            &ws,
            Edit::EditParticipant {
                doc: id,
                participant: support::person("p9", "X")
            }
        ),
        EditErrorKind::UnknownParticipant
    );
}

fn theme(id: &str) -> Theme {
    Theme::new(
        id,
        "Climate",
        Color::rgb(0x11, 0x77, 0x33),
        "Climate change, energy transition",
    )
}

#[test]
fn codebook_add_rename_recolour_describe_move() {
    let ws = sample_workspace();
    let added = check(
        &ws,
        Edit::AddTheme {
            index: 1,
            theme: theme("climate"),
        },
    );
    assert_eq!(added.codebook.themes[1].id, "climate");
    // Keys belong to themes: the nine default themes keep theirs, the tenth has none.
    assert_eq!(added.codebook.key_of("climate"), None);
    assert_eq!(added.codebook.key_of("partnership"), Some('2'));
    assert_eq!(added.codebook.key_of("conflicts"), Some('9'));
    let renamed = check(
        &ws,
        Edit::RenameTheme {
            id: "health".into(),
            name: "Health".into(),
        },
    );
    assert_eq!(
        renamed.codebook.get("health").map(|t| t.name.as_str()),
        Some("Health")
    );
    let recolored = check(
        &ws,
        Edit::RecolorTheme {
            id: "health".into(),
            color: Color::rgb(1, 2, 3),
        },
    );
    assert_eq!(
        recolored
            .codebook
            .get("health")
            .map(|t| t.color.to_string())
            .as_deref(),
        Some("#010203")
    );
    let described = check(
        &ws,
        Edit::DescribeTheme {
            id: "health".into(),
            description: "x".into(),
        },
    );
    assert_eq!(
        described
            .codebook
            .get("health")
            .map(|t| t.description.as_str()),
        Some("x")
    );
    let moved = check(
        &ws,
        Edit::MoveTheme {
            id: "conflicts".into(),
            to: 0,
        },
    );
    assert_eq!(moved.codebook.themes[0].id, "conflicts");
    assert_eq!(
        moved.codebook.theme_for_key('1').map(|t| t.id.as_str()),
        Some("bilateral")
    );
    assert_eq!(
        moved.codebook.theme_for_key('9').map(|t| t.id.as_str()),
        Some("conflicts")
    );

    assert_eq!(
        refused(
            &ws,
            Edit::AddTheme {
                index: 0,
                theme: theme("health")
            }
        ),
        EditErrorKind::DuplicateId
    );
    assert_eq!(
        refused(
            &ws,
            Edit::AddTheme {
                index: 0,
                theme: theme(" ")
            }
        ),
        EditErrorKind::InvalidValue
    );
    assert_eq!(
        refused(
            &ws,
            Edit::AddTheme {
                index: 10,
                theme: theme("c")
            }
        ),
        EditErrorKind::OutOfRange
    );
    assert_eq!(
        refused(
            &ws,
            Edit::RenameTheme {
                id: "health".into(),
                name: "  ".into()
            }
        ),
        EditErrorKind::InvalidValue
    );
    assert_eq!(
        refused(
            &ws,
            Edit::RenameTheme {
                id: "nope".into(),
                name: "x".into()
            }
        ),
        EditErrorKind::UnknownTheme
    );
    assert_eq!(
        refused(
            &ws,
            Edit::MoveTheme {
                id: "health".into(),
                to: 9
            }
        ),
        EditErrorKind::OutOfRange
    );
}

fn labelled_workspace() -> Workspace {
    let ws = sample_workspace();
    let id = sample_id();
    check(
        &ws,
        Edit::SetThemes {
            doc: id,
            changes: vec![
                (SentenceId(2), strings(&["health", "bilateral"])),
                (SentenceId(3), strings(&["bilateral"])),
                (SentenceId(4), strings(&["sanctions", "health"])),
            ],
        },
    )
}

#[test]
fn delete_theme_removes_its_labels_and_undo_restores_them() {
    let ws = labelled_workspace();
    let after = check(
        &ws,
        Edit::DeleteTheme {
            id: "health".into(),
        },
    );
    assert!(!after.codebook.contains("health"));
    assert_eq!(themes(&after, 2), ["bilateral"]);
    assert_eq!(themes(&after, 4), ["sanctions"]);
    assert!(
        Rc::ptr_eq(&doc(&ws).sentences[2], &doc(&after).sentences[2]),
        "sentence 3 untouched"
    );
    assert_eq!(
        refused(&ws, Edit::DeleteTheme { id: "nope".into() }),
        EditErrorKind::UnknownTheme
    );
}

#[test]
fn merge_theme_relabels_without_duplicates() {
    let ws = labelled_workspace();
    let after = check(
        &ws,
        Edit::MergeTheme {
            from: "health".into(),
            into: "bilateral".into(),
        },
    );
    assert!(!after.codebook.contains("health"));
    assert_eq!(themes(&after, 2), ["bilateral"]);
    assert_eq!(themes(&after, 3), ["bilateral"]);
    assert_eq!(themes(&after, 4), ["sanctions", "bilateral"]);
    assert_eq!(
        refused(
            &ws,
            Edit::MergeTheme {
                from: "health".into(),
                into: "health".into()
            }
        ),
        EditErrorKind::InvalidValue
    );
    assert_eq!(
        refused(
            &ws,
            Edit::MergeTheme {
                from: "health".into(),
                into: "nope".into()
            }
        ),
        EditErrorKind::UnknownTheme
    );
}

/// `labelled_workspace` with sanctions under bilateral and health under sanctions.
fn nested_workspace() -> Workspace {
    let ws = labelled_workspace();
    let ws = check(
        &ws,
        Edit::SetThemeParent {
            id: "sanctions".into(),
            parent: Some("bilateral".into()),
        },
    );
    check(
        &ws,
        Edit::SetThemeParent {
            id: "health".into(),
            parent: Some("sanctions".into()),
        },
    )
}

fn parent(ws: &Workspace, id: &str) -> Option<String> {
    ws.codebook.get(id).and_then(|t| t.parent.clone())
}

#[test]
fn placing_a_theme_under_another_is_undoable_and_never_makes_a_loop() {
    let ws = nested_workspace();
    assert_eq!(parent(&ws, "health").as_deref(), Some("sanctions"));
    assert_eq!(
        ws.codebook.lineage("health"),
        ["health", "sanctions", "bilateral"]
    );
    // Back to the top.
    let top = check(
        &ws,
        Edit::SetThemeParent {
            id: "health".into(),
            parent: None,
        },
    );
    assert_eq!(parent(&top, "health"), None);
    // The labels themselves never change.
    assert_eq!(themes(&top, 2), themes(&ws, 2));
    let cases: &[(&str, &str, EditErrorKind)] = &[
        ("bilateral", "bilateral", EditErrorKind::InvalidValue),
        ("bilateral", "sanctions", EditErrorKind::InvalidValue),
        ("bilateral", "health", EditErrorKind::InvalidValue),
        ("health", "nope", EditErrorKind::UnknownTheme),
        ("nope", "health", EditErrorKind::UnknownTheme),
    ];
    for (id, under, kind) in cases {
        let edit = Edit::SetThemeParent {
            id: (*id).into(),
            parent: Some((*under).into()),
        };
        assert_eq!(refused(&ws, edit), *kind, "{id} under {under}");
    }
    // A theme added under one that does not exist is refused too.
    let stray = Theme::new("stray", "Stray", Color::rgb(1, 2, 3), "").with_parent(Some("nope"));
    assert_eq!(
        refused(
            &ws,
            Edit::AddTheme {
                index: 0,
                theme: stray
            }
        ),
        EditErrorKind::UnknownTheme
    );
}

#[test]
fn deleting_or_merging_a_parent_moves_its_children_up_and_undo_puts_them_back() {
    let ws = nested_workspace();
    // sanctions leaves: health moves up to bilateral.
    let deleted = check(
        &ws,
        Edit::DeleteTheme {
            id: "sanctions".into(),
        },
    );
    assert_eq!(parent(&deleted, "health").as_deref(), Some("bilateral"));
    let merged = check(
        &ws,
        Edit::MergeTheme {
            from: "sanctions".into(),
            into: "health".into(),
        },
    );
    assert_eq!(parent(&merged, "health").as_deref(), Some("bilateral"));
    assert_eq!(themes(&merged, 4), ["health"]);
    // The top theme leaves: its child goes to the top.
    let root_gone = check(
        &ws,
        Edit::DeleteTheme {
            id: "bilateral".into(),
        },
    );
    assert_eq!(parent(&root_gone, "sanctions"), None);
    assert_eq!(parent(&root_gone, "health").as_deref(), Some("sanctions"));
}

#[test]
fn a_codebook_whose_parents_loop_or_are_missing_is_refused() {
    let ws = labelled_workspace();
    let with = |pairs: &[(&str, &str)]| {
        let mut book = ws.codebook.clone();
        for (id, under) in pairs {
            let i = book.index_of(id).expect("theme exists");
            book.themes[i].parent = Some((*under).into());
        }
        Edit::ReplaceCodebook { codebook: book }
    };
    assert_eq!(
        refused(
            &ws,
            with(&[("health", "sanctions"), ("sanctions", "health")])
        ),
        EditErrorKind::InvalidValue
    );
    assert_eq!(
        refused(&ws, with(&[("health", "gone")])),
        EditErrorKind::UnknownTheme
    );
    let nested = check(&ws, with(&[("health", "sanctions")]));
    assert_eq!(parent(&nested, "health").as_deref(), Some("sanctions"));
}

/// Every theme's key, in codebook order.
fn keys(ws: &Workspace) -> Vec<(String, Option<char>)> {
    ws.codebook
        .themes
        .iter()
        .map(|t| (t.id.clone(), t.key))
        .collect()
}

#[test]
fn merge_delete_and_move_never_change_another_themes_key() {
    let ws = labelled_workspace();
    let before = keys(&ws);
    let others = |after: &Workspace, gone: &str| {
        let expected: Vec<_> = before
            .iter()
            .filter(|(id, _)| id != gone)
            .cloned()
            .collect();
        let mut got = keys(after);
        got.sort();
        let mut expected = expected;
        expected.sort();
        assert_eq!(got, expected, "after removing {gone}");
    };
    let merged = check(
        &ws,
        Edit::MergeTheme {
            from: "security".into(),
            into: "health".into(),
        },
    );
    others(&merged, "security");
    let deleted = check(&ws, Edit::DeleteTheme { id: "trade".into() });
    others(&deleted, "trade");
    let moved = check(
        &ws,
        Edit::MoveTheme {
            id: "sanctions".into(),
            to: 0,
        },
    );
    others(&moved, "");
    // The key a deleted theme freed goes to the next theme added, not to a neighbour.
    let added = check(
        &deleted,
        Edit::AddTheme {
            index: 0,
            theme: deleted.codebook.new_theme("Climate"),
        },
    );
    assert_eq!(
        added.codebook.key_of("climate"),
        ws.codebook.key_of("trade")
    );
    let held = theme("climate").with_key(Some('1'));
    assert_eq!(
        refused(
            &deleted,
            Edit::AddTheme {
                index: 0,
                theme: held
            }
        ),
        EditErrorKind::DuplicateId
    );
}

#[test]
fn setting_a_key_swaps_with_the_theme_that_held_it() {
    let ws = sample_workspace();
    let swapped = check(
        &ws,
        Edit::SetThemeKey {
            id: "bilateral".into(),
            key: Some('5'),
        },
    );
    assert_eq!(swapped.codebook.key_of("bilateral"), Some('5'));
    assert_eq!(swapped.codebook.key_of("trade"), Some('1'));
    let cleared = check(
        &ws,
        Edit::SetThemeKey {
            id: "health".into(),
            key: None,
        },
    );
    assert_eq!(cleared.codebook.key_of("health"), None);
    // A theme without a key taking one held by another: the other is left without.
    let taken = check(
        &cleared,
        Edit::SetThemeKey {
            id: "health".into(),
            key: Some('2'),
        },
    );
    assert_eq!(taken.codebook.key_of("health"), Some('2'));
    assert_eq!(taken.codebook.key_of("partnership"), None);
    assert_eq!(
        refused(
            &ws,
            Edit::SetThemeKey {
                id: "health".into(),
                key: Some('0'),
            }
        ),
        EditErrorKind::InvalidValue
    );
    assert_eq!(
        refused(
            &ws,
            Edit::SetThemeKey {
                id: "nope".into(),
                key: Some('1'),
            }
        ),
        EditErrorKind::UnknownTheme
    );
    let clash = Codebook {
        themes: vec![
            theme("a").with_key(Some('1')),
            theme("b").with_key(Some('1')),
        ],
    };
    assert_eq!(
        refused(&ws, Edit::ReplaceCodebook { codebook: clash }),
        EditErrorKind::DuplicateId
    );
}

#[test]
fn replace_codebook_drops_labels_of_missing_themes() {
    let ws = labelled_workspace();
    let bilateral = ws
        .codebook
        .get("bilateral")
        .cloned()
        .expect("default theme");
    let book = Codebook::new(vec![theme("climate"), bilateral.with_key(None)]);
    let after = check(&ws, Edit::ReplaceCodebook { codebook: book });
    assert_eq!(themes(&after, 2), ["bilateral"]);
    assert!(themes(&after, 4).is_empty());
    let dup = Codebook::new(vec![theme("a"), theme("a")]);
    assert_eq!(
        refused(&ws, Edit::ReplaceCodebook { codebook: dup }),
        EditErrorKind::DuplicateId
    );
}

#[test]
fn documents_add_remove_replace() {
    let ws = sample_workspace();
    let (text, parsed) = support::build(
        None,
        &[vec![("Second readout.".to_string(), Speaker::Narration)]],
        "\r\n",
    );
    let second = AnnotatedDocument::from_parsed(&text, &parsed);
    let second_id = second.id.clone();
    let added = check(&ws, ws.add_document_edit(second));
    assert_eq!(added.documents.len(), 2);
    assert_eq!(added.documents[1].id, second_id);
    let removed = check(&added, Edit::RemoveDocument { id: sample_id() });
    assert_eq!(removed.documents.len(), 1);
    assert_eq!(removed.documents[0].id, second_id);
    let again = Edit::AddDocument {
        index: 0,
        document: ws.documents[0].clone(),
    };
    assert_eq!(refused(&ws, again), EditErrorKind::DuplicateId);
    let replaced = check(
        &ws,
        Edit::ReplaceWorkspace {
            workspace: Box::default(),
        },
    );
    assert!(replaced.documents.is_empty());
    assert_eq!(
        refused(&ws, Edit::RemoveDocument { id: "x".into() }),
        EditErrorKind::UnknownDocument
    );
}

#[test]
fn a_failing_batch_is_rolled_back() {
    let ws = sample_workspace();
    let id = sample_id();
    let batch = Edit::Batch(vec![
        Edit::SetTitle {
            doc: id.clone(),
            title: "changed".into(),
        },
        Edit::SetNote {
            doc: id,
            sentence: SentenceId(99),
            note: String::new(),
        },
    ]);
    assert_eq!(refused(&ws, batch), EditErrorKind::UnknownSentence);
}

#[test]
fn history_undo_redo_sequences() {
    let start = sample_workspace();
    let id = sample_id();
    let mut ws = start.clone();
    let mut h = History::default();
    assert!(!h.can_undo() && !h.can_redo());
    assert_eq!(h.undo(&mut ws), Ok(false));
    let edit = ws
        .toggle_theme(&id, &[SentenceId(1), SentenceId(2)], "health")
        .expect("toggle");
    h.apply(&mut ws, edit).expect("apply");
    let s1 = ws.clone();
    h.apply(
        &mut ws,
        Edit::DeleteTheme {
            id: "health".into(),
        },
    )
    .expect("apply");
    let s2 = ws.clone();
    h.apply(
        &mut ws,
        Edit::SetTitle {
            doc: id.clone(),
            title: "t".into(),
        },
    )
    .expect("apply");
    let s3 = ws.clone();
    assert_eq!(h.undo_len(), 3);
    assert!(h
        .apply(&mut ws, Edit::RemoveDocument { id: "x".into() })
        .is_err());
    assert_eq!(h.undo_len(), 3, "a refused edit is not recorded");
    assert_eq!(h.undo(&mut ws), Ok(true));
    assert_eq!(ws, s2);
    assert_eq!(h.undo(&mut ws), Ok(true));
    assert_eq!(ws, s1);
    assert_eq!(h.redo(&mut ws), Ok(true));
    assert_eq!(ws, s2);
    assert_eq!(h.redo(&mut ws), Ok(true));
    assert_eq!(ws, s3);
    assert_eq!(h.redo(&mut ws), Ok(false));
    for _ in 0..3 {
        assert_eq!(h.undo(&mut ws), Ok(true));
    }
    assert_eq!(ws, start);
    assert!(h.can_redo());
    h.apply(
        &mut ws,
        Edit::SetNote {
            doc: id,
            sentence: SentenceId(1),
            note: "n".into(),
        },
    )
    .expect("apply");
    assert!(!h.can_redo(), "a new edit clears the redo stack");
}

#[test]
fn history_is_bounded() {
    let mut ws = sample_workspace();
    let id = sample_id();
    let mut h = History::new(3);
    for n in 0..5 {
        h.apply(
            &mut ws,
            Edit::SetNote {
                doc: id.clone(),
                sentence: SentenceId(1),
                note: n.to_string(),
            },
        )
        .expect("apply");
    }
    assert_eq!(h.undo_len(), 3);
    while h.undo(&mut ws) == Ok(true) {}
    assert_eq!(
        doc(&ws).sentence(SentenceId(1)).map(|s| s.note.as_str()),
        Some("1")
    );
}

#[test]
fn counts_progress_and_filters() {
    let ws = labelled_workspace();
    let counts = ws.theme_counts();
    let at = |id: &str| counts[ws.codebook.index_of(id).expect("theme")];
    assert_eq!(
        (at("health"), at("bilateral"), at("sanctions"), at("trade")),
        (2, 2, 1, 0)
    );
    assert_eq!(ws.progress().labelled, 3);
    assert_eq!(ws.progress().total, 6);
    let speakers = doc(&ws).speaker_counts();
    assert_eq!(
        speakers,
        [
            (Speaker::Participant("p1".into()), 3),
            (Speaker::Participant("p2".into()), 1),
            (Speaker::Both, 1),
            (Speaker::Narration, 1),
        ]
    );
    assert_eq!(ws.speaker_counts()[0], ("Xi Jinping".to_string(), 3));
    let count = |f: SentenceFilter| {
        let shown = ShownSentences::new(&f, &ws.codebook);
        doc(&ws)
            .sentences
            .iter()
            .filter(|s| shown.matches(s))
            .count()
    };
    assert_eq!(count(SentenceFilter::All), 6);
    assert_eq!(count(SentenceFilter::Theme("health".into())), 2);
    assert_eq!(count(SentenceFilter::Speaker(Speaker::Both)), 1);
    assert_eq!(count(SentenceFilter::Unlabelled), 3);
}

#[test]
fn colours_parse_strictly_and_pick_legible_text() {
    assert_eq!(Color::parse("#2A9D8F"), Ok(Color::rgb(0x2a, 0x9d, 0x8f)));
    for bad in [
        "2a9d8f",
        "#2a9d8",
        "#2a9d8fa",
        "#gg0000",
        "red",
        "",
        "#fff",
        "#ａ00000",
    ] {
        assert!(Color::parse(bad).is_err(), "{bad:?} should be refused");
    }
    assert_eq!(
        Color::rgb(255, 255, 255).contrasting_text(),
        Color::rgb(0, 0, 0)
    );
    assert_eq!(
        Color::rgb(0, 0, 0x80).contrasting_text(),
        Color::rgb(255, 255, 255)
    );
}

#[test]
fn the_default_codebook_is_nine_distinct_described_themes() {
    let book = Codebook::diplomatic_default();
    assert_eq!(book.themes.len(), 9);
    for (i, t) in book.themes.iter().enumerate() {
        assert!(!t.description.is_empty() && !t.name.is_empty());
        assert_eq!(book.key_of(&t.id), char::from_digit(i as u32 + 1, 10));
        assert!(book.themes[..i]
            .iter()
            .all(|u| u.id != t.id && u.color != t.color));
    }
    assert_eq!(book.fresh_id("Public health!"), "public-health");
    assert_eq!(book.fresh_id("Health"), "health-2");
    assert_eq!(book.fresh_id("—"), "theme");
}

#[test]
fn a_no_op_keeps_every_rc() {
    let ws = sample_workspace();
    let mut after = ws.clone();
    let edit = ws
        .clear_themes(&sample_id(), &[SentenceId(1), SentenceId(2), SentenceId(3)])
        .expect("clear");
    after.apply(edit).expect("applies");
    assert!(Rc::ptr_eq(&ws.documents[0], &after.documents[0]));
    let mut again = ws.clone();
    let same = Edit::SetThemes {
        doc: sample_id(),
        changes: vec![(SentenceId(1), vec![])],
    };
    let inverse = again.apply(same.clone()).expect("applies");
    assert_eq!(inverse, same);
    assert!(Rc::ptr_eq(&ws.documents[0], &again.documents[0]));
}

#[test]
fn large_selections_toggle_in_one_edit() {
    let p = |n: usize| {
        (0..n)
            .map(|i| {
                (
                    format!("Sentence number {i} ends here."),
                    Speaker::Narration,
                )
            })
            .collect::<Vec<_>>()
    };
    let (text, parsed) = support::build(None, &[p(3000), p(2000)], "\n");
    let mut ws = Workspace::default();
    let d = AnnotatedDocument::from_parsed(&text, &parsed);
    let id = d.id.clone();
    ws.apply(ws.add_document_edit(d)).expect("add");
    let all: Vec<SentenceId> = (1..=5000).map(SentenceId).collect();
    let edit = ws.toggle_theme(&id, &all, "trade").expect("toggle");
    let mut h = History::default();
    h.apply(&mut ws, edit).expect("apply");
    assert!(doc(&ws).all_have_theme(&all, "trade"));
    assert_eq!(ws.progress().labelled, 5000);
    assert_eq!(h.undo(&mut ws), Ok(true));
    assert_eq!(ws.progress().labelled, 0);
}

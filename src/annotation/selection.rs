//! Which sentences of the open document are selected, and how clicks and keys change that.
//!
//! The page keeps one [`Selection`] as view state (it never enters the undo log); the rules
//! of a click, a shift-click, `j`/`k` and select-all are here so they are tested natively.
//! Every operation works on the *visible* sentences, in document order, as a filter shows them.

use super::{AnnotatedDocument, SentenceId};

/// Which sentences are selected in the current document, in document order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Selected sentence ids.
    pub ids: Vec<SentenceId>,
    /// Where a shift-extension starts.
    pub anchor: Option<SentenceId>,
    /// The sentence that has keyboard focus.
    pub focus: Option<SentenceId>,
}

/// How a click or a key changes the selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectOp {
    /// Select only this sentence (click).
    Only(SentenceId),
    /// Add or remove this sentence (ctrl/cmd-click).
    Toggle(SentenceId),
    /// Select from the anchor to this sentence (shift-click).
    RangeTo(SentenceId),
    /// Move the focus by some visible sentences.
    Move {
        /// How many, forward (positive) or back.
        delta: isize,
        /// Keep the range from the anchor (shift held).
        extend: bool,
    },
    /// Move to the first or last visible sentence.
    Edge {
        /// The last (`true`) or the first (`false`).
        last: bool,
        /// Keep the range from the anchor (shift held).
        extend: bool,
    },
    /// Select every visible sentence.
    All,
    /// Select nothing.
    Clear,
}

impl Selection {
    /// True when `id` is selected.
    pub fn contains(&self, id: SentenceId) -> bool {
        self.ids.contains(&id)
    }

    /// Applies `op`, where `visible` lists the sentences shown, in document order.
    pub fn apply(&mut self, op: SelectOp, visible: &[SentenceId]) {
        let order = |id: SentenceId| visible.iter().position(|v| *v == id);
        let range = |from: SentenceId, to: SentenceId| -> Vec<SentenceId> {
            match (order(from), order(to)) {
                (Some(a), Some(b)) => visible[a.min(b)..=a.max(b)].to_vec(),
                _ => vec![to],
            }
        };
        match op {
            SelectOp::Only(id) => {
                *self = Selection {
                    ids: vec![id],
                    anchor: Some(id),
                    focus: Some(id),
                }
            }
            SelectOp::Toggle(id) => {
                if let Some(at) = self.ids.iter().position(|s| *s == id) {
                    self.ids.remove(at);
                } else {
                    self.ids.push(id);
                    self.ids.sort_by_key(|s| order(*s));
                }
                self.anchor = Some(id);
                self.focus = Some(id);
            }
            SelectOp::RangeTo(id) => {
                let anchor = self.anchor.unwrap_or(id);
                self.ids = range(anchor, id);
                self.anchor = Some(anchor);
                self.focus = Some(id);
            }
            SelectOp::Move { delta, extend } => {
                let target = match self.focus.and_then(order) {
                    Some(at) => {
                        let to = (at as isize + delta).clamp(0, visible.len() as isize - 1);
                        visible.get(to as usize)
                    }
                    None => visible.first(),
                };
                if let Some(&target) = target {
                    self.land(target, extend, range);
                }
            }
            SelectOp::Edge { last, extend } => {
                let edge = if last {
                    visible.last()
                } else {
                    visible.first()
                };
                if let Some(&target) = edge {
                    self.land(target, extend, range);
                }
            }
            SelectOp::All => {
                self.anchor = visible.first().copied();
                self.ids = visible.to_vec();
            }
            SelectOp::Clear => {
                self.ids.clear();
                self.anchor = None;
            }
        }
    }

    /// A keyboard move: focus the target, selecting it alone or extending from the anchor.
    fn land(
        &mut self,
        target: SentenceId,
        extend: bool,
        range: impl Fn(SentenceId, SentenceId) -> Vec<SentenceId>,
    ) {
        if extend {
            let anchor = self.anchor.unwrap_or(target);
            self.ids = range(anchor, target);
            self.anchor = Some(anchor);
        } else {
            self.ids = vec![target];
            self.anchor = Some(target);
        }
        self.focus = Some(target);
    }

    /// Keeps only sentences that `doc` still has: a split, a merge or an undo can remove some.
    pub fn retain_existing(&mut self, doc: &AnnotatedDocument) {
        self.ids.retain(|id| doc.sentence(*id).is_some());
        for end in [&mut self.anchor, &mut self.focus] {
            if end.is_some_and(|id| doc.sentence(id).is_none()) {
                *end = None;
            }
        }
    }

    /// Keeps only the selected sentences that are still visible after a filter changed.
    pub fn retain_visible(&mut self, visible: &[SentenceId]) {
        self.ids.retain(|id| visible.contains(id));
    }
}

#[cfg(test)]
mod tests {
    use super::{SelectOp, Selection};
    use crate::annotation::{AnnotatedDocument, SentenceId};

    const VISIBLE: [SentenceId; 5] = [
        SentenceId(1),
        SentenceId(2),
        SentenceId(4),
        SentenceId(7),
        SentenceId(9),
    ];

    fn ids(raw: &[u32]) -> Vec<SentenceId> {
        raw.iter().copied().map(SentenceId).collect()
    }

    fn after(ops: &[SelectOp]) -> Selection {
        let mut selection = Selection::default();
        for op in ops {
            selection.apply(*op, &VISIBLE);
        }
        selection
    }

    fn moves(delta: isize, extend: bool) -> SelectOp {
        SelectOp::Move { delta, extend }
    }

    /// Operations, then the ids, anchor and focus they leave.
    type Case<'a> = (
        &'a [SelectOp],
        &'a [SentenceId],
        Option<SentenceId>,
        Option<SentenceId>,
    );

    #[test]
    fn clicks_select_toggle_and_extend() {
        use SelectOp::*;
        let cases: &[Case] = &[
            (
                &[Only(SentenceId(4))],
                &[SentenceId(4)],
                Some(SentenceId(4)),
                Some(SentenceId(4)),
            ),
            (
                &[Only(SentenceId(4)), Only(SentenceId(7))],
                &[SentenceId(7)],
                Some(SentenceId(7)),
                Some(SentenceId(7)),
            ),
            // Ctrl-click adds in document order, and a second ctrl-click removes.
            (
                &[Only(SentenceId(7)), Toggle(SentenceId(2))],
                &[SentenceId(2), SentenceId(7)],
                Some(SentenceId(2)),
                Some(SentenceId(2)),
            ),
            (
                &[
                    Only(SentenceId(7)),
                    Toggle(SentenceId(2)),
                    Toggle(SentenceId(7)),
                ],
                &[SentenceId(2)],
                Some(SentenceId(7)),
                Some(SentenceId(7)),
            ),
            // Shift-click runs from the anchor, in either direction, over visible ones only.
            (
                &[Only(SentenceId(2)), RangeTo(SentenceId(7))],
                &[SentenceId(2), SentenceId(4), SentenceId(7)],
                Some(SentenceId(2)),
                Some(SentenceId(7)),
            ),
            (
                &[Only(SentenceId(9)), RangeTo(SentenceId(2))],
                &[SentenceId(2), SentenceId(4), SentenceId(7), SentenceId(9)],
                Some(SentenceId(9)),
                Some(SentenceId(2)),
            ),
            // A hidden sentence in a range stands alone.
            (
                &[Only(SentenceId(2)), RangeTo(SentenceId(3))],
                &[SentenceId(3)],
                Some(SentenceId(2)),
                Some(SentenceId(3)),
            ),
            (
                &[Only(SentenceId(4)), All],
                &[
                    SentenceId(1),
                    SentenceId(2),
                    SentenceId(4),
                    SentenceId(7),
                    SentenceId(9),
                ],
                Some(SentenceId(1)),
                Some(SentenceId(4)),
            ),
            (
                &[Only(SentenceId(4)), Clear],
                &[],
                None,
                Some(SentenceId(4)),
            ),
        ];
        for (ops, ids, anchor, focus) in cases {
            let selection = after(ops);
            assert_eq!(selection.ids, *ids, "{ops:?}");
            assert_eq!(selection.anchor, *anchor, "{ops:?}");
            assert_eq!(selection.focus, *focus, "{ops:?}");
        }
    }

    #[test]
    fn keys_move_the_focus_and_shift_extends() {
        // j with nothing focused lands on the first visible sentence.
        assert_eq!(after(&[moves(1, false)]).ids, ids(&[1]));
        assert_eq!(
            after(&[SelectOp::Only(SentenceId(4)), moves(1, false)]).ids,
            ids(&[7])
        );
        assert_eq!(
            after(&[SelectOp::Only(SentenceId(4)), moves(-1, false)]).ids,
            ids(&[2])
        );
        // Moves stop at either end.
        assert_eq!(
            after(&[SelectOp::Only(SentenceId(9)), moves(5, false)]).ids,
            ids(&[9])
        );
        assert_eq!(
            after(&[SelectOp::Only(SentenceId(1)), moves(-5, false)]).ids,
            ids(&[1])
        );
        let extended = after(&[
            SelectOp::Only(SentenceId(2)),
            moves(1, true),
            moves(1, true),
        ]);
        assert_eq!(extended.ids, ids(&[2, 4, 7]));
        assert_eq!(
            (extended.anchor, extended.focus),
            (Some(SentenceId(2)), Some(SentenceId(7)))
        );
        let back = after(&[SelectOp::Only(SentenceId(4)), moves(-1, true)]);
        assert_eq!(back.ids, ids(&[2, 4]));
        let edge = SelectOp::Edge {
            last: true,
            extend: true,
        };
        assert_eq!(
            after(&[SelectOp::Only(SentenceId(4)), edge]).ids,
            ids(&[4, 7, 9])
        );
        let home = SelectOp::Edge {
            last: false,
            extend: false,
        };
        assert_eq!(after(&[SelectOp::Only(SentenceId(7)), home]).ids, ids(&[1]));
        // Nothing visible: nothing to move to.
        let mut empty = Selection::default();
        empty.apply(moves(1, false), &[]);
        assert_eq!(empty, Selection::default());
    }

    #[test]
    fn removed_and_hidden_sentences_leave_the_selection() {
        let doc = AnnotatedDocument::parse("A spoke with B. They agreed. C said more.");
        let present: Vec<SentenceId> = doc.sentences.iter().map(|s| s.id).collect();
        let mut selection = Selection {
            ids: vec![present[0], SentenceId(99)],
            anchor: Some(SentenceId(99)),
            focus: Some(present[0]),
        };
        selection.retain_existing(&doc);
        assert_eq!(selection.ids, [present[0]]);
        assert_eq!(
            (selection.anchor, selection.focus),
            (None, Some(present[0]))
        );
        let mut selection = after(&[SelectOp::All]);
        selection.retain_visible(&[SentenceId(2), SentenceId(7)]);
        assert_eq!(selection.ids, ids(&[2, 7]));
    }
}

//! Undo and redo: two bounded stacks of inverse edits.

use std::collections::VecDeque;
use std::rc::Rc;

use super::edit::{Edit, EditError};
use super::workspace::Workspace;

/// The undo log. Each stack holds the edits that take the workspace one step back (undo) or
/// forward (redo). Entries are `Rc`-shared so that cloning a history (as a Yew reducer does on
/// every action) costs a pointer copy per entry, not a deep copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct History {
    undo: VecDeque<Rc<Edit>>,
    redo: Vec<Rc<Edit>>,
    limit: usize,
}

impl Default for History {
    /// A history that remembers the last [`History::DEFAULT_LIMIT`] edits.
    fn default() -> Self {
        Self::new(Self::DEFAULT_LIMIT)
    }
}

impl History {
    /// How many steps a default history can undo: enough for a long session, bounded so that
    /// memory stays linear in the workspace rather than in the session's length.
    pub const DEFAULT_LIMIT: usize = 500;

    /// An empty history that keeps at most `limit` undo steps (at least one).
    pub fn new(limit: usize) -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Applies `edit` to `workspace` and records its inverse; clears the redo stack. A refused
    /// edit changes neither the workspace nor the history.
    pub fn apply(&mut self, workspace: &mut Workspace, edit: Edit) -> Result<(), EditError> {
        let inverse = workspace.apply(edit)?;
        if self.undo.len() == self.limit {
            self.undo.pop_front();
        }
        self.undo.push_back(Rc::new(inverse));
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last edit. `Ok(false)` when there is nothing to undo.
    pub fn undo(&mut self, workspace: &mut Workspace) -> Result<bool, EditError> {
        let Some(inverse) = self.undo.pop_back() else {
            return Ok(false);
        };
        match workspace.apply(Rc::unwrap_or_clone(Rc::clone(&inverse))) {
            Ok(redo) => {
                self.redo.push(Rc::new(redo));
                Ok(true)
            }
            Err(e) => {
                self.undo.push_back(inverse);
                Err(e)
            }
        }
    }

    /// Redoes the last undone edit. `Ok(false)` when there is nothing to redo.
    pub fn redo(&mut self, workspace: &mut Workspace) -> Result<bool, EditError> {
        let Some(edit) = self.redo.pop() else {
            return Ok(false);
        };
        match workspace.apply(Rc::unwrap_or_clone(Rc::clone(&edit))) {
            Ok(undo) => {
                if self.undo.len() == self.limit {
                    self.undo.pop_front();
                }
                self.undo.push_back(Rc::new(undo));
                Ok(true)
            }
            Err(e) => {
                self.redo.push(edit);
                Err(e)
            }
        }
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }
}

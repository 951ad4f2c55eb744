//! The page's one reducer. Workspace changes arrive as core [`Edit`]s and go through
//! [`History`], so every change can be undone; selection, filter and messages are view state
//! and never enter history.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Reducible;

use crate::annotation::segments::SegmentQuery;
use crate::annotation::suggest::LiveSuggester;
use crate::annotation::{
    compare_codebooks, import_codebook_edit, Annotated, AnnotatedDocument, Codebook,
    CodebookImportReport, Edit, History, SentenceFilter, SentenceId, ShownSentences, Workspace,
};
pub use crate::annotation::{SelectOp, Selection};
use crate::export::view::SavedView;
use crate::readout::Speaker;

/// A message shown to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// Something went wrong; shown in the alert region.
    Error(String),
    /// Something worth knowing; shown in the status line.
    Info(String),
}

/// An imported codebook that would drop labels, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingCodebook {
    /// The imported codebook.
    pub codebook: Codebook,
    /// What it would do to the labels.
    pub report: CodebookImportReport,
}

/// The user's answer to an import that would drop labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodebookChoice {
    /// Move labels of missing themes to the imported themes of the same name, then import.
    MatchByName,
    /// Import as it is; labels of missing themes go.
    Drop,
    /// Keep the current codebook.
    Cancel,
}

/// Everything the reducer can do.
#[derive(Clone, Debug)]
pub enum Action {
    /// A change to the workspace (enters history).
    Edit(Edit),
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Parse a pasted or dropped text and add it as a new document, then open it.
    Annotate(String),
    /// Replace the workspace with an imported one (undoable).
    Import(Box<Workspace>),
    /// Put back the autosaved workspace at start-up (not an edit: nothing to undo), showing
    /// the document that was open when it was saved.
    Restore {
        /// The saved workspace; `None` when nothing was saved.
        workspace: Option<Box<Workspace>>,
        /// The id of the document that was on screen.
        open: Option<String>,
        /// Its filter and focused sentence, when the browser kept them.
        view: Option<SavedView>,
    },
    /// Replace the codebook with an imported one (undoable); asks first when labels would go.
    ImportCodebook(Codebook),
    /// Answer the question about a pending codebook import.
    ResolveCodebookImport(CodebookChoice),
    /// Show a truncated long sentence whole, or truncated again.
    ToggleExpanded(SentenceId),
    /// Start a new empty workspace (undoable).
    NewWorkspace,
    /// Show this document.
    Open(String),
    /// Open a document and focus one of its sentences (a search result), showing every
    /// sentence if the filter hides it.
    Reveal {
        /// The document's id.
        document: String,
        /// The sentence.
        sentence: SentenceId,
    },
    /// Remove a document (undoable).
    RemoveDocument(String),
    /// Change the selection.
    Select(SelectOp),
    /// Toggle the theme with this id on the selection (theme buttons, the theme palette).
    ToggleTheme(String),
    /// Toggle the theme that holds this shortcut key on the selection (keys 1–9).
    ToggleThemeKey(char),
    /// Remove every theme from the selection (key 0).
    ClearThemes,
    /// Accept the most confident theme suggestion for the focused sentence (Enter), when the
    /// suggestions panel is open.
    AcceptSuggestion,
    /// The suggestions panel was opened or closed.
    ShowSuggestions(bool),
    /// Change the Segments view's retrieval.
    SetSegmentQuery(SegmentQuery),
    /// Show only some sentences.
    Filter(SentenceFilter),
    /// Show a message.
    Say(Message),
    /// Hide the current message.
    Dismiss,
}

impl Action {
    /// Whether this action is the page's answer to something the user gave it: a text to
    /// annotate, a file to import, or a refusal of either.
    fn answers_an_input(&self) -> bool {
        matches!(
            self,
            Action::Annotate(_)
                | Action::Import(_)
                | Action::ImportCodebook(_)
                | Action::Say(Message::Error(_))
        )
    }
}

/// The page's state.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The documents and codebook.
    pub workspace: Workspace,
    /// Undo and redo stacks; shared, since only the reducer touches them.
    history: Rc<RefCell<History>>,
    /// The theme suggester the suggestions panel and the Enter key share, trained on first
    /// use and then following the workspace label by label.
    suggester: Rc<RefCell<Option<LiveSuggester>>>,
    /// Whether undo and redo are possible now (read by the buttons).
    pub can_undo: bool,
    /// See [`Self::can_undo`].
    pub can_redo: bool,
    /// Id of the document on screen.
    pub current: Option<String>,
    /// Selected sentences of the current document.
    pub selection: Selection,
    /// Which sentences are shown.
    pub filter: SentenceFilter,
    /// The message shown, if any.
    pub message: Option<Message>,
    /// Counts workspace changes; autosave runs when it moves.
    pub revision: u64,
    /// True until the autosaved workspace has been read (autosave waits for it).
    pub restoring: bool,
    /// A codebook import waiting for the user's answer.
    pub pending_codebook: Option<Rc<PendingCodebook>>,
    /// Long sentences of the current document shown whole.
    pub expanded: Vec<SentenceId>,
    /// Counts inputs the page has answered (a document added, a file imported or refused);
    /// shown on `<main>` so tests can tell "no message" from "no message yet".
    pub inputs_handled: u64,
    /// Whether the suggestions panel is open: Enter accepts a suggestion only while the user
    /// can see it.
    pub suggestions_shown: bool,
    /// The Segments view's retrieval, kept while other views are shown.
    pub segment_query: SegmentQuery,
}

/// Equal when a render would look the same: `use_reducer_eq` skips re-rendering an equal
/// state, so every field the page shows takes part. The workspace, history and suggester
/// are compared through `revision`, which moves whenever they change. The fields are named
/// one by one so that a new field cannot be left out unnoticed.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        let Self {
            workspace: _,
            history: _,
            suggester: _,
            can_undo,
            can_redo,
            current,
            selection,
            filter,
            message,
            revision,
            restoring,
            pending_codebook,
            expanded,
            inputs_handled,
            suggestions_shown,
            segment_query,
        } = self;
        *revision == other.revision
            && *current == other.current
            && *selection == other.selection
            && *filter == other.filter
            && *message == other.message
            && *can_undo == other.can_undo
            && *can_redo == other.can_redo
            && *restoring == other.restoring
            && *pending_codebook == other.pending_codebook
            && *expanded == other.expanded
            && *inputs_handled == other.inputs_handled
            && *suggestions_shown == other.suggestions_shown
            && *segment_query == other.segment_query
    }
}

impl AppState {
    /// A state around a workspace, showing its first document.
    pub fn new(workspace: Workspace) -> Self {
        let current = workspace.documents.first().map(|d| d.id.clone());
        Self {
            workspace,
            history: Rc::default(),
            suggester: Rc::default(),
            can_undo: false,
            can_redo: false,
            current,
            selection: Selection::default(),
            filter: SentenceFilter::All,
            message: None,
            revision: 0,
            restoring: false,
            pending_codebook: None,
            expanded: Vec::new(),
            inputs_handled: 0,
            suggestions_shown: false,
            segment_query: SegmentQuery::default(),
        }
    }

    /// The state before the autosave has been read: an empty workspace, autosave paused.
    pub fn restoring() -> Self {
        let mut state = Self::new(Workspace::new(Codebook::diplomatic_default()));
        state.restoring = true;
        state
    }

    /// Runs `read` on the shared suggester, brought up to date with the workspace first.
    pub fn with_suggester<T>(&self, read: impl FnOnce(&mut LiveSuggester) -> T) -> T {
        let mut slot = self.suggester.borrow_mut();
        let live = slot.get_or_insert_with(|| LiveSuggester::new(&self.workspace));
        live.update(&self.workspace);
        read(live)
    }

    /// The document on screen.
    pub fn current_document(&self) -> Option<&Rc<AnnotatedDocument>> {
        self.current
            .as_deref()
            .and_then(|id| self.workspace.document(id))
    }

    fn visible_ids(&self) -> Vec<SentenceId> {
        self.current_document()
            .map(|doc| {
                let shown = ShownSentences::new(&self.filter, &self.workspace.codebook);
                doc.sentences
                    .iter()
                    .filter(|s| shown.matches(s))
                    .map(|s| s.id)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Runs an edit through history; a refused edit becomes an error message.
    fn edit(&mut self, edit: Edit) {
        let result = self.history.borrow_mut().apply(&mut self.workspace, edit);
        match result {
            Ok(()) => self.after_change(),
            Err(error) => self.message = Some(Message::Error(error.to_string())),
        }
    }

    fn after_change(&mut self) {
        self.revision += 1;
        {
            let history = self.history.borrow();
            self.can_undo = history.can_undo();
            self.can_redo = history.can_redo();
        }
        if self.current_document().is_none() {
            self.current = self.workspace.documents.last().map(|d| d.id.clone());
            self.selection = Selection::default();
        }
        // Split, merge and undo can remove sentences: keep only those that still exist.
        if let Some(doc) = self.current_document().cloned() {
            self.selection.retain_existing(&doc);
        }
        if matches!(self.message, Some(Message::Error(_))) {
            self.message = None;
        }
        // A question still open speaks of the labels as they are now.
        if let Some(pending) = self.pending_codebook.take() {
            let codebook = Rc::unwrap_or_clone(pending).codebook;
            let report = compare_codebooks(&self.workspace, &codebook);
            self.pending_codebook = Some(Rc::new(PendingCodebook { codebook, report }));
        }
    }

    /// Toggles one theme on the selected sentences, or says why not.
    fn toggle_theme(&mut self, theme: &str) {
        let mut refused = None;
        self.selection_edit(|ws, doc, ids| {
            ws.toggle_theme(doc, ids, theme).unwrap_or_else(|e| {
                refused = Some(e);
                Edit::Batch(Vec::new())
            })
        });
        if let Some(error) = refused {
            self.message = Some(Message::Error(error.to_string()));
        }
    }

    /// Shows a document with its first shown sentence selected and focused, so the keys work
    /// at once. The filter stays unless it names a speaker the document does not have.
    fn show_document(&mut self, id: String) {
        self.current = Some(id);
        if let (SentenceFilter::Speaker(Speaker::Participant(p)), Some(doc)) =
            (&self.filter, self.current_document())
        {
            if doc.participant(p).is_none() {
                self.filter = SentenceFilter::All;
            }
        }
        self.selection = Selection::default();
        if let Some(first) = self.visible_ids().first() {
            self.selection.apply(SelectOp::Only(*first), &[*first]);
        }
    }

    /// Puts back a saved filter and focused sentence on the open document; a filter or a
    /// sentence the document no longer has is left out.
    fn return_to(&mut self, view: SavedView) {
        let Some(doc) = self.current_document().cloned() else {
            return;
        };
        let filter_fits = match &view.filter {
            SentenceFilter::Speaker(Speaker::Participant(p)) => doc.participant(p).is_some(),
            SentenceFilter::Theme(t) => self.workspace.codebook.contains(t),
            _ => true,
        };
        if filter_fits {
            self.filter = view.filter;
        }
        let visible = self.visible_ids();
        if let Some(focus) = view.focus.filter(|id| visible.contains(id)) {
            self.selection = Selection::default();
            self.selection.apply(SelectOp::Only(focus), &visible);
        }
    }

    fn select(&mut self, op: SelectOp) {
        let visible = self.visible_ids();
        self.selection.apply(op, &visible);
    }

    fn selection_edit(&mut self, make: impl FnOnce(&Workspace, &str, &[SentenceId]) -> Edit) {
        let Some(doc) = self.current.clone() else {
            return;
        };
        if self.selection.ids.is_empty() {
            self.message = Some(Message::Info(
                "Select one or more sentences first (click, or j/k)".into(),
            ));
            return;
        }
        let edit = make(&self.workspace, &doc, &self.selection.ids);
        // Toggling nothing (a refused edit, or clearing unlabelled sentences) is not a step.
        let changes_nothing = match &edit {
            Edit::SetThemes { changes, .. } => changes.is_empty(),
            Edit::Batch(edits) => edits.is_empty(),
            _ => false,
        };
        if !changes_nothing {
            self.edit(edit);
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        let shown = next.current.clone();
        if action.answers_an_input() {
            next.inputs_handled += 1;
        }
        match action {
            Action::Edit(edit) => next.edit(edit),
            Action::Undo | Action::Redo => {
                let result = {
                    let mut history = next.history.borrow_mut();
                    if matches!(action, Action::Undo) {
                        history.undo(&mut next.workspace)
                    } else {
                        history.redo(&mut next.workspace)
                    }
                };
                match result {
                    Ok(true) => next.after_change(),
                    Ok(false) => {}
                    Err(error) => next.message = Some(Message::Error(error.to_string())),
                }
            }
            Action::Annotate(text) => {
                // Replaces any earlier message, such as "Parsing 5.0 MB of text…".
                next.message = None;
                let id = match next.workspace.annotate(&text) {
                    Err(refusal) => {
                        next.message = Some(Message::Error(refusal.to_string()));
                        return Rc::new(next);
                    }
                    Ok(Annotated::AlreadyThere { id }) => {
                        next.message = Some(Message::Info(
                            "This text is already in the workspace: showing it".into(),
                        ));
                        id
                    }
                    Ok(Annotated::New { id, edit }) => {
                        next.edit(edit);
                        if let Some(Message::Error(why)) = &next.message {
                            next.message =
                                Some(Message::Error(format!("No document was created: {why}")));
                        }
                        id
                    }
                };
                if next.workspace.document(&id).is_some() {
                    next.show_document(id);
                }
            }
            Action::Import(workspace) => {
                let documents = workspace.documents.len();
                next.edit(Edit::ReplaceWorkspace { workspace });
                next.current = None;
                next.selection = Selection::default();
                next.filter = SentenceFilter::All;
                if let Some(first) = next.workspace.documents.first().map(|d| d.id.clone()) {
                    next.show_document(first);
                }
                next.message = Some(Message::Info(format!(
                    "Imported {documents} document{} (Undo brings back the previous work)",
                    if documents == 1 { "" } else { "s" }
                )));
            }
            Action::Restore {
                workspace,
                open,
                view,
            } => {
                next.restoring = false;
                if let Some(workspace) = workspace {
                    let workspace = workspace.merged_with_unsaved(&next.workspace);
                    let current = next.current.clone();
                    let inputs_handled = next.inputs_handled;
                    next = AppState::new(workspace);
                    next.inputs_handled = inputs_handled;
                    // A document opened while the store was read wins over the saved view.
                    if let Some(id) = current
                        .or(open)
                        .filter(|id| next.workspace.document(id).is_some())
                    {
                        next.current = Some(id);
                    }
                    if let Some(view) = view.filter(|v| next.current.as_ref() == Some(&v.document))
                    {
                        next.return_to(view);
                    }
                }
            }
            Action::ImportCodebook(codebook) => {
                let report = compare_codebooks(&next.workspace, &codebook);
                if report.drops_labels() {
                    next.pending_codebook = Some(Rc::new(PendingCodebook { codebook, report }));
                } else {
                    next.pending_codebook = None;
                    next.edit(import_codebook_edit(&next.workspace, codebook, false));
                }
            }
            Action::ResolveCodebookImport(choice) => {
                let Some(pending) = next.pending_codebook.take() else {
                    return Rc::new(next);
                };
                let pending = Rc::unwrap_or_clone(pending);
                let match_by_name = match choice {
                    CodebookChoice::Cancel => {
                        next.message = Some(Message::Info(
                            "Codebook import cancelled: nothing changed".into(),
                        ));
                        return Rc::new(next);
                    }
                    CodebookChoice::MatchByName => true,
                    CodebookChoice::Drop => false,
                };
                let edit = import_codebook_edit(&next.workspace, pending.codebook, match_by_name);
                next.edit(edit);
                next.message = Some(Message::Info(
                    "Codebook imported (Undo brings back the previous codebook and labels)".into(),
                ));
            }
            Action::ToggleExpanded(id) => match next.expanded.iter().position(|e| *e == id) {
                Some(at) => {
                    next.expanded.remove(at);
                }
                None => next.expanded.push(id),
            },
            Action::NewWorkspace => {
                let fresh = Workspace::new(Codebook::diplomatic_default());
                next.edit(Edit::ReplaceWorkspace {
                    workspace: Box::new(fresh),
                });
                next.current = None;
                next.selection = Selection::default();
                next.message = Some(Message::Info(
                    "Started a new workspace (Undo brings back the previous one)".into(),
                ));
            }
            Action::Open(id) => {
                if next.current.as_deref() != Some(&id) {
                    next.show_document(id);
                }
            }
            Action::Reveal { document, sentence } => {
                if next.workspace.document(&document).is_some() {
                    if next.current.as_deref() != Some(&document) {
                        next.show_document(document);
                    }
                    if !next.visible_ids().contains(&sentence) {
                        next.filter = SentenceFilter::All;
                    }
                    let visible = next.visible_ids();
                    if visible.contains(&sentence) {
                        next.selection = Selection::default();
                        next.selection.apply(SelectOp::Only(sentence), &visible);
                    }
                }
            }
            Action::RemoveDocument(id) => {
                next.edit(Edit::RemoveDocument { id });
            }
            Action::Select(op) => next.select(op),
            Action::ToggleThemeKey(key) => match next.workspace.codebook.theme_for_key(key) {
                Some(theme) => {
                    let theme = theme.id.clone();
                    next.toggle_theme(&theme);
                }
                None => next.message = Some(Message::Info(format!("No theme has key {key}"))),
            },
            Action::ToggleTheme(theme) => next.toggle_theme(&theme),
            Action::ClearThemes => {
                let mut refused = None;
                next.selection_edit(|ws, doc, ids| {
                    ws.clear_themes(doc, ids).unwrap_or_else(|e| {
                        refused = Some(e);
                        Edit::Batch(Vec::new())
                    })
                });
                if let Some(error) = refused {
                    next.message = Some(Message::Error(error.to_string()));
                }
            }
            Action::AcceptSuggestion => {
                let (Some(doc), Some(id), true) = (
                    next.current.clone(),
                    next.selection.focus,
                    next.suggestions_shown,
                ) else {
                    return Rc::new(next);
                };
                let workspace = next.workspace.clone();
                let position = next
                    .current_document()
                    .and_then(|d| d.sentences.iter().position(|s| s.id == id))
                    .map_or(0, |i| i + 1);
                match next.with_suggester(|live| live.accept_top(&workspace, &doc, id)) {
                    Some((theme, edit)) => {
                        next.edit(edit);
                        let name = next
                            .workspace
                            .codebook
                            .get(&theme)
                            .map_or(theme.clone(), |t| t.name.clone());
                        next.message = Some(Message::Info(format!(
                            "Applied the suggested theme “{name}” to sentence {position} (Undo takes it back)"
                        )));
                    }
                    None => {
                        next.message = Some(Message::Info(
                            "No theme suggestion for this sentence".into(),
                        ))
                    }
                }
            }
            Action::ShowSuggestions(shown) => next.suggestions_shown = shown,
            Action::SetSegmentQuery(query) => next.segment_query = query,
            Action::Filter(filter) => {
                next.filter = filter;
                let visible = next.visible_ids();
                next.selection.retain_visible(&visible);
            }
            Action::Say(message) => next.message = Some(message),
            Action::Dismiss => next.message = None,
        }
        // Sentence ids belong to one document: another document starts truncated.
        if next.current != shown {
            next.expanded.clear();
        }
        Rc::new(next)
    }
}

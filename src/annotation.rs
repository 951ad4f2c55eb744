//! Codebook, annotated documents, edits (the undo log) and the workspace.

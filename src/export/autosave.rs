//! What the page's autosave store holds, and how a load decides what to restore from it.
//!
//! The store is a set of records: `order` (the document ids as a JSON list), `codebook` (a
//! codebook file), `open` (the id of the document on screen), and per document `text:<id>`
//! (its text) and `doc:<id>` (its [`DocumentSnapshot`], versioned). Restoring is decided record by record, so one damaged record costs
//! that record only: every intact document comes back, a damaged one is *set aside* — its raw
//! records moved, never rewritten, to a store of their own and offered as a download — and a
//! damaged `order` is rebuilt from the documents present. The page only reads and writes the
//! records; every decision is here, where it is tested natively.

use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::json::{export_codebook, import_codebook};
use crate::annotation::{AnnotatedDocument, Codebook, Workspace};

mod legacy;
mod snapshot;

pub use snapshot::{DocumentSnapshot, VERSION as SNAPSHOT_VERSION};

/// Key of the record listing the documents in order.
pub const ORDER_KEY: &str = "order";
/// Key of the codebook record.
pub const CODEBOOK_KEY: &str = "codebook";
/// Key of the record naming the document on screen, so a reload shows the same one.
pub const OPEN_KEY: &str = "open";
const TEXT_PREFIX: &str = "text:";
const SNAPSHOT_PREFIX: &str = "doc:";

/// Key of a document's text record.
pub fn text_key(id: &str) -> String {
    format!("{TEXT_PREFIX}{id}")
}

/// Key of a document's snapshot record.
pub fn snapshot_key(id: &str) -> String {
    format!("{SNAPSHOT_PREFIX}{id}")
}

/// One stored value as read back. The page writes only strings; anything else was written by
/// someone else and is kept as a description (its JSON, when it has one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum StoredValue {
    /// A string, as the page writes them.
    Text(String),
    /// Not a string: what is known of it.
    NotText {
        /// The value as JSON, or its type when it has no JSON.
        not_text: String,
    },
}

/// A damaged record (or a document's damaged records), kept apart with what is known of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    /// The document it belonged to; `None` for the order or the codebook.
    pub document: Option<String>,
    /// The document's title, when the snapshot still says it.
    pub title: Option<String>,
    /// Why it could not be restored.
    pub reason: String,
    /// The raw records, by key, exactly as they were stored.
    pub records: BTreeMap<String, StoredValue>,
}

impl SetAside {
    /// The set-aside entry as stored (JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// What a load restores from the store, and what it sets aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// The intact documents, with the saved codebook (or the default one when it was damaged).
    pub workspace: Workspace,
    /// Damaged records, to move out of the way and offer as a download.
    pub set_aside: Vec<SetAside>,
    /// Ids the order listed that have no record at all.
    pub missing: Vec<String>,
    /// The document that was on screen, when it was restored. A missing or unknown `open`
    /// record costs nothing but the view: the first document is shown instead.
    pub open: Option<String>,
    /// Documents restored from a record in an earlier autosave version: their records are
    /// written again in the current one.
    pub migrated: Vec<String>,
    /// True when the store's `order` or `codebook` no longer says what was restored, or a
    /// record is in an earlier version, and must be written again (in the same transaction
    /// that moves the damaged records away).
    pub rewrite: bool,
    order_rebuilt: bool,
    codebook_replaced: bool,
}

impl Restored {
    /// The records to write back when [`Self::rewrite`] is set: `(key, value)`. The order
    /// and the codebook come first, then each migrated document's snapshot.
    pub fn rewritten_records(&self) -> Vec<(String, String)> {
        let order: Vec<&str> = self
            .workspace
            .documents
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        let mut records = vec![
            (
                ORDER_KEY.to_owned(),
                serde_json::to_string(&order).unwrap_or_default(),
            ),
            (
                CODEBOOK_KEY.to_owned(),
                export_codebook(&self.workspace.codebook),
            ),
        ];
        for id in &self.migrated {
            if let Some(doc) = self.workspace.document(id) {
                records.push((snapshot_key(id), DocumentSnapshot::to_json(doc)));
            }
        }
        records
    }

    /// Documents set aside (not counting a damaged order or codebook).
    pub fn documents_set_aside(&self) -> usize {
        self.set_aside
            .iter()
            .filter(|s| s.document.is_some())
            .count()
    }

    /// What to tell the user, when anything was not restored as saved.
    pub fn summary(&self) -> Option<String> {
        if self.set_aside.is_empty() && self.missing.is_empty() {
            return None;
        }
        let restored = self.workspace.documents.len();
        let aside = self.documents_set_aside();
        let mut parts = vec![format!(
            "Restored {restored} document{}; {aside} damaged document{} set aside",
            plural(restored),
            plural(aside),
        )];
        if self.order_rebuilt {
            parts.push(
                "the list of documents was damaged and was rebuilt from the documents stored"
                    .into(),
            );
        }
        if self.codebook_replaced {
            parts.push("the codebook was damaged, so the default codebook is in use".into());
        }
        if !self.missing.is_empty() {
            parts.push(format!(
                "{} listed document{} had nothing stored",
                self.missing.len(),
                plural(self.missing.len())
            ));
        }
        let kept = if self.set_aside.is_empty() {
            ""
        } else {
            " The damaged records are kept in this browser: download them to see what was saved."
        };
        Some(format!("{}.{kept}", parts.join("; ")))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Decides what to restore from the store's records (every key and value of the workspace
/// store). `None` when nothing was ever saved.
pub fn restore_records(records: &BTreeMap<String, StoredValue>) -> Option<Restored> {
    if records.is_empty() {
        return None;
    }
    let mut set_aside = Vec::new();
    let keep_aside = |key: &str, reason: String| SetAside {
        document: None,
        title: None,
        reason,
        records: records
            .get_key_value(key)
            .map(|(k, v)| (k.clone(), v.clone()))
            .into_iter()
            .collect(),
    };

    let (codebook, codebook_replaced) = match records.get(CODEBOOK_KEY) {
        Some(StoredValue::Text(json)) => match import_codebook(json) {
            Ok(codebook) => (codebook, false),
            Err(error) => {
                set_aside.push(keep_aside(
                    CODEBOOK_KEY,
                    format!("the codebook is damaged: {error}"),
                ));
                (Codebook::diplomatic_default(), true)
            }
        },
        Some(StoredValue::NotText { .. }) => {
            set_aside.push(keep_aside(CODEBOOK_KEY, "the codebook is not text".into()));
            (Codebook::diplomatic_default(), true)
        }
        None => (Codebook::diplomatic_default(), false),
    };

    let listed: Option<Vec<String>> = match records.get(ORDER_KEY) {
        Some(StoredValue::Text(json)) => match serde_json::from_str::<Vec<String>>(json) {
            Ok(order) => Some(order),
            Err(error) => {
                set_aside.push(keep_aside(
                    ORDER_KEY,
                    format!("the list of documents is damaged: {error}"),
                ));
                None
            }
        },
        Some(StoredValue::NotText { .. }) => {
            set_aside.push(keep_aside(
                ORDER_KEY,
                "the list of documents is not text".into(),
            ));
            None
        }
        None => None,
    };
    let order_damaged = listed.is_none() && records.contains_key(ORDER_KEY);

    // Listed documents first, in their order; then any document whose records are present
    // but which the order does not list (a damaged order, or an order written without it).
    let mut ids: Vec<(String, bool)> = Vec::new();
    let mut seen = HashSet::new();
    for id in listed.iter().flatten() {
        if seen.insert(id.clone()) {
            ids.push((id.clone(), true));
        }
    }
    for key in records.keys() {
        let id = key
            .strip_prefix(SNAPSHOT_PREFIX)
            .or_else(|| key.strip_prefix(TEXT_PREFIX));
        if let Some(id) = id {
            if seen.insert(id.to_owned()) {
                ids.push((id.to_owned(), false));
            }
        }
    }

    let mut workspace = Workspace::new(codebook);
    let mut unlisted: Vec<Rc<AnnotatedDocument>> = Vec::new();
    let mut missing = Vec::new();
    let mut migrated = Vec::new();
    for (id, is_listed) in ids {
        let (text_at, snapshot_at) = (text_key(&id), snapshot_key(&id));
        let text = records.get(&text_at);
        let snapshot = records.get(&snapshot_at);
        if text.is_none() && snapshot.is_none() {
            missing.push(id);
            continue;
        }
        match restore_document(&id, text, snapshot, &workspace.codebook) {
            Ok((document, earlier)) => {
                if earlier {
                    migrated.push(id);
                }
                if is_listed {
                    workspace.documents.push(Rc::new(document));
                } else {
                    unlisted.push(Rc::new(document));
                }
            }
            Err(reason) => set_aside.push(SetAside {
                title: title_of(snapshot),
                document: Some(id),
                reason,
                records: [(text_at, text), (snapshot_at, snapshot)]
                    .into_iter()
                    .filter_map(|(key, value)| Some((key, value?.clone())))
                    .collect(),
            }),
        }
    }
    // Documents recovered without an order: by date, then title, so the list reads sensibly.
    unlisted.sort_by(|a, b| (&a.date, &a.title, &a.id).cmp(&(&b.date, &b.title, &b.id)));
    let recovered = !unlisted.is_empty();
    workspace.documents.extend(unlisted);

    let rewrite = !set_aside.is_empty()
        || !missing.is_empty()
        || !migrated.is_empty()
        || recovered
        || (listed.is_none() && !workspace.documents.is_empty());
    let open = match records.get(OPEN_KEY) {
        Some(StoredValue::Text(id)) if workspace.document(id).is_some() => Some(id.clone()),
        _ => None,
    };
    Some(Restored {
        workspace,
        set_aside,
        missing,
        open,
        migrated,
        rewrite,
        order_rebuilt: order_damaged,
        codebook_replaced,
    })
}

/// Restores one document from its two records, saying whether its snapshot was in an earlier
/// version, or says why it cannot be restored.
fn restore_document(
    id: &str,
    text: Option<&StoredValue>,
    snapshot: Option<&StoredValue>,
    codebook: &Codebook,
) -> Result<(AnnotatedDocument, bool), String> {
    let text = match text {
        Some(StoredValue::Text(text)) => text,
        Some(StoredValue::NotText { .. }) => return Err("its text is not text".into()),
        None => return Err("its text is missing".into()),
    };
    let snapshot = match snapshot {
        Some(StoredValue::Text(snapshot)) => snapshot,
        Some(StoredValue::NotText { .. }) => return Err("its saved labels are not text".into()),
        None => return Err("its saved labels are missing".into()),
    };
    let (document, earlier) = DocumentSnapshot::read(snapshot, Rc::from(text.as_str()), codebook)
        .map_err(|e| e.message().to_owned())?;
    if document.id != id {
        return Err(format!(
            "its saved labels belong to another document ({:?})",
            document.id
        ));
    }
    Ok((document, earlier))
}

/// The title a damaged snapshot still states, if it parses that far.
fn title_of(snapshot: Option<&StoredValue>) -> Option<String> {
    let Some(StoredValue::Text(json)) = snapshot else {
        return None;
    };
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    value.get("title")?.as_str().map(str::to_owned)
}

/// The download offered for set-aside records: every entry kept (as stored, parsed back when
/// it parses, else as the raw string), in one JSON file.
pub fn set_aside_file(stored: &[String]) -> String {
    let entries: Vec<serde_json::Value> = stored
        .iter()
        .map(|raw| {
            serde_json::from_str(raw).unwrap_or_else(|_| serde_json::Value::String(raw.clone()))
        })
        .collect();
    let file = serde_json::json!({
        "about": "Records of the Readout Annotator's autosave that could not be restored, kept as they were stored. `records` holds each raw value by its storage key: `text:<id>` is a document's text, `doc:<id>` its labels.",
        "set_aside": entries,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

#[cfg(test)]
mod tests;

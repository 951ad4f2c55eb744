//! Autosave in IndexedDB: the browser store that scales to a year of readouts (localStorage
//! holds about 5 MB and blocks while it writes).
//!
//! The store keeps the codebook, the document order, each document's text once (`text:<id>`)
//! and a compact snapshot per document (`doc:<id>`), rewritten only when that document
//! changed. Every save is one transaction, so a crash mid-save leaves the previous save whole.
//! A `BroadcastChannel` tells other tabs of the same page that a save happened, so two tabs
//! never silently overwrite each other.

use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

use crate::annotation::{AnnotatedDocument, Workspace};
use crate::export::{self, DocumentSnapshot};

const DATABASE: &str = "readout-annotator";
const STORE: &str = "workspace";
/// Name of the channel on which tabs announce their saves.
pub const CHANNEL: &str = "readout-annotator";

/// Turns a request's success or error event into a future.
async fn finished(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise)
        .await
        .map_err(|_| describe(request.error().ok().flatten()))?;
    request
        .result()
        .map_err(|_| "browser storage returned nothing".to_owned())
}

/// Says what went wrong in words a user can act on.
fn describe(error: Option<web_sys::DomException>) -> String {
    match error.map(|e| e.name()) {
        Some(name) if name == "QuotaExceededError" => {
            "browser storage is full: your work is kept in this tab only — download the JSON to keep it".to_owned()
        }
        Some(name) => format!(
            "browser storage failed ({name}): your work is kept in this tab only — download the JSON to keep it"
        ),
        None => "browser storage failed: your work is kept in this tab only — download the JSON to keep it".to_owned(),
    }
}

/// What the user reads when the browser offers no storage.
pub const UNAVAILABLE: &str = "browser storage is unavailable (private mode or site settings), so autosave is off: download the JSON to keep your work";

/// Opens (creating on first use) the page's database.
pub async fn open() -> Result<IdbDatabase, String> {
    let unavailable = || UNAVAILABLE.to_owned();
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(unavailable)?;
    let request = factory
        .open_with_u32(DATABASE, 1)
        .map_err(|_| unavailable())?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            let _ = database.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let result = finished(&request).await;
    drop(upgrade);
    result?.dyn_into::<IdbDatabase>().map_err(|_| unavailable())
}

async fn get(database: &IdbDatabase, key: &str) -> Result<Option<String>, String> {
    let store = database
        .transaction_with_str(STORE)
        .and_then(|t| t.object_store(STORE))
        .map_err(|_| "browser storage could not be read".to_owned())?;
    let request = store
        .get(&JsValue::from_str(key))
        .map_err(|_| "browser storage could not be read".to_owned())?;
    Ok(finished(&request).await?.as_string())
}

/// Loads the saved workspace; `Ok(None)` when nothing was saved yet.
pub async fn load(database: &IdbDatabase) -> Result<Option<Workspace>, String> {
    let Some(order) = get(database, "order").await? else {
        return Ok(None);
    };
    let unreadable = |why: String| format!("the autosaved workspace could not be restored ({why})");
    let order: Vec<String> = serde_json::from_str(&order).map_err(|e| unreadable(e.to_string()))?;
    let codebook = get(database, "codebook")
        .await?
        .ok_or_else(|| unreadable("its codebook is missing".into()))?;
    let codebook = export::import_codebook(&codebook).map_err(|e| unreadable(e.to_string()))?;
    let mut workspace = Workspace::new(codebook);
    for id in order {
        let text = get(database, &format!("text:{id}")).await?;
        let snapshot = get(database, &format!("doc:{id}")).await?;
        let (Some(text), Some(snapshot)) = (text, snapshot) else {
            return Err(unreadable(format!("document {id} is missing")));
        };
        let document = DocumentSnapshot::restore(&snapshot, Rc::from(text), &workspace.codebook)
            .map_err(|e| unreadable(e.to_string()))?;
        workspace.documents.push(Rc::new(document));
    }
    Ok(Some(workspace))
}

/// What was written last, by document id, so unchanged documents are not written again.
#[derive(Debug, Default)]
pub struct Saved {
    documents: HashMap<String, Rc<AnnotatedDocument>>,
}

impl Saved {
    /// Remembers a workspace just loaded from the store.
    pub fn of(workspace: &Workspace) -> Self {
        Self {
            documents: workspace
                .documents
                .iter()
                .map(|d| (d.id.clone(), Rc::clone(d)))
                .collect(),
        }
    }
}

/// Saves the workspace in one transaction, writing only the documents that changed since
/// `saved`, and updates `saved` once the transaction has committed.
pub async fn save(
    database: &IdbDatabase,
    workspace: &Workspace,
    saved: &mut Saved,
) -> Result<(), String> {
    let failed = |_| {
        "browser storage refused to save: your work is kept in this tab only — download the JSON to keep it".to_owned()
    };
    let transaction = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(failed)?;
    let store = transaction.object_store(STORE).map_err(failed)?;
    let put = |key: &str, value: &str| {
        store
            .put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))
            .map(drop)
            .map_err(failed)
    };
    let order: Vec<&str> = workspace.documents.iter().map(|d| d.id.as_str()).collect();
    put("order", &serde_json::to_string(&order).unwrap_or_default())?;
    put("codebook", &export::export_codebook(&workspace.codebook))?;
    for doc in &workspace.documents {
        match saved.documents.get(&doc.id) {
            Some(previous) if Rc::ptr_eq(previous, doc) => {}
            Some(_) => put(&format!("doc:{}", doc.id), &DocumentSnapshot::to_json(doc))?,
            None => {
                put(&format!("text:{}", doc.id), &doc.text)?;
                put(&format!("doc:{}", doc.id), &DocumentSnapshot::to_json(doc))?;
            }
        }
    }
    for gone in saved
        .documents
        .keys()
        .filter(|id| workspace.document(id).is_none())
    {
        for key in [format!("text:{gone}"), format!("doc:{gone}")] {
            store.delete(&JsValue::from_str(&key)).map_err(failed)?;
        }
    }
    let done = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    JsFuture::from(done)
        .await
        .map_err(|_| describe(transaction.error()))?;
    *saved = Saved::of(workspace);
    Ok(())
}

/// Tells the other tabs of this page that this tab saved.
pub fn announce_save(tab: &str) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&Array::of1(&JsValue::from_str(tab)));
        channel.close();
    }
}

/// A random id for this tab, to tell its own announcements from others'.
pub fn tab_id() -> String {
    format!("{:x}", (js_sys::Math::random() * 1e15) as u64)
}

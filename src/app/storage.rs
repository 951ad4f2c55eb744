//! Autosave in IndexedDB: the browser store that scales to a year of readouts (localStorage
//! holds about 5 MB and blocks while it writes).
//!
//! The store keeps the codebook, the document order, each document's text once (`text:<id>`)
//! and a compact snapshot per document (`doc:<id>`), rewritten only when that document
//! changed (see [`crate::export::autosave`], which decides what a load restores). Every save
//! is one transaction, so a crash mid-save leaves the previous save whole. Records that cannot
//! be restored move to a second store, `set-aside`, which saves never touch. A
//! `BroadcastChannel` tells other tabs of the same page that a save happened, so two tabs
//! never silently overwrite each other.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::annotation::{AnnotatedDocument, Workspace};
use crate::export::autosave::{
    restore_records, snapshot_key, text_key, Restored, StoredValue, CODEBOOK_KEY, OPEN_KEY,
    ORDER_KEY,
};
use crate::export::{self, DocumentSnapshot};

const DATABASE: &str = "readout-annotator";
/// Version 2 added the `set-aside` store.
const VERSION: u32 = 2;
const STORE: &str = "workspace";
const SET_ASIDE: &str = "set-aside";
/// Name of the channel on which tabs announce their saves.
const CHANNEL: &str = "readout-annotator";

/// What the user reads when another page deleted or upgraded the database under this one.
pub const LOST: &str = "Storage was cleared by another page; your work is still here — download it";

thread_local! {
    /// Set by the panic hook: no save starts after a panic, whose state may be half-changed.
    static PANICKED: Cell<bool> = const { Cell::new(false) };
    /// The save transaction whose writes are being queued, so a panic between two writes
    /// aborts it instead of letting half a save commit.
    static QUEUING: RefCell<Option<IdbTransaction>> = const { RefCell::new(None) };
    /// The last workspace shown and not yet saved, with the database to save it in: what the
    /// panic hook writes so that work up to the last change survives.
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

/// A workspace shown but not saved yet.
pub struct Pending {
    /// Its revision (see `AppState::revision`).
    pub revision: u64,
    /// Where it is to be saved.
    pub database: Rc<IdbDatabase>,
    /// The workspace.
    pub workspace: Workspace,
    /// The id of the document on screen.
    pub open: Option<String>,
    /// What the store holds already.
    pub saved: Rc<RefCell<Saved>>,
}

/// Remembers the latest workspace as not saved yet.
pub fn set_pending(pending: Pending) {
    PENDING.with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            *p = Some(pending);
        }
    });
}

/// Forgets the pending workspace once a save of it (or of something newer) has committed.
fn saved_up_to(revision: u64) {
    PENDING.with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            if p.as_ref()
                .is_some_and(|pending| pending.revision <= revision)
            {
                *p = None;
            }
        }
    });
}

/// Called by the panic hook, before the page stops: aborts a save whose writes were being
/// queued when the panic struck (the previous save stays whole), stops every later save, and
/// queues a full save of the last workspace shown if it was not saved yet. IndexedDB commits
/// that transaction after the WebAssembly has stopped, since its writes are already queued.
pub fn on_panic() {
    if PANICKED.with(|p| p.replace(true)) {
        return;
    }
    let interrupted = QUEUING.with(|q| q.try_borrow_mut().ok().and_then(|mut q| q.take()));
    if let Some(transaction) = interrupted {
        let _ = transaction.abort();
    }
    let pending = PENDING.with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.take()));
    if let Some(pending) = pending {
        // A save in flight has lent out what it had saved: then everything is written again.
        let empty = RefCell::new(Saved::default());
        let saved = pending
            .saved
            .try_borrow()
            .unwrap_or_else(|_| empty.borrow());
        let _ = queue_save(
            &pending.database,
            &pending.workspace,
            pending.open.as_deref(),
            &saved,
        );
    }
}

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

/// Opens (creating or upgrading on first use) the page's database. `on_lost` runs once if
/// another page deletes or upgrades the database, or the browser closes it: the connection is
/// closed by then, so the other page is not blocked, and this page must stop saving.
pub async fn open(on_lost: impl Fn() + 'static) -> Result<Rc<IdbDatabase>, String> {
    let unavailable = || UNAVAILABLE.to_owned();
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(unavailable)?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|_| unavailable())?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            // Creating a store that exists fails harmlessly: each version adds what it lacks.
            let _ = database.create_object_store(STORE);
            let _ = database.create_object_store(SET_ASIDE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let opened = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
        // An older tab of this page holds version 1 open and does not let go.
        request.set_onblocked(Some(&reject));
    });
    let result = JsFuture::from(opened).await;
    drop(upgrade);
    if let Err(event) = result {
        let blocked = event
            .dyn_ref::<web_sys::Event>()
            .is_some_and(|e| e.type_() == "blocked");
        return Err(if blocked {
            "browser storage is held by an older tab of this page: close it and reload; until then autosave is off here".to_owned()
        } else {
            describe(request.error().ok().flatten())
        });
    }
    let database: IdbDatabase = request
        .result()
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or_else(unavailable)?;
    let database = Rc::new(database);
    let lost = {
        let database = Rc::clone(&database);
        let reported = Cell::new(false);
        Closure::<dyn Fn()>::new(move || {
            database.close();
            if !reported.replace(true) {
                on_lost();
            }
        })
    };
    database.set_onversionchange(Some(lost.as_ref().unchecked_ref()));
    database.set_onclose(Some(lost.as_ref().unchecked_ref()));
    // The handlers live as long as the page.
    lost.forget();
    Ok(database)
}

/// Asks the browser to keep this origin's storage under pressure. Resolves to whether it
/// agreed; `None` when the browser cannot say.
pub async fn ask_persistent() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let granted = JsFuture::from(storage.persist().ok()?).await.ok()?;
    granted.as_bool()
}

/// Reads every `(key, value)` of a store, keys that are not strings left out (the page writes
/// none).
async fn read_all(store: &IdbObjectStore) -> Result<Vec<(String, JsValue)>, String> {
    let unreadable = |_| "browser storage could not be read".to_owned();
    let keys = store.get_all_keys().map_err(unreadable)?;
    let values = store.get_all().map_err(unreadable)?;
    let keys = Array::from(&finished(&keys).await?);
    let values = Array::from(&finished(&values).await?);
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| Some((key.as_string()?, value)))
        .collect())
}

/// A stored value as the core reads it: strings as they are, anything else described.
fn stored_value(value: JsValue) -> StoredValue {
    match value.as_string() {
        Some(text) => StoredValue::Text(text),
        None => StoredValue::NotText {
            not_text: js_sys::JSON::stringify(&value)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_else(|| format!("a value of type {:?}", value.js_typeof())),
        },
    }
}

/// What a load found.
#[derive(Debug, Default)]
pub struct Loaded {
    /// What was restored and set aside; `None` when nothing was saved yet.
    pub restored: Option<Restored>,
    /// Every entry of the set-aside store (this load's and earlier ones'), as stored.
    pub set_aside: Vec<String>,
    /// Set when damaged records could not be moved aside (they stay where they were).
    pub problem: Option<String>,
}

/// Loads the saved workspace, record by record: intact documents are restored, damaged
/// records are moved to the set-aside store (in one transaction that also writes the repaired
/// order and codebook), and every set-aside entry is read back to offer as a download.
pub async fn load(database: &IdbDatabase) -> Result<Loaded, String> {
    let store = database
        .transaction_with_str(STORE)
        .and_then(|t| t.object_store(STORE))
        .map_err(|_| "browser storage could not be read".to_owned())?;
    let records: BTreeMap<String, StoredValue> = read_all(&store)
        .await?
        .into_iter()
        .map(|(key, value)| (key, stored_value(value)))
        .collect();
    let restored = restore_records(&records);
    let mut loaded = Loaded::default();
    if let Some(restored) = restored.as_ref().filter(|r| r.rewrite) {
        if let Err(error) = repair(database, restored).await {
            loaded.problem = Some(format!(
                "the damaged records could not be moved aside, so they stay where they were ({error})"
            ));
        }
    }
    let aside = database
        .transaction_with_str(SET_ASIDE)
        .and_then(|t| t.object_store(SET_ASIDE))
        .map_err(|_| "browser storage could not be read".to_owned())?;
    loaded.set_aside = read_all(&aside)
        .await?
        .into_iter()
        .filter_map(|(_, value)| value.as_string())
        .collect();
    if loaded.problem.is_some() {
        // Not moved, so not in the set-aside store: offered all the same.
        let found = restored.iter().flat_map(|r| &r.set_aside);
        loaded.set_aside.extend(found.map(|entry| entry.to_json()));
    }
    loaded.restored = restored;
    Ok(loaded)
}

/// Moves the damaged records to the set-aside store and writes the repaired order and
/// codebook, all in one transaction: either everything moves or nothing does.
async fn repair(database: &IdbDatabase, restored: &Restored) -> Result<(), String> {
    let failed = |_| "browser storage refused the change".to_owned();
    let stores = Array::of2(&JsValue::from_str(STORE), &JsValue::from_str(SET_ASIDE));
    let transaction = database
        .transaction_with_str_sequence_and_mode(&stores, IdbTransactionMode::Readwrite)
        .map_err(failed)?;
    let store = transaction.object_store(STORE).map_err(failed)?;
    let aside = transaction.object_store(SET_ASIDE).map_err(failed)?;
    let stamp = String::from(js_sys::Date::new_0().to_iso_string());
    let tab = tab_id();
    for (n, entry) in restored.set_aside.iter().enumerate() {
        let key = format!("{stamp} {tab} {n}");
        aside
            .add_with_key(
                &JsValue::from_str(&entry.to_json()),
                &JsValue::from_str(&key),
            )
            .map_err(failed)?;
        for record in entry.records.keys() {
            store.delete(&JsValue::from_str(record)).map_err(failed)?;
        }
    }
    for (key, value) in restored.rewritten_records() {
        store
            .put_with_key(&JsValue::from_str(&value), &JsValue::from_str(&key))
            .map_err(failed)?;
    }
    committed(&transaction).await
}

/// Waits for a transaction to commit.
async fn committed(transaction: &IdbTransaction) -> Result<(), String> {
    let done = Promise::new(&mut |resolve, reject| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    });
    JsFuture::from(done)
        .await
        .map(drop)
        .map_err(|_| describe(transaction.error()))
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

/// Saves the workspace (at `revision`) and the id of the document on screen in one
/// transaction, writing only the documents that changed since `saved`, and updates `saved`
/// once the transaction has committed.
pub async fn save(
    database: &IdbDatabase,
    workspace: &Workspace,
    open: Option<&str>,
    revision: u64,
    saved: &mut Saved,
) -> Result<(), String> {
    if PANICKED.with(Cell::get) {
        return Err("the page stopped after an error: reload it".to_owned());
    }
    let transaction = queue_save(database, workspace, open, saved)?;
    committed(&transaction).await?;
    *saved = Saved::of(workspace);
    saved_up_to(revision);
    Ok(())
}

/// Creates the save transaction and queues its writes; IndexedDB commits it once they are
/// done. While the writes are queued the transaction is known to the panic hook.
fn queue_save(
    database: &IdbDatabase,
    workspace: &Workspace,
    open: Option<&str>,
    saved: &Saved,
) -> Result<IdbTransaction, String> {
    let failed = |_| {
        "browser storage refused to save: your work is kept in this tab only — download the JSON to keep it".to_owned()
    };
    let transaction = database
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(failed)?;
    QUEUING.with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            *q = Some(transaction.clone());
        }
    });
    let queued = queue_writes(&transaction, workspace, open, saved).map_err(failed);
    QUEUING.with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            *q = None;
        }
    });
    if queued.is_err() {
        let _ = transaction.abort();
    }
    queued.map(|()| transaction)
}

fn queue_writes(
    transaction: &IdbTransaction,
    workspace: &Workspace,
    open: Option<&str>,
    saved: &Saved,
) -> Result<(), JsValue> {
    let store = transaction.object_store(STORE)?;
    let put = |key: &str, value: &str| {
        store
            .put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))
            .map(drop)
    };
    let order: Vec<&str> = workspace.documents.iter().map(|d| d.id.as_str()).collect();
    put(
        ORDER_KEY,
        &serde_json::to_string(&order).unwrap_or_default(),
    )?;
    put(CODEBOOK_KEY, &export::export_codebook(&workspace.codebook))?;
    match open {
        Some(id) => put(OPEN_KEY, id)?,
        None => store.delete(&JsValue::from_str(OPEN_KEY)).map(drop)?,
    }
    for doc in &workspace.documents {
        match saved.documents.get(&doc.id) {
            Some(previous) if Rc::ptr_eq(previous, doc) => {}
            Some(_) => put(&snapshot_key(&doc.id), &DocumentSnapshot::to_json(doc))?,
            None => {
                put(&text_key(&doc.id), &doc.text)?;
                put(&snapshot_key(&doc.id), &DocumentSnapshot::to_json(doc))?;
            }
        }
    }
    for gone in saved
        .documents
        .keys()
        .filter(|id| workspace.document(id).is_none())
    {
        for key in [text_key(gone), snapshot_key(gone)] {
            store.delete(&JsValue::from_str(&key))?;
        }
    }
    Ok(())
}

/// Tells the other tabs of this page that this tab saved.
pub fn announce_save(tab: &str) {
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = channel.post_message(&Array::of1(&JsValue::from_str(tab)));
        channel.close();
    }
}

/// Listens to the other tabs' save announcements until dropped.
pub struct SaveWatch {
    channel: web_sys::BroadcastChannel,
    listener: Option<gloo::events::EventListener>,
}

impl Drop for SaveWatch {
    fn drop(&mut self) {
        self.listener.take();
        self.channel.close();
    }
}

/// Calls `on_other_save` each time a tab other than `tab` announces a save (see
/// [`announce_save`]); `None` when the browser offers no channel.
pub fn watch_saves(tab: String, on_other_save: impl Fn() + 'static) -> Option<SaveWatch> {
    let channel = web_sys::BroadcastChannel::new(CHANNEL).ok()?;
    let listener = gloo::events::EventListener::new(&channel, "message", move |event| {
        let sender = event
            .dyn_ref::<web_sys::MessageEvent>()
            .map(|m| Array::from(&m.data()).get(0))
            .and_then(|v| v.as_string());
        if sender.is_some_and(|sender| sender != tab) {
            on_other_save();
        }
    });
    Some(SaveWatch {
        channel,
        listener: Some(listener),
    })
}

/// A random id for this tab, to tell its own announcements from others'.
pub fn tab_id() -> String {
    format!("{:x}", (js_sys::Math::random() * 1e15) as u64)
}

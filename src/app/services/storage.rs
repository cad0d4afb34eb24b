//! IndexedDB, as autosave uses it: string records by key in one object store ("projects" in
//! database "claimlens" v1), read in read-only transactions, written in transactions whose
//! commit is awaited.
//!
//! What the records hold and in which order they are written is autosave's business
//! (services/autosave.rs). Failures come back as messages naming the browser's error
//! (`QuotaExceededError`, `InvalidStateError`, ...), which the page shows in red.
//!
//! One connection is kept per page, so that writes keep their order. It is dropped, and the
//! next call opens a new one, when the browser closes it (site data cleared: `close`), when
//! another page wants to delete or upgrade the database (`versionchange`: this page lets go
//! at once instead of blocking it), or when a transaction cannot start on it; the function
//! given to [`on_connection_lost`] hears of the first two, since the records may be gone.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
};

use super::timing::{measure, now, yield_to_the_page};

/// About how long one task copies stored records before it lets the page paint.
const READ_SLICE_MS: f64 = 25.0;

/// Records asked for in one transaction (asking costs about 20 µs a record in Chromium).
const READ_BATCH: usize = 500;

const DB_NAME: &str = "claimlens";
const STORE: &str = "projects";

/// What hears that the connection was lost, and why.
type OnLost = Box<dyn Fn(String)>;

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    static ON_LOST: RefCell<Option<OnLost>> = const { RefCell::new(None) };
}

/// Calls `lost` (with why) whenever the browser takes the connection away.
pub fn on_connection_lost(lost: impl Fn(String) + 'static) {
    ON_LOST.with(|cell| *cell.borrow_mut() = Some(Box::new(lost)));
}

/// Reads one record, if it exists.
pub async fn read(key: &str) -> Result<Option<String>, String> {
    Ok(read_all([key]).await?.remove(key))
}

/// Reads records, a batch of keys per transaction (asking for thousands of records at once is
/// itself one long task); keys without a record are left out of the answer.
pub async fn read_all<'a>(
    keys: impl IntoIterator<Item = &'a str>,
) -> Result<HashMap<String, String>, String> {
    let keys: Vec<&str> = keys.into_iter().collect();
    let mut records = HashMap::with_capacity(keys.len());
    let mut started = now();
    for batch in keys.chunks(READ_BATCH) {
        let tx = transaction(IdbTransactionMode::Readonly).await?;
        let store = tx.object_store(STORE).map_err(describe)?;
        // Every request gets its handlers before the first is awaited, or an answer could be
        // missed.
        let answers = batch
            .iter()
            .map(|&key| Ok((key.to_string(), outcome(&store.get(&key.into()).map_err(describe)?))))
            .collect::<Result<Vec<_>, String>>()?;
        // The answers are all in by the time the first is read: copying every record into the
        // wasm memory in one go would be one long task with a big project, so it yields now
        // and then.
        for (key, answer) in answers {
            if let Some(value) = answer.await.map_err(describe)?.as_string() {
                records.insert(key, value);
            }
            if now() - started > READ_SLICE_MS {
                measure("claimlens restore: read the records", started);
                yield_to_the_page().await;
                started = now();
            }
        }
    }
    measure("claimlens restore: read the records", started);
    Ok(records)
}

/// Every key in the store.
pub async fn keys() -> Result<Vec<String>, String> {
    let tx = transaction(IdbTransactionMode::Readonly).await?;
    let request = tx.object_store(STORE).map_err(describe)?.get_all_keys().map_err(describe)?;
    let keys: js_sys::Array = finish(&request).await?.dyn_into().map_err(describe)?;
    Ok(keys.iter().filter_map(|k| k.as_string()).collect())
}

/// Deletes records in one transaction, resolving once it is committed.
pub async fn delete_all(keys: &[String]) -> Result<(), String> {
    let batch = Batch::start().await?;
    for key in keys {
        batch.store.delete(&key.into()).map_err(describe)?;
    }
    batch.commit().await
}

/// Writes in one transaction: `put` each record (the browser copies it right away), then
/// `commit` and wait until the records are stored. Dropping a batch without `commit` still
/// writes what was put.
pub struct Batch {
    tx: IdbTransaction,
    store: IdbObjectStore,
}

impl Batch {
    pub async fn start() -> Result<Batch, String> {
        let tx = transaction(IdbTransactionMode::Readwrite).await?;
        let store = tx.object_store(STORE).map_err(describe)?;
        Ok(Batch { tx, store })
    }

    pub fn put(&self, key: &str, record: &str) -> Result<(), String> {
        self.store.put_with_key(&record.into(), &key.into()).map_err(describe)?;
        Ok(())
    }

    /// Resolves when the transaction is committed; a failed write aborts it and says why.
    pub async fn commit(self) -> Result<(), String> {
        let tx = self.tx;
        let promise = Promise::new(&mut |resolve, reject| {
            let done = Closure::once_into_js(move |_: web_sys::Event| {
                let _ = resolve.call0(&JsValue::NULL);
            });
            let failed_tx = tx.clone();
            let failed = Closure::once_into_js(move |_: web_sys::Event| {
                let message = match failed_tx.error() {
                    Some(e) => format!("the browser refused the write ({})", name_error(&e)),
                    None => "the browser aborted the write".to_string(),
                };
                let _ = reject.call1(&JsValue::NULL, &message.into());
            });
            tx.set_oncomplete(Some(done.unchecked_ref()));
            tx.set_onabort(Some(failed.unchecked_ref()));
        });
        JsFuture::from(promise).await.map_err(describe)?;
        Ok(())
    }
}

/// A transaction on the store; a connection that cannot start one any more (closed under the
/// page) is dropped and a new one opened, once.
async fn transaction(mode: IdbTransactionMode) -> Result<IdbTransaction, String> {
    let db = open().await?;
    match db.transaction_with_str_and_mode(STORE, mode) {
        Ok(tx) => Ok(tx),
        Err(e) => {
            gloo::console::warn!(format!("claimlens storage: reopening ({})", describe(e)));
            forget_connection();
            open().await?.transaction_with_str_and_mode(STORE, mode).map_err(describe)
        }
    }
}

fn forget_connection() {
    DB.with(|db| db.borrow_mut().take());
}

/// The connection gone (why): drop it and tell autosave.
fn connection_lost(why: &str) {
    forget_connection();
    ON_LOST.with(|lost| {
        if let Some(lost) = lost.borrow().as_ref() {
            lost(why.to_string());
        }
    });
}

/// The database connection, opened once per page so that writes keep their order.
async fn open() -> Result<IdbDatabase, String> {
    if let Some(db) = DB.with(|db| db.borrow().clone()) {
        return Ok(db);
    }
    let db = open_new().await?;
    watch(&db);
    DB.with(|cell| *cell.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// Lets go of the connection when another page deletes or upgrades the database, and
/// notices when the browser closes it.
fn watch(db: &IdbDatabase) {
    let closing = db.clone();
    let on_versionchange = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        closing.close();
        connection_lost("another page is deleting or upgrading this site's database");
    });
    db.set_onversionchange(Some(on_versionchange.as_ref().unchecked_ref()));
    on_versionchange.forget();
    let on_close = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        connection_lost("the browser closed the database: site data cleared?");
    });
    db.set_onclose(Some(on_close.as_ref().unchecked_ref()));
    on_close.forget();
}

async fn open_new() -> Result<IdbDatabase, String> {
    let factory = gloo::utils::window()
        .indexed_db()
        .map_err(describe)?
        .ok_or("this browser offers no IndexedDB (private mode?)")?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DB_NAME, 1).map_err(describe)?;
    let on_upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        let request: IdbOpenDbRequest = e.target().unwrap().unchecked_into();
        let db: IdbDatabase = request.result().unwrap().unchecked_into();
        if !db.object_store_names().contains(STORE) {
            let _ = db.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let db = finish(&request).await?;
    drop(on_upgrade);
    Ok(db.unchecked_into())
}

/// Waits for a request's success (its result) or error (its name and message).
async fn finish(request: &IdbRequest) -> Result<JsValue, String> {
    outcome(request).await.map_err(describe)
}

/// A request's result or error, listened for from now on.
fn outcome(request: &IdbRequest) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |e: web_sys::Event| {
            let request: IdbRequest = e.target().unwrap().unchecked_into();
            let _ = resolve.call1(&JsValue::NULL, &request.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = Closure::once_into_js(move |e: web_sys::Event| {
            let request: IdbRequest = e.target().unwrap().unchecked_into();
            let message = match request.error().ok().flatten() {
                Some(error) => name_error(&error),
                None => "the request failed".to_string(),
            };
            let _ = reject.call1(&JsValue::NULL, &message.into());
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(failed.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// A browser error as "Name: message", with what it means for the common ones.
fn name_error(e: &web_sys::DomException) -> String {
    let (name, message) = (e.name(), e.message());
    let meaning = match name.as_str() {
        "QuotaExceededError" => " — this site's storage is full; export JSON, then free space",
        "InvalidStateError" => " — the connection was closed (site data cleared?)",
        "UnknownError" | "DataError" => " — the browser's storage failed",
        _ => "",
    };
    match message.is_empty() {
        true => format!("{name}{meaning}"),
        false => format!("{name}: {message}{meaning}"),
    }
}

fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<web_sys::DomException>().map(name_error))
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| format!("{}: {}", String::from(e.name()), String::from(e.message())))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

//! IndexedDB, as autosave uses it: string records by key in one object store ("projects" in
//! database "claimlens" v1), read in one transaction, written in transactions whose commit is
//! awaited.
//!
//! What the records hold and in which order they are written is autosave's business
//! (services/autosave.rs). Failures (quota, private mode, storage disabled) come back as
//! messages the page shows loudly.

use std::collections::HashMap;

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode,
};

const DB_NAME: &str = "claimlens";
const STORE: &str = "projects";

/// Reads one record, if it exists.
pub async fn read(key: &str) -> Result<Option<String>, String> {
    Ok(read_all([key]).await?.remove(key))
}

/// Reads records in one transaction; keys without a record are left out of the answer.
pub async fn read_all<'a>(
    keys: impl IntoIterator<Item = &'a str>,
) -> Result<HashMap<String, String>, String> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE).map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    // Every request gets its handlers before the first is awaited, or an answer could be missed.
    let answers = keys
        .into_iter()
        .map(|key| Ok((key.to_string(), outcome(&store.get(&key.into()).map_err(describe)?))))
        .collect::<Result<Vec<_>, String>>()?;
    let mut records = HashMap::with_capacity(answers.len());
    for (key, answer) in answers {
        if let Some(value) = answer.await.map_err(describe)?.as_string() {
            records.insert(key, value);
        }
    }
    Ok(records)
}

/// Every key in the store.
pub async fn keys() -> Result<Vec<String>, String> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE).map_err(describe)?;
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
        let db = open().await?;
        let tx = db
            .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
            .map_err(describe)?;
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
                    Some(e) => format!("the browser refused the write ({})", e.message()),
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

thread_local! {
    static DB: std::cell::RefCell<Option<IdbDatabase>> = const { std::cell::RefCell::new(None) };
}

/// The database connection, opened once per page so that writes keep their order.
async fn open() -> Result<IdbDatabase, String> {
    if let Some(db) = DB.with(|db| db.borrow().clone()) {
        return Ok(db);
    }
    let db = open_new().await?;
    DB.with(|cell| *cell.borrow_mut() = Some(db.clone()));
    Ok(db)
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

/// Waits for a request's success (its result) or error (its message).
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
            let message = request.error().ok().flatten().map(|d| d.message()).unwrap_or_default();
            let _ = reject.call1(&JsValue::NULL, &message.into());
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(failed.unchecked_ref()));
    });
    JsFuture::from(promise)
}

fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .or_else(|| e.dyn_ref::<web_sys::DomException>().map(|e| e.message()))
        .unwrap_or_else(|| format!("{e:?}"))
}

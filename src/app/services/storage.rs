//! Autosave in IndexedDB: the project (as claimlens/1 JSON) and the view, under one key.
//!
//! Every change is written as it happens; on start the saved project is read back. Failures
//! (quota, private mode, storage disabled) are returned as messages the page shows loudly.

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DB_NAME: &str = "claimlens";
const STORE: &str = "projects";
const KEY: &str = "current";

/// Reads the autosaved record (a JSON string written by [`save`]), if any.
pub async fn load() -> Result<Option<String>, String> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE).map_err(describe)?;
    let request = tx.object_store(STORE).map_err(describe)?.get(&KEY.into()).map_err(describe)?;
    let value = finish(&request).await?;
    Ok(value.as_string())
}

/// Writes the record, resolving once the transaction is committed.
pub async fn save(record: &str) -> Result<(), String> {
    let db = open().await?;
    let tx =
        db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite).map_err(describe)?;
    let request = tx
        .object_store(STORE)
        .map_err(describe)?
        .put_with_key(&record.into(), &KEY.into())
        .map_err(describe)?;
    finish(&request).await?;
    Ok(())
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
    JsFuture::from(promise).await.map_err(describe)
}

fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .or_else(|| e.dyn_ref::<web_sys::DomException>().map(|e| e.message()))
        .unwrap_or_else(|| format!("{e:?}"))
}

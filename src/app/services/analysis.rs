//! The page's client of the extraction worker: posts files, receives prepared documents.
//!
//! One worker per page, started on first use. If the browser cannot start it, files are
//! analysed on the main thread instead, one per task, so the page still never blocks for long.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::app::store::Msg;
use crate::app::worker::{run_job, Done, Job, READY};
use crate::pipeline::InputFile;

/// The worker and, until it says it is ready, the messages waiting for it.
#[derive(Clone)]
struct Connection {
    worker: Worker,
    waiting: Option<Vec<wasm_bindgen::JsValue>>,
}

thread_local! {
    static WORKER: RefCell<Option<Connection>> = const { RefCell::new(None) };
    static DISPATCH: RefCell<Option<Callback<Msg>>> = const { RefCell::new(None) };
}

/// Where results go; called once by the app shell.
pub fn connect(dispatch: Callback<Msg>) {
    DISPATCH.with(|d| *d.borrow_mut() = Some(dispatch));
}

/// The loader trunk writes next to the worker's wasm (`data-loader-shim` in index.html).
const WORKER_URL: &str = "./claimlens-worker_loader.js";

/// Sends files to the worker, numbered from `first`; results come back as `Msg::Prepared`.
pub fn analyse(first: u32, files: Vec<InputFile>) {
    let Some(dispatch) = DISPATCH.with(|d| d.borrow().clone()) else { return };
    let dispatch = &dispatch;
    let jobs = files.into_iter().enumerate().map(|(i, f)| Job { index: first + i as u32, name: f.name, bytes: f.bytes });
    match start_worker(dispatch) {
        true => {
            for job in jobs {
                let posted = serde_wasm_bindgen::to_value(&job).map_err(|e| e.to_string()).and_then(post);
                if let Err(e) = posted {
                    let result = Err(format!("{}: could not be sent for analysis ({e})", job.name));
                    dispatch.emit(Msg::Prepared(Done { index: job.index, result }));
                }
            }
        }
        false => analyse_on_main_thread(jobs.collect(), dispatch.clone()),
    }
}

/// Posts to the worker now, or queues until it is ready.
fn post(message: wasm_bindgen::JsValue) -> Result<(), String> {
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let connection = w.as_mut().ok_or("no worker")?;
        match &mut connection.waiting {
            Some(queue) => {
                queue.push(message);
                Ok(())
            }
            None => connection.worker.post_message(&message).map_err(|e| format!("{e:?}")),
        }
    })
}

/// The worker said it listens: send what waited.
fn worker_ready() {
    WORKER.with(|w| {
        if let Some(connection) = w.borrow_mut().as_mut() {
            for message in connection.waiting.take().unwrap_or_default() {
                let _ = connection.worker.post_message(&message);
            }
        }
    });
}

/// Starts the worker once; false when the browser cannot run it.
fn start_worker(dispatch: &Callback<Msg>) -> bool {
    if WORKER.with(|w| w.borrow().is_some()) {
        return true;
    }
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Classic);
    let Ok(worker) = Worker::new_with_options(WORKER_URL, &options) else { return false };
    let dispatch = dispatch.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if event.data().as_string().as_deref() == Some(READY) {
            worker_ready();
        } else if let Ok(done) = serde_wasm_bindgen::from_value::<Done>(event.data()) {
            dispatch.emit(Msg::Prepared(done));
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    WORKER.with(|w| *w.borrow_mut() = Some(Connection { worker, waiting: Some(Vec::new()) }));
    true
}

/// The fallback: one file per macrotask, so input and painting interleave.
fn analyse_on_main_thread(mut jobs: Vec<Job>, dispatch: Callback<Msg>) {
    jobs.reverse();
    fn next(mut jobs: Vec<Job>, dispatch: Callback<Msg>) {
        let Some(job) = jobs.pop() else { return };
        dispatch.emit(Msg::Prepared(run_job(job)));
        gloo::timers::callback::Timeout::new(0, move || next(jobs, dispatch)).forget();
    }
    next(jobs, dispatch);
}

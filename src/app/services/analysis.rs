//! The page's client of the analysis worker: posts files, receives prepared documents, asks
//! for the links of a run of files.
//!
//! One worker per page, started on first use; jobs stay queued here until answered, so if the
//! worker dies on a file (a bug in the core) that file is reported and the worker is restarted
//! for the rest (a restarted worker has lost its copy of the project: the page is told, and
//! sends the project with its next link request). If the browser cannot start a worker at all,
//! files are analysed on the main thread, one per task, and linked there.

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::app::store::Msg;
use crate::app::worker::{run_job, Done, Job, LinkJob, Linked, Reply, Request, READY};
use crate::pipeline::InputFile;

/// The loader trunk writes next to the worker's wasm (`data-loader-shim` in index.html).
const WORKER_URL: &str = "./claimlens-worker_loader.js";

/// Files posted to the worker and not answered yet, at most: posting a few ahead keeps the
/// worker busy, and posting the rest as answers come spreads the copying over many short
/// tasks instead of one long one when hundreds of files are dropped.
const POSTED_AHEAD: usize = 4;

struct Connection {
    worker: Worker,
    /// False until the worker said it listens; messages posted before would be lost.
    ready: bool,
    /// Unanswered jobs in submission order (the worker answers in order); the first `posted`
    /// of them were posted.
    jobs: VecDeque<Job>,
    posted: usize,
    /// The run whose links were asked for and not answered yet.
    linking: Option<u32>,
    /// When the links were asked for (the performance clock), for the timeline.
    linking_since: f64,
}

thread_local! {
    static CONNECTION: RefCell<Option<Connection>> = const { RefCell::new(None) };
    static DISPATCH: RefCell<Option<Callback<Msg>>> = const { RefCell::new(None) };
}

/// Where results go; called by the app shell.
pub fn connect(dispatch: Callback<Msg>) {
    DISPATCH.with(|d| *d.borrow_mut() = Some(dispatch));
}

fn dispatch(msg: Msg) {
    if let Some(dispatch) = DISPATCH.with(|d| d.borrow().clone()) {
        dispatch.emit(msg);
    }
}

/// Asks for a `Msg::Paint` in the next task.
pub fn paint_soon() {
    gloo::timers::callback::Timeout::new(0, || dispatch(Msg::Paint)).forget();
}

/// Sends files to the worker, numbered from `first`; results come back as `Msg::Prepared`.
pub fn analyse(first: u32, files: Vec<InputFile>) {
    let jobs: Vec<Job> = files
        .into_iter()
        .enumerate()
        .map(|(i, f)| Job { index: first + i as u32, name: f.name, bytes: f.bytes })
        .collect();
    let started = CONNECTION.with(|c| c.borrow().is_some()) || start_worker(VecDeque::new());
    if !started {
        analyse_on_main_thread(jobs);
        return;
    }
    CONNECTION.with(|c| {
        if let Some(connection) = c.borrow_mut().as_mut() {
            connection.jobs.extend(jobs);
            connection.post_ahead();
        }
    });
}

impl Connection {
    /// Posts waiting jobs until `POSTED_AHEAD` are with the worker (once it listens).
    fn post_ahead(&mut self) {
        while self.ready && self.posted < POSTED_AHEAD.min(self.jobs.len()) {
            let job = &self.jobs[self.posted];
            let posted = serde_wasm_bindgen::to_value(&Request::Prepare(job.clone()))
                .map_err(|e| e.to_string())
                .and_then(|m| self.worker.post_message(&m).map_err(|e| format!("{e:?}")));
            match posted {
                Ok(()) => self.posted += 1,
                Err(why) => {
                    let job = self.jobs.remove(self.posted).expect("indexed above");
                    let result =
                        Err(format!("{}: could not be sent for analysis ({why})", job.name));
                    dispatch(Msg::from(Done { index: job.index, result }));
                }
            }
        }
    }
}

/// Asks the worker for the links of a run; the answer comes as `Msg::Linked`. Without a
/// worker the answer is a refusal at once, and the page links on its own.
pub fn link(job: LinkJob) {
    let run = job.run;
    let refuse = |why: String| dispatch(Msg::from(Linked { run, links: Err(why) }));
    let message = match serde_wasm_bindgen::to_value(&Request::Link(job)) {
        Ok(message) => message,
        Err(e) => return refuse(format!("could not be sent ({e})")),
    };
    let sent = CONNECTION.with(|c| match c.borrow_mut().as_mut() {
        Some(connection) if connection.ready => {
            connection.linking = Some(run);
            connection.linking_since = super::timing::now();
            connection.worker.post_message(&message).is_ok()
        }
        _ => false,
    });
    if !sent {
        refuse("no analysis worker is running".into());
    }
}

/// Starts a worker that will be sent `jobs` once ready; false when the browser cannot.
fn start_worker(jobs: VecDeque<Job>) -> bool {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Classic);
    let Ok(worker) = Worker::new_with_options(WORKER_URL, &options) else { return false };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| on_message(&event));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(|_| on_worker_died());
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    CONNECTION.with(|c| {
        *c.borrow_mut() = Some(Connection {
            worker,
            ready: false,
            jobs,
            posted: 0,
            linking: None,
            linking_since: 0.0,
        })
    });
    true
}

fn on_message(event: &MessageEvent) {
    let started = super::timing::now();
    // The browser deserialises the message when `data` is first read.
    let data = event.data();
    if data.as_string().as_deref() == Some(READY) {
        CONNECTION.with(|c| {
            if let Some(connection) = c.borrow_mut().as_mut() {
                connection.ready = true;
                connection.post_ahead();
            }
        });
        return;
    }
    let reply = serde_wasm_bindgen::from_value::<Reply>(data);
    super::timing::measure("claimlens: read a worker reply", started);
    match reply {
        Ok(Reply::Prepared(done)) => {
            CONNECTION.with(|c| {
                if let Some(connection) = c.borrow_mut().as_mut() {
                    if let Some(at) = connection.jobs.iter().position(|j| j.index == done.index) {
                        connection.jobs.remove(at);
                        connection.posted = connection.posted.saturating_sub(1);
                    }
                    connection.post_ahead();
                }
            });
            dispatch(Msg::from(done));
        }
        Ok(Reply::Linked(linked)) => {
            CONNECTION.with(|c| {
                if let Some(connection) = c.borrow_mut().as_mut() {
                    connection.linking = None;
                    super::timing::measure(
                        "claimlens: linking in the worker",
                        connection.linking_since,
                    );
                }
            });
            // Applied in a task of its own: reading a big reply and applying it are each a
            // long stretch of work, and one task should not hold both.
            gloo::timers::callback::Timeout::new(0, move || dispatch(Msg::from(linked))).forget();
        }
        Err(e) => {
            gloo::console::error!(format!("claimlens: unreadable message from the worker: {e}"))
        }
    }
}

/// The worker crashed: the oldest unanswered file caused it. Report it, restart for the rest.
fn on_worker_died() {
    let Some(mut connection) = CONNECTION.with(|c| c.borrow_mut().take()) else { return };
    connection.worker.terminate();
    dispatch(Msg::AnalyserRestarted);
    if let Some(run) = connection.linking {
        // Jobs are answered in order, so a link in flight is what the worker died on.
        dispatch(Msg::from(Linked {
            run,
            links: Err("the analyser stopped while linking".into()),
        }));
    } else if let Some(culprit) = connection.jobs.pop_front() {
        dispatch(Msg::from(Done {
            index: culprit.index,
            result: Err(format!(
                "{}: the analyser failed on this file (a bug in claimlens; please report it with the file)",
                culprit.name
            )),
        }));
    }
    if !start_worker(connection.jobs) {
        gloo::console::error!("claimlens: the analysis worker could not be restarted");
    }
}

/// The fallback: one file per macrotask, so input and painting interleave.
fn analyse_on_main_thread(mut jobs: Vec<Job>) {
    jobs.reverse();
    fn next(mut jobs: Vec<Job>) {
        let Some(job) = jobs.pop() else { return };
        dispatch(Msg::from(run_job(job)));
        gloo::timers::callback::Timeout::new(0, move || next(jobs)).forget();
    }
    next(jobs);
}

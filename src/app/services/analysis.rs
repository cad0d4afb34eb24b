//! The page's client of the analysis workers: posts files, receives prepared documents, asks
//! for the links of a run of files.
//!
//! As many workers (lanes) as the machine has cores (`navigator.hardwareConcurrency`, at most
//! `MOST_LANES`), started on first use, prepare files side by side; lane 0, the linker, also
//! keeps every prepared file (the others' answers are forwarded to it as they arrive, as they
//! came, without reading them again) and links the runs, so linking stays in one place. Jobs
//! stay queued here until answered, so if a worker dies on a file (a bug in the core) that file
//! is reported and the worker is restarted for the rest of its jobs; a restarted linker has
//! lost its copy of the project and the files it kept: the page is told, and sends the project
//! with its next link request, or links the run itself. If the browser cannot start a worker
//! at all, files are analysed on the main thread, one per task, and linked there.

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::app::store::Msg;
use crate::app::worker::{read_reply, run_job, Done, Job, LinkJob, Linked, Reply, Request, READY};
use crate::pipeline::InputFile;

/// The workers' loader (`www/worker.js`): it starts from the module posted to it first.
const WORKER_URL: &str = "./worker.js";

/// Where a worker fetches its module itself when the page has no compiled one to share.
const WORKER_WASM: &str = "./claimlens-worker_bg.wasm";

/// Files posted to one worker and not answered yet, at most: posting a few ahead keeps the
/// worker busy, and posting the rest as answers come spreads the copying over many short
/// tasks instead of one long one when hundreds of files are dropped, and gives the next file
/// to the lane that is free first.
const POSTED_AHEAD: usize = 3;

/// The most workers started, whatever the core count: each holds a wasm instance (tens of MB).
const MOST_LANES: usize = 8;

/// The lane that keeps every prepared file and links the runs.
const LINKER: usize = 0;

struct Lane {
    worker: Worker,
    /// False until the worker said it listens; messages posted before would be lost.
    ready: bool,
    /// Jobs posted to this worker and not answered yet, in the order posted (it answers in
    /// order).
    posted: VecDeque<Job>,
}

struct Pool {
    lanes: Vec<Lane>,
    /// Jobs not posted yet, in submission order.
    waiting: VecDeque<Job>,
    /// The run whose links were asked of the linker and not answered yet.
    linking: Option<u32>,
    /// When the links were asked for (the performance clock), for the timeline.
    linking_since: f64,
}

thread_local! {
    static POOL: RefCell<Option<Pool>> = const { RefCell::new(None) };
    static DISPATCH: RefCell<Option<Callback<Msg>>> = const { RefCell::new(None) };
}

/// Where results go; called by the app shell, which starts the workers then, so that they are
/// ready when the first files come.
pub fn connect(dispatch: Callback<Msg>) {
    DISPATCH.with(|d| *d.borrow_mut() = Some(dispatch));
    if POOL.with(|p| p.borrow().is_none()) && !start_pool() {
        gloo::console::warn!("claimlens: no analysis worker could be started; analysing here");
    }
}

/// Dispatches in a task of its own: for answers given while an effect runs, that is while the
/// page's reducer is still updating (dispatching then would re-enter it).
fn dispatch_later(msg: Msg) {
    gloo::timers::callback::Timeout::new(0, move || dispatch(msg)).forget();
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

/// Sends files to the workers, numbered from `first`; results come back as `Msg::Prepared`.
pub fn analyse(first: u32, files: Vec<InputFile>) {
    let jobs = files.into_iter().enumerate().map(|(i, f)| Job {
        index: first + i as u32,
        name: f.name,
        keep: false,
        bytes: f.bytes,
    });
    let jobs: Vec<Job> = jobs.collect();
    let started = POOL.with(|p| p.borrow().is_some()) || start_pool();
    if !started {
        analyse_on_main_thread(jobs);
        return;
    }
    with_pool(|pool| {
        pool.waiting.extend(jobs);
        pool.post_ahead();
    });
}

fn with_pool<T>(f: impl FnOnce(&mut Pool) -> T) -> Option<T> {
    POOL.with(|p| p.borrow_mut().as_mut().map(f))
}

/// How many workers to start: one per core the browser reports, at least one.
fn lane_count() -> usize {
    let cores = gloo::utils::window().navigator().hardware_concurrency();
    (cores as usize).clamp(1, MOST_LANES)
}

/// Starts the workers; false when the browser cannot start even one.
fn start_pool() -> bool {
    let mut lanes = Vec::new();
    for lane in 0..lane_count() {
        match start_worker(lane) {
            Some(worker) => lanes.push(Lane { worker, ready: false, posted: VecDeque::new() }),
            None => break,
        }
    }
    if lanes.is_empty() {
        return false;
    }
    let pool = Pool { lanes, waiting: VecDeque::new(), linking: None, linking_since: 0.0 };
    POOL.with(|p| *p.borrow_mut() = Some(pool));
    true
}

/// A worker whose messages come back tagged with its lane; `None` when the browser cannot.
fn start_worker(lane: usize) -> Option<Worker> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Classic);
    let worker = Worker::new_with_options(WORKER_URL, &options).ok()?;
    send_module(worker.clone());
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        if is_lanes_worker(lane, event.target()) {
            on_message(lane, &event)
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if is_lanes_worker(lane, event.target()) {
            on_worker_died(lane)
        }
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Some(worker)
}

/// Posts the worker its wasm module (`www/worker.js` waits for it): the one the page compiled
/// for every worker (`claimlensWorkerModule`, started by `www/boot.js`), or its path.
fn send_module(worker: Worker) {
    let compiled = js_sys::Reflect::get(&js_sys::global(), &"claimlensWorkerModule".into())
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    wasm_bindgen_futures::spawn_local(async move {
        let module = match compiled {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.ok(),
            None => None,
        };
        let module = module.unwrap_or_else(|| WORKER_WASM.into());
        let _ = worker.post_message(&module);
    });
}

impl Pool {
    /// Posts waiting jobs, one at a time to the ready lane with the fewest unanswered, until
    /// every ready lane holds `POSTED_AHEAD` or nothing waits.
    fn post_ahead(&mut self) {
        loop {
            let free = self.lanes.iter().enumerate().filter(|(_, l)| l.ready);
            let Some((lane, _)) = free.min_by_key(|(n, l)| (l.posted.len(), *n)) else { return };
            if self.lanes[lane].posted.len() >= POSTED_AHEAD {
                return;
            }
            let Some(mut job) = self.waiting.pop_front() else { return };
            job.keep = lane == LINKER;
            let posted = serde_wasm_bindgen::to_value(&Request::Prepare(job.clone()))
                .map_err(|e| e.to_string())
                .and_then(|m| {
                    self.lanes[lane].worker.post_message(&m).map_err(|e| format!("{e:?}"))
                });
            match posted {
                Ok(()) => self.lanes[lane].posted.push_back(job),
                Err(why) => {
                    let result =
                        Err(format!("{}: could not be sent for analysis ({why})", job.name));
                    dispatch_later(Msg::from(Done { index: job.index, result }));
                }
            }
        }
    }

    /// Hands the linker a file another lane prepared: the answer's own JSON text, re-posted
    /// (the browser copies it; nothing is converted here).
    fn forward_to_linker(&self, prepared: &JsValue) {
        let Some(linker) = self.lanes.get(LINKER).filter(|l| l.ready) else { return };
        let message = js_sys::Object::new();
        if js_sys::Reflect::set(&message, &"Keep".into(), prepared).is_ok() {
            // Not sent, the file is missing from the link, which then says so and the page
            // links the run itself.
            let _ = linker.worker.post_message(&message);
        }
    }
}

/// Asks the linker for the links of a run; the answer comes as `Msg::Linked`. Without a
/// worker the answer is a refusal at once, and the page links on its own.
pub fn link(job: LinkJob) {
    let run = job.run;
    let refuse = |why: String| dispatch_later(Msg::from(Linked { run, links: Err(why) }));
    let message = match serde_wasm_bindgen::to_value(&Request::Link(job)) {
        Ok(message) => message,
        Err(e) => return refuse(format!("could not be sent ({e})")),
    };
    let sent = with_pool(|pool| match pool.lanes.get(LINKER) {
        Some(linker) if linker.ready => {
            pool.linking = Some(run);
            pool.linking_since = super::timing::now();
            linker.worker.post_message(&message).is_ok()
        }
        _ => false,
    });
    if sent != Some(true) {
        refuse("no analysis worker is running".into());
    }
}

fn on_message(lane: usize, event: &MessageEvent) {
    let started = super::timing::now();
    // The browser deserialises the message when `data` is first read.
    let data = event.data();
    let text = data.as_string().unwrap_or_default();
    if text == READY {
        with_pool(|pool| {
            if let Some(lane) = pool.lanes.get_mut(lane) {
                lane.ready = true;
            }
            pool.post_ahead();
        });
        return;
    }
    let reply = read_reply(&text);
    if lane != LINKER && matches!(reply, Ok(Reply::Prepared(Done { result: Ok(_), .. }))) {
        with_pool(|pool| pool.forward_to_linker(&data));
    }
    super::timing::measure("claimlens: read a worker reply", started);
    match reply {
        Ok(Reply::Prepared(done)) => {
            with_pool(|pool| {
                let posted = &mut pool.lanes[lane].posted;
                if let Some(at) = posted.iter().position(|j| j.index == done.index) {
                    posted.remove(at);
                }
                pool.post_ahead();
            });
            dispatch(Msg::from(done));
        }
        Ok(Reply::Linked(linked)) => {
            with_pool(|pool| {
                pool.linking = None;
                super::timing::measure("claimlens: linking in the worker", pool.linking_since);
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

/// A worker crashed: the oldest unanswered job of its lane caused it (or the link in flight,
/// on the linker). Report it, restart the lane for the rest of its jobs.
/// Whether an event comes from the worker now serving `lane`: a worker terminated and replaced
/// may still deliver what it sent before; its answers were posted again to another worker, so
/// counting them too would answer a file twice, and its errors are not the new worker's.
fn is_lanes_worker(lane: usize, target: Option<web_sys::EventTarget>) -> bool {
    let Some(target) = target.map(JsValue::from) else { return false };
    with_pool(|pool| pool.lanes.get(lane).is_some_and(|l| JsValue::from(&l.worker) == target))
        .unwrap_or(false)
}

fn on_worker_died(lane: usize) {
    let Some(Some(mut posted)) = with_pool(|pool| {
        let dead = pool.lanes.get_mut(lane)?;
        dead.worker.terminate();
        dead.ready = false;
        Some(std::mem::take(&mut dead.posted))
    }) else {
        return;
    };
    let linking = with_pool(|pool| if lane == LINKER { pool.linking.take() } else { None });
    if lane == LINKER {
        // Its copy of the project and every file it kept are gone.
        dispatch(Msg::AnalyserRestarted);
    }
    if let Some(Some(run)) = linking {
        // A lane answers in order, so a link in flight is what the linker died on.
        dispatch(Msg::from(Linked {
            run,
            links: Err("the analyser stopped while linking".into()),
        }));
    } else if let Some(culprit) = posted.pop_front() {
        dispatch(Msg::from(Done {
            index: culprit.index,
            result: Err(format!(
                "{}: the analyser failed on this file (a bug in claimlens; please report it with the file)",
                culprit.name
            )),
        }));
    }
    let Some(worker) = start_worker(lane) else {
        gloo::console::error!("claimlens: an analysis worker could not be restarted");
        return;
    };
    with_pool(|pool| {
        // The rest of its jobs go first, in their order, to whichever lane is free.
        for job in posted.into_iter().rev() {
            pool.waiting.push_front(job);
        }
        pool.lanes[lane] = Lane { worker, ready: false, posted: VecDeque::new() };
        pool.post_ahead();
    });
}

/// The fallback: one file per macrotask, so input and painting interleave.
fn analyse_on_main_thread(mut jobs: Vec<Job>) {
    jobs.reverse();
    fn next(mut jobs: Vec<Job>) {
        let Some(job) = jobs.pop() else { return };
        dispatch(Msg::from(run_job(job)));
        gloo::timers::callback::Timeout::new(0, move || next(jobs)).forget();
    }
    // Not in this task: this runs as an effect, while the page's reducer is updating.
    gloo::timers::callback::Timeout::new(0, move || next(jobs)).forget();
}

//! The page's Web Worker (built by trunk for wasm32 only): runs the core on files posted to it
//! and posts back one prepared document per file, then links runs of them into its copy of the
//! project on request (see `claimlens::app::worker`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    use claimlens::app::worker::{Request, WorkerState};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let mut state = WorkerState::default();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let Ok(request) = serde_wasm_bindgen::from_value::<Request>(event.data()) else {
            return;
        };
        let Some(answer) = state.handle(request) else { return };
        if let Ok(json) = claimlens::app::worker::reply_json(&answer) {
            let _ = reply.post_message(&json.into());
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages posted before this point were dropped by the browser; the page waits for this.
    let _ = scope.post_message(&claimlens::app::worker::READY.into());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("claimlens-worker is the page's Web Worker: run `trunk serve` and open the page");
}

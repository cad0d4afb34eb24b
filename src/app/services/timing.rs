//! Marks stretches of the page's own work in the browser's performance timeline ("claimlens
//! …" measures), so DevTools and tests/e2e/bench.mjs can tell whose work a long task was.

use wasm_bindgen::JsCast;

/// Milliseconds since the page started (the performance clock).
pub fn now() -> f64 {
    gloo::utils::window().performance().map_or_else(js_sys::Date::now, |p| p.now())
}

/// Records the work from `started` to now under `name`; only the latest of each name is kept.
pub fn measure(name: &str, started: f64) {
    measure_between(name, started, now());
}

/// Records the work from `started` to `ended` under `name`; only the latest of each name is kept.
pub fn measure_between(name: &str, started: f64, ended: f64) {
    let Some(performance) = gloo::utils::window().performance() else { return };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &started.into());
    let _ = js_sys::Reflect::set(&options, &"end".into(), &ended.into());
    let measure = js_sys::Reflect::get(&performance, &"measure".into());
    if let Ok(measure) = measure.and_then(|f| f.dyn_into::<js_sys::Function>()) {
        performance.clear_measures_with_measure_name(name);
        let _ = measure.call2(&performance, &name.into(), &options);
    }
}

/// Lets the page handle input and paint before the next slice of work: a message to itself
/// through a `MessageChannel`, a task of its own. (A 0 ms timeout is held back 4 ms once
/// timeouts nest five deep, as slices of one job do: a quarter of a 12 ms slice lost each time.)
pub async fn yield_to_the_page() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        match web_sys::MessageChannel::new() {
            Ok(channel) => {
                channel.port1().set_onmessage(Some(&resolve));
                if channel.port2().post_message(&wasm_bindgen::JsValue::NULL).is_err() {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                }
                // The ports live as long as the message is on its way (the callback holds port 1).
                std::mem::forget(channel);
            }
            Err(_) => {
                let _ = gloo::utils::window()
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits `ms` milliseconds without blocking the page.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

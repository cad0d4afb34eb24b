//! Marks stretches of the page's own work in the browser's performance timeline ("claimlens
//! …" measures), so DevTools and tests/e2e/bench.mjs can tell whose work a long task was.

use wasm_bindgen::JsCast;

/// Milliseconds since the page started (the performance clock).
pub fn now() -> f64 {
    gloo::utils::window().performance().map_or_else(js_sys::Date::now, |p| p.now())
}

/// Records the work from `started` to now under `name`; only the latest of each name is kept.
pub fn measure(name: &str, started: f64) {
    let Some(performance) = gloo::utils::window().performance() else { return };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &started.into());
    let _ = js_sys::Reflect::set(&options, &"end".into(), &performance.now().into());
    let measure = js_sys::Reflect::get(&performance, &"measure".into());
    if let Ok(measure) = measure.and_then(|f| f.dyn_into::<js_sys::Function>()) {
        performance.clear_measures_with_measure_name(name);
        let _ = measure.call2(&performance, &name.into(), &options);
    }
}

// The analysis worker's loader (replaces trunk's loader shim). The page compiles the worker's
// wasm once (www/boot.js) and posts the compiled WebAssembly.Module as each worker's first
// message, so every worker shares one compilation, and the optimised code V8 makes for the
// hot functions in one worker serves all of them. A path (string) works too: then this
// worker fetches and compiles the module itself.
importScripts('./claimlens-worker.js');
self.onmessage = (event) => {
  self.onmessage = null;
  wasm_bindgen({ module_or_path: event.data });
};

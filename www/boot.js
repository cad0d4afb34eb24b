// Starts the page without any inline script, so that the Content-Security-Policy of index.html
// can forbid every inline script (see SECURITY.md). Trunk's `pattern_script` (Trunk.toml) loads
// this module as `boot.js?js=<bindings>.js&wasm=<module>.wasm` with this build's hashed names.
const params = new URL(import.meta.url).searchParams;
const asset = (name) => new URL(params.get(name), import.meta.url).href;
// The analysis workers' module, compiled once while the page starts, for every worker to share
// (src/app/services/analysis.rs posts it to each; www/worker.js starts from it).
globalThis.claimlensWorkerModule = WebAssembly.compileStreaming(fetch(new URL('claimlens-worker_bg.wasm', import.meta.url)));
globalThis.claimlensWorkerModule.catch(() => {});
const { default: init } = await import(asset('js'));
const wasm = await init({ module_or_path: asset('wasm') });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

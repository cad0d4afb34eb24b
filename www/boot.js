// Starts the page without any inline script, so that the Content-Security-Policy of index.html
// can forbid every inline script (see SECURITY.md). Trunk's `pattern_script` (Trunk.toml) loads
// this module as `boot.js?js=<bindings>.js&wasm=<module>.wasm` with this build's hashed names.
const params = new URL(import.meta.url).searchParams;
const asset = (name) => new URL(params.get(name), import.meta.url).href;
const { default: init } = await import(asset('js'));
const wasm = await init({ module_or_path: asset('wasm') });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

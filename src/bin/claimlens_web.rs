//! The page's entry point: mounts the yew app (built by trunk for wasm32 only).

#[cfg(target_arch = "wasm32")]
fn main() {
    claimlens::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("claimlens-web is the browser app: run `trunk serve` and open the page");
}

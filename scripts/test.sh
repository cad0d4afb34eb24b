#!/usr/bin/env bash
# Runs every test of claimlens, installing what is missing first (see scripts/setup.sh):
#   1. native unit and golden tests (cargo test), property tests, pathological inputs, and the
#      fuzz smoke run: the checked-in fuzz corpus replayed through the fuzz targets' checks
#   2. the core under wasm-bindgen-test in headless Chromium (same result as native)
#   3. end-to-end: build the page with trunk, serve it, drive it in headless Chromium
#   4. only with FUZZ_SECONDS=N: cargo fuzz, N seconds per target (scripts/fuzz.sh; installs
#      cargo-fuzz, about 10 more minutes on 2 cores for N=60)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export TRUNK_SKIP_VERSION_CHECK=true
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests"
cargo test --locked

step "core in wasm (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test wasm_core

step "page end to end (headless Chromium)"
trunk build --release
cargo build --release --locked --bin claimlens
node tests/e2e/run.mjs

if [[ -n "${FUZZ_SECONDS:-}" ]]; then
  step "fuzzing, $FUZZ_SECONDS s per target"
  scripts/fuzz.sh "$FUZZ_SECONDS"
fi

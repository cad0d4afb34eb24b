#!/usr/bin/env bash
# Installs what claimlens needs on a fresh Debian machine, skipping what is already there.
#   scripts/setup.sh          the app: wasm32 target, trunk, wasm-bindgen-cli (Cargo.lock version)
#   scripts/setup.sh --test   also Chromium + ChromeDriver (apt) and the e2e npm packages
# Everything comes from rustup, crates.io, Debian apt or npm; nothing downloads other binaries.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (the version in Cargo.lock)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\" (Cargo.lock); fix it" >&2
  exit 1
fi

if [[ "${1:-}" == "--test" ]]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing chromium and chromium-driver from apt"
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
  fi
  if [[ ! -d tests/e2e/node_modules/playwright-core ]]; then
    say "installing the e2e npm packages"
    (cd tests/e2e && npm ci --no-audit --no-fund)
  fi
fi
export TRUNK_SKIP_VERSION_CHECK=true

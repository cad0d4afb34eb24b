#!/usr/bin/env bash
# Fuzzes the core with cargo fuzz on stable rustc (see SECURITY.md):
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 60 s each for the targets prepare and import
# New inputs go to a scratch corpus (tests/fuzz/corpus stays small and checked in); a crash or
# hang (over 10 s) is saved under tests/fuzz/artifacts/TARGET/ and fails the run. Add it to
# tests/fuzz/regressions/TARGET/ so that `cargo test --test fuzz_corpus` replays it forever.
#
# Stable rustc works: RUSTC_BOOTSTRAP=1 lets cargo-fuzz's -Z flags through, and --sanitizer none
# because the crate forbids unsafe code, so AddressSanitizer has nothing to find that a panic
# would not show, and fuzzing runs about twice as fast without it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(prepare import)
if ! command -v cargo-fuzz >/dev/null; then
  echo "fuzz: installing cargo-fuzz from crates.io (about 3 minutes on 2 cores)"
  cargo install cargo-fuzz --locked
fi
scratch="${FUZZ_CORPUS:-$(mktemp -d)}"
for target in "${targets[@]}"; do
  mkdir -p "$scratch/$target"
  echo "fuzz: $target for $seconds s (scratch corpus $scratch/$target)"
  RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz --sanitizer none "$target" \
    "$scratch/$target" "tests/fuzz/corpus/$target" -- \
    -dict="tests/fuzz/$target.dict" -max_total_time="$seconds" -timeout=10 -print_final_stats=1
done

#!/usr/bin/env bash
# Scores the extractor on a PolNeAR split: scripts/score.sh [train|dev] (default dev).
# Builds the release CLI, extracts every text of the split and runs the bench scorer.
set -euo pipefail
split="${1:-dev}"
here="$(cd "$(dirname "$0")/.." && pwd)"
bench="${BENCH:-$here/../shared/bench}"
[ -d "$bench" ] || bench=/work/shared/bench
cd "$here"
cargo build --release --quiet
out="/tmp/claimlens-${split}-$$.json"
./target/release/claimlens extract "$bench/polnear/$split/text/"*.txt -o "$out"
python3 "$bench/score.py" "$bench/polnear/$split" "$out"
cp "$out" "/tmp/claimlens-${split}.json" && rm -f "$out"

#!/usr/bin/env bash
# What each extractor rule earns on a PolNeAR split: scripts/ablate.sh [train|dev] [RULE ...]
# (default train, every rule). Extracts the split with all rules, then once per rule with that
# rule switched off (`claimlens extract --without RULE`), scores each run and prints, per rule,
# the claims it adds and the F1 lost without it (iou50, exact, iou50+source; positive = the
# rule helps) and the marginal iou50 precision: matched claims it adds / claims it adds (other
# rules react when one is off, so this can leave [0, 1] for a rule that adds few claims).
set -euo pipefail
split="${1:-train}"
shift || true
here="$(cd "$(dirname "$0")/.." && pwd)"
bench="${BENCH:-$here/../shared/bench}"
[ -d "$bench" ] || bench=/work/shared/bench
cd "$here"
cargo build --release --quiet
cli=./target/release/claimlens
rules=("$@")
if [ ${#rules[@]} -eq 0 ]; then
    # The rule names, from the error an unknown name prints.
    mapfile -t rules < <($cli extract --without '?' /dev/null 2>&1 | sed -n 's/.*the rules are: //p' | tr ',' '\n' | tr -d ' ')
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
score() { # score OUT.json NAME: writes NAME.score
    python3 "$bench/score.py" "$bench/polnear/$split" "$1" > "$work/$2.score"
}
$cli extract "$bench/polnear/$split/text/"*.txt -o "$work/all.json" 2>/dev/null
score "$work/all.json" all
for rule in "${rules[@]}"; do
    $cli extract --without "$rule" "$bench/polnear/$split/text/"*.txt -o "$work/$rule.json" 2>/dev/null
    score "$work/$rule.json" "$rule"
done
python3 - "$work" "$split" "${rules[@]}" <<'PY'
import json, sys
work, split, rules = sys.argv[1], sys.argv[2], sys.argv[3:]
load = lambda name: json.load(open(f"{work}/{name}.score"))
base = load("all")
def tp(s):
    return s["iou50"]["P"] * s["predicted"]
print(f"PolNeAR {split}, all rules: iou50 F1 {base['iou50']['F1']:.4f}, exact F1 "
      f"{base['exact']['F1']:.4f}, iou50+source F1 {base['iou50+source']['F1']:.4f}, "
      f"{base['predicted']} claims")
print()
print("| rule | claims it adds (net) | iou50 F1 | exact F1 | +source F1 | marginal iou50 precision |")
print("|---|---|---|---|---|---|")
for rule in rules:
    s = load(rule)
    added = base["predicted"] - s["predicted"]
    gain = lambda k: base[k]["F1"] - s[k]["F1"]
    precision = f"{(tp(base) - tp(s)) / added:.2f}" if added > 0 else "–"
    print(f"| {rule} | {added} | {gain('iou50'):+.4f} | {gain('exact'):+.4f} | "
          f"{gain('iou50+source'):+.4f} | {precision} |")
PY

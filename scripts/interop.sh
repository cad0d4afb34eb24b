#!/usr/bin/env bash
# Loads claimlens exports with the real tools' own code (../shared/interop): the W3C Web
# Annotation test suite's JSON Schemas (every MUST of annotationMusts, collectionMusts and
# pageMusts) and the official JSON-LD context (pyld), brat's annotation.py parser and
# verify_annotations.py under the exported annotation.conf, Python's csv and pandas, and the
# claimlens/1 rules of docs/FORMAT.md. Prints a line per check and the pass/fail counts;
# exits non-zero when anything fails.
#
#   scripts/interop.sh                 # the seed story, made-up hostile texts, a reviewed project
#   scripts/interop.sh FILES...        # the same, plus an extract over these files
#
# Installs jsonschema, pyld and pandas from PyPI (pip --user) when they are missing.
# CLAIMLENS=path/to/claimlens uses that binary instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
INTEROP=${INTEROP:-../shared/interop}
[ -d "$INTEROP" ] || INTEROP=/work/shared/interop
[ -d "$INTEROP/brat" ] || { echo "interop: $INTEROP not found (set INTEROP=...)" >&2; exit 2; }

if ! python3 -c 'import jsonschema, pyld, pandas' 2>/dev/null; then
  python3 -m pip install --user --quiet jsonschema pyld pandas \
    || python3 -m pip install --user --quiet --break-system-packages jsonschema pyld pandas
fi

if [ -z "${CLAIMLENS:-}" ]; then cargo build --release --quiet --bin claimlens; fi
BIN=${CLAIMLENS:-target/release/claimlens}  # CLAIMLENS=target/debug/claimlens skips the build
OUT=$(mktemp -d "${TMPDIR:-/tmp}/claimlens-interop.XXXXXX")
trap 'rm -rf "$OUT"' EXIT

FORMATS="claimlens w3c brat csv claimreview"
export_all() { # NAME FILES...: every format of an extract over FILES
  local name=$1; shift
  mkdir -p "$OUT/exports/$name"
  for format in $FORMATS; do
    "$BIN" extract --format "$format" --exported-at 2026-12-01T10:00:00Z \
      -o "$OUT/exports/$name/export.$format" "$@"
  done
}

export_all seeds tests/fixtures/seeds/*.txt
python3 scripts/interop.py hostile-texts "$OUT/hostile-texts"
export_all hostile "$OUT"/hostile-texts/*.txt "$OUT"/hostile-texts/again/*.txt
# A reviewed project: the seed extract with decisions, verdict tags, notes full of tabs,
# newlines, separators and formula characters, and manual claims across paragraph breaks.
python3 scripts/interop.py review "$OUT/exports/seeds/export.claimlens" "$OUT/reviewed.json"
mkdir -p "$OUT/exports/reviewed"
for format in $FORMATS; do
  "$BIN" convert "$OUT/reviewed.json" --format "$format" --exported-at 2026-12-01T10:00:00Z \
    -o "$OUT/exports/reviewed/export.$format"
done
if [ $# -gt 0 ]; then export_all files "$@"; fi

python3 scripts/interop.py check "$INTEROP" "$OUT"/exports/*/

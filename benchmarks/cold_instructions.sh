#!/usr/bin/env bash
# CPU instructions of one cold extraction pass: a fresh process extracts every
# third UN Security Council resolution once (301 files), as an ingest does.
# Unlike seconds on a shared machine, the count is the same from run to run
# (to a few millions), so it can judge a speed-up of 1%. Needs valgrind
# (apt-get install valgrind); takes about 40 s.
#
#   bash benchmarks/cold_instructions.sh      # PYTHON=/path/to/python to use another interpreter
set -euo pipefail
cd "$(dirname "$0")/.."
count() {
    PYTHONHASHSEED=0 PYTHONPATH="$PWD/src" valgrind --tool=cachegrind --cache-sim=no \
        --cachegrind-out-file=/dev/null "${PYTHON:-.venv/bin/python}" - "$@" 2>&1 <<'PY' |
import gc, sys
from pathlib import Path
from communique.extract import extract
from communique.ingest import iter_targets, read
corpus = Path.cwd().parent / "shared" / "corpus" / "unsc"
sources = [read(p) for p in list(iter_targets([str(corpus)]))[::3]]
gc.freeze()  # the sources are not garbage: keep collections from walking them
if sys.argv[1:] == ["extract"]:
    for source in sources:
        extract(source)
PY
        sed -n 's/.*I *refs: *//p' | tr -d ','
}
reading=$(count read)
total=$(count extract)
echo "cold extraction of 301 UNSC files: $(( (total - reading) / 1000000 )) M instructions"

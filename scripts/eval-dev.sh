#!/usr/bin/env bash
# The quality benchmark: ingests every development set into its own collection of one data
# directory (unchanged files are skipped on a rerun) and evaluates all sets together, printing a
# table per set and the macro average. Extra arguments go to `edge-agent eval` (e.g. --json).
#
#   scripts/eval-dev.sh                 # text report
#   EVAL_DATA=/tmp/kb scripts/eval-dev.sh --json > eval.json
#
# The sets are used where they lie and never copied: ../shared/corpora/{klipper,kicad} beside the
# checkout (override with CORPORA=DIR) and samples/manuals.
set -euo pipefail
cd "$(dirname "$0")/.."

corpora="${CORPORA:-../shared/corpora}"
data="${EVAL_DATA:-artifacts/eval/data}"
mkdir -p "$data"

dotnet build src/EdgeAgent -c Release -nologo -clp:ErrorsOnly >&2
agent=src/EdgeAgent/bin/Release/net10.0/edge-agent

sets=()
for name in klipper kicad; do
  if [ -f "$corpora/$name/questions.jsonl" ]; then
    "$agent" ingest "$corpora/$name/corpus" --collection "$name" --data-dir "$data" >&2
    sets+=("$name=$corpora/$name/questions.jsonl")
  else
    echo "skipped: $corpora/$name not found" >&2
  fi
done
mapfile -t samples < <(sed 's|^|samples/manuals/|' samples/manuals/canonical.txt)
"$agent" ingest "${samples[@]}" --collection demo --data-dir "$data" >&2
sets+=("demo=samples/manuals/questions.jsonl")

"$agent" eval "${sets[@]}" --data-dir "$data" "$@"

#!/usr/bin/env bash
# Runs the whole suite (scripts/test.sh) several times in a row while `stress-ng --cpu 4` keeps
# every core busy, to show the tests depend on events, not on how fast the machine is.
# Usage: scripts/test-under-load.sh [RUNS]   (default 3; STRESS_CPUS=4 sets the stress workers)
# Ends with one line per run and "N passed, N failed, N skipped" of the last run; exit 1 if any run failed.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
workers="${STRESS_CPUS:-4}"
if ! command -v stress-ng >/dev/null; then
  echo "Installing stress-ng"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends stress-ng >/dev/null
fi

logs="$(pwd)/artifacts/under-load"
mkdir -p "$logs"
stress_pid=""
stop_stress() { if [ -n "$stress_pid" ]; then kill "$stress_pid" 2>/dev/null || true; wait "$stress_pid" 2>/dev/null || true; stress_pid=""; fi; }
trap stop_stress EXIT

summary=()
status=0
last=""
for run in $(seq 1 "$runs"); do
  stress-ng --cpu "$workers" --quiet >/dev/null 2>&1 &
  stress_pid=$!
  started=$(date +%s)
  if ./scripts/test.sh > "$logs/run-$run.log" 2>&1; then outcome=green; else outcome=RED; status=1; fi
  seconds=$(( $(date +%s) - started ))
  stop_stress
  last=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$logs/run-$run.log" | tail -1 || true)
  line="run $run: $outcome, ${last:-no summary line}, $((seconds / 60)) min $((seconds % 60)) s beside stress-ng --cpu $workers"
  echo "$line"
  summary+=("$line")
  if [ "$outcome" = RED ]; then grep -E '^\s+Failed |\[FAIL\]|^deploy checks FAILED' "$logs/run-$run.log" | head -20 || true; fi
done

echo "== under load: logs in $logs"
printf '%s\n' "${summary[@]}"
echo "${last:-0 passed, 1 failed, 0 skipped}"
exit "$status"

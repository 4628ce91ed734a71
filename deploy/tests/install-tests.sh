#!/usr/bin/env bash
# Tests deploy/arm64/install.sh in a throwaway root: DESTDIR is a temp folder, systemctl is a fake
# that logs its calls, getconf/ldconfig/uname/getent are fakes whose answers each case sets
# (glibc 2.36 like Bookworm, 2.31 like JetPack 5, libgomp present or not, aarch64 or not).
# Nothing on this machine is touched. Prints one line per case and ends with
# "install tests: N ok, N failed"; exits non-zero when a case failed.
# Usage: deploy/tests/install-tests.sh [-v]
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../arm64" && pwd)"
verbose="${1:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# shellcheck source=install-fixtures.sh
. "$here/install-fixtures.sh"
# shellcheck source=install-cases.sh
. "$here/install-cases.sh"

ok=0 failed=0
for case_name in $(declare -F | awk '{print $3}' | grep '^case_' ); do
  fresh_root
  # Not inside an if: there bash would ignore set -e in the case's body.
  set +e
  ( set -e; "$case_name" ) > "$work/case.log" 2>&1
  result=$?
  set -e
  output="$(cat "$work/case.log")"
  if [ "$result" = 0 ]; then
    ok=$((ok + 1))
    echo "ok: ${case_name#case_}"
  else
    failed=$((failed + 1))
    echo "FAILED: ${case_name#case_}"
    printf '    %s\n' "$output"
  fi
  [ "$verbose" != -v ] || printf '    | %s\n' "$output"
done

echo "install tests: $ok ok, $failed failed"
[ "$failed" = 0 ]

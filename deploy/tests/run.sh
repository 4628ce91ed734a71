#!/usr/bin/env bash
# CI entry for the deployment: publish for linux-arm64, check the tarball for foreign natives,
# install the real tarball into a throwaway root, test the checker on fake tarballs, then test
# install.sh case by case in a throwaway root. Exits non-zero when any step fails.
# Usage: deploy/tests/run.sh [RID]   (default linux-arm64)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rid="${1:-linux-arm64}"
started=$SECONDS

"$repo/deploy/arm64/publish.sh" "$rid"
version="$(dotnet msbuild "$repo/src/EdgeAgent/EdgeAgent.csproj" -getProperty:Version -nologo | tr -d '[:space:]')"
"$repo/deploy/arm64/check-tarball.sh" "$repo/artifacts/edge-agent-$version-$rid.tar.gz" "$rid"
"$here/install-real-tarball.sh" "$repo/artifacts/edge-agent-$version-$rid.tar.gz"
"$here/check-tarball-tests.sh"
"$here/install-tests.sh"
echo "deploy checks took $((SECONDS - started)) s"

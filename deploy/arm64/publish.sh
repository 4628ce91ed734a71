#!/usr/bin/env bash
# Publishes edge-agent self-contained for one Linux RID, removes the native libraries of other
# platforms that the packages copy in regardless of RID, and packs one versioned tarball:
#   artifacts/edge-agent-<version>-<rid>.tar.gz (+ .sha256)
# Usage: deploy/arm64/publish.sh [linux-arm64|linux-x64]   (default linux-arm64)
# Environment: ARTIFACTS (output folder, default ./artifacts), CONFIGURATION (default Release).
set -euo pipefail

rid="${1:-linux-arm64}"
case "$rid" in
  linux-arm64|linux-x64) ;;
  *) echo "error: unsupported RID '$rid' (use linux-arm64 or linux-x64)" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
artifacts="${ARTIFACTS:-$repo/artifacts}"
configuration="${CONFIGURATION:-Release}"
project="$repo/src/EdgeAgent/EdgeAgent.csproj"

version="$(dotnet msbuild "$project" -getProperty:Version -nologo | tr -d '[:space:]')"
[ -n "$version" ] || { echo "error: could not read the version of $project" >&2; exit 1; }
name="edge-agent-$version-$rid"
stage="$artifacts/stage/$name"
tarball="$artifacts/$name.tar.gz"

rm -rf "$stage"
mkdir -p "$stage/app"
echo "Publishing edge-agent $version for $rid ($configuration)"
dotnet publish "$project" -c "$configuration" -r "$rid" --self-contained true \
  -o "$stage/app" -nologo -clp:ErrorsOnly

before=$(du -sb "$stage/app" | cut -f1)
"$here/prune-natives.sh" "$stage/app" "$rid"
after=$(du -sb "$stage/app" | cut -f1)

# What the board needs besides the program: installer, unit, example configuration, docs, broker examples.
cp "$here/install.sh" "$here/install-checks.sh" "$here/install-steps.sh" "$here/edge-agent.service" \
  "$here/appsettings.example.json" "$here/edge-agent-cli.sh" "$stage/"
chmod 0755 "$stage/install.sh" "$stage/edge-agent-cli.sh"
mkdir -p "$stage/docs" "$stage/mosquitto"
cp "$repo/docs/DEPLOY.md" "$repo/docs/PLANT-SCALE.md" "$stage/docs/"
cp -r "$repo/deploy/mosquitto/." "$stage/mosquitto/"
printf '%s\n' "$version" > "$stage/VERSION"
printf '%s\n' "$rid" > "$stage/RID"

# Checksums of every file, so the board can verify a copy that travelled on a USB stick.
(cd "$stage" && find . -type f -print0 | sort -z | xargs -0 sha256sum > "$artifacts/stage/SHA256SUMS" && mv "$artifacts/stage/SHA256SUMS" SHA256SUMS)

rm -f "$tarball" "$tarball.sha256"
tar -C "$artifacts/stage" --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
(cd "$artifacts" && sha256sum "$(basename "$tarball")" > "$(basename "$tarball").sha256")

mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }
echo "publish folder: $(mib "$before") before pruning, $(mib "$after") after"
echo "tarball: $tarball ($(mib "$(stat -c %s "$tarball")"))"

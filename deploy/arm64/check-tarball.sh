#!/usr/bin/env bash
# Checks a release tarball before it goes to a board (this x86-64 machine cannot run arm64 code,
# so CI checks the files, not the program):
#   - the .sha256 beside it and the SHA256SUMS inside match;
#   - the files the board needs are there (program, Silero VAD model, installer, unit, example configuration);
#   - every ELF file is built for the RID's machine (aarch64 for linux-arm64, x86-64 for linux-x64);
#   - no foreign natives: no runtimes/<other rid>, no .dylib, no native (non-.NET) .dll.
# Usage: check-tarball.sh TARBALL RID      Prints the size and exits non-zero on any problem.
set -euo pipefail

tarball="${1:?usage: check-tarball.sh TARBALL RID}"
rid="${2:?usage: check-tarball.sh TARBALL RID}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
case "$rid" in
  linux-arm64) machine=183; machine_name="aarch64" ;;
  linux-x64) machine=62; machine_name="x86-64" ;;
  *) echo "error: unsupported RID '$rid'" >&2; exit 2 ;;
esac
[ -f "$tarball" ] || { echo "error: no such tarball: $tarball" >&2; exit 2; }

problems=0
problem() { echo "problem: $*" >&2; problems=$((problems + 1)); }

if [ -f "$tarball.sha256" ]; then
  (cd "$(dirname "$tarball")" && sha256sum --quiet -c "$(basename "$tarball").sha256") || problem "tarball checksum does not match $tarball.sha256"
else
  problem "no checksum file $tarball.sha256"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
root="$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)"
[ -n "$root" ] || { echo "error: the tarball holds no top-level folder" >&2; exit 1; }

for required in app/edge-agent app/silero_vad.onnx install.sh install-checks.sh install-steps.sh edge-agent-cli.sh edge-agent.service appsettings.example.json VERSION RID SHA256SUMS docs/DEPLOY.md; do
  [ -e "$root/$required" ] || problem "missing $required"
done
[ "$(cat "$root/RID" 2>/dev/null)" = "$rid" ] || problem "RID file says '$(cat "$root/RID" 2>/dev/null)', expected $rid"
(cd "$root" && sha256sum --quiet -c SHA256SUMS) || problem "SHA256SUMS inside the tarball do not match the files"

elf=0
while IFS= read -r -d '' file; do
  [ "$(head -c 4 -- "$file" | od -An -c | tr -d ' \n')" = "177ELF" ] || continue
  elf=$((elf + 1))
  found=$(od -An -tu2 -j 18 -N 2 -- "$file" | tr -d ' \n')
  [ "$found" = "$machine" ] || problem "${file#"$root"/} is ELF machine $found, not $machine_name ($machine)"
done < <(find "$root" -type f -print0)
[ "$elf" -gt 0 ] || problem "no ELF files at all: not a self-contained Linux publish"

for sub in "$root"/app/runtimes/*; do
  [ -e "$sub" ] || continue
  [ "$(basename "$sub")" = "$rid" ] || problem "foreign runtime folder app/runtimes/$(basename "$sub")"
done
while IFS= read -r -d '' file; do
  problem "foreign native ${file#"$root"/}"
done < <(find "$root" -type f \( -name '*.dylib' -o -name '*.metal' \) -print0)
dlls=0
while IFS= read -r -d '' file; do
  dlls=$((dlls + 1))
  "$here/pe-kind.sh" "$file" managed || problem "native Windows library ${file#"$root"/}"
done < <(find "$root" -type f -iname '*.dll' -print0)

size=$(stat -c %s "$tarball")
unpacked=$(du -sb "$root" | cut -f1)
awk -v t="$size" -v u="$unpacked" -v e="$elf" -v d="$dlls" -v m="$machine_name" \
  'BEGIN { printf "tarball %.1f MiB, unpacked %.1f MiB; %d ELF files (all %s), %d managed .dll\n", t / 1048576, u / 1048576, e, m, d }'
if [ "$problems" -gt 0 ]; then
  echo "error: $problems problem(s) in $(basename "$tarball")" >&2
  exit 1
fi
echo "ok: $(basename "$tarball") holds no foreign native libraries"
